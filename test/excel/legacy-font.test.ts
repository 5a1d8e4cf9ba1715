/**
 * A TCVN3 cell repaired through the Office adapter: Unicode text and a Unicode font in one batch,
 * both put back by Hoàn tác (the pane's undo).
 */
import { checkSheet } from '../../src/core';
import { createOfficeAdapter } from '../../src/excel';
import { createExcelEmulator, sheetFromGrid, WorkbookModel } from '../../src/excel/emulator';
import { qtSheet, task } from '../helpers/grid';
import { encodeTCVN3 } from '../helpers/legacy';

test('Sửa writes the Unicode text in Times New Roman; Hoàn tác puts the bytes and .VnTime back', async () => {
  const garbled = encodeTCVN3('Văn phòng Sở');
  const sheet = sheetFromGrid(qtSheet([['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH'], task(1, 'Quý I/2024', garbled)]));
  sheet.ensure(6, 5).style = { fontName: '.VnTime', fontSize: 13, bold: true };
  const model = new WorkbookModel([sheet]);
  const adapter = createOfficeAdapter(createExcelEmulator(model));

  // The Office reader gives no fonts: the engine repairs the cell with a Unicode font anyway.
  const { fixes } = checkSheet(await adapter.readActiveSheet());
  const fix = fixes.find((f) => f.issue.code === 'text.legacy-encoding' && f.issue.cell === 'F7')!;
  expect(fix.edits).toEqual([{ kind: 'set', row: 7, col: 5, address: 'F7', value: 'Văn phòng Sở', font: 'Times New Roman', legacy: expect.objectContaining({ encoding: 'TCVN3' }), seen: { value: garbled } }]);

  const { sheetId } = await adapter.readActiveSheet();
  await adapter.applyBatch({ label: fix.label, sheetId, ops: fix.edits });
  expect(sheet.cell(6, 5)).toMatchObject({ value: 'Văn phòng Sở', style: { fontName: 'Times New Roman', fontSize: 13, bold: true } });
  // A neighbour's font is not touched.
  expect(sheet.cell(6, 6)?.style?.fontName).toBeUndefined();

  expect(await adapter.undoLast()).toMatchObject({ label: fix.label, status: 'undone' });
  expect(sheet.cell(6, 5)).toMatchObject({ value: garbled, style: { fontName: '.VnTime', fontSize: 13, bold: true } });
});
