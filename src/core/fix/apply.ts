import type { Cell, Grid, MergeRange } from '../grid';
import type { Edit } from './types';

/**
 * Applies edits to a Grid in memory (the CLI and Office adapters do the same on real workbooks).
 * Sets first, then deletions bottom-up; merges below a deleted row move up, merges over it shrink.
 */
export function applyEdits(grid: Grid, edits: Edit[]): Grid {
  const rows = grid.rows.map((row) => (row ? row.slice() : row));
  for (const e of edits) {
    if (e.kind !== 'set') continue;
    const r = e.row - 1;
    while (rows.length <= r) rows.push([]);
    const row = (rows[r] ?? []).slice() as (Cell | undefined)[];
    while (row.length <= e.col) row.push(undefined);
    // The cell keeps its font unless the edit sets one (a repaired legacy cell gets a Unicode font).
    const font = e.font ?? row[e.col]?.font;
    row[e.col] = font === undefined ? { value: e.value } : { value: e.value, font };
    rows[r] = row;
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
