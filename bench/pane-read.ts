/**
 * `npm run --silent bench -- --read [--rows N] [--json]`: the Office.js adapter reading the demo's
 * large appendix (largeSample, 20,000 rows by default) from the emulated Excel, alone and
 * followed by the check (what Kiểm tra does), against a floor any reader pays: JSON.parse of the
 * same values. Medians of interleaved runs (read, read+check, floor, read, ...), each run on the
 * same workbook; the emulator's own work (building and sizing the answers) is part of "read", as
 * Excel's is in the pane.
 */
import { performance } from 'perf_hooks';
import { checkSheet } from '../src/core';
import { createOfficeAdapter } from '../src/excel';
import { createExcelEmulator, largeSample, sheetFromGrid, WorkbookModel } from '../src/excel/emulator';
import { valuesJson } from './synthetic';
import { median, round } from './interleave';

export interface ReadResult {
  rows: number;
  /** readActiveSheet alone. */
  readMs: number;
  /** readActiveSheet then checkSheet: Kiểm tra without the pane. */
  readCheckMs: number;
  /** JSON.parse of the sheet's values. */
  floorMs: number;
  /** read+check over read alone. */
  checkRatio: number;
  /** read over the floor. */
  readRatio: number;
  syncs: number;
}

const RUNS = 9;



export async function benchRead(rows = 20_000): Promise<ReadResult> {
  const grid = largeSample(rows);
  const emulator = createExcelEmulator(new WorkbookModel([sheetFromGrid(grid)]));
  const adapter = createOfficeAdapter(emulator);
  const json = valuesJson(grid);
  const read: number[] = [];
  const readCheck: number[] = [];
  const floor: number[] = [];
  let syncs = 0;
  for (let i = 0; i <= RUNS; i++) {
    emulator.resetStats();
    let t = performance.now();
    await adapter.readActiveSheet();
    const r = performance.now() - t;
    syncs = emulator.stats.syncs;
    t = performance.now();
    checkSheet(await adapter.readActiveSheet());
    const rc = performance.now() - t;
    t = performance.now();
    JSON.parse(json);
    const f = performance.now() - t;
    if (i === 0) continue; // warm-up
    read.push(r);
    readCheck.push(rc);
    floor.push(f);
  }
  const readMs = median(read);
  const readCheckMs = median(readCheck);
  const floorMs = median(floor);
  return {
    rows: grid.rows.length,
    readMs: round(readMs),
    readCheckMs: round(readCheckMs),
    floorMs: round(floorMs),
    checkRatio: round(readCheckMs / readMs, 2),
    readRatio: round(readMs / floorMs, 2),
    syncs,
  };
}

export function readTable(r: ReadResult): string {
  const head = ['Số dòng', 'Đọc (ms)', 'Đọc + kiểm tra (ms)', 'JSON.parse (ms)', 'Kiểm tra / đọc', 'Đọc / JSON.parse', 'Lần đồng bộ'];
  const body = [r.rows.toLocaleString('vi-VN'), String(r.readMs), String(r.readCheckMs), String(r.floorMs), `${r.checkRatio}×`, `${r.readRatio}×`, String(r.syncs)];
  const widths = head.map((h, i) => Math.max(h.length, body[i]!.length));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i]!)).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), line(body)].join('\n') + '\n';
}
