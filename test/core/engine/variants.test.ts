/** The engine on appendix layouts we have not seen in the real fixtures (see variants.ts). */
import { checkSheet } from '../../../src/core';
import { NOT_APPENDICES, VARIANTS } from './variants';

describe.each(VARIANTS)('$name', (v) => {
  const { report } = checkSheet(v.grid);

  test('table, header and plan year', () => {
    expect(report.kind).toBe(v.kind);
    if (v.headerRows) expect(report.headerRows).toEqual(v.headerRows);
    if (v.columns) expect(report.columns).toEqual(v.columns);
    if (v.planYear !== undefined) expect(report.planYear).toBe(v.planYear);
    if (v.planYearSource !== undefined) expect(report.planYearSource).toBe(v.planYearSource);
    if (v.kinds) {
      const got: Record<number, string> = {};
      for (const row of Object.keys(v.kinds)) got[Number(row)] = report.rows.find((x) => x.row === Number(row))?.kind ?? 'none';
      expect(got).toEqual(v.kinds);
    }
  });

  test('finds each planted fault on its cell', () => {
    const missed = (v.faults ?? []).filter((f) => !report.issues.some((i) => i.code === f.code && i.cell === f.cell));
    expect(missed).toEqual([]);
  });

  test('reports no other error', () => {
    const planted = v.faults ?? [];
    const others = report.issues.filter((i) => i.severity === 'error' && !planted.some((f) => f.code === i.code && f.cell === i.cell));
    expect(others.map((i) => `${i.code}@${i.cell}`)).toEqual([]);
  });
});

test.each(NOT_APPENDICES)('$name is not an appendix and gets no error', ({ grid }) => {
  const { report } = checkSheet(grid);
  expect(report.kind).toBe('none');
  expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
});
