/**
 * A 3-D reference (`'Phụ lục:Thống kê'!A13`, `Sheet1:Sheet3!A1`) on another sheet than the one
 * losing rows: the writer cannot rewrite it, so the deletion must be refused, naming the formula
 * and its sheet (reviewer r8: it was left unchanged and the row deleted, so the formula silently
 * read the row below). Base: cases/delete-row-references.xlsx, a repeated header at row 9 of
 * "Phụ lục"; "Thống kê" B2 holds the formula under test.
 */
import { readFileSync } from 'fs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { openPackage } from '../../src/xlsx/package';
import { fixPackage } from '../../src/xlsx/write';
import type { FixToWrite } from '../../src/xlsx/write';
import { decodeXml } from '../../src/xlsx/xml';
import { inflateEntry } from '../../src/xlsx/zip';
import { sheetsNamed } from '../../src/xlsx/sheet-edit';
import { XS } from '../../src/xlsx/strings';
import { fixture } from '../cli/helpers';

const BASE = new Uint8Array(readFileSync(fixture('cases/delete-row-references.xlsx')));
const part = (bytes: Uint8Array, name: string) => {
  const e = openPackage(bytes).zip.get(name);
  return e ? decodeXml(inflateEntry(e)) : undefined;
};
const SHEET2 = part(BASE, 'xl/worksheets/sheet2.xml') as string;
const WORKBOOK = part(BASE, 'xl/workbook.xml') as string;
const B2 = /<c r="B2"[^>]*><f>[^<]*<\/f>(<v>[^<]*<\/v>)?<\/c>/;
const B1 = /<c r="B1"><f>[^<]*<\/f><v>5<\/v><\/c>/;

/** The case with "Thống kê" B2 holding `formula` (XML-escaped), B1 a plain number, and the tabs renamed. */
function withFormula(formula: string, rename: Record<string, string> = {}): Uint8Array {
  const files = unzipSync(BASE);
  let wb = WORKBOOK;
  for (const [from, to] of Object.entries(rename)) wb = wb.replace(`name="${from}"`, `name="${to}"`);
  files['xl/workbook.xml'] = strToU8(wb);
  files['xl/worksheets/sheet2.xml'] = strToU8(SHEET2.replace(B1, '<c r="B1"><v>5</v></c>').replace(B2, `<c r="B2"><f>${formula}</f></c>`));
  return zipSync(files);
}
const deleteRow9 = (bytes: Uint8Array, sheet = 'Phụ lục') =>
  fixPackage(bytes, [{ sheet, fixes: [{ id: 1, edits: [{ kind: 'delete-row', row: 9 }] }] as FixToWrite[] }]);

describe('a 3-D reference on another sheet stops the deletion it spans', () => {
  it.each([
    ['quoted, in tab order', "SUM(&apos;Phụ lục:Thống kê&apos;!A13)", {}, 'Phụ lục'],
    ['quoted, ends reversed', "SUM(&apos;Thống kê:Phụ lục&apos;!A13)", {}, 'Phụ lục'],
    ['unquoted', 'SUM(PhuLuc:ThongKe!A13)', { 'Phụ lục': 'PhuLuc', 'Thống kê': 'ThongKe' }, 'PhuLuc'],
    ['unquoted, in another case', 'SUM(phuluc:THONGKE!A13)', { 'Phụ lục': 'PhuLuc', 'Thống kê': 'ThongKe' }, 'PhuLuc'],
    ['an end that is no sheet (every sheet counts)', "SUM(&apos;Phụ lục:Khác&apos;!A13)", {}, 'Phụ lục'],
  ])('%s: refused with the formula and its sheet named, nothing rewritten', (_name, formula, rename, sheet) => {
    const out = deleteRow9(withFormula(formula, rename), sheet);
    expect(out.applied).toEqual([]);
    expect(out.refused).toHaveLength(1);
    expect(out.refused[0]?.reason).toContain(XS.onSheet('B2', rename['Thống kê' as keyof typeof rename] ?? 'Thống kê'));
    expect(out.refused[0]?.reason).toContain('A13');
  });

  it.each([
    ['a 3-D span over "Thống kê" alone', "SUM(&apos;Thống kê:Thống kê&apos;!A13)", "SUM(&apos;Thống kê:Thống kê&apos;!A13)"],
    ['a plain reference, the control', '&apos;Phụ lục&apos;!E13', "'Phụ lục'!E12"],
  ])('%s: the deletion is applied', (_name, formula, after) => {
    const out = deleteRow9(withFormula(formula));
    expect(out.refused).toEqual([]);
    expect(out.applied).toEqual([1]);
    expect(part(out.bytes, 'xl/worksheets/sheet2.xml')).toContain(`<f>${after}</f>`);
  });
});

describe('sheetsNamed', () => {
  const order = ['A', 'Phụ lục', 'Biểu đồ', 'Thống kê', 'Z'];
  it.each<[string, readonly string[] | undefined, string[]]>([
    ['Phụ lục', order, ['Phụ lục']],
    ['Phụ lục:Thống kê', order, ['Phụ lục', 'Biểu đồ', 'Thống kê']],
    ['Thống kê:Phụ lục', order, ['Phụ lục', 'Biểu đồ', 'Thống kê']],
    ['PHỤ LỤC:a', order, ['A', 'Phụ lục']],
    ['Phụ lục:Khác', order, order],
    ['Phụ lục:Thống kê', undefined, ['Phụ lục', 'Thống kê']],
  ])('%s', (name, o, expected) => {
    expect(sheetsNamed(name, o)).toEqual(expected);
  });
});
