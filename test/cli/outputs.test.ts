/**
 * Every output of a command judged before anything is written (src/cli/output.ts): two outputs
 * that are one file, an output that is an input (through links too), a name that does not end
 * as its content needs, an existing file without --force, a folder or a missing folder.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'fs';
import { execFileSync } from 'child_process';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { checkOutputs, type OutputTarget } from '../../src/cli/output';
import { WriteError } from '../../src/cli/xlsx/errors';
import { captureIo, fixture, tempDir } from './helpers';

const HTML = ['.html', '.htm'];
const XLSX = ['.xlsx'];

/** A folder with an input, existing outputs, links to both, a subfolder and a link to the folder itself. */
function scene() {
  const dir = tempDir();
  const at = (...p: string[]) => path.join(dir, ...p);
  writeFileSync(at('input.xlsx'), 'input');
  writeFileSync(at('old.html'), 'old');
  writeFileSync(at('old.xlsx'), 'old');
  symlinkSync(at('input.xlsx'), at('link-to-input.xlsx'));
  linkSync(at('input.xlsx'), at('hard-input.xlsx'));
  symlinkSync(at('old.html'), at('link-to-old.xlsx'));
  mkdirSync(at('sub.xlsx'));
  symlinkSync(dir, at('alias'));
  execFileSync('mkfifo', [at('fifo.xlsx')]);
  symlinkSync(at('fifo.xlsx'), at('link-to-fifo.xlsx'));
  symlinkSync(at('old.xlsx'), at('link-to-old-xlsx.xlsx'));
  return { dir, at };
}

const html = (p: string): OutputTarget => ({ option: '--html', path: p, extensions: HTML });
const xlsx = (p: string): OutputTarget => ({ option: '--xlsx', path: p, extensions: XLSX });
const out = (p: string): OutputTarget => ({ option: '--out', path: p, extensions: XLSX });

async function kindOf(p: Promise<void>): Promise<{ kind: string; reason: string } | null> {
  try {
    await p;
    return null;
  } catch (e) {
    if (e instanceof WriteError) return { kind: e.kind, reason: e.reason };
    throw e;
  }
}

describe('checkOutputs', () => {
  const { dir, at } = scene();
  const input = at('input.xlsx');

  test.each<[string, OutputTarget[], boolean, string, RegExp]>([
    ['--html and --xlsx given the same name', [html(at('r.html')), xlsx(at('r.html'))], true, 'same-output', /--xlsx và --html là cùng một tệp/],
    ['the same name, once relative and once absolute', [html(at('r.html')), html(path.relative(process.cwd(), at('r.html')))], true, 'same-output', /cùng một tệp/],
    ['the same new file through a link to its folder', [html(at('r.html')), xlsx(at('alias', 'r.html'))], true, 'same-output', /cùng một tệp/],
    ['--xlsx a link to the existing --html file', [html(at('old.html')), xlsx(at('link-to-old.xlsx'))], true, 'same-output', /hãy chọn tên khác cho --xlsx/],
    ['--xlsx the input itself, --force or not', [xlsx(input)], true, 'same-as-input', /^--xlsx là chính tệp gốc.*cho --xlsx\.$/],
    ['--html a link to the input', [html(at('link-to-input.xlsx'))], true, 'same-as-input', /^--html là chính tệp gốc/],
    ['--out a hard link to the input', [out(at('hard-input.xlsx'))], true, 'same-as-input', /^--out là chính tệp gốc/],
    ['--out the input through a link to its folder', [out(at('alias', 'input.xlsx'))], true, 'same-as-input', /^--out là chính tệp gốc/],
    ['--out named .txt', [out(at('phu-luc.txt'))], true, 'bad-name', /--out phải có đuôi \.xlsx .*tên đã cho có đuôi "\.txt"/],
    ['--xlsx without an extension', [xlsx(at('danh-sach'))], true, 'bad-name', /tên đã cho không có đuôi/],
    ['--html named .xlsx', [html(at('r.xlsx'))], true, 'bad-name', /--html phải có đuôi \.html/],
    ['an existing file without --force', [html(at('r.html')), xlsx(at('old.xlsx'))], false, 'exists', /--force/],
    ['a folder', [out(at('sub.xlsx'))], true, 'unwritable', /thư mục/],
    ['a named pipe, even with --force (the rename would replace it with a file)', [out(at('fifo.xlsx'))], true, 'unwritable', /không phải tệp/],
    ['a link to a named pipe, even with --force', [out(at('link-to-fifo.xlsx'))], true, 'unwritable', /không phải tệp/],
    ['a folder that does not exist', [html(at('khong-co', 'r.html'))], true, 'unwritable', /thư mục chứa tệp không tồn tại/],
  ])('refuses %s', async (_what, targets, force, kind, reason) => {
    const before = readdirSync(dir).sort();
    const got = await kindOf(checkOutputs(targets, [input], force));
    expect(got?.kind).toBe(kind);
    expect(got?.reason).toMatch(reason);
    expect(readdirSync(dir).sort()).toEqual(before); // nothing written
  });

  test.each<[string, OutputTarget[], boolean]>([
    ['two new files', [html(at('r.html')), xlsx(at('r.xlsx'))], false],
    ['same base name, different extensions', [html(at('bao-cao.html')), xlsx(at('bao-cao.xlsx'))], false],
    ['an upper-case extension', [html(at('R.HTM')), out(at('KQ.XLSX'))], false],
    ['existing files with --force', [html(at('old.html')), xlsx(at('old.xlsx'))], true],
    ['a link to an existing file, with --force', [out(at('link-to-old-xlsx.xlsx'))], true],
    ['a new file beside the input, in its folder', [out(at('input-da-sua.xlsx'))], false],
    ['a new file in a subfolder reached through a link', [out(at('alias', 'moi.xlsx'))], false],
    ['no output at all', [], false],
  ])('accepts %s', async (_what, targets, force) => {
    expect(await kindOf(checkOutputs(targets, [input], force))).toBeNull();
  });
});

describe('phuluc check FILE --html --xlsx: refused before anything is written or printed', () => {
  const file = fixture('quang-tri-2024.xlsx');

  test.each<[string, (d: string) => string[], RegExp]>([
    ['one name for both, with --force', (d) => ['--html', path.join(d, 'r.html'), '--xlsx', path.join(d, 'r.html'), '--force'], /--xlsx và --html là cùng một tệp/],
    ['an --xlsx that exists, without --force (the HTML would have been written first)', (d) => ['--html', path.join(d, 'r.html'), '--xlsx', path.join(d, 'old.xlsx')], /tệp đã tồn tại/],
    ['an --xlsx that is the input', () => ['--html', path.join(tempDir(), 'r.html'), '--xlsx', file], /--xlsx là chính tệp gốc/],
    ['an --html named .txt', (d) => ['--html', path.join(d, 'r.txt')], /--html phải có đuôi \.html/],
  ])('%s', async (_what, args, reason) => {
    const d = tempDir();
    writeFileSync(path.join(d, 'old.xlsx'), 'cũ');
    const before = readdirSync(d).sort();
    const io = captureIo();
    expect(await main(['check', file, ...args(d)], io)).toBe(2);
    expect(io.stderr).toMatch(reason);
    expect(io.stderr).not.toMatch(/--out/);
    expect(io.stdout).toBe('');
    expect(readdirSync(d).sort()).toEqual(before);
    expect(readFileSync(path.join(d, 'old.xlsx'), 'utf8')).toBe('cũ');
  });

  test('distinct outputs are both written', async () => {
    const d = tempDir();
    const io = captureIo();
    expect(await main(['check', file, '--html', path.join(d, 'r.html'), '--xlsx', path.join(d, 'r.xlsx')], io)).toBe(1);
    expect(existsSync(path.join(d, 'r.html'))).toBe(true);
    expect(existsSync(path.join(d, 'r.xlsx'))).toBe(true);
  }, 60_000);

  test('report --out names --out when it is the input, and refuses a non-.xlsx name', async () => {
    const d = tempDir();
    const input = path.join(d, 'ke-hoach.xlsx');
    copyFileSync(fixture('progress/so-noi-vu-2026.xlsx'), input);
    for (const [o, reason] of [
      [input, /^phuluc: .*--out là chính tệp gốc/],
      [path.join(d, 'bao-cao.txt'), /--out phải có đuôi \.xlsx/],
    ] as const) {
      const io = captureIo();
      expect(await main(['report', input, '--period', 'Quý I/2026', '--out', o], io)).toBe(2);
      expect(io.stderr).toMatch(reason);
      expect(io.stdout).toBe('');
    }
    expect(readdirSync(d)).toEqual(['ke-hoach.xlsx']);
  }, 60_000);
});
