/**
 * The reader on packages written from XML text: every cell type, the ways producers lay out a
 * package, and damaged packages. Each case shows the XML next to what must be read.
 */
import type { Cell, Grid } from '../../src/core/grid';
import { cellDate } from '../../src/core/grid/date';
import { XlsxError } from '../../src/xlsx/errors';
import { errorOf } from '../helpers/xlsx-error';
import { readWorkbook } from '../../src/xlsx/read';
import { NS, buildXlsx, esc } from './build';
import type { BookSpec } from './build';

const read = (spec: BookSpec) => readWorkbook(buildXlsx(spec));
const one = (spec: BookSpec): Grid => read(spec).grids[0] as Grid;
/** The cell at an A1 address. */
const at = (g: Grid, a1: string): Cell | undefined => {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  let c = 0;
  for (const ch of m[1]!) c = c * 26 + ch.charCodeAt(0) - 64;
  return g.rows[Number(m[2]) - 1]?.[c - 1];
};
const sheet = (data: string, extra: Partial<BookSpec> = {}): BookSpec => ({ sheets: [{ name: 'Phụ lục', data }], ...extra });

describe('cell types (ECMA-376 18.18.11 ST_CellType)', () => {
  const strings = ['Văn phòng Sở', 'Quý I/2024'];
  it.each<[string, string, Partial<Cell> | undefined]>([
    ['a number (no t)', '<c r="A1"><v>12</v></c>', { value: 12 }],
    ['t="n" explicit, as LibreOffice writes', '<c r="A1" t="n"><v>-1.5E3</v></c>', { value: -1500 }],
    ['a shared string', '<c r="A1" t="s"><v>1</v></c>', { value: 'Quý I/2024' }],
    ['a formula string result', '<c r="A1" t="str"><f>B1&amp;"x"</f><v>Ax</v></c>', { value: 'Ax', formula: 'B1&"x"' }],
    ['a formula whose text result is empty', '<c r="A1" t="str"><f>""</f><v></v></c>', { value: '', formula: '""' }],
    ['an inline string', '<c r="A1" t="inlineStr"><is><t>Thanh tra Sở</t></is></c>', { value: 'Thanh tra Sở' }],
    ['an inline rich string', '<c r="A1" t="inlineStr"><is><r><rPr><b/></rPr><t>Quý </t></r><r><t>II</t></r></is></c>', { value: 'Quý II' }],
    ['a boolean', '<c r="A1" t="b"><v>1</v></c>', { value: true }],
    ['a boolean false', '<c r="A1" t="b"><v>0</v></c>', { value: false }],
    ['an error value', '<c r="A1" t="e"><v>#N/A</v></c>', { value: null, error: '#N/A' }],
    ['a formula whose result is an error', '<c r="A1" t="e"><f>1/0</f><v>#DIV/0!</v></c>', { value: null, error: '#DIV/0!', formula: '1/0' }],
    ['a number with a cached formula value', '<c r="A1"><f>2*3</f><v>6</v></c>', { value: 6, formula: '2*3' }],
    ['a cached 0 is 0', '<c r="A1"><f>B1*0</f><v>0</v></c>', { value: 0, formula: 'B1*0' }],
    ['an empty styled cell is no cell', '<c r="A1" s="0"/>', undefined],
    ['an empty <v/> without formula is no cell', '<c r="A1"><v></v></c>', undefined],
    ['_xlfn. prefixes are dropped from formulas', '<c r="A1" t="str"><f>_xlfn.CONCAT("a","b")</f><v>ab</v></c>', { value: 'ab', formula: 'CONCAT("a","b")' }],
    ['a leading = some producers write is dropped', '<c r="A1"><f>=1+1</f><v>2</v></c>', { value: 2, formula: '1+1' }],
  ])('%s', (_what, c, expected) => {
    const g = one(sheet(`<row r="1">${c}</row>`, { strings }));
    expect(at(g, 'A1')).toEqual(expected);
  });

  it('keeps strings untrimmed and line breaks in them', () => {
    const g = one(sheet('<row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve">  Văn phòng\nSở  </t></is></c></row>'));
    expect(at(g, 'A1')?.value).toBe('  Văn phòng\nSở  ');
  });

  it('a shared-string index outside the table is a damaged file', () => {
    expect(errorOf(() => one(sheet('<row r="1"><c r="A1" t="s"><v>7</v></c></row>', { strings: ['a'] }))).kind).toBe('corrupt');
  });

  // Values are read by their XML Schema types (ECMA-376 Part 1, 18.3.1.96 v: xsd:double for a
  // number, xsd:unsignedInt for a shared-string index and a row number), not by JavaScript's
  // Number(), which also takes hexadecimal, binary and octal ("0x10" is 16).
  it.each<[string, string, number | undefined]>([
    ['a plain number', '<c r="A1"><v>16</v></c>', 16],
    ['a signed exponent', '<c r="A1"><v>+1.5e1</v></c>', 15],
    ['a leading point', '<c r="A1"><v>.5</v></c>', 0.5],
    ['a trailing point', '<c r="A1"><v>3.</v></c>', 3],
    ['whitespace around', '<c r="A1"><v> 7 </v></c>', 7],
    ['hexadecimal', '<c r="A1"><v>0x10</v></c>', undefined],
    ['binary', '<c r="A1"><v>0b10</v></c>', undefined],
    ['octal', '<c r="A1"><v>0o10</v></c>', undefined],
    ['a decimal comma', '<c r="A1"><v>1,5</v></c>', undefined],
    ['Infinity spelt out', '<c r="A1"><v>Infinity</v></c>', undefined],
    ['a string index in hexadecimal', '<c r="A1" t="s"><v>0x1</v></c>', undefined],
    ['a string index with an exponent', '<c r="A1" t="s"><v>1e0</v></c>', undefined],
    ['a string index with a fraction', '<c r="A1" t="s"><v>1.0</v></c>', undefined],
    ['a string index with whitespace', '<c r="A1" t="s"><v> 1 </v></c>', 1],
  ])('a value as its schema type: %s', (_what, c, expected) => {
    const spec = sheet(`<row r="1">${c}</row>`, { strings: ['a', 'b'] });
    if (expected === undefined) expect(errorOf(() => one(spec)).kind).toBe('corrupt');
    else expect(at(one(spec), 'A1')?.value).toBe(c.includes('t="s"') ? ['a', 'b'][expected] : expected);
  });

  it.each([
    ['hexadecimal', '0xA'],
    ['an exponent', '1e1'],
    ['a fraction', '10.0'],
  ])('a row number in %s is a damaged file', (_what, r) => {
    expect(errorOf(() => one(sheet(`<row r="${r}"><c><v>1</v></c></row>`))).reason).toMatch(/dòng số/);
  });

  it('a number that is not a number is a damaged file', () => {
    expect(errorOf(() => one(sheet('<row r="1"><c r="A1"><v>12abc</v></c></row>'))).reason).toMatch(/A1/);
  });
});

describe('_xHHHH_ escapes (ST_Xstring) decoded wherever Excel decodes them', () => {
  it.each([
    ['a carriage return from a Word paste (inline)', '<is><t>Thanh tra Sở_x000D_\nPhòng Pháp chế</t></is>', 'Thanh tra Sở\r\nPhòng Pháp chế'],
    ['a tab', '<is><t>a_x0009_b</t></is>', 'a\tb'],
    ['lower-case hex', '<is><t>a_x000d_b</t></is>', 'a\rb'],
    ['_x005F_ is the underscore: the literal text _x000D_', '<is><t>_x005F_x000D_</t></is>', '_x000D_'],
    ['a surrogate pair (an emoji)', '<is><t>_xD83D__xDE00_</t></is>', '😀'],
    ['not an escape: too few digits', '<is><t>_x00D_</t></is>', '_x00D_'],
    ['in rich runs', '<is><r><t>A_x000D_</t></r><r><t>\nB</t></r></is>', 'A\r\nB'],
  ])('%s', (_what, is, text) => {
    const g = one(sheet(`<row r="1"><c r="A1" t="inlineStr">${is}</c></row>`));
    expect(at(g, 'A1')?.value).toBe(text);
  });

  it('in shared strings, plain and rich, with phonetic runs left out', () => {
    const g = one({
      sheets: [{ name: 'S', data: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>' }],
      rawStrings: [
        '<t>Văn phòng Sở_x000D_\n</t>',
        '<r><rPr><i/></rPr><t>Phòng _x005F_x0041_</t></r><r><t xml:space="preserve"> Pháp chế</t></r>',
        '<t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/>',
      ],
    });
    expect([at(g, 'A1')?.value, at(g, 'B1')?.value, at(g, 'C1')?.value]).toEqual(['Văn phòng Sở\r\n', 'Phòng _x0041_ Pháp chế', '東京']);
  });

  it('in formula text results (t="str")', () => {
    const g = one(sheet('<row r="1"><c r="A1" t="str"><f>B1</f><v>x_x000D_y</v></c></row>'));
    expect(at(g, 'A1')?.value).toBe('x\ry');
  });
});

describe('positions: rows and cells without the optional r', () => {
  it('counts rows and cells in order when r is left out', () => {
    const g = one(sheet('<row><c><v>1</v></c><c><v>2</v></c></row><row><c t="inlineStr"><is><t>a</t></is></c></row><row r="5"><c><v>5</v></c><c r="D5"><v>4</v></c><c><v>6</v></c></row><row><c><v>7</v></c></row>'));
    expect(at(g, 'A1')?.value).toBe(1);
    expect(at(g, 'B1')?.value).toBe(2);
    expect(at(g, 'A2')?.value).toBe('a');
    expect(at(g, 'A5')?.value).toBe(5);
    expect(at(g, 'D5')?.value).toBe(4);
    expect(at(g, 'E5')?.value).toBe(6);
    expect(at(g, 'A6')?.value).toBe(7);
    expect(g.rows).toHaveLength(6);
  });

  it('leaves rows without cells empty and does not create rows for empty row elements past the data', () => {
    const g = one(sheet('<row r="1"><c r="A1"><v>1</v></c></row><row r="3"/><row r="1000000" hidden="1"/>'));
    expect(g.rows).toHaveLength(1);
    expect(g.hiddenRows).toBeUndefined();
  });

  it('reports hidden rows inside the data, however the boolean is spelt', () => {
    const g = one(sheet('<row r="1" hidden="true"><c><v>1</v></c></row><row r="2" hidden="false"><c><v>2</v></c></row><row r="3" hidden="1"><c><v>3</v></c></row>'));
    expect(g.hiddenRows).toEqual([0, 2]);
  });

  it('reads prefixed element names (x:row, x:c)', () => {
    const xml = `<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>Có tiền tố</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`;
    expect(at(one({ sheets: [{ name: 'S', xml }] }), 'B2')?.value).toBe('Có tiền tố');
  });
});

describe('shared formulas (18.3.1.40): every cell knows its formula', () => {
  it('moves the master formula to each follower, keeping $ parts', () => {
    const data =
      '<row r="7"><c r="D7"><v>12</v></c><c r="E7"><v>500000</v></c><c r="F7"><f t="shared" ref="F7:F9" si="0">D7*E7+$A$1</f><v>6000000</v></c></row>' +
      '<row r="8"><c r="D8"><v>1</v></c><c r="E8"><v>4500000</v></c><c r="F8"><f t="shared" si="0"/><v>4500000</v></c></row>' +
      '<row r="9"><c r="D9"><v>6</v></c><c r="E9"><v>500000</v></c><c r="F9"><f t="shared" si="0"/><v>3000000</v></c></row>';
    const g = one(sheet(data));
    expect(at(g, 'F8')).toEqual({ value: 4500000, formula: 'D8*E8+$A$1' });
    expect(at(g, 'F9')?.formula).toBe('D9*E9+$A$1');
  });

  it('across columns, and a follower written before its master (the master not at its range\'s corner)', () => {
    // Cells out of column order are a damaged file (see "rows and cells written twice" below),
    // so the follower comes first only when the master sits right of it in its own range.
    const data = '<row r="1"><c r="B1"><f t="shared" si="3"/><v>2</v></c><c r="C1"><f t="shared" ref="B1:C1" si="3">B1+1</f><v>3</v></c></row>';
    const g = one(sheet(data));
    expect(at(g, 'C1')?.formula).toBe('B1+1');
    expect(at(g, 'B1')?.formula).toBe('A1+1');
  });

  it('evaluates followers that have no value', () => {
    const data = '<row r="1"><c r="A1"><v>5</v></c><c r="B1"><f t="shared" ref="B1:B2" si="0">A1*2</f></c></row><row r="2"><c r="A2"><v>7</v></c><c r="B2"><f t="shared" si="0"/></c></row>';
    const g = one(sheet(data));
    expect(at(g, 'B2')).toEqual({ value: 14, formula: 'A2*2' });
  });
});

describe('missing values are never 0', () => {
  it('a formula without a value that cannot be evaluated is uncomputed, value null', () => {
    const g = one(sheet('<row r="1"><c r="A1"><f>INDIRECT("B1")</f></c><c r="B1"><f>TODAY()</f><v></v></c></row>'));
    expect(at(g, 'A1')).toEqual({ value: null, formula: 'INDIRECT("B1")', uncomputed: true });
    expect(at(g, 'B1')).toEqual({ value: null, formula: 'TODAY()', uncomputed: true });
  });

  it('one that can is evaluated, with its displayed text', () => {
    const g = one(sheet('<row r="1"><c r="A1"><v>12</v></c><c r="B1" s="1"><v>500000</v></c><c r="C1" s="1"><f>A1*B1</f></c></row>', { numFmts: '<numFmt numFmtId="164" formatCode="#,##0"/>', cellXfs: '<xf numFmtId="0"/><xf numFmtId="164"/>' }));
    expect(at(g, 'C1')).toEqual({ value: 6000000, formula: 'A1*B1', numFmt: '#,##0', text: '6.000.000' });
  });

  it('with fullCalcOnLoad (XlsxWriter: cached 0 everywhere) cached values are recomputed, not trusted', () => {
    const data = '<row r="1"><c r="A1"><v>2</v></c><c r="B1"><f>A1*21</f><v>0</v></c><c r="C1"><f>NOW()</f><v>0</v></c></row>';
    const g = one(sheet(data, { calcPr: 'calcId="124519" fullCalcOnLoad="1"' }));
    expect(at(g, 'B1')?.value).toBe(42);
    expect(at(g, 'C1')).toEqual({ value: null, formula: 'NOW()', uncomputed: true });
  });

  it('without fullCalcOnLoad a cached value is Excel’s and is kept as it is', () => {
    const g = one(sheet('<row r="1"><c r="A1"><v>2</v></c><c r="B1"><f>A1*21</f><v>40</v></c></row>'));
    expect(at(g, 'B1')?.value).toBe(40);
  });

  it('evaluates across sheets, in any order', () => {
    const r = read({
      sheets: [
        { name: 'Tổng hợp', data: `<row r="1"><c r="A1"><f>'Phụ lục 2'!B2+1</f></c></row>` },
        { name: 'Phụ lục 2', data: '<row r="1"><c r="A1"><v>4</v></c></row><row r="2"><c r="B2"><f>A1*10</f></c></row>' },
      ],
    });
    expect(r.grids[0]?.rows[0]?.[0]?.value).toBe(41);
    expect(r.formulas).toEqual({ pending: 2, evaluated: 2 });
  });

  it('a circular reference is uncomputed', () => {
    const g = one(sheet('<row r="1"><c r="A1"><f>B1+1</f></c><c r="B1"><f>A1+1</f></c></row>'));
    expect(at(g, 'A1')?.uncomputed).toBe(true);
    expect(at(g, 'B1')?.uncomputed).toBe(true);
  });

  it('evaluate: false leaves every such formula uncomputed', () => {
    const r = readWorkbook(buildXlsx(sheet('<row r="1"><c r="A1"><f>1+1</f></c></row>')), { evaluate: false });
    expect(r.grids[0]?.rows[0]?.[0]).toEqual({ value: null, formula: '1+1', uncomputed: true });
  });
});

describe('dates: the reader passes serials and formats; the core decides', () => {
  const styles = { numFmts: '<numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>', cellXfs: '<xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="3"/><xf numFmtId="20"/>' };

  it.each<[string, string, string | undefined, string]>([
    ['an ISO date-time with a date style (Excel Strict, openpyxl)', '<c r="A1" s="1" t="d"><v>2024-10-15T00:00:00</v></c>', 'm/d/yyyy', '2024-10-15'],
    ['an ISO date without a style', '<c r="A1" t="d"><v>2024-06-30</v></c>', 'yyyy-mm-dd', '2024-06-30'],
    ['an ISO date under a number style (the style shows no date)', '<c r="A1" s="3" t="d"><v>2024-06-30</v></c>', 'yyyy-mm-dd', '2024-06-30'],
    ['with a zone suffix (wall-clock kept)', '<c r="A1" s="2" t="d"><v>2024-12-31T00:00:00Z</v></c>', 'dd/mm/yyyy', '2024-12-31'],
    ['with a time of day', '<c r="A1" t="d"><v>2024-03-01T13:30:00.000</v></c>', 'yyyy-mm-dd hh:mm:ss', '2024-03-01'],
    ['before 1 March 1900 (no fake 29 February yet)', '<c r="A1" t="d"><v>1900-01-10</v></c>', 'yyyy-mm-dd', '1900-01-10'],
  ])('%s', (_what, c, numFmt, day) => {
    const g = one(sheet(`<row r="1">${c}</row>`, styles));
    const cell = at(g, 'A1');
    expect(typeof cell?.value).toBe('number');
    expect(cell?.numFmt).toBe(numFmt);
    expect(cellDate(cell, g.date1904)?.toISOString().slice(0, 10)).toBe(day);
  });

  it('an ISO date in a 1904 workbook is a serial of the 1904 system', () => {
    const g = one(sheet('<row r="1"><c r="A1" t="d"><v>2024-10-15</v></c><c r="B1" s="1"><v>44118</v></c></row>', { ...styles, workbookPr: 'date1904="1"' }));
    expect(g.date1904).toBe(true);
    expect(at(g, 'A1')?.value).toBe(44118);
    expect(cellDate(at(g, 'A1'), true)?.toISOString().slice(0, 10)).toBe('2024-10-15');
    expect(cellDate(at(g, 'B1'), true)?.toISOString().slice(0, 10)).toBe('2024-10-15');
  });

  it('a time only is a fraction of a day with a time format', () => {
    const g = one(sheet('<row r="1"><c r="A1" t="d"><v>T06:00:00</v></c></row>'));
    expect(at(g, 'A1')).toEqual({ value: 0.25, numFmt: 'hh:mm:ss' });
  });

  it('text that is not ISO 8601 stays text (never a guessed date)', () => {
    const g = one(sheet('<row r="1"><c r="A1" t="d"><v>15/10/2024</v></c><c r="B1" t="d"><v>2024-02-30</v></c></row>'));
    expect(at(g, 'A1')?.value).toBe('15/10/2024');
    expect(at(g, 'B1')?.value).toBe('2024-02-30');
  });

  it.each([
    ['1', true],
    ['true', true],
    ['0', false],
    ['false', false],
    // "on", "TRUE", "off" are not xsd:boolean: refused (test/xlsx/hostile.test.ts)
  ])('workbookPr date1904="%s" → %p', (v, system) => {
    const g = one(sheet('<row r="1"><c r="A1" s="1"><v>1</v></c></row>', { ...styles, workbookPr: `date1904="${v}"` }));
    expect(g.date1904 === true).toBe(system);
    expect(cellDate(at(g, 'A1'), g.date1904)?.toISOString().slice(0, 10)).toBe(system ? '1904-01-02' : '1900-01-01');
  });

  it('numbers carry their format code, built-in ids resolved (East Asian date ids too)', () => {
    const g = one(sheet('<row r="1"><c r="A1" s="1"><v>45580</v></c><c r="B1" s="2"><v>45580</v></c><c r="C1" s="3"><v>6000000</v></c><c r="D1" s="4"><v>0.5</v></c><c r="E1" s="5"><v>45580</v></c><c r="F1" s="9"><v>1</v></c></row>', { ...styles, cellXfs: styles.cellXfs + '<xf numFmtId="57"/>' }));
    expect(at(g, 'A1')?.numFmt).toBe('m/d/yyyy');
    expect(at(g, 'B1')?.numFmt).toBe('dd/mm/yyyy');
    expect(at(g, 'C1')).toEqual({ value: 6000000, numFmt: '#,##0', text: '6.000.000' });
    expect(at(g, 'D1')?.numFmt).toBe('h:mm');
    expect(cellDate(at(g, 'E1'))?.toISOString().slice(0, 10)).toBe('2024-10-15');
    expect(at(g, 'F1')).toEqual({ value: 1 }); // a style index that does not exist is General
  });
});

describe('merges', () => {
  it('lists merges 0-based and nulls non-master cells that hold something', () => {
    const g = one(sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>gộp</t></is></c><c r="B1" t="inlineStr"><is><t>ẩn</t></is></c></row><row r="2"><c r="A2"><v>1</v></c></row>', { sheets: [{ name: 'S', data: '<row r="1"><c r="A1" t="inlineStr"><is><t>gộp</t></is></c><c r="B1" t="inlineStr"><is><t>ẩn</t></is></c></row><row r="2"><c r="A2"><v>1</v></c></row>', after: '<mergeCells count="1"><mergeCell ref="A1:C2"/></mergeCells>' }] }));
    expect(g.merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 1 }]);
    expect(at(g, 'A1')?.value).toBe('gộp');
    expect(at(g, 'B1')).toEqual({ value: null });
    expect(at(g, 'A2')).toEqual({ value: null });
  });

  it('a merge over the whole sheet (J1:XFD1048576) is clipped to the used range, never expanded', () => {
    const data = '<row r="1"><c r="A1"><v>1</v></c><c r="K1"><v>2</v></c></row><row r="3"><c r="L3"><v>3</v></c></row>';
    const g = one({ sheets: [{ name: 'S', data, after: '<mergeCells><mergeCell ref="J1:XFD1048576"/><mergeCell ref="A5000:B6000"/><mergeCell ref="A:A"/></mergeCells>' }] });
    expect(g.merges).toEqual([{ top: 0, left: 9, bottom: 2, right: 11 }]);
    expect(at(g, 'K1')).toEqual({ value: null });
    expect(at(g, 'L3')).toEqual({ value: null });
  });
});

describe('the package: sheets found by relationships, whatever their names', () => {
  const data = '<row r="1"><c r="A1" t="inlineStr"><is><t>ở đây</t></is></c></row>';
  it.each([
    ['xl/worksheets/sheet.xml', { part: 'xl/worksheets/sheet.xml' }],
    ['xl/Sheet1.xml', { part: 'xl/Sheet1.xml' }],
    ['an absolute target', { part: 'xl/worksheets/sheet1.xml', target: '/xl/worksheets/sheet1.xml' }],
    ['a target with ./ and ../', { part: 'xl/worksheets/sheet1.xml', target: './worksheets/../worksheets/sheet1.xml' }],
    ['a %-escaped target', { part: 'xl/worksheets/trang 1.xml', target: 'worksheets/trang%201.xml' }],
    ['a target in another case', { part: 'xl/worksheets/sheet1.xml', target: 'Worksheets/Sheet1.XML' }],
  ])('%s', (_what, where) => {
    const r = read({ sheets: [{ name: 'Phụ lục', data, ...where }] });
    expect(r.grids.map((g) => g.name)).toEqual(['Phụ lục']);
    expect(r.grids[0]?.rows[0]?.[0]?.value).toBe('ở đây');
  });

  it('reads Strict OOXML (purl.oclc.org namespaces), its ISO dates and r:id', () => {
    const r = read({ strict: true, strings: ['Văn phòng Sở'], workbookPr: 'date1904="false"', sheets: [{ name: 'Phụ lục', data: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="d"><v>2024-10-15T00:00:00</v></c></row>' }] });
    expect(r.package.workbook.strict).toBe(true);
    const g = r.grids[0]!;
    expect(at(g, 'A1')?.value).toBe('Văn phòng Sở');
    expect(cellDate(at(g, 'B1'))?.toISOString().slice(0, 10)).toBe('2024-10-15');
  });

  it('keeps worksheets in tab order and skips chart, dialog and macro sheets', () => {
    const chart = '<?xml version="1.0"?><chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>';
    const r = read({
      sheets: [
        { name: 'Biểu đồ', kind: 'chartsheet', xml: chart, part: 'xl/chartsheets/sheet1.xml' },
        { name: 'Một', data },
        { name: 'Hộp thoại', kind: 'dialogsheet', xml: chart, part: 'xl/dialogsheets/sheet1.xml' },
        { name: 'Macro', kind: 'xlMacrosheet', xml: chart, part: 'xl/macrosheets/sheet1.xml' },
        { name: 'Hai', data, state: 'hidden' },
      ],
    });
    expect(r.grids.map((g) => g.name)).toEqual(['Một', 'Hai']);
    expect(r.sheets.map((s) => [s.name, s.kind, s.state])).toEqual([
      ['Biểu đồ', 'chartsheet', 'visible'],
      ['Một', 'worksheet', 'visible'],
      ['Hộp thoại', 'dialogsheet', 'visible'],
      ['Macro', 'macrosheet', 'visible'],
      ['Hai', 'worksheet', 'hidden'],
    ]);
  });
});

describe('damaged or empty packages are refused, never an empty pass', () => {
  it.each<[string, BookSpec, XlsxError['kind'], RegExp]>([
    ['a sheet listed in workbook.xml whose part is absent', { sheets: [{ name: 'Phụ lục', data: '', omit: true }] }, 'corrupt', /trang "Phụ lục".*không có dữ liệu/],
    ['cells using a sharedStrings.xml that is absent', { sheets: [{ name: 'S', data: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }], strings: ['x'], omitStrings: true }, 'corrupt', /sharedStrings\.xml/],
    ['shared-string cells and no shared-string part at all', { sheets: [{ name: 'S', data: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }] }, 'corrupt', /sharedStrings\.xml/],
    ['a workbook that lists no sheet', { sheets: [] }, 'corrupt', /không liệt kê trang tính nào/],
    ['only a chart sheet', { sheets: [{ name: 'Biểu đồ', kind: 'chartsheet', xml: '<chartsheet/>' }] }, 'unsupported', /chỉ có trang biểu đồ/],
    ['a sheet part that is not XML', { sheets: [{ name: 'S', xml: '<worksheet><sheetData><row>' }] }, 'corrupt', /không phải XML/],
    ['a row numbered past Excel\'s last row', { sheets: [{ name: 'S', data: '<row r="1"><c r="A1"><v>1</v></c></row><row r="1048577"><c r="A1048577"><v>1</v></c></row>' }] }, 'corrupt', /1048577, ngoài giới hạn/],
    ['a row numbered 0', { sheets: [{ name: 'S', data: '<row r="0"><c><v>1</v></c></row>' }] }, 'corrupt', /dòng số 0/],
  ])('%s', (_what, spec, kind, reason) => {
    const e = errorOf(() => read(spec));
    expect(e.kind).toBe(kind);
    expect(e.reason).toMatch(reason);
    expect(e.reason).not.toMatch(/\n/);
  });

  it('a sheet name with control characters is shown escaped in the reason', () => {
    // ESC cannot appear in XML 1.0, but the 8-bit CSI (U+009B) can, and some terminals obey it.
    const e = errorOf(() => read({ sheets: [{ name: 'a\u009b31mb', data: '', omit: true }] }));
    expect(e.reason).toContain('a\\x9b31mb');
    expect(e.reason).not.toContain('\u009b');
  });

  it('the last row of the grid (1,048,576) is still a row', () => {
    const rows = one({ sheets: [{ name: 'S', data: '<row r="1048576"><c r="A1048576"><v>7</v></c></row>' }] }).rows;
    expect(rows).toHaveLength(1048576);
  });

  it('unused sharedStrings missing is not an error (nothing needs it)', () => {
    expect(one({ sheets: [{ name: 'S', data: '<row r="1"><c r="A1"><v>1</v></c></row>' }], strings: ['x'], omitStrings: true }).rows).toHaveLength(1);
  });

  it('escapes in the sheet name come through as written', () => {
    expect(read({ sheets: [{ name: 'Phụ lục & "2"', data: '' }] }).grids[0]?.name).toBe('Phụ lục & "2"');
    expect(esc('<')).toBe('&lt;');
  });
});

describe('rows and cells written twice or out of order: a damaged file, as Excel says ([MS-OI29500] 2.1.846)', () => {
  // What Excel writes: rows in ascending order, cells of a row in column order, each once.
  const bad: Array<[string, string, RegExp]> = [
    ['row 10 written twice', '<row r="9"><c r="A9"><v>1</v></c></row><row r="10"><c r="A10"><v>3</v></c></row><row r="10"><c r="A10"><v>7</v></c></row>', /trang "Phụ lục" ghi dòng 10 hai lần/],
    ['a second, empty copy of a row', '<row r="10"><c r="A10"><v>3</v></c></row><row r="10"/>', /ghi dòng 10 hai lần/],
    ['the same row spelt 10 and 010', '<row r="10"><c r="A10"><v>3</v></c></row><row r="010"><c r="B10"><v>7</v></c></row>', /ghi dòng 10 hai lần/],
    ['rows out of order (13 before 12)', '<row r="11"><c r="A11"><v>1</v></c></row><row r="13"><c r="A13"><v>3</v></c></row><row r="12"><c r="A12"><v>2</v></c></row>', /ghi dòng 12 sau dòng 13/],
    ['a row numbered below the first', '<row r="5"><c r="A5"><v>1</v></c></row><row r="1"><c r="A1"><v>2</v></c></row>', /ghi dòng 1 sau dòng 5/],
    ['cell E13 written twice', '<row r="13"><c r="D13"><v>1</v></c><c r="E13" t="inlineStr"><is><t>Quý I/2024</t></is></c><c r="E13"><v>2</v></c></row>', /trang "Phụ lục" ghi ô E13 hai lần/],
    ['the same cell spelt E13 and e13', '<row r="13"><c r="E13"><v>1</v></c><c r="e13"><v>2</v></c></row>', /ghi ô E13 hai lần/],
    ['cells out of column order', '<row r="13"><c r="E13"><v>1</v></c><c r="B13"><v>2</v></c><c r="C13"><v>3</v></c></row>', /ghi ô B13 sau ô E13/],
    ['a cell without r landing on a cell written with r', '<row r="1"><c r="B1"><v>1</v></c><c r="A1"><v>2</v></c><c><v>3</v></c></row>', /ghi ô A1 sau ô B1/],
    ['a row without r repeating the cells of the row before', '<row r="1"><c r="A1"><v>1</v></c></row><row><c r="A1"><v>2</v></c></row>', /ghi ô A1 hai lần/],
    ['a cell whose reference goes back to an earlier row', '<row r="5"><c r="A5"><v>1</v></c><c r="B4"><v>2</v></c></row>', /ghi ô B4 sau ô A5/],
    ['prefixed elements (x:row) written twice', '', /ghi dòng 2 hai lần/],
  ];
  const prefixed = (rows: string) =>
    `<x:worksheet xmlns:x="${NS.main}"><x:sheetData>${rows}</x:sheetData></x:worksheet>`;
  const specFor = (what: string, data: string): BookSpec =>
    what.startsWith('prefixed')
      ? { sheets: [{ name: 'Phụ lục', xml: prefixed('<x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row><x:row r="2"><x:c r="A2"><x:v>1</x:v></x:c></x:row><x:row r="2"/>') }] }
      : sheet(data);

  it.each(bad)('%s: refused, one line naming the sheet and the row or cell', (what, data, reason) => {
    const e = errorOf(() => one(specFor(what, data)));
    expect(e.kind).toBe('corrupt');
    expect(e.reason).toMatch(reason);
    expect(e.reason).toMatch(/^tệp \.xlsx bị hỏng \(trang "Phụ lục" .*\); hãy mở bằng Excel và lưu lại\.$/);
    expect(e.reason).not.toMatch(/\n/);
  });

  // What real producers write and Excel reads: positions follow when r is absent.
  const good: Array<[string, string, Array<[string, number]>]> = [
    ['rows without r', '<row><c r="A1"><v>1</v></c></row><row><c r="A2"><v>2</v></c></row>', [['A1', 1], ['A2', 2]]],
    ['cells without r', '<row r="3"><c><v>1</v></c><c><v>2</v></c><c><v>3</v></c></row>', [['A3', 1], ['B3', 2], ['C3', 3]]],
    ['neither rows nor cells with r', '<row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row>', [['A1', 1], ['B1', 2], ['A2', 3]]],
    ['a row without r between rows with r (it is the next row)', '<row r="12"><c r="A12"><v>1</v></c></row><row><c><v>2</v></c></row><row r="14"><c r="A14"><v>3</v></c></row>', [['A12', 1], ['A13', 2], ['A14', 3]]],
    ['cells without r after one with r', '<row r="2"><c r="C2"><v>1</v></c><c><v>2</v></c></row>', [['C2', 1], ['D2', 2]]],
    ['gaps between rows and between cells', '<row r="1"><c r="A1"><v>1</v></c><c r="Z1"><v>2</v></c></row><row r="100"><c r="B100"><v>3</v></c></row>', [['Z1', 2], ['B100', 3]]],
    ['empty rows in order (styled, self-closing)', '<row r="1" s="1" customFormat="1"/><row r="2"><c r="A2"><v>5</v></c></row><row r="3"/>', [['A2', 5]]],
    ['row numbers with leading zeros, in order', '<row r="01"><c r="A1"><v>1</v></c></row><row r="002"><c r="A2"><v>2</v></c></row>', [['A1', 1], ['A2', 2]]],
    ['the cells of a row spread over its row element only', '<row r="7"><c r="A7"><v>1</v></c><c r="AA7"><v>2</v></c><c r="XFD7"><v>3</v></c></row>', [['AA7', 2], ['XFD7', 3]]],
    ['prefixed elements in order', '', [['A1', 1], ['A2', 2]]],
    ['the last row of the grid after another', '<row r="1048575"><c r="A1048575"><v>1</v></c></row><row r="1048576"><c r="A1048576"><v>2</v></c></row>', [['A1048576', 2]]],
    ['a lower-case reference after an upper-case one', '<row r="4"><c r="A4"><v>1</v></c><c r="b4"><v>2</v></c></row>', [['B4', 2]]],
  ];
  it.each(good)('%s: read, every value where it belongs', (what, data, cells) => {
    const spec = what.startsWith('prefixed') ? { sheets: [{ name: 'Phụ lục', xml: prefixed('<x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row><x:row r="2"><x:c r="A2"><x:v>2</x:v></x:c></x:row>') }] } : sheet(data);
    const g = one(spec);
    for (const [ref, value] of cells) expect(at(g, ref)?.value).toBe(value);
  });
});
