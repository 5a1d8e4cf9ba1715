/**
 * Inserting a task never lands inside a merged area. Excel grows a merge over a row inserted
 * inside it (an entire-row insert between its first and last row): the new task's cell in that
 * column would be hidden under the other tasks' merged value, and its own value lost from view.
 * The pane goes after the merge when only the task's own rows (continuation, blank) lie under it,
 * and refuses with a Vietnamese reason when the merge spans another task or section.
 */
import { checkSheet } from '../../src/core';
import type { Grid } from '../../src/core/grid';
import { createOfficeAdapter } from '../../src/excel';
import { createExcelEmulator, sheetFromGrid, WorkbookModel } from '../../src/excel/emulator';
import { layoutOf, planInsert, type InsertTarget } from '../../src/taskpane/insert';
import { PaneController } from '../../src/taskpane/state/controller';
import { defaultTemplates, fillTemplate } from '../../src/templates';
import { range } from '../helpers/grid';
import { gridOf, HEADER } from './fixture';
import { differences, snapshot } from './harness';

jest.setTimeout(60_000);

type V = string | number | null;
const TITLE: V[][] = [['Phụ lục'], ['CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA SỞ NỘI VỤ'], HEADER];
const task = (stt: V, name: string, partner: V = 'Các phòng, đơn vị thuộc Sở'): V[] => [stt, name, name, 'Xây dựng kế hoạch', 'Kế hoạch', 'Văn phòng Sở', partner, 'Quý I/2024', 'Thường xuyên'];
const cont = (name: string): V[] => [null, null, name, 'Triển khai', 'Báo cáo', 'Văn phòng Sở', null, 'Quý II/2024', 'Thường xuyên'];
const blank: V[] = [];

const BODY: V[][] = [
  ['I', 'CẢI CÁCH THỂ CHẾ'], // 4
  task(1, 'Rà soát văn bản'), // 5
  cont('Tổng kết rà soát'), // 6
  cont('Báo cáo kết quả'), // 7
  task(2, 'Phổ biến pháp luật'), // 8
  task(3, 'Theo dõi thi hành pháp luật'), // 9
  ['II', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH'], // 10
  task(1, 'Kiểm soát TTHC'), // 11
  task(2, 'Công khai TTHC'), // 12
  blank, // 13
  blank, // 14
  ['III', 'CẢI CÁCH TỔ CHỨC BỘ MÁY'], // 15
  task(1, 'Sắp xếp tổ chức'), // 16
];

/** The sheet with merges (A1); a merged area's other cells emptied, as Excel keeps them. */
function sheet(merges: string[], after: V[][] = []): Grid {
  const rows = [...TITLE, ...BODY, ...after].map((r) => r.slice());
  const ranges = merges.map(range);
  for (const m of ranges) for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) if (rows[r]) rows[r]![c] = null;
  return gridOf('Phụ lục', rows, ranges);
}

const filled = fillTemplate(defaultTemplates()[0]!, 2024);

function plan(grid: Grid, target: { below: number } | { section: number }) {
  const { report } = checkSheet(grid);
  const layout = layoutOf(report);
  const t: InsertTarget = 'below' in target ? { kind: 'below-row', row: target.below } : { kind: 'section-end', section: layout.sections.find((s) => s.row === target.section)! };
  return planInsert(grid, report, layout, filled, t);
}

describe('planInsert and merged areas across the seam', () => {
  it.each([
    // [what, merges, target, merge named]
    ['the partner merged over task 2 and task 3, below task 2', ['G8:G9'], { below: 8 }, 'G8:G9'],
    ['the lead merged from task 1 (and its activity rows) into task 2, below task 1', ['F5:F8'], { below: 5 }, 'F5:F8'],
    ['the same, the activity row selected', ['F5:F8'], { below: 6 }, 'F5:F8'],
    ['the deadline merged over all of section II, below its first task', ['H11:H12'], { below: 11 }, 'H11:H12'],
    ['the funding merged from the last task of section I into section II’s row, at section I’s end', ['I9:I10'], { section: 4 }, 'I9:I10'],
    ['the partner merged from task 3 over section II, below task 3', ['G9:G11'], { below: 9 }, 'G9:G11'],
  ] as [string, string[], { below: number } | { section: number }, string][])('refused: %s', (_what, merges, target, merge) => {
    const p = plan(sheet(merges), target);
    expect(p).toMatchObject({ ok: false, reason: 'inside-merge', merge });
  });

  it.each([
    // [what, merges, target, new row]
    ['a merge inside task 1’s own rows does not cross the seam', ['F5:F7'], { below: 5 }, 8],
    ['a merge across two other tasks leaves this seam alone', ['G11:G12'], { below: 9 }, 10],
    ['task 2 of section II merged down into the blank rows after it: after the merge', ['G12:G14'], { below: 12 }, 15],
    ['the same at the section’s end', ['G12:G13'], { section: 10 }, 14],
    ['two merges, one longer, over the blank rows: after the longer', ['G12:G13', 'I12:I14'], { below: 12 }, 15],
  ] as [string, string[], { below: number } | { section: number }, number][])('goes after the merge: %s', (_what, merges, target, newRow) => {
    const grid = sheet(merges);
    const p = plan(grid, target);
    if (!p.ok) throw new Error(`refused: ${p.reason}`);
    expect(p.newRow).toBe(newRow);
    // No merged area spans the new row's seam.
    for (const m of grid.merges) expect(m.top <= newRow - 2 && m.bottom >= newRow - 1).toBe(false);
  });
});

describe('the rows after the table stop the insert too', () => {
  const AFTER: V[][] = [blank, [null, 'Nơi nhận:', null, null, null, 'TM. ỦY BAN NHÂN DÂN'], [null, '- Như trên;', null, null, null, 'CHỦ TỊCH']];
  it.each([
    ['the funding of the last task merged down over the signature rows, at the last section’s end', ['I16:I18'], { section: 15 }, 'I16:I18'],
    ['the same, below the last task', ['I16:I19'], { below: 16 }, 'I16:I19'],
  ] as [string, string[], { below: number } | { section: number }, string][])('refused: %s', (_what, merges, target, merge) => {
    const grid = sheet(merges, AFTER);
    const { report } = checkSheet(grid);
    expect(report.rows.find((r) => r.row === 18)?.kind).toBe('after');
    expect(plan(grid, target)).toMatchObject({ ok: false, reason: 'inside-merge', merge });
  });

  it.each([
    ['below the last task', { below: 16 }],
    ['at the last section’s end', { section: 15 }],
  ] as [string, { below: number } | { section: number }][])('a merge over the last task and the blank row after the table, %s: refused (not between the table and its signature)', (_what, target) => {
    expect(plan(sheet(['I16:I17'], AFTER), target)).toMatchObject({ ok: false, reason: 'inside-merge', merge: 'I16:I17' });
  });
});

describe('the pane over the emulated Excel', () => {
  function open(merges: string[]) {
    const model = new WorkbookModel([sheetFromGrid(sheet(merges))]);
    const pane = new PaneController(createOfficeAdapter(createExcelEmulator(model)));
    return { model, pane, sheet: model.sheets[0]! };
  }

  it('Excel grows a merge over a row inserted inside it (the emulator as Excel): what the pane must avoid', async () => {
    const { model, sheet } = open(['G8:G9']);
    const emu = createExcelEmulator(model);
    await emu.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange('9:9').insert('Down');
      await context.sync();
    });
    expect(sheet.merges).toContainEqual(range('G8:G10'));
  });

  it.each([
    ['below-selection', ['G8:G9'], 7, 'G8:G9'],
    ['below-selection', ['F5:F8'], 4, 'F5:F8'],
  ] as const)('refuses %s inside a merge: says why in Vietnamese, writes nothing', async (_kind, merges, selectedRow0, merge) => {
    const { model, pane } = open([...merges]);
    const before = snapshot(model);
    model.select({ top: selectedRow0, left: 2, bottom: selectedRow0, right: 2 });
    await pane.insertTemplate(pane.library[0]!, { kind: 'below-selection' });
    expect(pane.getState().question).toBeNull();
    expect(pane.getState().notice).toMatchObject({ intent: 'warning' });
    expect(pane.getState().notice!.text).toContain(`vùng ô gộp ${merge}`);
    expect(pane.getState().notice!.text).toContain('Không chèn được');
    expect(differences(before, snapshot(model))).toEqual([]);
    expect(pane.getState().canUndo).toBe(false);
  });

  it('goes after a merge over the task’s blank rows: the new task’s cells are its own, the merge unchanged', async () => {
    const { model, pane, sheet: s } = open(['G12:G14']);
    const original = snapshot(model);
    model.select({ top: 11, left: 2, bottom: 11, right: 2 });
    await pane.insertTemplate(pane.library[0]!, { kind: 'below-selection' });
    expect(pane.getState().error).toBeNull();
    if (pane.getState().question) await pane.answer(true);
    expect(pane.getState().error).toBeNull();
    expect(s.merges).toContainEqual(range('G12:G14'));
    // Row 15 is the new task: no merge covers it, and it holds the template's task text.
    expect(s.merges.some((m) => m.top <= 14 && m.bottom >= 14)).toBe(false);
    expect(String(s.cell(14, 2)?.value ?? '')).not.toBe('');
    expect(s.cell(15, 0)?.value).toBe('III');
    await pane.undo();
    expect(differences(original, snapshot(model))).toEqual([]);
  });
});
