/**
 * Cached formula values are read only when an application that calculates left them
 * (src/xlsx/cached-values.ts); otherwise formulas are evaluated or marked uncomputed, and a
 * stale 0 is never the budget total. Files from test/fixtures/cached-values (make.py there:
 * XlsxWriter, openpyxl, LibreOffice, and an Excel-style calcPr).
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import { checkWorkbook } from '../../src/core/engine';
import type { Grid } from '../../src/core/grid';
import { cachedValuesVerdict } from '../../src/xlsx/cached-values';
import { readWorkbook } from '../../src/xlsx/read';
import { buildXlsx } from './build';

const file = (name: string) => new Uint8Array(readFileSync(path.join(__dirname, '../fixtures/cached-values', name)));
const total = (g: Grid) => g.rows[6]?.[2];

describe('cachedValuesVerdict (calcPr evidence, ECMA-376 Part 1, 18.2.2)', () => {
  it.each([
    [{ fullCalcOnLoad: true, calcPr: { calcId: '124519' } }, 'untrusted'],
    [{ fullCalcOnLoad: false, calcPr: { calcId: '191029' } }, 'trusted'],
    [{ fullCalcOnLoad: false, calcPr: { calcId: '191029', calcMode: 'manual' } }, 'trusted'],
    [{ fullCalcOnLoad: false, calcPr: { calcId: '191029', calcMode: 'manual', calcOnSave: false } }, 'untrusted'],
    [{ fullCalcOnLoad: false, calcPr: {} }, 'untrusted'],
    [{ fullCalcOnLoad: false, calcPr: { calcId: ' ' } }, 'untrusted'],
    [{ fullCalcOnLoad: false }, 'untrusted'],
  ] as const)('%j → %s', (wb, verdict) => {
    expect(cachedValuesVerdict(wb)).toBe(verdict);
  });
});

describe('files from real producers', () => {
  it.each([
    ['xlsxwriter-zero.xlsx', 'XlsxWriter (cached 0, fullCalcOnLoad)'],
    ['xlsxwriter-zero-no-calcpr.xlsx', 'XlsxWriter without calcPr'],
    ['openpyxl-zero-no-calcpr.xlsx', 'openpyxl with <v>0</v>, no calcPr'],
    ['libreoffice.xlsx', 'LibreOffice keeping the 0 it loaded (calcPr without calcId)'],
  ])('%s (%s): the total is computed, 12,500,000, never the stale 0', (name) => {
    const read = readWorkbook(file(name));
    const g = read.grids[0] as Grid;
    expect(total(g)?.formula).toBe('SUM(C3:C5)');
    expect(total(g)?.value).toBe(12_500_000);
    expect(g.rows[2]?.[2]?.value).toBe(6_000_000);
    expect(read.formulas.pending).toBe(4);
    expect(read.formulas.evaluated).toBe(4);
  });

  it('an Excel-saved workbook (calcPr calcId) is read from its cached values, nothing evaluated', () => {
    // evaluate: false leaves every pending formula uncomputed: the values can only come from the cache
    const read = readWorkbook(file('excel-cached.xlsx'), { evaluate: false });
    expect(read.formulas.pending).toBe(0);
    expect(total(read.grids[0] as Grid)?.value).toBe(12_500_000);
    expect(total(read.grids[0] as Grid)?.uncomputed).toBeUndefined();
  });

  it('the words under the total are not a false error (the stale 0 would make one)', () => {
    for (const name of ['xlsxwriter-zero-no-calcpr.xlsx', 'openpyxl-zero-no-calcpr.xlsx', 'libreoffice.xlsx', 'excel-cached.xlsx']) {
      const issues = checkWorkbook(readWorkbook(file(name)).grids).sheets.flatMap((s) => s.issues);
      expect(issues.map((i) => i.code)).toEqual([]);
    }
  });

  it('the real Excel fixtures keep their cached values (nothing pending)', () => {
    for (const name of ['binh-dinh-2022.xlsx', 'quang-tri-2024.xlsx']) {
      const read = readWorkbook(new Uint8Array(readFileSync(path.join(__dirname, '../fixtures', name))));
      expect(read.formulas.pending).toBe(0);
    }
  });

  it('a formula the evaluator cannot compute, cached untrusted, is uncomputed (null), not its 0', () => {
    const bytes = buildXlsx({
      calcPr: null,
      sheets: [{ name: 'S', data: '<row r="1"><c r="A1"><f>INDIRECT("B1")</f><v>0</v></c><c r="B1"><v>5</v></c></row>' }],
    });
    const a1 = readWorkbook(bytes).grids[0]?.rows[0]?.[0];
    expect(a1?.value).toBeNull();
    expect(a1?.uncomputed).toBe(true);
  });
});
