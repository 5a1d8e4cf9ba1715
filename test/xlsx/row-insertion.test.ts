/**
 * Row insertion and formula writes by the surgical writer: every reference that follows rows moves
 * down as Excel's Insert moves it (Microsoft, "Insert or delete rows and columns"), ranges over the
 * insertion point grow, formulas are written without a cached value and the workbook is marked
 * for recalculation; what cannot be moved is refused with a reason.
 */
import { execFileSync, spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import fc from 'fast-check';
import { openPackage } from '../../src/xlsx/package';
import { readWorkbook } from '../../src/xlsx/read';
import { RowDeletion, deleteRowsInArea, formatArea, parseArea } from '../../src/xlsx/row-deletion';
import { fixPackage } from '../../src/xlsx/write';
import type { FixToWrite, WriterEdit } from '../../src/xlsx/write';
import { decodeXml } from '../../src/xlsx/xml';
import { inflateEntry } from '../../src/xlsx/zip';
import { buildXlsx, NS } from './build';

const part = (bytes: Uint8Array, name: string) => {
  const e = openPackage(bytes).zip.get(name);
  return e ? decodeXml(inflateEntry(e)) : undefined;
};
const fixes = (...edits: WriterEdit[][]): FixToWrite[] => edits.map((e, i) => ({ id: i + 1, edits: e }));
const ins = (row: number, count = 1, extra: Partial<Extract<WriterEdit, { kind: 'insert-row' }>> = {}): WriterEdit => ({ kind: 'insert-row', row, count, ...extra });
const cellXml = (xml: string, ref: string) => new RegExp(`<c r="${ref}"[^>]*?(?:/>|>.*?</c>)`).exec(xml)?.[0];
const num = (r: number, v: number, s?: number) => `<c r="A${r}"${s === undefined ? '' : ` s="${s}"`}><v>${v}</v></c>`;

const SHEET1 = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><dimension ref="A1:C6"/><sheetData>
<row r="1">${num(1, 1)}</row>
<row r="2" s="1" customFormat="1" ht="20" customHeight="1">${num(2, 2, 1)}<c r="B2" s="1"/></row>
<row r="3">${num(3, 3)}<c r="B3"><f>A2+A4</f><v>6</v></c></row>
<row r="4">${num(4, 4)}</row>
<row r="5">${num(5, 5)}</row>
<row r="6"><c r="A6"><f>SUM(A1:A5)</f><v>15</v></c></row>
</sheetData><mergeCells count="1"><mergeCell ref="C2:C4"/></mergeCells><conditionalFormatting sqref="A1:A6"><cfRule type="expression" dxfId="0" priority="1"><formula>A1&gt;3</formula></cfRule></conditionalFormatting><dataValidations count="1"><dataValidation type="list" sqref="A2:A5"><formula1>$A$1:$A$2</formula1></dataValidation></dataValidations><hyperlinks><hyperlink ref="A5" location="'Phụ lục'!A4"/></hyperlinks><rowBreaks count="1" manualBreakCount="1"><brk id="4" max="16383" man="1"/></rowBreaks><extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}"><x14:dataValidations count="1"><x14:dataValidation type="list"><x14:formula1><xm:f>'Tổng'!$A$1:$A$2</xm:f></x14:formula1><xm:sqref>A3:A4</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst></worksheet>`;

const SHEET2 = `<row r="1"><c r="A1"><f>'Phụ lục'!A6</f><v>15</v></c></row><row r="2"><c r="A2"><f>SUM('Phụ lục'!A2:A4)</f><v>9</v></c></row>`;

function book(calcPr?: null): Uint8Array {
  const bytes = buildXlsx({
    ...(calcPr === null && { calcPr }),
    sheets: [
      { name: 'Phụ lục', xml: SHEET1 },
      { name: 'Tổng', data: SHEET2 },
    ],
    strings: ['x'],
    cellXfs: '<xf numFmtId="0"/><xf numFmtId="3" applyNumberFormat="1"/>',
  });
  // Defined names (print area, print titles, a user's name) in workbook.xml.
  return withWorkbookNames(bytes, [
    `<definedName name="_xlnm.Print_Area" localSheetId="0">'Phụ lục'!$A$1:$C$6</definedName>`,
    `<definedName name="_xlnm.Print_Titles" localSheetId="0">'Phụ lục'!$1:$1</definedName>`,
    `<definedName name="Mot">'Phụ lục'!$A$3</definedName>`,
  ]);
}

function withWorkbookNames(bytes: Uint8Array, names: string[]): Uint8Array {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { unzipSync, zipSync, strToU8, strFromU8 } = require('fflate') as typeof import('fflate');
  const files = unzipSync(bytes);
  const wb = strFromU8(files['xl/workbook.xml'] as Uint8Array).replace('</sheets>', `</sheets><definedNames>${names.join('')}</definedNames>`);
  files['xl/workbook.xml'] = strToU8(wb);
  return zipSync(files);
}

interface Case {
  name: string;
  edits: WriterEdit[];
  /** Substrings each part must hold after the write. */
  sheet1: string[];
  sheet2: string[];
  workbook: string[];
  /** Column A of «Phụ lục» as read back (null: empty), and formulas by address. */
  values: Array<number | null>;
  formulas: Record<string, string>;
}

const CASES: Case[] = [
  {
    name: 'at the top (before row 1)',
    edits: [ins(1)],
    sheet1: ['<mergeCell ref="C3:C5"/>', '<conditionalFormatting sqref="A2:A7">', '<formula>A2&gt;3</formula>', 'sqref="A3:A6"', '<xm:sqref>A4:A5</xm:sqref>', '<hyperlink ref="A6" location="\'Phụ lục\'!A5"/>', '<brk id="5"', '<dimension ref="A2:C7"/>'],
    sheet2: ["<f>'Phụ lục'!A7</f>", "<f>SUM('Phụ lục'!A3:A5)</f>"],
    workbook: ["'Phụ lục'!$A$2:$C$7", "'Phụ lục'!$2:$2", "'Phụ lục'!$A$4"],
    values: [null, 1, 2, 3, 4, 5, 15],
    formulas: { B4: 'A3+A5', A7: 'SUM(A2:A6)' },
  },
  {
    name: 'in the middle, inside the merge and the ranges (before row 3)',
    edits: [ins(3)],
    sheet1: ['<mergeCell ref="C2:C5"/>', '<conditionalFormatting sqref="A1:A7">', '<formula>A1&gt;3</formula>', 'sqref="A2:A6"', '<xm:sqref>A4:A5</xm:sqref>', '<brk id="5"'],
    sheet2: ["<f>'Phụ lục'!A7</f>", "<f>SUM('Phụ lục'!A2:A5)</f>"],
    workbook: ["'Phụ lục'!$A$1:$C$7", "'Phụ lục'!$1:$1", "'Phụ lục'!$A$4"],
    // The SUM over the insertion point grows: its cached 15 is dropped (Excel recalculates it).
    values: [1, 2, null, 3, 4, 5, null],
    formulas: { B4: 'A2+A5', A7: 'SUM(A1:A6)' },
  },
  {
    name: 'three rows before the total (row 6): the SUM above does not grow, as in Excel',
    edits: [ins(6, 3)],
    sheet1: ['<mergeCell ref="C2:C4"/>', '<conditionalFormatting sqref="A1:A9">', 'sqref="A2:A5"', '<brk id="4"'],
    sheet2: ["<f>'Phụ lục'!A9</f>", "<f>SUM('Phụ lục'!A2:A4)</f>"],
    workbook: ["'Phụ lục'!$A$1:$C$9", "'Phụ lục'!$1:$1", "'Phụ lục'!$A$3"],
    values: [1, 2, 3, 4, 5, null, null, null, 15],
    formulas: { B3: 'A2+A4', A9: 'SUM(A1:A5)' },
  },
  {
    name: 'at the end (after the last row): nothing moves',
    edits: [ins(7, 1, { values: [[7]] })],
    sheet1: ['<mergeCell ref="C2:C4"/>', '<conditionalFormatting sqref="A1:A6">', '<row r="7"><c r="A7"><v>7</v></c></row></sheetData>'],
    sheet2: ["<f>'Phụ lục'!A6</f>"],
    workbook: ["'Phụ lục'!$A$1:$C$6"],
    values: [1, 2, 3, 4, 5, 15, 7],
    formulas: { B3: 'A2+A4', A6: 'SUM(A1:A5)' },
  },
  {
    name: 'an insert and a deletion together (before row 2, row 4 deleted)',
    edits: [ins(2), { kind: 'delete-row', row: 4 }],
    sheet1: ['<mergeCell ref="C3:C4"/>', '<conditionalFormatting sqref="A1:A6">'],
    sheet2: ["<f>'Phụ lục'!A6</f>", "<f>SUM('Phụ lục'!A3:A4)</f>"],
    workbook: ["'Phụ lục'!$A$1:$C$6", "'Phụ lục'!$A$4"],
    values: [1, null, 2, 3, 5, null],
    formulas: { B4: 'A3+#REF!', A6: 'SUM(A1:A5)' },
  },
];

describe('insert-row: references move as Excel moves them', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_n, c) => {
    const out = fixPackage(book(), [{ sheet: 'Phụ lục', fixes: fixes(c.edits) }]);
    expect(out.refused).toEqual([]);
    expect(out.applied).toEqual([1]);
    const s1 = part(out.bytes, 'xl/worksheets/sheet1.xml') as string;
    const s2 = part(out.bytes, 'xl/worksheets/sheet2.xml') as string;
    const wb = part(out.bytes, 'xl/workbook.xml') as string;
    for (const t of c.sheet1) expect(s1).toContain(t);
    for (const t of c.sheet2) expect(s2).toContain(t);
    for (const t of c.workbook) expect(wb).toContain(t);
    // Read back: values where Excel would show them, formulas as Excel would rewrite them.
    const read = readWorkbook(out.bytes, { evaluate: false });
    const g = read.grids[0]!;
    const colA = Array.from({ length: c.values.length }, (_, r) => {
      const cell = g.rows[r]?.[0];
      return cell?.formula !== undefined ? (cell.value as number | null) : ((cell?.value as number | null | undefined) ?? null);
    });
    expect(colA).toEqual(c.values);
    for (const [addr, f] of Object.entries(c.formulas)) {
      const m = /^([A-Z])(\d+)$/.exec(addr)!;
      expect(g.rows[Number(m[2]) - 1]?.[m[1]!.charCodeAt(0) - 65]?.formula).toBe(f);
    }
    // Untouched parts keep their bytes.
    expect(out.changedParts.sort()).toEqual(expect.arrayContaining(['xl/worksheets/sheet1.xml']));
    expect(out.changedParts).not.toContain('xl/styles.xml');
  });

  it('copies the row and cell formats of the template row into the new rows, with values and formulas', () => {
    const out = fixPackage(book(null), [{ sheet: 'Phụ lục', fixes: fixes([ins(3, 2, { like: 2, values: [[9, 'Mới'], [null, { formula: 'SUM(A1:A2)' }]] })]) }]);
    expect(out.refused).toEqual([]);
    const s1 = part(out.bytes, 'xl/worksheets/sheet1.xml') as string;
    expect(s1).toContain('<row r="3" s="1" customFormat="1" ht="20" customHeight="1"><c r="A3" s="1"><v>9</v></c><c r="B3" s="1" t="s"><v>1</v></c></row>');
    expect(s1).toContain('<row r="4" s="1" customFormat="1" ht="20" customHeight="1"><c r="A4" s="1"/><c r="B4" s="1"><f>SUM(A1:A2)</f></c></row>');
    expect(part(out.bytes, 'xl/sharedStrings.xml')).toContain('<si><t>Mới</t></si>');
    // A formula without a cached value: Excel recalculates on open.
    expect(part(out.bytes, 'xl/workbook.xml')).toContain('<calcPr fullCalcOnLoad="1"/>');
    const g = readWorkbook(out.bytes).grids[0]!;
    expect(g.rows[2]?.[1]?.value).toBe('Mới');
    expect(g.rows[3]?.[1]?.formula).toBe('SUM(A1:A2)');
  });

  it('refuses an insert inside a table (ListObject), naming it, and applies the other fixes', () => {
    const bytes = buildXlsx({
      sheets: [{ name: 'S', data: `<row r="1">${num(1, 1)}</row><row r="2">${num(2, 2)}</row><row r="3">${num(3, 3)}</row>`, after: '<tableParts count="1"><tablePart r:id="rIdT"/></tableParts>' }],
      extra: {
        'xl/worksheets/_rels/sheet1.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${NS.pkgRel}"><Relationship Id="rIdT" Type="${NS.rel}/table" Target="../tables/table1.xml"/></Relationships>`,
        'xl/tables/table1.xml': `<?xml version="1.0" encoding="UTF-8"?><table xmlns="${NS.main}" id="1" name="B1" displayName="B1" ref="A1:A3"><tableColumns count="1"><tableColumn id="1" name="A"/></tableColumns></table>`,
      },
    });
    const out = fixPackage(bytes, [{ sheet: 'S', fixes: fixes([ins(2)], [{ kind: 'set', row: 1, col: 1, value: 5 }]) }]);
    expect(out.applied).toEqual([2]);
    expect(out.refused).toEqual([{ id: 1, reason: expect.stringMatching(/chèn dòng vào giữa bảng B1/), kind: 'row-shift' }]);
  });

  it('refuses an insert that moves the rows a chart reads', () => {
    const bytes = buildXlsx({
      sheets: [{ name: 'S', data: `<row r="1">${num(1, 1)}</row><row r="2">${num(2, 2)}</row>` }],
      extra: {
        'xl/charts/chart1.xml': `<?xml version="1.0" encoding="UTF-8"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:f>S!$A$1:$A$2</c:f></c:chartSpace>`,
      },
    });
    const withType = withContentType(bytes, '/xl/charts/chart1.xml', 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml');
    const out = fixPackage(withType, [{ sheet: 'S', fixes: fixes([ins(2)]) }]);
    expect(out.applied).toEqual([]);
    expect(out.refused[0]?.reason).toMatch(/biểu đồ/);
    // Below the chart's rows: nothing it reads moves.
    expect(fixPackage(withType, [{ sheet: 'S', fixes: fixes([ins(3)]) }]).applied).toEqual([1]);
  });

  it('writes a formula into an existing cell, keeping its style, and refuses one over a shared formula', () => {
    const bytes = buildXlsx({
      sheets: [
        {
          name: 'S',
          data: `<row r="1">${num(1, 1)}<c r="B1" s="1"><v>0</v></c><c r="C1"><f t="shared" ref="C1:C2" si="0">A1</f><v>1</v></c></row><row r="2">${num(2, 2)}<c r="C2"><f t="shared" si="0"/><v>2</v></c></row>`,
        },
      ],
      cellXfs: '<xf numFmtId="0"/><xf numFmtId="3" applyNumberFormat="1"/>',
      calcPr: 'calcId="191029"',
    });
    const out = fixPackage(bytes, [{ sheet: 'S', fixes: fixes([{ kind: 'formula', row: 1, col: 1, formula: 'SUM(A1:A2)' }], [{ kind: 'formula', row: 2, col: 2, formula: 'A1*2' }]) }]);
    expect(out.applied).toEqual([1]);
    expect(out.refused[0]?.reason).toMatch(/công thức dùng chung/);
    const s = part(out.bytes, 'xl/worksheets/sheet1.xml') as string;
    expect(cellXml(s, 'B1')).toBe('<c r="B1" s="1"><f>SUM(A1:A2)</f></c>');
    expect(part(out.bytes, 'xl/workbook.xml')).toContain('<calcPr calcId="191029" fullCalcOnLoad="1"/>');
    expect(readWorkbook(out.bytes).grids[0]!.rows[0]?.[1]).toMatchObject({ formula: 'SUM(A1:A2)', value: 3 });
  });
});

function withContentType(bytes: Uint8Array, partName: string, type: string): Uint8Array {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { unzipSync, zipSync, strToU8, strFromU8 } = require('fflate') as typeof import('fflate');
  const files = unzipSync(bytes);
  files['[Content_Types].xml'] = strToU8(strFromU8(files['[Content_Types].xml'] as Uint8Array).replace('</Types>', `<Override PartName="${partName}" ContentType="${type}"/></Types>`));
  return zipSync(files);
}

describe('RowDeletion with insertions: the one mover', () => {
  const cases: Array<[string, Array<{ before: number; count: number }>, number[], string, string | null]> = [
    ['insert above a cell moves it', [{ before: 2, count: 1 }], [], 'B5', 'B6'],
    ['insert at the cell moves it', [{ before: 5, count: 2 }], [], 'B5', 'B7'],
    ['insert below leaves it', [{ before: 6, count: 1 }], [], 'B5', 'B5'],
    ['insert inside a range grows it', [{ before: 4, count: 1 }], [], 'B3:B5', 'B3:B6'],
    ['insert at the range top moves it whole', [{ before: 3, count: 1 }], [], 'B3:B5', 'B4:B6'],
    ['insert just below the range leaves it', [{ before: 6, count: 1 }], [], 'B3:B5', 'B3:B5'],
    ['whole rows move too', [{ before: 1, count: 1 }], [], '$5:$6', '$6:$7'],
    ['whole columns never change', [{ before: 1, count: 3 }], [], 'A:C', 'A:C'],
    ['insert and delete cancel', [{ before: 2, count: 1 }], [3], 'B5', 'B5'],
    ['a cell pushed past the last row is lost', [{ before: 1, count: 1 }], [], 'A1048576', null],
  ];
  it.each(cases)('%s', (_n, inserts, deleted, from, to) => {
    const d = new RowDeletion(deleted, inserts);
    const moved = deleteRowsInArea(parseArea(from)!, d);
    expect(moved === null ? null : formatArea(moved)).toBe(to);
  });
});

describe('property: random inserts, deletions and writes read back as the model says', () => {
  it('every row keeps its value and its own-row formula; new rows hold what was inserted', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.array(fc.record({ before: fc.integer({ min: 1, max: 9 }), count: fc.integer({ min: 1, max: 3 }), v: fc.integer({ min: 100, max: 999 }) }), { maxLength: 3 }),
        fc.array(fc.integer({ min: 1, max: 8 }), { maxLength: 4 }),
        fc.array(fc.record({ row: fc.integer({ min: 1, max: 8 }), v: fc.integer({ min: 1000, max: 9999 }) }), { maxLength: 3 }),
        (n, inserts, dels, sets) => {
          const deleted = new Set(dels.filter((r) => r <= n));
          const data = Array.from({ length: n }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${(i + 1) * 10}</v></c><c r="B${i + 1}"><f>A${i + 1}*2</f><v>${(i + 1) * 20}</v></c></row>`).join('');
          const bytes = buildXlsx({ sheets: [{ name: 'S', data }] });
          const valid = inserts.filter((x) => x.before <= n + 1);
          const setsOk = sets.filter((s) => s.row <= n && !deleted.has(s.row));
          const setMap = new Map(setsOk.map((s) => [s.row, s.v]));
          const edits: WriterEdit[] = [
            ...valid.map((x): WriterEdit => ({ kind: 'insert-row', row: x.before, count: x.count, values: Array.from({ length: x.count }, () => [x.v]) })),
            ...[...deleted].map((r): WriterEdit => ({ kind: 'delete-row', row: r })),
            ...[...setMap].map(([row, v]): WriterEdit => ({ kind: 'set', row, col: 0, value: v })),
          ];
          const out = fixPackage(bytes, [{ sheet: 'S', fixes: [{ id: 1, edits }] }]);
          expect(out.refused).toEqual([]);
          // The model: walk the old rows, inserted rows before their point (in edit order).
          const expected: Array<{ a: number; own: boolean }> = [];
          for (let r = 1; r <= n + 1; r++) {
            for (const x of valid) if (x.before === r) for (let k = 0; k < x.count; k++) expected.push({ a: x.v, own: false });
            if (r <= n && !deleted.has(r)) expected.push({ a: setMap.get(r) ?? r * 10, own: true });
          }
          const g = readWorkbook(out.bytes, { evaluate: false }).grids[0]!;
          expected.forEach((e, i) => {
            expect(g.rows[i]?.[0]?.value).toBe(e.a);
            if (e.own) expect(g.rows[i]?.[1]?.formula).toBe(`A${i + 1}*2`);
            else expect(g.rows[i]?.[1]).toBeUndefined();
          });
          expect(g.rows.slice(expected.length).every((r) => !r || r.every((c) => c === undefined || c.value === null))).toBe(true);
        },
      ),
      { numRuns: 80 },
    );
  }, 60_000);
});

describe('LibreOffice opens a file with inserted rows and written formulas', () => {
  const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
  it('and computes what the new rows and formulas say', () => {
    expect(soffice.status).toBe(0);
    const out = fixPackage(book(), [
      { sheet: 'Phụ lục', fixes: fixes([ins(3, 1, { like: 2, values: [[100]] }), { kind: 'formula', row: 4, col: 1, formula: 'A4+1' }]) },
    ]);
    expect(out.refused).toEqual([]);
    const dir = mkdtempSync(path.join(tmpdir(), 'phuluc-ins-'));
    mkdirSync(path.join(dir, 'csv'));
    writeFileSync(path.join(dir, 'out.xlsx'), out.bytes);
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1', '--outdir', path.join(dir, 'csv'), path.join(dir, 'out.xlsx')],
      { timeout: 240_000, stdio: 'ignore' },
    );
    const rows = readFileSync(path.join(dir, 'csv', 'out.csv'), 'utf8').trim().split(/\r?\n/).map((l) => l.split(','));
    expect(rows.map((r) => r[0])).toEqual(['1', '2', '100', '3', '4', '5', '115']);
    // B4 (was B3, =A2+A4) now reads A2+A5 = 2+4; the formula written on old row 4 (now row 5)
    // is in the numbering after the insert: A4+1 = 3+1.
    expect(rows[3]?.[1]).toBe('6');
    expect(rows[4]?.[1]).toBe('4');
  }, 300_000);
});

describe('delete-row-references.xlsx with a row inserted instead (before row 9)', () => {
  const input = new Uint8Array(readFileSync(path.join(__dirname, '..', 'fixtures', 'cases', 'delete-row-references.xlsx')));
  const out = fixPackage(input, [{ sheet: 'Phụ lục', fixes: fixes([ins(9, 1, { like: 8 })]) }]);

  it('applies it, and moves the note with its cell (comments part and VML box)', () => {
    expect(out.refused).toEqual([]);
    expect(part(out.bytes, 'xl/comments1.xml')).toContain('<comment ref="E14"');
    expect(part(out.bytes, 'xl/drawings/vmlDrawing1.vml')).toContain('<x:Row>13</x:Row>');
  });

  it('moves formulas on the sheet and on the other sheet, growing the ranges over row 9', () => {
    const s1 = part(out.bytes, 'xl/worksheets/sheet1.xml') as string;
    const s2 = part(out.bytes, 'xl/worksheets/sheet2.xml') as string;
    expect(cellXml(s1, 'G13')).toContain('<f>E13</f>');
    expect(cellXml(s2, 'B2')).toContain("<f>'Phụ lục'!E14</f>");
    expect(cellXml(s2, 'B1')).toContain("COUNTA('Phụ lục'!B7:B14)");
  });
});

describe('drawing anchors follow inserted rows', () => {
  const XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
  const anchor = (editAs: string, from: number, to: number) =>
    `<xdr:wsDr xmlns:xdr="${XDR}"><xdr:twoCellAnchor editAs="${editAs}"><xdr:from><xdr:col>1</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${from}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${to}</xdr:row><xdr:rowOff>5</xdr:rowOff></xdr:to><xdr:pic/><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;
  const rows = (xml: string | undefined) => [...(xml ?? '').matchAll(/<xdr:row>(\d+)<\/xdr:row>/g)].map((m) => Number(m[1]));
  const cases: Array<[string, string, number, number, number, number[] | 'refused' | 'unchanged']> = [
    ['a picture below the insert moves down', 'twoCell', 5, 7, 2, [6, 8]],
    ['a picture over the insert grows (move and size with cells)', 'twoCell', 1, 6, 4, [1, 7]],
    ['a picture above the insert stays', 'twoCell', 1, 2, 6, 'unchanged'],
    ['a fixed-size picture over the insert is refused', 'oneCell', 1, 6, 4, 'refused'],
    ['an absolute picture never moves', 'absolute', 5, 7, 2, 'unchanged'],
  ];
  it.each(cases)('%s', async (_n, editAs, from, to, before, want) => {
    const { editDrawingAnchors } = await import('../../src/xlsx/drawing-anchors');
    const r = editDrawingAnchors(anchor(editAs, from, to), new RowDeletion([], [{ before, count: 1 }]));
    if (want === 'refused') expect(r.refusals.length).toBe(1);
    else if (want === 'unchanged') expect(r).toEqual({ refusals: [] });
    else {
      expect(r.refusals).toEqual([]);
      expect(rows(r.xml)).toEqual(want);
    }
  });
});
