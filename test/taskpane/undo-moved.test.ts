/**
 * Hoàn tác after the clerk inserted or deleted rows: phuluc restores nothing (its records name
 * the old rows), and the refusal names the cells where they are now, not where they were.
 */
import { renumber } from '../../src/core';
import { createOfficeAdapter } from '../../src/excel';
import { createExcelEmulator, sheetFromGrid, WorkbookModel } from '../../src/excel/emulator';
import { gridFromJson, type GridJson } from '../../src/excel/emulator/samples';
import { PaneController } from '../../src/taskpane/state/controller';
import quangTriJson from '../../src/demo/quang-tri-2024.grid.json';
import { differences, restore, snapshot } from './harness';

jest.setTimeout(60_000);

function open() {
  const grid = gridFromJson(quangTriJson as unknown as GridJson);
  const model = new WorkbookModel([sheetFromGrid(grid)]);
  const pane = new PaneController(createOfficeAdapter(createExcelEmulator(model)));
  return { grid, model, pane, sheet: model.sheets[0]! };
}

const rowOf = (address: string) => Number(/\d+$/.exec(address)![0]);
const colOf = (address: string) => /^[A-Z]+/.exec(address)![0];

describe('Hoàn tác of Đánh số lại after the clerk moved rows', () => {
  it.each([
    // [what, 0-based row of the clerk's insert (+n) or delete (-n), rows]
    ['one row inserted near the top', 9, 1],
    ['three rows inserted near the top', 9, 3],
    ['one row deleted near the top', 3, -1],
  ] as [string, number, number][])('%s: refused, naming the renumbered cells where they are now', async (_what, at, n) => {
    const { grid, model, pane, sheet } = open();
    const original = snapshot(model);
    const written = renumber(grid).map((e) => (e.kind === 'set' ? e.address : ''));
    expect(written.length).toBeGreaterThan(0);
    await pane.check();
    await pane.renumberAll();
    expect(pane.getState().error).toBeNull();
    const written0 = snapshot(model);
    const label = pane.getState().undoLabel!;
    model.user(() => (n > 0 ? sheet.insertRows(at, n) : sheet.deleteRows(at, -n)));
    const before = snapshot(model);
    await pane.undo();
    const error = pane.getState().error!;
    expect(error).not.toBeNull();
    expect(differences(before, snapshot(model))).toEqual([]);
    const now = written.map((a) => `${colOf(a)}${rowOf(a) + n}`);
    expect(error.message).toContain(label);
    expect(error.message).toContain(`ô ${now.slice(0, Math.min(5, now.length)).join(', ')}`);
    expect(error.message).toContain(n > 0 ? `${Math.abs(n)} dòng đã được chèn` : `${Math.abs(n)} dòng đã được xóa`);
    // The entry stays; with the rows put back as they were, Hoàn tác works.
    expect(pane.getState().canUndo).toBe(true);
    restore(model, written0);
    await pane.undo();
    expect(pane.getState().error).toBeNull();
    expect(differences(original, snapshot(model))).toEqual([]);
  });

  it('one row inserted and one renumbered cell typed over: the typed cell is named where it is now', async () => {
    const { grid, model, pane, sheet } = open();
    const first = renumber(grid)[0]!;
    if (first.kind !== 'set') throw new Error('a set');
    await pane.check();
    await pane.renumberAll();
    model.user(() => sheet.insertRows(9, 1));
    model.user(() => (sheet.ensure(first.row, first.col).value = 999));
    await pane.undo();
    const msg = pane.getState().error!.message;
    // The typed cell named where it is now, one row down; not where it was.
    expect(msg).toContain(`ô ${colOf(first.address)}${first.row + 1} đã được sửa sau đó`);
    expect(msg).not.toContain(`ô ${first.address} `);
  });

  it('a row inserted below every renumbered cell moves none of them: the plain refusal for a typed cell', async () => {
    const { grid, model, pane, sheet } = open();
    const edits = renumber(grid);
    const last = Math.max(...edits.map((e) => e.row));
    const first = edits[0]!;
    if (first.kind !== 'set') throw new Error('a set');
    await pane.check();
    await pane.renumberAll();
    model.user(() => sheet.insertRows(last + 1, 1));
    model.user(() => (sheet.ensure(first.row - 1, first.col).value = 999));
    await pane.undo();
    const msg = pane.getState().error!.message;
    expect(msg).toContain(`ô ${first.address}`);
    expect(msg).toContain('đã được sửa sau đó');
  });
});

describe('Hoàn tác of an inserted task after the clerk typed over a renumbered cell', () => {
  it.each([
    ['below task 3 of section I (row 12)', 11],
    ['below the task of row 21 (its fragment row 22 goes with it)', 20],
  ] as [string, number][])('%s: the refusal names the typed cell where it is now, below the inserted row', async (_what, selected0) => {
    const { model, pane, sheet } = open();
    model.select({ top: selected0, left: 2, bottom: selected0, right: 2 });
    await pane.check();
    await pane.insertTemplate(pane.library[0]!, { kind: 'below-selection' });
    const q = pane.getState().question;
    expect(q?.kind).toBe('insert');
    await pane.answer(true);
    expect(pane.getState().error).toBeNull();
    const newRow = q!.kind === 'insert' ? q!.row : 0;
    // The first renumbered STT cell below the new row, where it is now.
    let r = newRow; // 0-based row after the new one
    while (typeof sheet.cell(r, 0)?.value !== 'number') r++;
    model.user(() => (sheet.ensure(r, 0).value = 77));
    const before = snapshot(model);
    await pane.undo();
    const msg = pane.getState().error!.message;
    expect(msg).toContain(`ô A${r + 1} đã được sửa sau đó`);
    expect(differences(before, snapshot(model))).toEqual([]);
  });
});
