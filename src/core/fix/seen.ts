/**
 * What the check saw, carried by every edit (the stale-write guard), and the one rule for
 * comparing it with a sheet. Writers (Office.js, the .xlsx writer) read the cells they are about
 * to change, turn each into a Cell as their reader does, and call `matchesSeen` / `matchesSeenRow`;
 * any difference means the sheet changed since the check: write nothing.
 */
import { a1, type Cell, type Grid } from '../grid';
import { dateToSerial } from '../grid/date';
import type { DeleteRowEdit, Edit, SeenCell, SetEdit, SourceCell } from './types';

/** A cell as seen: its value (a Date as its serial in the given date system), formula, error. */
export function seenOf(cell: Cell | undefined, date1904 = false): SeenCell {
  if (!cell) return { value: null };
  const v = cell.value;
  const seen: SeenCell = { value: v instanceof Date ? dateToSerial(v, date1904) : v === '' ? null : v };
  if (cell.formula !== undefined) seen.formula = cell.formula;
  if (cell.error !== undefined) {
    seen.error = cell.error;
    seen.value = null;
  }
  return seen;
}

/** A row's cells as seen, from column A to the last non-empty one (0-based grid row r). */
export function seenRowOf(grid: Grid, r: number): SeenCell[] {
  const row = grid.rows[r] ?? [];
  const out: SeenCell[] = [];
  let last = -1;
  for (let c = 0; c < row.length; c++) {
    const s = seenOf(row[c], grid.date1904);
    out.push(s);
    if (!isEmpty(s)) last = c;
  }
  out.length = last + 1;
  return out;
}

/** A `set` edit of the grid cell at (r, col), 0-based, carrying what the grid holds there. */
export function setEdit(grid: Grid, r: number, col: number, value: string | number | null): SetEdit {
  return { kind: 'set', row: r + 1, col, address: a1(r, col), value, seen: seenOf(grid.rows[r]?.[col], grid.date1904) };
}

/** The grid cell at (r, col), 0-based, as a fix's source (what the check saw there). */
export function sourceCell(grid: Grid, r: number, col: number): SourceCell {
  return { row: r + 1, col, address: a1(r, col), seen: seenOf(grid.rows[r]?.[col], grid.date1904) };
}

/**
 * Every cell of 0-based rows `first`..`last` (inclusive), from column A to the widest row's last
 * cell, as sources: for a fix computed from a whole block (a budget, a fragment row).
 */
export function blockSources(grid: Grid, first: number, last: number): SourceCell[] {
  const rows: number[] = [];
  for (let r = first; r <= last; r++) rows.push(r);
  return rowSources(grid, rows);
}

/** Every cell of these 0-based rows, from column A to the widest of them's last cell, as sources. */
export function rowSources(grid: Grid, rows: readonly number[]): SourceCell[] {
  let width = 0;
  for (const r of rows) width = Math.max(width, grid.rows[r]?.length ?? 0);
  const out: SourceCell[] = [];
  for (const r of rows) for (let c = 0; c < width; c++) out.push(sourceCell(grid, r, c));
  return out;
}

/** The sources whose cells in this grid no longer hold what the check saw: empty when the fix may be written. */
export function staleSources(grid: Grid, sources: readonly SourceCell[]): SourceCell[] {
  const date1904 = grid.date1904 === true;
  return sources.filter((s) => !matchesSeen(s.seen, grid.rows[s.row - 1]?.[s.col], date1904));
}

/** A `delete-row` edit of grid row r (0-based), carrying the row's cells as seen. */
export function deleteRowEdit(grid: Grid, r: number): DeleteRowEdit {
  return { kind: 'delete-row', row: r + 1, seen: seenRowOf(grid, r) };
}

function isEmpty(s: SeenCell): boolean {
  return s.value === null && s.formula === undefined && s.error === undefined;
}

/**
 * Whether a cell (as a writer reads it now) still holds what the check saw. A seen formula is
 * compared as formula text (its cached value may have been recalculated); otherwise the cell must
 * hold no formula, the same error, or the same value: text exactly, numbers exactly (a Date
 * read by the writer as its serial in `date1904`), empty as null or "".
 */
export function matchesSeen(seen: SeenCell, cell: Cell | undefined, date1904 = false): boolean {
  const now = seenOf(cell, date1904);
  if (seen.formula !== undefined || now.formula !== undefined) {
    return stripEquals(seen.formula) === stripEquals(now.formula);
  }
  if (seen.error !== undefined || now.error !== undefined) return seen.error === now.error;
  const a = seen.value === '' ? null : seen.value;
  return a === now.value;
}

/** Whether a row (cells from column A, as the writer reads them now) still holds exactly what was seen. */
export function matchesSeenRow(seen: readonly SeenCell[], cells: ReadonlyArray<Cell | undefined>, date1904 = false): boolean {
  const width = Math.max(seen.length, cells.length);
  for (let c = 0; c < width; c++) {
    if (!matchesSeen(seen[c] ?? { value: null }, cells[c], date1904)) return false;
  }
  return true;
}

/**
 * The edits whose cells (or rows) in this grid no longer hold what the check saw: empty when the
 * batch may be written. For writers and tests that hold the sheet as a Grid.
 */
export function staleEdits(grid: Grid, edits: readonly Edit[]): Edit[] {
  const date1904 = grid.date1904 === true;
  return edits.filter((e) =>
    e.kind === 'set'
      ? !matchesSeen(e.seen, grid.rows[e.row - 1]?.[e.col], date1904)
      : !matchesSeenRow(e.seen, grid.rows[e.row - 1] ?? [], date1904),
  );
}

function stripEquals(f: string | undefined): string | undefined {
  return f === undefined ? undefined : f.replace(/^=/, '');
}
