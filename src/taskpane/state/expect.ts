/**
 * A batch the pane builds, stamped with the sheet it was computed from (WriteBatch's contract,
 * src/excel/types.ts). Every op already carries what the check saw where it writes (`seen`, from
 * the engine's edits and the pane's planners); a row insert also depends on the rows around it,
 * which it does not write: those are added as expectations, so that an insert never lands between
 * a task and a continuation row added since the check. The adapter compares all of them in the
 * same Excel.run before writing and refuses the whole batch on any difference ('sheet-changed').
 */
import { seenOf } from '../../core/fix';
import { lastValueRow, type Grid } from '../../core/grid';
import type { CellExpectation, SheetGrid, WriteBatch } from '../../excel/types';

/** The cells of 1-based `row` from column 0 to `width` - 1, as expectations. */
export function rowExpectations(grid: Grid, row: number, width: number): CellExpectation[] {
  const cells = grid.rows[row - 1] ?? [];
  const out: CellExpectation[] = [];
  for (let col = 0; col < width; col++) out.push({ row, col, seen: seenOf(cells[col], grid.date1904) });
  return out;
}

function widthOf(grid: Grid): number {
  let w = 0;
  for (const row of grid.rows) if (row && row.length > w) w = row.length;
  return w;
}

/**
 * `batch` on `grid`'s sheet. For each row insert, the row it goes below and the row it pushes
 * down (rows as before the batch) must still hold what `grid` holds. `lastRow`: the grid's last
 * row holding a value, so that a refusal can name cells where rows moved them.
 */
export function stampBatch(grid: SheetGrid, batch: Omit<WriteBatch, 'sheetId'>): WriteBatch {
  const inserts: { row: number; count: number }[] = [];
  /** The grid row (1-based) a row of the batch was before it, or null for a row it inserted. */
  const before = (row: number): number | null => {
    let r = row;
    for (let i = inserts.length - 1; i >= 0; i--) {
      const ins = inserts[i]!;
      if (r >= ins.row + ins.count) r -= ins.count;
      else if (r >= ins.row) return null;
    }
    return r;
  };
  const expect: CellExpectation[] = [...(batch.expect ?? [])];
  const width = widthOf(grid);
  for (const op of batch.ops) {
    if (op.kind !== 'insert-rows') continue;
    const above = before(op.beforeRow - 1);
    const below = before(op.beforeRow);
    if (above !== null && above >= 1) expect.push(...rowExpectations(grid, above, width));
    if (below !== null && below <= grid.rows.length) expect.push(...rowExpectations(grid, below, width));
    inserts.push({ row: op.beforeRow, count: op.values.length });
  }
  const out: WriteBatch = { label: batch.label, sheetId: grid.sheetId, ops: batch.ops, lastRow: lastValueRow(grid.rows) };
  if (expect.length) out.expect = expect;
  if (batch.readBack) out.readBack = batch.readBack;
  return out;
}
