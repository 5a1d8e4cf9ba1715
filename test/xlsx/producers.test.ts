/**
 * Workbooks as openpyxl, XlsxWriter and LibreOffice write them (test/fixtures/producers, made by
 * make.py there; README.md lists each one's expectation).
 */
import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { checkWorkbook } from '../../src/core/engine';
import type { Grid } from '../../src/core/grid';
import { cellDate } from '../../src/core/grid/date';
import type { SheetReport } from '../../src/core/report';
import { readWorkbook } from '../../src/xlsx/read';
import type { WorkbookRead } from '../../src/xlsx/read';

const DIR = path.join(__dirname, '..', 'fixtures', 'producers');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.xlsx')).sort();
const cache = new Map<string, { read: WorkbookRead; sheets: SheetReport[] }>();
const load = (name: string) => {
  let hit = cache.get(name);
  if (!hit) {
    const read = readWorkbook(new Uint8Array(readFileSync(path.join(DIR, name))));
    hit = { read, sheets: checkWorkbook(read.grids).sheets };
    cache.set(name, hit);
  }
  return hit;
};
const grid = (name: string, sheet: string): Grid => {
  const g = load(name).read.grids.find((x) => x.name === sheet);
  if (!g) throw new Error(`no sheet ${sheet} in ${name}`);
  return g;
};
const at = (g: Grid, a1: string) => {
  const m = /^([A-Z])(\d+)$/.exec(a1)!;
  return g.rows[Number(m[2]) - 1]?.[m[1]!.charCodeAt(0) - 65];
};
const day = (g: Grid, a1: string) => cellDate(at(g, a1), g.date1904)?.toISOString().slice(0, 10);

it('finds the producer files', () => {
  expect(FILES.length).toBeGreaterThanOrEqual(6);
});

describe.each(FILES)('%s', (name) => {
  it('reads every worksheet listed, with no _xHHHH_ escape left and no error in the appendix', () => {
    const { read, sheets } = load(name);
    const listed = read.sheets.filter((s) => s.kind === 'worksheet').map((s) => s.name);
    expect(read.grids.map((g) => g.name)).toEqual(listed);
    const texts = read.grids.flatMap((g) => g.rows.flatMap((r) => (r ?? []).map((c) => c?.value))).filter((v): v is string => typeof v === 'string');
    expect(texts.filter((t) => /_x[0-9A-Fa-f]{4}_/.test(t))).toEqual([]);
    expect(sheets.flatMap((s) => s.issues).filter((i) => i.severity === 'error')).toEqual([]);
  });
});

describe('what each producer file holds', () => {
  it('openpyxl with an image, a chart and notes', () => {
    const { read } = load('openpyxl-image-chart-notes.xlsx');
    expect(read.grids.map((g) => g.name)).toEqual(['Phụ lục', 'Số liệu']);
    const g = grid('openpyxl-image-chart-notes.xlsx', 'Phụ lục');
    expect([day(g, 'E9'), day(g, 'E11')]).toEqual(['2024-10-15', '2024-06-30']);
    expect(at(g, 'B7')?.value).toBe('Xây dựng Kế hoạch cải cách hành chính năm 2024');
    expect(at(grid('openpyxl-image-chart-notes.xlsx', 'Số liệu'), 'B3')?.value).toBe(5);
  });

  it('openpyxl ISO dates (t="d")', () => {
    const { sheets } = load('openpyxl-iso-dates.xlsx');
    const rows = sheets[0]?.rows ?? [];
    expect(rows.find((r) => r.row === 9)?.deadline).toMatchObject({ kind: 'date', due: '2024-10-15' });
    expect(rows.find((r) => r.row === 11)?.deadline).toMatchObject({ kind: 'date', due: '2024-06-30' });
    expect(sheets[0]?.issues).toEqual([]);
  });

  it.each(['openpyxl-budget-formulas.xlsx', 'libreoffice-budget-formulas.xlsx'])('%s: amounts, and formulas across sheets', (name) => {
    const { sheets } = load(name);
    const budget = sheets.find((s) => s.name === 'Phụ lục 2');
    expect([7, 8, 9, 10].map((r) => budget?.rows.find((x) => x.row === r)?.amount)).toEqual([6000000, 4500000, 3000000, 13500000]);
    expect(budget?.issues).toEqual([]);
    const t = grid(name, 'Tổng hợp');
    expect(['B1', 'B2', 'B3', 'B4'].map((a) => at(t, a)?.value)).toEqual([13500000, 1350000, 12150, -1350000]);
  });

  it('openpyxl: TODAY() has no value in the file and is not computed (never 0)', () => {
    expect(at(grid('openpyxl-budget-formulas.xlsx', 'Tổng hợp'), 'B5')).toEqual({ value: null, formula: 'TODAY()', uncomputed: true });
  });

  it('LibreOffice: TODAY() is not read from the cache (calcPr without calcId: LibreOffice keeps values it did not recalculate) and is volatile, so uncomputed', () => {
    const b5 = at(grid('libreoffice-budget-formulas.xlsx', 'Tổng hợp'), 'B5');
    expect(b5?.formula).toMatch(/TODAY\(\)/);
    expect(b5?.value).toBeNull();
    expect(b5?.uncomputed).toBe(true);
  });

  it('XlsxWriter constant memory: inline strings with _x000D_, formulas recomputed over the cached 0', () => {
    const { sheets, read } = load('xlsxwriter-constant-memory.xlsx');
    expect(read.package.workbook.fullCalcOnLoad).toBe(true);
    const tasks = sheets.find((s) => s.name === 'Phụ lục');
    expect(tasks?.rows.find((r) => r.row === 8)?.partners).toEqual(['Thanh tra Sở', 'Phòng Pháp chế']);
    expect(tasks?.rows.find((r) => r.row === 9)?.lead).toEqual(['Thanh tra Sở']);
    const b = grid('xlsxwriter-constant-memory.xlsx', 'Phụ lục 2');
    expect(at(b, 'F10')).toEqual({ value: 13500000, formula: 'SUM(F7:F9)', numFmt: '#,##0', text: '13.500.000' });
    expect(sheets.find((s) => s.name === 'Phụ lục 2')?.issues).toEqual([]);
  });

  it('XlsxWriter 1904 system', () => {
    const g = grid('xlsxwriter-1904.xlsx', 'Phụ lục');
    expect(g.date1904).toBe(true);
    expect(day(g, 'E7')).toBe('2024-10-15');
    expect(load('xlsxwriter-1904.xlsx').sheets[0]?.rows.find((r) => r.row === 7)?.deadline).toMatchObject({ due: '2024-10-15' });
  });
});
