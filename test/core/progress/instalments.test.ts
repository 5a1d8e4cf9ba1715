/**
 * Tasks of several instalments, completion dates after the report's date, report dates before
 * the period. Expected figures worked out by hand from the rows below (comments say why).
 */
import { checkSheet, parsePeriod, periodReport, progressOverview, reportNotes, type ProgressItem } from '../../../src/core';
import { gridOf } from '../../helpers/grid';
import { PROGRESS_HEADER } from '../../helpers/progress-sheet';

const grid = gridOf(
  'Phụ lục',
  [
    ['CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026 CỦA SỞ NỘI VỤ'],
    PROGRESS_HEADER,
    ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH'],
    /* r4 */ [1, 'Báo cáo CCHC định kỳ', 'Văn phòng Sở', null, 'Tháng 3, 6, 9, 12/2026', 'Đang thực hiện'], // 31/03 30/06 30/09 31/12
    /* r5 */ [2, 'Kiểm tra CCHC', 'Thanh tra Sở', null, 'Quý I và Quý III/2026', null], // 31/03 30/09
    /* r6 */ [3, 'Ban hành quy chế', 'Văn phòng Sở', null, 'Quý I/2026', 'Hoàn thành ngày 15/04/2026'], // due 31/03, done 15/04 (late)
    /* r7 */ [4, 'Sơ kết', 'Văn phòng Sở', null, 'Quý III/2026', null], // due 30/09
    /* r8 */ [5, 'Tổng kết', 'Thanh tra Sở', null, 'Quý II/2026', 'Đã hoàn thành ngày 20/05/2026'], // due 30/06, done 20/05
  ],
  ['A1:F1', 'B3:F3'],
);
const report = checkSheet(grid).report;
const rows = (items: readonly ProgressItem[]) => items.map((i) => i.row);
const listed = (r: ReturnType<typeof periodReport>) => r.sections.flatMap((s) => s.items);

test('the engine reports each instalment of a several-deadline cell', () => {
  const deadlines = report.rows.filter((r) => r.kind === 'task').map((r) => r.deadline);
  expect(deadlines[0]).toMatchObject({ due: '2026-12-31', instalments: ['2026-03-31', '2026-06-30', '2026-09-30', '2026-12-31'] });
  expect(deadlines[1]).toMatchObject({ due: '2026-09-30', instalments: ['2026-03-31', '2026-09-30'] });
  expect(deadlines[2]?.instalments).toBeUndefined(); // one deadline: no instalments
});

describe('Quý I/2026', () => {
  const q1 = parsePeriod('Quý I/2026')!;

  test('on 10/04: the instalment tasks are listed (their March instalment is due) and overdue; row 6 was not done yet', () => {
    const r = periodReport(report, q1, '2026-04-10');
    expect(rows(listed(r))).toEqual([4, 5, 6]);
    expect(listed(r).map((i) => i.openDue)).toEqual(['2026-03-31', '2026-03-31', undefined]);
    expect(listed(r).map((i) => i.state)).toEqual(['overdue', 'overdue', 'overdue']);
    expect(r.counts).toEqual({ total: 3, doneOnTime: 0, doneLate: 0, inProgress: 0, notStarted: 0, overdue: 3 });
    expect(r.notYetDue).toBe(2); // rows 7, 8
    expect(r.completedAfterDate).toBe(1);
    expect(reportNotes(r).some((n) => n.startsWith('1 nhiệm vụ ghi ngày hoàn thành sau ngày báo cáo 10/04/2026'))).toBe(true);
  });

  test('on 15/02: nothing is overdue; "Hoàn thành ngày 15/04" counts as under way, not done', () => {
    const r = periodReport(report, q1, '2026-02-15');
    expect(listed(r).map((i) => i.state)).toEqual(['in-progress', 'not-started', 'in-progress']);
    expect(r.counts.doneLate + r.counts.doneOnTime).toBe(0);
  });

  test('on 30/04: row 6 is done late (15/04 is before the date)', () => {
    const r = periodReport(report, q1, '2026-04-30');
    expect(listed(r).find((i) => i.row === 6)?.state).toBe('done-late');
    expect(r.completedAfterDate).toBe(0);
    expect(reportNotes(r).some((n) => n.includes('sau ngày báo cáo'))).toBe(false);
  });
});

test('6 tháng/2026 on 10/07: row 4 is judged against its June instalment, row 5 against March', () => {
  const r = periodReport(report, parsePeriod('6 tháng/2026')!, '2026-07-10');
  expect(rows(listed(r))).toEqual([4, 5, 6, 8]);
  expect(listed(r).map((i) => i.openDue)).toEqual(['2026-06-30', '2026-03-31', undefined, undefined]);
  expect(r.counts).toEqual({ total: 4, doneOnTime: 1, doneLate: 1, inProgress: 0, notStarted: 0, overdue: 2 });
  expect(r.notYetDue).toBe(1);
});

describe('a report date before the period', () => {
  test.each([
    ['Quý I/2026', '2020-01-01', true],
    ['Quý II/2026', '2026-03-31', true],
    ['Quý I/2026', '2026-01-01', false], // the first day of the period
    ['Quý I/2026', '2026-04-10', false],
    ['Năm 2026', '2025-12-31', true],
  ])('%s on %s: note %s', (period, asOf, note) => {
    const notes = reportNotes(periodReport(report, parsePeriod(period)!, asOf));
    expect(notes.some((n) => n.includes('ở trước kỳ báo cáo'))).toBe(note);
  });
});

describe('the Tiến độ view agrees', () => {
  test('on 10/04: an instalment task counts in each quarter it falls due in; overdue follows the last instalment passed', () => {
    const o = progressOverview(report, '2026-04-10');
    // Q1: rows 4 5 6; Q2: rows 4 8; Q3: rows 4 5 7; Q4: row 4 — none done on 10/04 (row 8 done 20/05)
    expect(o.byQuarter).toEqual([
      { quarter: 1, total: 3, done: 0 },
      { quarter: 2, total: 2, done: 0 },
      { quarter: 3, total: 3, done: 0 },
      { quarter: 4, total: 1, done: 0 },
    ]);
    expect(rows(o.overdue)).toEqual([4, 5, 6]);
    expect(o.byLead.find((l) => l.lead === 'Văn phòng Sở')).toEqual({ lead: 'Văn phòng Sở', quarters: [2, 1, 2, 1], recurring: 0, conditional: 0, other: 0, total: 3 });
  });

  test('on 10/06: due soon is row 4 (its June instalment); row 8 is done', () => {
    const o = progressOverview(report, '2026-06-10');
    expect(rows(o.dueSoon)).toEqual([4]);
    expect(o.items.find((i) => i.row === 8)?.state).toBe('done-on-time');
  });

  test('on 01/02: nothing overdue, the instalment tasks follow their March instalment', () => {
    const o = progressOverview(report, '2026-02-01');
    expect(o.overdue).toEqual([]);
    expect(o.items.filter((i) => i.instalments).map((i) => i.openDue)).toEqual(['2026-03-31', '2026-03-31']);
  });
});
