/**
 * The Office reader gives the engine cells' TCVN3/VNI fonts (issue 11), read hierarchically in
 * the syncs the read already makes: one font name per column's slice of each block, and per cell
 * (getCellProperties) only where a slice's fonts differ. So in Excel the pane raises
 * text.legacy-font, and legacy-encoding has its font hint; a host without ExcelApi 1.9 reads as
 * before, without fonts.
 */
import { checkSheet, type Grid } from '../../src/core';
import { createOfficeAdapter } from '../../src/excel';
import { createExcelEmulator, largeSample, sheetFromGrid, WorkbookModel, type SheetModel } from '../../src/excel/emulator';
import { PAYLOAD_LIMIT } from '../../src/excel/emulator/api';
import { FONT_CELL_BYTES } from '../../src/excel/read';
import { PaneController } from '../../src/taskpane/state/controller';
import { qtSheet, section, task } from '../helpers/grid';
import { encodeTCVN3 } from '../helpers/legacy';

jest.setTimeout(120_000);

const TNR = 'Times New Roman';
/** Four tasks, leads in column F (rows 7-10). */
const plan = (lead7: string = 'Văn phòng Sở') =>
  qtSheet([section('I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH'), task(1, 'Quý I/2024', lead7), task(2, 'Quý II/2024', 'Thanh tra Sở'), task(3), task(4)]);

/** Every cell of the sheet's nine columns (empty ones too) in `font`, then `at` (0-based [row, col, font]). */
function styled(sheet: SheetModel, font: string, at: Array<[number, number, string]> = []): SheetModel {
  const height = sheet.rows.length;
  for (let r = 0; r < height; r++) for (let c = 0; c < 9; c++) sheet.ensure(r, c).style = { fontName: font };
  for (const [r, c, f] of at) sheet.ensure(r, c).style = { fontName: f };
  return sheet;
}

/**
 * Reads `sheet` through the Office adapter on ExcelApi `version` ('no-fonts': 1.20 but for 1.9,
 * so that only the fonts differ); the emulator's counts too.
 */
async function read(sheet: SheetModel, version = '1.20') {
  const emu = createExcelEmulator(new WorkbookModel([sheet]), { apiVersion: version === 'no-fonts' ? '1.20' : version });
  emu.resetStats();
  const api = version === 'no-fonts' ? { run: emu.run, isSetSupported: (n: string, v?: string) => v !== '1.9' && emu.isSetSupported(n, v) } : emu;
  const grid = await createOfficeAdapter(api).readActiveSheet();
  const bytes = emu.stats.responseBytes.reduce((a, b) => a + b, 0);
  return { grid, syncs: emu.stats.syncs, bytes, largest: Math.max(...emu.stats.responseBytes) };
}

/** "F7=.VnTime" for every cell the reader gave a font. */
const fontsOf = (grid: Grid) =>
  grid.rows.flatMap((row, r) => (row ?? []).flatMap((cell, c) => (cell?.font !== undefined ? [`${String.fromCharCode(65 + c)}${r + 1}=${cell.font}`] : [])));
const codesAt = (grid: Grid, code: string) => checkSheet(grid).report.issues.filter((i) => i.code === code).map((i) => i.cell);

describe.each<[string, () => SheetModel, string[], string[]]>([
  ['one font everywhere (Times New Roman)', () => styled(sheetFromGrid(plan()), TNR), [], []],
  ['one font everywhere (Calibri, nothing set)', () => sheetFromGrid(plan()), [], []],
  ['one .VnTime cell with Unicode text among Times New Roman', () => styled(sheetFromGrid(plan()), TNR, [[6, 5, '.VnTime']]), ['F7=.VnTime'], ['F7']],
  ['one VNI-Times cell, the rest Calibri', () => styled(sheetFromGrid(plan()), 'Calibri', [[7, 5, 'VNI-Times']]), ['F8=VNI-Times'], ['F8']],
  ['an empty cell in .VnTime: nothing to give', () => styled(sheetFromGrid(plan()), TNR, [[3, 4, '.VnTime']]), [], []],
  ['a number cell in .VnTime: not text', () => styled(sheetFromGrid(plan()), TNR, [[6, 0, '.VnTime']]), [], []],
  ['a formula-free mixed column: .VnTime and .VnTimeH among Arial', () => styled(sheetFromGrid(plan()), 'Arial', [[6, 5, '.VnTime'], [8, 5, '.VnTimeH'], [9, 6, 'Tahoma']]), ['F7=.VnTime', 'F9=.VnTimeH'], ['F7', 'F9']],
])('%s', (_name, make, fonts, issues) => {
  it('gives exactly the legacy fonts of text cells, and the check raises text.legacy-font there', async () => {
    const sheet = make();
    const { grid } = await read(sheet);
    expect(fontsOf(grid)).toEqual(fonts);
    expect(codesAt(grid, 'text.legacy-font')).toEqual(issues);
  });

  it('reads the same cells (but for fonts) as a host without ExcelApi 1.9, in at most one more sync', async () => {
    const withFonts = await read(make());
    const without = await read(make(), 'no-fonts');
    expect(fontsOf(without.grid)).toEqual([]);
    expect(codesAt(without.grid, 'text.legacy-font')).toEqual([]);
    const strip = (g: Grid) => g.rows.map((row) => (row ?? []).map((c) => (c ? { ...c, font: undefined } : c)));
    expect(strip(withFonts.grid)).toEqual(strip(without.grid));
    // Mixed slices are asked in one more sync at most on a sheet of one block.
    expect(withFonts.syncs - without.syncs).toBe(fonts.length > 0 || _name.startsWith('an empty') || _name.startsWith('a number') ? 1 : 0);
  });
});

test('a whole sheet in .VnTime: every text cell given it from the name its column answers, no cell asked', async () => {
  const { grid, syncs } = await read(styled(sheetFromGrid(plan()), '.VnTime'));
  const { syncs: plain } = await read(styled(sheetFromGrid(plan()), '.VnTime'), 'no-fonts');
  const texts = grid.rows.flatMap((row, r) => (row ?? []).flatMap((c, k) => (typeof c?.value === 'string' ? [`${String.fromCharCode(65 + k)}${r + 1}=.VnTime`] : [])));
  expect(fontsOf(grid)).toEqual(texts);
  expect(texts.length).toBeGreaterThan(30);
  expect(syncs).toBe(plain);
  // Unicode with Vietnamese letters (not plain ASCII like "STT") is warned.
  expect(codesAt(grid, 'text.legacy-font')).toEqual(expect.arrayContaining(['F7', 'G8', 'B6']));
});

describe('the cost on the 20,000-row demo sample', () => {
  const big = () => sheetFromGrid(largeSample(20_000));
  it.each<[string, (s: SheetModel) => void, number, number]>([
    // [case, styling, extra syncs at most, font cells given]
    ['uniform (no font asked per cell)', () => undefined, 0, 0],
    ['one .VnTime text cell', (s) => (s.ensure(10_001, 5).style = { fontName: '.VnTime' }), 0, 1],
    ['every other row of column C in .VnTime', (s) => { for (let r = 5; r < 20_000; r += 2) if (s.cell(r, 2)) s.ensure(r, 2).style = { fontName: '.VnTime' }; }, 1, 9_992],
  ])('%s', async (_name, style, extraSyncs, given) => {
    const sheet = big();
    style(sheet);
    const before = await read(big(), 'no-fonts');
    const after = await read(sheet);
    expect(fontsOf(after.grid)).toHaveLength(given);
    expect(after.syncs - before.syncs).toBeLessThanOrEqual(extraSyncs);
    expect(after.largest).toBeLessThan(PAYLOAD_LIMIT / 2);
    if (given === 0) {
      // One name per column's slice (with the range's reference ids): ~160 bytes a column and
      // block, under 1% of asking every cell.
      expect(after.bytes - before.bytes).toBeLessThan(9 * (before.syncs - 1) * 250);
      expect(after.bytes - before.bytes).toBeLessThan((20_000 * 9 * FONT_CELL_BYTES) / 100);
    }
    console.log(`${_name}: ${before.syncs} → ${after.syncs} syncs, ${before.bytes} → ${after.bytes} response bytes`);
  });

  it('every text cell of every other row in .VnTime: all given, each answer under half of 5 MB', async () => {
    const sheet = big();
    for (let r = 5; r < 20_000; r += 2) for (let c = 0; c < 9; c++) if (typeof sheet.cell(r, c)?.value === 'string') sheet.ensure(r, c).style = { fontName: '.VnTime' };
    const { grid, syncs, largest } = await read(sheet);
    const want = grid.rows.reduce((n, row, r) => n + (r >= 5 && r % 2 === 1 ? (row ?? []).filter((c) => typeof c?.value === 'string').length : 0), 0);
    expect(fontsOf(grid)).toHaveLength(want);
    expect(want).toBeGreaterThan(70_000);
    expect(largest).toBeLessThan(PAYLOAD_LIMIT / 2);
    expect(syncs).toBeLessThanOrEqual(16);
  });
});

describe('legacy-encoding keeps its font hint', () => {
  it.each<[string, string | undefined]>([
    ['in .VnTime', '.VnTime'],
    ['in .VnTimeH', '.VnTimeH'],
    ['in Times New Roman', undefined],
  ])('TCVN3 text %s is decoded; its fix sets Times New Roman only where the font was legacy', async (_name, font) => {
    const stored = encodeTCVN3('Văn phòng Sở');
    const sheet = styled(sheetFromGrid(plan(stored)), TNR, font ? [[6, 5, font]] : []);
    const { grid } = await read(sheet);
    expect(grid.rows[6]?.[5]?.font).toBe(font);
    const result = checkSheet(grid);
    expect(result.report.issues.filter((i) => i.code === 'text.legacy-encoding').map((i) => i.cell)).toEqual(['F7']);
    expect(result.report.issues.filter((i) => i.code === 'text.legacy-font')).toEqual([]);
    const fix = result.fixes.find((f) => f.issue.code === 'text.legacy-encoding')!;
    const want = font === '.VnTimeH' ? 'VĂN PHÒNG SỞ' : 'Văn phòng Sở';
    expect(fix.edits).toEqual([expect.objectContaining({ address: 'F7', value: want, font: TNR })]);
  });
});

describe('a host that cannot give fonts', () => {
  it.each(['1.8', '1.2'])('ExcelApi %s: no font asked, no crash, the sheet read as before', async (version) => {
    const sheet = styled(sheetFromGrid(plan()), TNR, [[6, 5, '.VnTime']]);
    const { grid } = await read(sheet, version);
    expect(grid.rows[6]?.[5]).toEqual({ value: 'Văn phòng Sở' });
    expect(codesAt(grid, 'text.legacy-font')).toEqual([]);
  });

  it('a sync Excel refuses while fonts are asked: the sheet is read again without fonts', async () => {
    const model = new WorkbookModel([styled(sheetFromGrid(plan()), TNR, [[6, 5, '.VnTime']])]);
    const emu = createExcelEmulator(model);
    emu.faults.onSync = (i) => (i === 2 ? 'refuse' : undefined);
    const grid = await createOfficeAdapter(emu).readActiveSheet();
    expect(grid.rows[6]?.[5]).toEqual({ value: 'Văn phòng Sở' });
    expect(grid.rows[7]?.[5]).toEqual({ value: 'Thanh tra Sở' });
  });
});

describe('the pane in Excel: Kiểm tra → Sửa → Kiểm tra', () => {
  it.each(['.VnTime', '.VnTimeH', 'VNI-Times'])('Unicode text in %s: warned, Sửa sets Times New Roman, the list and a new check are clean', async (font) => {
    const model = new WorkbookModel([styled(sheetFromGrid(plan()), TNR, [[6, 5, font], [7, 6, font]])]);
    const pane = new PaneController(createOfficeAdapter(createExcelEmulator(model)));
    await pane.check();
    const warned = () => (pane.getState().report?.issues ?? []).filter((i) => i.code === 'text.legacy-font').map((i) => i.cell);
    expect(warned()).toEqual(['F7', 'G8']);
    await pane.applyFix(pane.getState().fixes.find((f) => f.issue.code === 'text.legacy-font' && f.issue.cell === 'F7')!);
    expect(pane.getState().error).toBeNull();
    expect(model.sheets[0]!.cell(6, 5)).toMatchObject({ value: 'Văn phòng Sở', style: { fontName: TNR } });
    expect(model.sheets[0]!.cell(7, 6)?.style?.fontName).toBe(font);
    expect(warned()).toEqual(['G8']);
    await pane.check();
    expect(warned()).toEqual(['G8']);
    await pane.applyFix(pane.getState().fixes.find((f) => f.issue.code === 'text.legacy-font')!);
    expect(warned()).toEqual([]);
    await pane.check();
    expect(warned()).toEqual([]);
    expect(model.sheets[0]!.cell(7, 6)).toMatchObject({ value: 'Các phòng, đơn vị', style: { fontName: TNR } });
  });
});
