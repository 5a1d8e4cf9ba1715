/**
 * The writer encodes a changed part's pieces of text into one reused buffer, a text longer than
 * it into its own (write.ts encodeUtf8): the bytes must be exactly TextEncoder's around that size
 * (a surrogate pair, multi-byte Vietnamese at 2^20 units), with either codec.
 */
import { zipSync, strToU8 } from 'fflate';
import { fixPackage } from '../../src/xlsx/write';
import { FFLATE_CODEC, inflateEntry, openZip } from '../../src/xlsx/zip';
import type { ZipEntry } from '../../src/xlsx/zip';
import { ZLIB_CODEC } from '../../src/cli/xlsx/zlib-codec';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PR = 'http://schemas.openxmlformats.org/package/2006/relationships';

const sheetXml = (a1: string, filler: string) =>
  `<worksheet xmlns="${NS}"><sheetData><row r="1"><c r="A1">${a1}</c></row><row r="2"><c r="A2" t="inlineStr"><is><t>${filler}</t></is></c></row></sheetData></worksheet>`;

/** A one-sheet package (no shared strings) whose A2 holds `filler`. */
function pkg(filler: string): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(`<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    'xl/workbook.xml': strToU8(`<workbook xmlns="${NS}" xmlns:r="${R}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(`<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`),
    'xl/worksheets/sheet1.xml': strToU8(sheetXml('<v>1</v>', filler)),
  });
}

const SLICE = 1 << 20; // write.ts SCRATCH_UNITS
/** Where the filler starts in the written sheet (A1 then holds 7). */
const LEAD = sheetXml('<v>7</v>', '\u0000').indexOf('\u0000');
const around = (offset: number, tail: string) => 'a'.repeat(offset - LEAD) + tail + 'ệ'.repeat(50);

describe.each([
  ['fflate', FFLATE_CODEC],
  ['zlib', ZLIB_CODEC],
])('a long changed part (%s)', (_c, codec) => {
  it.each([
    ['a surrogate pair across the first slice boundary', around(SLICE - 1, '😀')],
    ['a surrogate pair just before it', around(SLICE - 2, '😀')],
    ['a surrogate pair just after it', around(SLICE, '😀')],
    ['Vietnamese across it', around(SLICE - 3, 'Phụ lục')],
    ['a pair across the second boundary', around(2 * SLICE - 2, '😀ộ')],
    ['a short part (one slice)', 'Phụ lục 😀'],
  ])('%s: the bytes are TextEncoder\'s', (_what, filler) => {
    const out = fixPackage(pkg(filler), [{ sheet: 'S', fixes: [{ id: 1, edits: [{ kind: 'set', row: 1, col: 0, value: 7 }] }] }], { codec });
    expect(out.applied).toEqual([1]);
    const sheet = inflateEntry(openZip(out.bytes).get('xl/worksheets/sheet1.xml') as ZipEntry, codec);
    const want = new TextEncoder().encode(sheetXml('<v>7</v>', filler));
    expect(sheet.length).toBe(want.length);
    expect(Buffer.from(sheet).equals(Buffer.from(want))).toBe(true);
  });
});
