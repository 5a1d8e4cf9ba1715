/**
 * Writes a batch in one Excel.run, all or nothing:
 *
 * 1. Finds the sheet by its id (a batch never lands on another sheet), refuses a protected sheet,
 *    and lists the sheet's Tables when the batch writes formulas.
 * 2. Loads every cell it will write, every row it will delete and every `expect` cell, and
 *    compares them with what the check saw: on any difference nothing is written ('sheet-changed').
 *    A formula that would land in a Table column (Excel would fill it down the whole column as a
 *    calculated column) refuses the batch ('table-formula'). Text over a cell with several text
 *    runs (a bold word; read with ExcelApi 1.18, one getCellProperties per range) that is not a
 *    legacy repair refuses the batch ('unsupported', naming the cells), as the .xlsx writer does:
 *    writing a value would drop the runs' formatting. Without 1.18 the runs cannot be seen and
 *    such writes go ahead (docs/ARCHITECTURE.md, "Rich text").
 * 3. Writes through a journal (journal.ts): cells in vertical runs, each row insert or delete alone
 *    in its sync, deletes last and bottom-up. A failure rolls back what was done. A legacy repair
 *    of a cell with several text runs writes them repaired one by one (`textRuns`, ExcelApi 1.18,
 *    the core's repairLegacyRuns); without 1.18, or when the runs cannot make the checked text,
 *    nothing is written ('unsupported', with the Vietnamese reason as `userMessage`).
 * 4. Reads back what it wrote: the undo entry keeps it, Hoàn tác checks it, and a cell that does
 *    not hold what was meant (Excel read text as a date, say) rolls the batch back.
 *
 * Order: ops run in list order, with row numbers as they are at that point (an op after an insert
 * sees the inserted rows). `delete-row` edits name rows as they are before the batch (the engine's
 * Edit contract) and run last, bottom-up. `seen` values describe the sheet before the batch.
 */
import { locateStale, type CheckedCell, type LegacyRepair } from '../core/fix';
import { columnLetter, type MergeRange } from '../core/grid';
import { HIGHLIGHTS_KEY, shiftHighlights } from './highlights';
import {
  applyFill,
  Budget,
  verify,
  BYTES_PER_FILL,
  BYTES_PER_RANGE,
  CellReads,
  jsonSize,
  JournalError,
  loadFill,
  readBack,
  flushAndReadBack,
  validationRegions,
  revertSteps,
  Runner,
  statesOf,
  StructuralError,
  writeBlock,
  type CellInput,
  type RunnerOptions,
} from './journal';
import { repairLegacyRuns } from '../core/legacy';
import { cellInput, needsQuote, parseRangeAddress, rowsAddress, type ExcelApi } from './office-api';
import { mapForward, matchesSeenState, shiftOf, showSeen, showState, type CellRecord, type CellState, type FillState, type RowShift, type UndoEntry, type UndoStep, type ValidationRegion } from './undo';
import { toCell } from './read';
import { WorkbookError, type BatchWritten, type CellChange, type RowInsert, type SeenCell, type WriteBatch } from './types';
import { ES } from './strings';

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
  /** A legacy-text repair (Edit.legacy): a cell with several runs is repaired run by run. */
  legacy?: LegacyRepair;
  /** Set once the cell's runs are read: the repaired runs to write (ExcelApi 1.18). */
  textRuns?: Excel.RangeTextRun[];
}

/** Consecutive cells of one column (or, across: of one row), written as one range. */
interface Run {
  col: number;
  row: number;
  origRow: number | null;
  /** Cells side by side in one row rather than one under another. */
  across?: boolean;
  cells: CellWrite[];
}

/** The run's range: n × 1, or 1 × n across. */
function runRange(sheet: Excel.Worksheet, run: Run, row: number): Excel.Range {
  return run.across ? sheet.getRangeByIndexes(row - 1, run.col, 1, run.cells.length) : sheet.getRangeByIndexes(row - 1, run.col, run.cells.length, 1);
}

/** The run's cells as Excel's 2-D array shape. */
function shape<T>(run: Run, items: T[]): T[][] {
  return run.across ? [items] : items.map((x) => [x]);
}

type Phase =
  | { kind: 'cells'; runs: Run[] }
  | { kind: 'insert'; op: RowInsert; formatLikeRow?: number }
  | { kind: 'delete'; row: number; origRow: number; count: number };

export interface CellCheck {
  /** 1-based row before the batch. */
  row: number;
  col: number;
  seen: SeenCell;
}

export interface RowCheck {
  row: number;
  seen: ReadonlyArray<SeenCell>;
}

export interface Plan {
  phases: Phase[];
  checks: CellCheck[];
  rowChecks: RowCheck[];
  /** Formula writes: where they land (null: in a row the batch inserts before `insertedAt`). */
  formulas: { origRow: number | null; insertedAt?: number; col: number; address: string }[];
}

/** Turns a batch into phases, mapping rows between "before the batch" and "now". */
export function planBatch(batch: WriteBatch): Phase[] {
  return plan(batch).phases;
}

export function plan(batch: WriteBatch): Plan {
  const phases: Phase[] = [];
  const inserts: { row: number; count: number }[] = [];
  const checks: CellCheck[] = [];
  const rowChecks: RowCheck[] = [];
  const formulas: Plan['formulas'] = [];
  const checked = new Set<string>();
  const toOriginal = (row: number): number | null => {
    let r = row;
    for (let i = inserts.length - 1; i >= 0; i--) {
      const ins = inserts[i]!;
      if (r >= ins.row + ins.count) r -= ins.count;
      else if (r >= ins.row) return null;
    }
    return r;
  };
  const insertedAt = (row: number): number | undefined => {
    for (let i = inserts.length - 1; i >= 0; i--) {
      const ins = inserts[i]!;
      if (row >= ins.row && row < ins.row + ins.count) return ins.row;
    }
    return undefined;
  };
  const check = (origRow: number | null, col: number, seen: SeenCell | undefined) => {
    if (origRow === null || !seen) return;
    const key = `${origRow},${col}`;
    if (checked.has(key)) return; // the first op saw the sheet before the batch
    checked.add(key);
    checks.push({ row: origRow, col, seen });
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
        const origRow = toOriginal(op.row);
        const w: CellWrite = { row: op.row, col: op.col, origRow, value: op.value };
        if (op.font !== undefined) w.font = op.font;
        if (op.legacy !== undefined && typeof op.value === 'string') w.legacy = op.legacy;
        segment.set(`${op.row},${op.col}`, w);
        check(origRow, op.col, op.seen);
        break;
      }
      case 'formula': {
        const origRow = toOriginal(op.row);
        const w: CellWrite = { row: op.row, col: op.col, origRow, formula: op.formula.replace(/^=/, '') };
        if (op.numFmt) w.numFmt = op.numFmt;
        segment.set(`${op.row},${op.col}`, w);
        check(origRow, op.col, op.seen);
        const f: Plan['formulas'][number] = { origRow, col: op.col, address: `${columnLetter(op.col)}${op.row}` };
        const at = origRow === null ? insertedAt(op.row) : undefined;
        if (at !== undefined) f.insertedAt = at;
        formulas.push(f);
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
      case 'delete-row': {
        deletes.push(op.row);
        if (op.seen) rowChecks.push({ row: op.row, seen: op.seen });
        break;
      }
    }
  }
  flush();
  for (const e of batch.expect ?? []) check(e.row, e.col, e.seen);
  const toNow = (row: number): number => inserts.reduce((r, ins) => (r >= ins.row ? r + ins.count : r), row);
  // Contiguous rows go in one delete (bottom-up).
  const unique = [...new Set(deletes)].map((orig) => ({ orig, now: toNow(orig) })).sort((a, b) => b.now - a.now);
  let block: { orig: number; now: number; count: number } | undefined;
  for (const d of unique) {
    if (block && d.now === block.now - 1 && d.orig === block.orig - 1) {
      block.now = d.now;
      block.orig = d.orig;
      block.count++;
    } else {
      if (block) phases.push({ kind: 'delete', row: block.now, origRow: block.orig, count: block.count });
      block = { ...d, count: 1 };
    }
  }
  if (block) phases.push({ kind: 'delete', row: block.now, origRow: block.orig, count: block.count });
  return { phases, checks, rowChecks, formulas };
}

/** A text written over a cell of the sheet (not a formula, not a number, not in an inserted row). */
function writesText(w: CellWrite): boolean {
  return w.formula === undefined && typeof w.value === 'string' && w.origRow !== null;
}

/**
 * Response bytes of one cell's text runs (getCellProperties): each run's text and its complete
 * font, about 250 bytes for a plain cell; counted so that large batches read them in several syncs.
 */
const RUNS_BYTES_PER_CELL = 300;

/** Runs down the columns or across the rows, whichever needs fewer ranges (each costs a request object). */
function toRuns(writes: CellWrite[]): Run[] {
  const down = runsDown([...writes]);
  const across = runsAcross([...writes]);
  return across.length < down.length ? across : down;
}

function runsAcross(writes: CellWrite[]): Run[] {
  writes.sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: Run[] = [];
  let run: Run | undefined;
  for (const w of writes) {
    const last = run?.cells[run.cells.length - 1];
    if (run && last && w.row === last.row && w.col === last.col + 1) run.cells.push(w);
    else {
      run = { col: w.col, row: w.row, origRow: w.origRow, across: true, cells: [w] };
      runs.push(run);
    }
  }
  return runs;
}

function runsDown(writes: CellWrite[]): Run[] {
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

/** Runs a writing batch: one step of Excel's own undo (ExcelApi 1.20), waiting for cell edit mode to end (1.11). */
export function runWrite<T>(api: ExcelApi, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  const options: Excel.RunOptions = {};
  if (api.isSetSupported('1.20')) options.mergeUndoGroup = true;
  if (api.isSetSupported('1.11')) options.delayForCellEdit = true;
  return api.runWith(options, batch);
}

const code = (e: unknown): string => String((e as { code?: unknown })?.code ?? '');

/** Syncs; a sheet that no longer exists (getItem by id) becomes 'sheet-changed'. */
export async function syncSheet(context: Excel.RequestContext, sheetName?: string): Promise<void> {
  try {
    await context.sync();
  } catch (e) {
    if (code(e) === 'ItemNotFound' || code(e) === 'InvalidObjectPath')
      throw new WorkbookError('sheet-changed', ES.checkedSheetGone, {
        reason: 'sheet-gone',
        ...(sheetName ? { sheetName } : {}),
      });
    throw e;
  }
}

export function protectedError(sheetName: string): WorkbookError {
  return new WorkbookError('protected', ES.sheetProtected(sheetName), { sheetName });
}

export function runnerOptions(api: ExcelApi): RunnerOptions {
  return { patterns: api.isSetSupported('1.9'), rowHidden: api.isSetSupported('1.2'), validation: api.isSetSupported('1.8') };
}

export interface ApplyOptions {
  /** Merged areas of this sheet as last read (0-based): merges that cover a deleted row from above. */
  knownMerges?: readonly MergeRange[];
}

/**
 * The undo entry of a written batch, and what the write learnt (`BatchWritten`: the `readBack`
 * cells, read after the journal's read-back; undefined when that read failed). Throws
 * WorkbookError (nothing written) or JournalError.
 */
export async function applyBatch(api: ExcelApi, batch: WriteBatch, opts: ApplyOptions = {}): Promise<{ entry: UndoEntry; written: BatchWritten | undefined }> {
  const { phases, checks, rowChecks, formulas } = plan(batch);
  const deletes = phases.filter((p): p is Extract<Phase, { kind: 'delete' }> => p.kind === 'delete');
  const structural = phases.some((p) => p.kind !== 'cells');
  const options = runnerOptions(api);
  const copyFormats = api.isSetSupported('1.9');
  const withMerges = api.isSetSupported('1.13');
  return runWrite(api, async (context) => {
    // 1. The sheet, its protection, its size; what the batch will overwrite, as it is now.
    const sheet = context.workbook.worksheets.getItem(batch.sheetId);
    sheet.load('name');
    const protection = api.isSetSupported('1.2') ? sheet.protection : null;
    protection?.load('protected');
    const used = deletes.length ? sheet.getUsedRangeOrNullObject(false) : null;
    used?.load('rowIndex,rowCount,columnIndex,columnCount');
    // The last row holding a value: against the check's, it tells rows inserted or deleted since
    // (a refusal names cells where they are now; the pane reads the whole sheet again after).
    const extent = sheet.getUsedRangeOrNullObject(true);
    extent.load('rowIndex,rowCount');
    // Whether the clerk has moved to another sheet since (the pane then shows this one again).
    const active = context.workbook.worksheets.getActiveWorksheet();
    active.load('id');
    const record = structural && api.isSetSupported('1.4') ? context.workbook.settings.getItemOrNullObject(HIGHLIGHTS_KEY) : null;
    record?.load('value');
    // Tables under the formulas: Range.getTables (ExcelApi 1.9), else every Table of the sheet.
    const scoped = api.isSetSupported('1.9');
    const formulaTables = scoped
      ? formulas
          .filter((f) => f.origRow !== null || f.insertedAt !== undefined)
          .map((f) => {
            const row = f.origRow ?? f.insertedAt!;
            const tables = sheet.getRangeByIndexes(row - 1, f.col, 1, 1).getTables(false);
            tables.load('items/name');
            return { f, tables };
          })
      : [];
    const allTables = !scoped && formulas.length ? sheet.tables : null;
    allTables?.load('items/name');
    // Large scattered batches: the loads go in several requests, each well under 5 MB.
    const budget = new Budget();
    const runSnapshots = new Map<Run, Excel.Range>();
    // The font of each cell whose font a write changes, to put it back on undo.
    const fontSnapshots = new Map<CellWrite, Excel.RangeFont>();
    // The text runs of each legacy repair (ExcelApi 1.18): repaired run by run, put back on undo.
    const runsSnapshots = new Map<CellWrite, () => Excel.RangeTextRun[] | undefined>();
    const richText = api.isSetSupported('1.18');
    const legacyCells = phases.flatMap((p) => (p.kind === 'cells' ? p.runs.flatMap((r) => r.cells.filter((w) => w.legacy !== undefined && w.origRow !== null)) : []));
    // Without textRuns a cell's per-run formatting (a bold word) can be neither read nor kept:
    // nothing is written (the pane refuses these fixes at check time already).
    if (legacyCells.length && !richText)
      throw new WorkbookError('unsupported', 'legacy repair needs ExcelApi 1.18 to keep text runs', {
        userMessage: ES.richTextNeedsApi118(legacyCells.slice(0, 5).map((w) => `${columnLetter(w.col)}${w.origRow}`).join(', ')),
        cells: legacyCells.map((w) => `${columnLetter(w.col)}${w.origRow}`),
      });
    for (const phase of phases) {
      if (phase.kind !== 'cells') continue;
      for (const run of phase.runs) {
        if (run.origRow === null) continue;
        const range = runRange(sheet, run, run.origRow);
        range.load('values,formulas,valueTypes,numberFormat');
        runSnapshots.set(run, range);
        // One read of the runs for the whole range when it writes text (ExcelApi 1.18): a legacy
        // repair is made run by run, any other text over several runs is refused.
        const props = richText && run.cells.some(writesText) ? range.getCellProperties({ textRuns: true }) : null;
        if (props) budget.add(BYTES_PER_RANGE * 2 + run.cells.length * RUNS_BYTES_PER_CELL);
        run.cells.forEach((w, i) => {
          if (writesText(w) && props) runsSnapshots.set(w, () => (run.across ? props.value[0]?.[i] : props.value[i]?.[0])?.textRuns);
          if (w.font === undefined) return;
          const font = (run.across ? range.getCell(0, i) : range.getCell(i, 0)).format.font;
          font.load('name');
          fontSnapshots.set(w, font);
        });
        if (budget.add(BYTES_PER_RANGE)) {
          await syncSheet(context);
          budget.reset();
        }
      }
    }
    const covered = new Set<string>();
    for (const run of runSnapshots.keys()) for (const w of run.cells) if (w.origRow !== null) covered.add(`${w.origRow},${w.col}`);
    const checkReads = await CellReads.load(context, sheet, checks.filter((c) => !covered.has(`${c.row},${c.col}`)), budget);
    await syncSheet(context);
    const name = sheet.name;
    if (protection?.protected) throw protectedError(name);
    const width = !used || used.isNullObject ? 1 : Math.min(MAX_ROW_WIDTH, used.columnIndex + used.columnCount);
    const bottom = !used ? null : used.isNullObject ? 0 : used.rowIndex + used.rowCount;

    // 2. Rows the batch deletes (how wide they are was learnt above), and Table ranges on old hosts.
    interface RowSnap {
      range: Excel.Range;
      fills: (() => FillState)[][];
      rows: Excel.Range[];
      merges: Excel.RangeAreas | null;
      above: Excel.RangeAreas[];
      validation: Excel.DataValidation | null;
      /** The rows' validation by region, read after the probe found some. */
      regions?: ValidationRegion[];
    }
    const rowSnaps = new Map<number, RowSnap>();
    for (const d of deletes) {
      const range = sheet.getRangeByIndexes(d.origRow - 1, 0, d.count, width);
      range.load('values,formulas,valueTypes,numberFormat');
      const fills: (() => FillState)[][] = [];
      const rows: Excel.Range[] = [];
      for (let k = 0; k < d.count; k++) {
        const line: (() => FillState)[] = [];
        for (let c = 0; c < width; c++) line.push(loadFill(sheet, d.origRow + k, c, options.patterns));
        fills.push(line);
        const rowRange = sheet.getRange(rowsAddress(d.origRow + k));
        if (options.rowHidden) rowRange.load('rowHidden');
        rowRange.format.load('rowHeight');
        rows.push(rowRange);
      }
      const merges = withMerges ? range.getMergedAreasOrNullObject() : null;
      merges?.load('address');
      // Merges covering these rows from above: Excel reports an area only from its top-left cell.
      const above = withMerges
        ? (opts.knownMerges ?? [])
            .filter((m) => m.top < d.origRow - 1 && m.bottom >= d.origRow - 1)
            .map((m) => {
              const a = sheet.getRangeByIndexes(m.top, m.left, 1, 1).getMergedAreasOrNullObject();
              a.load('address');
              return a;
            })
        : [];
      // Data validation over the rows: one probe; only rows that have some are read column by column.
      let validation: Excel.DataValidation | null = null;
      if (options.validation) {
        validation = range.dataValidation;
        validation.load('type');
      }
      rowSnaps.set(d.origRow, { range, fills, rows, merges, above, validation });
    }
    const tableRects: { name: string; range: Excel.Range }[] = [];
    for (const t of allTables?.items ?? []) tableRects.push({ name: t.name, range: t.getRange().load('rowIndex,rowCount,columnIndex,columnCount') });
    if (deletes.length || tableRects.length) await context.sync();
    const validated = [...rowSnaps.entries()].filter(([, snap]) => snap.validation && snap.validation.type !== 'None');
    for (const [origRow, snap] of validated) {
      const d = deletes.find((x) => x.origRow === origRow)!;
      const rects: MergeRange[] = [];
      for (let c = 0; c < width; c++) rects.push({ top: origRow - 1, left: c, bottom: origRow - 2 + d.count, right: c });
      snap.regions = (await validationRegions(context, sheet, rects)).flat().filter((g) => g.type !== 'None');
    }

    // What the check saw, against what is there now.
    const snapshotOf = new Map<string, CellState>();
    for (const [run, range] of runSnapshots) {
      const states = statesOf(range);
      run.cells.forEach((w, i) => {
        const s = run.across ? states[0]?.[i] : states[i]?.[0];
        if (s && w.origRow !== null) snapshotOf.set(`${w.origRow},${w.col}`, s);
      });
    }
    // Every cell the batch depends on: those it writes, its expectations, its deleted rows' cells.
    const checked: (CheckedCell & { now: CellState | undefined })[] = checks.map((c) => ({
      row: c.row, col: c.col, seen: c.seen, now: snapshotOf.get(`${c.row},${c.col}`) ?? checkReads.get(c.row, c.col),
    }));
    const deletedStates = new Map<number, CellState[]>();
    for (const d of deletes) {
      const states = statesOf(rowSnaps.get(d.origRow)!.range);
      for (let k = 0; k < d.count; k++) deletedStates.set(d.origRow + k, states[k] ?? []);
    }
    for (const rc of rowChecks) {
      const states = deletedStates.get(rc.row) ?? [];
      // The row must hold what was seen and nothing in a further column (as wide as the sheet is used).
      const n = Math.max(states.length, rc.seen.length);
      for (let c = 0; c < n; c++) checked.push({ row: rc.row, col: c, seen: rc.seen[c] ?? { value: null }, now: states[c] });
    }
    const holdsHere = (c: (typeof checked)[number]) => !c.now || matchesSeenState(c.seen, c.now);
    const lastRowBefore = extent.isNullObject ? 0 : extent.rowIndex + extent.rowCount;
    if (!checked.every(holdsHere)) {
      // Refused. Rows inserted or deleted since the check (the last row moved): read where the
      // cells would be now, so that the refusal names them there (core/fix/moved.ts).
      const shift = batch.lastRow === undefined ? 0 : lastRowBefore - batch.lastRow;
      let shifted: CellReads | undefined;
      if (shift !== 0) {
        shifted = await CellReads.load(context, sheet, checked.filter((c) => c.row + shift >= 1).map((c) => ({ row: c.row + shift, col: c.col })), budget);
        await syncSheet(context);
      }
      const verdict = locateStale(checked, (c, row) => {
        if (row === c.row) return holdsHere(c);
        const now = shifted?.get(row, c.col);
        return !!now && matchesSeenState(c.seen, now);
      }, shift);
      const changes: CellChange[] = verdict.stale.map((v) => {
        const now = v.rowNow === v.cell.row ? v.cell.now : shifted?.get(v.rowNow, v.cell.col);
        const change: CellChange = { address: `${columnLetter(v.cell.col)}${v.rowNow}`, expected: showSeen(v.cell.seen), found: showState(now) };
        if (v.moved) change.moved = true;
        if (!v.placed) change.unplaced = true;
        return change;
      });
      throw new WorkbookError('sheet-changed', ES.sheetChanged(name, changes[0]!.address), {
        reason: 'cells-changed',
        sheetName: name,
        changes: changes.slice(0, 20),
        changeCount: changes.length,
        ...(verdict.rowsMoved !== undefined && { rowsMoved: verdict.rowsMoved }),
        ...(verdict.lastRowMoved !== undefined && { lastRowMoved: verdict.lastRowMoved }),
      });
    }
    // Text over a rich cell (several runs) that is not a legacy repair would write plain text and
    // drop the runs' formatting: refused, as the .xlsx writer refuses it (XS.richTextLost).
    const flattened = [...runsSnapshots]
      .filter(([w, textRunsOf]) => w.legacy === undefined && (textRunsOf()?.length ?? 0) >= 2)
      .map(([w]) => `${columnLetter(w.col)}${w.origRow}`);
    if (flattened.length)
      throw new WorkbookError('unsupported', `text over the text runs of ${flattened.join(', ')} would drop their formatting`, {
        userMessage: ES.richTextLost(flattened.slice(0, 5).join(', ') + (flattened.length > 5 ? '…' : '')),
        cells: flattened,
      });
    // Rich cells (several runs): each run decoded with the core's rule, its legacy font replaced.
    const runsBefore = new Map<CellWrite, Excel.RangeTextRun[]>();
    for (const [w, textRunsOf] of runsSnapshots) {
      if (w.legacy === undefined) continue;
      const runs = textRunsOf() ?? [];
      if (runs.length < 2) continue; // one run: the cell's own text and font, written as such
      const repaired = repairLegacyRuns(
        runs.map((r) => (r.font?.name !== undefined ? { text: r.text, font: r.font.name } : { text: r.text })),
        w.legacy!,
        String(w.value),
      );
      const address = `${columnLetter(w.col)}${w.origRow}`;
      if (!repaired)
        throw new WorkbookError('unsupported', `the text runs of ${address} do not decode to the checked text`, {
          userMessage: ES.richTextNotKept(address),
          cells: [address],
        });
      runsBefore.set(w, runs);
      w.textRuns = runs.map((r, k) => {
        const font = { ...r.font };
        if (repaired[k]!.font !== undefined) font.name = repaired[k]!.font;
        return { text: repaired[k]!.text, font };
      });
    }
    const scopedHits = formulaTables.filter((x) => x.tables.items.length > 0);
    if (scopedHits.length)
      throw new WorkbookError('table-formula', ES.formulaIntoTable(scopedHits[0]!.tables.items[0]!.name), {
        cells: scopedHits.map((h) => h.f.address),
        table: scopedHits[0]!.tables.items[0]!.name,
        sheetName: name,
      });
    for (const t of tableRects) {
      const r = t.range;
      const top = r.rowIndex; // header row
      const inside = (row0: number, col: number) => row0 > top && row0 < r.rowIndex + r.rowCount && col >= r.columnIndex && col < r.columnIndex + r.columnCount;
      const hits = formulas.filter((f) =>
        f.origRow !== null ? inside(f.origRow - 1, f.col) : f.insertedAt !== undefined && inside(f.insertedAt - 1, f.col),
      );
      if (hits.length)
        throw new WorkbookError('table-formula', ES.formulaIntoTable(t.name), {
          cells: hits.map((h) => h.address),
          table: t.name,
          sheetName: name,
        });
    }

    // Merged areas as they will be right before each delete (inserts earlier in the batch move them).
    let merges: MergeRange[] = [];
    for (const d of deletes) {
      const snap = rowSnaps.get(d.origRow)!;
      for (const a of [snap.merges, ...snap.above])
        if (a && !a.isNullObject)
          for (const m of parseRangeAddress(a.address))
            if (m.bottom >= d.origRow - 1 && !merges.some((x) => x.top === m.top && x.left === m.left)) merges.push(m);
    }
    for (const p of phases)
      if (p.kind === 'insert') merges = merges.map((m) => moveMerge(m, { kind: 'insert', row: p.op.beforeRow, count: p.op.values.length }));

    // 3. Write, journaled.
    const steps: UndoStep[] = [];
    const runner = new Runner(context, sheet, options);
    runner.bottom = bottom;
    const intended: { step: number; row: number; col: number; value: string | number | null; formula?: string }[] = [];
    const base = { label: batch.label, sheetId: batch.sheetId, sheetName: name, kind: 'batch' as const };
    try {
      for (const phase of phases) {
        if (phase.kind === 'cells') {
          const step: UndoStep & { kind: 'cells' } = { kind: 'cells', cells: [] };
          steps.push(step); // before its sync: restoring cells is idempotent
          for (const run of phase.runs) {
            const snap = runSnapshots.get(run);
            const states = snap ? statesOf(snap) : [];
            const before = run.across ? (states[0] ?? []) : states.map((line) => line[0]);
            const cells = run.cells.map((w, i): CellInput => {
              const was = before[i]?.numberFormat;
              let format: string | null = w.numFmt ?? null;
              // A number or formula in a cell formatted as text would stay text.
              if (!format && was === '@' && (w.formula !== undefined || typeof w.value === 'number')) format = 'General';
              if (w.formula !== undefined) return { input: '=' + w.formula, asText: false, format };
              const v = w.value ?? null;
              // Text Excel would read as something else: under "@" when the cell's format is known.
              if (typeof v === 'string' && was !== undefined && needsQuote(v) && !v.startsWith("'")) return { input: v, asText: true, format: format ?? was };
              return { input: cellInput(v), asText: false, format };
            });
            const useFormulas = run.cells.some((w) => w.formula !== undefined);
            run.cells.forEach((w, i) => {
              const s = before[i];
              const font = fontSnapshots.get(w);
              const textRuns = runsBefore.get(w);
              if (s)
                step.cells.push({
                  row: w.row,
                  col: w.col,
                  before: { ...s, ...(font && typeof font.name === 'string' && { font: font.name }), ...(textRuns && { textRuns }) },
                } satisfies CellRecord);
              const item: (typeof intended)[number] = { step: steps.length - 1, row: w.row, col: w.col, value: w.value ?? null };
              if (w.formula !== undefined) item.formula = w.formula;
              intended.push(item);
            });
            const runBytes = run.cells.some((w) => w.textRuns) ? BYTES_PER_RANGE + run.cells.reduce((n, w) => n + 3 + (w.textRuns ? jsonSize(JSON.stringify(w.textRuns)) : 0), 0) : 0;
            await runner.queue(BYTES_PER_RANGE * 3 + jsonSize(cells.map((c) => c.input)) + runBytes, () => {
              const range = runRange(sheet, run, run.row);
              writeBlock(range, shape(run, cells), useFormulas);
              // A repaired legacy-font cell (.VnTime) gets a Unicode font, keeping its size and style.
              run.cells.forEach((w, i) => {
                if (w.font !== undefined) (run.across ? range.getCell(0, i) : range.getCell(i, 0)).format.font.name = w.font;
              });
              // Rich cells: their repaired runs, each with its own formatting (after the cell's font);
              // an empty object leaves a cell as it is.
              if (run.cells.some((w) => w.textRuns))
                range.setCellProperties(shape(run, run.cells.map((w): Excel.SettableCellProperties => (w.textRuns ? { textRuns: w.textRuns } : {}))));
            });
          }
        } else if (phase.kind === 'insert') {
          const { op } = phase;
          const count = op.values.length;
          const cols = Math.max(1, ...op.values.map((r) => r.length));
          await structuralStep(runner, steps, 'insert', op.beforeRow, count, () => ({ kind: 'inserted-rows', row: op.beforeRow, count, width: Math.max(cols, width) }));
          const data = op.values.map((r) => Array.from({ length: cols }, (_, c) => cellInput(r[c] ?? null)));
          await runner.queue(BYTES_PER_RANGE * 3 + jsonSize(data), () => {
            if (phase.formatLikeRow !== undefined && copyFormats)
              sheet.getRange(rowsAddress(op.beforeRow, count)).copyFrom(rowsAddress(phase.formatLikeRow), 'Formats');
            sheet.getRangeByIndexes(op.beforeRow - 1, 0, count, cols).values = data;
          });
          op.values.forEach((r, k) => r.forEach((v, c) => intended.push({ step: steps.length - 1, row: op.beforeRow + k, col: c, value: v })));
        } else {
          const snap = rowSnaps.get(phase.origRow)!;
          const cells = statesOf(snap.range);
          const fills = snap.fills.map((line) => line.map((get) => get()));
          const heights = snap.rows.map((r) => r.format.rowHeight);
          const hidden = snap.rows.map((r) => (options.rowHidden ? r.rowHidden : undefined));
          const top = phase.row - 1;
          const bottomRow = top + phase.count - 1;
          const covering = merges.filter((m) => m.top <= bottomRow && m.bottom >= top);
          await structuralStep(runner, steps, 'delete', phase.row, phase.count, () => ({
            kind: 'deleted-rows',
            row: phase.row,
            count: phase.count,
            cells,
            fills,
            heights,
            hidden,
            merges: covering,
            ...(snap.regions?.length ? { validation: snap.regions.map((g) => ({ ...g, rect: { ...g.rect, top: g.rect.top - phase.origRow + phase.row, bottom: g.rect.bottom - phase.origRow + phase.row } })) } : {}),
            width,
          }));
          merges = merges.map((m) => moveMerge(m, { kind: 'delete', row: phase.row, count: phase.count })).filter((m): m is MergeRange => m !== null);
        }
      }
      // Highlights phuluc painted on this sheet follow the rows.
      const shifts = steps.map((s) => (s.kind === 'inserted-rows' ? { kind: 'insert' as const, row: s.row, count: s.count } : s.kind === 'deleted-rows' ? { kind: 'delete' as const, row: s.row, count: s.count } : null)).filter((s): s is RowShift => s !== null);
      if (record && !record.isNullObject && shifts.length) {
        const before = typeof record.value === 'string' ? record.value : JSON.stringify(record.value);
        const after = shiftHighlights(before, batch.sheetId, shifts);
        if (after !== before) {
          steps.push({ kind: 'setting', key: HIGHLIGHTS_KEY, before });
          await runner.queue(BYTES_PER_RANGE + after.length * 3, () => context.workbook.settings.add(HIGHLIGHTS_KEY, after));
        }
      }

      // 4. Read back (in the same sync as the last writes); every written cell must hold what was meant.
      const after = await flushAndReadBack(runner, steps);
      const at = new Map<string, CellState>();
      for (const a of after) if (a.kind === 'cell' && !a.sheet) at.set(`${a.row},${a.col}`, a.state);
      const wrong: CellChange[] = [];
      for (const w of intended) {
        const row = mapForward(w.row, steps, w.step);
        if (row === null) continue;
        const now = at.get(`${row},${w.col}`);
        if (now && !holds(now, w.value, w.formula))
          wrong.push({ address: `${columnLetter(w.col)}${row}`, expected: w.formula !== undefined ? '=' + w.formula : String(w.value ?? ''), found: showState(now) });
      }
      if (wrong.length) throw new NotAsMeant(wrong);
      const entry: UndoEntry = { ...base, steps, after };
      return { entry, written: await recalculated(context, sheet, batch, steps, { lastRowBefore, active: active.id === batch.sheetId }) };
    } catch (e) {
      throw await rollback(runner, steps, e, base);
    }
  });
}

/** Excel stored something else than what phuluc wrote (e.g. read text as a date). */
export class NotAsMeant extends Error {
  constructor(readonly changes: CellChange[]) {
    super(`Excel did not store what was written: ${changes.map((c) => c.address).join(', ')}`);
  }
}

function holds(s: CellState, value: string | number | null, formula?: string): boolean {
  const isF = typeof s.formula === 'string' && s.formula.startsWith('=') && s.formula !== s.value;
  if (formula !== undefined) return isF && String(s.formula).toUpperCase() === ('=' + formula).toUpperCase();
  if (isF) return false;
  if (value === null || value === '') return s.type === 'Empty' || s.value === '';
  if (typeof value === 'number') return typeof s.value === 'number' && Math.abs(s.value - value) <= 1e-9 * Math.max(1, Math.abs(value));
  return s.value === value && s.type === 'String';
}

/**
 * The cells the pane asked for (`readBack`: formulas) as Excel recalculated them, read in a sync
 * of their own after the writes (a value read in the sync that writes may be the old one), at
 * the rows the batch moved them to. Undefined when that read fails: the batch is written and on
 * the undo stack all the same, and the pane reads the sheet again.
 */
async function recalculated(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  batch: WriteBatch,
  steps: readonly UndoStep[],
  facts: Omit<BatchWritten, 'cells'>,
): Promise<BatchWritten | undefined> {
  const asked = (batch.readBack ?? []).flatMap((p) => {
    const row = mapForward(p.row, steps, -1);
    return row === null ? [] : [{ row: p.row, col: p.col, now: row }];
  });
  if (!asked.length) return { ...facts, cells: [] };
  try {
    const reads = await CellReads.load(context, sheet, asked.map((p) => ({ row: p.now, col: p.col })));
    await syncSheet(context);
    const cells = asked.map((p) => {
      const st = reads.get(p.now, p.col);
      return { row: p.row, col: p.col, cell: st && toCell(st.value, st.type, st.formula, st.numberFormat) };
    });
    return { ...facts, cells };
  } catch {
    return undefined;
  }
}

/** Merged areas carried across a batch's row inserts and deletes (`steps`), as Excel moves them. */
export function shiftMerges(merges: readonly MergeRange[], steps: readonly UndoStep[]): MergeRange[] {
  let out = [...merges];
  for (const step of steps) {
    const shift = shiftOf(step);
    if (shift) out = out.map((m) => moveMerge(m, shift)).filter((m): m is MergeRange => m !== null);
  }
  return out;
}

/** Excel's rule for a merged area when rows move (it grows when rows go inside, shrinks when they go). */
function moveMerge(m: MergeRange, shift: RowShift): MergeRange;
function moveMerge(m: MergeRange, shift: RowShift): MergeRange | null;
function moveMerge(m: MergeRange, shift: RowShift): MergeRange | null {
  const at = shift.row - 1;
  const n = shift.count;
  if (shift.kind === 'insert') return m.top >= at ? { ...m, top: m.top + n, bottom: m.bottom + n } : m.bottom >= at ? { ...m, bottom: m.bottom + n } : m;
  const end = at + n - 1;
  if (m.bottom < at) return m;
  if (m.top > end) return { ...m, top: m.top - n, bottom: m.bottom - n };
  const top = m.top < at ? m.top : at;
  const bottom = m.bottom > end ? m.bottom - n : at - 1;
  return bottom < top ? null : { ...m, top, bottom };
}

/** A row insert or delete in its own sync; its undo step is recorded once Excel confirmed it. */
async function structuralStep(runner: Runner, steps: UndoStep[], kind: 'insert' | 'delete', row: number, count: number, step: () => UndoStep): Promise<void> {
  try {
    await runner.structural(kind, row, count);
  } catch (e) {
    if (e instanceof StructuralError && e.happened === 'done') steps.push(step());
    throw e;
  }
  steps.push(step());
}

/** After a failure: undo what was done. Returns the error to throw. */
export async function rollback(runner: Runner, steps: UndoStep[], cause: unknown, base: Omit<UndoEntry, 'steps' | 'after'>): Promise<unknown> {
  if (cause instanceof WorkbookError) return cause;
  if (cause instanceof StructuralError && cause.happened === 'unknown') {
    return new JournalError(cause.cause, 'unknown');
  }
  const original = cause instanceof StructuralError ? cause.cause : cause;
  try {
    await revertSteps(runner, steps);
    if (original instanceof NotAsMeant) return original;
    return new JournalError(original, 'nothing-written');
  } catch {
    try {
      const after = await readBack(runner.context, runner.sheet, steps);
      return new JournalError(original, 'undo-available', { ...base, steps, after });
    } catch {
      return new JournalError(original, 'unknown');
    }
  }
}

/** Paints fills (journaled, exact previous fill kept): used by highlights. */
export async function paintFills(runner: Runner, cells: { row: number; col: number; before: FillState; painted: FillState }[]): Promise<void> {
  for (const c of cells)
    await runner.queue(BYTES_PER_FILL, () => applyFill(runner.sheet.getRangeByIndexes(c.row - 1, c.col, 1, 1).format.fill, c.painted, runner.options.patterns));
}

/**
 * Undoes an entry after checking that the sheet still holds what the entry left. Returns
 * 'already-undone' when everything is back as before the action (Excel's Ctrl+Z): nothing is
 * written then. Throws 'undo-stale' (nothing restored) when anything else differs; on a failure
 * half-way the entry keeps what is left to undo (JournalError 'undo-available').
 */
export async function revertEntry(api: ExcelApi, entry: UndoEntry): Promise<'undone' | 'already-undone'> {
  const options = runnerOptions(api);
  return runWrite(api, async (context) => {
    const sheet = context.workbook.worksheets.getItem(entry.sheetId);
    sheet.load('name');
    const protection = api.isSetSupported('1.2') ? sheet.protection : null;
    protection?.load('protected');
    await syncSheet(context, entry.sheetName);
    if (protection?.protected) throw protectedError(sheet.name);
    const verdict = await verify(context, sheet, entry, options);
    const runner = new Runner(context, sheet, options);
    if (verdict.changeCount) {
      if (verdict.alreadyUndone) {
        // Excel's undo put the cells back; phuluc's own records (settings) are not on it.
        const settings = entry.steps.filter((s) => s.kind === 'setting');
        await revertSteps(runner, settings);
        return 'already-undone';
      }
      throw new WorkbookError('undo-stale', ES.changedAfterWrite(verdict.changes[0]!.address), {
        sheetName: sheet.name,
        changes: verdict.changes,
        changeCount: verdict.changeCount,
        ...(verdict.rowsMoved !== undefined && { rowsMoved: verdict.rowsMoved }),
      });
    }
    try {
      await revertSteps(runner, entry.steps);
    } catch (e) {
      let state: 'undo-available' | 'unknown' = 'unknown';
      try {
        entry.after = await readBack(context, sheet, entry.steps);
        state = 'undo-available';
      } catch {
        // What is left cannot be checked: the entry's check will refuse it.
      }
      throw new JournalError(e instanceof StructuralError ? e.cause : e, state);
    }
    return 'undone';
  });
}
