/**
 * The pane's controller over the real adapter and the emulated workbook: the cases of issue 6
 * that need a real sheet (another sheet, undo order, the stale-write check end to end).
 */
import { createOfficeAdapter } from '../../src/excel';
import { createExcelEmulator, sheetFromGrid, WorkbookModel, type SheetModel } from '../../src/excel/emulator';
import { gridFromJson, type GridJson } from '../../src/excel/emulator/samples';
import { PaneController } from '../../src/taskpane/state/controller';
import quangTriJson from '../../src/demo/quang-tri-2024.grid.json';
import { differences, snapshot } from './harness';
import { deleteRowEdit, setEdit } from '../../src/core/fix/seen';
import type { Fix } from '../../src/core/fix';
import { checkSheet } from '../../src/core';
import { amountToWords } from '../../src/core/money';
import { gridOf, type Raw } from '../helpers/grid';

jest.setTimeout(60_000);

function open(sheets = 1) {
  const grid = gridFromJson(quangTriJson as unknown as GridJson);
  const list: SheetModel[] = [];
  for (let i = 0; i < sheets; i++) list.push(sheetFromGrid({ ...grid, name: i === 0 ? grid.name : `${grid.name} (${i + 1})` }));
  const model = new WorkbookModel(list);
  const emulator = createExcelEmulator(model);
  const pane = new PaneController(createOfficeAdapter(emulator));
  return { model, emulator, pane };
}

const text = (s: SheetModel, address: string) => {
  const m = /^([A-Z])(\d+)$/.exec(address)!;
  return s.cell(Number(m[2]) - 1, m[1]!.charCodeAt(0) - 65)?.value ?? null;
};

describe('a user switching sheet between check and fix', () => {
  it('never gets the fixes on the other sheet', async () => {
    const { model, pane } = open(2);
    await pane.check();
    expect(pane.getState().fixes.some((f) => f.safe)).toBe(true);
    const other = model.sheets[1]!;
    const before = snapshot(model);
    model.activeIndex = 1;
    await pane.applyAll();
    const after = snapshot(model);
    // The other sheet is exactly as it was; the fixes landed on the sheet they were computed from, or nowhere.
    expect(differences({ ...before, sheets: [before.sheets[1]!] }, { ...after, sheets: [after.sheets[1]!] })).toEqual([]);
    expect(text(other, 'A56')).toBe(3);
    // Either the fixes landed on the sheet they were computed from (by its id), or nothing was written.
    const firstChanged = differences({ ...before, sheets: [before.sheets[0]!] }, { ...after, sheets: [after.sheets[0]!] }).length > 0;
    expect(firstChanged).toBe(pane.getState().error === null);
  });

  it('after a row inserted by hand, refuses Sửa tất cả and offers a re-check', async () => {
    const { model, pane } = open();
    await pane.check();
    const sheet = model.sheets[0]!;
    sheet.insertRows(10, 1);
    model.changed();
    const before = snapshot(model);
    await pane.applyAll();
    expect(pane.getState().error).toMatchObject({ title: 'Trang tính đã thay đổi', action: 'recheck' });
    expect(pane.getState().error!.message).toContain('Trang tính đã thay đổi từ lần kiểm tra trước');
    expect(differences(before, snapshot(model))).toEqual([]);
    await pane.check();
    expect(pane.getState().error).toBeNull();
  });
});

describe('undo order', () => {
  it('Đánh số lại, then Danh sách chọn, then Hoàn tác undoes the lists first, then the numbering', async () => {
    const { model, pane } = open();
    const sheet = model.sheets[0]!;
    const original = snapshot(model);
    await pane.check();
    await pane.renumberAll();
    expect(pane.getState().error).toBeNull();
    expect(text(sheet, 'A56')).toBe(2);
    const renumbered = snapshot(model);
    await pane.setLists();
    if (pane.getState().question) await pane.answer(true);
    expect(pane.getState().error).toBeNull();
    expect(sheet.validations.length).toBeGreaterThan(0);
    expect(pane.getState().undoLabel).toBe('Danh sách chọn');

    await pane.undo();
    expect(pane.getState().error).toBeNull();
    // The lists are gone, the numbering stays.
    expect(differences(renumbered, snapshot(model))).toEqual([]);
    expect(text(sheet, 'A56')).toBe(2);

    await pane.undo();
    expect(pane.getState().error).toBeNull();
    expect(differences(original, snapshot(model))).toEqual([]);
    expect(pane.getState().canUndo).toBe(false);
  });

  it('Tô màu lỗi is undone in its turn too', async () => {
    const { model, pane } = open();
    const original = snapshot(model);
    await pane.check();
    await pane.applyAll();
    await pane.highlight();
    expect(pane.getState().undoLabel).not.toBeNull();
    await pane.undo();
    await pane.undo();
    expect(pane.getState().error).toBeNull();
    expect(differences(original, snapshot(model))).toEqual([]);
  });
});

describe('Tô màu lỗi and Danh sách chọn after the clerk inserted a row', () => {
  it('paint and list the rows as they are now, not as the last check saw them', async () => {
    const { model, pane } = open();
    const sheet = model.sheets[0]!;
    await pane.check();
    const gapRow = pane.getState().report!.issues.find((i) => i.code === 'stt.gap')!.row;
    sheet.insertRows(0, 1);
    model.changed();
    await pane.highlight();
    expect(pane.getState().error).toBeNull();
    // The gap's cell moved down one row: that is the one painted, not the row above it.
    expect(sheet.cell(gapRow, 0)?.fill).toBeDefined();
    expect(sheet.cell(gapRow - 1, 0)?.fill).toBeUndefined();
    await pane.setLists();
    if (pane.getState().question) await pane.answer(true);
    const lead = sheet.validations.find((v) => v.rect.left === 5)!;
    const header = pane.getState().report!.headerRows;
    expect(lead.rect.top).toBe(Math.max(...header));
  });
});

describe('Sửa and Sửa tất cả go through the engine’s check of the combined fixes', () => {
  const issueCells = (issues: readonly { code: string; cell?: string; row: number }[]) =>
    new Set(issues.map((i) => `${i.code}@${i.cell ?? `R${i.row}`}`));

  it('Sửa tất cả on the Quảng Trị sample does not make G21 “… TP TP”, and every Sửa left fixes its own issue', async () => {
    const { model, pane } = open();
    const sheet = model.sheets[0]!;
    await pane.check();
    const codesBefore = new Set(pane.getState().report!.issues.map((i) => i.code));
    await pane.applyAll();
    expect(pane.getState().error).toBeNull();
    expect(String(text(sheet, 'G21'))).not.toMatch(/TP\s+TP/);
    await pane.check();
    // No kind of issue appears that was not there before.
    for (const i of pane.getState().report!.issues) expect(codesBefore.has(i.code)).toBe(true);
    // Each Sửa still offered removes its own issue and creates none.
    const offered = [...pane.getState().fixes];
    expect(offered.length).toBeGreaterThan(0);
    for (const fix of offered) {
      const { model: m2, pane: p2 } = open();
      await p2.check();
      await p2.applyAll();
      await p2.check();
      const twin = p2.getState().fixes.find((f) => f.label === fix.label)!;
      const before = issueCells(p2.getState().report!.issues);
      await p2.applyFix(twin);
      expect(p2.getState().error).toBeNull();
      await p2.check();
      const after = p2.getState().report!.issues;
      if (!twin.edits.some((e) => e.kind === 'delete-row')) {
        expect(issueCells(after).has(`${twin.issue.code}@${twin.issue.cell ?? `R${twin.issue.row}`}`)).toBe(false);
        for (const k of issueCells(after)) expect(before.has(k)).toBe(true);
      }
      void m2;
    }
  });

  it('a Sửa the engine finds would create a fault writes nothing and says which issue it would create', async () => {
    const { model, pane } = open();
    await pane.check();
    const grid = gridFromJson(quangTriJson as unknown as GridJson);
    const issue = pane.getState().report!.issues.find((i) => i.code === 'stt.gap')!;
    // Clears a chủ trì cell (F12): that would create lead.missing.
    const bad: Fix = { issue, label: 'Sửa giả', safe: true, edits: [setEdit(grid, 11, 5, '')] };
    const before = snapshot(model);
    await pane.applyFix(bad);
    expect(differences(before, snapshot(model))).toEqual([]);
    expect(pane.getState().notice).toMatchObject({ intent: 'warning' });
    expect(pane.getState().notice!.text).toContain('F12');
    expect(pane.getState().canUndo).toBe(false);
  });

  it('a Sửa that would leave its own issue in place is not written either', async () => {
    const { model, pane } = open();
    await pane.check();
    const grid = gridFromJson(quangTriJson as unknown as GridJson);
    const issue = pane.getState().report!.issues.find((i) => i.code === 'stt.gap')!;
    // Writes the value the cell already has elsewhere: harmless but fixes nothing.
    const idle: Fix = { issue, label: 'Sửa giả', safe: true, edits: [setEdit(grid, 11, 4, String(grid.rows[11]![4]?.value ?? ''))] };
    const before = snapshot(model);
    await pane.applyFix(idle);
    expect(differences(before, snapshot(model))).toEqual([]);
    expect(pane.getState().notice).toMatchObject({ intent: 'warning' });
  });

  it('Sửa tất cả with a bad fix among good ones writes the good ones only and says how many were refused', async () => {
    const { model, pane } = open();
    const sheet = model.sheets[0]!;
    await pane.check();
    const grid = gridFromJson(quangTriJson as unknown as GridJson);
    const issue = pane.getState().report!.issues.find((i) => i.code === 'stt.gap')!;
    const bad: Fix = { issue, label: 'Sửa giả', safe: true, edits: [setEdit(grid, 11, 5, '')] };
    const f12 = text(sheet, 'F12');
    const state = pane.getState() as { fixes: Fix[] };
    state.fixes = [bad, ...state.fixes];
    await pane.applyAll();
    expect(pane.getState().error).toBeNull();
    expect(text(sheet, 'F12')).toBe(f12);
    expect(pane.getState().notice!.text).toMatch(/1 cách sửa không được ghi/);
  });
});

describe('real dates in the pane, whatever the PC’s regional format (issue 6, case 2)', () => {
  // Deadlines typed as real dates in the Quảng Trị appendix, as an en-US or vi-VN Excel keeps them.
  const DATES: [string, number, string][] = [
    ['H12', 45382, 'm/d/yyyy'], // 31 March 2024: 3/31/2024 on en-US (was a false deadline.invalid)
    ['H13', 45356, 'm/d/yyyy'], // 5 March 2024: 3/5/2024 on en-US (was read as 3 May)
    ['H14', 45580, 'dd/mm/yyyy'], // 15 October 2024
    ['H15', 45299, 'd-mmm-yy'], // 8 January 2024
    ['H17', 45657, 'mm-dd-yy'], // 31 December 2024 (built-in id 14's code)
  ];
  const due: Record<string, string> = { H12: '2024-03-31', H13: '2024-03-05', H14: '2024-10-15', H15: '2024-01-08', H17: '2024-12-31' };

  function openWithDates(locale: 'en-US' | 'vi-VN', date1904 = false) {
    const base = gridFromJson(quangTriJson as unknown as GridJson);
    const rows = base.rows.map((row) => (row ? [...row] : row));
    for (const [address, serial, numFmt] of DATES) {
      const r = Number(address.slice(1)) - 1;
      rows[r]![7] = { value: date1904 ? serial - 1462 : serial, numFmt };
    }
    const grid = { ...base, rows };
    const model = new WorkbookModel([sheetFromGrid(grid)]);
    if (date1904) model.date1904 = true;
    const pane = new PaneController(createOfficeAdapter(createExcelEmulator(model, { locale })));
    return { model, pane, grid: date1904 ? { ...grid, date1904: true } : grid };
  }

  it.each([
    ['en-US', false],
    ['vi-VN', false],
    ['en-US', true],
  ] as const)('%s (1904 system: %p): due dates from the serial, the same as the CLI’s check; Sửa tất cả never writes over them', async (locale, date1904) => {
    const { model, pane, grid } = openWithDates(locale, date1904);
    const sheet = model.sheets[0]!;
    if (locale === 'en-US' && !date1904) expect(sheet.text(12, 7)).toBe('3/5/2024');
    await pane.check();
    const report = pane.getState().report!;
    for (const address of Object.keys(due)) {
      const row = Number(address.slice(1));
      expect(report.rows.find((r) => r.row === row)?.deadline?.due).toBe(due[address]);
      expect(report.issues.filter((i) => i.cell === address && i.code.startsWith('deadline.'))).toEqual([]);
    }
    // The CLI checks the same cells (value and number format) with the same result.
    const cli = checkSheet(grid).report;
    expect(report.issues.map((i) => `${i.code}@${i.cell}`).sort()).toEqual(cli.issues.map((i) => `${i.code}@${i.cell}`).sort());
    await pane.applyAll();
    expect(pane.getState().error).toBeNull();
    for (const [address, serial] of DATES) {
      const cell = sheet.cell(Number(address.slice(1)) - 1, 7)!;
      expect(cell.value).toBe(date1904 ? serial - 1462 : serial);
    }
  });
});

describe('budget fixes reach a fixed point in one press through the pane (issue 6, case 4)', () => {
  const money = (v: number) => ({ value: v, numFmt: '#,##0' });
  /** Lines, then Tiết kiệm chi p% (off by `savingsError`), then TỔNG CỘNG =SUM over lines and savings. */
  function budgetSheet(amounts: number[], percent: number, savingsError: number, wordsOff: number) {
    const first = 7;
    const rows: Raw[][] = [['Phụ lục 2'], ['KẾ HOẠCH DỰ TRÙ KINH PHÍ'], ['Hoạt động cải cách hành chính năm 2024'], [], [],
      ['STT', 'Nội dung chi tiết', 'Đơn vị tính', 'Số lượng', 'Định mức', 'Số tiền']];
    amounts.forEach((a, i) => rows.push([i + 1, `Nội dung ${i + 1}`, 'Lần', '-', '-', money(a)]));
    const others = amounts.reduce((s, a) => s + a, 0);
    const savings = Math.round((others * percent) / (100 - percent)) + savingsError;
    const savingsRow = first + amounts.length;
    rows.push([amounts.length + 1, `Tiết kiệm chi ${String(percent).replace('.', ',')}%`, null, null, null, money(savings)]);
    rows.push(['TỔNG CỘNG', null, null, null, null, { value: others + savings, formula: `SUM(F${first}:F${savingsRow})`, numFmt: '#,##0' }]);
    rows.push([`(Bằng chữ: ${amountToWords(others + savings + wordsOff)})`]);
    rows.push([], [null, 'NGƯỜI LẬP BIỂU', null, null, 'GIÁM ĐỐC']);
    return gridOf('Phụ lục 2', rows, ['A1:F1', 'A2:F2', 'A3:F3']);
  }

  it.each([
    ['the issue’s case: 18.000.000 of lines, savings written 2.500.000', [6e6, 2e6, 3e6, 3e6, 2e6, 2e6], 10, 500_000, 0],
    ['savings that do not divide evenly, words wrong too', [6e6, 2e6, 3e6, 3e6, 2e6, 1_234_567], 10, 50_000, 1000],
    ['5% savings written too low', [12_500_000, 7_300_000], 5, -333_333, 0],
  ] as [string, number[], number, number, number][])('%s: one Sửa, then no budget issue', async (_name, amounts, percent, savingsError, wordsOff) => {
    const grid = budgetSheet(amounts, percent, savingsError, wordsOff);
    const model = new WorkbookModel([sheetFromGrid(grid)]);
    const pane = new PaneController(createOfficeAdapter(createExcelEmulator(model)));
    await pane.check();
    expect(pane.getState().report!.kind).toBe('budget');
    expect(pane.getState().report!.issues.some((i) => i.code === 'budget.savings-mismatch')).toBe(true);
    // One press of the budget's Sửa (a fix for a person's eye: Sửa tất cả leaves it alone).
    const fix = pane.getState().fixes.find((f) => f.issue.code.startsWith('budget.'))!;
    await pane.applyFix(fix);
    expect(pane.getState().error).toBeNull();
    // Checked again from the sheet (Excel has recalculated the SUM): no budget issue, nothing more to fix.
    await pane.check();
    expect(pane.getState().report!.issues.filter((i) => i.code.startsWith('budget.')).map((i) => `${i.code}@${i.cell}`)).toEqual([]);
    expect(pane.getState().fixes).toEqual([]);
  });
});

describe('inserting a template below the selection over the emulated Quảng Trị sheet (issue 6, case 5)', () => {
  it.each([
    // [selected row (1-based), new row, what moved]: row 21 is task 4 whose text runs on in row 22 (a page-break fragment)
    ['the task itself', 21, 23],
    ['its page-break fragment', 22, 23],
    ['a task with activity rows (row 12, whose activity row is 13)', 12, 14],
  ] as [string, number, number][])('selected %s: lands after the task’s last row, renumbers only the later tasks of its section, selects the new row', async (_what, selected, newRow) => {
    const { model, pane } = open();
    const sheet = model.sheets[0]!;
    const original = snapshot(model);
    await pane.check();
    const gapBefore = pane.getState().report!.issues.filter((i) => i.code === 'stt.gap').map((i) => i.row);
    const sectionEnd = pane.getState().report!.layout!.sections.find((s) => s.row < selected && s.lastRow >= selected)!.lastRow;
    // STT cells of the later tasks of the section (what the insert may renumber).
    const later: number[] = [];
    for (let r = newRow; r <= sectionEnd; r++) if (typeof text(sheet, `A${r}`) === 'number') later.push(r);
    const before = later.map((r) => text(sheet, `A${r}`) as number);
    model.select({ top: selected - 1, left: 2, bottom: selected - 1, right: 2 });
    const template = pane.library[0]!;
    await pane.insertTemplate(template, { kind: 'below-selection' });
    if (later.length) {
      expect(pane.getState().question).toMatchObject({ kind: 'insert', row: newRow, count: later.length });
      await pane.answer(true);
    }
    expect(pane.getState().error).toBeNull();
    // The new row, numbered after the task it follows; the later tasks moved down a row and up a number.
    const prevStt = [...Array(newRow - 1).keys()].map((i) => text(sheet, `A${newRow - 1 - i}`)).find((v) => typeof v === 'number') as number;
    expect(text(sheet, `A${newRow}`)).toBe(prevStt + 1);
    expect(later.map((r) => text(sheet, `A${r + 1}`))).toEqual(before.map((n) => n + 1));
    // The task's own rows are untouched and together.
    expect(text(sheet, `G${newRow - 1}`)).toBe(original.sheets[0]!.rows[newRow - 2]?.[6]?.value ?? null);
    expect(model.selection?.rect).toMatchObject({ top: newRow - 1, left: 2 });
    // The unrelated gap in section VI is still reported (one row further down).
    await pane.check();
    expect(pane.getState().report!.issues.filter((i) => i.code === 'stt.gap').map((i) => i.row)).toEqual(gapBefore.map((r) => r + 1));
    await pane.undo();
    expect(differences(original, snapshot(model))).toEqual([]);
  });
});

describe('every write is undone in order, one action at a time (issue 6, case 6)', () => {
  it('Đánh số lại, Danh sách chọn, Sửa tất cả, Tô màu lỗi, Chèn nhiệm vụ: each Hoàn tác undoes exactly the last one', async () => {
    const { model, pane } = open();
    const stages = [snapshot(model)];
    const labels: string[] = [];
    const step = async (act: () => Promise<void>) => {
      await act();
      if (pane.getState().question) await pane.answer(true);
      expect(pane.getState().error).toBeNull();
      stages.push(snapshot(model));
      labels.push(pane.getState().undoLabel!);
    };
    await pane.check();
    await step(() => pane.renumberAll());
    await step(() => pane.setLists());
    await step(() => pane.applyAll());
    await step(() => pane.highlight());
    await step(() => pane.insertTemplate(pane.library[0]!, { kind: 'section-end', sectionRow: pane.getState().report!.layout!.sections[0]!.row }));
    // Each action changed the workbook and is its own entry.
    for (let i = 1; i < stages.length; i++) expect([labels[i - 1], differences(stages[i - 1]!, stages[i]!).length > 0]).toEqual([labels[i - 1], true]);
    expect(new Set(labels).size).toBe(labels.length);
    for (let i = stages.length - 1; i > 0; i--) {
      expect(pane.getState().undoLabel).toBe(labels[i - 1]);
      await pane.undo();
      expect(pane.getState().error).toBeNull();
      expect(differences(stages[i - 1]!, snapshot(model))).toEqual([]);
    }
    expect(pane.getState().canUndo).toBe(false);
  });

  it('Xóa tô màu and saving Cài đặt say they are not undone by Hoàn tác, and leave the undo list as it was', async () => {
    const { pane } = open();
    await pane.check();
    await pane.renumberAll();
    const label = pane.getState().undoLabel;
    await pane.highlight();
    await pane.clearHighlights();
    expect(pane.getState().notice!.text).toContain('không hoàn tác được');
    // The highlights' entry goes with them (nothing left to undo there); the renumbering stays.
    expect(pane.getState().undoLabel).toBe(label);
    await pane.saveSettings({ ...pane.getState().settings, planYear: 2024 });
    expect(pane.getState().notice!.text).toContain('không hoàn tác');
    expect(pane.getState().undoLabel).toBe(label);
  });
});

describe('Hoàn tác gives deleted rows back their data validation', () => {
  it.each([
    ['the last row of a rule (Excel would not extend it to the row inserted back)', 8],
    ['the first row of a rule', 4],
    ['a row inside a rule', 6],
  ] as [string, number][])('deleting %s, then undoing, restores the rules exactly', async (_what, row) => {
    const grid = gridOf('S', [['STT', 'Nhiệm vụ'], ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => [n, `Việc ${n}`])]);
    const model = new WorkbookModel([sheetFromGrid(grid)]);
    const sheet = model.sheets[0]!;
    // Rows 4-8 (1-based) of column B carry a list; row 6 of column A a number rule.
    sheet.validations.push({ rect: { top: 3, left: 1, bottom: 7, right: 1 }, type: 'List', rule: { list: { inCellDropDown: true, source: 'A,B' } } });
    sheet.validations.push({ rect: { top: 5, left: 0, bottom: 5, right: 0 }, type: 'WholeNumber', rule: { wholeNumber: { formula1: 0, operator: 'GreaterThan' } } });
    const adapter = createOfficeAdapter(createExcelEmulator(model));
    const original = snapshot(model);
    const read = await adapter.readActiveSheet();
    await adapter.applyBatch({ sheetId: read.sheetId, label: 'Xóa dòng', ops: [deleteRowEdit(grid, row - 1)] });
    expect(sheet.rows.length).toBe(9);
    await adapter.undoLast();
    expect(differences(original, snapshot(model))).toEqual([]);
  });
});
