/**
 * The pane's grid after its own batch (state/after-write.ts): which batches it may build in
 * memory, which cells it asks Excel for, and when it must read the sheet again.
 */
import type { Edit } from '../../src/core/fix';
import type { Cell } from '../../src/core/grid';
import type { BatchWritten, SheetGrid, WriteOp } from '../../src/excel/types';
import { coreEdits, formulaCells, gridAfterWrite } from '../../src/taskpane/state/after-write';

const v = (value: Cell['value']): Cell => ({ value });
const f = (value: number, formula: string): Cell => ({ value, formula });

/** Rows 1-6: a header, four lines (A2:B5), a total =SUM(B2:B5) in B6. */
function grid(extra: Partial<SheetGrid> = {}): SheetGrid {
  return {
    name: 'Dự toán',
    sheetId: '{S}',
    merges: [],
    rows: [[v('Nội dung'), v('Số tiền')], [v('a'), v(1)], [v('b'), v(2)], [v('c'), f(3, 'B2+B3')], [v('d'), v(4)], [v('Tổng'), f(10, 'SUM(B2:B5)')]],
    ...extra,
  };
}

const set = (row: number, col: number, value: string | number | null, seen: string | number | null): Edit => ({ kind: 'set', row, col, address: `${'AB'[col]}${row}`, value, seen: { value: seen } });
const del = (row: number): Edit => ({ kind: 'delete-row', row, seen: [] });
const written = (cells: BatchWritten['cells'], lastRowBefore = 6, active = true): BatchWritten => ({ cells, lastRowBefore, active });

describe('coreEdits: only cell writes and row deletions are built in memory', () => {
  it.each<[string, WriteOp[], boolean]>([
    ['cell writes', [set(2, 1, 5, 1)], true],
    ['cell writes and a deletion', [set(2, 1, 5, 1), del(3)], true],
    ['nothing', [], true],
    ['a row insert', [set(2, 1, 5, 1), { kind: 'insert-rows', beforeRow: 3, values: [['x']] }], false],
    ['a formula', [{ kind: 'formula', row: 6, col: 1, formula: 'SUM(B2:B5)', seen: { value: 10 } }], false],
  ])('%s', (_, ops, inMemory) => {
    expect(coreEdits(ops) !== null).toBe(inMemory);
  });
});

describe('formulaCells: every formula the batch neither writes nor deletes', () => {
  it.each<[string, Edit[], number, { row: number; col: number }[] | null]>([
    ['no edit', [], 10, [{ row: 4, col: 1 }, { row: 6, col: 1 }]],
    ['a value written over a formula', [set(4, 1, 3, 3)], 10, [{ row: 6, col: 1 }]],
    ['the row of a formula deleted', [del(4)], 10, [{ row: 6, col: 1 }]],
    ['more formulas than the limit', [], 1, null],
    ['exactly the limit', [], 2, [{ row: 4, col: 1 }, { row: 6, col: 1 }]],
  ])('%s', (_, edits, limit, expected) => {
    expect(formulaCells(grid(), edits, limit)).toEqual(expected);
  });
});

describe('gridAfterWrite', () => {
  it('applies the writes and takes each formula from Excel, at the row a deletion moved it to', () => {
    const g = grid({ hiddenRows: [2, 5] });
    const next = gridAfterWrite(g, [set(2, 1, 5, 1), del(3)], written([{ row: 6, col: 1, cell: f(12, 'SUM(B2:B4)') }, { row: 4, col: 1, cell: { value: null, error: '#REF!', formula: 'B2+#REF!' } }]))!;
    expect(next.sheetId).toBe('{S}');
    expect(next.rows.map((r) => r?.map((c) => c?.value ?? c?.error))).toEqual([['Nội dung', 'Số tiền'], ['a', 5], ['c', '#REF!'], ['d', 4], ['Tổng', 12]]);
    expect(next.rows[4]![1]!.formula).toBe('SUM(B2:B4)');
    // Hidden row 3 (0-based 2) was deleted; row 6 (5) is now row 5 (4).
    expect(next.hiddenRows).toEqual([4]);
    // The check's grid is left as it was.
    expect(g.rows[5]![1]).toEqual(f(10, 'SUM(B2:B5)'));
    expect(g.rows.length).toBe(6);
  });

  it('empties a formula cell Excel reports empty', () => {
    const next = gridAfterWrite(grid(), [set(2, 1, 5, 1)], written([{ row: 6, col: 1, cell: undefined }]))!;
    expect(next.rows[5]![1]).toBeUndefined();
  });

  it.each<[string, number]>([
    ['rows inserted or typed below since the check', 7],
    ['rows deleted since the check', 5],
    ['an empty sheet now', 0],
  ])('reads the sheet again when its last value row moved: %s', (_, lastRowBefore) => {
    expect(gridAfterWrite(grid(), [set(2, 1, 5, 1)], written([], lastRowBefore))).toBeNull();
  });
});
