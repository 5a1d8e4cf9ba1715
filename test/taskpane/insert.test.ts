import type { SheetReport } from '../../src/core/report';
import { bestSectionFor, guessStt, insertRowInGrid, rowValues, sectionsOf } from '../../src/taskpane/insert';
import { fillTemplate, defaultTemplates } from '../../src/templates';
import { taskGrid } from './fixture';

const report: SheetReport = {
  name: 'Phụ lục',
  kind: 'tasks',
  headerRows: [3],
  columns: { stt: 'A', task: 'B', lead: 'C', partners: 'D', deadline: 'E', product: 'F' },
  rows: [
    { row: 4, kind: 'section', section: 'I', title: 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH' },
    { row: 5, kind: 'task', stt: '1', section: 'I' },
    { row: 6, kind: 'continuation', section: 'I' },
    { row: 7, kind: 'section', section: 'II', title: 'CẢI CÁCH THỂ CHẾ' },
    { row: 8, kind: 'section', section: 'III', title: 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH' },
    { row: 9, kind: 'task', stt: '2', section: 'III' },
  ],
  issues: [],
};

describe('insert planning', () => {
  it('finds each section with its last content row', () => {
    expect(sectionsOf(report).map((s) => [s.numeral, s.row, s.lastRow])).toEqual([
      ['I', 4, 6],
      ['II', 7, 7],
      ['III', 8, 9],
    ]);
  });

  it('matches a template area to the sheet section, accent- and wording-tolerant', () => {
    const secs = sectionsOf(report);
    expect(bestSectionFor(secs, 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH')?.numeral).toBe('III');
    expect(bestSectionFor(secs, 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH')?.numeral).toBe('I');
    expect(bestSectionFor(secs, 'CẢI CÁCH TÀI CHÍNH CÔNG')).toBeUndefined();
  });

  it('guesses the next STT; an empty section restarts at 1 unless numbering runs through', () => {
    const [i, ii, iii] = sectionsOf(report);
    expect(guessStt(report, i, 7)).toBe(2);
    expect(guessStt(report, iii, 10)).toBe(3);
    // Section III starts at 2: numbering runs through the table.
    expect(guessStt(report, ii, 8)).toBe(2);
  });

  it('places the filled template in the sheet’s own columns', () => {
    const t = defaultTemplates().find((x) => x.id === 'cd-ke-hoach-cchc')!;
    const v = rowValues(report, fillTemplate(t, 2026), 8, 7);
    expect(v).toEqual([7, 'Ban hành Kế hoạch CCHC năm 2026', 'Văn phòng Sở', 'Các phòng, đơn vị thuộc Sở', 'Trước ngày 31/01/2026', 'Kế hoạch', null, null]);
  });

  it('inserts a row into a grid copy, shifting merges below', () => {
    const g = taskGrid();
    const g2 = insertRowInGrid(g, 6, ['x']);
    expect(g2.rows[6]?.[0]?.value).toBe('x');
    expect(g2.rows[7]?.[0]?.value).toBe('II');
    expect(g2.merges).toContainEqual({ top: 7, left: 1, bottom: 7, right: 8 });
    expect(g2.merges).toContainEqual({ top: 3, left: 1, bottom: 3, right: 8 });
    expect(g.rows.length).toBe(9);
  });
});
