/**
 * A reader that stops reading (`phuluc check DIR | head -1`) is not a failure: no stack trace,
 * the rest of the output dropped, the files still written. Another write failure is said once.
 */
import { spawn } from 'child_process';
import { EventEmitter } from 'events';
import { copyFileSync, existsSync, writeFileSync } from 'fs';
import * as path from 'path';
import { streamPrinter, type Io, type Sink } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { captureIo, fixture, tempDir } from './helpers';

const ROOT = path.join(__dirname, '..', '..');

/** A stream that takes `ok` writes, then fails as `how` says: an 'error' event (as Node's pipes do) or a throw. */
function failingSink(ok: number, code: string, how: 'event' | 'throw'): Sink & { written: string[] } {
  const em = new EventEmitter();
  const written: string[] = [];
  return {
    written,
    on: (event, listener) => em.on(event, listener),
    write(s: string) {
      if (written.length < ok) {
        written.push(s);
        return true;
      }
      const e = Object.assign(new Error(`write ${code}`), { code });
      if (how === 'throw') throw e;
      em.emit('error', e);
      return false;
    },
  };
}

describe('streamPrinter', () => {
  test.each<[string, string, 'event' | 'throw', { closed: boolean; failed?: string }]>([
    ['the reader went away (EPIPE, as an error event)', 'EPIPE', 'event', { closed: true }],
    ['the reader went away (EPIPE, thrown)', 'EPIPE', 'throw', { closed: true }],
    ['the stream was already destroyed', 'ERR_STREAM_DESTROYED', 'event', { closed: true }],
    ['a full disk behind >', 'ENOSPC', 'event', { closed: false, failed: 'ENOSPC' }],
    ['an I/O error', 'EIO', 'throw', { closed: false, failed: 'EIO' }],
  ])('%s: never throws, stops writing, and says which', (_what, code, how, state) => {
    const sink = failingSink(1, code, how);
    const { print, state: got } = streamPrinter(sink);
    expect(() => ['a', 'b', 'c', 'd'].forEach(print)).not.toThrow();
    expect(sink.written).toEqual(['a']);
    expect(got).toEqual(state);
  });

  test('a reader that reads everything: every write goes through, nothing is flagged', () => {
    const sink = failingSink(10, 'EPIPE', 'event');
    const { print, state } = streamPrinter(sink);
    ['a', 'b', 'c'].forEach(print);
    expect(sink.written).toEqual(['a', 'b', 'c']);
    expect(state).toEqual({ closed: false });
  });
});

describe('main with stdout closed or failing', () => {
  function folder(): string {
    const dir = tempDir();
    for (const f of ['binh-dinh-2022.xlsx', 'quang-tri-2024.xlsx', 'quang-tri-2024-pasted.xlsx']) copyFileSync(fixture(f), path.join(dir, f));
    return dir;
  }

  /** An Io whose stdout reader goes away after the first write (as `| head -1`). */
  function closingIo(fail?: string) {
    const io = captureIo();
    const outState: { closed: boolean; failed?: string } = { closed: false };
    let writes = 0;
    const out = (s: string) => {
      if (outState.closed || outState.failed) return;
      if (writes++ === 0) io.stdout += s;
      else if (fail) outState.failed = fail;
      else outState.closed = true;
    };
    return Object.assign(io, { out, outState }) as typeof io & Io;
  }

  test('check DIR | head -1: stops checking, no message, the exit code of what was checked', async () => {
    const io = closingIo();
    const code = await main(['check', folder()], io);
    expect([0, 1]).toContain(code);
    expect(io.stderr).toBe('');
    expect(io.stdout.split('\n')[0]).toMatch(/^Thư mục .*: 3 tệp bảng tính\.$/);
  });

  test('check DIR --xlsx | head -1: the issue list is still written whole', async () => {
    const out = path.join(tempDir(), 'issues.xlsx');
    const io = closingIo();
    await main(['check', folder(), '--xlsx', out], io);
    expect(existsSync(out)).toBe(true);
    expect(io.stderr).toMatch(/^Đã ghi danh sách vấn đề/);
  }, 60_000);

  test('a stdout that fails otherwise (a full disk): exit 2, said once in Vietnamese', async () => {
    const io = closingIo('ENOSPC');
    expect(await main(['check', folder()], io)).toBe(2);
    expect(io.stderr.trim().split('\n')).toEqual(['phuluc: không ghi được kết quả ra đầu ra chuẩn (ENOSPC); kết quả in ra bị thiếu.']);
  }, 60_000);
});

describe('the command into a pipe closed early', () => {
  // The CLI bundled from the current sources as scripts/build-cli.js bundles it (dist-cli/ may be
  // stale, and the tsx fallback does not load the commands imported on demand), in a temp folder.
  let bundle = '';
  beforeAll(() => {
    const dir = tempDir();
    bundle = path.join(dir, 'phuluc.js');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const esbuild = require('esbuild') as typeof import('esbuild');
    esbuild.buildSync({ entryPoints: [path.join(ROOT, 'src', 'cli', 'main.ts')], outfile: path.join(dir, 'main.js'), bundle: true, platform: 'node', format: 'cjs', target: 'node20', packages: 'external', logLevel: 'error' });
    // bin/phuluc.js's own lines, pointed at the bundle.
    writeFileSync(bundle, "require('./main.js').main(process.argv.slice(2)).then((c) => { process.exitCode = c; });\n");
  }, 60_000);

  /**
   * Runs the CLI with its stdout closed after the first chunk (`| head -1`) or before it writes
   * anything (`| true`: the only way to be sure a one-write command meets a closed pipe).
   */
  const run = (args: string[], when: 'first' | 'start') =>
    new Promise<{ code: number | null; signal: string | null; stderr: string; first: string }>((resolve) => {
      const child = spawn('node', [bundle, ...args], { cwd: ROOT, env: { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules') } });
      let stderr = '';
      let first = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
      if (when === 'start') child.stdout.destroy();
      else {
        child.stdout.once('data', (d: Buffer) => {
          first = d.toString('utf8');
          child.stdout.destroy();
        });
      }
      child.on('close', (code, signal) => resolve({ code, signal, stderr, first }));
    });

  const fixtures = path.join(ROOT, 'test', 'fixtures');
  const plan = path.join(fixtures, 'progress', 'so-noi-vu-2026.xlsx');
  test.each<[string, string[], 'first' | 'start']>([
    ['check DIR | head -1', ['check', fixtures], 'first'],
    ['check DIR, closed at once', ['check', fixtures], 'start'],
    ['check FILE --json | head -1', ['check', path.join(fixtures, 'quang-tri-2024.xlsx'), '--json'], 'first'],
    ['report FILE --period, closed at once', ['report', plan, '--period', 'Quý I/2026'], 'start'],
    ['report FILE --period --json, closed at once', ['report', plan, '--period', 'Quý I/2026', '--json'], 'start'],
    ['new, closed at once', ['new', '--year', '2027', '--body', 'Sở Nội vụ', '--out', path.join(tempDir(), 'moi.xlsx')], 'start'],
    ['--help, closed at once', ['--help'], 'start'],
    ['--version, closed at once', ['--version'], 'start'],
  ])('%s: no stack trace, an ordinary exit', async (_what, args, when) => {
    const r = await run(args, when);
    if (when === 'first') expect(r.first.length).toBeGreaterThan(0);
    expect(r.stderr).not.toMatch(/EPIPE|Error|\n\s+at /);
    expect(r.signal).toBeNull();
    expect([0, 1, 2]).toContain(r.code);
  }, 120_000);
});
