/**
 * Protected sheets (ECMA-376 Part 1, 18.3.1.85 sheetProtection): the writer refuses what Excel
 * would refuse its user there — a write to a locked cell, a row deletion the protection does not
 * allow or over a row holding a locked cell, an insertion it does not allow — with a Vietnamese
 * reason naming the sheet, and applies the other fixes. Unlocked cells are written; a workbook's
 * own protection (workbookProtection) stops nothing.
 */
import { readFileSync } from 'fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { openPackage } from '../../src/xlsx/package';
import { fixPackage } from '../../src/xlsx/write';
import type { FixToWrite, WriterEdit } from '../../src/xlsx/write';
import { decodeXml } from '../../src/xlsx/xml';
import { inflateEntry } from '../../src/xlsx/zip';
import { fixture } from '../cli/helpers';
import { NS, buildXlsx } from './build';

const set = (row: number, col: number, value: string | number | null): WriterEdit => ({ kind: 'set', row, col, value });
const del = (row: number): WriterEdit => ({ kind: 'delete-row', row });
const formula = (row: number, col: number, f: string): WriterEdit => ({ kind: 'formula', row, col, formula: f });
const insert = (row: number, like: number | undefined, values: Array<string | number | null>): WriterEdit => ({ kind: 'insert-row', row, values: [values], ...(like !== undefined && { like }) });
const part = (bytes: Uint8Array, name: string) => {
  const e = openPackage(bytes).zip.get(name);
  return e ? decodeXml(inflateEntry(e)) : undefined;
};

/** xf 0: locked (Excel's default); xf 1: unlocked; xf 2: locked, said outright. */
const XFS = '<xf numFmtId="0"/><xf numFmtId="0" applyProtection="1"><protection locked="0"/></xf><xf numFmtId="0" applyProtection="1"><protection locked="1"/></xf>';
const ROWS =
  '<row r="1"><c r="A1"><v>1</v></c><c r="B1" s="1"><v>2</v></c><c r="C1" s="2"><v>3</v></c></row>' +
  '<row r="2"><c r="A2" s="1"><v>4</v></c><c r="B2" s="1"><v>5</v></c></row>' +
  '<row r="3" s="1" customFormat="1"><c r="A3" s="1"><v>6</v></c></row>' +
  '<row r="4" s="2" customFormat="1"><c r="A4" s="1"><v>7</v></c></row>' +
  '<row r="5"><c r="A5"><v>8</v></c></row>';
const PROTECT = '<sheetProtection sheet="1" objects="1" scenarios="1"/>';

interface Case {
  /** The worksheet part's XML (whole), or the protection after sheetData. */
  protection?: string;
  xml?: string;
  cols?: string;
  styles?: string;
  workbook?: (xml: string) => string;
  edits: WriterEdit[];
}

function book(c: Case): Uint8Array {
  const after = c.protection ?? PROTECT;
  const xml = c.xml ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${NS.main}">${c.cols ?? ''}<sheetData>${ROWS}</sheetData>${after}</worksheet>`;
  let bytes = buildXlsx({ sheets: [{ name: 'Phụ lục', xml }], cellXfs: XFS });
  if (c.styles !== undefined || c.workbook) {
    const files = unzipSync(bytes);
    if (c.styles !== undefined) files['xl/styles.xml'] = strToU8(`<?xml version="1.0"?><styleSheet xmlns="${NS.main}">${c.styles}</styleSheet>`);
    if (c.workbook) files['xl/workbook.xml'] = strToU8(c.workbook(strFromU8(files['xl/workbook.xml']!)));
    bytes = zipSync(files);
  }
  return bytes;
}
const run = (c: Case) => fixPackage(book(c), [{ sheet: 'Phụ lục', fixes: [{ id: 1, edits: c.edits }] }]);

describe('a protected sheet: what Excel would refuse is refused, naming the sheet', () => {
  const refused: Array<[string, Case, RegExp]> = [
    ['a cell without a format (xf 0 is locked by default)', { edits: [set(1, 0, 9)] }, /ô A1 bị khóa/],
    ['a cell whose format says locked="1"', { edits: [set(1, 2, 9)] }, /ô C1 bị khóa/],
    ['a cell the file does not hold, no row or column format', { edits: [set(5, 3, 'x')] }, /ô D5 bị khóa/],
    ['an empty cell of a row formatted locked, under an unlocked column', { cols: '<cols><col min="1" max="16384" style="1"/></cols>', edits: [set(4, 5, 'x')] }, /ô F4 bị khóa/],
    ['a formula written into a locked cell', { edits: [formula(1, 0, 'B1*2')] }, /ô A1 bị khóa/],
    ['a locked cell cleared', { edits: [set(1, 0, null)] }, /ô A1 bị khóa/],
    ['one locked cell among unlocked ones in the same fix', { edits: [set(1, 1, 9), set(2, 0, 9), set(1, 0, 9)] }, /ô A1 bị khóa/],
    ['sheet="true" spelt out', { protection: '<sheetProtection sheet="true"/>', edits: [set(1, 0, 9)] }, /ô A1 bị khóa/],
    ['a row deletion, deleteRows not given (protected by default), every cell unlocked', { cols: '<cols><col min="1" max="16384" style="1"/></cols>', edits: [del(2)] }, /không cho xóa dòng, phuluc không xóa dòng 2/],
    ['a row deletion with deleteRows="1"', { protection: '<sheetProtection sheet="1" deleteRows="1"/>', edits: [del(2)] }, /không cho xóa dòng/],
    ['deleteRows="0", but the row holds a locked cell', { protection: '<sheetProtection sheet="1" deleteRows="0"/>', cols: '<cols><col min="1" max="16384" style="1"/></cols>', edits: [del(1)] }, /dòng 1 có ô bị khóa/],
    ['deleteRows="0", its cells unlocked, its empty cells locked (xf 0)', { protection: '<sheetProtection sheet="1" deleteRows="0"/>', edits: [del(2)] }, /dòng 2 có ô bị khóa/],
    ['deleteRows="0", a column range left locked', { protection: '<sheetProtection sheet="1" deleteRows="0"/>', cols: '<cols><col min="1" max="10" style="1"/><col min="11" max="11" style="2"/><col min="12" max="16384" style="1"/></cols>', edits: [del(2)] }, /dòng 2 có ô bị khóa/],
    ['deleteRows="0", a row formatted locked', { protection: '<sheetProtection sheet="1" deleteRows="0"/>', cols: '<cols><col min="1" max="16384" style="1"/></cols>', edits: [del(4)] }, /dòng 4 có ô bị khóa/],
    ['a row inserted, insertRows not given', { cols: '<cols><col min="1" max="16384" style="1"/></cols>', edits: [insert(3, 2, [1])] }, /không cho chèn dòng/],
    ['insertRows="0", the new row\'s cell formatted like a locked one', { protection: '<sheetProtection sheet="1" insertRows="0"/>', edits: [insert(2, 1, [1])] }, /dòng chèn trước dòng 2/],
    [
      'prefixed elements (x:sheetProtection)',
      { xml: `<x:worksheet xmlns:x="${NS.main}"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData><x:sheetProtection sheet="1"/></x:worksheet>`, edits: [set(1, 0, 9)] },
      /ô A1 bị khóa/,
    ],
    [
      'a format that applies its own protection (defaults: locked) over an unlocked cell style',
      { styles: '<cellStyleXfs><xf numFmtId="0"><protection locked="0"/></xf></cellStyleXfs><cellXfs><xf numFmtId="0" xfId="0" applyProtection="1"/></cellXfs>', edits: [set(1, 0, 9)] },
      /ô A1 bị khóa/,
    ],
    ['sheet="yes" (not an xsd:boolean: protected, the safe reading)', { protection: '<sheetProtection sheet="yes"/>', edits: [set(1, 0, 9)] }, /ô A1 bị khóa/],
    ['deleteRows="no" (not false: deleting stays protected)', { protection: '<sheetProtection sheet="1" deleteRows="no"/>', cols: '<cols><col min="1" max="16384" style="1"/></cols>', edits: [del(2)] }, /không cho xóa dòng/],
    ['locked="no" (not false: the cell stays locked)', { styles: '<cellXfs><xf numFmtId="0"/><xf numFmtId="0" applyProtection="1"><protection locked="no"/></xf></cellXfs>', edits: [set(1, 1, 9)] }, /ô B1 bị khóa/],
    ['a format index past the formats (cellXfs) the workbook has', { edits: [set(1, 0, 9)], xml: `<worksheet xmlns="${NS.main}"><sheetData><row r="1"><c r="A1" s="40"><v>1</v></c></row></sheetData>${PROTECT}</worksheet>` }, /ô A1 bị khóa/],
    ['two sheetProtection elements, the second switched off', { protection: '<sheetProtection sheet="1" deleteRows="0"/><sheetProtection sheet="0"/>', edits: [set(1, 0, 9)] }, /ô A1 bị khóa/],
    ['two sheetProtection elements, only one allowing deletion', { protection: '<sheetProtection sheet="1" deleteRows="0"/><sheetProtection sheet="1"/>', cols: '<cols><col min="1" max="16384" style="1"/></cols>', edits: [del(2)] }, /không cho xóa dòng/],
    ['a strict-namespace sheet', { xml: '<worksheet xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><sheetProtection sheet="true"/></worksheet>', edits: [set(1, 0, 9)] }, /ô A1 bị khóa/],
    ['a workbook without a styles part readable (every format locked)', { styles: '<cellXfs><xf numFmtId="0"><protection locked="0"/></xf></cellXfs><bad', edits: [set(1, 0, 9)] }, /ô A1 bị khóa/],
  ];

  it.each(refused)('%s: refused as protected, nothing written', (_what, c, reason) => {
    const input = book(c);
    const out = fixPackage(input, [{ sheet: 'Phụ lục', fixes: [{ id: 1, edits: c.edits }] }]);
    expect(out.applied).toEqual([]);
    expect(out.refused).toEqual([{ id: 1, kind: 'protected', reason: expect.stringMatching(reason) }]);
    const why = out.refused[0]?.reason ?? '';
    expect(why).toMatch(/^trang "Phụ lục" được bảo vệ \(Protect Sheet\) /);
    expect(why).toContain('hãy bỏ bảo vệ trang trong Excel (Xem lại › Bỏ bảo vệ trang tính) rồi sửa lại');
    expect(out.bytes).toBe(input);
  });

  const written: Array<[string, Case]> = [
    ['no sheetProtection at all', { protection: '', edits: [set(1, 0, 9), del(5)] }],
    ['sheet="0" (protection switched off, its settings kept)', { protection: '<sheetProtection sheet="0" deleteRows="1"/>', edits: [set(1, 0, 9), del(5)] }],
    ['a sheetProtection without sheet (a password kept, not protected)', { protection: '<sheetProtection algorithmName="SHA-512" hashValue="x" saltValue="y" spinCount="100000"/>', edits: [set(1, 0, 9)] }],
    ['only mentioned in a comment', { protection: '<!-- <sheetProtection sheet="1"/> -->', edits: [set(1, 0, 9)] }],
    ['an unlocked cell (locked="0")', { edits: [set(1, 1, 9)] }],
    ['an empty cell of an unlocked column', { cols: '<cols><col min="4" max="6" style="1"/></cols>', edits: [set(5, 4, 'x')] }],
    ['an empty cell of a row formatted unlocked, under a locked column', { cols: '<cols><col min="1" max="16384" style="2"/></cols>', edits: [set(3, 5, 'x')] }],
    ['a cell whose format takes its protection from an unlocked cell style', { styles: '<cellStyleXfs><xf numFmtId="0"><protection locked="0"/></xf></cellStyleXfs><cellXfs><xf numFmtId="0" xfId="0"/></cellXfs>', edits: [set(1, 0, 9)] }],
    ['deleteRows="0", a row formatted unlocked, its cells unlocked', { protection: '<sheetProtection sheet="1" deleteRows="0"/>', edits: [del(3)] }],
    ['deleteRows="0", every column unlocked, the row\'s cells unlocked', { protection: '<sheetProtection sheet="1" deleteRows="0"/>', cols: '<cols><col min="1" max="16384" style="1"/></cols>', edits: [del(2)] }],
    ['deleteRows="false" spelt out, the row and its columns unlocked', { protection: '<sheetProtection sheet="1" deleteRows="false"/>', cols: '<cols><col min="1" max="16384" style="1"/></cols>', edits: [del(2)] }],
    ['sheet="false" spelt out', { protection: '<sheetProtection sheet="false"/>', edits: [set(1, 0, 9)] }],
    ['a sheetProtection inside an extension (not the sheet\'s own)', { protection: '<extLst><ext uri="{X}"><sheetProtection sheet="1"/></ext></extLst>', edits: [set(1, 0, 9)] }],
    ['insertRows="0", the new row formatted like an unlocked one', { protection: '<sheetProtection sheet="1" insertRows="0"/>', edits: [insert(3, 2, [1, 2])] }],
    ['a protected workbook structure (workbookProtection) on an unprotected sheet', { protection: '', workbook: (x) => x.replace('</sheets>', '</sheets><workbookProtection lockStructure="1" lockWindows="1"/>'), edits: [set(1, 0, 9), del(5)] }],
  ];

  it.each(written)('%s: written', (_what, c) => {
    const out = run(c);
    expect(out.refused).toEqual([]);
    expect(out.applied).toEqual([1]);
    expect(out.changedParts).toContain('xl/worksheets/sheet1.xml');
  });
});

describe('protected-sheet.xlsx (reviewer r8): the appendix protected as a department sends it out', () => {
  const base = new Uint8Array(readFileSync(fixture('cases/delete-row-references.xlsx')));
  const variant = (sheet: (xml: string) => string, extra: Record<string, (xml: string) => string> = {}) => {
    const files = unzipSync(base);
    files['xl/worksheets/sheet1.xml'] = strToU8(sheet(strFromU8(files['xl/worksheets/sheet1.xml']!)));
    for (const [k, f] of Object.entries(extra)) files[k] = strToU8(f(strFromU8(files[k]!)));
    return zipSync(files);
  };
  const protect = (attrs: string) => (xml: string) => xml.replace('<pageMargins', `<sheetProtection ${attrs}/><pageMargins`);
  const fixes: FixToWrite[] = [
    { id: 1, edits: [del(9)] },
    { id: 2, edits: [set(13, 4, 'Tháng 06/2024')] },
  ];

  it('as r8 made it: the deletion and the locked cell are both refused, the copy is the input', () => {
    const input = variant(protect('sheet="1" objects="1" scenarios="1" deleteRows="1"'));
    const out = fixPackage(input, [{ sheet: 'Phụ lục', fixes }]);
    expect(out.applied).toEqual([]);
    expect(out.refused.map((r) => [r.id, r.kind])).toEqual([
      [1, 'protected'],
      [2, 'protected'],
    ]);
    expect(out.refused[0]?.reason).toMatch(/trang "Phụ lục" được bảo vệ .*không xóa dòng 9/);
    expect(out.refused[1]?.reason).toMatch(/trang "Phụ lục" được bảo vệ .*ô E13 bị khóa/);
    expect(out.bytes).toBe(input);
  });

  it('E13 unlocked (its own format): it is written and the deletion still refused', () => {
    const input = variant(
      (x) => protect('sheet="1" deleteRows="1"')(x).replace('<c r="E13" t="s">', '<c r="E13" s="1" t="s">'),
      { 'xl/styles.xml': (x) => x.replace('<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>', '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyProtection="1"><protection locked="0"/></xf></cellXfs>') },
    );
    const out = fixPackage(input, [{ sheet: 'Phụ lục', fixes }]);
    expect(out.applied).toEqual([2]);
    expect(out.refused.map((r) => [r.id, r.kind])).toEqual([[1, 'protected']]);
    expect(part(out.bytes, 'xl/worksheets/sheet1.xml')).toContain('<row r="9"');
    expect(out.deletedRows).toEqual([]);
  });

  it('a protected workbook structure alone stops neither the write nor the deletion', () => {
    const input = variant((x) => x, { 'xl/workbook.xml': (x) => x.replace('</sheets>', '</sheets><workbookProtection workbookAlgorithmName="SHA-512" workbookHashValue="a" workbookSaltValue="b" workbookSpinCount="100000" lockStructure="1"/>') });
    const out = fixPackage(input, [{ sheet: 'Phụ lục', fixes }]);
    expect(out.refused).toEqual([]);
    expect(out.applied).toEqual([1, 2]);
    expect(out.deletedRows).toEqual([{ sheet: 'Phụ lục', rows: [9] }]);
    expect(part(out.bytes, 'xl/workbook.xml')).toContain('lockStructure="1"');
  });
});
