/**
 * Writes a batch in one Excel.run: first loads and records exactly what it will overwrite, then
 * writes. Cell writes are grouped into vertical runs written as one 2-D array each; rows are
 * inserted and deleted as whole rows. A constant number of syncs (a few, plus one per chunk of
 * CHUNK_RANGES ranges on very large batches).
 *
 * Order: ops run in list order, with row numbers as they are at that point (an op after an
 * insert sees the inserted rows). `delete-row` edits name rows as they are before the batch
 * (the engine's Edit contract) and run last, bottom-up.
 */
import type { MergeRange } from '../core/grid';
import { cellInput, rowsAddress, textInput, type ExcelApi } from './office-api';
import { isFormula } from './read';
import type { RowInsert, WriteBatch } from './types';
import type { CellSnapshot, RowShift, UndoEntry, UndoStep } from './undo';
import { parseRangeAddress } from './office-api';

/** Ranges queued between two syncs on very large batches (keeps each request well under 5 MB). */
export const CHUNK_RANGES = 1_500;
/** Columns recorded for a deleted row at most. */
export const MAX_ROW_WIDTH = 200;

interface CellWrite {
  /** 1-based, as the sheet is when the write runs. */
  row: number;
  col: number;
  /** The row before the batch, or null for a row this batch inserted. */
  origRow: number | null;
  value?: string | number | null;
  formula?: string;
  numFmt?: string;
  /** Also set the font name (a repaired TCVN3/VNI cell gets a Unicode font). */
  font?: string;
}

/** Consecutive rows of one column. */
interface Run {
  col: number;
  row: number;
  origRow: number | null;
  cells: CellWrite[];
}

type Phase =
  | { kind: 'cells'; runs: Run[] }
  | { kind: 'insert'; op: RowInsert; formatLikeRow?: number }
  | { kind: 'delete'; row: number; origRow: number };

/** Turns a batch into phases, mapping rows between "before the batch" and "now". */
export function planBatch(batch: WriteBatch): Phase[] {
  const phases: Phase[] = [];
  const inserts: { row: number; count: number }[] = [];
  const toOriginal = (row: number): number | null => {
    let r = row;
    for (let i = inserts.length - 1; i >= 0; i--) {
      const ins = inserts[i]!;
      if (r >= ins.row + ins.count) r -= ins.count;
      else if (r >= ins.row) return null;
    }
    return r;
  };
  let segment = new Map<string, CellWrite>();
  const flush = (): void => {
    if (segment.size) phases.push({ kind: 'cells', runs: toRuns([...segment.values()]) });
    segment = new Map();
  };
  const deletes: number[] = [];
  for (const op of batch.ops) {
    switch (op.kind) {
      case 'set': {
        const w: CellWrite = { row: op.row, col: op.col, origRow: toOriginal(op.row), value: op.value };
        if (op.font !== undefined) w.font = op.font;
        segment.set(`${op.row},${op.col}`, w);
        break;
      }
      case 'formula': {
        const w: CellWrite = { row: op.row, col: op.col, origRow: toOriginal(op.row), formula: op.formula.replace(/^=/, '') };
        if (op.numFmt) w.numFmt = op.numFmt;
        segment.set(`${op.row},${op.col}`, w);
        break;
      }
      case 'insert-rows': {
        if (op.values.length === 0) break;
        flush();
        const count = op.values.length;
        const phase: Phase = { kind: 'insert', op };
        if (op.formatLikeRow !== undefined)
          phase.formatLikeRow = op.formatLikeRow >= op.beforeRow ? op.formatLikeRow + count : op.formatLikeRow;
        phases.push(phase);
        inserts.push({ row: op.beforeRow, count });
        break;
      }
      case 'delete-row':
        deletes.push(op.row);
        break;
    }
  }
  flush();
  const toNow = (row: number): number => inserts.reduce((r, ins) => (r >= ins.row ? r + ins.count : r), row);
  const unique = [...new Set(deletes)].map((orig) => ({ orig, now: toNow(orig) }));
  unique.sort((a, b) => b.now - a.now);
  for (const d of unique) phases.push({ kind: 'delete', row: d.now, origRow: d.orig });
  return phases;
}

function toRuns(writes: CellWrite[]): Run[] {
  writes.sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: Run[] = [];
  let run: Run | undefined;
  for (const w of writes) {
    const last = run?.cells[run.cells.length - 1];
    const follows =
      run &&
      last &&
      run.col === w.col &&
      w.row === last.row + 1 &&
      (last.origRow === null ? w.origRow === null : w.origRow === last.origRow + 1);
    if (run && follows) run.cells.push(w);
    else {
      run = { col: w.col, row: w.row, origRow: w.origRow, cells: [w] };
      runs.push(run);
    }
  }
  return runs;
}

/** What a snapshot range reports, cell by cell. */
function snapshotCells(range: Excel.Range, firstCol: number): CellSnapshot[][] {
  const { values, formulas, valueTypes, numberFormat } = range;
  return values.map((line, i) =>
    line.map((value: unknown, j) => ({
      col: firstCol + j,
      value,
      formula: formulas[i]?.[j],
      type: valueTypes[i]?.[j] ?? 'Empty',
      numberFormat: String(numberFormat[i]?.[j] ?? 'General'),
    })),
  );
}

/** The input that puts a recorded cell back as it was. */
function restoreInput(s: CellSnapshot): unknown {
  if (isFormula(s.formula, s.value)) return s.formula;
  if (s.type === 'Empty' || s.value === '' || s.value === null || s.value === undefined) return '';
  if (typeof s.value === 'string') return s.type === 'Error' ? s.value : textInput(s.value);
  return s.value;
}

/** Queues a sync every CHUNK_RANGES ranges: per chunk, never per row or cell. */
class Chunker {
  private queued = 0;
  constructor(private readonly context: Excel.RequestContext) {}
  async add(n = 1): Promise<void> {
    this.queued += n;
    if (this.queued >= CHUNK_RANGES) {
      this.queued = 0;
      await this.context.sync();
    }
  }
}

export interface BatchResult {
  entry: UndoEntry;
  shifts: RowShift[];
}

export async function applyBatch(api: ExcelApi, batch: WriteBatch): Promise<BatchResult> {
  const phases = planBatch(batch);
  const copyFormats = api.isSetSupported('1.9');
  const withMerges = api.isSetSupported('1.13');
  return api.run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load('name');
    const chunk = new Chunker(context);

    // 1. How wide a deleted row is (only when the batch deletes rows).
    const deletes = phases.filter((p): p is Extract<Phase, { kind: 'delete' }> => p.kind === 'delete');
    let width = 0;
    if (deletes.length) {
      const used = sheet.getUsedRangeOrNullObject(false);
      used.load('columnIndex,columnCount');
      await context.sync();
      width = used.isNullObject ? 1 : Math.min(MAX_ROW_WIDTH, used.columnIndex + used.columnCount);
    }

    // 2. Record what will be overwritten, as it is before the batch.
    const runSnapshots = new Map<Run, Excel.Range>();
    // The font of each cell whose font a write changes, to put it back on undo.
    const fontSnapshots = new Map<CellWrite, Excel.RangeFont>();
    for (const phase of phases) {
      if (phase.kind !== 'cells') continue;
      for (const run of phase.runs) {
        if (run.origRow === null) continue;
        const range = sheet.getRangeByIndexes(run.origRow - 1, run.col, run.cells.length, 1);
        range.load('values,formulas,valueTypes,numberFormat');
        runSnapshots.set(run, range);
        run.cells.forEach((w, i) => {
          if (w.font === undefined) return;
          const font = range.getCell(i, 0).format.font;
          font.load('name');
          fontSnapshots.set(w, font);
        });
        await chunk.add();
      }
    }
    const rowSnapshots = new Map<number, { range: Excel.Range; fills: Excel.RangeFill[]; merges: Excel.RangeAreas | null }>();
    for (const d of deletes) {
      const range = sheet.getRangeByIndexes(d.origRow - 1, 0, 1, width);
      range.load('values,formulas,valueTypes,numberFormat');
      const fills: Excel.RangeFill[] = [];
      for (let c = 0; c < width; c++) {
        const fill = range.getCell(0, c).format.fill;
        fill.load('color');
        fills.push(fill);
      }
      const merges = withMerges ? range.getMergedAreasOrNullObject() : null;
      merges?.load('address');
      rowSnapshots.set(d.origRow, { range, fills, merges });
      await chunk.add(width + 1);
    }
    await context.sync();
    const name = sheet.name;

    // 3. Write, recording the undo steps in the order they run.
    const steps: UndoStep[] = [];
    const shifts: RowShift[] = [];
    for (const phase of phases) {
      if (phase.kind === 'cells') {
        const restored: (CellSnapshot & { row: number })[] = [];
        for (const run of phase.runs) {
          const snap = runSnapshots.get(run);
          const before = snap ? snapshotCells(snap, run.col).map((line) => line[0]) : [];
          const formats = run.cells.map((w, i) => {
            if (w.numFmt) return w.numFmt;
            const was = before[i]?.numberFormat;
            // A number or formula in a cell formatted as text would stay text.
            if (was === '@' && (w.formula !== undefined || typeof w.value === 'number')) return 'General';
            return null;
          });
          const range = sheet.getRangeByIndexes(run.row - 1, run.col, run.cells.length, 1);
          if (formats.some((f) => f !== null)) range.numberFormat = formats.map((f) => [f]);
          if (run.cells.some((w) => w.formula !== undefined))
            range.formulas = run.cells.map((w) => [w.formula !== undefined ? '=' + w.formula : cellInput(w.value ?? null)]);
          else range.values = run.cells.map((w) => [cellInput(w.value ?? null)]);
          run.cells.forEach((w, i) => {
            if (w.font !== undefined) range.getCell(i, 0).format.font.name = w.font;
          });
          before.forEach((s, i) => {
            const font = fontSnapshots.get(run.cells[i]!);
            if (s) restored.push(font ? { ...s, font: font.name, row: run.row + i } : { ...s, row: run.row + i });
          });
          await chunk.add();
        }
        if (restored.length) steps.push({ kind: 'cells', cells: restored });
      } else if (phase.kind === 'insert') {
        const { op } = phase;
        const count = op.values.length;
        const rows = sheet.getRange(rowsAddress(op.beforeRow, count));
        rows.insert('Down');
        if (phase.formatLikeRow !== undefined && copyFormats)
          sheet.getRange(rowsAddress(op.beforeRow, count)).copyFrom(rowsAddress(phase.formatLikeRow), 'Formats');
        const cols = Math.max(1, ...op.values.map((r) => r.length));
        const data = op.values.map((r) => Array.from({ length: cols }, (_, c) => cellInput(r[c] ?? null)));
        sheet.getRangeByIndexes(op.beforeRow - 1, 0, count, cols).values = data;
        steps.push({ kind: 'inserted-rows', row: op.beforeRow, count });
        shifts.push({ kind: 'insert', row: op.beforeRow, count });
        await chunk.add(3);
      } else {
        const snap = rowSnapshots.get(phase.origRow);
        const cells = snap ? (snapshotCells(snap.range, 0)[0] ?? []) : [];
        snap?.fills.forEach((f, c) => {
          const cell = cells[c];
          if (cell) cell.fill = f.color;
        });
        const merges: MergeRange[] = [];
        if (snap?.merges && !snap.merges.isNullObject)
          for (const m of parseRangeAddress(snap.merges.address))
            if (m.top === phase.origRow - 1 && m.bottom === phase.origRow - 1)
              merges.push({ ...m, top: phase.row - 1, bottom: phase.row - 1 });
        sheet.getRange(rowsAddress(phase.row)).delete('Up');
        steps.push({ kind: 'deleted-row', row: phase.row, cells, merges });
        shifts.push({ kind: 'delete', row: phase.row, count: 1 });
        await chunk.add();
      }
    }
    await context.sync();
    return { entry: { label: batch.label, sheet: name, steps }, shifts };
  });
}

/** Puts back what `entry` recorded, in reverse order. Returns the row shifts undoing caused. */
export async function undoEntry(api: ExcelApi, entry: UndoEntry): Promise<RowShift[]> {
  return api.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(entry.sheet);
    const chunk = new Chunker(context);
    const shifts: RowShift[] = [];
    for (const step of [...entry.steps].reverse()) {
      if (step.kind === 'cells') {
        for (const run of restoreRuns(step.cells)) {
          const range = sheet.getRangeByIndexes(run.row - 1, run.col, run.cells.length, 1);
          range.numberFormat = run.cells.map((s) => [s.numberFormat]);
          range.formulas = run.cells.map((s) => [restoreInput(s)]);
          run.cells.forEach((s, i) => {
            if (s.font) range.getCell(i, 0).format.font.name = s.font;
          });
          await chunk.add();
        }
      } else if (step.kind === 'inserted-rows') {
        sheet.getRange(rowsAddress(step.row, step.count)).delete('Up');
        shifts.push({ kind: 'delete', row: step.row, count: step.count });
        await chunk.add();
      } else {
        sheet.getRange(rowsAddress(step.row)).insert('Down');
        shifts.push({ kind: 'insert', row: step.row, count: 1 });
        if (step.cells.length) {
          const range = sheet.getRangeByIndexes(step.row - 1, 0, 1, step.cells.length);
          range.numberFormat = [step.cells.map((s) => s.numberFormat)];
          range.formulas = [step.cells.map(restoreInput)];
          step.cells.forEach((s, c) => {
            if (s.fill === undefined) return;
            const fill = range.getCell(0, c).format.fill;
            if (s.fill.toUpperCase() === '#FFFFFF') fill.clear();
            else fill.color = s.fill;
          });
        }
        for (const m of step.merges)
          sheet.getRangeByIndexes(m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1).merge(false);
        await chunk.add(step.cells.length + 2);
      }
    }
    await context.sync();
    return shifts;
  });
}

function restoreRuns(cells: (CellSnapshot & { row: number })[]): { row: number; col: number; cells: CellSnapshot[] }[] {
  const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: { row: number; col: number; cells: CellSnapshot[] }[] = [];
  let last: (CellSnapshot & { row: number }) | undefined;
  for (const c of sorted) {
    const run = runs[runs.length - 1];
    if (run && last && last.col === c.col && c.row === last.row + 1) run.cells.push(c);
    else runs.push({ row: c.row, col: c.col, cells: [c] });
    last = c;
  }
  return runs;
}
