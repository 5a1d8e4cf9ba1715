import { checkSheet } from '../../src/core';
import type { SetEdit } from '../../src/core/fix';
import type { Grid } from '../../src/core/grid';
import type { SheetReport } from '../../src/core/report';
import type { TableLayout } from '../../src/core/report';
import { bestSectionFor, layoutOf, planInsert, rowValues } from '../../src/taskpane/insert';
import { defaultTemplates, fillTemplate } from '../../src/templates';
import { gridOf, HEADER } from './fixture';

// ---- planInsert on real grids checked by the engine ----

type V = string | number | null;
const TITLE: V[][] = [['Phụ lục'], ['CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA SỞ NỘI VỤ'], HEADER];
const task = (stt: V, name: string): V[] => [stt, name, name, 'Xây dựng kế hoạch', 'Kế hoạch', 'Văn phòng Sở', 'Các phòng, đơn vị thuộc Sở', 'Quý I/2024', 'Thường xuyên'];
const cont = (name: string): V[] => [null, null, name, 'Triển khai', 'Báo cáo', 'Văn phòng Sở', null, 'Quý II/2024', 'Thường xuyên'];
const section = (numeral: string, title: string): V[] => [numeral, title];

function sheet(body: V[][]): { grid: Grid; report: SheetReport; layout: TableLayout } {
  const grid = gridOf('Phụ lục', [...TITLE, ...body]);
  const { report } = checkSheet(grid);
  return { grid, report, layout: layoutOf(report) };
}

const filled = fillTemplate(defaultTemplates()[0]!, 2024);
/** Renumbering as "row:value" (rows before the insert). */
const renum = (edits: SetEdit[]) => edits.map((e) => `${e.row}:${e.value}`);

describe('planInsert: where the row goes and what it renumbers', () => {
  const body = [
    section('I', 'CẢI CÁCH THỂ CHẾ'), // 4
    task(1, 'Rà soát văn bản'), // 5
    cont('Tổng kết rà soát'), // 6
    cont('Báo cáo kết quả'), // 7
    task(2, 'Phổ biến pháp luật'), // 8
    task(3, 'Theo dõi thi hành pháp luật'), // 9
    section('II', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH'), // 10
    task(1, 'Kiểm soát TTHC'), // 11
    task(3, 'Công khai TTHC'), // 12: an unrelated gap (2 is missing)
    task(4, 'Số hóa hồ sơ'), // 13
  ];

  it.each([
    // [what, target row (below-row) or section, new row, new STT, renumbered]
    ['below a task with continuation rows: after its last continuation', 5, 8, 2, ['8:3', '9:4']],
    ['below a continuation row: after its task’s last continuation', 6, 8, 2, ['8:3', '9:4']],
    ['below the last task of a section', 9, 10, 4, []],
    ['below a section row: first in the section', 4, 5, 1, ['5:2', '8:3', '9:4']],
    ['below a task before an unrelated gap: the gap stays a gap', 11, 12, 2, ['12:4', '13:5']],
    ['below a task after the gap', 12, 13, 4, ['13:5']],
  ] as const)('%s', (_what, row, newRow, stt, renumbered) => {
    const { grid, report, layout } = sheet(body);
    const plan = planInsert(grid, report, layout, filled, { kind: 'below-row', row });
    if (!plan.ok) throw new Error(plan.reason);
    expect([plan.newRow, plan.stt, renum(plan.renumbering)]).toEqual([newRow, stt, [...renumbered]]);
    expect(plan.insert.beforeRow).toBe(newRow);
    expect(plan.ops[plan.ops.length - 1]).toBe(plan.insert);
    expect(plan.select).toBe(`C${newRow}`);
  });

  it.each([
    ['section I', 4, 10, 4, []],
    ['section II (with the gap left alone)', 10, 14, 5, []],
  ] as const)('at the end of %s', (_what, sectionRow, newRow, stt, renumbered) => {
    const { grid, report, layout } = sheet(body);
    const s = layout.sections.find((x) => x.row === sectionRow)!;
    const plan = planInsert(grid, report, layout, filled, { kind: 'section-end', section: s });
    if (!plan.ok) throw new Error(plan.reason);
    expect([plan.newRow, plan.stt, renum(plan.renumbering)]).toEqual([newRow, stt, [...renumbered]]);
  });

  it.each([
    ['the title', 1],
    ['the header', 3],
    ['below the table', 40],
  ])('refuses a row that is not in the table: %s', (_what, row) => {
    const { grid, report, layout } = sheet(body);
    expect(planInsert(grid, report, layout, filled, { kind: 'below-row', row })).toEqual({ ok: false, reason: 'not-in-table' });
  });

  it('keeps the unrelated numbering error after the insert (the engine still reports it)', () => {
    const { grid, report, layout } = sheet(body);
    const gaps = (r: SheetReport) => r.issues.filter((i) => i.code.startsWith('stt.')).length;
    expect(gaps(report)).toBeGreaterThan(0);
    const plan = planInsert(grid, report, layout, filled, { kind: 'below-row', row: 11 });
    if (!plan.ok) throw new Error(plan.reason);
    // Apply the plan to the grid (renumbering first, at rows before the insert; then the row).
    const rows = grid.rows.map((r) => [...(r ?? [])]);
    for (const e of plan.renumbering) rows[e.row - 1]![e.col] = { value: e.value };
    rows.splice(plan.newRow - 1, 0, plan.insert.values[0]!.map((v) => (v === null ? undefined : { value: v })));
    const after = checkSheet({ ...grid, rows }).report;
    expect(gaps(after)).toBe(gaps(report));
  });

  it('numbers through the table when the table does', () => {
    const { grid, report, layout } = sheet([
      section('I', 'CẢI CÁCH THỂ CHẾ'),
      task(1, 'Rà soát văn bản'),
      task(2, 'Phổ biến pháp luật'),
      section('II', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH'),
      task(3, 'Kiểm soát TTHC'),
      task(4, 'Công khai TTHC'),
      section('III', 'CẢI CÁCH TÀI CHÍNH CÔNG'),
      task(5, 'Tự chủ tài chính'),
    ]);
    expect(layout.numbering).toBe('through');
    const plan = planInsert(grid, report, layout, filled, { kind: 'below-row', row: 5 });
    if (!plan.ok) throw new Error(plan.reason);
    // 2, 3, 4, 5 move up by one through the following sections.
    expect([plan.stt, renum(plan.renumbering)]).toEqual([2, ['6:3', '8:4', '9:5', '11:6']]);
  });

  it('numbers sub-tasks within their group, moving later sub-tasks and the next tasks’ numbers only as needed', () => {
    const { grid, report, layout } = sheet([
      section('I', 'CẢI CÁCH THỂ CHẾ'),
      task(1, 'Rà soát văn bản'),
      task(2, 'Nhóm nhiệm vụ pháp chế'),
      task('2.1', 'Kế hoạch pháp chế'),
      task('2.2', 'Báo cáo pháp chế'),
      task(3, 'Theo dõi thi hành pháp luật'),
    ]);
    const sub = planInsert(grid, report, layout, filled, { kind: 'below-row', row: 7 });
    if (!sub.ok) throw new Error(sub.reason);
    expect([sub.newRow, sub.stt, renum(sub.renumbering)]).toEqual([8, '2.2', ['8:2.3']]);
    // Below the group itself: after its sub-tasks, as task 3.
    const top = planInsert(grid, report, layout, filled, { kind: 'below-row', row: 6 });
    if (!top.ok) throw new Error(top.reason);
    expect([top.newRow, top.stt, renum(top.renumbering)]).toEqual([9, 3, ['9:4']]);
  });

  it('keeps the STT style: "2." stays "3."', () => {
    const { grid, report, layout } = sheet([section('I', 'CẢI CÁCH THỂ CHẾ'), task('1.', 'Rà soát văn bản'), task('2.', 'Phổ biến pháp luật')]);
    const plan = planInsert(grid, report, layout, filled, { kind: 'below-row', row: 5 });
    if (!plan.ok) throw new Error(plan.reason);
    expect([plan.stt, renum(plan.renumbering)]).toEqual(['2.', ['6:3.']]);
  });
});

describe('sections and templates', () => {
  const { report, layout } = sheet([
    section('I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH'),
    task(1, 'Kế hoạch CCHC'),
    cont('Triển khai kế hoạch'),
    section('II', 'CẢI CÁCH THỂ CHẾ'),
    section('III', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH'),
    task(1, 'Kiểm soát TTHC'),
  ]);

  it('takes the sections and their extents from the engine', () => {
    expect(layout.sections.map((x) => [x.label, x.row, x.lastRow])).toEqual([
      ['I', 4, 6],
      ['II', 7, 7],
      ['III', 8, 9],
    ]);
  });

  it('matches a template area to the sheet section, accent- and wording-tolerant', () => {
    expect(bestSectionFor(layout.sections, 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH')?.label).toBe('III');
    expect(bestSectionFor(layout.sections, 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH')?.label).toBe('I');
    expect(bestSectionFor(layout.sections, 'CẢI CÁCH TÀI CHÍNH CÔNG')).toBeUndefined();
  });

  it('places the filled template in the sheet’s own columns', () => {
    const t = defaultTemplates().find((x) => x.id === 'cd-ke-hoach-cchc')!;
    const v = rowValues(report, fillTemplate(t, 2026), 10, 7);
    expect(v).toEqual([7, 'Xây dựng Kế hoạch CCHC năm 2026', 'Ban hành Kế hoạch CCHC năm 2026', 'Xây dựng, ban hành kế hoạch và triển khai thực hiện', 'Kế hoạch', 'Văn phòng Sở', 'Các phòng, đơn vị thuộc Sở', 'Trước ngày 31/01/2026', 'Thường xuyên', null]);
  });

  it('plans nothing on a sheet without a task table', () => {
    const grid = gridOf('Dự toán', [['STT', 'Nội dung chi tiết', 'Đơn vị tính', 'Số lượng', 'Định mức', 'Số tiền'], [1, 'Chi', 'Người', 1, 100, 100]]);
    const r = checkSheet(grid).report;
    expect(planInsert(grid, r, layoutOf(r), filled, { kind: 'below-row', row: 2 })).toEqual({ ok: false, reason: 'not-tasks' });
  });
});
