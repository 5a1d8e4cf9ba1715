/**
 * Progress over the engine's report. Expected figures are worked out by hand from the row list in
 * test/helpers/progress-sheet.ts (its comments say what each row is on 10/04/2026).
 */
import { checkSheet, itemText, parsePeriod, periodReport, progressOverview, type ProgressItem } from '../../../src/core';
import { progressSheet } from '../../helpers/progress-sheet';

const report = checkSheet(progressSheet()).report;
const rows = (items: ProgressItem[]) => items.map((i) => i.row);

describe('progressOverview on 10/04/2026', () => {
  const o = progressOverview(report, '2026-04-10');

  test('the tasks followed: every row with its own deadline, and the task without one; not the heading of row 12', () => {
    expect(rows(o.items)).toEqual([4, 5, 6, 7, 9, 10, 11, 13, 14, 16, 17, 18]);
    expect(o.totals).toEqual({ items: 12, dated: 9, recurring: 1, conditional: 1, undated: 1, otherYear: 1 });
    expect(o.hasStatusColumn).toBe(true);
    expect(o.planYear).toBe(2026);
  });

  test('an activity (rows 13, 14) names the task it belongs to (row 12); a task names none', () => {
    const byRow = new Map(o.items.map((i) => [i.row, i]));
    expect(byRow.get(13)?.task).toBe('Tuyên truyền CCHC');
    expect(byRow.get(14)?.task).toBe('Tuyên truyền CCHC');
    for (const r of [4, 5, 6, 7, 9, 10, 11, 16, 17, 18]) expect(byRow.get(r)?.task).toBeUndefined();
    expect(itemText(byRow.get(13)!)).toBe('Tuyên truyền CCHC: Đăng tin trên Cổng thông tin');
    expect(itemText(byRow.get(4)!)).toBe('Ban hành kế hoạch CCHC');
  });

  test.each<[Partial<ProgressItem>, string]>([
    [{ text: 'Tổ chức hội nghị' }, 'Tổ chức hội nghị'],
    [{ text: '- Tập huấn đợt 1', task: 'Tổ chức tập huấn' }, 'Tổ chức tập huấn: Tập huấn đợt 1'],
    [{ text: '+ Đợt 2', task: 'Tập huấn' }, 'Tập huấn: Đợt 2'],
    [{}, ''],
  ])('itemText(%j) = %j', (it, text) => {
    expect(itemText({ row: 1, lead: [], timing: 'dated', state: 'overdue', ...it })).toBe(text);
  });

  test('by quarter: Q1 rows 4 5 7 13 14 (4 5 13 done), Q2 rows 9 10, Q4 row 16', () => {
    expect(o.byQuarter).toEqual([
      { quarter: 1, total: 5, done: 3 },
      { quarter: 2, total: 2, done: 0 },
      { quarter: 3, total: 0, done: 0 },
      { quarter: 4, total: 1, done: 0 },
    ]);
  });

  test('by lead unit: row 7 counts under both of its leads', () => {
    expect(o.byLead).toEqual([
      // rows 4 7 13 (Q1), 10 (Q2), 16 (Q4), 6 (recurring), 11 (conditional), 17 18 (no deadline, 2025)
      { lead: 'Văn phòng Sở', quarters: [3, 1, 0, 1], recurring: 1, conditional: 1, other: 2, total: 9 },
      // rows 5 7 14 (Q1), 9 (Q2)
      { lead: 'Thanh tra Sở', quarters: [3, 1, 0, 0], recurring: 0, conditional: 0, other: 0, total: 4 },
    ]);
  });

  test('due in the next 30 days (to 10/05): row 10; overdue: rows 18 (2025), 7 (15/03), 14 (31/03)', () => {
    expect(rows(o.dueSoon)).toEqual([10]);
    expect(rows(o.overdue)).toEqual([18, 7, 14]);
    expect(o.overdue.map((i) => i.state)).toEqual(['overdue', 'overdue', 'overdue']);
  });

  test('an item carries what the pane shows', () => {
    const seven = o.items.find((i) => i.row === 7)!;
    expect(seven).toMatchObject({
      stt: '4',
      section: 'I',
      sectionTitle: 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH',
      text: 'Tự đánh giá chỉ số CCHC',
      lead: ['Văn phòng Sở', 'Thanh tra Sở'],
      due: '2026-03-15',
      quarter: 1,
      timing: 'dated',
      state: 'overdue',
    });
  });

  test('the same sheet a month earlier: nothing of March is overdue yet', () => {
    const early = progressOverview(report, '2026-03-10');
    expect(rows(early.overdue)).toEqual([18]);
    // due after 10/03 and by 09/04: rows 7 (15/03), 14 (31/03); row 5 (31/03) is done
    expect(rows(early.dueSoon)).toEqual([7, 14]);
  });
});

describe('periodReport', () => {
  test('Quý I/2026 on 10/04/2026: rows 4 5 7 13 14 18 due by 31/03', () => {
    const r = periodReport(report, parsePeriod('Quý I/2026')!, '2026-04-10');
    expect(r.sections.map((s) => [s.label, s.title, rows(s.items)])).toEqual([
      ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH', [4, 5, 7]],
      ['II', 'CẢI CÁCH THỂ CHẾ', [13, 14]],
      ['III', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH', [18]],
    ]);
    // on time: 4; late: 5 (says so), 13 (done 10/03 after 28/02); overdue: 7, 14, 18
    expect(r.counts).toEqual({ total: 6, doneOnTime: 1, doneLate: 2, inProgress: 0, notStarted: 0, overdue: 3 });
    // rows 6 (recurring, in progress) and 11 (conditional, not started)
    expect(rows(r.ongoing.items)).toEqual([6, 11]);
    expect(r.ongoing.counts).toEqual({ total: 2, doneOnTime: 0, doneLate: 0, inProgress: 1, notStarted: 1, overdue: 0 });
    expect(rows(r.undated)).toEqual([17]);
    expect(r.notYetDue).toBe(3); // rows 9, 10, 16
    expect(r.body).toBe('SỞ NỘI VỤ');
    expect(r.period.sheetName).toBe('Báo cáo Quý I năm 2026');
  });

  test('Quý I/2026 made on 20/03/2026: row 14 (31/03) is still in progress', () => {
    const r = periodReport(report, parsePeriod('Quý I/2026')!, '2026-03-20');
    expect(r.counts).toEqual({ total: 6, doneOnTime: 1, doneLate: 2, inProgress: 1, notStarted: 0, overdue: 2 });
  });

  test('6 tháng on 05/07/2026 adds rows 9 and 10 (due 30/06 and 30/04, not done): both overdue', () => {
    const r = periodReport(report, parsePeriod('6 tháng/2026')!, '2026-07-05');
    expect(r.counts).toEqual({ total: 8, doneOnTime: 1, doneLate: 2, inProgress: 0, notStarted: 0, overdue: 5 });
    expect(r.notYetDue).toBe(1); // row 16
  });

  test('the year on 15/12/2026: row 16 (31/12) is not started', () => {
    const r = periodReport(report, parsePeriod('Năm 2026')!, '2026-12-15');
    expect(r.counts).toEqual({ total: 9, doneOnTime: 1, doneLate: 2, inProgress: 0, notStarted: 1, overdue: 5 });
    expect(r.notYetDue).toBe(0);
  });

  test('without a status column every task due and past is overdue, and the report says there is no column', () => {
    const plain = checkSheet({ ...progressSheet(), rows: progressSheet().rows.map((row) => row?.slice(0, 5)) }).report;
    const r = periodReport(plain, parsePeriod('Quý I/2026')!, '2026-04-10');
    expect(r.hasStatusColumn).toBe(false);
    expect(r.counts).toEqual({ total: 6, doneOnTime: 0, doneLate: 0, inProgress: 0, notStarted: 0, overdue: 6 });
  });
});

describe('parsePeriod', () => {
  test.each([
    ['Quý I/2026', 'quarter', '2026-01-01', '2026-03-31', 'Quý I/2026', 'Báo cáo Quý I năm 2026'],
    ['quý 2/2026', 'quarter', '2026-04-01', '2026-06-30', 'Quý II/2026', 'Báo cáo Quý II năm 2026'],
    ['Quí III năm 2026', 'quarter', '2026-07-01', '2026-09-30', 'Quý III/2026', 'Báo cáo Quý III năm 2026'],
    ['Q4/2026', 'quarter', '2026-10-01', '2026-12-31', 'Quý IV/2026', 'Báo cáo Quý IV năm 2026'],
    ['6 tháng/2026', 'half', '2026-01-01', '2026-06-30', '6 tháng đầu năm 2026', 'Báo cáo 6 tháng năm 2026'],
    ['6 tháng đầu năm 2026', 'half', '2026-01-01', '2026-06-30', '6 tháng đầu năm 2026', 'Báo cáo 6 tháng năm 2026'],
    ['9 tháng năm 2026', 'nine-months', '2026-01-01', '2026-09-30', '9 tháng năm 2026', 'Báo cáo 9 tháng năm 2026'],
    ['Năm 2026', 'year', '2026-01-01', '2026-12-31', 'Năm 2026', 'Báo cáo năm 2026'],
    ['cả năm 2026', 'year', '2026-01-01', '2026-12-31', 'Năm 2026', 'Báo cáo năm 2026'],
  ])('%j', (text, kind, start, end, label, sheetName) => {
    const p = parsePeriod(text)!;
    expect(p).toMatchObject({ kind, start, end, label, sheetName, year: 2026 });
    expect(p.sheetName.length).toBeLessThanOrEqual(31);
    expect(p.sheetName).not.toMatch(/[/\\?*[\]:]/);
  });

  test.each(['Quý V/2026', 'Quý 0/2026', '7 tháng/2026', 'Tháng 3/2026', 'Quý I', '2026/Quý I', '', 'Năm 3026'])('%j is no period', (text) => {
    expect(parsePeriod(text)).toBeNull();
  });
});
