/**
 * A new worksheet described as data: what phuluc creates (a quarterly report, an issue list, a new
 * appendix). The CLI writes it into a new .xlsx (createWorkbook); the pane writes the same
 * description into a new sheet of the open workbook through the adapter. Rows and columns are
 * 0-based here; widths in Excel character units, heights in points.
 */
export interface FontSpec {
  name?: string;
  /** Points. */
  size?: number;
  bold?: boolean;
  italic?: boolean;
  /** RGB hex, "C00000". */
  color?: string;
}

export interface CellStyleSpec {
  font?: FontSpec;
  /** Solid background, RGB hex. */
  fill?: string;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'center' | 'bottom';
  wrap?: boolean;
  /** Thin borders on all four sides (table cells). */
  border?: boolean;
  /** An Excel number format code ("0", "#,##0"). */
  numFmt?: string;
}

export type CellValueSpec = string | number | boolean | null;

export interface CellSpec {
  value: CellValueSpec;
  style?: CellStyleSpec;
  /**
   * Text meant to stay text though it reads as a number ("66,7%"): Excel is told not to flag it
   * as a number stored as text (the sheet's `ignoredErrors`), so no green triangle marks it.
   */
  numberAsText?: true;
}

export interface MergeSpec {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface PageSpec {
  orientation: 'portrait' | 'landscape';
  /** ISO paper sizes used by Vietnamese administration (Nghị định 30/2020: A4). */
  paper: 'A4';
  /** Scale the printout to the page's width (any number of pages tall). */
  fitToWidth?: boolean;
  /** Margins in centimetres (Nghị định 30/2020: top/bottom 2 cm, left 3 cm, right 1.5–2 cm). */
  margins?: { top: number; bottom: number; left: number; right: number };
  /** Centred page-number footer ("Trang 1/3"). */
  pageNumbers?: boolean;
}

export interface ListValidationSpec {
  /** Column and inclusive rows, 0-based. */
  col: number;
  firstRow: number;
  lastRow: number;
  items: string[];
}

export interface SheetSpec {
  /** 1–31 characters, none of / \ ? * [ ] : (Excel's rule). */
  name: string;
  /** rows[r][c]; undefined or null for an empty cell. */
  rows: (CellSpec | undefined)[][];
  merges?: MergeSpec[];
  /** Column widths by index. */
  widths?: number[];
  /**
   * Row heights in points (0 < h ≤ 409, Excel's limit) by index; a row without one gets the
   * estimate of `estimateRowHeights` when its wrapped text needs more than one line.
   */
  heights?: (number | undefined)[];
  /** Freeze the rows above (and columns left of) this cell. */
  freeze?: { rows: number; cols: number };
  /** A filter over these rows and columns (0-based, inclusive), the first row being its header. */
  autoFilter?: MergeSpec;
  /** Rows repeated at the top of every printed page (0-based, inclusive). */
  printTitleRows?: { first: number; last: number };
  page?: PageSpec;
  validations?: ListValidationSpec[];
  /** The font of cells without one (and of the sheet's empty cells). */
  defaultFont?: FontSpec;
}

/** Excel's rule for worksheet names; also used by the pane before it adds a sheet. */
export function isValidSheetName(name: string): boolean {
  return name.length >= 1 && name.length <= 31 && !/[/\\?*[\]:]/.test(name) && !/^'|'$/.test(name);
}
