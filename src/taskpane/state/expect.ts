/**
 * A batch the pane builds, stamped with what the sheet held when phuluc read it: the sheet's id,
 * and for every cell it writes or row it deletes the value it expects to find (WriteBatch's
 * contract, src/excel/types.ts). The adapter compares them in the same Excel.run before writing
 * and refuses the whole batch on any difference ('sheet-changed'), so results computed from an
 * older read are never written blindly.
 */
import type { Cell, Grid } from '../../core/grid';
import type { CellExpectation, ExpectedCell, SheetGrid, WriteBatch, WriteOp } from '../../excel/types';

/** A grid cell as the adapter compares it: value, formula, error (nothing else). */
export function expectedOf(cell: Cell | undefined): ExpectedCell {
  if (!cell) return null;
  const out: NonNullable<ExpectedCell> = { value: cell.value };
  if (cell.formula !== undefined) out.formula = cell.formula;
  if (cell.error !== undefined) out.error = cell.error;
  return out;
}

/** The cells of 1-based `row` from column 0 to `width` - 1, as expectations. */
export function rowExpectations(grid: Grid, row: number, width: number): CellExpectation[] {
  const cells = grid.rows[row - 1] ?? [];
  const out: CellExpectation[] = [];
  for (let col = 0; col < width; col++) out.push({ row, col, expected: expectedOf(cells[col]) });
  return out;
}

function widthOf(grid: Grid): number {
  let w = 0;
  for (const row of grid.rows) if (row && row.length > w) w = row.length;
  return w;
}

/**
 * `batch` on `grid`'s sheet, each op carrying what `grid` holds where it writes (an op that
 * already carries one keeps it). Ops after a row insert name rows as they are after it: those are
 * mapped back to the grid's rows; cells of an inserted row expect nothing. An insert also expects
 * the row it goes below and the row it pushes down to be as read, so it never lands between a
 * task and a continuation row added since.
 */
export function stampBatch(grid: SheetGrid, batch: Omit<WriteBatch, 'sheetId'>): WriteBatch {
  const inserts: { row: number; count: number }[] = [];
  /** The grid row (1-based) an op's row was before this batch, or null for a row it inserted. */
  const before = (row: number): number | null => {
    let r = row;
    for (let i = inserts.length - 1; i >= 0; i--) {
      const ins = inserts[i]!;
      if (r >= ins.row + ins.count) r -= ins.count;
      else if (r >= ins.row) return null;
    }
    return r;
  };
  const cell = (row: number, col: number) => grid.rows[row - 1]?.[col];
  const expect: CellExpectation[] = [...(batch.expect ?? [])];
  const width = widthOf(grid);
  const ops: WriteOp[] = batch.ops.map((op): WriteOp => {
    switch (op.kind) {
      case 'set':
      case 'formula': {
        if (op.expected !== undefined) return op;
        const orig = before(op.row);
        if (orig === null) return op;
        if (orig !== op.row) {
          // The op names the row as it is after an insert; the expectation, as it was before.
          expect.push({ row: orig, col: op.col, expected: expectedOf(cell(orig, op.col)) });
          return op;
        }
        return { ...op, expected: expectedOf(cell(op.row, op.col)) };
      }
      case 'delete-row': {
        if (op.expected !== undefined) return op;
        const cells = grid.rows[op.row - 1] ?? [];
        return { ...op, expected: Array.from({ length: Math.max(width, cells.length) }, (_, c) => expectedOf(cells[c])) };
      }
      case 'insert-rows': {
        const above = before(op.beforeRow - 1);
        const below = before(op.beforeRow);
        if (above !== null && above >= 1) expect.push(...rowExpectations(grid, above, width));
        if (below !== null && below <= grid.rows.length) expect.push(...rowExpectations(grid, below, width));
        inserts.push({ row: op.beforeRow, count: op.values.length });
        return op;
      }
    }
  });
  const out: WriteBatch = { label: batch.label, sheetId: grid.sheetId, ops };
  if (expect.length) out.expect = expect;
  return out;
}
