import type { Cell, Grid } from '../../../src/core/grid';
import { NOT_COMPUTABLE, evaluateIn, evaluatePending } from '../../../src/core/formula';
import type { Lookup, PendingFormula } from '../../../src/core/formula';

/** Sheet "S": A1..A3 = 2, 3, 4; B1 = "Văn phòng"; B2 = TRUE; B3 = "12"; C1 = #N/A; D1 blank; E1 = "6.000.000"; G4 not computed. "Phụ lục 2"!F10 = 13,500,000. */
const S: Grid = {
  name: 'S',
  rows: [
    [{ value: 2 }, { value: 'Văn phòng' }, { value: null, error: '#N/A' }, undefined, { value: '6.000.000' }],
    [{ value: 3 }, { value: true }],
    [{ value: 4 }, { value: '12' }],
    [undefined, undefined, undefined, undefined, undefined, undefined, { value: null, formula: 'X', uncomputed: true }],
  ],
  merges: [],
};
const P: Grid = { name: 'Phụ lục 2', rows: Array.from({ length: 10 }, (_, i) => (i === 9 ? [undefined, undefined, undefined, undefined, undefined, { value: 13500000 }] : [])), merges: [] };
const lookup: Lookup = {
  grid: (sheet) => (sheet === undefined ? S : [S, P].find((g) => g.name.toLowerCase() === sheet.toLowerCase())),
  value: (g, r, c) => {
    const cell = g.rows[r]?.[c];
    if (!cell) return null;
    if (cell.uncomputed) throw NOT_COMPUTABLE;
    if (cell.error) return { error: cell.error };
    return cell.value as number | string | boolean | null;
  },
};
const ev = (f: string) => evaluateIn(f, lookup);

describe('evaluateIn', () => {
  it.each<[string, number | string | boolean]>([
    ['1+2*3', 7],
    ['(1+2)*3', 9],
    ['-2^2', 4], // negation before ^ in Excel
    ['2^3^2', 64], // ^ is left-associative in Excel
    ['10-4-3', 3],
    ['A1*A2+A3', 10],
    ['SUM(A1:A3)', 9],
    ['SUM(A:A)', 9],
    ['SUM(2:3)', 7], // text and logicals in ranges are skipped, as in Excel
    ['ROUND(2.345,2)', 2.35],
    ['ROUND(13500000*10%,0)', 1350000],
    ["'Phụ lục 2'!F10/1000", 13500],
    ["ROUND('phụ lục 2'!F10*0.1,-3)", 1350000],
    ['D1+1', 1], // a blank cell is 0 in arithmetic
    ['D1', 0], // =D1 of a blank shows 0
    ['B1&" Sở"', 'Văn phòng Sở'],
    ['A1&"/"&A2', '2/3'],
    ['A1>A2', false],
    ['B1="VĂN PHÒNG"', true], // text compares without case
    ['IF(A1>1,"lớn","nhỏ")', 'lớn'],
    ['IF(A1>5,INDIRECT("x"),7)', 7], // the branch not taken is never evaluated
    ['IFERROR(C1,0)', 0],
    ['AND(A1>1,B2)', true],
    ['OR(A1>5,FALSE)', false],
    ['NOT(B2)', false],
    ['PRODUCT(A1:A3)', 24],
    ['MAX(A1:A3)-MIN(A1:A3)', 2],
    ['AVERAGE(A1:A3)', 3],
    ['COUNT(A1:E1)', 1],
    ['COUNTA(A1:B3)', 6],
    ['SUMPRODUCT(A1:A3,A1:A3)', 29],
    ['SUMIF(A1:A3,">2")', 7],
    ['A3+B3', 16], // digits-only text is a number in every locale
    ['50%', 0.5],
    ['LEN(B1)', 9],
    ['UPPER(B1)', 'VĂN PHÒNG'],
    ['INT(-1.5)', -2],
    ['MOD(7,3)', 1],
    ['ABS(-A1)', 2],
    ['_xlfn.CONCAT("a","b")', 'ab'],
  ])('=%s → %p', (f, value) => {
    expect(ev(f)).toEqual({ ok: true, value });
  });

  it.each<[string, string]>([
    ['1/0', '#DIV/0!'],
    ['C1+1', '#N/A'],
    ['SUM(A1:C1)', '#N/A'],
    ['SUM(1:1)', '#N/A'],
    ['"a"-""', '#VALUE!'],
    ['#REF!+1', '#REF!'],
    ['NoSuchSheet!A1', '#REF!'],
    ['0^0', '#NUM!'],
  ])('=%s → error %s', (f, error) => {
    expect(ev(f)).toEqual({ ok: true, error });
  });

  it.each([
    ['TODAY()', 'volatile'],
    ['NOW()+1', 'volatile'],
    ['RAND()', 'volatile'],
    ['INDIRECT("A1")', 'volatile'],
    ['OFFSET(A1,1,0)', 'volatile'],
    ['Budget*2', 'a defined name'],
    ['Table1[Col]', 'a table'],
    ['[1]Sheet1!A1', 'another workbook'],
    ['SUM(Sheet1:Sheet3!A1)', '3-D'],
    ['E1*2', 'text that a locale would read (6.000.000)'],
    ['SUM("6.000.000")', 'locale text given directly to a function'],
    ['A1:A3 A2:A3', 'intersection'],
    ['SUM({1,2,3})', 'array constant'],
    ['G4+1', 'a cell that is itself not computed'],
    ['SUM(G:G)', 'a range holding a cell not computed'],
    ['A1:A3+1', 'a range in a scalar place'],
    ['1/3&""', 'General rendering of a fraction'],
    ['VLOOKUP(1,A1:B3,2,FALSE)', 'a function not in the list'],
    ['ROUND(A1,)', 'an omitted argument'],
    ['SUM(A1', 'unbalanced'],
  ])('=%s is not computed (%s)', (f) => {
    expect(ev(f)).toEqual({ ok: false });
  });
});

describe('evaluatePending', () => {
  const sheet = (rows: Array<Array<Cell | undefined>>, name = 'T'): Grid => ({ name, rows, merges: [] });
  const pending = (g: Grid, row: number, col: number): PendingFormula => ({ grid: g, cell: g.rows[row]![col]!, row, col });

  it('evaluates chains in any order, each once, and marks what fails', () => {
    const g = sheet([[{ value: 1 }, { value: null, formula: 'C1*2', uncomputed: true }, { value: null, formula: 'A1+1', uncomputed: true }, { value: null, formula: 'TODAY()', uncomputed: true }, { value: null, formula: 'D1+1', uncomputed: true }]]);
    const list = [pending(g, 0, 1), pending(g, 0, 2), pending(g, 0, 3), pending(g, 0, 4)];
    const seen: Cell[] = [];
    expect(evaluatePending([g], list, (c) => seen.push(c))).toBe(2);
    expect(g.rows[0]).toEqual([{ value: 1 }, { value: 4, formula: 'C1*2' }, { value: 2, formula: 'A1+1' }, { value: null, formula: 'TODAY()', uncomputed: true }, { value: null, formula: 'D1+1', uncomputed: true }]);
    expect(seen).toHaveLength(2);
  });

  it('a long chain of formulas (each row adding to the one above) is evaluated without overflowing the stack', () => {
    const rows: Array<Array<Cell | undefined>> = [[{ value: 1 }]];
    for (let r = 1; r < 5000; r++) rows.push([{ value: null, formula: `A${r}+1`, uncomputed: true }]);
    const g = sheet(rows);
    const list = rows.slice(1).map((_, i) => pending(g, i + 1, 0)).reverse(); // worst order: the last row first
    evaluatePending([g], list, () => undefined);
    expect(g.rows[4999]?.[0]?.value).toBe(5000);
    expect(g.rows.every((r) => r?.[0]?.uncomputed === undefined)).toBe(true);
  });
});
