import type { Cell, Grid, MergeRange } from '../grid';
import { recalculate } from '../formula/recalc';
import type { Edit } from './types';

/**
 * Applies edits to a Grid in memory (the CLI and Office adapters do the same on real workbooks).
 * The result shares the rows no edit writes with `grid` (neither is changed).
 * Sets first (a set replaces a formula by its value), then the formulas that depend on the set
 * cells are recalculated as Excel would (formula/recalc.ts), then deletions bottom-up; merges
 * below a deleted row move up, merges over it shrink. Formula texts are not shifted by deletions
 * and keep the values computed before them (the .xlsx writer and Excel shift references).
 */
export function applyEdits(grid: Grid, edits: Edit[]): Grid {
  // Copy on write: the rows no edit writes are the input's (a renumbering of a 100,000-row sheet
  // writes most rows, a batch of deadlines a few); a written row is copied once.
  const rows = grid.rows.slice();
  const changed: [number, number][] = [];
  for (const e of edits) {
    if (e.kind !== 'set') continue;
    const r = e.row - 1;
    changed.push([r, e.col]);
    while (rows.length <= r) rows.push([]);
    let row = rows[r] as (Cell | undefined)[] | undefined;
    // still the input's row (or a hole): this batch's own copy
    if (!row || row === grid.rows[r]) {
      row = row ? row.slice() : [];
      rows[r] = row;
    }
    while (row.length <= e.col) row.push(undefined);
    // Excel keeps the cell's number format, except that a number written into a text (@) cell
    // makes it a number cell (the Office adapter does the same).
    const numFmt = row[e.col]?.numFmt;
    const cell: Cell = { value: e.value };
    if (numFmt !== undefined && !(numFmt === '@' && typeof e.value === 'number')) cell.numFmt = numFmt;
    // The cell keeps its font unless the edit sets one (a repaired legacy cell gets a Unicode font).
    const font = e.font ?? row[e.col]?.font;
    if (font !== undefined) cell.font = font;
    row[e.col] = cell;
  }
  if (changed.length > 0) {
    const recalculated = recalculate({ ...grid, rows }, changed).rows;
    for (let r = 0; r < recalculated.length; r++) rows[r] = recalculated[r] as (Cell | undefined)[] | undefined;
  }
  let merges: MergeRange[] = grid.merges.slice();
  const deletions = edits.filter((e) => e.kind === 'delete-row').map((e) => e.row - 1).sort((a, b) => b - a);
  for (const r of deletions) {
    if (r < rows.length) rows.splice(r, 1);
    merges = merges.flatMap((m) => {
      if (m.bottom < r) return [m];
      if (m.top > r) return [{ ...m, top: m.top - 1, bottom: m.bottom - 1 }];
      if (m.top === m.bottom) return [];
      return [{ ...m, bottom: m.bottom - 1 }];
    });
  }
  return { ...grid, rows, merges };
}
