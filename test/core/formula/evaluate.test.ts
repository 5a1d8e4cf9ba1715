/** The budget formulas, evaluated as Excel does; recalculation after a write. */
import { applyEdits, setEdit } from '../../../src/core/fix';
import { evaluateFormula, formulaRefs, recalculate, type FormulaValue } from '../../../src/core/formula';
import { gridOf } from '../../helpers/grid';

// A1..C3: 1 2 3 / "4" (text) TRUE empty / 10 #N/A "x"
const CELLS: FormulaValue[][] = [
  [1, 2, 3],
  ['4', true, null],
  [10, { error: '#N/A' }, 'x'],
];
const lookup = (r: number, c: number): FormulaValue => CELLS[r]?.[c] ?? null;
const value = (f: string) => {
  const res = evaluateFormula(f, lookup, 'Phụ lục');
  return 'value' in res ? res.value : `unsupported`;
};

test.each<[string, FormulaValue | 'unsupported']>([
  ['1+2*3', 7],
  ['(1+2)*3', 9],
  ['-2^2', 4],
  ['2^3^2', 64],
  ['10%', 0.1],
  ['A1+B1*C1', 7],
  ['=SUM(A1:C1)', 6],
  ['SUM($A$1:$C$2)', 6],
  ['SUM($A$1:$C$3)', { error: '#N/A' }],
  ['SUM(A1:A2)', 1],
  ['SUM(A2,5)', 5],
  ['SUM("4",5)', 9],
  ['A2*2', 8],
  ['A3*10%', 1],
  ['SUM(A1:C1)*10%', 0.6000000000000001],
  ['ROUND(2.5,0)', 3],
  ['ROUND(-2.5,0)', -3],
  ['ROUND(1234567,-3)', 1235000],
  ['PRODUCT(A1:C1)', 6],
  ['C2+1', 1],
  ['A3&"đ"', '10đ'],
  ['IF(A1>0,"dương","âm")', 'dương'],
  ['IF(A1<0,B3,"ok")', 'ok'],
  ['A1=1', true],
  ['"a"="A"', true],
  ['1/0', { error: '#DIV/0!' }],
  ['B3+1', { error: '#N/A' }],
  ['SUM(A3:C3)', { error: '#N/A' }],
  ['C3*2', { error: '#VALUE!' }],
  ["'Phụ lục'!A1+1", 2],
  ["'Thống kê'!A1+1", 'unsupported'],
  ['F:F', 'unsupported'],
  ['VLOOKUP(1,A1:C3,2)', 'unsupported'],
  ['SUM(', 'unsupported'],
  ['', 'unsupported'],
])('%s = %p', (formula, want) => {
  expect(value(formula)).toEqual(want);
});

test('formulaRefs names the ranges a formula reads, or null when it reads another sheet', () => {
  expect(formulaRefs('SUM(F7:F13)+F14', 'S')).toEqual([
    { top: 6, left: 5, bottom: 12, right: 5 },
    { top: 13, left: 5, bottom: 13, right: 5 },
  ]);
  expect(formulaRefs("'Khác'!A1", 'S')).toBeNull();
});

describe('recalculate and applyEdits', () => {
  const grid = gridOf('S', [
    [1, 2, { value: 3, formula: 'A1+B1' }],
    [{ value: 30, formula: 'C1*10' }, { value: 99, formula: 'VLOOKUP(1,A1:A2,1)' }, { value: 5, formula: 'A2+B2' }],
  ]);
  test('a write recomputes what depends on it, through other formulas', () => {
    const after = applyEdits(grid, [setEdit(grid, 0, 0, 10)]);
    expect(after.rows[0]?.[2]).toEqual({ value: 12, formula: 'A1+B1' });
    expect(after.rows[1]?.[0]).toEqual({ value: 120, formula: 'C1*10' });
    // Not evaluable here: the cached value stays, and so does the value of what reads it.
    expect(after.rows[1]?.[1]).toEqual({ value: 99, formula: 'VLOOKUP(1,A1:A2,1)' });
  });
  test('formulas that do not depend on the write keep their cached value', () => {
    const stale = gridOf('S', [[1, 2, { value: 999, formula: 'A1+B1' }], [7, { value: 0, formula: 'A2*2' }]]);
    const after = applyEdits(stale, [setEdit(stale, 1, 0, 8)]);
    expect(after.rows[0]?.[2]?.value).toBe(999);
    expect(after.rows[1]?.[1]?.value).toBe(16);
  });
  test('without a list of changes every formula is computed (files saved without values)', () => {
    const none = gridOf('S', [[2, 3, { value: null, formula: 'A1*B1' }]]);
    expect(recalculate(none).rows[0]?.[2]?.value).toBe(6);
  });
  test('a circular reference keeps the cached values', () => {
    const circ = gridOf('S', [[{ value: 1, formula: 'B1+1' }, { value: 2, formula: 'A1+1' }, 5]]);
    expect(recalculate(circ).rows[0]).toEqual(circ.rows[0]);
  });
  test('writing a value keeps the number format, except a number into a text cell', () => {
    const g = gridOf('S', [[{ value: 1, numFmt: '#,##0' }, { value: '2', numFmt: '@' }]]);
    const after = applyEdits(g, [setEdit(g, 0, 0, 5), setEdit(g, 0, 1, 6)]);
    expect(after.rows[0]).toEqual([{ value: 5, numFmt: '#,##0' }, { value: 6 }]);
  });
});
