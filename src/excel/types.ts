/**
 * The contract between the task pane and the workbook. src/excel implements it over Office.js
 * (real Excel, or the demo's emulation of the same API subset); the pane knows nothing else.
 * All rows are 1-based Excel rows, all columns 0-based, addresses in A1 form.
 *
 * The promise this contract keeps: a write lands only on the sheet it was computed from and only
 * while every cell it names still holds what the check saw; otherwise nothing is written and a
 * typed WorkbookError says why. Every write is either completed with an undo entry, or not done.
 */
import type { Cell, Grid } from '../core/grid';
import type { Edit, SeenCell } from '../core/fix';
import type { Severity } from '../core/issues';
import type { SheetSpec } from '../xlsx/create';
import type { AddSheetResult, StatusColumnRequest } from './sheets';

export interface ReadProgress {
  rowsRead: number;
  rowsTotal: number;
}

/**
 * What readActiveSheet returns: the engine's Grid plus the sheet's identity. `sheetId` is Excel's
 * `Worksheet.id` (stable across renames and moves, never reused by another sheet): every write
 * names it, so a batch never lands on a sheet other than the one it was computed from.
 */
export interface SheetGrid extends Grid {
  sheetId: string;
}

/**
 * What a cell held when the check saw it: the core's SeenCell (src/core/fix/seen.ts), compared
 * with the cell as Excel reports it now by the core's one rule (`matchesSeen`): a formula by its
 * text, anything else by its value; number formats, display text and fills are not compared.
 */
export type { SeenCell } from '../core/fix';

/** A cell the batch depends on without writing it (e.g. the total a words fix was computed from). */
export interface CellExpectation {
  /** 1-based row before the batch. */
  row: number;
  col: number;
  seen: SeenCell;
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

/**
 * A live formula (without "="), e.g. "D7*E7", with an optional number format. Refused with
 * 'table-formula' when the cell is in an Excel Table (the formula would fill the whole column).
 */
export interface FormulaWrite {
  kind: 'formula';
  row: number;
  col: number;
  formula: string;
  numFmt?: string;
  /** What the cell held when the check saw it. */
  seen: SeenCell;
}

/** Core edits carry `seen` (the cell, or the row's cells, as the check saw them). */
export type WriteOp = Edit | RowInsert | FormulaWrite;

/**
 * A batch written in one Excel.run; `label` names it for the undo button.
 *
 * Order: ops run in list order, with row numbers as they are at that point (an op after an
 * insert sees the inserted rows). `delete-row` edits name rows as they are before the batch
 * (the engine's Edit contract) and run last, bottom-up. `seen` values always describe the sheet
 * before the batch (at an op's original row).
 */
export interface WriteBatch {
  label: string;
  /** `SheetGrid.sheetId` of the read the batch was computed from. */
  sheetId: string;
  ops: WriteOp[];
  /**
   * More cells to check before writing (rows before the batch): e.g. the task row an insert goes
   * below, or the total a words cell was computed from.
   */
  expect?: CellExpectation[];
  /**
   * The sheet's last row holding a value when the check read it (1-based, 0 for an empty sheet;
   * `lastValueRow` of the read). On a refusal the adapter compares it with the sheet's now to tell
   * that rows were inserted or deleted, and names the cells where they are now.
   */
  lastRow?: number;
  /**
   * Cells to read back once the batch is written (rows before the batch; those in deleted rows
   * are skipped): the formulas Excel recalculates, so that the pane can check the sheet again in
   * memory without reading all of it (`BatchWritten`).
   */
  readBack?: { row: number; col: number }[];
}

/**
 * What applyBatch learnt while writing, for the pane to check the sheet again in memory: the
 * `readBack` cells as Excel holds them after the batch (recalculated), and facts about the sheet
 * that tell whether anything but phuluc's writes changed its shape since the check.
 */
export interface BatchWritten {
  /** Each `readBack` cell not in a deleted row, at its row before the batch; `cell` undefined when empty. */
  cells: { row: number; col: number; cell: Cell | undefined }[];
  /**
   * The sheet's last row holding a value right before the batch was written (1-based, 0 for an
   * empty sheet): unlike the check's `lastRow`, rows were inserted, deleted or typed below since.
   */
  lastRowBefore: number;
  /** The batch's sheet was the active one when it was written. */
  active: boolean;
}

/** Data-validation drop-down on a column below the header. */
export interface ListValidation {
  col: number;
  firstRow: number;
  lastRow: number;
  items: string[];
}

/** A highlight the add-in paints; it remembers what it painted so it can clear only those. */
export interface Highlight {
  address: string;
  severity: Severity;
}

/** What undoLast did. */
export interface UndoOutcome {
  label: string;
  /**
   * 'undone': phuluc put back what the action overwrote. 'already-undone': the cells were already
   * as before the action (Excel's own Ctrl+Z undid it): nothing was written, the entry is dropped.
   */
  status: 'undone' | 'already-undone';
}

export interface HighlightResult {
  /** Cells painted (each once, the most severe colour). */
  painted: number;
}

export interface ClearHighlightsResult {
  /** Cells given back their exact previous fill. */
  restored: number;
  /** Painted cells whose fill someone has changed since: left as they are. */
  changed: number;
  /** Clearing is final: it is not on the undo stack. */
  undoable: false;
}

/** A cell range (one column) that holds data validation the user (not phuluc) set. */
export interface OwnValidation {
  col: number;
  /** A1, e.g. "F7:F20". */
  address: string;
  /** Excel's DataValidationType: "List", "WholeNumber", "Custom", "Inconsistent"... */
  type: string;
}

export type ListResult =
  /** The lists are set; the action is on the undo stack. */
  | { status: 'done'; columns: number }
  /**
   * Nothing was written: these cells carry the user's own validation. Ask the user, then call
   * again with `{ replaceOwnRules: true }` (Hoàn tác then puts the user's rules back).
   */
  | { status: 'has-own-rules'; cells: OwnValidation[] };

export interface WorkbookAdapter {
  /**
   * Reads the active sheet's used range into a Grid, in row blocks (values, formulas, number
   * formats, merged areas, the workbook's date system).
   * Errors: 'no-sheet', 'too-large', 'read-failed'.
   */
  readActiveSheet(onProgress?: (p: ReadProgress) => void): Promise<SheetGrid>;
  /**
   * Selects (and scrolls to) a cell or range ("E13", "B7:H7") of sheet `sheetId` (a SheetGrid's
   * id), activating that sheet first as Excel's Range.select does; of the active sheet when
   * `sheetId` is omitted. Errors: 'read-failed', 'sheet-changed' (reason 'sheet-gone').
   */
  selectCell(address: string, sheetId?: string): Promise<void>;
  /** The 1-based row of the current selection's top-left cell, or null (nothing selected). */
  selectedRow(): Promise<number | null>;
  /**
   * Writes a batch on sheet `batch.sheetId`, after checking in the same Excel.run that every cell
   * it writes, every row it deletes and every `batch.expect` cell still holds what the check saw
   * (`seen`; a row must hold nothing beyond its seen cells).
   * Then pushes one undo entry, and returns the `readBack` cells as Excel recalculated them
   * (`BatchWritten`; a host that returns nothing makes the pane read the sheet again). Where the
   * host has ExcelApi 1.20 the batch is one step of Excel's own undo (Ctrl+Z) as well.
   * Errors (nothing written unless said): 'sheet-changed' (`changes`, `reason`), 'protected',
   * 'table-formula' (`cells`), 'unsupported', 'write-failed' (`state`: 'nothing-written' when a
   * failure mid-way was rolled back; 'undo-available' when it could not be and the part written
   * is on the undo stack; 'unknown' when Excel's answer was lost).
   */
  applyBatch(batch: WriteBatch): Promise<BatchWritten | void>;
  /**
   * Undoes the last action on phuluc's stack (a batch, highlights or lists), after checking that
   * every cell still holds what phuluc wrote. Returns null when the stack is empty.
   * Errors: 'undo-stale' (`changes`: the cells that differ; nothing restored, the entry stays),
   * 'sheet-changed' (`reason: 'sheet-gone'`), 'protected', 'write-failed'.
   */
  undoLast(): Promise<UndoOutcome | null>;
  canUndo(): boolean;
  /** The label Hoàn tác would undo, or null. */
  undoLabel(): string | null;
  /**
   * Paints highlights on sheet `sheetId`, keeping the exact previous fill of each cell in the
   * workbook (so clearHighlights works after the pane reloads). On the undo stack.
   * Errors: 'sheet-changed' (`reason: 'sheet-gone'`), 'protected', 'write-failed'.
   */
  highlight(sheetId: string, cells: Highlight[]): Promise<HighlightResult>;
  /**
   * Gives every cell phuluc painted (on any sheet, by any earlier session) its exact previous
   * fill, except cells whose fill was changed since. `restored + changed === 0`: nothing to clear.
   * Errors: 'protected', 'write-failed'.
   */
  clearHighlights(): Promise<ClearHighlightsResult>;
  /**
   * Drop-down lists on sheet `sheetId`; long or comma-laden lists live on a VeryHidden sheet, one
   * block per table. Never replaces the user's own validation unless `replaceOwnRules`.
   * On the undo stack. Errors: 'unsupported' (ExcelApi 1.8), 'sheet-changed', 'protected',
   * 'write-failed'.
   */
  setListValidation(sheetId: string, rules: ListValidation[], options?: { replaceOwnRules?: boolean }): Promise<ListResult>;
  /**
   * Whether a legacy-text repair (an edit with `legacy`) keeps a rich cell's runs, each decoded
   * with its bold, italic or own font kept: Excel with ExcelApi 1.18 (`textRuns`), the web page's
   * workbook (the .xlsx writer). Absent or false: the pane refuses those repairs under their
   * issue ('rich-text-unsupported'), since it cannot tell which cells have runs, and applyBatch
   * refuses them ('unsupported') rather than write plain text over the formatting.
   */
  keepsTextRuns?(): boolean;
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

/** A cell that is not what the batch (or the undo) expected. Texts are for the message. */
export interface CellChange {
  /** A1 address on the sheet as it is now, e.g. "H21". */
  address: string;
  /** What the check saw (or phuluc wrote), shown as a clerk would see it; "" for empty. */
  expected: string;
  /** What the cell holds now. */
  found: string;
  /**
   * The cell still holds what phuluc wrote (Hoàn tác) or what the check saw (a batch), but rows
   * were inserted or deleted above it since, so it is now at `address` (phuluc writes by row
   * number: nothing written or restored).
   */
  moved?: boolean;
  /**
   * A batch only: rows were (or may have been) inserted or deleted near this cell and where it is
   * now cannot be told (in the rows deleted, or typed over next to the rows inserted): `address`
   * is where the check saw it.
   */
  unplaced?: boolean;
}

export type WorkbookErrorKind =
  | 'no-sheet'
  | 'too-large'
  | 'unsupported'
  | 'write-failed'
  | 'read-failed'
  /** The sheet changed since the check (or was deleted): nothing written; re-check. */
  | 'sheet-changed'
  /** The sheet is protected: nothing written. */
  | 'protected'
  /** A formula would land in an Excel Table column (calculated column): nothing written. */
  | 'table-formula'
  /** Hoàn tác: the cells no longer hold what phuluc wrote: nothing restored. */
  | 'undo-stale';

export interface WorkbookErrorDetail {
  /** 'sheet-changed' and 'undo-stale': the first cells that differ (at most 20). */
  changes?: CellChange[];
  /** Total number of cells that differ. */
  changeCount?: number;
  /**
   * 'undo-stale' and 'sheet-changed': rows inserted (> 0) or deleted (< 0) above phuluc's cells
   * since the action or the check; `changes` then name cells where they are now (`unplaced`: where
   * the check saw them).
   */
  rowsMoved?: number;
  /**
   * 'sheet-changed': the sheet's last row moved by this many since the check, but no cell was
   * found moved: rows may have been inserted or deleted; `changes` are where the check saw them.
   */
  lastRowMoved?: number;
  /** 'sheet-changed': 'sheet-gone' (deleted) or 'cells-changed'. */
  reason?: 'sheet-gone' | 'cells-changed';
  /** The sheet's name, when known. */
  sheetName?: string;
  /** 'table-formula': the cells (A1) refused; 'protected': empty. */
  cells?: string[];
  /** 'table-formula': the Table's name. */
  table?: string;
  /** 'write-failed' in applyBatch/undoLast: what state the workbook was left in. */
  state?: 'nothing-written' | 'undo-available' | 'unknown';
  /** 'unsupported': the host's own Vietnamese reason (e.g. the web checker's), shown instead of the Excel one. */
  userMessage?: string;
}

/** The adapter's only exceptions: the pane turns each into a Vietnamese message. */
export class WorkbookError extends Error {
  readonly detail: WorkbookErrorDetail;
  constructor(
    readonly kind: WorkbookErrorKind,
    message: string,
    detail: WorkbookErrorDetail = {},
  ) {
    super(message);
    this.name = 'WorkbookError';
    this.detail = detail;
  }
}
