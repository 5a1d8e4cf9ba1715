/**
 * The writer on the parts issue 7 names one by one: print area and titles, manual page breaks,
 * LibreOffice's fit to page, Excel's x14 validations, no duplicated validations, hyperlinks on a
 * joined fragment, STT formulas, dialog and macro sheets, .xlsm. Each case is the named case
 * (delete-row-references.xlsx: a repeated header at row 9) with one part written the way Excel
 * or LibreOffice writes it.
 */
import { readFileSync } from 'fs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { openPackage } from '../../src/xlsx/package';
import { fixWorkbook } from '../../src/xlsx/fix-workbook';
import { readWorkbook } from '../../src/xlsx/read';
import { fixPackage, outputNameProblem } from '../../src/xlsx/write';
import type { FixToWrite, WriterEdit } from '../../src/xlsx/write';
import { decodeXml } from '../../src/xlsx/xml';
import { inflateEntry } from '../../src/xlsx/zip';
import { fixture } from '../cli/helpers';

const bytesOf = (name: string) => new Uint8Array(readFileSync(fixture(name)));
const part = (bytes: Uint8Array, name: string) => {
  const e = openPackage(bytes).zip.get(name);
  return e ? decodeXml(inflateEntry(e)) : undefined;
};
const rawPart = (bytes: Uint8Array, name: string) => unzipSync(bytes)[name];
const del = (row: number): WriterEdit => ({ kind: 'delete-row', row });
const set = (row: number, col: number, value: string | number | null): WriterEdit => ({ kind: 'set', row, col, value });
const fixes = (...edits: WriterEdit[][]): FixToWrite[] => edits.map((e, i) => ({ id: i + 1, edits: e }));

function withParts(bytes: Uint8Array, parts: Record<string, string>): Uint8Array {
  const files = unzipSync(bytes);
  for (const [k, v] of Object.entries(parts)) files[k] = strToU8(v);
  return zipSync(files);
}

const BASE = bytesOf('cases/delete-row-references.xlsx');
const SHEET = part(BASE, 'xl/worksheets/sheet1.xml') as string;
const WORKBOOK = part(BASE, 'xl/workbook.xml') as string;
const withSheet = (edit: (xml: string) => string) => withParts(BASE, { 'xl/worksheets/sheet1.xml': edit(SHEET) });
const deleteHeader = (bytes: Uint8Array) => fixPackage(bytes, [{ sheet: 'Phụ lục', fixes: fixes([del(9)]) }]);
const sheetAfter = (bytes: Uint8Array) => {
  const out = deleteHeader(bytes);
  expect(out.refused).toEqual([]);
  expect(out.applied).toEqual([1]);
  return part(out.bytes, 'xl/worksheets/sheet1.xml') as string;
};

describe('print area and print titles', () => {
  const names =
    '<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">\'Phụ lục\'!$A$1:$G$13</definedName>' +
    '<definedName name="_xlnm.Print_Titles" localSheetId="0">\'Phụ lục\'!$5:$6</definedName>' +
    '<definedName name="Hạn">\'Phụ lục\'!$E$7:$E$13</definedName></definedNames>';
  const bytes = withParts(BASE, { 'xl/workbook.xml': WORKBOOK.replace('<calcPr', `${names}<calcPr`) });

  it('the print area shrinks by the deleted row and keeps its $ anchors; titles above stay', () => {
    const wb = part(deleteHeader(bytes).bytes, 'xl/workbook.xml') as string;
    expect(wb).toContain('<definedName name="_xlnm.Print_Area" localSheetId="0">\'Phụ lục\'!$A$1:$G$12</definedName>');
    expect(wb).toContain('<definedName name="_xlnm.Print_Titles" localSheetId="0">\'Phụ lục\'!$5:$6</definedName>');
    expect(wb).toContain('<definedName name="Hạn">\'Phụ lục\'!$E$7:$E$12</definedName>');
  });

  it('with nothing to fix, workbook.xml keeps its bytes', () => {
    const out = fixPackage(bytes, []);
    expect(Buffer.from(rawPart(out.bytes, 'xl/workbook.xml')!).equals(Buffer.from(rawPart(bytes, 'xl/workbook.xml')!))).toBe(true);
  });
});

describe('manual page breaks', () => {
  const breaks = '<rowBreaks count="2" manualBreakCount="2"><brk id="8" max="16383" man="1"/><brk id="12" max="16383" man="1"/></rowBreaks>';
  const bytes = withSheet((x) => x.replace('<legacyDrawing', `${breaks}<legacyDrawing`));

  it('a break above the deleted row stays, one below moves up with its row', () => {
    const xml = sheetAfter(bytes);
    expect(xml).toContain('<rowBreaks count="2" manualBreakCount="2"><brk id="8" max="16383" man="1"/><brk id="11" max="16383" man="1"/></rowBreaks>');
  });
});

describe('LibreOffice fit to page', () => {
  const bytes = withSheet((x) =>
    x
      .replace('<dimension', '<sheetPr filterMode="false"><pageSetUpPr fitToPage="true"/></sheetPr><dimension')
      .replace(/<pageSetup [^>]*\/>/, '<pageSetup paperSize="9" scale="100" fitToWidth="1" fitToHeight="0" orientation="landscape"/>'),
  );

  it('survives a row deletion in the edited sheet, word for word', () => {
    const xml = sheetAfter(bytes);
    expect(xml).toContain('<sheetPr filterMode="false"><pageSetUpPr fitToPage="true"/></sheetPr>');
    expect(xml).toContain('<pageSetup paperSize="9" scale="100" fitToWidth="1" fitToHeight="0" orientation="landscape"/>');
  });
});

describe("Excel's x14 data validations (lists from a range)", () => {
  const ext =
    '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
    '<x14:dataValidations count="2" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">' +
    '<x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>\'Thống kê\'!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>E12:E13</xm:sqref></x14:dataValidation>' +
    '<x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>\'Phụ lục\'!$B$10:$B$13</xm:f></x14:formula1><xm:sqref>D7:D8</xm:sqref></x14:dataValidation>' +
    '</x14:dataValidations></ext></extLst>';
  const bytes = withSheet((x) => x.replace('</worksheet>', `${ext}</worksheet>`));

  it('move their ranges and their list sources with the rows, and stay x14', () => {
    const xml = sheetAfter(bytes);
    expect(xml).toContain('<xm:f>\'Thống kê\'!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>E11:E12</xm:sqref>');
    expect(xml).toContain('<xm:f>\'Phụ lục\'!$B$9:$B$12</xm:f></x14:formula1><xm:sqref>D7:D8</xm:sqref>');
    expect(xml.match(/<x14:dataValidation /g)).toHaveLength(2);
  });

  it('with nothing to fix, the sheet keeps its bytes', () => {
    const out = fixPackage(bytes, []);
    expect(Buffer.from(out.bytes).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('data validations are never duplicated', () => {
  it('the two rules stay two, with the count Excel reads', () => {
    const xml = sheetAfter(BASE);
    expect(xml.match(/<dataValidation /g)).toHaveLength(2);
    expect(xml).toContain('<dataValidations count="2">');
    expect(xml).toContain('sqref="E9:E12"');
    expect(xml).toContain('sqref="E7:E12"');
  });

  it('a rule left with no cell is removed and the count follows', () => {
    // A third rule only on the deleted row 9.
    const bytes = withSheet((x) =>
      x.replace('<dataValidations count="2">', '<dataValidations count="3"><dataValidation type="whole" sqref="C9"><formula1>1</formula1></dataValidation>'),
    );
    const xml = sheetAfter(bytes);
    expect(xml).toContain('<dataValidations count="2">');
    expect(xml.match(/<dataValidation /g)).toHaveLength(2);
    expect(xml).not.toContain('sqref="C9"');
  });
});

describe('a joined page-break fragment keeps its hyperlink', () => {
  it('the hyperlink on the fragment cell moves to the cell its text is joined into', () => {
    const bytes = withSheet((x) => x.replace('<pageMargins', '<hyperlinks><hyperlink ref="E13" location="\'Thống kê\'!A1" display="xem"/></hyperlinks><pageMargins'));
    const out = fixPackage(bytes, [{ sheet: 'Phụ lục', fixes: fixes([set(12, 4, 'Quý II/2024 Tháng 6/2024'), del(13)]) }]);
    expect(out.refused).toEqual([]);
    const xml = part(out.bytes, 'xl/worksheets/sheet1.xml') as string;
    expect(xml).toContain('<hyperlink ref="E12" location="\'Thống kê\'!A1" display="xem"/>');
    expect(xml).not.toContain('ref="E13"');
    // and its note too (comments part)
    expect(part(out.bytes, 'xl/comments1.xml')).toContain('<comment ref="E12"');
  });
});

describe('STT formulas', () => {
  it('renumbering never writes a number over an STT formula (=A12+1): that write is refused with a reason', () => {
    const bytes = withSheet((x) => x.replace('<c r="A13"><v>2</v></c>', '<c r="A13"><f>A12+1</f><v>2</v></c>'));
    const out = fixPackage(bytes, [{ sheet: 'Phụ lục', fixes: fixes([set(13, 0, 3)], [set(7, 1, 'x')]) }]);
    expect(out.applied).toEqual([2]);
    expect(out.refused).toEqual([{ id: 1, reason: expect.stringMatching(/A13.*công thức/), kind: 'cell' }]);
    expect(part(out.bytes, 'xl/worksheets/sheet1.xml')).toContain('<c r="A13"><f>A12+1</f>');
  });

  it('after a deletion, an STT formula below is still a formula, re-pointed at its moved row', () => {
    const bytes = withSheet((x) => x.replace('<c r="A13"><v>2</v></c>', '<c r="A13"><f>A12+1</f><v>2</v></c>'));
    const xml = sheetAfter(bytes);
    expect(xml).toMatch(/<c r="A12"><f>A11\+1<\/f>/);
  });
});

describe('dialog and macro sheets, macros', () => {
  const bytes = bytesOf('writer/macro-sheets.xlsm');
  const pkg = openPackage(bytes);
  const sheet = (part(bytes, 'xl/workbook.xml') as string).match(/<sheet [^>]*name="([^"]+)"/)![1]!;

  it('a fix keeps the dialog sheet, the macro sheet and the VBA project byte for byte', () => {
    const out = fixPackage(bytes, [{ sheet: decodeURIComponent(sheet), fixes: fixes([set(1, 0, 'sửa')]) }]);
    expect(out.applied).toEqual([1]);
    for (const name of ['xl/macrosheets/sheet1.xml', 'xl/dialogsheets/sheet1.xml', 'xl/vbaProject.bin', '[Content_Types].xml']) {
      expect(Buffer.from(rawPart(out.bytes, name)!).equals(Buffer.from(rawPart(bytes, name)!))).toBe(true);
    }
  });

  it.each<[string, RegExp | undefined]>([
    ['out.xlsm', undefined],
    ['out.XLSM', undefined],
    ['out.xlsx', /có macro.*\.xlsm/],
    ['out', /\.xlsm/],
  ])('an output named %s', (name, problem) => {
    const why = outputNameProblem(pkg, name);
    if (problem) expect(why).toMatch(problem);
    else expect(why).toBeUndefined();
  });

  it('a workbook without macros is never written as .xlsm', () => {
    expect(outputNameProblem(openPackage(BASE), 'x.xlsm')).toMatch(/không có macro/);
    expect(outputNameProblem(openPackage(BASE), 'x.xlsx')).toBeUndefined();
  });
});

describe.each(['producers/openpyxl-delete-row.xlsx', 'producers/libreoffice-delete-row.xlsx'])('%s: a repeated header at row 10, deleted as Excel does', (name) => {
  // Made by test/fixtures/producers/make.py (openpyxl, then the same file saved by LibreOffice).
  const input = bytesOf(name);
  const out = fixPackage(input, [{ sheet: 'Phụ lục', fixes: fixes([del(10)]) }]);
  // Producers escape differently (&#7909;, &apos;, bare quotes): compare the text as Excel reads it.
  const text = (name: string) =>
    (part(out.bytes, name) as string)
      .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
      .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  const sheet1 = text('xl/worksheets/sheet1.xml');
  const sheet2 = text('xl/worksheets/sheet2.xml');
  const formulas = (xml: string) => [...xml.matchAll(/<f(?: [^>]*)?>([^<]*)<\/f>/g)].map((m) => m[1] as string);
  const notes = Object.keys(unzipSync(out.bytes)).find((n) => /comments?\d*\.xml$/.test(n) && n.includes('comment')) as string;

  it('is applied', () => {
    expect(out.refused).toEqual([]);
    expect(out.applied).toEqual([1]);
  });
  it('formulas on the sheet and on another follow their rows', () => {
    expect(formulas(sheet1)).toContain('E11');
    expect(formulas(sheet2)).toEqual(["'Phụ lục'!E12", "COUNTA('Phụ lục'!B6:B12)"]);
  });
  it('validations, the conditional format, the merge, the note and the page break move; fit to page stays', () => {
    expect(sheet1).toMatch(/sqref="E6:E12"/);
    expect(sheet1).toMatch(/<dataValidation [^>]*sqref="E11"[^>]*>\s*<formula1>"Quý I/);
    expect(sheet1).toMatch(/<dataValidation [^>]*sqref="E12"[^>]*>\s*<formula1>"Tháng 06/);
    expect(sheet1.match(/<dataValidation /g)).toHaveLength(2);
    expect(sheet1).toContain('<mergeCell ref="B10:F10"/>');
    expect(sheet1).toMatch(/<brk id="10" /);
    expect(sheet1).toMatch(/<pageSetUpPr fitToPage="(1|true)"\/>/);
    expect(sheet1).toMatch(/fitToHeight="0"/);
    expect(text(notes)).toContain('<comment ref="C11"');
  });
  it('the print area shrinks with its $ anchors; the print titles stay', () => {
    const wb = text('xl/workbook.xml');
    expect(wb).toMatch(/name="_xlnm.Print_Area"[^>]*>'Phụ lục'!\$A\$1:\$G\$12</);
    expect(wb).toMatch(/name="_xlnm.Print_Titles"[^>]*>'Phụ lục'!5:5</);
  });
});

describe('a sheet autofilter follows the deleted row, however it is written', () => {
  // Excel, openpyxl, XlsxWriter and LibreOffice write `<autoFilter ref="…"/>` self-closing when
  // no column is filtered; with a filtered column it has children. Both must move like
  // _xlnm._FilterDatabase does (Excel: a range over a deleted row shrinks).
  const cases: Array<[string, string, string]> = [
    ['self-closing, over the deleted row', '<autoFilter ref="A5:F13"/>', '<autoFilter ref="A5:F12"/>'],
    ['self-closing, prefixed', '<x:autoFilter xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ref="A5:F13"/>', '<x:autoFilter xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ref="A5:F12"/>'],
    ['self-closing, below the deleted row', '<autoFilter ref="A10:F13"/>', '<autoFilter ref="A9:F12"/>'],
    ['self-closing, above the deleted row', '<autoFilter ref="A5:F8"/>', '<autoFilter ref="A5:F8"/>'],
    ['with a filtered column', '<autoFilter ref="A5:F13"><filterColumn colId="4"><filters><filter val="Quý I/2024"/></filters></filterColumn></autoFilter>', '<autoFilter ref="A5:F12"><filterColumn colId="4"><filters><filter val="Quý I/2024"/></filters></filterColumn></autoFilter>'],
  ];
  it.each(cases)('%s', (_name, before, after) => {
    const xml = sheetAfter(withSheet((x) => x.replace('<mergeCells', `${before}<mergeCells`)));
    expect(xml).toContain(after);
    if (after !== before) expect(xml).not.toContain(before);
  });
});

describe('a joined fragment whose target cell already has a hyperlink', () => {
  // A cell holds one hyperlink (Excel repairs a sheet with two on one cell, keeping one): when
  // the fragment's cell and the cell its text joins both have one, the join is refused, as it
  // is for notes; otherwise the fragment's link moves.
  const link = (ref: string, to: string) => `<hyperlink ref="${ref}" location="'Thống kê'!${to}" display="xem"/>`;
  const cases: Array<[string, string[], boolean, string[]]> = [
    ['fragment cell only', [link('E13', 'A1')], true, [link('E12', 'A1')]],
    ['another cell of the target row', [link('F12', 'A2'), link('E13', 'A1')], true, [link('F12', 'A2'), link('E12', 'A1')]],
    ['the target cell, listed before', [link('E12', 'A2'), link('E13', 'A1')], false, [link('E12', 'A2'), link('E13', 'A1')]],
    ['the target cell, listed after', [link('E13', 'A1'), link('E12', 'A2')], false, [link('E13', 'A1'), link('E12', 'A2')]],
    ['a range over the target cell', [link('D12:E12', 'A2'), link('E13', 'A1')], false, [link('D12:E12', 'A2'), link('E13', 'A1')]],
  ];
  it.each(cases)('%s', (_name, links, joined, after) => {
    const bytes = withSheet((x) => x.replace('<pageMargins', `<hyperlinks>${links.join('')}</hyperlinks><pageMargins`));
    const out = fixPackage(bytes, [{ sheet: 'Phụ lục', fixes: fixes([set(12, 4, 'Quý II/2024 Tháng 6/2024'), del(13)]) }]);
    const xml = part(out.bytes, 'xl/worksheets/sheet1.xml') as string;
    expect(out.applied).toEqual(joined ? [1] : []);
    expect(out.refused.map((r) => r.id)).toEqual(joined ? [] : [1]);
    if (!joined) expect(out.refused[0]?.reason).toContain('E13');
    expect(xml).toContain(`<hyperlinks>${after.join('')}</hyperlinks>`);
  });
});

// Open findings of a hostile review (reproductions: test/fixtures/hostile/make-r7.py).
describe('packages and fragments the writer must refuse', () => {
  // ECMA-376 Part 2 §10.1.2: a package has a content types stream; Excel and LibreOffice refuse
  // one without it, and findDeletionBlockers finds charts and pivots only by content type, so
  // rows can be deleted under a chart's data. `check` reads such a file on purpose
  // (package.test.ts); `fix` should refuse to write it, with the reason.
  it.each([
    ['a set', fixes([set(12, 4, 'Quý II/2024')])],
    ['a row deletion', fixes([del(9)])],
    ['both, in two fixes', fixes([set(12, 4, 'Quý II/2024')], [del(9)])],
  ])('fix refuses %s in a package without [Content_Types].xml, saying why', (_name, fx) => {
    const files = unzipSync(BASE);
    delete files['[Content_Types].xml'];
    const out = fixPackage(zipSync(files), [{ sheet: 'Phụ lục', fixes: fx }]);
    expect(out.applied).toEqual([]);
    expect(out.refused.map((r) => [r.id, r.kind])).toEqual(fx.map((f) => [f.id, 'package']));
    expect(out.refused[0]?.reason).toContain('[Content_Types].xml');
    expect(out.changedParts).toEqual([]);
  });
  it('the same package with its [Content_Types].xml is written', () => {
    const out = fixPackage(BASE, [{ sheet: 'Phụ lục', fixes: fixes([set(12, 4, 'Quý II/2024')]) }]);
    expect(out.applied).toEqual([1]);
  });
  // A row to delete with a value hidden under a merge (not its top-left cell): the check reads a
  // merge as its top-left cell, so it never saw the value, and deleting the row would lose it.
  // Refused, naming the cell and the merge, not as if the file had changed since the check.
  const hiddenCases: Array<[string, string, string, string | undefined]> = [
    ['text hidden in I9 under H9:I9', '<c r="I9" t="inlineStr"><is><t>ghi chú ẩn</t></is></c>', '<mergeCell ref="H9:I9"/>', 'I9 bị ẩn dưới vùng gộp H9:I9'],
    ['a number hidden in J9 under H8:J9', '<c r="J9"><v>42</v></c>', '<mergeCell ref="H8:J9"/>', 'J9 bị ẩn dưới vùng gộp H8:J9'],
    // The merge's own cell is F9 (the header's "Sản phẩm"): a remark of its own right of the table
    // would keep the row for review (src/core/check/rows.ts), so the own cell is a header cell.
    ['the header text in a merge\'s own cell F9: seen, deleted', '', '<mergeCell ref="F9:G9"/>', undefined],
    ['an empty hidden cell: deleted', '<c r="I9" s="1"/>', '<mergeCell ref="H9:I9"/>', undefined],
  ];
  it.each(hiddenCases)('a repeated header row with %s', (_name, cell, merge, reason) => {
    const bytes = withSheet((x) => x.replace('<c r="F9" t="s"><v>8</v></c></row>', `<c r="F9" t="s"><v>8</v></c>${cell}</row>`).replace('<mergeCells count="5">', `<mergeCells count="6">${merge}`));
    const r = fixWorkbook(readWorkbook(bytes));
    const deletion = r.groups.findIndex((g) => g.fixes[0]?.edits.some((e) => e.kind === 'delete-row' && e.row === 9));
    const refusal = r.refused.find((x) => x.fix.edits.some((e) => e.kind === 'delete-row' && e.row === 9));
    if (reason === undefined) {
      expect(refusal).toBeUndefined();
      expect(r.outcome.applied).toContain(deletion);
    } else {
      expect(r.outcome.applied).not.toContain(deletion);
      const writer = r.outcome.refused.find((x) => x.id === deletion);
      expect(writer?.reason).toContain(reason);
      expect(writer?.reason).not.toContain('không còn giữ nội dung');
    }
  });
});

describe('a selection over the deleted row keeps its active cell inside it', () => {
  // ECMA-376 18.3.1.78: activeCell is the active cell of the selection sqref. A part of the
  // selection on the deleted row goes; the active cell moves to the row that takes its place
  // and stays selected.
  const cases: Array<[string, string, string]> = [
    ['active cell and part of the selection on the row', '<selection activeCell="C9" sqref="C9 A9:F9 B12:B13"/>', '<selection activeCell="C9" sqref="C9 B11:B12"/>'],
    ['the whole selection on the row', '<selection activeCell="C9" sqref="A9:F9"/>', '<selection activeCell="C9" sqref="C9"/>'],
    ['active cell below, inside a moved range', '<selection activeCell="B13" sqref="A9:F9 B12:B13"/>', '<selection activeCell="B12" sqref="B11:B12"/>'],
    ['a range over the row shrinks, active cell inside', '<selection activeCell="B8" sqref="B7:B10"/>', '<selection activeCell="B8" sqref="B7:B9"/>'],
    ['nothing on the row: only moved', '<selection activeCell="E13" sqref="E13"/>', '<selection activeCell="E12" sqref="E12"/>'],
  ];
  it.each(cases)('%s', (_name, before, after) => {
    const view = (sel: string) => `<sheetViews><sheetView workbookViewId="0">${sel}</sheetView></sheetViews>`;
    const xml = sheetAfter(withSheet((x) => x.replace('<sheetFormatPr', `${view(before)}<sheetFormatPr`)));
    expect(xml).toContain(view(after));
  });
});
