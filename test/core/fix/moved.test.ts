/**
 * locateStale: where the cells a refused write depends on are now, after rows were inserted or
 * deleted by hand. Each case edits a column of values the way a clerk would, and the expected
 * places are computed from the edit (not from the function).
 */
import { locateStale, type CheckedCell } from '../../../src/core/fix';
import { lastValueRow } from '../../../src/core/grid';

type Col = (string | number | null)[];

/** A column of cells (row 1 first) checked at these 1-based rows. */
function checkedAt(col: Col, rows: readonly number[]): CheckedCell[] {
  return rows.map((row) => ({ row, col: 0, seen: { value: col[row - 1] ?? null } }));
}

function run(before: Col, after: Col, rows: readonly number[]) {
  const cells = checkedAt(before, rows);
  const asRows = (c: Col) => c.map((v) => [v === null ? undefined : { value: v }]);
  const shift = lastValueRow(asRows(after)) - lastValueRow(asRows(before));
  const holds = (c: CheckedCell, row: number) => row >= 1 && (after[row - 1] ?? null) === c.seen.value;
  return locateStale(cells, holds, shift);
}

const TABLE: Col = ['Phụ lục', 'STT', 1, 2, 3, 4, 5, 6, 'Ký tên'];
const ROWS = [3, 4, 5, 6, 7, 8]; // the numbers

const insert = (c: Col, at: number, n: number): Col => [...c.slice(0, at - 1), ...Array<null>(n).fill(null), ...c.slice(at - 1)];
const remove = (c: Col, at: number, n: number): Col => [...c.slice(0, at - 1), ...c.slice(at - 1 + n)];
const type = (c: Col, at: number, v: string | number): Col => c.map((x, i) => (i === at - 1 ? v : x));

describe('locateStale', () => {
  it.each([
    // [what, sheet after, expected [check row, row now, moved, placed] of each stale cell, rowsMoved]
    ['2 rows inserted above every cell', insert(TABLE, 2, 2), ROWS.map((r) => [r, r + 2, true, true]), 2],
    ['1 row inserted between rows 5 and 6', insert(TABLE, 6, 1), [6, 7, 8].map((r) => [r, r + 1, true, true]), 1],
    ['1 row deleted above every cell', remove(TABLE, 1, 1), ROWS.map((r) => [r, r - 1, true, true]), -1],
    ['row 5 deleted: the cells below moved up, row 5 cannot be placed', remove(TABLE, 5, 1), [[5, 5, false, false], ...[6, 7, 8].map((r) => [r, r - 1, true, true])], -1],
    ['1 row inserted above and the moved row 6 typed over', type(insert(TABLE, 2, 1), 7, 99), [[6, 7, false, true], ...[3, 4, 5, 7, 8].map((r) => [r, r + 1, true, true])], 1],
    ['row 4 typed over, no row moved', type(TABLE, 4, 99), [[4, 4, false, true]], undefined],
    ['a row added below the table: nothing the write depends on moved', [...TABLE, 'Ghi chú'], [], undefined],
    ['nothing changed', TABLE, [], undefined],
  ] as [string, Col, [number, number, boolean, boolean][], number | undefined][])('%s', (_what, after, expected, rowsMoved) => {
    const verdict = run(TABLE, after, ROWS);
    const got = verdict.stale.map((s) => [s.cell.row, s.rowNow, s.moved, s.placed]).sort((a, b) => Number(a[0]) - Number(b[0]));
    expect(got).toEqual([...expected].sort((a, b) => a[0] - b[0]));
    expect(verdict.rowsMoved).toBe(rowsMoved);
  });

  it('a row inserted and another deleted (last row unchanged): the cells named where the check saw them', () => {
    const after = remove(insert(TABLE, 4, 1), 8, 1);
    const verdict = run(TABLE, after, ROWS);
    expect(verdict.rowsMoved).toBeUndefined();
    for (const s of verdict.stale) expect(s.rowNow).toBe(s.cell.row);
    expect(verdict.stale.map((s) => s.cell.row)).toEqual([4, 5, 6, 7]);
  });

  it('a cell typed over and a line added below the table: no row found moved, said as a maybe, named where the check saw it', () => {
    const verdict = run(TABLE, [...type(TABLE, 4, 99), 'Ghi chú'], ROWS);
    expect(verdict.rowsMoved).toBeUndefined();
    expect(verdict.lastRowMoved).toBe(1);
    expect(verdict.stale.map((s) => [s.cell.row, s.rowNow, s.moved, s.placed])).toEqual([[4, 4, false, false]]);
  });

  it('a value every line repeats (a unit) is no evidence: the deleted line cannot be placed, the lines below moved', () => {
    const before = [['STT', 'ĐVT'], [1, 'Lần'], [2, 'Lần'], [3, 'Lần'], [4, 'Lần']];
    const after = [before[0]!, before[1]!, before[3]!, before[4]!];
    const cells: CheckedCell[] = [];
    for (let r = 2; r <= 5; r++) for (let c = 0; c < 2; c++) cells.push({ row: r, col: c, seen: { value: before[r - 1]![c]! } });
    const holds = (cell: CheckedCell, row: number) => after[row - 1]?.[cell.col] === cell.seen.value;
    const verdict = locateStale(cells, holds, after.length - before.length);
    const got = verdict.stale.map((s) => [`${'AB'[s.cell.col]}${s.cell.row}`, s.rowNow, s.moved, s.placed]);
    // The deleted line's number first (unplaced), then the cells that moved up, non-empty first.
    expect(got).toEqual([['A3', 3, false, false], ['A4', 3, true, true], ['A5', 4, true, true], ['B5', 4, true, true]]);
    expect(verdict.rowsMoved).toBe(-1);
  });

  it('empty cells are no evidence of a move: an insert above only blank checked cells is not a move', () => {
    const before: Col = ['Phụ lục', null, null, 'x'];
    const after = insert(before, 2, 1);
    // Checked: the blank rows 2 and 3 only; both still blank where they were.
    const verdict = run(before, after, [2, 3]);
    expect(verdict.stale).toEqual([]);
    expect(verdict.rowsMoved).toBeUndefined();
  });
});
