/**
 * `npm run --silent bench -- fix [--rows N] [--runs N] [--json] [--no-cli]`
 * The surgical writer: `fix` against `check` on the same appendix of N rows (default 100,000)
 * with a header repeated at a page break near the top, so that `fix` deletes a row and every
 * row below it moves (the writer's worst case), besides its renumbering and spelling fixes.
 *   - in one process, medians of interleaved runs: check = read + engine; fix = read + engine
 *     + the writer's new package bytes (nothing written to disk);
 *   - the command line as a user runs it, interleaved child processes: `phuluc check --json`
 *     against `phuluc fix --out` (which also writes the file): wall time, CPU time, peak memory;
 *   - peak memory of `phuluc fix` on a sheet whose appendix is followed by a million empty rows
 *     (with the same repeated header: a million rows move).
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkWorkbook } from '../src/core/engine';
import { fixWorkbook } from '../src/xlsx/fix-workbook';
import { readWorkbook } from '../src/xlsx/read';
import { ZLIB_CODEC } from '../src/cli/xlsx/zlib-codec';
import { appendixFile, emptyRowsFile } from './files';
import { child, ROOT, time, type Child } from './child';
import { median, round } from './interleave';



export async function run(argv: string[]): Promise<void> {
  let rows = 100000;
  let runs = 5;
  let json = false;
  let cli = true;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--rows') rows = Number(argv[++i]);
    else if (a === '--runs') runs = Number(argv[++i]);
    else if (a === '--json') json = true;
    else if (a === '--no-cli') cli = false;
    else {
      process.stderr.write(`bench fix: tùy chọn không hợp lệ: ${a}\n`);
      process.exit(2);
    }
  }
  const log = (s: string) => void (json ? undefined : process.stdout.write(s + '\n'));
  log('Tạo tệp (lần đầu, giữ lại trong thư mục tạm)…');
  const file = await appendixFile(rows, { pageBreakHeader: true });
  const bytes = new Uint8Array(readFileSync(file));
  log(`${path.basename(file)}: ${round(statSync(file).size / 1024 / 1024, 2)} MB`);

  const check = () => void checkWorkbook(readWorkbook(bytes).grids);
  let applied = 0;
  let deleted = 0;
  const fix = () => {
    // As the CLI runs it (src/cli/fix.ts): the writer on Node's zlib.
    const r = fixWorkbook(readWorkbook(bytes), {}, { codec: ZLIB_CODEC });
    applied = r.outcome.applied.length;
    deleted = r.outcome.applied.filter((id) => r.groups[id]?.fixes[0]?.edits.some((e) => e.kind === 'delete-row')).length;
  };
  check();
  fix();
  const c: Array<{ wall: number; cpu: number }> = [];
  const f: Array<{ wall: number; cpu: number }> = [];
  for (let i = 0; i < runs; i++) {
    c.push(time(check));
    f.push(time(fix));
  }
  const med = (xs: Array<{ wall: number; cpu: number }>, k: 'wall' | 'cpu') => median(xs.map((x) => x[k]));
  const result: Record<string, unknown> = {
    rows,
    runs,
    fixes: { applied, deletingRows: deleted },
    inProcess: {
      checkMs: round(med(c, 'wall')),
      fixMs: round(med(f, 'wall')),
      ratio: round(med(f, 'wall') / med(c, 'wall'), 2),
      checkCpuMs: round(med(c, 'cpu')),
      fixCpuMs: round(med(f, 'cpu')),
      cpuRatio: round(med(f, 'cpu') / med(c, 'cpu'), 2),
    },
  };
  const p = result.inProcess as Record<string, number>;
  log(`Trong một tiến trình, trung vị ${runs} lần xen kẽ (${applied} nhóm sửa, trong đó ${deleted} xóa dòng): kiểm tra ${p.checkMs} ms (CPU ${p.checkCpuMs} ms); sửa ${p.fixMs} ms (CPU ${p.fixCpuMs} ms); tỉ lệ ${p.ratio}× (CPU ${p.cpuRatio}×)`);

  if (cli) {
    // The command line runs the prebuilt bundle: build it from these sources first.
    spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build-cli.js')], { cwd: ROOT, stdio: 'inherit' });
    const dir = mkdtempSync(path.join(os.tmpdir(), 'phuluc-bench-fix-'));
    try {
      const out = path.join(dir, 'sua.xlsx');
      const cc: Child[] = [];
      const ff: Child[] = [];
      for (let i = 0; i < runs; i++) {
        cc.push(child(['check', file, '--json']));
        const r = child(['fix', file, '--out', out, '--force']);
        if (r.code !== 0) throw new Error(`phuluc fix exited ${r.code}`);
        ff.push(r);
      }
      result.cli = {
        checkMs: round(median(cc.map((x) => x.ms))),
        fixMs: round(median(ff.map((x) => x.ms))),
        ratio: round(median(ff.map((x) => x.ms)) / median(cc.map((x) => x.ms)), 2),
        checkCpuMs: round(median(cc.map((x) => x.cpuMs))),
        fixCpuMs: round(median(ff.map((x) => x.cpuMs))),
        cpuRatio: round(median(ff.map((x) => x.cpuMs)) / median(cc.map((x) => x.cpuMs)), 2),
        checkMaxRssMb: round(Math.max(...cc.map((x) => x.maxRssMb))),
        fixMaxRssMb: round(Math.max(...ff.map((x) => x.maxRssMb))),
      };
      const l = result.cli as Record<string, number>;
      log(`Dòng lệnh: phuluc check --json ${l.checkMs} ms (CPU ${l.checkCpuMs} ms, ${l.checkMaxRssMb} MB); phuluc fix --out ${l.fixMs} ms (CPU ${l.fixCpuMs} ms, ${l.fixMaxRssMb} MB); tỉ lệ ${l.ratio}× (CPU ${l.cpuRatio}×)`);

      log('Tạo tệp một triệu dòng trống (lần đầu)…');
      const empty = emptyRowsFile(1_000_000, { pageBreakHeader: true });
      const e: Child[] = [];
      for (let i = 0; i < Math.min(runs, 3); i++) {
        const r = child(['fix', empty, '--out', out, '--force']);
        if (r.code !== 0) throw new Error(`phuluc fix exited ${r.code}`);
        e.push(r);
      }
      result.emptyRows = {
        file: path.basename(empty),
        fileMb: round(statSync(empty).size / 1024 / 1024, 2),
        ms: round(median(e.map((x) => x.ms))),
        cpuMs: round(median(e.map((x) => x.cpuMs))),
        maxRssMb: round(Math.max(...e.map((x) => x.maxRssMb))),
      };
      const er = result.emptyRows as Record<string, number>;
      log(`phuluc fix, một triệu dòng trống (${er.fileMb} MB, mọi dòng dời lên): ${er.ms} ms (CPU ${er.cpuMs} ms), bộ nhớ tối đa ${er.maxRssMb} MB`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (json) process.stdout.write(JSON.stringify(result) + '\n');
}
