/**
 * The shared cases that concern reading (test/fixtures/cases/README.md), each with its README's
 * expectation, read by src/xlsx and checked by the engine as `phuluc check` does.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import { checkWorkbook } from '../../src/core/engine';
import type { Grid } from '../../src/core/grid';
import { cellDate } from '../../src/core/grid/date';
import type { RowReport, SheetReport } from '../../src/core/report';
import { readWorkbook } from '../../src/xlsx/read';

const CASES = path.join(__dirname, '..', 'fixtures', 'cases');
const load = (name: string) => {
  const r = readWorkbook(new Uint8Array(readFileSync(path.join(CASES, name))));
  const { sheets } = checkWorkbook(r.grids);
  return { grids: r.grids, sheets, read: r };
};
const rowOf = (s: SheetReport | undefined, row: number): RowReport | undefined => s?.rows.find((r) => r.row === row);
const issuesAt = (s: SheetReport | undefined, row: number) => (s?.issues ?? []).filter((i) => i.row === row);
const cell = (g: Grid | undefined, a1row: number, col: number) => g?.rows[a1row - 1]?.[col];

describe('iso-date-cells.xlsx: deadlines stored as ISO dates (t="d")', () => {
  const { grids, sheets } = load('iso-date-cells.xlsx');
  it('row 9 is a date due 2024-10-15 and row 11 due 2024-06-30, with no issue on either', () => {
    const s = sheets[0];
    expect(rowOf(s, 9)?.deadline).toMatchObject({ kind: 'date', due: '2024-10-15' });
    expect(rowOf(s, 11)?.deadline).toMatchObject({ kind: 'date', due: '2024-06-30' });
    expect(issuesAt(s, 9)).toEqual([]);
    expect(issuesAt(s, 11)).toEqual([]);
  });
  it('E11, without a style, is still a date (never the number 2024, never text)', () => {
    const e11 = cell(grids[0], 11, 4);
    expect(typeof e11?.value).toBe('number');
    expect(cellDate(e11)?.toISOString().slice(0, 10)).toBe('2024-06-30');
  });
});

describe('date1904.xlsx: the 1904 date system', () => {
  const { grids, sheets, read } = load('date1904.xlsx');
  it('reads E9 as 15/10/2024', () => {
    expect(read.date1904).toBe(true);
    expect(grids[0]?.date1904).toBe(true);
    expect(cellDate(cell(grids[0], 9, 4), true)?.toISOString().slice(0, 10)).toBe('2024-10-15');
    expect(rowOf(sheets[0], 9)?.deadline).toMatchObject({ kind: 'date', due: '2024-10-15' });
    expect(issuesAt(sheets[0], 9)).toEqual([]);
  });
});

describe('budget-formulas-no-cache.xlsx: formulas saved without values', () => {
  const { sheets } = load('budget-formulas-no-cache.xlsx');
  it('lines 6.000.000 / 4.500.000 / 3.000.000, total 13.500.000, no issue', () => {
    const s = sheets[0];
    expect(s?.kind).toBe('budget');
    expect([7, 8, 9, 10].map((r) => rowOf(s, r)?.amount)).toEqual([6000000, 4500000, 3000000, 13500000]);
    expect(s?.issues).toEqual([]);
  });
});

describe('budget-formulas-no-cache-wrong-words.xlsx', () => {
  const { sheets } = load('budget-formulas-no-cache-wrong-words.xlsx');
  it('one words issue whose suggestion spells 13.500.000', () => {
    const issues = sheets[0]?.issues ?? [];
    expect(issues.map((i) => i.code)).toEqual(['budget.words-mismatch']);
    expect(issues[0]?.data).toMatchObject({ total: 13500000 });
    expect(String(issues[0]?.suggestion)).toMatch(/Mười ba triệu năm trăm nghìn đồng/);
  });
});

describe('x000d-inline-strings.xlsx: _x000D_ from a Word paste', () => {
  const { grids, sheets } = load('x000d-inline-strings.xlsx');
  it('D8 partners are Thanh tra Sở and Phòng Pháp chế; the lead of row 11 is Văn phòng Sở', () => {
    expect(rowOf(sheets[0], 8)?.partners).toEqual(['Thanh tra Sở', 'Phòng Pháp chế']);
    expect(rowOf(sheets[0], 11)?.lead).toEqual(['Văn phòng Sở']);
    expect(issuesAt(sheets[0], 8).filter((i) => i.code.startsWith('unit.') || i.code.startsWith('partner.'))).toEqual([]);
    expect(issuesAt(sheets[0], 11).filter((i) => i.code.startsWith('unit.') || i.code.startsWith('lead.'))).toEqual([]);
  });
  it('no cell text contains _x000D_ (or any _xHHHH_ escape)', () => {
    const texts = grids.flatMap((g) => g.rows.flatMap((r) => (r ?? []).map((c) => c?.value))).filter((v): v is string => typeof v === 'string');
    expect(texts.length).toBeGreaterThan(20);
    expect(texts.filter((t) => /_x[0-9A-Fa-f]{4}_/.test(t))).toEqual([]);
  });
});
