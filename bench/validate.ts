/**
 * `npm run --silent bench -- [--json] [--rows N] [--scale] [--fix-all] [--pane-read]` (through bench/index.ts)
 * Times checkSheet on a synthetic appendix against a floor that any validator must pay:
 * JSON.parse of the same grid's values. The ratio is what the README quotes. Then (not with
 * --scale) the growth checks: combineFixes on a Sửa tất cả-sized batch and its double
 * (bench/combine.ts), and the checks that must stay linear (bench/linear.ts), as ratios of
 * medians of interleaved runs. Without flags it also times the pane's Sửa tất cả on 20,000 rows
 * against reading the sheet (bench/fix-all.ts); `--fix-all` runs only that one (`--rows` sizes it).
 * `--pane-read` times the Office.js adapter reading the 20,000-row demo sample, alone and with the
 * check (bench/pane-read.ts).
 */
import { checkSheet } from '../src/core';
import { median, round, time } from './interleave';
import { benchFixAll, fixAllTable } from './fix-all';
import { benchRead, readTable } from './pane-read';
import { synthesize, valuesJson } from './synthetic';
import { benchCombine, type CombineResult } from './combine';
import { benchLinear, type LinearResult } from './linear';

interface Result {
  rows: number;
  validateMs: number;
  baselineMs: number;
  ratio: number;
  issues: number;
  faults: number;
}

/** Each side runs in its own block (so each pays for its own garbage); medians of the runs. */
const RUNS = 9;


export function bench(rows: number): Result {
  const syn = synthesize({ rows });
  let issues = 0;
  issues = checkSheet(syn.grid).report.issues.length; // warm-up: JIT, matcher indexes
  const validate = median(Array.from({ length: RUNS }, () => time(() => void checkSheet(syn.grid))));
  const json = valuesJson(syn.grid);
  JSON.parse(json); // warm-up
  const baseline = median(Array.from({ length: RUNS }, () => time(() => void JSON.parse(json))));
  return {
    rows: syn.dataRows,
    validateMs: round(validate),
    baselineMs: round(baseline),
    ratio: round(validate / baseline, 2),
    issues,
    faults: syn.faults.length,
  };
}

function usage(msg: string): never {
  process.stderr.write(`bench: ${msg}\nCách dùng: npm run --silent bench -- [--json] [--rows N] [--scale] [--fix-all] [--pane-read]\n`);
  process.exit(2);
}

function table(results: Result[]): string {
  const head = ['Số dòng', 'Kiểm tra (ms)', 'JSON.parse (ms)', 'Tỉ lệ', 'ms / 1.000 dòng', 'Vấn đề', 'Lỗi cài sẵn'];
  const body = results.map((r) => [
    r.rows.toLocaleString('vi-VN'),
    String(r.validateMs),
    String(r.baselineMs),
    `${r.ratio}×`,
    String(round((r.validateMs / r.rows) * 1000, 2)),
    String(r.issues),
    String(r.faults),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] as string).length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i] as number)).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n') + '\n';
}

function pad(rows: string[][]): string {
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n') + '\n';
}

function combineTable(c: CombineResult): string {
  const n = (x: number) => x.toLocaleString('vi-VN');
  return pad([
    ['Gộp sửa (combineFixes)', 'n (ms)', '2n (ms)', 'Tỉ lệ 2n/n'],
    [`${n(c.sets)} ô + ${n(c.deletions)} dòng xóa`, String(c.ms), String(c.doubledMs), `${c.ratio}× (tuyến tính ≈ 2×)`],
  ]);
}

function linearTable(rows: LinearResult[]): string {
  return pad([
    ['Phải tuyến tính', 'n', 'n (ms)', '2n (ms)', 'Tỉ lệ 2n/n'],
    ...rows.map((r) => [r.name, r.n, String(r.ms), String(r.doubledMs), `${r.ratio}×`]),
  ]);
}

export async function run(argv: string[]): Promise<void> {
  let json = false;
  let scale = false;
  let fixAll = false;
  let read = false;
  let rows: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') json = true;
    else if (a === '--scale') scale = true;
    else if (a === '--fix-all') fixAll = true;
    else if (a === '--pane-read') read = true;
    else if (a === '--rows') {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 8) usage('--rows cần một số nguyên ≥ 8.');
      rows = n;
    } else usage(`tùy chọn không hợp lệ: ${a}`);
  }
  if (fixAll) {
    const r = await benchFixAll(rows ?? 20_000);
    process.stdout.write(json ? JSON.stringify(r) + '\n' : fixAllTable(r));
    return;
  }
  if (read) {
    const r = await benchRead(rows ?? 20_000);
    process.stdout.write(json ? JSON.stringify(r) + '\n' : readTable(r));
    return;
  }
  const sizes = scale ? [10000, 50000, 200000] : [rows ?? 50000];
  const results = sizes.map(bench);
  const strip = ({ rows: r, validateMs, baselineMs, ratio }: Result) => ({ rows: r, validateMs, baselineMs, ratio });
  const combine = scale ? undefined : benchCombine();
  const linear = scale ? undefined : benchLinear();
  if (json) {
    const doc = scale ? results.map(strip) : { ...strip(results[0] as Result), combine, linear };
    process.stdout.write(JSON.stringify(doc) + '\n');
  } else {
    process.stdout.write(table(results));
    if (combine) process.stdout.write('\n' + combineTable(combine));
    if (linear) process.stdout.write('\n' + linearTable(linear));
    if (!scale && rows === undefined) process.stdout.write('\n' + fixAllTable(await benchFixAll(20_000)));
  }
}

// bench/index.ts runs it (`npm run bench`); run directly only when this file is the entry.
if (require.main === module) run(process.argv.slice(2));
