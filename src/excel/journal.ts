/**
 * Runs journaled writes inside one Excel.run: the part of the adapter that makes every action
 * all-or-nothing. Writes whose undo is idempotent (cells, fills, validation, settings) are recorded
 * before their sync and batched; a row insert or delete is the last command of its own sync and is
 * recorded once Excel confirms it. Excel keeps the commands of a failed sync that ran before the
 * failing one, so after a failure the journal still covers everything that may have been done,
 * and reverting it restores the sheet exactly. When Excel's answer is lost, the sheet's used range
 * tells whether a row insert or delete happened.
 */
import { columnLetter, type MergeRange } from '../core/grid';
import { needsQuote, rowsAddress, textInput } from './office-api';
import { isFormula } from './read';
import {
  mapBackward,
  mapForward,
  sameFill,
  sameState,
  showState,
  type AfterCell,
  type CellRecord,
  type CellState,
  type FillState,
  type UndoEntry,
  type UndoStep,
  type ValidationRegion,
} from './undo';
import type { CellChange } from './types';
import { ES } from './strings';

/**
 * Request bytes allowed before a sync (Excel on the web refuses 5 MB). Estimated per command
 * from sizes measured with Microsoft's client (test/excel/officejs): a new Range costs about
 * 400 bytes in Excel.run, plus the JSON of what is written.
 */
export const REQUEST_BUDGET = 2_000_000;
export const BYTES_PER_RANGE = 450;
export const BYTES_PER_FILL = 700;

/** Counts request bytes; says when to sync. */
export class Budget {
  private bytes = 0;
  add(n: number): boolean {
    this.bytes += n;
    return this.bytes >= REQUEST_BUDGET;
  }
  reset(): void {
    this.bytes = 0;
  }
  get used(): number {
    return this.bytes;
  }
}

export function jsonSize(v: unknown): number {
  if (typeof v === 'string') return v.length * 3 + 2;
  if (Array.isArray(v)) {
    let n = 2;
    for (const x of v) n += jsonSize(x) + 1;
    return n;
  }
  return 20;
}


/** What a snapshot range reports, cell by cell. */
export function statesOf(range: Excel.Range): CellState[][] {
  const { values, formulas, valueTypes, numberFormat } = range;
  return values.map((line, i) =>
    line.map((value: unknown, j) => ({
      value,
      formula: formulas[i]?.[j],
      type: valueTypes[i]?.[j] ?? 'Empty',
      numberFormat: String(numberFormat[i]?.[j] ?? 'General'),
    })),
  );
}

/** The input that puts a recorded cell back as it was (text that needs it with an apostrophe). */
export function restoreInput(s: CellState): unknown {
  if (isFormula(s.formula, s.value)) return s.formula;
  if (s.type === 'Empty' || s.value === '' || s.value === null || s.value === undefined) return '';
  if (typeof s.value === 'string') return s.type === 'Error' ? s.value : textInput(s.value);
  return s.value;
}

/** One cell of a column write: its input, and its number format after the write (null: as it is). */
export interface CellInput {
  input: unknown;
  /**
   * Text Excel would read as something else: written under the text format "@", no apostrophe
   * (text that starts with an apostrophe keeps one: Excel always takes a leading one as the prefix).
   */
  asText: boolean;
  format: string | null;
}

/** How to write a recorded cell back: text goes in under "@" so that it gets no quote-prefix style. */
export function restoreCell(s: CellState): CellInput {
  if (typeof s.value === 'string' && s.type === 'String' && !isFormula(s.formula, s.value) && needsQuote(s.value) && !s.value.startsWith("'"))
    return { input: s.value, asText: true, format: s.numberFormat };
  return { input: restoreInput(s), asText: false, format: s.numberFormat };
}

/**
 * Writes a block of cells: text that Excel would read as a number, date or formula is written
 * with the cells formatted as text ("@") and then given their number formats back, so it stays
 * exactly that text without the apostrophe's quote-prefix style (which would keep a number a
 * clerk types there later as text). Three commands at most.
 */
export function writeBlock(range: Excel.Range, cells: CellInput[][], useFormulas: boolean): void {
  const anyText = cells.some((r) => r.some((c) => c.asText));
  const formats = cells.map((r) => r.map((c) => c.format));
  if (anyText) range.numberFormat = cells.map((r) => r.map((c) => (c.asText ? '@' : c.format)));
  else if (formats.some((r) => r.some((f) => f !== null))) range.numberFormat = formats;
  const inputs = cells.map((r) => r.map((c) => c.input));
  if (useFormulas) range.formulas = inputs;
  else range.values = inputs;
  if (anyText) range.numberFormat = cells.map((r) => r.map((c) => (c.asText ? c.format : null)));
}

/**
 * Loads cells of one sheet (1-based rows) as few ranges as it can: runs down the columns or
 * across the rows, whichever are fewer. With a budget, `ready()` syncs as the loads grow (each
 * request well under 5 MB); get() after the last sync.
 */
export class CellReads {
  private runs: { range: Excel.Range; across: boolean }[] = [];
  private index = new Map<string, { run: number; i: number }>();

  /** Queues the loads in one go (for few cells; the caller syncs). */
  constructor(sheet: Excel.Worksheet, positions: { row: number; col: number }[]) {
    for (const r of CellReads.plan(positions)) this.add(sheet, r);
  }

  /**
   * Queues the loads, syncing whenever the request grows past `budget` (each request well under
   * 5 MB); the caller's next sync sends the rest.
   */
  static async load(context: Excel.RequestContext, sheet: Excel.Worksheet, positions: { row: number; col: number }[], budget = new Budget()): Promise<CellReads> {
    const reads = new CellReads(sheet, []);
    for (const r of CellReads.plan(positions)) {
      if (budget.add(BYTES_PER_RANGE)) {
        await context.sync();
        budget.reset();
      }
      reads.add(sheet, r);
    }
    return reads;
  }

  private static plan(positions: { row: number; col: number }[]) {
    const keys = [...new Map(positions.map((p) => [`${p.row},${p.col}`, p])).values()];
    const down = groupRuns(keys, false);
    const across = groupRuns(keys, true);
    return across.length < down.length ? across : down;
  }

  private add(sheet: Excel.Worksheet, r: { row: number; col: number; n: number; across: boolean }): void {
    const range = r.across ? sheet.getRangeByIndexes(r.row - 1, r.col, 1, r.n) : sheet.getRangeByIndexes(r.row - 1, r.col, r.n, 1);
    range.load('values,formulas,valueTypes,numberFormat');
    for (let i = 0; i < r.n; i++) this.index.set(r.across ? `${r.row},${r.col + i}` : `${r.row + i},${r.col}`, { run: this.runs.length, i });
    this.runs.push({ range, across: r.across });
  }

  get(row: number, col: number): CellState | undefined {
    const at = this.index.get(`${row},${col}`);
    if (!at) return undefined;
    const { range, across } = this.runs[at.run]!;
    const states = statesOf(range);
    return across ? states[0]?.[at.i] : states[at.i]?.[0];
  }
}

/** Runs of consecutive cells, down (same column) or across (same row). */
function groupRuns(cells: { row: number; col: number }[], across: boolean): { row: number; col: number; n: number; across: boolean }[] {
  const sorted = [...cells].sort((a, b) => (across ? a.row - b.row || a.col - b.col : a.col - b.col || a.row - b.row));
  const out: { row: number; col: number; n: number; across: boolean }[] = [];
  let cur: { row: number; col: number; n: number; across: boolean } | undefined;
  for (const c of sorted) {
    if (cur && (across ? cur.row === c.row && c.col === cur.col + cur.n : cur.col === c.col && c.row === cur.row + cur.n)) cur.n++;
    else {
      cur = { row: c.row, col: c.col, n: 1, across };
      out.push(cur);
    }
  }
  return out;
}

function fillOf(f: Excel.RangeFill, patterns: boolean): FillState {
  return patterns ? { color: f.color, pattern: f.pattern, patternColor: f.patternColor ?? null } : { color: f.color };
}

/** Loads one cell's fill (colour, and pattern where ExcelApi 1.9 has it). */
export function loadFill(sheet: Excel.Worksheet, row: number, col: number, patterns: boolean): () => FillState {
  const fill = sheet.getRangeByIndexes(row - 1, col, 1, 1).format.fill;
  fill.load(patterns ? 'color,pattern,patternColor' : 'color');
  return () => fillOf(fill, patterns);
}

/** Address characters per RangeAreas (Worksheet.getRanges): several hundred cells each. */
export const AREAS_ADDRESS_CHARS = 1_500;
const AREAS_PER_SYNC = 300;
const CELLS_PER_SYNC = 2_000;

/** Vertical runs of cells as A1 parts ("H7", "H9:H12"), chunked into getRanges addresses. */
export function areaAddresses(cells: { row: number; col: number }[]): { address: string; cells: { row: number; col: number }[] }[] {
  const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  const out: { address: string; cells: { row: number; col: number }[] }[] = [];
  let cur: { address: string; cells: { row: number; col: number }[] } | undefined;
  let run: { col: number; top: number; bottom: number; cells: { row: number; col: number }[] } | undefined;
  const emit = () => {
    if (!run) return;
    const part = `${columnLetter(run.col)}${run.top}${run.bottom > run.top ? `:${columnLetter(run.col)}${run.bottom}` : ''}`;
    if (!cur || cur.address.length + part.length + 1 > AREAS_ADDRESS_CHARS) {
      cur = { address: part, cells: [...run.cells] };
      out.push(cur);
    } else {
      cur.address += `,${part}`;
      cur.cells.push(...run.cells);
    }
    run = undefined;
  };
  for (const c of sorted) {
    if (run && run.col === c.col && c.row === run.bottom + 1) {
      run.bottom = c.row;
      run.cells.push(c);
    } else if (!(run && run.col === c.col && c.row === run.bottom)) {
      emit();
      run = { col: c.col, top: c.row, bottom: c.row, cells: [c] };
    }
  }
  emit();
  return out;
}

/**
 * The fill of each cell (1-based rows), loaded in few objects: with ExcelApi 1.9 cells go in
 * RangeAreas of a few hundred, and an area whose fill is one and the same answers for all its
 * cells (most sheets have no fill); the others, and hosts without 1.9, are loaded cell by cell.
 * Few objects matter: Excel.run releases every range it made in one request at its end.
 */
export async function loadFills(context: Excel.RequestContext, sheet: Excel.Worksheet, cells: { row: number; col: number }[], patterns: boolean): Promise<Map<string, FillState>> {
  const out = new Map<string, FillState>();
  let single = cells;
  if (patterns) {
    single = [];
    const groups = areaAddresses(cells);
    for (let i = 0; i < groups.length; i += AREAS_PER_SYNC) {
      const part = groups.slice(i, i + AREAS_PER_SYNC).map((g) => {
        const fill = (sheet.getRanges(g.address) as unknown as Excel.RangeAreas).format.fill;
        fill.load('color,pattern,patternColor');
        return { g, fill };
      });
      await context.sync();
      for (const { g, fill } of part) {
        if (fill.color !== null && fill.pattern !== null && (fill.pattern === 'None' || fill.pattern === 'Solid' || fill.patternColor !== null)) {
          const f = fillOf(fill, true);
          for (const c of g.cells) out.set(`${c.row},${c.col}`, f);
        } else single.push(...g.cells);
      }
    }
  }
  for (let i = 0; i < single.length; i += CELLS_PER_SYNC) {
    const part = single.slice(i, i + CELLS_PER_SYNC).map((c) => ({ c, get: loadFill(sheet, c.row, c.col, patterns) }));
    await context.sync();
    for (const { c, get } of part) out.set(`${c.row},${c.col}`, get());
  }
  return out;
}

/** Queues exact fills, cells with the same fill together (RangeAreas with ExcelApi 1.9). */
export async function queueFills(runner: Runner, sheet: Excel.Worksheet, cells: { row: number; col: number; fill: FillState }[]): Promise<void> {
  const { patterns } = runner.options;
  const byFill = new Map<string, { fill: FillState; cells: { row: number; col: number }[] }>();
  for (const c of cells) {
    const key = JSON.stringify(c.fill);
    const g = byFill.get(key) ?? byFill.set(key, { fill: c.fill, cells: [] }).get(key)!;
    g.cells.push(c);
  }
  for (const { fill, cells: group } of byFill.values()) {
    if (patterns)
      for (const a of areaAddresses(group))
        await runner.queue(BYTES_PER_RANGE * 3 + a.address.length, () => applyFill((sheet.getRanges(a.address) as unknown as Excel.RangeAreas).format.fill, fill, patterns));
    else for (const c of group) await runner.queue(BYTES_PER_FILL, () => applyFill(sheet.getRangeByIndexes(c.row - 1, c.col, 1, 1).format.fill, fill, patterns));
  }
}

/** Gives a cell (range) back an exact fill: "no fill" is cleared, never painted white. */
export function applyFill(fill: Excel.RangeFill, f: FillState, patterns: boolean): void {
  if (f.pattern === 'None' || (!patterns && f.color.toUpperCase() === '#FFFFFF')) {
    fill.clear();
    return;
  }
  if (patterns && (f.pattern === 'Solid' || f.pattern === undefined)) fill.pattern = 'Solid';
  fill.color = f.color;
  if (patterns && f.pattern && f.pattern !== 'Solid') fill.pattern = f.pattern as Excel.FillPattern;
  if (patterns && f.patternColor && f.pattern !== 'Solid') fill.patternColor = f.patternColor;
}

/** Failure with the journal state, for the adapter to turn into a WorkbookError. */
export class JournalError extends Error {
  constructor(
    override readonly cause: unknown,
    /** 'nothing-written': rolled back; 'undo-available': `remaining` undoes what was done; 'unknown'. */
    readonly state: 'nothing-written' | 'undo-available' | 'unknown',
    readonly remaining?: UndoEntry,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'JournalError';
  }
}

export interface RunnerOptions {
  /** ExcelApi 1.9: fill patterns. */
  patterns: boolean;
  /** ExcelApi 1.2: row visibility. */
  rowHidden: boolean;
  /** ExcelApi 1.8: data validation (kept with deleted rows, so that undo gives it back). */
  validation?: boolean;
}

/**
 * Queues and syncs journaled writes on one sheet. `steps` is the journal: append-only while
 * applying, popped from the end while reverting.
 */
export class Runner {
  readonly budget = new Budget();
  /** Last used row (1-based, formats included), 0 for an empty sheet; null when unknown. */
  bottom: number | null = null;
  private queued = 0;
  /** Something was written since `bottom` was learnt. */
  private dirty = false;

  constructor(
    readonly context: Excel.RequestContext,
    readonly sheet: Excel.Worksheet,
    readonly options: RunnerOptions,
  ) {}

  /** Queues idempotent writes worth `bytes`; syncs first when the request would grow too big. */
  async queue(bytes: number, write: () => void): Promise<void> {
    if (this.queued && this.budget.used + bytes >= REQUEST_BUDGET) await this.flush();
    write();
    this.queued++;
    this.dirty = true;
    this.budget.add(bytes);
  }

  /**
   * Syncs what is queued; with `learnBottom`, also learns the used range's last row after it;
   * with `always`, syncs even with no write queued (loads are).
   */
  async flush(learnBottom = false, always = false): Promise<void> {
    const used = learnBottom ? this.sheet.getUsedRangeOrNullObject(false) : null;
    used?.load('rowIndex,rowCount');
    if (!this.queued && !used && !always) return;
    this.queued = 0;
    this.budget.reset();
    await this.context.sync();
    if (used) {
      this.bottom = used.isNullObject ? 0 : used.rowIndex + used.rowCount;
      this.dirty = false;
    }
  }

  private async learnBottom(): Promise<number | null> {
    try {
      const used = this.sheet.getUsedRangeOrNullObject(false);
      used.load('rowIndex,rowCount');
      await this.context.sync();
      return used.isNullObject ? 0 : used.rowIndex + used.rowCount;
    } catch {
      return null;
    }
  }

  /**
   * Runs one row insert or delete as the only write of its sync, and returns once Excel has
   * confirmed it. On failure it learns from the used range whether the rows moved and throws a
   * StructuralError saying 'done', 'not-done' or 'unknown'. Rows entirely below the used range
   * change nothing either way ('not-done').
   */
  async structural(kind: 'insert' | 'delete', row: number, count: number): Promise<void> {
    await this.flush(this.bottom === null || this.dirty);
    const bottom = this.bottom;
    const rows = this.sheet.getRange(rowsAddress(row, count));
    if (kind === 'insert') rows.insert('Down');
    else rows.delete('Up');
    try {
      await this.context.sync();
    } catch (e) {
      const now = await this.learnBottom();
      this.bottom = now;
      let happened: 'done' | 'not-done' | 'unknown' = 'unknown';
      if (bottom !== null && now !== null) {
        const last = row + count - 1;
        if (row > bottom) happened = 'not-done';
        else if (kind === 'insert') happened = now === bottom + count ? 'done' : now === bottom ? 'not-done' : 'unknown';
        else if (last < bottom) happened = now === bottom - count ? 'done' : now === bottom ? 'not-done' : 'unknown';
        else happened = now < bottom ? 'done' : 'not-done';
      }
      throw new StructuralError(e, happened);
    }
    if (bottom !== null && kind === 'insert' && row <= bottom) this.bottom = bottom + count;
    else if (bottom !== null && kind === 'delete' && row + count - 1 < bottom) this.bottom = bottom - count;
    else this.bottom = null;
  }
}

export class StructuralError extends Error {
  constructor(
    override readonly cause: unknown,
    readonly happened: 'done' | 'not-done' | 'unknown',
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

/** Queues writing recorded cells back (values or formulas, and number formats), as vertical runs. */
export async function restoreCells(runner: Runner, sheet: Excel.Worksheet, cells: { row: number; col: number; state: CellState }[]): Promise<void> {
  const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  let run: typeof sorted = [];
  const emit = async () => {
    if (!run.length) return;
    const first = run[0]!;
    const cells = run.map((c) => [restoreCell(c.state)]);
    const fonts = run.map((c) => c.state.font);
    const textRuns = run.map((c) => c.state.textRuns);
    const runBytes = textRuns.reduce((n, t) => n + (t ? BYTES_PER_RANGE + jsonSize(JSON.stringify(t)) : 0), 0);
    await runner.queue(BYTES_PER_RANGE * 2 + jsonSize(cells.map((c) => [c[0]!.input])) + runBytes, () => {
      const range = sheet.getRangeByIndexes(first.row - 1, first.col, cells.length, 1);
      writeBlock(range, cells, true);
      // A font the batch changed (a repaired .VnTime cell) goes back too, then a rich cell's runs.
      fonts.forEach((f, i) => {
        if (f !== undefined) range.getCell(i, 0).format.font.name = f;
      });
      textRuns.forEach((t, i) => {
        if (t !== undefined) range.getCell(i, 0).setCellProperties([[{ textRuns: t }]]);
      });
    });
    run = [];
  };
  for (const c of sorted) {
    const last = run[run.length - 1];
    if (last && last.col === c.col && c.row === last.row + 1) run.push(c);
    else {
      await emit();
      run.push(c);
    }
  }
  await emit();
}

/** Positions a step's effects can be checked at, valid right after the step. */
function checkPoints(step: UndoStep): { row: number; col: number }[] {
  switch (step.kind) {
    case 'cells':
      return step.cells.map((c) => ({ row: c.row, col: c.col }));
    case 'inserted-rows': {
      // The inserted rows, and the row below them (where it was before, for "already undone").
      const out: { row: number; col: number }[] = [];
      for (let r = step.row; r <= step.row + step.count; r++) for (let c = 0; c < step.width; c++) out.push({ row: r, col: c });
      return out;
    }
    case 'deleted-rows': {
      const out: { row: number; col: number }[] = [];
      const rows = step.reinserted ? Array.from({ length: step.count }, (_, k) => step.row + k) : [step.row - 1, step.row];
      for (const r of rows) if (r >= 1) for (let c = 0; c < step.width; c++) out.push({ row: r, col: c });
      return out;
    }
    default:
      return [];
  }
}

/**
 * Queues loads of what the entry's cells hold, at their positions after the last step; call
 * `collect()` after the next sync (which may also carry the last writes: loads queued after
 * writes see them). For fills and validation the adapter knows what it set; other sheets' cells
 * are read by name.
 */
export function prepareReadBack(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  steps: readonly UndoStep[],
  inParts = false,
): { ready: Promise<unknown>; collect(): AfterCell[] } {
  const points = new Map<string, { row: number; col: number }>();
  const known: AfterCell[] = [];
  const others: { name: string; reads: CellReads; cells: CellRecord[] }[] = [];
  steps.forEach((step, i) => {
    for (const p of checkPoints(step)) {
      const row = mapForward(p.row, steps, i);
      if (row !== null) points.set(`${row},${p.col}`, { row, col: p.col });
    }
    if (step.kind === 'fills')
      for (const f of step.cells) {
        const row = mapForward(f.row, steps, i);
        if (row !== null) known.push({ kind: 'fill', row, col: f.col, state: f.painted });
      }
    if (step.kind === 'validation') {
      const rule = step.rule as Record<string, unknown> | undefined;
      known.push({ kind: 'validation', rect: step.rect, type: rule && 'list' in rule ? 'List' : 'Custom' });
    }
    if (step.kind === 'sheet-cells') {
      const other = context.workbook.worksheets.getItem(step.sheet);
      others.push({ name: step.sheet, reads: new CellReads(other, step.cells), cells: step.cells });
    }
  });
  const extent = lastRowOf(sheet);
  let reads = new CellReads(sheet, []);
  const ready = inParts
    ? CellReads.load(context, sheet, [...points.values()]).then((r) => (reads = r))
    : Promise.resolve((reads = new CellReads(sheet, [...points.values()])));
  return {
    ready,
    collect() {
      const out = [...known];
      const lastRow = extent.get();
      if (lastRow !== undefined) out.push({ kind: 'extent', lastRow });
      for (const p of points.values()) {
        const state = reads.get(p.row, p.col);
        if (state) out.push({ kind: 'cell', row: p.row, col: p.col, state });
      }
      for (const o of others)
        for (const c of o.cells) {
          const state = o.reads.get(c.row, c.col);
          if (state) out.push({ kind: 'cell', sheet: o.name, row: c.row, col: c.col, state });
        }
      return out;
    },
  };
}

/**
 * Queues a load of the sheet's last row holding a value (used range, values only); `get()` after
 * the next sync gives it (1-based, 0 for an empty sheet), or undefined when it could not be read.
 */
function lastRowOf(sheet: Excel.Worksheet): { get(): number | undefined } {
  let used: Excel.Range | undefined;
  try {
    used = sheet.getUsedRangeOrNullObject(true);
    used.load('rowIndex,rowCount');
  } catch {
    used = undefined;
  }
  return {
    get() {
      try {
        if (!used) return undefined;
        return used.isNullObject ? 0 : used.rowIndex + used.rowCount;
      } catch {
        return undefined;
      }
    },
  };
}

/** Read-backs of more cells than this go in requests of their own, in parts. */
const READ_BACK_IN_ONE = 1_500;

/** What the entry's cells hold now (one sync of loads, more for many cells). */
export async function readBack(context: Excel.RequestContext, sheet: Excel.Worksheet, steps: readonly UndoStep[]): Promise<AfterCell[]> {
  const r = prepareReadBack(context, sheet, steps, true);
  await r.ready;
  await context.sync();
  return r.collect();
}

/** Queues the read-back after what the runner has queued, and syncs both together (when small). */
export async function flushAndReadBack(runner: Runner, steps: readonly UndoStep[]): Promise<AfterCell[]> {
  const small = steps.reduce((n, s) => n + checkPoints(s).length, 0) <= READ_BACK_IN_ONE;
  if (!small) {
    await runner.flush();
    return readBack(runner.context, runner.sheet, steps);
  }
  const r = prepareReadBack(runner.context, runner.sheet, steps);
  await runner.flush(false, true);
  return r.collect();
}

export interface Verdict {
  /** Cells that differ from `after` (what phuluc left). */
  changes: CellChange[];
  changeCount: number;
  /** Everything phuluc changed is back as it was before the action (Excel's Ctrl+Z). */
  alreadyUndone: boolean;
  /** Rows inserted (> 0) or deleted (< 0) above phuluc's cells since the action, when some moved. */
  rowsMoved?: number;
}

const fillText = (f: FillState | undefined): string =>
  !f ? '' : f.pattern === 'None' ? ES.noFill : ES.fillDesc(f.color, f.pattern);

/** Compares the sheet now with what the entry left (`after`) and with what was there before. */
export async function verify(context: Excel.RequestContext, sheet: Excel.Worksheet, entry: UndoEntry, options: RunnerOptions): Promise<Verdict> {
  const cells = entry.after.filter((a): a is Extract<AfterCell, { kind: 'cell' }> => a.kind === 'cell');
  const bySheet = new Map<string | undefined, Extract<AfterCell, { kind: 'cell' }>[]>();
  for (const c of cells) bySheet.set(c.sheet, [...(bySheet.get(c.sheet) ?? []), c]);
  const reads = new Map<string | undefined, CellReads>();
  const budget = new Budget();
  for (const [name, list] of bySheet) reads.set(name, await CellReads.load(context, name === undefined ? sheet : context.workbook.worksheets.getItem(name), list, budget));
  const afterFills = entry.after.filter((a): a is Extract<AfterCell, { kind: 'fill' }> => a.kind === 'fill');
  const validations = entry.after
    .filter((a): a is Extract<AfterCell, { kind: 'validation' }> => a.kind === 'validation')
    .map((v) => {
      const dv = sheet.getRangeByIndexes(v.rect.top, v.rect.left, v.rect.bottom - v.rect.top + 1, v.rect.right - v.rect.left + 1).dataValidation;
      dv.load('type');
      return { v, dv };
    });

  const afterAt = new Map<string, CellState>();
  for (const c of cells) if (!c.sheet) afterAt.set(`${c.row},${c.col}`, c.state);
  // Before the action: where its cells were and what they held (for "already undone").
  const origin: { row: number; col: number; state?: CellState; fill?: FillState }[] = [];
  entry.steps.forEach((step, i) => {
    if (step.kind === 'cells')
      for (const c of step.cells) {
        const row = mapBackward(c.row, entry.steps, i - 1);
        if (row !== null) origin.push({ row, col: c.col, state: c.before });
      }
    if (step.kind === 'deleted-rows')
      step.cells.forEach((line, k) => {
        const row = mapBackward(step.row + k, entry.steps, i - 1);
        if (row !== null) line.forEach((state, col) => origin.push({ row, col, state }));
      });
    if (step.kind === 'fills') for (const f of step.cells) origin.push({ row: f.row, col: f.col, fill: f.before });
    if (step.kind === 'inserted-rows') {
      // Without the inserted rows, the row below them is back where they went in.
      const below = mapForward(step.row + step.count, entry.steps, i);
      const row = mapBackward(step.row, entry.steps, i - 1);
      if (below !== null && row !== null)
        for (let col = 0; col < step.width; col++) {
          const state = afterAt.get(`${below},${col}`);
          if (state) origin.push({ row, col, state });
        }
    }
  });
  const originReads = await CellReads.load(context, sheet, origin.filter((o) => o.state), budget);
  // Rows inserted or deleted since the action (by the sheet's last row): where its cells are now.
  const extentThen = entry.after.find((a): a is Extract<AfterCell, { kind: 'extent' }> => a.kind === 'extent');
  const extentNow = extentThen ? lastRowOf(sheet) : undefined;
  await context.sync();
  const shift = extentThen && extentNow ? (extentNow.get() ?? extentThen.lastRow) - extentThen.lastRow : 0;
  const fillsNow = afterFills.length ? await loadFills(context, sheet, afterFills, options.patterns) : new Map<string, FillState>();
  const fills = afterFills.map((f) => ({ f, get: () => fillsNow.get(`${f.row},${f.col}`)! }));
  const originFills = origin.filter((o) => o.fill).map((o) => ({ o, get: () => fillsNow.get(`${o.row},${o.col}`) ?? o.fill! }));
  const own = cells.filter((c) => !c.sheet);

  /**
   * The cells that differ from `after`. With `shifted` (reads `shift` rows away): a cell that holds
   * what phuluc left there has moved. The rows were inserted (or deleted) between the last cell
   * still in place above the first that moved and that one: every cell below that point has
   * moved, changed or not, and is named where it is now.
   */
  const differing = (shifted?: CellReads): { changes: CellChange[]; moved: number } => {
    let movedFrom = Infinity;
    if (shifted) {
      let firstMoved = Infinity;
      for (const c of own) {
        const here = reads.get(undefined)?.get(c.row, c.col);
        if (!sameStateLoose(here, c.state) && sameStateLoose(shifted.get(c.row + shift, c.col), c.state)) firstMoved = Math.min(firstMoved, c.row);
      }
      if (firstMoved !== Infinity) {
        let inPlace = 0;
        for (const c of own) if (c.row < firstMoved && sameStateLoose(reads.get(undefined)?.get(c.row, c.col), c.state)) inPlace = Math.max(inPlace, c.row);
        movedFrom = inPlace + 1;
      }
    }
    const changes: CellChange[] = [];
    let moved = 0;
    for (const c of cells) {
      const isMoved = !c.sheet && c.row >= movedFrom;
      const row = isMoved ? c.row + shift : c.row;
      const now = isMoved ? shifted?.get(row, c.col) : reads.get(c.sheet)?.get(c.row, c.col);
      const address = `${c.sheet ? `${c.sheet}!` : ''}${columnLetter(c.col)}${row}`;
      if (now && !sameState(now, c.state)) changes.push({ address, expected: showState(c.state), found: showState(now) });
      else if (isMoved) {
        // Unchanged but moved: phuluc's records name its old row, so it restores nothing.
        moved++;
        changes.push({ address, expected: showState(c.state), found: showState(now), moved: true });
      }
    }
    for (const { f, get } of fills) {
      const now = get();
      if (!sameFill(now, f.state)) changes.push({ address: `${columnLetter(f.col)}${f.row}`, expected: fillText(f.state), found: fillText(now) });
    }
    for (const { v, dv } of validations)
      if (dv.type !== v.type)
        changes.push({ address: `${columnLetter(v.rect.left)}${v.rect.top + 1}:${columnLetter(v.rect.right)}${v.rect.bottom + 1}`, expected: v.type, found: dv.type });
    return { changes, moved };
  };

  let { changes, moved } = differing();
  let alreadyUndone = false;
  if (changes.length && origin.length) {
    alreadyUndone =
      origin.every((o) => !o.state || sameStateLoose(originReads.get(o.row, o.col), o.state)) &&
      originFills.every(({ o, get }) => sameFill(get(), o.fill!));
  }
  // A refusal with rows moved since (the sheet's last row moved): read where the cells went, to
  // name them there. Not needed when nothing differs or all is already undone.
  if (!alreadyUndone && shift !== 0 && own.some((c) => !sameStateLoose(reads.get(undefined)?.get(c.row, c.col), c.state))) {
    const shifted = await CellReads.load(context, sheet, own.filter((c) => c.row + shift >= 1).map((c) => ({ row: c.row + shift, col: c.col })), budget);
    await context.sync();
    ({ changes, moved } = differing(shifted));
  }
  // Cells that only moved come after the cells that changed in what a refusal lists first.
  changes.sort((a, b) => Number(a.moved === true) - Number(b.moved === true));
  const verdict: Verdict = { changes: changes.slice(0, 20), changeCount: changes.length, alreadyUndone };
  if (moved > 0) verdict.rowsMoved = shift;
  return verdict;
}

function sameStateLoose(now: CellState | undefined, before: CellState): boolean {
  return !!now && sameState(now, before);
}

/**
 * Undoes `steps` in reverse, popping each once Excel confirmed it: on failure `steps` holds what
 * is still to undo. `knownMerges` are re-created after deleted rows come back.
 */
export async function revertSteps(runner: Runner, steps: UndoStep[]): Promise<void> {
  const { sheet, context } = runner;
  while (steps.length) {
    const step = steps[steps.length - 1]!;
    switch (step.kind) {
      case 'cells':
        await restoreCells(runner, sheet, step.cells.map((c) => ({ row: c.row, col: c.col, state: c.before })));
        await runner.flush();
        break;
      case 'sheet-cells': {
        const other = context.workbook.worksheets.getItem(step.sheet);
        await restoreCells(runner, other, step.cells.map((c) => ({ row: c.row, col: c.col, state: c.before })));
        await runner.flush();
        break;
      }
      case 'fills':
        await queueFills(runner, sheet, step.cells.map((f) => ({ row: f.row, col: f.col, fill: f.before })));
        await runner.flush();
        break;
      case 'validation':
        await runner.queue(BYTES_PER_RANGE * 4, () => restoreValidation(sheet, step.rect, step.before));
        await runner.flush();
        break;
      case 'setting':
        await runner.queue(BYTES_PER_RANGE + (step.before?.length ?? 0) * 3, () => {
          if (step.before === null) context.workbook.settings.getItemOrNullObject(step.key).delete();
          else context.workbook.settings.add(step.key, step.before);
        });
        await runner.flush();
        break;
      case 'added-sheet': {
        const added = context.workbook.worksheets.getItemOrNullObject(step.sheet);
        await context.sync();
        if (!added.isNullObject) {
          added.delete();
          await context.sync();
        }
        break;
      }
      case 'inserted-rows':
        try {
          await runner.structural('delete', step.row, step.count);
        } catch (e) {
          if (e instanceof StructuralError && e.happened === 'done') {
            steps.pop();
            continue;
          }
          throw e;
        }
        break;
      case 'deleted-rows': {
        if (!step.reinserted) {
          try {
            await runner.structural('insert', step.row, step.count);
          } catch (e) {
            if (!(e instanceof StructuralError && e.happened === 'done')) throw e;
          }
          // The rows are back (blank, formats from above): from here on the step only refills them.
          step.reinserted = true;
        }
        await restoreRows(runner, step);
        // Learn the used range in the same request: the next row insert needs no sync of its own.
        await runner.flush(true);
        break;
      }
    }
    steps.pop();
  }
}

/** Refills rows that were deleted and are inserted back: values, formats, fills, height, merges. */
async function restoreRows(runner: Runner, step: Extract<UndoStep, { kind: 'deleted-rows' }>): Promise<void> {
  const { sheet, options } = runner;
  for (let k = 0; k < step.count; k++) {
    const line = step.cells[k] ?? [];
    const row = step.row + k;
    if (line.length)
      await runner.queue(BYTES_PER_RANGE * 2 + jsonSize(line.map(restoreInput)), () => {
        writeBlock(sheet.getRangeByIndexes(row - 1, 0, 1, line.length), [line.map(restoreCell)], true);
      });
    const fills = step.fills[k] ?? [];
    for (let c = 0; c < fills.length; c++) {
      const f = fills[c];
      if (!f) continue;
      // Inserted rows take the fill of the row above: every cell is set, filled or not.
      await runner.queue(BYTES_PER_FILL, () => applyFill(sheet.getRangeByIndexes(row - 1, c, 1, 1).format.fill, f, options.patterns));
    }
    const height = step.heights[k];
    if (height !== undefined) await runner.queue(BYTES_PER_RANGE, () => (sheet.getRange(rowsAddress(row)).format.rowHeight = height));
    if (step.hidden[k] && options.rowHidden) await runner.queue(BYTES_PER_RANGE, () => (sheet.getRange(rowsAddress(row)).rowHidden = true));
  }
  for (const m of step.merges)
    await runner.queue(BYTES_PER_RANGE * 2, () => {
      const range = sheet.getRangeByIndexes(m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1);
      range.unmerge();
      range.merge(false);
    });
  // Data validation as it was on the rows (the inserted rows may have taken the row above's).
  if (step.validation && options.validation) {
    const rect: MergeRange = { top: step.row - 1, left: 0, bottom: step.row + step.count - 2, right: step.width - 1 };
    const regions = step.validation;
    await runner.queue(BYTES_PER_RANGE * (1 + 2 * regions.length) + jsonSize(regions), () => restoreValidation(sheet, rect, regions));
  }
}

/** Clears validation over `rect` and puts back the regions recorded before. */
export function restoreValidation(sheet: Excel.Worksheet, rect: MergeRange, before: ValidationRegion[]): void {
  const range = (r: MergeRange) => sheet.getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1);
  range(rect).dataValidation.clear();
  for (const region of before) {
    if (region.type === 'None' || !region.rule) continue;
    const dv = range(region.rect).dataValidation;
    dv.rule = region.rule as Excel.DataValidationRule;
    if (region.errorAlert) dv.errorAlert = region.errorAlert as Excel.DataValidationErrorAlert;
    if (region.prompt) dv.prompt = region.prompt as Excel.DataValidationPrompt;
    if (region.ignoreBlanks !== undefined) dv.ignoreBlanks = region.ignoreBlanks;
  }
}

const PROBES_PER_SYNC = 500;

/**
 * The validation over each rectangle as regions of one rule each: a rectangle whose cells differ
 * ("Inconsistent", "MixedCriteria") is halved until each part is uniform, one sync per level.
 */
export async function validationRegions(context: Excel.RequestContext, sheet: Excel.Worksheet, rects: MergeRange[]): Promise<ValidationRegion[][]> {
  const out: ValidationRegion[][] = rects.map(() => []);
  let pending = rects.map((rect, idx) => ({ idx, rect }));
  while (pending.length) {
    const next: typeof pending = [];
    for (let i = 0; i < pending.length; i += PROBES_PER_SYNC) {
      const probes = pending.slice(i, i + PROBES_PER_SYNC).map((p) => {
        const dv = sheet.getRangeByIndexes(p.rect.top, p.rect.left, p.rect.bottom - p.rect.top + 1, p.rect.right - p.rect.left + 1).dataValidation;
        dv.load('type,rule,errorAlert,prompt,ignoreBlanks');
        return { p, dv };
      });
      await context.sync();
      for (const { p, dv } of probes) {
        const type = dv.type;
        const mixed = type === 'Inconsistent' || type === 'MixedCriteria';
        const rows = p.rect.bottom - p.rect.top + 1;
        if (mixed && rows > 1) {
          const mid = p.rect.top + Math.floor(rows / 2) - 1;
          next.push({ idx: p.idx, rect: { ...p.rect, bottom: mid } }, { idx: p.idx, rect: { ...p.rect, top: mid + 1 } });
          continue;
        }
        const region: ValidationRegion = { rect: p.rect, type };
        if (type !== 'None' && !mixed) {
          region.rule = dv.rule;
          region.errorAlert = dv.errorAlert;
          region.prompt = dv.prompt;
          region.ignoreBlanks = dv.ignoreBlanks;
        }
        out[p.idx]!.push(region);
      }
    }
    pending = next;
  }
  return out.map(mergeRegions);
}

/** Adjacent parts of one rule (halving split them) as one region again. */
function mergeRegions(regions: ValidationRegion[]): ValidationRegion[] {
  const sorted = [...regions].sort((a, b) => a.rect.left - b.rect.left || a.rect.top - b.rect.top);
  const merged: ValidationRegion[] = [];
  const key = (g: ValidationRegion) => JSON.stringify([g.type, g.rule, g.errorAlert, g.prompt, g.ignoreBlanks]);
  for (const g of sorted) {
    const last = merged[merged.length - 1];
    if (last && last.rect.left === g.rect.left && last.rect.right === g.rect.right && last.rect.bottom + 1 === g.rect.top && key(last) === key(g))
      merged[merged.length - 1] = { ...last, rect: { ...last.rect, bottom: g.rect.bottom } };
    else merged.push(g);
  }
  return merged;
}
