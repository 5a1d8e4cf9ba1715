/**
 * What a batch overwrote, kept so that the pane's "Hoàn tác" can put it back even where Excel's own
 * undo does not cover add-in writes. A batch's undo is a list of steps recorded in the order the
 * batch ran; undoing applies their inverses in reverse order, so every row number in a step is
 * valid in the sheet as it was right after that step ran.
 */
import type { MergeRange } from '../core/grid';

/** One cell as Excel reported it before the batch wrote over it. */
export interface CellSnapshot {
  /** 0-based column. */
  col: number;
  /** From `values` (the result, for a formula); "" when empty. */
  value: unknown;
  /** From `formulas`: the formula with "=", or the constant again. */
  formula: unknown;
  /** From `valueTypes`. */
  type: string;
  numberFormat: string;
  /** "#RRGGBB" as Excel reports it ("#FFFFFF" also for no fill), when recorded. */
  fill?: string;
  /** The font name, recorded when the batch changed it (a repaired legacy-font cell). */
  font?: string;
}

export type UndoStep =
  /** Cells that were overwritten, each with its 1-based row. */
  | { kind: 'cells'; cells: (CellSnapshot & { row: number })[] }
  /** Rows the batch inserted: undo deletes them. */
  | { kind: 'inserted-rows'; row: number; count: number }
  /** A row the batch deleted: undo inserts it back with its values, formats, fills and merges. */
  | { kind: 'deleted-row'; row: number; cells: CellSnapshot[]; merges: MergeRange[] };

export interface UndoEntry {
  label: string;
  sheet: string;
  steps: UndoStep[];
}

/** A bounded stack: the oldest batches fall off. */
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

  get size(): number {
    return this.entries.length;
  }

  clear(): void {
    this.entries = [];
  }
}

/** A change of row positions, so that remembered addresses (highlights) can follow the rows. */
export type RowShift = { kind: 'insert'; row: number; count: number } | { kind: 'delete'; row: number; count: number };

/** Where 1-based `row` is after `shift`, or null if it was deleted. */
export function shiftRow(row: number, shift: RowShift): number | null {
  if (shift.kind === 'insert') return row >= shift.row ? row + shift.count : row;
  if (row < shift.row) return row;
  if (row < shift.row + shift.count) return null;
  return row - shift.count;
}
