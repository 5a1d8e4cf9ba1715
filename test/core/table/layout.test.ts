/** The report's layout: sections and tasks with their extents, and the numbering mode. */
import { checkSheet } from '../../../src/core';
import type { SheetReport, TableLayout } from '../../../src/core';
import { allGrids } from '../../helpers/corpus';
import { gridFromJson, loadGridJson } from '../../helpers/grid-json';
import { gridOf, QT_HEADER, qtSheet, task } from '../../helpers/grid';

const layoutOf = (r: SheetReport): TableLayout => {
  expect(r.layout).toBeDefined();
  return r.layout!;
};
const spans = (l: TableLayout) =>
  l.sections.map((s) => `${s.label} ${s.row}-${s.lastRow}: ${s.tasks.map((t) => `${t.stt ?? '·'}@${t.row}-${t.lastRow}`).join(' ')}`);

test('the Quảng Trị appendix: numbering restarts; activity rows and the row 22 fragment belong to their task', () => {
  const l = layoutOf(checkSheet(gridFromJson(loadGridJson('quang-tri-2024.json'))).report);
  expect(l.numbering).toBe('restart');
  expect([l.firstRow, l.lastRow]).toEqual([6, 73]);
  expect(spans(l).slice(0, 2)).toEqual([
    'I 6-15: 1@7-7 2@8-9 3@10-11 4@12-13 5@14-15',
    'II 16-28: 1@17-18 2@19-19 3@20-20 4@21-22 5@23-23 6@24-25 7@26-26 8@27-27 9@28-28',
  ]);
  expect(l.sections.map((s) => s.numbering)).toEqual(Array(8).fill('roman'));
});

test('Bình Định: numbering runs through the table; "Nội dung N" sections', () => {
  const l = layoutOf(checkSheet(gridFromJson(loadGridJson('binh-dinh-2022-tasks.json'))).report);
  expect(l.numbering).toBe('through');
  expect(l.sections.map((s) => [s.label, s.numbering])).toContainEqual(['Nội dung 3', 'content']);
  expect(l.sections[1]).toMatchObject({ row: 12, lastRow: 16 });
  expect(l.sections[1]!.tasks.map((t) => t.number)).toEqual([5, 6, 7, 8]);
});

test('sub-tasks, a repeated header inside a task, activity rows, tasks before any section, notes after', () => {
  const header = QT_HEADER;
  const grid = qtSheet([
    task(1),
    ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH'],
    task(1),
    [null, null, null, 'Hoạt động 2', 'Báo cáo', 'Văn phòng', 'Các phòng', 'Quý II/2024', 'Thường xuyên'],
    header,
    [null, null, null, 'Hoạt động 3', 'Báo cáo', 'Văn phòng', 'Các phòng', 'Quý III/2024', 'Thường xuyên'],
    [2, 'Mục tiêu', 'Nhóm nhiệm vụ'],
    ['2.1', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động', 'Kế hoạch', 'Văn phòng', 'Các phòng', 'Quý I/2024', 'Thường xuyên'],
    [null, null, null, 'Hoạt động 2', 'Báo cáo', 'Văn phòng', 'Các phòng', 'Quý II/2024', 'Thường xuyên'],
    ['2.2', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động', 'Kế hoạch', 'Văn phòng', 'Các phòng', 'Quý I/2024', 'Thường xuyên'],
    ['II', 'CẢI CÁCH THỂ CHẾ'],
    [],
    ['Nơi nhận:'],
  ]);
  const l = layoutOf(checkSheet(grid).report);
  expect(l.leading.map((t) => [t.row, t.lastRow])).toEqual([[6, 6]]);
  const [one, two] = l.sections;
  expect(one).toMatchObject({ row: 7, lastRow: 15, label: 'I' });
  expect(one!.tasks.map((t) => [t.stt, t.kind, t.level, t.row, t.lastRow])).toEqual([
    ['1', 'task', 1, 8, 11],
    ['2', 'group', 1, 12, 15],
    ['2.1', 'task', 2, 13, 14],
    ['2.2', 'task', 2, 15, 15],
  ]);
  expect(two).toMatchObject({ row: 16, lastRow: 16, tasks: [] });
  expect(l.lastRow).toBe(16);
});

test('a budget sheet has no layout', () => {
  expect(checkSheet(gridFromJson(loadGridJson('binh-dinh-budget.json'))).report.layout).toBeUndefined();
  expect(checkSheet(gridOf('Trống', [])).report.layout).toBeUndefined();
});

describe.each(allGrids())('$name: the layout agrees with the row kinds', ({ grid }) => {
  const { report } = checkSheet(grid);
  test('sections in order without overlap; every task, activity row and fragment inside one extent', () => {
    if (!report.layout) return expect(report.kind).not.toBe('tasks');
    const l = report.layout;
    expect(['restart', 'through']).toContain(l.numbering);
    for (let i = 1; i < l.sections.length; i++) expect(l.sections[i]!.row).toBeGreaterThan(l.sections[i - 1]!.lastRow);
    const allTasks = [...l.leading, ...l.sections.flatMap((s) => s.tasks)];
    const topTasks = allTasks.filter((t) => t.level === 1);
    for (const s of l.sections) for (const t of s.tasks) expect(t.row > s.row && t.lastRow <= s.lastRow).toBe(true);
    for (const r of report.rows) {
      if (r.kind === 'task' || r.kind === 'group') expect(allTasks.some((t) => t.row === r.row)).toBe(true);
      if (r.kind === 'continuation' || r.kind === 'fragment') {
        const owners = topTasks.filter((t) => t.row < r.row && r.row <= t.lastRow);
        expect([r.row, owners.length]).toEqual([r.row, 1]);
      }
    }
  });
});
