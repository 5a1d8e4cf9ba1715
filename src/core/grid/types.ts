/**
 * The one input of the engine: a sheet as plain rows of cells. Adapters (exceljs, Office.js)
 * produce it; nothing in src/core reads a file or an Excel object.
 */
export type CellValue = string | number | boolean | Date | null;

export interface Cell {
  /** The stored value. Merged non-master cells hold null (the master holds the value). */
  value: CellValue;
  /** What Excel displays, when the adapter knows it (formatted numbers, dates). */
  text?: string;
  /** The formula without its leading "=", when the cell holds one. */
  formula?: string;
  /** Excel number format, when not "General". */
  numFmt?: string;
  /** An Excel error value such as "#N/A" or "#REF!" (value is then null). */
  error?: string;
  /**
   * The font name of a text cell, when the adapter knows it (".VnTime", "Times New Roman"). Only
   * legacy-encoding repair reads it: a TCVN3/VNI font says how the bytes were typed.
   */
  font?: string;
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
}
