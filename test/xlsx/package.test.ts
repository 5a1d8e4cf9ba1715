import { readFileSync } from 'fs';
import { strToU8, zipSync } from 'fflate';
import { XlsxError } from '../../src/xlsx/errors';
import { errorOf } from '../helpers/xlsx-error';
import { builtinNumberFormat, openPackage, parseBoolean, parseContentTypes, parseRelationships, relsPartFor, resolveTarget } from '../../src/xlsx/package';
import { fixture } from '../cli/helpers';

describe('relationships (OPC Part 2)', () => {
  it.each([
    ['xl/workbook.xml', 'worksheets/sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['xl/workbook.xml', '/xl/worksheets/sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['xl/workbook.xml', '../xl/Sheet1.xml', 'xl/Sheet1.xml'],
    ['xl/worksheets/sheet1.xml', '../drawings/drawing1.xml', 'xl/drawings/drawing1.xml'],
    ['', 'xl/workbook.xml', 'xl/workbook.xml'],
    ['xl/workbook.xml', 'worksheets/trang%201.xml', 'xl/worksheets/trang 1.xml'],
    ['xl/workbook.xml', 'worksheets\\sheet1.xml', 'xl/worksheets/sheet1.xml'],
  ])('from %j, %j is %j', (source, target, part) => expect(resolveTarget(source, target)).toBe(part));

  it.each([
    ['', '_rels/.rels'],
    ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels'],
    ['xl/worksheets/sheet1.xml', 'xl/worksheets/_rels/sheet1.xml.rels'],
  ])('the rels part of %j is %j', (p, r) => expect(relsPartFor(p)).toBe(r));

  it('parses ids, types, targets; external targets have no part', () => {
    const rels = parseRelationships(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://dichvucong.gov.vn" TargetMode="External"/></Relationships>',
      'xl/workbook.xml',
    );
    expect(rels).toEqual([
      { id: 'rId1', type: 'http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet', kind: 'worksheet', target: 'worksheets/sheet1.xml', external: false, part: 'xl/worksheets/sheet1.xml' },
      { id: 'rId9', type: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink', kind: 'hyperlink', target: 'https://dichvucong.gov.vn', external: true },
    ]);
  });

  it('content types: overrides, then defaults by extension, case-insensitively', () => {
    const ct = parseContentTypes('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="XML" ContentType="application/xml"/><Override PartName="/xl/Workbook.xml" ContentType="main"/></Types>');
    expect(ct.typeOf('xl/workbook.xml')).toBe('main');
    expect(ct.typeOf('/xl/styles.xml')).toBe('application/xml');
    expect(ct.typeOf('xl/media/a.png')).toBeUndefined();
  });
});

describe('parseBoolean (xsd:boolean and what producers write)', () => {
  it.each([
    ['1', true],
    ['true', true],
    ['True', true],
    ['on', true],
    [' 1 ', true],
    ['0', false],
    ['false', false],
    ['off', false],
    ['', undefined],
    ['2', undefined],
    [undefined, undefined],
  ])('%p → %p', (v, b) => expect(parseBoolean(v)).toBe(b));
});

describe('built-in number formats', () => {
  it.each([
    [0, 'General'],
    [3, '#,##0'],
    [14, 'm/d/yyyy'],
    [22, 'm/d/yyyy h:mm'],
    [49, '@'],
    [5, '#,##0_);(#,##0)'], // currency ids are locale-specific: their shared equivalent
    [57, 'm/d/yyyy'], // an East Asian date stays a date
    [32, 'h:mm:ss'],
    [200, undefined],
  ])('id %i → %p', (id, code) => expect(builtinNumberFormat(id)).toBe(code));
});

describe('openPackage: what a file is', () => {
  const zip = (files: Record<string, string>) => zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));
  it.each<[string, Uint8Array, XlsxError['kind'], RegExp]>([
    ['empty', new Uint8Array(0), 'not-xlsx', /rỗng/],
    ['text', strToU8('STT,Nhiệm vụ\n'), 'not-xlsx', /văn bản/],
    ['a PDF', strToU8('%PDF-1.7'), 'not-xlsx', /PDF/],
    ['an empty zip', zipSync({}), 'not-xlsx', /zip.*rỗng/],
    ['a zip of something else', zip({ 'readme.txt': 'x' }), 'not-xlsx', /không phải bảng tính/],
    ['a Word document', zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w/>' }), 'not-xlsx', /Word/],
    ['a PowerPoint', zip({ '[Content_Types].xml': '<Types/>', 'ppt/presentation.xml': '<p/>' }), 'not-xlsx', /PowerPoint/],
    ['an OpenDocument spreadsheet', zip({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<x/>' }), 'not-xlsx', /OpenDocument/],
    ['a workbook.xml that is not XML', zip({ 'xl/workbook.xml': '<workbook><sheets>' }), 'corrupt', /workbook\.xml/],
  ])('%s', (_what, bytes, kind, reason) => {
    const e = errorOf(() => openPackage(bytes));
    expect(e.kind).toBe(kind);
    expect(e.reason).toMatch(reason);
  });

  it('finds the workbook without _rels/.rels by its content type, then by its usual name', () => {
    const pkg = openPackage(zip({ '[Content_Types].xml': '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/book.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>', 'book.xml': '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>' }));
    expect(pkg.workbook.part).toBe('book.xml');
    expect(openPackage(zip({ 'xl/workbook.xml': '<workbook><sheets/></workbook>' })).workbook.part).toBe('xl/workbook.xml');
  });

  // A zip the directory names as damaged keeps its own reason; only an unreadable directory is
  // guessed at (a cut-off download). Two entries of one name: entry "b.xml" renamed "a.xml" in
  // the stored bytes (same length, so both headers stay valid).
  it.each([
    ['two parts of one name', { 'a.xml': '<x/>', 'b.xml': '<y/>' }, /hai phần cùng tên "a\.xml"/],
  ])('%s is damaged with its own reason', (_what, files, reason) => {
    const bytes = zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])), { level: 0 });
    const renamed = Uint8Array.from(bytes);
    for (let i = 0; i + 5 <= renamed.length; i++) {
      if (String.fromCharCode(...renamed.subarray(i, i + 5)) === 'b.xml') renamed[i] = 'a'.charCodeAt(0);
    }
    const e = errorOf(() => openPackage(renamed));
    expect(e.kind).toBe('corrupt');
    expect(e.reason).toMatch(reason);
    expect(e.reason).not.toMatch(/chưa tải xong/);
  });

  it('a truncated download is damaged', () => {
    const b = new Uint8Array(readFileSync(fixture('binh-dinh-2022.xlsx')));
    const e = errorOf(() => openPackage(b.subarray(0, Math.floor(b.length / 2))));
    expect(e.kind).toBe('corrupt');
    expect(e.reason).toMatch(/hỏng hoặc chưa tải xong/);
  });
});
