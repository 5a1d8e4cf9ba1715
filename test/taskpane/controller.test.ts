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
import { setEdit } from '../../src/core/fix/seen';
import type { Fix } from '../../src/core/fix';

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
