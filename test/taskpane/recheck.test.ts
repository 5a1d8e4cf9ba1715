/**
 * After a write the pane's issue list is the sheet as it is now: read again, never the old read
 * plus phuluc's edits (the clerk may have typed or moved rows since the check), and always the
 * sheet that was written, even when the clerk has moved to another sheet.
 */
import { createOfficeAdapter } from '../../src/excel';
import { createExcelEmulator, sheetFromGrid, WorkbookModel } from '../../src/excel/emulator';
import type { Grid } from '../../src/core/grid';
import { PaneController } from '../../src/taskpane/state/controller';
import { qtSheet, section, task } from '../helpers/grid';

jest.setTimeout(120_000);

function open(...grids: Grid[]) {
  const model = new WorkbookModel(grids.map((g) => sheetFromGrid(g)));
  const pane = new PaneController(createOfficeAdapter(createExcelEmulator(model)));
  return { model, pane };
}

const codesAt = (pane: PaneController) => (pane.getState().report?.issues ?? []).map((i) => `${i.code}@${i.cell ?? i.row}`).sort();

describe('the list after Sửa / Sửa tất cả', () => {
  // A sheet with one thing to fix (task 3 numbered 3 after 1: STT), and cells the clerk then edits.
  const sheet = () => qtSheet([section('I', 'CẢI CÁCH THỂ CHẾ'), task(1), task(3), task(4)]);

  it.each<[string, (m: WorkbookModel) => void]>([
    ['a unit typed wrong elsewhere', (m) => m.user(() => (m.sheets[0]!.ensure(8, 5).value = 'Văn phỏng'))],
    ['a deadline typed wrong elsewhere', (m) => m.user(() => (m.sheets[0]!.ensure(8, 7).value = 'Quí V/2024'))],
  ])('shows what the clerk changed since the check: %s', async (_, edit) => {
    const { model, pane } = open(sheet());
    await pane.check();
    edit(model);
    await pane.applyAll();
    const after = codesAt(pane);
    await pane.check();
    expect(after).toEqual(codesAt(pane));
    expect(after.length).toBeGreaterThan(0);
  });

  it('with nothing changed by the clerk, the list is the same as a fresh check', async () => {
    const { pane } = open(sheet());
    await pane.check();
    await pane.applyAll();
    const after = codesAt(pane);
    await pane.check();
    expect(after).toEqual(codesAt(pane));
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
  });
});
