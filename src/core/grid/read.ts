import { formatDate, formatDateNumber } from './date';
import type { Cell, Grid } from './types';

/** The cell at (row, col), 0-based, or undefined. */
export function cellAt(grid: Grid, row: number, col: number): Cell | undefined {
  return grid.rows[row]?.[col];
}

/**
 * The text a clerk sees in a cell: strings as they are; dates (Date values, and numbers under a
 * date number format, whatever the adapter's display text) as dd/mm/yyyy (see formatDateNumber);
 * other numbers as Excel shows them when the adapter knows, otherwise plainly. Empty cells give "".
 * `date1904`: the grid's date system (Grid.date1904).
 */
export function cellText(cell: Cell | undefined, date1904 = false): string {
  if (!cell) return '';
  const v = cell.value;
  if (v === null || v === undefined) return cell.text ?? '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && cell.numFmt !== undefined) {
    const shown = formatDateNumber(v, cell.numFmt, date1904);
    if (shown !== undefined) return shown;
  }
  if (cell.text !== undefined && cell.text !== '') return cell.text;
  if (v instanceof Date) return formatDate(v);
  return String(v);
}

export function isBlank(cell: Cell | undefined): boolean {
  if (!cell) return true;
  if (cell.error) return false;
  const v = cell.value;
  if (v === null || v === undefined) return true;
  return typeof v === 'string' && v.trim() === '';
}

/** Number of columns in the widest row. */
export function gridWidth(grid: Grid): number {
  let w = 0;
  for (const row of grid.rows) if (row && row.length > w) w = row.length;
  return w;
}

/**
 * The 1-based last row holding a value (a formula, an error, or a value other than ""), 0 for
 * none: the bottom of Excel's used range by values (`getUsedRange(true)`), which an add-in can
 * compare later to tell that rows were inserted or deleted (src/core/fix/moved.ts).
 */
export function lastValueRow(rows: Grid['rows']): number {
  for (let r = rows.length - 1; r >= 0; r--) {
    const row = rows[r];
    if (row?.some((c) => c !== undefined && (c.formula !== undefined || c.error !== undefined || (c.value !== null && c.value !== undefined && c.value !== '')))) return r + 1;
  }
  return 0;
}
