/**
 * New workbooks from sheet descriptions, read back by three other readers: openpyxl, LibreOffice
 * and exceljs (the CLI's reader). Text must come back exactly, including what XML or Excel would
 * otherwise change: line breaks, edge spaces, `_x0041_`, text that looks like a formula.
 */
import { writeFileSync } from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { readWorkbook } from '../../src/cli/xlsx/read';
import { createWorkbook, SheetSpecError, type SheetSpec } from '../../src/xlsx/create';
import { tempDir } from '../cli/helpers';
import { libreOfficeCsv, openpyxl } from '../helpers/external';

const TRICKY = ['Nhiệm vụ\n- dòng 2', '  lề trái', 'lề phải  ', '_x0041_ giữ nguyên', '=SUM(A1:A3)', '+84 912', '-  gạch đầu dòng', '@chú ý', 'A & B < C > "D" \'E\''];

const spec: SheetSpec = {
  name: 'Báo cáo Quý I năm 2026',
  defaultFont: { name: 'Times New Roman', size: 13 },
  rows: [
    [{ value: 'Phụ lục', style: { font: { bold: true }, horizontal: 'center' } }],
    [{ value: '(Kèm theo …)', style: { font: { italic: true } } }],
    [
      { value: 'STT', style: { border: true, font: { bold: true }, fill: 'F2F2F2' } },
      { value: 'Nội dung', style: { border: true, wrap: true } },
      { value: 'Số', style: { border: true } },
    ],
    ...TRICKY.map((t, i) => [{ value: i + 1 }, { value: t }, { value: 0.25, style: { numFmt: '0.0%' } }]),
    [{ value: true }, { value: 12.5 }, { value: -3 }],
  ],
  merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
  widths: [6, 40, 10],
  freeze: { rows: 3, cols: 0 },
  autoFilter: { top: 2, left: 0, bottom: 2 + TRICKY.length, right: 2 },
  printTitleRows: { first: 2, last: 2 },
  page: { orientation: 'landscape', paper: 'A4', fitToWidth: true, margins: { top: 2, bottom: 2, left: 3, right: 1.5 }, pageNumbers: true },
  validations: [{ col: 2, firstRow: 3, lastRow: 20, items: ['Đã hoàn thành', 'Đang thực hiện', 'Chưa thực hiện'] }],
};

describe('createWorkbook', () => {
  const file = path.join(tempDir(), 'tạo-mới.xlsx');
  beforeAll(() => writeFileSync(file, createWorkbook([spec, { name: 'Trang 2', rows: [[{ value: 'x' }]] }])));

  test('openpyxl reads the text, fonts, merges, view, filter, print and validation settings', () => {
    const got = openpyxl<Record<string, unknown>>(
      file,
      `ws = wb.worksheets[0]
dv = ws.data_validations.dataValidation[0]
print(json.dumps({
  'names': wb.sheetnames,
  'texts': [ws.cell(4 + i, 2).value for i in range(${TRICKY.length})],
  'types': [ws.cell(4 + i, 2).data_type for i in range(${TRICKY.length})],
  'a1': [ws['A1'].value, ws['A1'].font.name, ws['A1'].font.sz, ws['A1'].font.b, ws['A1'].alignment.horizontal],
  'a2italic': ws['A2'].font.i,
  'header': [ws['A3'].font.b, ws['A3'].border.left.style, ws['A3'].fill.fgColor.rgb],
  'body_font': [ws['B4'].font.name, ws['B4'].font.sz],
  'merges': [str(r) for r in ws.merged_cells.ranges],
  'freeze': ws.freeze_panes,
  'filter': ws.auto_filter.ref,
  'titles': ws.print_title_rows,
  'page': [ws.page_setup.orientation, ws.page_setup.paperSize, ws.page_setup.fitToWidth, ws.page_setup.fitToHeight, ws.sheet_properties.pageSetUpPr.fitToPage],
  'margins': [round(ws.page_margins.left * 2.54, 2), round(ws.page_margins.right * 2.54, 2), round(ws.page_margins.top * 2.54, 2)],
  'footer': ws.oddFooter.center.text,
  'dv': [dv.type, dv.formula1, str(dv.sqref)],
  'widths': [ws.column_dimensions['A'].width, ws.column_dimensions['B'].width],
  'numbers': [ws['C4'].value, ws['C4'].number_format, ws.cell(${4 + TRICKY.length}, 1).value, ws.cell(${4 + TRICKY.length}, 2).value],
}))`,
    );
    expect(got.names).toEqual(['Báo cáo Quý I năm 2026', 'Trang 2']);
    expect(got.texts).toEqual(TRICKY);
    expect(got.types).toEqual(TRICKY.map(() => 's')); // "=SUM(…)" is text, never a formula
    expect(got.a1).toEqual(['Phụ lục', 'Times New Roman', 13, true, 'center']);
    expect(got.a2italic).toBe(true);
    expect(got.header).toEqual([true, 'thin', 'FFF2F2F2']);
    expect(got.body_font).toEqual(['Times New Roman', 13]);
    expect(got.merges).toEqual(['A1:C1']);
    expect(got.freeze).toBe('A4');
    expect(got.filter).toBe(`A3:C${3 + TRICKY.length}`);
    expect(got.titles).toBe('$3:$3');
    expect(got.page).toEqual(['landscape', 9, 1, 0, true]);
    expect(got.margins).toEqual([3, 1.5, 2]);
    expect(got.footer).toBe('Trang &P/&N');
    expect(got.dv).toEqual(['list', '"Đã hoàn thành,Đang thực hiện,Chưa thực hiện"', 'C4:C21']);
    expect(got.widths).toEqual([6, 40]);
    expect(got.numbers).toEqual([0.25, '0.0%', true, 12.5]);
  });

  test('LibreOffice opens it and shows the same text', () => {
    const rows = libreOfficeCsv(file);
    expect(rows[0]![0]).toBe('Phụ lục');
    expect(rows.slice(3, 3 + TRICKY.length).map((r) => r[1])).toEqual(TRICKY);
    expect(rows[3]![2]).toBe('25.0%');
  }, 120_000);

  test('the CLI reader reads it back', async () => {
    const [grid] = await readWorkbook(file);
    expect(grid!.name).toBe('Báo cáo Quý I năm 2026');
    expect(TRICKY.map((_, i) => grid!.rows[3 + i]?.[1]?.value)).toEqual(TRICKY);
    expect(grid!.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
  });

  test('any text comes back as written (exceljs, 300 random strings)', async () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 40 }).filter((s) => s.trim() !== '');
    const samples = fc.sample(fc.oneof(text, fc.constantFrom(...TRICKY), fc.string({ maxLength: 20 }).map((s) => `_x00${s}_ ${s}`)), { numRuns: 300, seed: 11 });
    const f = path.join(tempDir(), 'ngẫu-nhiên.xlsx');
    writeFileSync(f, createWorkbook([{ name: 'S', rows: samples.map((s) => [{ value: s }]) }]));
    const [grid] = await readWorkbook(f);
    expect(samples.map((_, i) => grid!.rows[i]?.[0]?.value)).toEqual(samples);
  });

  test.each([
    ['', 'empty'],
    ['Quý I/2026', 'slash'],
    ['a'.repeat(32), 'too long'],
    ['[x]', 'brackets'],
    ["'x'", 'quotes at the edge'],
  ])('refuses the sheet name %j (%s)', (name) => {
    expect(() => createWorkbook([{ name, rows: [] }])).toThrow(SheetSpecError);
  });

  test('refuses no sheets, a repeated name and a number that is not finite', () => {
    expect(() => createWorkbook([])).toThrow(SheetSpecError);
    expect(() => createWorkbook([{ name: 'A', rows: [] }, { name: 'a', rows: [] }])).toThrow(/Repeated/);
    expect(() => createWorkbook([{ name: 'A', rows: [[{ value: Number.NaN }]] }])).toThrow(/finite/);
  });
});

describe('text meant to stay text though it reads as a number (numberAsText)', () => {
  const sheetXml = (rows: SheetSpec['rows']) => strFromU8(unzipSync(createWorkbook([{ name: 'S', rows }]))['xl/worksheets/sheet1.xml']!);
  const ignored = (xml: string) => /<ignoredErrors><ignoredError sqref="([^"]*)" numberStoredAsText="1"\/><\/ignoredErrors><\/worksheet>$/.exec(xml)?.[1];

  test.each<[string, SheetSpec['rows'], string]>([
    ['one share', [[{ value: 'Tỷ lệ' }, { value: '66,7%', numberAsText: true }]], 'B1'],
    ['a column of shares', [[{ value: '33,3%', numberAsText: true }], [{ value: '0,0%', numberAsText: true }], [{ value: '100,0%', numberAsText: true }]], 'A1 A2 A3'],
    ['beside a number and plain text', [[{ value: 6 }, { value: '33,3%', numberAsText: true }, { value: 'Ghi chú' }]], 'B1'],
  ])('%s: Excel is told, for those cells only', (_what, rows, sqref) => {
    expect(ignored(sheetXml(rows))).toBe(sqref);
  });

  test.each<[string, SheetSpec['rows']]>([
    ['no cell marked', [[{ value: '66,7%' }, { value: 6 }]]],
    ['a number marked (it is a number, not text)', [[{ value: 0.667, numberAsText: true }]]],
    ['an empty cell marked', [[{ value: '', numberAsText: true }, { value: null, numberAsText: true }]]],
    ['a boolean marked', [[{ value: true, numberAsText: true }]]],
  ])('%s: no ignoredErrors', (_what, rows) => {
    expect(sheetXml(rows)).not.toContain('ignoredError');
  });
});
