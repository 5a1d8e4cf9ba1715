/**
 * phuluc's own undo: a journal of steps, each recorded as it is done, so that undoing applies the
 * inverses in reverse order and a failure half-way leaves a journal that still describes exactly
 * what was done. Every row number in a step is valid in the sheet as it was right after that step
 * ran; `mapForward` and `mapBackward` carry positions across later or earlier steps.
 *
 * An entry also keeps `after`: what its cells held (as Excel reported them) when the action
 * ended. Hoàn tác first checks that the sheet still holds exactly that; if not (someone typed,
 * inserted a row, or pressed Ctrl+Z), it restores nothing.
 */
import type { MergeRange } from '../core/grid';
import { matchesSeen, type SeenCell } from '../core/fix';
import { toCell } from './read';

/** One cell as Excel reports it (values, formulas, valueTypes, numberFormat). */
export interface CellState {
  /** From `values` (the result, for a formula); "" when empty. */
  value: unknown;
  /** From `formulas`: the formula with "=", or the constant again. */
  formula: unknown;
  /** From `valueTypes`. */
  type: string;
  numberFormat: string;
  /** The font name, recorded when the batch changed it (a repaired legacy-font cell); put back by undo. */
  font?: string;
  /** The text runs (ExcelApi 1.18), recorded when the batch rewrote a rich cell run by run; put back by undo. */
  textRuns?: Excel.RangeTextRun[];
}

/** A cell's fill, exactly: "no fill" is pattern "None"; without ExcelApi 1.9 only the colour. */
export interface FillState {
  color: string;
  pattern?: string;
  patternColor?: string | null;
}

export interface CellRecord {
  /** 1-based row, valid right after the step. */
  row: number;
  col: number;
  before: CellState;
}

export interface FillRecord {
  row: number;
  col: number;
  before: FillState;
  /** What phuluc painted. */
  painted: FillState;
}

/** A rectangle's data validation as it was: regions with one rule each, or none. */
export interface ValidationRegion {
  /** 0-based, inclusive. */
  rect: MergeRange;
  /** Excel's DataValidationType; "None" means no rule. */
  type: string;
  rule?: unknown;
  errorAlert?: unknown;
  prompt?: unknown;
  ignoreBlanks?: boolean;
}

export type UndoStep =
  /** Cells that were overwritten (restoring them is idempotent). */
  | { kind: 'cells'; cells: CellRecord[] }
  /** Rows the action inserted before `row`: undo deletes them. */
  | { kind: 'inserted-rows'; row: number; count: number; width: number }
  /** Rows the action deleted from `row`: undo inserts them back with values, formats, fills, merges. */
  | {
      kind: 'deleted-rows';
      row: number;
      count: number;
      /** Row by row, from column 0. */
      cells: CellState[][];
      fills: (FillState | undefined)[][];
      heights: (number | undefined)[];
      hidden: (boolean | undefined)[];
      /** Merged areas that covered the rows (0-based, as before the delete). */
      merges: MergeRange[];
      /** Data validation on the rows (0-based rects at the rows' place), when the host has it (ExcelApi 1.8). */
      validation?: ValidationRegion[];
      width: number;
      /** Undo got as far as inserting the rows back: only refilling them is left. */
      reinserted?: boolean;
    }
  /** Fills phuluc painted. */
  | { kind: 'fills'; cells: FillRecord[] }
  /** Data validation phuluc set over `rect` (0-based) on the entry's sheet. */
  | { kind: 'validation'; rect: MergeRange; before: ValidationRegion[]; rule: unknown }
  /** Cells phuluc wrote on another sheet (the lists sheet), by sheet name. */
  | { kind: 'sheet-cells'; sheet: string; cells: CellRecord[] }
  /** A sheet phuluc added: undo deletes it. */
  | { kind: 'added-sheet'; sheet: string }
  /** A workbook setting phuluc changed (its JSON text before, or null when absent). */
  | { kind: 'setting'; key: string; before: string | null };

/** What a cell or fill held when the action ended, at its position then. */
export type AfterCell =
  | { kind: 'cell'; sheet?: string; row: number; col: number; state: CellState }
  | { kind: 'fill'; row: number; col: number; state: FillState }
  | { kind: 'validation'; rect: MergeRange; type: string }
  /**
   * The sheet's last row holding a value (1-based; 0 when empty) when the action ended. Hoàn tác
   * compares it with the last row now: rows someone inserted or deleted since move phuluc's cells,
   * and a refusal then names the cells where they are now.
   */
  | { kind: 'extent'; lastRow: number };

export interface UndoEntry {
  label: string;
  sheetId: string;
  sheetName: string;
  steps: UndoStep[];
  after: AfterCell[];
  /** Highlights entries are dropped when clearHighlights gives the fills back. */
  kind: 'batch' | 'highlight' | 'lists';
}

/** A bounded stack: the oldest entries fall off. */
export class UndoStack {
  private entries: UndoEntry[] = [];

  constructor(private readonly limit = 20) {}

  push(entry: UndoEntry): void {
    this.entries.push(entry);
    if (this.entries.length > this.limit) this.entries.shift();
  }

  peek(): UndoEntry | undefined {
    return this.entries[this.entries.length - 1];
  }

  pop(): UndoEntry | undefined {
    return this.entries.pop();
  }

  /** Drops entries (e.g. highlights already cleared). */
  removeWhere(f: (e: UndoEntry) => boolean): void {
    this.entries = this.entries.filter((e) => !f(e));
  }

  get size(): number {
    return this.entries.length;
  }

  clear(): void {
    this.entries = [];
  }
}

/** A change of row positions. */
export type RowShift = { kind: 'insert'; row: number; count: number } | { kind: 'delete'; row: number; count: number };

export function shiftOf(step: UndoStep): RowShift | null {
  if (step.kind === 'inserted-rows') return { kind: 'insert', row: step.row, count: step.count };
  if (step.kind === 'deleted-rows' && !step.reinserted) return { kind: 'delete', row: step.row, count: step.count };
  return null;
}

/** Where 1-based `row` is after `shift`, or null if it was deleted. */
export function shiftRow(row: number, shift: RowShift): number | null {
  if (shift.kind === 'insert') return row >= shift.row ? row + shift.count : row;
  if (row < shift.row) return row;
  if (row < shift.row + shift.count) return null;
  return row - shift.count;
}

/** Where `row` (valid before `shift`) was... the inverse: where a row after `shift` was before it. */
export function unshiftRow(row: number, shift: RowShift): number | null {
  if (shift.kind === 'delete') return row >= shift.row ? row + shift.count : row;
  if (row < shift.row) return row;
  if (row < shift.row + shift.count) return null;
  return row - shift.count;
}

/** A row valid right after step `from` (-1: before the first), carried to after the last step. */
export function mapForward(row: number, steps: readonly UndoStep[], from: number): number | null {
  let r: number | null = row;
  for (let i = from + 1; i < steps.length && r !== null; i++) {
    const s = shiftOf(steps[i]!);
    if (s) r = shiftRow(r, s);
  }
  return r;
}

/** A row valid right after step `from`, carried back to before step `to` (to <= from). */
export function mapBackward(row: number, steps: readonly UndoStep[], from: number, to = 0): number | null {
  let r: number | null = row;
  for (let i = from; i >= to && r !== null; i--) {
    const s = shiftOf(steps[i]!);
    if (s) r = unshiftRow(r, s);
  }
  return r;
}

function isFormulaState(s: CellState): boolean {
  return typeof s.formula === 'string' && s.formula.startsWith('=') && s.formula !== s.value;
}

function isEmptyState(s: CellState): boolean {
  return !isFormulaState(s) && (s.type === 'Empty' || s.value === '' || s.value === null || s.value === undefined);
}

function sameNumber(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Two reports of one cell hold the same content and number format. */
export function sameState(a: CellState, b: CellState): boolean {
  if (a.numberFormat !== b.numberFormat) return false;
  if (isEmptyState(a) || isEmptyState(b)) return isEmptyState(a) && isEmptyState(b);
  if (isFormulaState(a) || isFormulaState(b))
    return isFormulaState(a) && isFormulaState(b) && String(a.formula).toUpperCase() === String(b.formula).toUpperCase();
  if (typeof a.value === 'number' && typeof b.value === 'number') return sameNumber(a.value, b.value);
  return a.value === b.value && a.type === b.type;
}

export function sameFill(a: FillState, b: FillState): boolean {
  const none = (f: FillState) => f.pattern === 'None';
  if (a.pattern !== undefined && b.pattern !== undefined) {
    if (none(a) || none(b)) return none(a) && none(b);
    // A solid fill has no pattern colour to speak of (Excel may still report one).
    return (
      a.color.toUpperCase() === b.color.toUpperCase() &&
      a.pattern === b.pattern &&
      (a.pattern === 'Solid' || String(a.patternColor ?? '').toUpperCase() === String(b.patternColor ?? '').toUpperCase())
    );
  }
  return a.color.toUpperCase() === b.color.toUpperCase();
}

/**
 * Whether a cell as Excel reports it now holds what the check saw, by the core's one rule
 * (`matchesSeen`, src/core/fix/seen.ts) over the cell as the reader turns it into a Grid cell.
 */
export function matchesSeenState(seen: SeenCell, s: CellState, date1904 = false): boolean {
  return matchesSeen(seen, toCell(s.value, s.type, s.formula, s.numberFormat), date1904);
}

/** A cell as a clerk would read it in a message: "=D7*E7", "Quý I/2024", "" for empty. */
export function showState(s: CellState | undefined): string {
  if (!s) return '';
  if (isFormulaState(s)) return String(s.formula);
  if (isEmptyState(s)) return '';
  return String(s.value);
}

export function showSeen(e: SeenCell | undefined): string {
  if (!e) return '';
  if (e.formula !== undefined) return '=' + e.formula;
  if (e.error) return e.error;
  if (e.value === null || e.value === undefined) return '';
  return String(e.value);
}
