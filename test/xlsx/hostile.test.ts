/**
 * Hostile and misnamed input: XML parts with a DTD (entity bombs, external entities), huge
 * attributes, deep nesting; OLE compound files told apart by their directory ([MS-CFB]).
 * Every one gets a clear Vietnamese reason, never a hang, a crash or a wrong kind.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { errorOf } from '../helpers/xlsx-error';
import { cfbEntryNames } from '../../src/xlsx/cfb';
import { readWorkbook } from '../../src/xlsx/read';
import { fixPackage } from '../../src/xlsx/write';
import { buildXlsx } from './build';
import { buildCfb } from './cfb-build';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const BOMB = `<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>`;
const EXTERNAL = `<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>`;
const sheetXml = (doctype: string, cell: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${doctype}<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${cell}</t></is></c></row></sheetData></worksheet>`;

/** A valid book with one part replaced. */
function withPart(part: string, text: string): Uint8Array {
  const files = unzipSync(buildXlsx({ sheets: [{ name: 'S', data: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }], strings: ['a'] }));
  files[part] = strToU8(text);
  return zipSync(files);
}

describe('a DTD in any part is refused for what it is (ECMA-376 Part 2, 8.1.4 [M1.18])', () => {
  const cases: Array<[string, Uint8Array, string]> = [
    ['billion laughs in a worksheet', buildXlsx({ sheets: [{ name: 'S', xml: sheetXml(BOMB, '&lol3;') }] }), 'xl/worksheets/sheet1.xml'],
    ['an external entity in a worksheet', buildXlsx({ sheets: [{ name: 'S', xml: sheetXml(EXTERNAL, '&xxe;') }] }), 'xl/worksheets/sheet1.xml'],
    ['a bare DOCTYPE in a worksheet', buildXlsx({ sheets: [{ name: 'S', xml: sheetXml('<!DOCTYPE worksheet>', 'x') }] }), 'xl/worksheets/sheet1.xml'],
    ['billion laughs in shared strings', withPart('xl/sharedStrings.xml', `<?xml version="1.0"?>${BOMB}<sst xmlns="${MAIN}"><si><t>&lol3;</t></si></sst>`), 'xl/sharedStrings.xml'],
    ['an external entity in workbook.xml', withPart('xl/workbook.xml', `<?xml version="1.0"?>${EXTERNAL}<workbook xmlns="${MAIN}"><sheets/></workbook>`), 'xl/workbook.xml'],
    ['a DTD in the styles', withPart('xl/styles.xml', `<?xml version="1.0"?>${BOMB}<styleSheet xmlns="${MAIN}"/>`), 'xl/styles.xml'],
    ['a DTD in [Content_Types].xml', withPart('[Content_Types].xml', `<?xml version="1.0"?>${BOMB}<Types/>`), '[Content_Types].xml'],
  ];
  it.each(cases)('%s', (_what, bytes, part) => {
    const e = errorOf(() => readWorkbook(bytes));
    expect(e.kind).toBe('unsupported');
    expect(e.reason).toContain(`"${part}"`);
    expect(e.reason).toMatch(/DTD.*Excel không bao giờ ghi.*từ chối/);
    expect(e.reason).not.toMatch(/giải nén|\n/);
  });

  it('the writer refuses a DTD in a part only it reads (a sheet\'s comments) with the reason, and writes nothing else wrong', () => {
    const files = unzipSync(buildXlsx({ sheets: [{ name: 'S', data: '<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row>' }] }));
    files['xl/worksheets/_rels/sheet1.xml.rels'] = strToU8(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="c1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments1.xml"/></Relationships>',
    );
    files['xl/comments1.xml'] = strToU8(`<?xml version="1.0"?>${BOMB}<comments xmlns="${MAIN}"><authors><author>&lol3;</author></authors><commentList/></comments>`);
    const out = fixPackage(zipSync(files), [{ sheet: 'S', fixes: [{ id: 7, edits: [{ kind: 'delete-row', row: 1 }] }] }]);
    expect(out.applied).toEqual([]);
    expect(out.refused).toEqual([{ id: 7, reason: expect.stringMatching(/xl\/comments1\.xml.*DTD/), kind: 'row-shift' }]);
  });
});

describe('other hostile XML: a clear answer, no hang, no crash', () => {
  it('an undeclared entity is a damaged part, not a decompression failure', () => {
    const e = errorOf(() => readWorkbook(buildXlsx({ sheets: [{ name: 'S', xml: sheetXml('', '&lol3;') }] })));
    expect(e.kind).toBe('corrupt');
    expect(e.reason).toMatch(/xl\/worksheets\/sheet1\.xml không phải XML hợp lệ/);
    expect(e.reason).not.toMatch(/giải nén/);
  });

  it('a 5 MB attribute is read (or refused) in bounded time, never hung', () => {
    const huge = 'A'.repeat(5_000_000);
    const g = readWorkbook(buildXlsx({ sheets: [{ name: 'S', data: `<row r="1" x="${huge}"><c r="A1" t="inlineStr"><is><t>ok</t></is></c></row>` }] })).grids[0];
    expect(g?.rows[0]?.[0]?.value).toBe('ok');
  }, 60_000);

  it('200,000 nested elements inside a cell do not overflow the stack', () => {
    const deep = '<x>'.repeat(200_000) + '</x>'.repeat(200_000);
    const g = readWorkbook(buildXlsx({ sheets: [{ name: 'S', data: `<row r="1"><c r="A1" t="inlineStr"><is><t>ok</t></is>${deep}</c><c r="B1"><v>2</v></c></row>` }] })).grids[0];
    expect(g?.rows[0]?.[0]?.value).toBe('ok');
    expect(g?.rows[0]?.[1]?.value).toBe(2);
  }, 60_000);

  it('unbalanced deep nesting is a damaged part', () => {
    const e = errorOf(() => readWorkbook(buildXlsx({ sheets: [{ name: 'S', data: '<row r="1">' + '<x>'.repeat(100_000) }] })));
    expect(e.kind).toBe('corrupt');
  }, 60_000);
});

describe('OLE compound files told apart by their directory ([MS-CFB] 2.6)', () => {
  const names = (spec: Parameters<typeof buildCfb>[0]) => cfbEntryNames(buildCfb(spec));

  it.each([
    [{ names: ['EncryptionInfo', 'EncryptedPackage'] }, ['EncryptionInfo', 'EncryptedPackage']],
    [{ names: ['Workbook'], sectorShift: 12 as const }, ['Workbook']],
    // eight names: the directory spans three 512-byte sectors
    [{ names: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'EncryptedPackage'] }, ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'EncryptedPackage']],
  ])('lists %j', (spec, expected) => {
    expect(names(spec)).toEqual(expected);
  });

  it.each([
    ['too short', new Uint8Array(100)],
    ['a looping directory chain', buildCfb({ names: ['a', 'b', 'c', 'd', 'e'], loop: true })],
    ['a directory past the end', (() => {
      const b = buildCfb({ names: ['Workbook'] });
      new DataView(b.buffer).setUint32(0x30, 9999, true);
      return b;
    })()],
    ['a bad sector size', (() => {
      const b = buildCfb({ names: ['Workbook'] });
      new DataView(b.buffer).setUint16(0x1e, 20, true);
      return b;
    })()],
  ])('%s → not readable', (_what, bytes) => {
    expect(cfbEntryNames(bytes)).toBeUndefined();
  });

  const cases: Array<[string, Uint8Array, string, RegExp]> = [
    ['an encrypted .xlsx', buildCfb({ names: ['\u0006DataSpaces', 'EncryptionInfo', 'EncryptedPackage'] }), 'encrypted', /mật khẩu/],
    ['an encrypted .xlsx, 4096-byte sectors', buildCfb({ names: ['EncryptionInfo', 'EncryptedPackage'], sectorShift: 12 }), 'encrypted', /mật khẩu/],
    // the text "EncryptedPackage" inside a stream is not a directory entry
    ['an .xls whose cells mention EncryptedPackage', buildCfb({ names: ['Workbook'], data: new Uint8Array(Buffer.from('EncryptedPackage', 'utf16le')) }), 'not-xlsx', /Excel cũ \(\.xls\)/],
    ['an Excel 5.0/95 .xls (Book)', buildCfb({ names: ['Book'] }), 'not-xlsx', /Excel cũ \(\.xls\)/],
    ['a real .xls saved by LibreOffice', new Uint8Array(readFileSync(path.join(__dirname, '../fixtures/ole/libreoffice.xls'))), 'not-xlsx', /Excel cũ \(\.xls\)/],
    ['a Word .doc', buildCfb({ names: ['WordDocument', '1Table'] }), 'not-xlsx', /Word cũ \(\.doc\)/],
    ['a PowerPoint .ppt', buildCfb({ names: ['PowerPoint Document'] }), 'not-xlsx', /PowerPoint cũ/],
    ['another OLE file', buildCfb({ names: ['Contents'] }), 'not-xlsx', /không chứa bảng tính/],
    ['a cut-off OLE file', buildCfb({ names: ['Workbook'] }).subarray(0, 600), 'corrupt', /OLE.*hỏng/],
  ];
  it.each(cases)('%s', (_what, bytes, kind, reason) => {
    const e = errorOf(() => readWorkbook(bytes));
    expect(e.kind).toBe(kind);
    expect(e.reason).toMatch(reason);
    expect(e.reason).not.toMatch(/\n/);
  });
});

describe('workbookPr/@date1904 is an xsd:boolean (XML Schema Part 2, 3.2.2): only true/false/1/0', () => {
  const book = (value: string) =>
    buildXlsx({ workbookPr: `date1904="${value}"`, sheets: [{ name: 'S', data: '<row r="1"><c r="A1"><v>1</v></c></row>' }] });
  it.each([
    ['1', true],
    ['true', true],
    [' true ', true],
    ['0', false],
    ['false', false],
  ])('%j reads as %s', (value, expected) => {
    expect(readWorkbook(book(value)).date1904).toBe(expected);
  });
  it.each(['on', 'yes', 'TRUE', 'True', 'off', '2', ''])('%j is refused: the date system cannot be guessed', (value) => {
    const e = errorOf(() => readWorkbook(book(value)));
    expect(e.kind).toBe('corrupt');
    expect(e.reason).toMatch(/date1904.*true\/false\/1\/0.*1900 hay 1904/);
  });
});
