/**
 * A budget whose amounts are formulas with no known value (Cell.uncomputed): the check says
 * they were not computed and never reports a total or words error from them (never 0).
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import { checkWorkbook } from '../../../src/core/engine';
import type { Cell, Grid } from '../../../src/core/grid';
import { readWorkbook } from '../../../src/xlsx/read';

const CASES = path.join(__dirname, '..', '..', 'fixtures', 'cases');
/** The case read without evaluating formulas: every amount of the budget is then unknown. */
const unevaluated = (name: string) => readWorkbook(new Uint8Array(readFileSync(path.join(CASES, name))), { evaluate: false }).grids;

describe.each(['budget-formulas-no-cache.xlsx', 'budget-formulas-no-cache-wrong-words.xlsx'])('%s with no formula computed', (name) => {
  const grids = unevaluated(name);
  const sheet = checkWorkbook(grids).sheets[0]!;

  it('reads the formula cells as unknown, not as 0', () => {
    expect(grids[0]!.rows[9]![5]).toEqual({ value: null, formula: 'SUM(F7:F9)', numFmt: '#,##0', uncomputed: true });
  });

  it('reports each amount as not computed, and no total or words error', () => {
    expect(sheet.kind).toBe('budget');
    expect(sheet.issues.map((i) => [i.code, i.cell, i.severity])).toEqual([
      ['cell.not-computed', 'F7', 'warning'],
      ['cell.not-computed', 'F8', 'warning'],
      ['cell.not-computed', 'F9', 'warning'],
      ['cell.not-computed', 'F10', 'warning'],
    ]);
    expect(sheet.issues[3]?.data).toEqual({ formula: 'SUM(F7:F9)' });
  });
});

describe('only the total unknown, the lines known', () => {
  const grid = (words: string, total: Cell): Grid => ({
    name: 'Dự toán',
    rows: [
      [{ value: 'STT' }, { value: 'Nội dung chi tiết' }, { value: 'Đơn vị tính' }, { value: 'Số lượng' }, { value: 'Định mức' }, { value: 'Số tiền' }],
      [{ value: 1 }, { value: 'Tập huấn' }, { value: 'Lớp' }, { value: 2 }, { value: 1000000 }, { value: 2000000 }],
      [{ value: 2 }, { value: 'Kiểm tra' }, { value: 'Đợt' }, { value: 1 }, { value: 500000 }, { value: 500000 }],
      [{ value: 'TỔNG CỘNG' }, undefined, undefined, undefined, undefined, total],
      [{ value: words }],
    ],
    merges: [],
  });

  it('words are not judged against an unknown total', () => {
    const sheet = checkWorkbook([grid('(Bằng chữ: Mười triệu đồng)', { value: null, formula: 'INDIRECT("F2")+F3', uncomputed: true })]).sheets[0]!;
    expect(sheet.issues.map((i) => i.code)).toEqual(['cell.not-computed']);
  });

  it('the same table with the total known still has its words error (the check is not switched off)', () => {
    const sheet = checkWorkbook([grid('(Bằng chữ: Mười triệu đồng)', { value: 2500000, formula: 'SUM(F2:F3)' })]).sheets[0]!;
    expect(sheet.issues.map((i) => i.code)).toEqual(['budget.words-mismatch']);
  });
});
