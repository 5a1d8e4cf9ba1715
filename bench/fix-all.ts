/**
 * The pane's *Sửa tất cả* on a large appendix, end to end over the emulated Excel: the pane's
 * controller, the real Office.js adapter (reading in blocks, checking every expected cell before
 * writing, recording the undo), the emulator (serialising every request and response as Office.js
 * does). Compared with reading the sheet alone (the least any check-and-fix must pay), as medians
 * of interleaved runs: `npm run --silent bench -- --fix-all [--rows N] [--json]`.
 */
import { performance } from 'perf_hooks';
import { createOfficeAdapter } from '../src/excel';
import { createExcelEmulator, sheetFromGrid, WorkbookModel } from '../src/excel/emulator';
import { PaneController } from '../src/taskpane/state/controller';
import { synthesize } from './synthetic';
import { median, round } from './interleave';

export interface FixAllResult {
  rows: number;
  /** readActiveSheet alone. */
  readMs: number;
  /** Kiểm tra: read and check. */
  checkMs: number;
  /** Sửa tất cả after a check: the stale-write check, the write, the undo record, the re-check. */
  fixAllMs: number;
  checkRatio: number;
  fixAllRatio: number;
  /** Fixes applied by one Sửa tất cả, and issues left after it. */
  applied: number;
  left: number;
  /** Excel syncs of one Sửa tất cả. */
  fixAllSyncs: number;
  /**
   * The same Sửa tất cả when the pane reads the whole sheet again after writing (an adapter that
   * returns no BatchWritten: what the pane did before it checked the written grid in memory).
   */
  fixAllRereadMs: number;
  fixAllRereadSyncs: number;
  /** One Sửa (the first safe fix), checked again in memory, and with the whole sheet read again. */
  fixOneMs: number;
  fixOneSyncs: number;
  fixOneRereadMs: number;
  fixOneRereadSyncs: number;
  /** Bytes Excel answered (as Office.js serialises them) during each press. */
  bytes: { all: number; allReread: number; one: number; oneReread: number };
}

const RUNS = 7;



export async function benchFixAll(rows = 20_000): Promise<FixAllResult> {
  const syn = synthesize({ rows });
  const open = (reread = false) => {
    const emulator = createExcelEmulator(new WorkbookModel([sheetFromGrid(syn.grid)]));
    const adapter = createOfficeAdapter(emulator);
    if (reread) {
      const write = adapter.applyBatch.bind(adapter);
      adapter.applyBatch = async (batch) => void (await write(batch));
    }
    return { emulator, pane: new PaneController(adapter) };
  };
  /** Checks, then times `press` (Sửa tất cả or one Sửa): milliseconds and syncs. */
  const timed = async (reread: boolean, one: boolean) => {
    const f = open(reread);
    await f.pane.check();
    const syncs = f.emulator.stats.syncs;
    const answered = f.emulator.stats.responseBytes.length;
    const t = performance.now();
    if (one) await f.pane.applyFix(f.pane.getState().fixes.find((x) => x.safe)!);
    else await f.pane.applyAll();
    const ms = performance.now() - t;
    const state = f.pane.getState();
    if (state.error) throw new Error(`Sửa failed: ${state.error.message}`);
    const bytes = f.emulator.stats.responseBytes.slice(answered).reduce((a, b) => a + b, 0);
    return { ms, syncs: f.emulator.stats.syncs - syncs, bytes };
  };
  const samples = { allReread: [] as number[], one: [] as number[], oneReread: [] as number[] };
  const syncsOf = { allReread: 0, one: 0, oneReread: 0 };
  const bytesOf = { all: 0, allReread: 0, one: 0, oneReread: 0 };
  const read: number[] = [];
  const check: number[] = [];
  const fixAll: number[] = [];
  let applied = 0;
  let left = 0;
  let fixAllSyncs = 0;
  // One warm-up round, then RUNS rounds, each: read, check, fix all (each on a fresh workbook).
  for (let i = 0; i <= RUNS; i++) {
    const r = open();
    let t = performance.now();
    await createOfficeAdapter(r.emulator).readActiveSheet();
    const readMs = performance.now() - t;

    const c = open();
    t = performance.now();
    await c.pane.check();
    const checkMs = performance.now() - t;

    const f = open();
    await f.pane.check();
    const before = f.pane.getState().fixes.filter((x) => x.safe).length;
    const syncs = f.emulator.stats.syncs;
    t = performance.now();
    await f.pane.applyAll();
    const fixMs = performance.now() - t;
    const state = f.pane.getState();
    if (state.error) throw new Error(`Sửa tất cả failed: ${state.error.message}`);
    const variants = { all: await timed(false, false), allReread: await timed(true, false), one: await timed(false, true), oneReread: await timed(true, true) };
    for (const k of ['all', 'allReread', 'one', 'oneReread'] as const) bytesOf[k] = variants[k].bytes;
    if (i === 0) continue;
    for (const k of ['allReread', 'one', 'oneReread'] as const) {
      samples[k].push(variants[k].ms);
      syncsOf[k] = variants[k].syncs;
    }
    read.push(readMs);
    check.push(checkMs);
    fixAll.push(fixMs);
    applied = before;
    left = state.report?.issues.length ?? 0;
    fixAllSyncs = f.emulator.stats.syncs - syncs;
  }
  const readMs = median(read);
  return {
    rows: syn.dataRows,
    readMs: round(readMs),
    checkMs: round(median(check)),
    fixAllMs: round(median(fixAll)),
    checkRatio: round(median(check) / readMs, 2),
    fixAllRatio: round(median(fixAll) / readMs, 2),
    applied,
    left,
    fixAllSyncs,
    fixAllRereadMs: round(median(samples.allReread)),
    fixAllRereadSyncs: syncsOf.allReread,
    fixOneMs: round(median(samples.one)),
    fixOneSyncs: syncsOf.one,
    fixOneRereadMs: round(median(samples.oneReread)),
    fixOneRereadSyncs: syncsOf.oneReread,
    bytes: bytesOf,
  };
}

const kb = (bytes: number): string => `${Math.round(bytes / 1024).toLocaleString('vi-VN')} KB`;

export function fixAllTable(r: FixAllResult): string {
  return [
    `Sửa tất cả trên ${r.rows.toLocaleString('vi-VN')} dòng (qua Excel giả lập, trung vị ${RUNS} lần xen kẽ):`,
    `  chỉ đọc trang tính   ${r.readMs} ms`,
    `  Kiểm tra             ${r.checkMs} ms  (${r.checkRatio}× đọc)`,
    `  Sửa tất cả           ${r.fixAllMs} ms  (${r.fixAllRatio}× đọc; ${r.applied} lỗi sửa được, còn ${r.left} vấn đề, ${r.fixAllSyncs} lần đồng bộ, Excel trả ${kb(r.bytes.all)})`,
    `    nếu đọc lại cả trang ${r.fixAllRereadMs} ms  (${r.fixAllRereadSyncs} lần đồng bộ, Excel trả ${kb(r.bytes.allReread)})`,
    `  Sửa một lỗi          ${r.fixOneMs} ms  (${r.fixOneSyncs} lần đồng bộ, Excel trả ${kb(r.bytes.one)})`,
    `    nếu đọc lại cả trang ${r.fixOneRereadMs} ms  (${r.fixOneRereadSyncs} lần đồng bộ, Excel trả ${kb(r.bytes.oneReread)})`,
  ].join('\n') + '\n';
}
