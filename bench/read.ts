/**
 * `npm run --silent bench -- read [--rows N] [--runs N] [--json] [--no-cli]`
 * Reading .xlsx files: `check` (read + engine + JSON report) against reading alone with the
 * reader (src/xlsx), medians of interleaved in-process runs; then the command line as a child
 * process (wall time and peak memory), its start-up prebuilt against through tsx, and peak
 * memory of `check` on a sheet with a million empty rows.
 */
import { readFileSync, statSync } from 'fs';
import * as path from 'path';
import { checkWorkbook } from '../src/core/engine';
import { renderMessage } from '../src/core/messages';
import { JsonReportWriter, type CheckedFile } from '../src/cli/report/json';
import { readWorkbook } from '../src/xlsx/read';
import { appendixFile, emptyRowsFile } from './files';
import { child, ROOT, time, type Child } from './child';
import { median, round } from './interleave';



function readOnly(bytes: Uint8Array): void {
  readWorkbook(bytes);
}

/** What `phuluc check FILE --json` does after reading the bytes: check, then the report as the CLI writes it. */
function checkAll(bytes: Uint8Array, file: string): number {
  const checked = checkRead(bytes, file);
  let n = 0;
  const json = new JsonReportWriter((s) => void (n += s.length), renderMessage, false);
  json.file(checked);
  return n;
}

/** Read and checked; the grids are not kept past the check (as the CLI does not keep them). */
function checkRead(bytes: Uint8Array, file: string): CheckedFile {
  const { sheets, summary } = checkWorkbook(readWorkbook(bytes).grids);
  return { file, sheets, summary };
}


/** bench/read-only.ts bundled as scripts/build-cli.js bundles the CLI. */
function buildReadOnly(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const esbuild = require('esbuild') as typeof import('esbuild');
  // Beside the CLI's build, so that its packages resolve from node_modules as the CLI's do.
  const out = path.join(ROOT, 'dist-cli', 'bench-read-only.js');
  esbuild.buildSync({ entryPoints: [path.join(__dirname, 'read-only.ts')], outfile: out, bundle: true, platform: 'node', format: 'cjs', target: 'node20', packages: 'external', logLevel: 'warning' });
  return out;
}


export async function run(argv: string[]): Promise<void> {
  let rows = 100000;
  let runs = 7;
  let json = false;
  let cli = true;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--rows') rows = Number(argv[++i]);
    else if (a === '--runs') runs = Number(argv[++i]);
    else if (a === '--json') json = true;
    else if (a === '--no-cli') cli = false;
    else {
      process.stderr.write(`bench read: tùy chọn không hợp lệ: ${a}\n`);
      process.exit(2);
    }
  }
  const log = (s: string) => void (json ? undefined : process.stdout.write(s + '\n'));
  log(`Tạo tệp (lần đầu, giữ lại trong thư mục tạm)…`);
  const file = await appendixFile(rows);
  const bytes = new Uint8Array(readFileSync(file));
  log(`${path.basename(file)}: ${round(statSync(file).size / 1024 / 1024, 2)} MB`);

  // Warm-up, then interleaved runs so both sides meet the same machine load.
  readOnly(bytes);
  checkAll(bytes, file);
  const read: Array<{ wall: number; cpu: number }> = [];
  const check: Array<{ wall: number; cpu: number }> = [];
  for (let i = 0; i < runs; i++) {
    read.push(time(() => readOnly(bytes)));
    check.push(time(() => void checkAll(bytes, file)));
  }
  const med = (xs: Array<{ wall: number; cpu: number }>, k: 'wall' | 'cpu') => median(xs.map((x) => x[k]));
  const result: Record<string, unknown> = {
    rows,
    runs,
    inProcess: {
      readMs: round(med(read, 'wall')),
      checkMs: round(med(check, 'wall')),
      ratio: round(med(check, 'wall') / med(read, 'wall'), 2),
      readCpuMs: round(med(read, 'cpu')),
      checkCpuMs: round(med(check, 'cpu')),
      cpuRatio: round(med(check, 'cpu') / med(read, 'cpu'), 2),
    },
  };
  const p = result.inProcess as Record<string, number>;
  log(`Trong một tiến trình, trung vị ${runs} lần xen kẽ: đọc (src/xlsx) ${p.readMs} ms (CPU ${p.readCpuMs} ms); kiểm tra (đọc + engine + JSON) ${p.checkMs} ms (CPU ${p.checkCpuMs} ms); tỉ lệ ${p.ratio}× (CPU ${p.cpuRatio}×)`);

  if (cli) {
    const built: Child[] = [];
    const source: Child[] = [];
    for (let i = 0; i < runs; i++) {
      built.push(child(['help']));
      source.push(child(['help'], { PHULUC_FROM_SOURCE: '1' }));
    }
    result.start = {
      prebuiltMs: round(median(built.map((c) => c.ms))),
      tsxMs: round(median(source.map((c) => c.ms))),
      prebuiltCpuMs: round(median(built.map((c) => c.cpuMs))),
      tsxCpuMs: round(median(source.map((c) => c.cpuMs))),
    };
    const st = result.start as Record<string, number>;
    log(`Khởi động (phuluc help): bản dựng sẵn ${st.prebuiltMs} ms (CPU ${st.prebuiltCpuMs} ms), qua tsx ${st.tsxMs} ms (CPU ${st.tsxCpuMs} ms)`);

    // The command line as a user runs it: check (read + engine + JSON to stdout) against a
    // command that only reads the same file with the same reader; interleaved child processes.
    const readOnlyJs = buildReadOnly();
    const big: Child[] = [];
    const alone: Child[] = [];
    for (let i = 0; i < runs; i++) {
      const a = child([file], {}, readOnlyJs);
      if (a.code !== 0) throw new Error(`read-only exited ${a.code}`);
      alone.push(a);
      big.push(child(['check', file, '--json']));
    }
    result.cli = {
      checkMs: round(median(big.map((c) => c.ms))),
      readMs: round(median(alone.map((c) => c.ms))),
      ratio: round(median(big.map((c) => c.ms)) / median(alone.map((c) => c.ms)), 2),
      checkCpuMs: round(median(big.map((c) => c.cpuMs))),
      readCpuMs: round(median(alone.map((c) => c.cpuMs))),
      cpuRatio: round(median(big.map((c) => c.cpuMs)) / median(alone.map((c) => c.cpuMs)), 2),
      checkMaxRssMb: round(Math.max(...big.map((c) => c.maxRssMb))),
      readMaxRssMb: round(Math.max(...alone.map((c) => c.maxRssMb))),
      exit: big[0]?.code,
    };
    const c = result.cli as Record<string, number>;
    log(`Dòng lệnh: phuluc check ${rows} dòng --json ${c.checkMs} ms (CPU ${c.checkCpuMs} ms, bộ nhớ tối đa ${c.checkMaxRssMb} MB); chỉ đọc ${c.readMs} ms (CPU ${c.readCpuMs} ms, ${c.readMaxRssMb} MB); tỉ lệ ${c.ratio}× (CPU ${c.cpuRatio}×)`);

    log('Tạo tệp một triệu dòng trống (lần đầu)…');
    const empty = emptyRowsFile();
    const e: Child[] = [];
    for (let i = 0; i < Math.min(runs, 3); i++) e.push(child(['check', empty, '--json']));
    result.emptyRows = { file: path.basename(empty), fileMb: round(statSync(empty).size / 1024 / 1024, 2), ms: round(median(e.map((c) => c.ms))), cpuMs: round(median(e.map((c) => c.cpuMs))), maxRssMb: round(Math.max(...e.map((c) => c.maxRssMb))), exit: e[0]?.code };
    log(`phuluc check, một triệu dòng trống (${(result.emptyRows as { fileMb: number }).fileMb} MB): ${(result.emptyRows as Child).ms} ms, bộ nhớ tối đa ${(result.emptyRows as Child).maxRssMb} MB`);
  }
  if (json) process.stdout.write(JSON.stringify(result) + '\n');
}
