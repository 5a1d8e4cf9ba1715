/**
 * The surgical writer on the named cases and on crafted packages: what changes is exactly what
 * the fixes ask for and what follows the deleted rows; everything else keeps its bytes; what
 * cannot be kept is refused with a reason.
 */
import { readFileSync } from 'fs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { openPackage } from '../../src/xlsx/package';
import { fixPackage } from '../../src/xlsx/write';
import type { FixToWrite, WriterEdit } from '../../src/xlsx/write';
import { decodeXml } from '../../src/xlsx/xml';
import { inflateEntry } from '../../src/xlsx/zip';
import { fixture } from '../cli/helpers';

const bytesOf = (name: string) => new Uint8Array(readFileSync(fixture(name)));
const part = (bytes: Uint8Array, name: string) => {
  const e = openPackage(bytes).zip.get(name);
  return e ? decodeXml(inflateEntry(e)) : undefined;
};
const del = (row: number): WriterEdit => ({ kind: 'delete-row', row });
const set = (row: number, col: number, value: string | number | null): WriterEdit => ({ kind: 'set', row, col, value });
const fixes = (...edits: WriterEdit[][]): FixToWrite[] => edits.map((e, i) => ({ id: i + 1, edits: e }));

/** The cell element of a sheet part, by address. */
const cellXml = (xml: string, ref: string) => new RegExp(`<c r="${ref}"[^>]*?(?:/>|>.*?</c>)`).exec(xml)?.[0];

/** Replaces or adds parts of a package (for crafted cases). */
function withParts(bytes: Uint8Array, parts: Record<string, string>): Uint8Array {
  const files = unzipSync(bytes);
  for (const [k, v] of Object.entries(parts)) files[k] = strToU8(v);
  return zipSync(files);
}

describe('delete-row-references.xlsx: the repeated header at row 9 goes', () => {
  const input = bytesOf('cases/delete-row-references.xlsx');
  const out = fixPackage(input, [{ sheet: 'Phụ lục', fixes: fixes([del(9)]) }]);
  const sheet1 = part(out.bytes, 'xl/worksheets/sheet1.xml') as string;
  const sheet2 = part(out.bytes, 'xl/worksheets/sheet2.xml') as string;

  it('applies the fix', () => {
    expect(out.applied).toEqual([1]);
    expect(out.refused).toEqual([]);
  });

  it('moves formulas on the sheet and on other sheets, shrinking ranges', () => {
    expect(cellXml(sheet1, 'G11')).toContain('<f>E11</f>');
    expect(sheet1).not.toContain('r="G12"');
    expect(cellXml(sheet2, 'B2')).toContain("<f>'Phụ lục'!E12</f>");
    expect(cellXml(sheet2, 'B1')).toContain("COUNTA('Phụ lục'!B7:B12)");
  });

  it('turns a reference into the deleted row into #REF!, as Excel does, and says so', () => {
    expect(cellXml(sheet2, 'B1')).toContain("COUNTA('Phụ lục'!#REF!)");
    expect(cellXml(sheet2, 'B1')).toContain('<v>#REF!</v>');
    expect(out.notes).toEqual([expect.stringContaining('ô B1 của trang "Thống kê"')]);
    expect(out.refErrors).toEqual([{ sheet: 'Thống kê', cell: 'B1' }]);
  });

  it('shrinks the conditional format and both validations, moves merges', () => {
    expect(sheet1).toContain('<conditionalFormatting sqref="E7:E12">');
    expect(sheet1).toContain('sqref="E9:E12"');
    expect(sheet1).toContain('sqref="E7:E12"');
    expect(sheet1).toContain('<mergeCell ref="B10:F10"/>');
    expect(sheet1).not.toContain('B11:F11');
    expect(sheet1).toContain('<mergeCell ref="B6:F6"/>');
  });

  it('moves the note with its cell (comments part and VML box)', () => {
    expect(part(out.bytes, 'xl/comments1.xml')).toContain('<comment ref="E12"');
    const vml = part(out.bytes, 'xl/drawings/vmlDrawing1.vml') as string;
    expect(vml).toContain('<x:Row>11</x:Row>');
    expect(vml).toContain('<x:Anchor>5, 6, 10, 14, 7, 2, 14, 16</x:Anchor>');
  });

  it('asks Excel to recalculate, and keeps every other part byte for byte', () => {
    expect(part(out.bytes, 'xl/workbook.xml')).toContain('fullCalcOnLoad="1"');
    expect(out.changedParts.sort()).toEqual(
      ['xl/comments1.xml', 'xl/drawings/vmlDrawing1.vml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml'].sort(),
    );
    const a = openPackage(input).zip;
    const b = openPackage(out.bytes).zip;
    expect(b.entries.map((e) => e.name)).toEqual(a.entries.map((e) => e.name));
    for (const e of a.entries) {
      if (out.changedParts.includes(e.name)) continue;
      expect(Buffer.from(b.get(e.name)!.localRecord).equals(Buffer.from(e.localRecord))).toBe(true);
    }
  });

  it('changes nothing above the deleted row but what points below it', () => {
    const before = part(input, 'xl/worksheets/sheet1.xml') as string;
    const cut = before.indexOf('<row r="9"');
    expect(sheet1.slice(0, cut)).toBe(before.slice(0, cut).replace('A1:G13', 'A1:G12'));
  });
});

describe('delete-row-validation.xlsx', () => {
  it('E11 keeps the quarter list, E12 the month list, E13 none', () => {
    const out = fixPackage(bytesOf('cases/delete-row-validation.xlsx'), [{ sheet: 'Phụ lục', fixes: fixes([del(9)]) }]);
    const xml = part(out.bytes, 'xl/worksheets/sheet1.xml') as string;
    const dvs = [...xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"><formula1>([^<]*)</g)].map((m) => [m[1], m[2]]);
    expect(dvs).toEqual([
      ['E11', expect.stringContaining('Quý I/2024')],
      ['E12', expect.stringContaining('Tháng 06/2024')],
    ]);
    expect(xml).toContain('<dataValidations count="2">');
  });
});

describe('writing cells', () => {
  const input = bytesOf('cases/delete-row-references.xlsx');

  it('writes text as a new shared string, keeping the style and the other cells of the row', () => {
    const out = fixPackage(input, [{ sheet: 'Phụ lục', fixes: fixes([set(13, 5, 'Danh mục TTHC')]) }]);
    const xml = part(out.bytes, 'xl/worksheets/sheet1.xml') as string;
    const before = part(input, 'xl/worksheets/sheet1.xml') as string;
    expect(cellXml(xml, 'F13')).toBe('<c r="F13" t="s"><v>34</v></c>');
    expect(xml.replace(cellXml(xml, 'F13')!, '')).toBe(before.replace(cellXml(before, 'F13')!, ''));
    const sst = part(out.bytes, 'xl/sharedStrings.xml') as string;
    expect(sst).toContain('uniqueCount="35"');
    expect(sst).toMatch(/<si><t>Danh mục TTHC<\/t><\/si><\/sst>$/);
    // No formula reads F13: no cached value goes stale, the workbook part stays as it was.
    expect(out.changedParts.sort()).toEqual(['xl/sharedStrings.xml', 'xl/worksheets/sheet1.xml']);
  });

  it('drops the cached value of a formula on another sheet that reads the written cell', () => {
    const out = fixPackage(input, [{ sheet: 'Phụ lục', fixes: fixes([set(13, 4, 'Tháng 06/2024')]) }]);
    expect(cellXml(part(out.bytes, 'xl/worksheets/sheet2.xml')!, 'B2')).toBe('<c r="B2"><f>&apos;Phụ lục&apos;!E13</f></c>');
    expect(cellXml(part(out.bytes, 'xl/worksheets/sheet2.xml')!, 'B1')).toContain('<v>5</v>');
    expect(out.changedParts.sort()).toEqual(['xl/sharedStrings.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml']);
  });

  it('appends after the real last entry even when the table miscounts itself', () => {
    const sst = (part(input, 'xl/sharedStrings.xml') as string).replace('uniqueCount="34"', 'uniqueCount="99"');
    const out = fixPackage(withParts(input, { 'xl/sharedStrings.xml': sst }), [{ sheet: 'Phụ lục', fixes: fixes([set(13, 5, 'Danh mục TTHC')]) }]);
    expect(cellXml(part(out.bytes, 'xl/worksheets/sheet1.xml')!, 'F13')).toBe('<c r="F13" t="s"><v>34</v></c>');
  });

  it('drops the cached value of a formula that reads a written cell, and asks for recalculation', () => {
    const out = fixPackage(input, [{ sheet: 'Phụ lục', fixes: fixes([set(12, 4, 'Quý III/2024')]) }]);
    const xml = part(out.bytes, 'xl/worksheets/sheet1.xml') as string;
    expect(cellXml(xml, 'G12')).toBe('<c r="G12"><f>E12</f></c>');
    expect(part(out.bytes, 'xl/workbook.xml')).toContain('<calcPr calcId="171027" fullCalcOnLoad="1"/>');
  });

  it.each(['=SUM(A1:A3)', '+84 912', '- Tờ trình', '@mention'])('keeps %s as text, never a formula', (text) => {
    const out = fixPackage(input, [{ sheet: 'Phụ lục', fixes: fixes([set(7, 2, text)]) }]);
    const xml = part(out.bytes, 'xl/worksheets/sheet1.xml') as string;
    expect(cellXml(xml, 'C7')).toMatch(/^<c r="C7" t="s"><v>\d+<\/v><\/c>$/);
    expect(part(out.bytes, 'xl/sharedStrings.xml')).toContain(`<t>${text.replace(/&/g, '&amp;')}</t>`);
  });

  it('writes numbers, clears cells and creates missing cells and rows in order', () => {
    const out = fixPackage(input, [{ sheet: 'Phụ lục', fixes: fixes([set(7, 0, 11), set(8, 1, null), set(4, 2, 'x'), set(20, 0, 5), set(12, 7, 'mới')]) }]);
    const xml = part(out.bytes, 'xl/worksheets/sheet1.xml') as string;
    expect(cellXml(xml, 'A7')).toBe('<c r="A7"><v>11</v></c>');
    expect(cellXml(xml, 'B8')).toBe('<c r="B8"/>');
    expect(xml).toMatch(/<\/row><row r="4"><c r="C4" t="s"><v>\d+<\/v><\/c><\/row><row r="5"/);
    expect(xml).toMatch(/<row r="20"><c r="A20"><v>5<\/v><\/c><\/row><\/sheetData>/);
    expect(xml).toMatch(/<c r="G12" t="str"><f>E12<\/f><v>Quý II\/2024<\/v><\/c><c r="H12" t="s"><v>\d+<\/v><\/c><\/row>/);
    expect(xml).toContain('<row r="12" spans="1:8"');
  });

  it('refuses to write a value over a formula, and applies the other fixes', () => {
    const out = fixPackage(input, [{ sheet: 'Phụ lục', fixes: fixes([set(12, 6, 'Quý II/2024')], [set(13, 4, 'Tháng 06/2024')]) }]);
    expect(out.applied).toEqual([2]);
    expect(out.refused).toEqual([{ id: 1, reason: expect.stringMatching(/^ô G12 chứa công thức \(=E12\)/), kind: 'cell' }]);
    expect(cellXml(part(out.bytes, 'xl/worksheets/sheet1.xml')!, 'G12')).toContain('<f>E12</f>');
  });

  it('refuses a write the stale-write guard rejects', () => {
    const out = fixPackage(input, [{ sheet: 'Phụ lục', fixes: fixes([set(13, 4, 'Tháng 06/2024')]) }], { seen: () => false });
    expect(out.applied).toEqual([]);
    expect(out.refused[0]!.reason).toMatch(/không còn giữ giá trị lúc kiểm tra/);
    expect(Buffer.from(out.bytes).equals(Buffer.from(input))).toBe(true);
  });

  it('with nothing to do, returns the very same bytes', () => {
    const out = fixPackage(input, []);
    expect(out.bytes).toBe(input);
    expect(out.changedParts).toEqual([]);
  });
});

describe('joining a page-break fragment (set the row above, delete the fragment)', () => {
  it('moves the fragment cell note to the cell its text joins', () => {
    // The note is on E13; a fix appends row 13 to row 12 and deletes row 13.
    const out = fixPackage(bytesOf('cases/delete-row-references.xlsx'), [
      { sheet: 'Phụ lục', fixes: fixes([set(12, 4, 'Quý II/2024 Tháng 6/2024'), del(13)]) },
    ]);
    expect(out.refused).toEqual([]);
    expect(part(out.bytes, 'xl/comments1.xml')).toContain('<comment ref="E12"');
    expect(part(out.bytes, 'xl/drawings/vmlDrawing1.vml')).toContain('<x:Row>11</x:Row>');
  });

  it('refuses to delete a row whose note would be lost, and says which cell', () => {
    const out = fixPackage(bytesOf('cases/delete-row-references.xlsx'), [{ sheet: 'Phụ lục', fixes: fixes([del(13)], [set(7, 1, 'x')]) }]);
    expect(out.applied).toEqual([2]);
    expect(out.refused).toEqual([{ id: 1, reason: expect.stringMatching(/ô E13 trên dòng cần xóa có ghi chú/), kind: 'row-shift' }]);
    expect(part(out.bytes, 'xl/comments1.xml')).toContain('<comment ref="E13"');
  });
});

describe('things the writer will not shift: the deletion is refused, the other fixes applied', () => {
  const base = bytesOf('cases/delete-row-references.xlsx');
  const CT = part(base, '[Content_Types].xml') as string;
  const run = (bytes: Uint8Array) => fixPackage(bytes, [{ sheet: 'Phụ lục', fixes: fixes([del(9)], [set(7, 1, 'x')]) }]);

  it('a chart whose series reads the rows', () => {
    const bytes = withParts(base, {
      'xl/charts/chart1.xml':
        '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea><c:barChart><c:ser><c:val><c:numRef><c:f>\'Phụ lục\'!$A$7:$A$13</c:f></c:numRef></c:val></c:ser></c:barChart></c:plotArea></c:chart></c:chartSpace>',
      '[Content_Types].xml': CT.replace('</Types>', '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>'),
    });
    const out = run(bytes);
    expect(out.applied).toEqual([2]);
    expect(out.refused).toEqual([{ id: 1, reason: expect.stringMatching(/^biểu đồ \(xl\/charts\/chart1.xml\) lấy số liệu từ 'Phụ lục'!\$A\$7:\$A\$13/), kind: 'row-shift' }]);
  });

  it('a chart over rows above the deletion does not stop it', () => {
    const bytes = withParts(base, {
      'xl/charts/chart1.xml':
        '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:f>\'Phụ lục\'!$A$7:$A$8</c:f></c:chartSpace>',
      '[Content_Types].xml': CT.replace('</Types>', '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>'),
    });
    expect(run(bytes).applied).toEqual([1, 2]);
  });

  it('a pivot cache over the rows', () => {
    const bytes = withParts(base, {
      'xl/pivotCache/pivotCacheDefinition1.xml':
        '<pivotCacheDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cacheSource type="worksheet"><worksheetSource ref="A5:F13" sheet="Phụ lục"/></cacheSource></pivotCacheDefinition>',
      '[Content_Types].xml': CT.replace('</Types>', '<Override PartName="/xl/pivotCache/pivotCacheDefinition1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml"/></Types>'),
    });
    const out = run(bytes);
    expect(out.applied).toEqual([2]);
    expect(out.refused[0]!.reason).toMatch(/PivotTable/);
  });

  it('an array formula the deletion would cut', () => {
    const sheet = (part(base, 'xl/worksheets/sheet1.xml') as string).replace('<c r="G12" t="str"><f>E12</f>', '<c r="G12" t="str"><f t="array" ref="G8:G12">E8:E12</f>');
    const out = run(withParts(base, { 'xl/worksheets/sheet1.xml': sheet }));
    expect(out.applied).toEqual([2]);
    expect(out.refused[0]!.reason).toMatch(/công thức mảng G8:G12/);
  });

  it('a hyperlink on the deleted row', () => {
    const sheet = (part(base, 'xl/worksheets/sheet1.xml') as string).replace('<pageMargins', '<hyperlinks><hyperlink ref="C9" location="\'Thống kê\'!A1"/></hyperlinks><pageMargins');
    const out = run(withParts(base, { 'xl/worksheets/sheet1.xml': sheet }));
    expect(out.refused[0]!.reason).toMatch(/ô C9 trên dòng cần xóa có siêu liên kết/);
  });
});

describe('shared formulas', () => {
  const base = bytesOf('cases/delete-row-references.xlsx');
  const withShared = (body: string) => {
    const sheet = (part(base, 'xl/worksheets/sheet1.xml') as string).replace(/<c r="G12" t="str"><f>E12<\/f><v>[^<]*<\/v><\/c>/, '');
    return withParts(base, { 'xl/worksheets/sheet1.xml': body === '' ? sheet : sheet.replace('</sheetData>', `${body}</sheetData>`) });
  };

  it('a group below the deleted row that moves as a whole stays shared', () => {
    const bytes = withShared('<row r="20"><c r="H20"><f t="shared" ref="H20:H22" si="0">A20*2</f><v>0</v></c></row><row r="21"><c r="H21"><f t="shared" si="0"/><v>0</v></c></row><row r="22"><c r="H22"><f t="shared" si="0"/><v>0</v></c></row>');
    const xml = part(fixPackage(bytes, [{ sheet: 'Phụ lục', fixes: fixes([del(9)]) }]).bytes, 'xl/worksheets/sheet1.xml') as string;
    expect(xml).toContain('<row r="19"><c r="H19"><f t="shared" ref="H19:H21" si="0">A19*2</f>');
    expect(xml).toContain('<row r="20"><c r="H20"><f t="shared" si="0"/>');
  });

  it('a group cut by the deleted row is split into plain formulas, each reading what it read', () => {
    const bytes = withShared('<row r="14"><c r="H14"><f t="shared" ref="H14:H16" si="3">SUM($A$7:A8)</f><v>0</v></c></row><row r="15"><c r="H15"><f t="shared" si="3"/><v>0</v></c></row><row r="16"><c r="H16"><f t="shared" si="3"/><v>0</v></c></row>');
    const xml = part(fixPackage(bytes, [{ sheet: 'Phụ lục', fixes: fixes([del(9)]) }]).bytes, 'xl/worksheets/sheet1.xml') as string;
    // Old H14 read $A$7:A8, H15 $A$7:A9 (row 9 goes: shrinks), H16 $A$7:A10.
    expect(cellXml(xml, 'H13')).toContain('<f>SUM($A$7:A8)</f>');
    expect(cellXml(xml, 'H14')).toContain('<f>SUM($A$7:A8)</f>');
    expect(cellXml(xml, 'H15')).toContain('<f>SUM($A$7:A9)</f>');
  });
});

describe('sheets whose rows or cells leave out their optional r= are refused whole, never misplaced', () => {
  const source = bytesOf('cases/delete-row-references.xlsx');
  const original = part(source, 'xl/worksheets/sheet1.xml') as string;
  const variants: [string, string][] = [
    ['rows without r=', original.replace(/<row r="\d+"/g, '<row')],
    ['cells without r=', original.replace(/<c r="[A-Z]+\d+"/g, '<c')],
    ['one row without r=', original.replace(/<row r="12"/, '<row')],
  ];
  it.each(variants)('%s: a deletion and a cell write are refused with the reason, the sheet unchanged', (_name, xml) => {
    const input = withParts(source, { 'xl/worksheets/sheet1.xml': xml });
    const out = fixPackage(input, [{ sheet: 'Phụ lục', fixes: fixes([del(9)], [set(12, 4, 'Tháng 06/2024')]) }]);
    expect(out.applied).toEqual([]);
    expect(out.refused.map((r) => r.id).sort()).toEqual([1, 2]);
    expect(JSON.stringify(out.refused)).toContain('thuộc tính r');
    expect(part(out.bytes, 'xl/worksheets/sheet1.xml')).toBe(xml);
  });
  it('the same sheet with every r= is still edited (the guard is not a blanket refusal)', () => {
    const out = fixPackage(source, [{ sheet: 'Phụ lục', fixes: fixes([set(12, 4, 'Tháng 06/2024')]) }]);
    expect(out.applied).toEqual([1]);
  });
});
