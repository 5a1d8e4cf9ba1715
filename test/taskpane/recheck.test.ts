/**
 * After a write the pane's issue list is the sheet as phuluc left it: the check's read with the
 * cells phuluc wrote and the formulas Excel recalculated (read back by the write itself, no
 * second read: state/after-write.ts), or a fresh read when the sheet's shape changed since the
 * check; and always the sheet that was written, even when the clerk has moved to another sheet.
 */
import { createOfficeAdapter } from '../../src/excel';
import { createExcelEmulator, sheetFromGrid, WorkbookModel } from '../../src/excel/emulator';
import { gridFromJson, type GridJson } from '../../src/excel/emulator/samples';
import type { Grid } from '../../src/core/grid';
import { PaneController } from '../../src/taskpane/state/controller';
import quangTriJson from '../../src/demo/quang-tri-2024.grid.json';
import { budgetSheet, BUDGET_FIRST } from '../helpers/budget-sheet';
import { QT_HEADER, qtSheet, section, task } from '../helpers/grid';

jest.setTimeout(120_000);

function open(...grids: Grid[]) {
  const model = new WorkbookModel(grids.map((g) => sheetFromGrid(g)));
  const emu = createExcelEmulator(model);
  const adapter = createOfficeAdapter(emu);
  const pane = new PaneController(adapter);
  return { model, emu, adapter, pane };
}

const codesAt = (pane: PaneController) => (pane.getState().report?.issues ?? []).map((i) => `${i.code}@${i.cell ?? i.row}`).sort();

/** Values and formulas of every cell, as the check sees them (number formats aside). */
const contents = (g: Grid) => Array.from(g.rows, (row) => Array.from(row ?? [], (c) => (c ? [c.value, c.formula ?? null, c.error ?? null] : null)));
const trimmed = (g: Grid) => {
  const rows = contents(g).map((r) => {
    const out = r.slice();
    while (out.length && out[out.length - 1] === null) out.pop();
    return out;
  });
  while (rows.length && rows[rows.length - 1]!.length === 0) rows.pop();
  return rows;
};

// A sheet with one thing to fix (task 3 numbered 3 after 1: STT), and cells the clerk then edits.
const sheet = () => qtSheet([section('I', 'CẢI CÁCH THỂ CHẾ'), task(1), task(3), task(4)]);
/** The same with a note under the table (row 11), so that a row can be inserted above it. */
const withNote = () => qtSheet([section('I', 'CẢI CÁCH THỂ CHẾ'), task(1), task(3), task(4), [], ['Ghi chú: kinh phí theo dự toán được giao.']]);
/** A repeated header inside the table (its fix deletes row 9) and a count under the table that Excel moves. */
const repeatedHeader = () =>
  qtSheet([section('I', 'CẢI CÁCH THỂ CHẾ'), task(1), task(2), QT_HEADER, task(3), task(4), [], ['Số nhiệm vụ', { value: 4, formula: 'COUNT(A7:A12)' }]]);
const quangTri = () => gridFromJson(quangTriJson as unknown as GridJson);

/** Sửa tất cả, or the Sửa of the budget repair (not a safe fix: Sửa tất cả leaves it). */
const ALL = 'Sửa tất cả';
const BUDGET = 'Sửa (budget)';

describe('the list after a Sửa, without reading the sheet again', () => {
  it.each<[string, string, () => Grid]>([
    ['numbering', ALL, sheet],
    ['the Quảng Trị sample (joins delete rows; units, deadlines)', ALL, quangTri],
    ['a repeated header deleted above a formula Excel moves', ALL, repeatedHeader],
    ['a budget whose total is a SUM, a line amount wrong', BUDGET, () => budgetSheet({ amounts: [6e6, 2e6, 3e6], percent: 10, lineError: 400_000 })],
    ['a budget whose total is a SUM, the savings wrong', BUDGET, () => budgetSheet({ amounts: [6e6, 2e6, 3e6, 3e6], percent: 10, savingsError: 500_000 })],
    ['a budget whose total is a SUM, the words wrong', BUDGET, () => budgetSheet({ amounts: [6e6, 2e6, 3e6], percent: 10, wordsOff: 1000 })],
    ['a budget with a typed total and savings outside it', BUDGET, () => budgetSheet({ amounts: [5e6, 4e6], percent: 10, typedTotal: true, totalError: 300_000, inside: false })],
  ])('%s, %s: one Excel.run, and the grid and list of a fresh read', async (_, how, make) => {
    const { emu, adapter, pane } = open(make());
    await pane.check();
    const budgetFix = pane.getState().fixes.find((f) => f.issue.code.startsWith('budget.'));
    expect(how === ALL ? pane.getState().fixes.some((f) => f.safe) : budgetFix !== undefined).toBe(true);
    emu.resetStats();
    if (how === ALL) await pane.applyAll();
    else await pane.applyFix(budgetFix!);
    expect(pane.getState().error).toBeNull();
    // The write, its check and its read-back are the only Excel.run: no second read of the sheet.
    expect(emu.stats.runs).toBe(1);
    const inMemory = pane.getState().grid!;
    const after = codesAt(pane);
    const fresh = await adapter.readActiveSheet();
    expect(trimmed(inMemory)).toEqual(trimmed(fresh));
    await pane.check();
    expect(after).toEqual(codesAt(pane));
  });

  it('a SUM total takes the value Excel recalculated, not one phuluc computed', async () => {
    const { model, pane } = open(budgetSheet({ amounts: [6e6, 2e6, 3e6], percent: 10, lineError: 400_000 }));
    await pane.check();
    await pane.applyFix(pane.getState().fixes.find((f) => f.issue.code.startsWith('budget.'))!);
    expect(pane.getState().error).toBeNull();
    const totalRow = BUDGET_FIRST + 4; // three lines, savings, total
    const cell = pane.getState().grid!.rows[totalRow - 1]![5]!;
    expect(cell.formula).toMatch(/^SUM\(/);
    expect(cell.value).toBe(model.sheets[0]!.cell(totalRow - 1, 5)!.value);
  });
});

describe('the list after Sửa tất cả when the sheet changed since the check', () => {
  it.each<[string, () => Grid, (m: WorkbookModel) => void]>([
    ['a task typed below the table', sheet, (m) => m.user(() => task(5, 'Quí V/2024').forEach((v, c) => (m.sheets[0]!.ensure(9, c).value = v as never)))],
    ['a row inserted above the note under the table', withNote, (m) => m.user(() => m.sheets[0]!.insertRows(9, 1))],
    ['the note under the table deleted', withNote, (m) => m.user(() => m.sheets[0]!.deleteRows(10, 1))],
  ])('%s: the sheet is read again, the list is a fresh check', async (_, make, edit) => {
    const { model, adapter, pane } = open(make());
    await pane.check();
    edit(model);
    await pane.applyAll();
    expect(pane.getState().error).toBeNull();
    const after = codesAt(pane);
    expect(trimmed(pane.getState().grid!)).toEqual(trimmed(await adapter.readActiveSheet()));
    await pane.check();
    expect(after).toEqual(codesAt(pane));
  });

  it('a cell the clerk typed inside the table shows at the next Kiểm tra, and no Sửa writes over it', async () => {
    // STT 3 after 1 (A8) and a deadline written the non-standard way (H9): two fixes.
    const { model, pane } = open(qtSheet([section('I', 'CẢI CÁCH THỂ CHẾ'), task(1), task(3), task(4, 'Quí I/2024')]));
    await pane.check();
    const stt = pane.getState().fixes.find((f) => f.issue.code.startsWith('stt.'));
    expect(stt).toBeDefined();
    expect(pane.getState().fixes.some((f) => f.issue.cell === 'H9')).toBe(true);
    model.user(() => (model.sheets[0]!.ensure(8, 7).value = 'Quí II/2024'));
    await pane.applyFix(stt!);
    expect(pane.getState().error).toBeNull();
    // The deadline fix the list offers now was computed from the check's H9: refused, naming it.
    const deadline = pane.getState().fixes.find((f) => f.issue.cell === 'H9')!;
    await pane.applyFix(deadline);
    expect(pane.getState().error).toMatchObject({ action: 'recheck' });
    expect(pane.getState().error!.message).toContain('H9');
    expect(model.sheets[0]!.cell(8, 7)!.value).toBe('Quí II/2024');
    await pane.check();
    expect(pane.getState().report!.issues.some((i) => i.cell === 'H9')).toBe(true);
  });

  it('checks the written sheet again when the clerk has moved to another sheet', async () => {
    const other: Grid = { ...qtSheet([section('I', 'CẢI CÁCH THỂ CHẾ'), task(1, 'Quí V/2024', 'Văn phỏng')]), name: 'Khác' };
    const { model, pane } = open({ ...sheet(), name: 'Phụ lục' }, other);
    await pane.check();
    const checked = pane.getState().grid?.name;
    model.activate(model.sheets[1]!);
    await pane.applyAll();
    expect(pane.getState().grid?.name).toBe(checked);
    expect(model.active.name).toBe(checked);
    expect(pane.getState().report!.issues).toEqual([]);
  });
});
