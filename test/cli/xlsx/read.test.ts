import { execFileSync } from 'child_process';
import { copyFileSync, mkdirSync, promises as fsp, readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Grid } from '../../../src/core/grid';
import { cellDate } from '../../../src/core/grid/date';
import { ReadError } from '../../../src/cli/xlsx/errors';
import { formatNumber, readWorkbook } from '../../../src/cli/xlsx/read';
import { fixture, tempDir } from '../helpers';
import { buildCfb } from '../../xlsx/cfb-build';

const byName = (grids: Grid[], name: string): Grid => {
  const g = grids.find((x) => x.name === name);
  if (!g) throw new Error(`no sheet ${name}`);
  return g;
};
const at = (g: Grid, a1row: number, col: number) => g.rows[a1row - 1]?.[col];

describe('readWorkbook on the fixtures', () => {
  let binhDinh: Grid[];
  let pasted: Grid[];
  beforeAll(async () => {
    binhDinh = await readWorkbook(fixture('binh-dinh-2022.xlsx'));
    pasted = await readWorkbook(fixture('quang-tri-2024-pasted.xlsx'));
  });

  it('gives one grid per worksheet, named as in Excel', () => {
    expect(binhDinh.map((g) => g.name)).toEqual(['Phụ lục 1', 'Phụ lục 2']);
    expect(pasted.map((g) => g.name)).toEqual(['Phụ lục']);
  });

  it('lists merges 0-based and leaves non-master cells null', () => {
    const g = byName(binhDinh, 'Phụ lục 1');
    expect(g.merges).toHaveLength(15);
    expect(g.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 5 }); // A1:F1
    expect(g.merges).toContainEqual({ top: 4, left: 2, bottom: 4, right: 3 }); // C5:D5
    expect(g.merges).toContainEqual({ top: 4, left: 0, bottom: 5, right: 0 }); // A5:A6
    expect(at(g, 1, 0)?.value).toBe('Phụ lục 1');
    for (let c = 1; c <= 5; c++) expect(at(g, 1, c)?.value ?? null).toBeNull();
    expect(at(g, 5, 2)?.value).toBe('Trách nhiệm cụ thể');
    expect(at(g, 5, 3)?.value ?? null).toBeNull(); // D5, inside C5:D5
    expect(at(g, 6, 0)?.value ?? null).toBeNull(); // A6, inside A5:A6
    expect(at(g, 6, 2)?.value).toBe('Đơn vị chủ trì');
  });

  it('keeps numbers as numbers, with numFmt and the displayed text', () => {
    const g = byName(binhDinh, 'Phụ lục 1');
    expect(at(g, 8, 0)?.value).toBe(1);
    const b = byName(binhDinh, 'Phụ lục 2');
    expect(at(b, 7, 5)).toEqual({ value: 6000000, numFmt: '#,##0', text: '6.000.000' });
    // text in a number-formatted cell, with its font (read for text cells only)
    expect(at(b, 9, 4)).toEqual({ value: '-', numFmt: '#,##0', font: 'Times New Roman' });
  });

  it('keeps line breaks inside cells and strings untrimmed', () => {
    const g = byName(binhDinh, 'Phụ lục 1');
    expect(at(g, 29, 1)?.value).toMatch(/^- Tiếp tục rà soát.*\n- Tiếp tục thực hiện/s);
    const p = byName(pasted, 'Phụ lục');
    expect(at(p, 10, 4)?.value).toBe('- Công văn\n- Kế hoạch');
    expect(at(p, 9, 0)?.value).toBe(''); // an empty string cell is kept as ""
  });

  it('leaves missing rows empty and reads every row', () => {
    const g = byName(binhDinh, 'Phụ lục 1');
    expect(g.rows).toHaveLength(40);
    expect(g.rows[3] ?? []).toEqual([]); // row 4 is blank
    expect(g.hiddenRows).toBeUndefined();
  });
});

describe('readWorkbook on a generated workbook', () => {
  let grids: Grid[];
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Dữ liệu');
    ws.getCell('A1').value = { richText: [{ text: 'Quý ', font: { bold: true } }, { text: 'I/2024' }] };
    ws.getCell('B1').value = { formula: 'SUM(C1:D1)', result: 30 };
    ws.getCell('C1').value = 10;
    ws.getCell('D1').value = 20;
    ws.getCell('E1').value = { error: '#N/A' };
    ws.getCell('F1').value = { formula: 'VLOOKUP(1,C1:D1,2,FALSE)', result: { error: '#N/A' } };
    ws.getCell('A2').value = new Date(Date.UTC(2024, 2, 31));
    ws.getCell('A2').numFmt = 'dd/mm/yyyy';
    ws.getCell('B2').value = { text: 'Cổng thông tin', hyperlink: 'https://example.gov.vn' };
    ws.getCell('C2').value = true;
    ws.getCell('D2').value = '  Văn phòng Sở  ';
    ws.getCell('E2').value = '=không phải công thức';
    ws.getCell('F2').value = 0.1;
    ws.getCell('F2').numFmt = '0%';
    ws.getCell('A3').value = 'ẩn';
    ws.getRow(3).hidden = true;
    ws.getCell('A5').value = 'gộp';
    ws.mergeCells('A5:C6');
    ws.getCell('B7').value = { formula: 'C1*2', result: 0 };
    wb.addWorksheet('Trống');
    const dir = tempDir();
    const file = path.join(dir, 'gen.xlsx');
    await wb.xlsx.writeFile(file);
    grids = await readWorkbook(file);
  });

  const g = () => byName(grids, 'Dữ liệu');

  // Text cells carry their font (styles.xml: cellXfs → fontId → fonts; exceljs's default is Calibri).
  it.each([
    ['rich text flattened', 1, 0, { value: 'Quý I/2024', font: 'Calibri' }],
    ['formula with its cached result', 1, 1, { value: 30, formula: 'SUM(C1:D1)' }],
    ['error value', 1, 4, { value: null, error: '#N/A' }],
    ['formula whose result is an error', 1, 5, { value: null, formula: 'VLOOKUP(1,C1:D1,2,FALSE)', error: '#N/A' }],
    // The reader passes the serial and its format; the core's date rule (cellDate) makes it a date.
    ['date as its serial with its format', 2, 0, { value: 45382, numFmt: 'dd/mm/yyyy' }],
    ['hyperlink as its text', 2, 1, { value: 'Cổng thông tin', font: 'Calibri' }],
    ['boolean', 2, 2, { value: true }],
    ['string untrimmed', 2, 3, { value: '  Văn phòng Sở  ', font: 'Calibri' }],
    ['text that looks like a formula', 2, 4, { value: '=không phải công thức', font: 'Calibri' }],
    ['percent shown as Excel shows it', 2, 5, { value: 0.1, numFmt: '0%', text: '10%' }],
    ['a formula whose result is 0 keeps the 0', 7, 1, { value: 0, formula: 'C1*2' }],
  ])('%s', (_what, row, col, expected) => {
    expect(at(g(), row, col)).toEqual(expected);
  });

  it('a date cell is the date Excel shows, by the core rule', () => {
    expect(cellDate(at(g(), 2, 0))).toEqual(new Date(Date.UTC(2024, 2, 31)));
  });

  it('reports hidden rows 0-based', () => {
    expect(g().hiddenRows).toEqual([2]);
  });

  it('nulls every non-master cell of a two-row merge', () => {
    expect(g().merges).toEqual([{ top: 4, left: 0, bottom: 5, right: 2 }]);
    expect(at(g(), 5, 0)?.value).toBe('gộp');
    for (const [r, c] of [[5, 1], [5, 2], [6, 0], [6, 1], [6, 2]] as const) expect(at(g(), r, c)?.value ?? null).toBeNull();
  });

  it('gives an empty sheet as a grid with no rows', () => {
    expect(byName(grids, 'Trống')).toEqual({ name: 'Trống', rows: [], merges: [] });
  });
});

describe('readWorkbook on files that are not workbooks', () => {
  const dir = tempDir();
  const write = (name: string, data: Buffer | string) => {
    const p = path.join(dir, name);
    writeFileSync(p, data);
    return p;
  };
  const cfb = (...names: string[]) => Buffer.from(buildCfb({ names }));

  let zipNotXlsx: string;
  let docx: string;
  let emptyZip: string;
  beforeAll(async () => {
    const z = new JSZip();
    z.file('readme.txt', 'xin chào');
    zipNotXlsx = write('archive.xlsx', await z.generateAsync({ type: 'nodebuffer' }));
    const d = new JSZip();
    d.file('[Content_Types].xml', '<Types/>');
    d.file('word/document.xml', '<w:document/>');
    docx = write('report.xlsx', await d.generateAsync({ type: 'nodebuffer' }));
    emptyZip = write('emptyzip.xlsx', await new JSZip().generateAsync({ type: 'nodebuffer' }));
  });

  const cases: Array<[string, () => string, string, RegExp]> = [
    ['missing file', () => path.join(dir, 'không-có.xlsx'), 'missing', /không tìm thấy/],
    ['empty file', () => write('empty.xlsx', Buffer.alloc(0)), 'not-xlsx', /rỗng/],
    ['text file renamed .xlsx', () => write('notes.xlsx', 'STT,Nhiệm vụ\n1,Báo cáo\n'), 'not-xlsx', /văn bản.*đổi đuôi/],
    ['random bytes', () => write('random.xlsx', Buffer.from([0x13, 0x00, 0xff, 0x80, 0x01, 0x02, 0x03, 0x04, 0x05])), 'not-xlsx', /không phải/],
    ['one byte', () => write('one.xlsx', Buffer.from([0x50])), 'not-xlsx', /không phải/],
    ['a PDF', () => write('plan.xlsx', '%PDF-1.4\n...'), 'not-xlsx', /PDF/],
    ['an old .xls', () => write('old.xls', cfb('Workbook', '\u0005SummaryInformation')), 'not-xlsx', /\.xls.*lưu lại/],
    ['an encrypted .xlsx', () => write('locked.xlsx', cfb('EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces')), 'encrypted', /mật khẩu/],
    ['a zip that is not xlsx', () => zipNotXlsx, 'not-xlsx', /zip/],
    ['a Word document', () => docx, 'not-xlsx', /Word/],
    ['an empty zip', () => emptyZip, 'not-xlsx', /zip/],
    ['a directory', () => (mkdirSync(path.join(dir, 'thư-mục.xlsx'), { recursive: true }), path.join(dir, 'thư-mục.xlsx')), 'unreadable', /thư mục/],
    [
      'a truncated xlsx',
      () => {
        const b = readFileSync(fixture('binh-dinh-2022.xlsx'));
        return write('truncated.xlsx', b.subarray(0, Math.floor(b.length / 2)));
      },
      'unreadable',
      /hỏng/,
    ],
  ];

  it.each(cases)('%s → ReadError', async (_what, make, kind, message) => {
    const file = make();
    const err = await readWorkbook(file).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ReadError);
    expect((err as ReadError).kind).toBe(kind);
    expect((err as ReadError).reason).toMatch(message);
    expect((err as ReadError).reason).not.toMatch(/\n/);
  });

  // Devices are refused before any byte is read: /dev/zero never ends (it used to fill memory),
  // /dev/null is no file; a pipe is read like a file (next test).
  it.each([
    ['an endless device', '/dev/zero'],
    ['an empty device', '/dev/null'],
  ])('%s → ReadError before reading', async (_what, device) => {
    const err = await readWorkbook(device).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ReadError);
    expect((err as ReadError).kind).toBe('unreadable');
    expect((err as ReadError).reason).toMatch(/thiết bị.*không phải tệp bảng tính/);
  });

  it.each([
    ['a workbook', () => readFileSync(fixture('binh-dinh-2022.xlsx')), 2, undefined],
    ['text', () => Buffer.from('STT,Nhiệm vụ\n'), 0, 'not-xlsx'],
  ])('reads %s through a pipe as a file', async (_what, bytes, sheets, kind) => {
    const fifo = path.join(dir, `pipe-${sheets}.xlsx`);
    execFileSync('mkfifo', [fifo]);
    const writer = fsp.writeFile(fifo, bytes());
    const read = await readWorkbook(fifo).then(
      (g) => g.length,
      (e: unknown) => (e instanceof ReadError ? e.kind : e),
    );
    await writer;
    expect(read).toBe(kind ?? sheets);
  });

  it('still reads a real workbook copied under another name', async () => {
    const p = path.join(dir, 'copy.xlsx');
    copyFileSync(fixture('binh-dinh-2022.xlsx'), p);
    await expect(readWorkbook(p)).resolves.toHaveLength(2);
  });
});

describe('formatNumber', () => {
  it.each([
    [6000000, '#,##0', '6.000.000'],
    [1234.5, '#,##0.00', '1.234,50'],
    [-20000, '#,##0;(#,##0)', '-20.000'],
    [999, '#,##0', '999'],
    [0.25, '0%', '25%'],
    [0.125, '0.0%', '12,5%'],
    [12, '0', '12'],
    [3.14159, '0.00', '3,14'],
    [1000, '#,##0 "đồng"', '1.000'],
  ])('%p with %p → %p', (v, fmt, text) => {
    expect(formatNumber(v, fmt)).toBe(text);
  });

  it.each([
    [45382, 'dd/mm/yyyy'],
    [1, '@'],
    [5, 'General'],
    [Number.NaN, '#,##0'],
    [Number.POSITIVE_INFINITY, '#,##0'],
  ])('%p with %p → undefined', (v, fmt) => {
    expect(formatNumber(v, fmt)).toBeUndefined();
  });
});
