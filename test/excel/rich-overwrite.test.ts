/**
 * A fix that is not a legacy repair (a deadline written the standard way) over a cell holding
 * rich text (a bold word): writing a value makes Excel store plain text and drop the runs'
 * formatting, so on a host that can read the runs (ExcelApi 1.18) the Office adapter refuses
 * the batch, as the .xlsx writer does: nothing written, the cell named in Vietnamese. A one-run
 * or plain cell is written as before. Without 1.18 the runs cannot be seen: the write goes
 * ahead (docs/ARCHITECTURE.md, "Rich text"), which the last row pins down.
 */
import { checkSheet } from '../../src/core';
import { createOfficeAdapter } from '../../src/excel';
import { createExcelEmulator, sheetFromGrid, WorkbookModel, type SheetModel, type TextRunModel } from '../../src/excel/emulator';
import { WorkbookError } from '../../src/excel/types';
import { qtSheet, section, task } from '../helpers/grid';
import { officeJsOver } from './officejs';

jest.setTimeout(120_000);

type Runs = readonly TextRunModel[];

const rich: Runs = [
  { text: 'Quý 1', font: { bold: true } },
  { text: ' năm 2024', font: { italic: true } },
];
const oneRun: Runs = [{ text: 'Quý 1 năm 2024', font: { bold: true } }];

/** Deadlines H7 and H8 written the nonstandard way; H7 holds `runs` when given. */
function sheetWith(runs?: Runs): SheetModel {
  const sheet = sheetFromGrid(qtSheet([section('I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH'), task(1, 'Quý 1 năm 2024'), task(2, 'Quý 2 năm 2024')]));
  if (runs) sheet.ensure(6, 7).runs = runs;
  return sheet;
}

async function deadlineFixes(adapter: ReturnType<typeof createOfficeAdapter>, cells: string[]) {
  const grid = await adapter.readActiveSheet();
  const fixes = checkSheet(grid).fixes.filter((f) => f.issue.code.startsWith('deadline.') && cells.includes(f.issue.cell ?? ''));
  expect(fixes.map((f) => f.issue.cell).sort()).toEqual([...cells].sort());
  return { sheetId: grid.sheetId, ops: fixes.flatMap((f) => f.edits) };
}

const settle = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e,
  );

describe.each([
  ['a rich cell, ExcelApi 1.18', '1.18', rich, 'refused'],
  ['a rich cell, ExcelApi 1.20', '1.20', rich, 'refused'],
  ['a one-run cell, ExcelApi 1.18', '1.18', oneRun, 'written'],
  ['a plain cell, ExcelApi 1.18', '1.18', undefined, 'written'],
  ['a rich cell, ExcelApi 1.17 (runs cannot be read: written, documented)', '1.17', rich, 'written'],
] as const)('the deadline fix of H7 over %s', (_name, apiVersion, runs, outcome) => {
  it(`is ${outcome}`, async () => {
    const sheet = sheetWith(runs);
    const adapter = createOfficeAdapter(createExcelEmulator(new WorkbookModel([sheet]), { apiVersion }));
    const { sheetId, ops } = await deadlineFixes(adapter, ['H7']);
    const before = structuredClone(sheet.cell(6, 7));
    const error = await settle(adapter.applyBatch({ label: 'Sửa thời hạn', sheetId, ops }));
    if (outcome === 'refused') {
      expect(error).toBeInstanceOf(WorkbookError);
      expect(error).toMatchObject({ kind: 'unsupported', detail: { cells: ['H7'], userMessage: expect.stringMatching(/^Ô H7 có chữ định dạng từng phần/) } });
      expect(sheet.cell(6, 7)).toEqual(before);
      expect(adapter.canUndo()).toBe(false);
    } else {
      expect(error).toBeUndefined();
      expect(sheet.cell(6, 7)?.value).toBe('Quý I/2024');
      expect(adapter.canUndo()).toBe(true);
    }
  });
});

test('Sửa tất cả over a rich deadline and a plain one: the batch is refused whole, only the rich cell named', async () => {
  const sheet = sheetWith(rich);
  const adapter = createOfficeAdapter(createExcelEmulator(new WorkbookModel([sheet]), { apiVersion: '1.18' }));
  const { sheetId, ops } = await deadlineFixes(adapter, ['H7', 'H8']);
  const before = [structuredClone(sheet.cell(6, 7)), structuredClone(sheet.cell(7, 7))];
  await expect(adapter.applyBatch({ label: 'Sửa tất cả', sheetId, ops })).rejects.toMatchObject({ kind: 'unsupported', detail: { cells: ['H7'] } });
  expect([sheet.cell(6, 7), sheet.cell(7, 7)]).toEqual(before);
  expect(adapter.canUndo()).toBe(false);
});

test.each([
  ['rich H7', rich, 'refused'],
  ['plain H7', undefined, 'written'],
] as const)('through Microsoft’s Excel client, %s beside plain H8: one GetCellProperties for the column, no SetCellProperties', async (_name, runs, outcome) => {
  const sheet = sheetWith(runs);
  const real = officeJsOver(createExcelEmulator(new WorkbookModel([sheet]), { apiVersion: '1.18' }));
  const adapter = createOfficeAdapter(real);
  const { sheetId, ops } = await deadlineFixes(adapter, ['H7', 'H8']);
  real.wire.methods = [];
  const error = await settle(adapter.applyBatch({ label: 'Sửa tất cả', sheetId, ops }));
  expect(real.wire.methods.filter((m) => m.name === 'GetCellProperties').map((m) => m.args)).toEqual([[{ textRuns: true }]]);
  expect(real.wire.methods.filter((m) => m.name === 'SetCellProperties')).toEqual([]);
  expect(error === undefined ? 'written' : 'refused').toBe(outcome);
  expect([sheet.cell(6, 7)?.value, sheet.cell(7, 7)?.value]).toEqual(outcome === 'written' ? ['Quý I/2024', 'Quý II/2024'] : ['Quý 1 năm 2024', 'Quý 2 năm 2024']);
});
