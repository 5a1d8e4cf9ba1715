import { checkSheet } from '../../src/core';
import { cellText } from '../../src/core/grid';
import { synthesize, valuesJson } from '../../bench/synthetic';

describe('synthesize', () => {
  const syn = synthesize({ rows: 2000 });
  const g = syn.grid;
  const text = (row: number, col: number) => cellText(g.rows[row - 1]?.[col]);

  it('has the asked number of data rows, plus titles, header and eight sections', () => {
    expect(syn.dataRows).toBe(2000);
    expect(syn.taskRows + syn.continuationRows).toBe(2000);
    expect(g.rows).toHaveLength(syn.headerRow + 8 + 2000);
    expect(text(syn.headerRow, 0)).toBe('STT');
    expect(text(syn.headerRow, 7)).toBe('Thời gian thực hiện');
    const sections = g.rows.filter((r) => /^[IVX]+$/.test(cellText(r?.[0])));
    expect(sections.map((r) => cellText(r?.[0]))).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII']);
  });

  it('mixes tasks with continuation rows', () => {
    expect(syn.continuationRows / syn.dataRows).toBeGreaterThan(0.15);
    expect(syn.continuationRows / syn.dataRows).toBeLessThan(0.35);
  });

  it('plants about 1% faults of every kind, where it says', () => {
    expect(syn.faults.length).toBe(20);
    expect(new Set(syn.faults.map((f) => f.kind))).toEqual(new Set(['quarter-v', 'wrong-year', 'unit-typo', 'stt-gap']));
    for (const f of syn.faults) {
      if (f.kind === 'quarter-v') expect(text(f.row, 7)).toBe('Quý V/2024');
      if (f.kind === 'wrong-year') expect(text(f.row, 7)).toBe('Quý II/2023');
      if (f.kind === 'unit-typo') expect(['Văn phỏng Sở', 'Thanh tra Sơ', 'Phòng Kế hoạch - Tài chinh']).toContain(text(f.row, 5));
      if (f.kind === 'stt-gap') expect(typeof g.rows[f.row - 1]?.[0]?.value).toBe('number');
    }
  });

  it('has no faults when the rate is 0, and the same grid for the same seed', () => {
    expect(synthesize({ rows: 500, faultRate: 0 }).faults).toEqual([]);
    expect(valuesJson(synthesize({ rows: 300, seed: 7 }).grid)).toBe(valuesJson(synthesize({ rows: 300, seed: 7 }).grid));
    expect(valuesJson(synthesize({ rows: 300, seed: 7 }).grid)).not.toBe(valuesJson(synthesize({ rows: 300, seed: 8 }).grid));
  });

  it('serialises values only, as a 2-D array with one entry per row', () => {
    const parsed = JSON.parse(valuesJson(g)) as unknown[][];
    expect(parsed).toHaveLength(g.rows.length);
    expect(parsed[syn.headerRow - 1]?.[0]).toBe('STT');
  });

  it('is an appendix the engine reads, with every planted fault reported on its row', () => {
    const { report } = checkSheet(g);
    expect(report.kind).toBe('tasks');
    expect(report.headerRows).toEqual([syn.headerRow]);
    expect(report.planYear).toBe(2024);
    const want: Record<string, string> = {
      'quarter-v': 'deadline.invalid',
      'wrong-year': 'deadline.year-mismatch',
      'unit-typo': 'unit.unknown',
      'stt-gap': 'stt.gap',
    };
    for (const f of syn.faults) {
      expect({ f, found: report.issues.some((i) => i.row === f.row && i.code === want[f.kind]) }).toEqual({ f, found: true });
    }
    // Clean rows stay clean: no error that is not a planted fault.
    const faultRows = new Set(syn.faults.map((f) => f.row));
    expect(report.issues.filter((i) => i.severity === 'error' && !faultRows.has(i.row))).toEqual([]);
  });
});
