/**
 * DATE(year, month, day) as Excel computes it (Microsoft's DATE function reference): the serial
 * in the workbook's date system, Excel's fake 29/02/1900 counted, out-of-range parts carried,
 * years 0–1899 added to 1900, #NUM! outside 1900 (1904)…9999. Serials checked against Python's
 * date arithmetic (days since 30/12/1899 from March 1900 on).
 */
import { evaluateFormula, type FormulaValue } from '../../../src/core/formula';
import { evaluatePending } from '../../../src/core/formula/evaluate';
import type { Cell, Grid } from '../../../src/core/grid';

const CELLS: FormulaValue[][] = [[2024, 3, 5], ['2024', null, { error: '#N/A' }], ['x', true, 2.9]];
const lookup = (r: number, c: number): FormulaValue => CELLS[r]?.[c] ?? null;
const value = (f: string, date1904 = false) => {
  const res = evaluateFormula(f, lookup, 'Phụ lục', date1904);
  return 'value' in res ? res.value : 'unsupported';
};

test.each<[string, FormulaValue | 'unsupported']>([
  ['DATE(2024,3,5)', 45356],
  ['DATE(A1,B1,C1)', 45356],
  ['DATE(A2,3,5)', 45356], // a text year that is a plain integer
  ['DATE(2024.9,3.7,5.2)', 45356], // parts truncated
  ['DATE(2024,2,29)', 45351],
  ['DATE(2023,2,29)', 44986], // carried into March
  ['DATE(2024,13,1)', 45658], // month 13 = January next year
  ['DATE(2024,1,0)', 45291], // day 0 = the last day of the month before
  ['DATE(2024,0,1)', 45261], // month 0 = December of the year before
  ['DATE(99,1,1)', 36161], // 0–1899 added to 1900
  ['DATE(1899,12,31)', 693962], // = 3799-12-31
  ['DATE(1900,1,1)', 1],
  ['DATE(1900,1,0)', 0],
  ['DATE(1900,2,28)', 59],
  ['DATE(1900,2,29)', 60], // Excel's fake leap day
  ['DATE(1900,3,0)', 60],
  ['DATE(1900,3,1)', 61],
  ['DATE(9999,12,31)', 2958465],
  ['DATE(2024,3,5)+1', 45357],
  ['DATE(2024,3,5)-DATE(2024,1,1)', 64],
  ['DATE(B2,1,1)', 1], // an empty cell is 0: year 0 is 1900
  ['DATE(B3,1,1)', 367], // TRUE is 1 → 1901-01-01
  ['DATE(2024,3,C3)', 45353], // 2.9 → 2
])('%s = %p', (f, want) => {
  expect(value(f)).toEqual(want);
});

test.each<[string, FormulaValue | 'unsupported']>([
  ['DATE(-1,1,1)', { error: '#NUM!' }],
  ['DATE(10000,1,1)', { error: '#NUM!' }],
  ['DATE(9999,12,32)', { error: '#NUM!' }],
  ['DATE(1900,0,1)', { error: '#NUM!' }], // December 1899
  ['DATE(1900,1,-1)', { error: '#NUM!' }],
  ['DATE(2024,3,C2)', { error: '#N/A' }], // errors propagate
  ['DATE(A3,1,1)', 'unsupported'], // text read in the user's locale: not guessed
  ['DATE("5/3/2024",1,1)', 'unsupported'],
  ['DATE(2024,3)', 'unsupported'], // Excel does not take the formula at all
])('%s is %p (Excel: the error; text it would read by locale is not guessed)', (f, want) => {
  expect(value(f)).toEqual(want);
});

test.each<[string, FormulaValue]>([
  ['DATE(1904,1,1)', 0],
  ['DATE(2024,3,5)', 43894],
  ['DATE(1903,12,31)', { error: '#NUM!' }],
  ['DATE(4,1,1)', 0], // 4 + 1900 = 1904
])('in the 1904 date system %s = %p', (f, want) => {
  expect(value(f, true)).toEqual(want);
});

test('a workbook saved without values gets DATE computed in its own date system (the reader’s evaluatePending)', () => {
  const mk = (date1904: boolean): Grid => ({
    name: 'Phụ lục',
    rows: [[{ value: null, formula: 'DATE(2024,3,5)', numFmt: 'dd/mm/yyyy', uncomputed: true } as Cell]],
    merges: [],
    ...(date1904 && { date1904 }),
  });
  for (const [date1904, want] of [[false, 45356], [true, 43894]] as const) {
    const grid = mk(date1904);
    const cell = grid.rows[0]![0]!;
    const got: unknown[] = [];
    evaluatePending([grid], [{ grid, cell, row: 0, col: 0 }], (c) => got.push(c.value));
    expect(got).toEqual([want]);
  }
});
