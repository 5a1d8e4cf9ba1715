/**
 * The contract between the task pane and the workbook. src/excel implements it over Office.js
 * (real Excel, or the demo's emulation of the same API subset); the pane knows nothing else.
 * All rows are 1-based Excel rows, all columns 0-based, addresses in A1 form.
 */
import type { Grid } from '../core/grid';
import type { Edit } from '../core/fix';
import type { Severity } from '../core/issues';
import type { SheetSpec } from '../xlsx/create';
import type { AddSheetResult, StatusColumnRequest } from './sheets';

export interface ReadProgress {
  rowsRead: number;
  rowsTotal: number;
}

/** A highlight the add-in paints; it remembers what it painted so it can clear only those. */
export interface Highlight {
  address: string;
  severity: Severity;
}

/** New rows to insert: values row by row, starting at `beforeRow` (1-based). */
export interface RowInsert {
  kind: 'insert-rows';
  beforeRow: number;
  /** Each row's cells from column 0; strings are written as text, never as formulas. */
  values: (string | number | null)[][];
  /** Copy formats from this row (1-based), usually a neighbouring task row. */
  formatLikeRow?: number;
}

/** A live formula (without "="), e.g. "D7*E7", with an optional number format. */
export interface FormulaWrite {
  kind: 'formula';
  row: number;
  col: number;
  formula: string;
  numFmt?: string;
}

export type WriteOp = Edit | RowInsert | FormulaWrite;

/** A batch written in one Excel.run; `label` names it for the undo button. */
export interface WriteBatch {
  label: string;
  ops: WriteOp[];
}

/** Data-validation drop-down on a column below the header. */
export interface ListValidation {
  col: number;
  firstRow: number;
  lastRow: number;
  items: string[];
}

export interface WorkbookAdapter {
  /** Reads the active sheet's used range into a Grid, in row blocks. */
  readActiveSheet(onProgress?: (p: ReadProgress) => void): Promise<Grid>;
  /** Selects (and scrolls to) a cell of the active sheet. */
  selectCell(address: string): Promise<void>;
  /** The 1-based row of the current selection's top-left cell. */
  selectedRow(): Promise<number | null>;
  /** Writes a batch, first recording what it overwrites so that undoLast() can put it back. */
  applyBatch(batch: WriteBatch): Promise<void>;
  /** Restores exactly what the last batch overwrote. Returns its label, or null if none. */
  undoLast(): Promise<string | null>;
  canUndo(): boolean;
  /** Paints highlights (recorded so clearHighlights removes only these). */
  highlight(cells: Highlight[]): Promise<void>;
  clearHighlights(): Promise<void>;
  setListValidation(rules: ListValidation[]): Promise<void>;
  /** Settings kept in the workbook itself, shared by everyone who opens the file. */
  loadSettings(): Promise<unknown>;
  saveSettings(value: unknown): Promise<void>;
  /**
   * Adds a sheet described as data after the last one and activates it (Tạo báo cáo quý, Tạo phụ
   * lục mới); writes nothing but the new sheet. Optional: the pane hides those actions without it.
   */
  addSheet?(spec: SheetSpec): Promise<AddSheetResult>;
  /** Adds the status column (with its drop-down) after the table on the active sheet; see sheets.ts. */
  addStatusColumn?(req: StatusColumnRequest): Promise<void>;
}

/** The adapter's only exceptions: the pane turns each into a Vietnamese message. */
export class WorkbookError extends Error {
  constructor(
    readonly kind: 'no-sheet' | 'too-large' | 'unsupported' | 'write-failed' | 'read-failed',
    message: string,
  ) {
    super(message);
    this.name = 'WorkbookError';
  }
}
