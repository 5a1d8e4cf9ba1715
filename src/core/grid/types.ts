/**
 * The one input of the engine: a sheet as plain rows of cells. Adapters (exceljs, Office.js)
 * produce it; nothing in src/core reads a file or an Excel object.
 */
export type CellValue = string | number | boolean | Date | null;

export interface Cell {
  /** The stored value. Merged non-master cells hold null (the master holds the value). */
  value: CellValue;
  /**
   * What Excel displays, when the adapter knows it (formatted numbers). Ignored for numbers under
   * a date format: their display follows the PC's regional settings and is never read as a date.
   */
  text?: string;
  /** The formula without its leading "=", when the cell holds one. */
  formula?: string;
  /**
   * Excel number format code, when not "General" (built-in ids resolved to their code). A number
   * under a date format is a date (see `cellDate` in date.ts): adapters pass the serial and this
   * code, never a date parsed from display text.
   */
  numFmt?: string;
  /** An Excel error value such as "#N/A" or "#REF!" (value is then null). */
  error?: string;
  /**
   * The cell holds a formula whose value is not known: the file carries no calculated value
   * (openpyxl, exceljs and XlsxWriter save formulas without one, or the workbook asks Excel to
   * recalculate on load) and the reader could not evaluate it. `value` is then null, and the
   * engine must treat it as unknown, never as 0 or as an empty cell.
   */
  uncomputed?: true;
}

/** A merged area, 0-based inclusive. */
export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  /** The sheet name. */
  name: string;
  /** rows[r][c], 0-based; missing rows and cells are empty. Row r is Excel row r + 1. */
  rows: ReadonlyArray<ReadonlyArray<Cell | undefined> | undefined>;
  merges: ReadonlyArray<MergeRange>;
  /** 0-based indexes of hidden rows, if the adapter knows them. */
  hiddenRows?: ReadonlyArray<number>;
  /**
   * The workbook counts date serials in the 1904 date system (workbookPr/@date1904, Office.js
   * `workbook.use1904DateSystem`): serial 0 is 01/01/1904. Absent or false: the 1900 system.
   */
  date1904?: boolean;
}
