/**
 * The sheet after one of phuluc's own batches of cell writes, known without reading it all again
 * (issue 6, "fast while safe"). What phuluc wrote is known: the adapter has checked, in the same
 * Excel.run, that every written cell held what the check saw, and read each one back after
 * writing (a cell Excel stored otherwise rolls the batch back). What the write cannot know is
 * what Excel recalculated: every formula of the sheet is read back in that same run
 * (`WriteBatch.readBack`), at the rows it moved to, and its value and text are Excel's.
 *
 * The sheet is read whole instead when its shape changed otherwise since the check (its last row
 * holding a value moved: the clerk inserted, deleted or typed rows), when the batch inserts rows
 * or writes formulas (the pane's other planners), or when the sheet has too many formulas to read
 * them one by one. A value the clerk typed inside the table since the check shows at the next
 * Kiểm tra; no later write goes over it, since every write is checked against what its check saw.
 */
import { applyEdits, type Edit } from '../../core/fix';
import { lastValueRow, type Cell } from '../../core/grid';
import type { BatchWritten, SheetGrid, WriteOp } from '../../excel/types';

/** More formulas than this: the sheet is read again whole (one block read is cheaper than scattered cells). */
export const MAX_READ_BACK = 2_000;

/** The ops when they are all core edits (cell writes, row deletions), else null. */
export function coreEdits(ops: readonly WriteOp[]): Edit[] | null {
  const out: Edit[] = [];
  for (const op of ops) {
    if (op.kind !== 'set' && op.kind !== 'delete-row') return null;
    out.push(op);
  }
  return out;
}

/**
 * The cells a batch of `edits` asks Excel to read back: every formula of `grid` it neither writes
 * nor deletes (rows before the batch). Null when there are more than `limit`.
 */
export function formulaCells(grid: SheetGrid, edits: readonly Edit[], limit = MAX_READ_BACK): { row: number; col: number }[] | null {
  const written = new Set<string>();
  const deleted = new Set<number>();
  for (const e of edits) {
    if (e.kind === 'set') written.add(`${e.row},${e.col}`);
    else deleted.add(e.row);
  }
  const out: { row: number; col: number }[] = [];
  for (let r = 0; r < grid.rows.length; r++) {
    const cells = grid.rows[r];
    if (!cells || deleted.has(r + 1)) continue;
    for (let col = 0; col < cells.length; col++)
      if (cells[col]?.formula !== undefined && !written.has(`${r + 1},${col}`)) {
        out.push({ row: r + 1, col });
        if (out.length > limit) return null;
      }
  }
  return out;
}

/**
 * `grid` (the sheet the batch was computed from) with `edits` applied and the formulas as Excel
 * recalculated them (`written.cells`), or null when the sheet must be read again: its last row
 * holding a value was not the check's when the batch was written.
 */
export function gridAfterWrite(grid: SheetGrid, edits: readonly Edit[], written: BatchWritten): SheetGrid | null {
  if (written.lastRowBefore !== lastValueRow(grid.rows)) return null;
  const next = applyEdits(grid, [...edits]);
  const deleted = edits.filter((e) => e.kind === 'delete-row').map((e) => e.row).sort((a, b) => a - b);
  /** Where 1-based `row` (before the batch) is after it, or null when it was deleted. */
  const after = (row: number): number | null => {
    let above = 0;
    for (const d of deleted) {
      if (d === row) return null;
      if (d < row) above++;
    }
    return row - above;
  };
  const rows = next.rows.slice();
  const copied = new Set<number>();
  for (const { row, col, cell } of written.cells) {
    const r = after(row);
    if (r === null) continue;
    const i = r - 1;
    if (!copied.has(i)) {
      rows[i] = (rows[i] ?? []).slice();
      copied.add(i);
    }
    const line = rows[i] as (Cell | undefined)[];
    while (line.length <= col) line.push(undefined);
    line[col] = cell;
  }
  const out: SheetGrid = { ...next, rows, sheetId: grid.sheetId };
  if (grid.hiddenRows && deleted.length) {
    out.hiddenRows = grid.hiddenRows.flatMap((r0) => {
      const r = after(r0 + 1);
      return r === null ? [] : [r - 1];
    });
  }
  return out;
}
