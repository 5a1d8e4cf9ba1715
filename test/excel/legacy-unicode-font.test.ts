/**
 * Unicode text left in a .VnTime/VNI font, given Times New Roman through the Office adapter:
 * the text stays, the font changes (size and bold kept; a rich cell's runs each keep their
 * formatting, their legacy fonts renamed), Hoàn tác puts the old font back; a cell whose text
 * changed since the check is refused (`seen`), and a host without text runs refuses it whole.
 * The fix is built from the same cells with their fonts (as the .xlsx reader gives them); the
 * Office reader's own fonts, and the pane's check → Sửa → check, are in read-fonts.test.ts.
 */
import { checkSheet, type Cell } from '../../src/core';
import type { Fix } from '../../src/core/fix';
import { createOfficeAdapter } from '../../src/excel';
import { createExcelEmulator, sheetFromGrid, WorkbookModel, type TextRunModel } from '../../src/excel/emulator';
import { WorkbookError } from '../../src/excel/types';
import { refuseFlatteningRepairs } from '../../src/taskpane/state/rich-text';
import { qtSheet, task } from '../helpers/grid';

const TEXT = 'Văn phòng Sở';
const runsOf = (font: string): TextRunModel[] => [
  { text: 'Văn phòng ', font: { name: font, bold: true, size: 13 } },
  { text: 'Sở', font: { name: font, italic: true } },
];

/** The fix for F7 as the check gives it for `TEXT` in `font`, and an emulated sheet holding it. */
function setup(font: string, opts: { rich?: boolean; apiVersion?: string } = {}) {
  const stored: Cell = { value: TEXT, font };
  const grid = qtSheet([['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH'], task(1, 'Quý I/2024', stored)]);
  const fix = checkSheet(grid).fixes.find((f) => f.issue.code === 'text.legacy-font' && f.issue.cell === 'F7') as Fix;
  const sheet = sheetFromGrid(qtSheet([['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH'], task(1, 'Quý I/2024', TEXT)]));
  const cell = sheet.ensure(6, 5);
  cell.style = { fontName: font, fontSize: 13, bold: true };
  if (opts.rich) cell.runs = runsOf(font);
  const emu = createExcelEmulator(new WorkbookModel([sheet]), { apiVersion: opts.apiVersion ?? '1.18' });
  return { fix, sheet, adapter: createOfficeAdapter(emu) };
}

describe.each(['.VnTime', '.VnTimeH', 'VNI-Times'])('Unicode text in %s', (font) => {
  test('Sửa: the font becomes Times New Roman, the text and the rest of the style stay; Hoàn tác restores the font', async () => {
    const { fix, sheet, adapter } = setup(font);
    expect(fix.edits).toEqual([expect.objectContaining({ address: 'F7', value: TEXT, font: 'Times New Roman', legacy: { encoding: 'unicode', font } })]);
    const { sheetId } = await adapter.readActiveSheet();
    await adapter.applyBatch({ label: fix.label, sheetId, ops: fix.edits });
    expect(sheet.cell(6, 5)).toMatchObject({ value: TEXT, style: { fontName: 'Times New Roman', fontSize: 13, bold: true } });
    expect(sheet.cell(6, 6)?.style?.fontName).toBeUndefined();
    expect(await adapter.undoLast()).toMatchObject({ label: fix.label, status: 'undone' });
    expect(sheet.cell(6, 5)).toMatchObject({ value: TEXT, style: { fontName: font, fontSize: 13, bold: true } });
  });

  test('a rich cell: each run keeps its text and formatting, its legacy font renamed', async () => {
    const { fix, sheet, adapter } = setup(font, { rich: true });
    const { sheetId } = await adapter.readActiveSheet();
    await adapter.applyBatch({ label: fix.label, sheetId, ops: fix.edits });
    const cell = sheet.cell(6, 5)!;
    expect(cell.value).toBe(TEXT);
    expect(cell.runs).toEqual(runsOf(font).map((r) => ({ text: r.text, font: expect.objectContaining({ ...r.font, name: 'Times New Roman' }) })));
  });

  test('the text changed since the check: refused, nothing written', async () => {
    const { fix, sheet, adapter } = setup(font);
    sheet.ensure(6, 5).value = 'Thanh tra Sở';
    const { sheetId } = await adapter.readActiveSheet();
    await expect(adapter.applyBatch({ label: fix.label, sheetId, ops: fix.edits })).rejects.toMatchObject({ kind: 'sheet-changed' });
    expect(sheet.cell(6, 5)).toMatchObject({ value: 'Thanh tra Sở', style: { fontName: font } });
  });

  test('the pane on a host without text runs moves the fix to refused, naming the cell', () => {
    const grid = qtSheet([['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH'], task(1, 'Quý I/2024', { value: TEXT, font })]);
    const result = refuseFlatteningRepairs(checkSheet(grid), false);
    expect(result.fixes.filter((f) => f.issue.code === 'text.legacy-font')).toEqual([]);
    expect(result.refused.filter((r) => r.fix.issue.code === 'text.legacy-font').map((r) => r.refusal)).toEqual([{ reason: 'rich-text-unsupported', cells: ['F7'] }]);
    expect(refuseFlatteningRepairs(checkSheet(grid), true).fixes.filter((f) => f.issue.code === 'text.legacy-font')).toHaveLength(1);
  });

  test('a host without text runs (before ExcelApi 1.18): refused with a reason, nothing written', async () => {
    const { fix, sheet, adapter } = setup(font, { apiVersion: '1.17' });
    const { sheetId } = await adapter.readActiveSheet();
    const error = await adapter.applyBatch({ label: fix.label, sheetId, ops: fix.edits }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect(error).toMatchObject({ kind: 'unsupported' });
    expect(sheet.cell(6, 5)).toMatchObject({ value: TEXT, style: { fontName: font } });
  });
});
