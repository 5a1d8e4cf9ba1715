/**
 * applyBatch's answer (BatchWritten): the `readBack` cells as Excel recalculated and moved them,
 * read after the writes; the sheet's last value row before writing; whether it was the active
 * sheet. Over the emulator directly and through Microsoft's Office.js client.
 */
import { createOfficeAdapter, type BatchWritten, type SheetGrid, type WorkbookAdapter } from '../../src/excel';
import { createExcelEmulator, sheetFromGrid, WorkbookModel } from '../../src/excel/emulator';
import { lastValueRow } from '../../src/core/grid';
import { budgetSheet, BUDGET_FIRST } from '../helpers/budget-sheet';
import { deleteEdit, setEdit } from './helpers';
import { officeJsOver } from './officejs';

jest.setTimeout(60_000);

const TOTAL = BUDGET_FIRST + 4; // three lines, savings, total (=SUM of F7:F10)

async function open(viaClient: boolean) {
  const other = { ...budgetSheet({ amounts: [1, 2, 3], percent: 10 }), name: 'Khác' };
  const model = new WorkbookModel([sheetFromGrid(budgetSheet({ amounts: [6e6, 2e6, 3e6], percent: 10 })), sheetFromGrid(other)]);
  const emu = createExcelEmulator(model);
  const adapter: WorkbookAdapter = createOfficeAdapter(viaClient ? officeJsOver(emu) : emu);
  const grid = await adapter.readActiveSheet();
  return { model, emu, adapter, grid };
}

type Case = {
  name: string;
  ops: (g: SheetGrid) => ReturnType<typeof setEdit>[];
  readBack: { row: number; col: number }[];
  /** What comes back: [row before the batch, row now, value, formula]. */
  cells: [number, number, number, string][];
};

const CASES: Case[] = [
  { name: 'a line written: the SUM total recalculated', ops: (g) => [setEdit(g, BUDGET_FIRST, 5, 7e6)], readBack: [{ row: TOTAL, col: 5 }], cells: [[TOTAL, TOTAL, 13_222_222, 'SUM(F7:F10)']] },
  {
    name: 'a line deleted: the total moved up, its range shrunk, at its row before the batch',
    ops: (g) => [deleteEdit(g, BUDGET_FIRST + 1)],
    readBack: [{ row: TOTAL, col: 5 }],
    cells: [[TOTAL, TOTAL - 1, 10_222_222, 'SUM(F7:F9)']],
  },
  { name: 'a cell asked for in a deleted row is left out', ops: (g) => [deleteEdit(g, TOTAL)], readBack: [{ row: TOTAL, col: 5 }], cells: [] },
];

describe.each([
  ['emulator', false],
  ['Office.js client', true],
])('applyBatch reads back what the pane asks (%s)', (_, viaClient) => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { model, emu, adapter, grid } = await open(viaClient);
    emu.resetStats();
    const written = (await adapter.applyBatch({ sheetId: grid.sheetId!, label: 'x', ops: c.ops(grid), readBack: c.readBack, lastRow: 0 })) as BatchWritten;
    const sheet = model.sheets[0]!;
    expect(written.cells).toEqual(c.cells.map(([row, , value, formula]) => ({ row, col: 5, cell: expect.objectContaining({ value, formula }) })));
    // What Excel holds there now.
    for (const [, now, value] of c.cells) expect(sheet.cell(now - 1, 5)!.value).toBe(value);
    expect(written.active).toBe(true);
    expect(written.lastRowBefore).toBe(lastValueRow(grid.rows));
  });

  it('says the sheet was not the active one, and its last value row before the write', async () => {
    const { model, adapter, grid } = await open(viaClient);
    model.activate(model.sheets[1]!);
    const written = (await adapter.applyBatch({ sheetId: grid.sheetId!, label: 'x', ops: [setEdit(grid, BUDGET_FIRST, 5, 7e6)] })) as BatchWritten;
    expect(written).toEqual({ cells: [], lastRowBefore: model.sheets[0]!.usedRect(true)!.bottom + 1, active: false });
  });
});
