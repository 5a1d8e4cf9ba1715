/**
 * `npm run --silent bench -- pane [--rows N] [--runs N] [--json]`: the pane's Kiểm tra on the
 * demo's large appendix (largeSample, 20,000 rows by default) in Node: the Office.js adapter
 * reading it from the emulated Excel (serialising requests and answers as Office.js does, in row
 * blocks), then the engine's check; against the check alone on the same grid and a floor any
 * reader pays (JSON.parse of the sheet's values). Medians of interleaved runs (async, so timed
 * here rather than with interleaved()). Rendering the list in a browser is not included: the
 * end-to-end test logs the whole click-to-list time in headless Chromium.
 */
import { performance } from 'perf_hooks';
import { checkSheet } from '../src/core';
import { createOfficeAdapter } from '../src/excel';
import { createExcelEmulator, largeSample, sheetFromGrid, WorkbookModel } from '../src/excel/emulator';
import { median, round } from './interleave';
import { valuesJson } from './synthetic';

export interface PaneCheckResult {
  rows: number;
  runs: number;
  /** The adapter's readActiveSheet, then checkSheet: what Kiểm tra waits for. */
  readCheckMs: number;
  /** checkSheet alone on the grid already read. */
  checkMs: number;
  /** JSON.parse of the sheet's values. */
  floorMs: number;
  /** read+check over the floor, and over the check alone. */
  ratioToFloor: number;
  ratioToCheck: number;
  syncs: number;
}

export async function benchPane(rows = 20_000, runs = 9): Promise<PaneCheckResult> {
  const grid = largeSample(rows);
  const emulator = createExcelEmulator(new WorkbookModel([sheetFromGrid(grid)]));
  const adapter = createOfficeAdapter(emulator);
  const json = valuesJson(grid);
  const read = await adapter.readActiveSheet();
  const rc: number[] = [];
  const c: number[] = [];
  const f: number[] = [];
  let syncs = 0;
  for (let i = 0; i <= runs; i++) {
    emulator.resetStats();
    let t = performance.now();
    checkSheet(await adapter.readActiveSheet());
    const a = performance.now() - t;
    syncs = emulator.stats.syncs;
    t = performance.now();
    checkSheet(read);
    const b = performance.now() - t;
    t = performance.now();
    JSON.parse(json);
    const d = performance.now() - t;
    if (i === 0) continue; // warm-up
    rc.push(a);
    c.push(b);
    f.push(d);
  }
  const readCheckMs = median(rc);
  const checkMs = median(c);
  const floorMs = median(f);
  return {
    rows: grid.rows.length,
    runs,
    readCheckMs: round(readCheckMs),
    checkMs: round(checkMs),
    floorMs: round(floorMs),
    ratioToFloor: round(readCheckMs / floorMs, 2),
    ratioToCheck: round(readCheckMs / checkMs, 2),
    syncs,
  };
}

export function paneTable(r: PaneCheckResult): string {
  return [
    `Kiểm tra của ngăn tác vụ trên ${r.rows.toLocaleString('en-US')} dòng (Excel giả lập, trung vị ${r.runs} lần xen kẽ):`,
    `  đọc qua Office.js + kiểm tra  ${r.readCheckMs} ms  (${r.syncs} lần sync)`,
    `  chỉ kiểm tra                  ${r.checkMs} ms  (đọc + kiểm tra = ${r.ratioToCheck}×)`,
    `  JSON.parse các giá trị        ${r.floorMs} ms  (đọc + kiểm tra = ${r.ratioToFloor}×)`,
  ].join('\n') + '\n';
}

export async function run(argv: string[]): Promise<void> {
  let rows = 20_000;
  let runs = 9;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') json = true;
    else if (a === '--rows') rows = Number(argv[++i]);
    else if (a === '--runs') runs = Number(argv[++i]);
    else throw new Error(`tùy chọn không hợp lệ: ${a}`);
  }
  if (!Number.isInteger(rows) || rows < 10 || !Number.isInteger(runs) || runs < 1) throw new Error('--rows cần số nguyên ≥ 10, --runs ≥ 1.');
  const r = await benchPane(rows, runs);
  process.stdout.write(json ? JSON.stringify(r) + '\n' : paneTable(r));
}
