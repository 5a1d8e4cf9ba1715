/**
 * Legacy text in a rich cell (a bold word in a .VnTime cell) repaired through the Office adapter:
 * on a host with ExcelApi 1.18 each run is decoded and keeps its own formatting, and Hoàn tác
 * puts the original runs back exactly; on an older host, or when the runs cannot make the
 * verified text, nothing is written and the reason is Vietnamese. Also through Microsoft's own
 * Excel client (officejs.ts), to see the requests it really sends.
 */
import { checkSheet } from '../../src/core';
import type { Fix } from '../../src/core/fix';
import { renderRefusal } from '../../src/core/messages';
import { createOfficeAdapter } from '../../src/excel';
import { createExcelEmulator, sheetFromGrid, WorkbookModel, type SheetModel, type TextRunModel } from '../../src/excel/emulator';
import { WorkbookError } from '../../src/excel/types';
import { refuseFlatteningRepairs } from '../../src/taskpane/state/rich-text';
import { qtSheet, task } from '../helpers/grid';
import { encodeTCVN3 as T, encodeVNI as V } from '../helpers/legacy';
import { officeJsOver } from './officejs';

jest.setTimeout(120_000);

type Runs = readonly TextRunModel[];

/** A sheet whose lead cell F7 holds `runs` (rich text) in the cell font `font`. */
function richSheet(runs: Runs, font: string): SheetModel {
  const stored = runs.map((r) => r.text).join('');
  const sheet = sheetFromGrid(qtSheet([['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH'], task(1, 'Quý I/2024', stored)]));
  const cell = sheet.ensure(6, 5);
  cell.style = { fontName: font, fontSize: 13 };
  cell.runs = runs;
  return sheet;
}

async function legacyFix(adapter: ReturnType<typeof createOfficeAdapter>): Promise<{ fix: Fix; sheetId: string; refused: ReturnType<typeof checkSheet>['refused'] }> {
  const grid = await adapter.readActiveSheet();
  const { fixes, refused } = checkSheet(grid);
  const fix = fixes.find((f) => f.issue.code === 'text.legacy-encoding' && f.issue.cell === 'F7');
  if (!fix) throw new Error('no legacy fix for F7');
  return { fix, sheetId: grid.sheetId, refused };
}

const tcvn: Runs = [
  { text: T('Văn phòng '), font: { name: '.VnTime', bold: true, size: 13 } },
  { text: T('Sở'), font: { name: '.VnTime', italic: true, color: '#C00000' } },
  { text: T(' (chủ trì)'), font: { name: 'Arial', underline: 'Single' } },
];
const vni: Runs = [
  { text: V('Văn phòng '), font: { name: 'VNI-Times', bold: true } },
  { text: V('Sở'), font: { name: 'VNI-Times', italic: true } },
];

// The cell font Hoàn tác leaves: the one before where all runs share it; where they differ
// (.VnTime and Arial) Excel reports no single font name to record, and the runs carry theirs.
describe.each([
  ['TCVN3', tcvn, '.VnTime', ['Văn phòng ', 'Sở', ' (chủ trì)'], 'Times New Roman'],
  ['VNI', vni, 'VNI-Times', ['Văn phòng ', 'Sở'], 'VNI-Times'],
] as const)('a rich %s cell on a host with ExcelApi 1.18', (_name, runs, font, texts, cellFontAfterUndo) => {
  it('is repaired run by run: each run keeps its formatting, legacy run fonts become Times New Roman; Hoàn tác restores the runs exactly', async () => {
    const sheet = richSheet(runs, font);
    const emu = createExcelEmulator(new WorkbookModel([sheet]), { apiVersion: '1.18' });
    const adapter = createOfficeAdapter(emu);
    expect(adapter.keepsTextRuns?.()).toBe(true);
    const { fix, sheetId } = await legacyFix(adapter);
    const before = structuredClone(sheet.cell(6, 5));

    await adapter.applyBatch({ label: fix.label, sheetId, ops: fix.edits });
    const cell = sheet.cell(6, 5)!;
    expect(cell.value).toBe(texts.join(''));
    expect(cell.runs?.map((r) => r.text)).toEqual([...texts]);
    cell.runs!.forEach((r, i) => {
      const was = runs[i]!.font;
      const wantName = /^(\.vn|vni)/i.test(was.name ?? '') ? 'Times New Roman' : was.name;
      // Every property the run had is kept; only a legacy font name changes.
      expect({ run: i, font: r.font }).toEqual({ run: i, font: expect.objectContaining({ ...was, name: wantName }) });
    });
    expect(cell.style?.fontName).toBe('Times New Roman');
    expect(cell.style?.fontSize).toBe(13);
    // Re-read and checked: no legacy issue remains on F7.
    expect(checkSheet(await adapter.readActiveSheet()).report.issues.filter((i) => i.cell === 'F7' && i.code === 'text.legacy-encoding')).toEqual([]);

    expect(await adapter.undoLast()).toMatchObject({ label: fix.label, status: 'undone' });
    const back = sheet.cell(6, 5)!;
    expect(back.value).toBe(before!.value);
    expect(back.style?.fontName).toBe(cellFontAfterUndo);
    // The runs come back as they were: text and every font property the run had.
    expect(back.runs?.map((r) => r.text)).toEqual(runs.map((r) => r.text));
    back.runs!.forEach((r, i) => expect({ run: i, font: r.font }).toEqual({ run: i, font: expect.objectContaining(runs[i]!.font) }));
  });
});

describe('a host without ExcelApi 1.18', () => {
  it.each([
    ['a rich cell', tcvn],
    ['a one-run cell (the host cannot tell it from a rich one)', [{ text: T('Văn phòng Sở'), font: { name: '.VnTime' } }] as Runs],
  ])('refuses the repair of %s: at check time under the issue, and the adapter writes nothing', async (_name, runs) => {
    const sheet = richSheet(runs, '.VnTime');
    const emu = createExcelEmulator(new WorkbookModel([sheet]), { apiVersion: '1.17' });
    const adapter = createOfficeAdapter(emu);
    expect(adapter.keepsTextRuns?.()).toBe(false);
    const { fix, sheetId, refused } = await legacyFix(adapter);
    // The pane's path: the fix leaves the offered fixes for the refused ones, with the cell named.
    const pane = refuseFlatteningRepairs({ fixes: [fix], refused }, false);
    expect(pane.fixes).toEqual([]);
    const mine = pane.refused.find((r) => r.fix === fix);
    expect(mine?.refusal).toEqual({ reason: 'rich-text-unsupported', cells: ['F7'] });
    expect(renderRefusal(mine!.refusal)).toMatch(/F7.*định dạng/);
    // With runs kept the same fixes pass through untouched.
    expect(refuseFlatteningRepairs({ fixes: [fix], refused }, true).fixes).toEqual([fix]);

    // And the adapter itself, if asked: refused before any write, the cell as it was.
    const before = structuredClone(sheet.cell(6, 5));
    emu.resetStats();
    const error = await adapter.applyBatch({ label: fix.label, sheetId, ops: fix.edits }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WorkbookError);
    expect(error).toMatchObject({ kind: 'unsupported', detail: { cells: ['F7'], userMessage: expect.stringContaining('F7') } });
    expect(sheet.cell(6, 5)).toEqual(before);
    expect(adapter.canUndo()).toBe(false);
  });
});

test('runs that cannot make the verified text (a VNI mark cut from its vowel) are refused, nothing written', async () => {
  const stored = V('Văn phòng Sở'); // "Vaên": the mark byte after the a
  const runs: Runs = [
    { text: stored.slice(0, 2), font: { name: 'VNI-Times', bold: true } },
    { text: stored.slice(2), font: { name: 'VNI-Times' } },
  ];
  const sheet = richSheet(runs, 'VNI-Times');
  const emu = createExcelEmulator(new WorkbookModel([sheet]), { apiVersion: '1.20' });
  const adapter = createOfficeAdapter(emu);
  const { fix, sheetId } = await legacyFix(adapter);
  const before = structuredClone(sheet.cell(6, 5));
  await expect(adapter.applyBatch({ label: fix.label, sheetId, ops: fix.edits })).rejects.toMatchObject({ kind: 'unsupported', detail: { cells: ['F7'] } });
  expect(sheet.cell(6, 5)).toEqual(before);
  expect(adapter.canUndo()).toBe(false);
});

test('through Microsoft’s Excel client: getCellProperties reads textRuns, setCellProperties writes them; undo sends the original runs', async () => {
  const sheet = richSheet(tcvn, '.VnTime');
  const emu = createExcelEmulator(new WorkbookModel([sheet]), { apiVersion: '1.18' });
  const real = officeJsOver(emu);
  real.wire.methods = [];
  const adapter = createOfficeAdapter(real);
  const { fix, sheetId } = await legacyFix(adapter);
  real.wire.methods = [];
  await adapter.applyBatch({ label: fix.label, sheetId, ops: fix.edits });
  const get = real.wire.methods.filter((m) => m.name === 'GetCellProperties');
  expect(get.map((m) => m.args)).toEqual([[{ textRuns: true }]]);
  const set = real.wire.methods.filter((m) => m.name === 'SetCellProperties');
  expect(set.length).toBe(1);
  const written = (set[0]!.args[0] as Array<Array<{ textRuns: Array<{ text: string; font: { name: string; bold?: boolean } }> }>>)[0]![0]!.textRuns;
  expect(written.map((r) => [r.text, r.font.name, r.font.bold])).toEqual([
    ['Văn phòng ', 'Times New Roman', true],
    ['Sở', 'Times New Roman', false],
    [' (chủ trì)', 'Arial', false],
  ]);
  expect(sheet.cell(6, 5)?.runs?.map((r) => r.text)).toEqual(['Văn phòng ', 'Sở', ' (chủ trì)']);

  real.wire.methods = [];
  await adapter.undoLast();
  const restore = real.wire.methods.filter((m) => m.name === 'SetCellProperties');
  expect(restore.length).toBe(1);
  expect(sheet.cell(6, 5)?.runs?.map((r) => [r.text, r.font.name])).toEqual(tcvn.map((r) => [r.text, r.font.name]));
});

test('Sửa tất cả over a rich cell and a plain one side by side: one write each way, both undone exactly', async () => {
  const plainStored = T('Phòng Tư pháp');
  const sheet = sheetFromGrid(
    qtSheet([['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH'], task(1, 'Quý I/2024', tcvn.map((r) => r.text).join('')), task(2, 'Quý II/2024', plainStored)]),
  );
  sheet.ensure(6, 5).style = { fontName: '.VnTime' };
  sheet.ensure(6, 5).runs = tcvn;
  sheet.ensure(7, 5).style = { fontName: '.VnTime', bold: true };
  const emu = createExcelEmulator(new WorkbookModel([sheet]), { apiVersion: '1.18' });
  const adapter = createOfficeAdapter(emu);
  const grid = await adapter.readActiveSheet();
  const fixes = checkSheet(grid).fixes.filter((f) => f.issue.code === 'text.legacy-encoding' && (f.issue.cell === 'F7' || f.issue.cell === 'F8'));
  expect(fixes.map((f) => f.issue.cell).sort()).toEqual(['F7', 'F8']);
  const before = [structuredClone(sheet.cell(6, 5)), structuredClone(sheet.cell(7, 5))];

  await adapter.applyBatch({ label: 'Sửa tất cả', sheetId: grid.sheetId, ops: fixes.flatMap((f) => f.edits) });
  expect(sheet.cell(6, 5)?.runs?.map((r) => [r.text, r.font.name])).toEqual([
    ['Văn phòng ', 'Times New Roman'],
    ['Sở', 'Times New Roman'],
    [' (chủ trì)', 'Arial'],
  ]);
  // The plain cell: its text and the cell font, no runs made up for it.
  expect(sheet.cell(7, 5)).toMatchObject({ value: 'Phòng Tư pháp', style: { fontName: 'Times New Roman', bold: true } });
  expect(sheet.cell(7, 5)?.runs).toBeUndefined();

  expect(await adapter.undoLast()).toMatchObject({ status: 'undone' });
  expect(sheet.cell(6, 5)?.value).toBe(before[0]!.value);
  expect(sheet.cell(6, 5)?.runs?.map((r) => [r.text, r.font.name, r.font.bold ?? false, r.font.italic ?? false])).toEqual(
    tcvn.map((r) => [r.text, r.font.name, r.font.bold ?? false, r.font.italic ?? false]),
  );
  expect(sheet.cell(7, 5)).toEqual(before[1]);
});

