/**
 * What the writer says its row deletions changed beyond the fixes' own cells (FixOutcome's
 * `deletedRows`, `shifted`, `shiftedNames`): every formula whose text it rewrote, with its cell
 * before and after, and how many merges, validations, conditional formats and hyperlinks moved
 * or went. Expectations are worked out by hand from the XML each case plants into
 * delete-row-references.xlsx (row 9 repeats the header; G12 `=E12`; "Thống kê" B1
 * `COUNTA('Phụ lục'!B7:B13)-COUNTA('Phụ lục'!B9)`, B2 `'Phụ lục'!E13`; merges A1:F1, A2:F2,
 * A3:F3, B6:F6, B11:F11; a conditional format on E7:E13; validations on E10:E13 and E7:E13),
 * and each is checked against the package written, so the report cannot say what was not done.
 */
import { readFileSync } from 'fs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { openPackage } from '../../src/xlsx/package';
import type { RewrittenFormula, ShiftCounts } from '../../src/xlsx/sheet-edit';
import { fixPackage } from '../../src/xlsx/write';
import type { FixOutcome, FixToWrite, WriterEdit } from '../../src/xlsx/write';
import { decodeXml } from '../../src/xlsx/xml';
import { inflateEntry } from '../../src/xlsx/zip';
import { fixture } from '../cli/helpers';

const BASE = new Uint8Array(readFileSync(fixture('cases/delete-row-references.xlsx')));
const SHEET1 = 'xl/worksheets/sheet1.xml';
const part = (bytes: Uint8Array, name: string) => {
  const e = openPackage(bytes).zip.get(name);
  return e ? decodeXml(inflateEntry(e)) : '';
};
const del = (row: number): WriterEdit => ({ kind: 'delete-row', row });
const set = (row: number, col: number, value: string): WriterEdit => ({ kind: 'set', row, col, value });
const fixes = (...edits: WriterEdit[][]): FixToWrite[] => edits.map((e, i) => ({ id: i + 1, edits: e }));

/** The base package with parts edited (text replacements on the original XML). */
function variant(edits: Record<string, Array<[string | RegExp, string]>>): Uint8Array {
  const files = unzipSync(BASE);
  for (const [name, reps] of Object.entries(edits)) {
    let xml = part(BASE, name);
    for (const [from, to] of reps) {
      const next = xml.replace(from, to);
      if (next === xml) throw new Error(`variant: ${String(from)} not found in ${name}`);
      xml = next;
    }
    files[name] = strToU8(xml);
  }
  return zipSync(files);
}

const none = (): ShiftCounts => ({ mergeCells: { moved: 0, removed: 0 }, dataValidations: { moved: 0, removed: 0 }, conditionalFormats: { moved: 0, removed: 0 }, hyperlinks: { moved: 0, removed: 0 } });
const counts = (c: Partial<Record<keyof ShiftCounts, [number, number]>>): ShiftCounts => {
  const out = none();
  for (const [k, [moved, removed]] of Object.entries(c) as Array<[keyof ShiftCounts, [number, number]]>) out[k] = { moved, removed };
  return out;
};
/** A formula rewritten: column letter, old row, new row, text before and after. */
const f = (col: string, row: number, newRow: number, from: string, to: string, ref = false): RewrittenFormula => ({ row, newRow, col: col.charCodeAt(0) - 65, from, to, ref });

// The base's own rewrites when row 9 goes.
const G12 = f('G', 12, 11, 'E12', 'E11');
const STATS = [
  f('B', 1, 1, "COUNTA('Phụ lục'!B7:B13)-COUNTA('Phụ lục'!B9)", "COUNTA('Phụ lục'!B7:B12)-COUNTA('Phụ lục'!#REF!)", true),
  f('B', 2, 2, "'Phụ lục'!E13", "'Phụ lục'!E12"),
];

/** Rows 14-16: a shared group cut by nothing but moving up; rows 20-22: one kept shared; row 23: a formula that moves unchanged. */
const SHARED_ROWS =
  '<row r="14"><c r="H14"><f t="shared" ref="H14:H16" si="3">SUM($A$7:A8)</f><v>0</v></c></row>' +
  '<row r="15"><c r="H15"><f t="shared" si="3"/><v>0</v></c></row>' +
  '<row r="16"><c r="H16"><f t="shared" si="3"/><v>0</v></c></row>' +
  '<row r="20"><c r="H20"><f t="shared" ref="H20:H22" si="0">A20*2</f><v>0</v></c></row>' +
  '<row r="21"><c r="H21"><f t="shared" si="0"/><v>0</v></c></row>' +
  '<row r="22"><c r="H22"><f t="shared" si="0"/><v>0</v></c></row>' +
  '<row r="23"><c r="G23"><f>SUM($A$1:$A$5)</f><v>0</v></c></row>';

const NAMES =
  "<definedNames><definedName name=\"Tong\">'Phụ lục'!$B$7:$B$13</definedName>" +
  "<definedName name=\"_xlnm.Print_Area\" localSheetId=\"0\">'Phụ lục'!$A$1:$G$13</definedName>" +
  "<definedName name=\"Khac\">'Thống kê'!$A$1</definedName></definedNames>";

interface Case {
  name: string;
  input: () => Uint8Array;
  fixes: FixToWrite[];
  applied: number[];
  deletedRows: FixOutcome['deletedRows'];
  shifted: FixOutcome['shifted'];
  names?: FixOutcome['shiftedNames'];
  /** Texts the written sheet 1 must hold (the report is what was written). */
  holds?: string[];
}

const CASES: Case[] = [
  {
    name: 'the case file: its formula, the two on the other sheet (one now #REF!), a merge, both validations, the format',
    input: () => BASE,
    fixes: fixes([del(9)]),
    applied: [1],
    deletedRows: [{ sheet: 'Phụ lục', rows: [9] }],
    shifted: [
      { sheet: 'Phụ lục', formulas: [G12], counts: counts({ mergeCells: [1, 0], dataValidations: [2, 0], conditionalFormats: [1, 0] }) },
      { sheet: 'Thống kê', formulas: STATS, counts: none() },
    ],
    names: [],
    holds: ['<mergeCell ref="B10:F10"/>', '<conditionalFormatting sqref="E7:E12">', 'sqref="E9:E12"'],
  },
  {
    name: 'a cell write only: nothing deleted, nothing shifted',
    input: () => BASE,
    fixes: fixes([set(13, 4, 'Tháng 06/2024')]),
    applied: [1],
    deletedRows: [],
    shifted: [],
    names: [],
  },
  {
    name: 'shared formulas: a split follower and a kept group listed cell by cell with their own text; a formula that only moves is not',
    input: () => variant({ [SHEET1]: [['</sheetData>', `${SHARED_ROWS}</sheetData>`]] }),
    fixes: fixes([del(9)]),
    applied: [1],
    deletedRows: [{ sheet: 'Phụ lục', rows: [9] }],
    shifted: [
      {
        sheet: 'Phụ lục',
        formulas: [
          G12,
          // H14 (master, $A$7:A8) reads only rows above 9: unchanged. H15 read $A$7:A9 (shrinks), H16 $A$7:A10.
          f('H', 15, 14, 'SUM($A$7:A9)', 'SUM($A$7:A8)'),
          f('H', 16, 15, 'SUM($A$7:A10)', 'SUM($A$7:A9)'),
          f('H', 20, 19, 'A20*2', 'A19*2'),
          f('H', 21, 20, 'A21*2', 'A20*2'),
          f('H', 22, 21, 'A22*2', 'A21*2'),
        ],
        counts: counts({ mergeCells: [1, 0], dataValidations: [2, 0], conditionalFormats: [1, 0] }),
      },
      { sheet: 'Thống kê', formulas: STATS, counts: none() },
    ],
    holds: ['<c r="H14"><f>SUM($A$7:A8)</f>', '<c r="H19"><f t="shared" ref="H19:H21" si="0">A19*2</f>', '<c r="G22"><f>SUM($A$1:$A$5)</f>'],
  },
  {
    name: 'what lies on the deleted row goes (a merge, a validation); a hyperlink below moves; names follow, one sheet-local',
    input: () =>
      variant({
        [SHEET1]: [
          ['<mergeCells count="5">', '<mergeCells count="6"><mergeCell ref="B9:F9"/>'],
          ['<dataValidations count="2">', '<dataValidations count="3"><dataValidation type="whole" sqref="E9"><formula1>1</formula1></dataValidation>'],
          ['<pageMargins', "<hyperlinks><hyperlink ref=\"B12\" location=\"'Thống kê'!A1\"/></hyperlinks><pageMargins"],
        ],
        'xl/workbook.xml': [['</sheets>', `</sheets>${NAMES}`]],
      }),
    fixes: fixes([del(9)]),
    applied: [1],
    deletedRows: [{ sheet: 'Phụ lục', rows: [9] }],
    shifted: [
      { sheet: 'Phụ lục', formulas: [G12], counts: counts({ mergeCells: [1, 1], dataValidations: [2, 1], conditionalFormats: [1, 0], hyperlinks: [1, 0] }) },
      { sheet: 'Thống kê', formulas: STATS, counts: none() },
    ],
    names: [
      { name: 'Tong', from: "'Phụ lục'!$B$7:$B$13", to: "'Phụ lục'!$B$7:$B$12" },
      { name: '_xlnm.Print_Area', sheet: 'Phụ lục', from: "'Phụ lục'!$A$1:$G$13", to: "'Phụ lục'!$A$1:$G$12" },
    ],
    holds: ['<mergeCells count="5">', '<dataValidations count="2">', '<hyperlink ref="B11"'],
  },
  {
    name: 'a deletion refused (a hyperlink on the row) beside a write that goes through: nothing reported as shifted',
    input: () => variant({ [SHEET1]: [['<pageMargins', '<hyperlinks><hyperlink ref="B9" location="A1"/></hyperlinks><pageMargins']] }),
    fixes: fixes([del(9)], [set(13, 4, 'Tháng 06/2024')]),
    applied: [2],
    deletedRows: [],
    shifted: [],
    names: [],
    holds: ['<c r="G12" t="str"><f>E12</f>', '<mergeCell ref="B11:F11"/>'],
  },
  {
    name: 'two rows of the sheet go (9 and 12): G12 goes with its row, the other sheet counts both',
    input: () => BASE,
    fixes: fixes([del(9), del(12)]),
    applied: [1],
    deletedRows: [{ sheet: 'Phụ lục', rows: [9, 12] }],
    shifted: [
      // B11:F11 → B10:F10; validations E10:E13 → E9:E11 and E7:E13 → E7:E11; the format E7:E11.
      { sheet: 'Phụ lục', formulas: [], counts: counts({ mergeCells: [1, 0], dataValidations: [2, 0], conditionalFormats: [1, 0] }) },
      {
        sheet: 'Thống kê',
        formulas: [
          f('B', 1, 1, "COUNTA('Phụ lục'!B7:B13)-COUNTA('Phụ lục'!B9)", "COUNTA('Phụ lục'!B7:B11)-COUNTA('Phụ lục'!#REF!)", true),
          f('B', 2, 2, "'Phụ lục'!E13", "'Phụ lục'!E11"),
        ],
        counts: none(),
      },
    ],
    holds: ['<conditionalFormatting sqref="E7:E11">'],
  },
];

describe('the writer reports what its row deletions changed', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const out = fixPackage(c.input(), [{ sheet: 'Phụ lục', fixes: c.fixes }]);
    expect(out.applied).toEqual(c.applied);
    expect(out.deletedRows).toEqual(c.deletedRows);
    expect(out.shifted).toEqual(c.shifted);
    if (c.names) expect(out.shiftedNames).toEqual(c.names);
    const sheet = part(out.bytes, SHEET1);
    for (const text of c.holds ?? []) expect(sheet).toContain(text);
    // Every rewritten formula is in the written part, at its new address, with its new text.
    for (const s of out.shifted) {
      const xml = part(out.bytes, s.sheet === 'Phụ lục' ? SHEET1 : 'xl/worksheets/sheet2.xml');
      for (const x of s.formulas) {
        const cell = new RegExp(`<c r="${String.fromCharCode(65 + x.col)}${x.newRow}"[^>]*>(.*?)</c>`).exec(xml)?.[1] ?? '';
        const esc = x.to.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
        // A follower of a kept group holds no text of its own; its master does.
        if (!cell.includes('<f t="shared" si=')) expect(cell).toContain(`>${esc}</f>`);
      }
    }
    for (const n of out.shiftedNames) expect(part(out.bytes, 'xl/workbook.xml')).toContain(`>${n.to}</definedName>`);
  });
});
