/**
 * `phuluc fix --json`: the document's shape and values on workbooks whose faults are known (the
 * fixture's planted faults, formulas typed over two of them, a chart over the appendix, a
 * deletion that leaves #REF!), and on inputs that write nothing. Expected values are read off
 * the fixtures (test/fixtures/expect, test/fixtures/cases/README.md, writer/make-fixtures.py).
 */
import { existsSync, readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { main } from '../../src/cli/main';
import type { FixEntryJson, FixJson, RefusedEntryJson, RewrittenFormulaJson, RewrittenNameJson, ShiftedSheetJson } from '../../src/cli/report/fix-json';
import { captureIo, fixture, tempDir, withNames } from './helpers';

const SO_NOI_VU = fixture('appendices/so-noi-vu-2026-loi.xlsx');

/** The fixture with A23 (3.5 for 3.4) and A28 (a misspelt area) typed as formulas giving the same text. */
function withFormulas(): string {
  const files = unzipSync(new Uint8Array(readFileSync(SO_NOI_VU)));
  let xml = strFromU8(files['xl/worksheets/sheet1.xml']!);
  xml = xml.replace(/<c r="A23" t="inlineStr"><is><t>3\.5<\/t><\/is><\/c>/, '<c r="A23" t="str"><f>"3."&amp;"5"</f><v>3.5</v></c>');
  xml = xml.replace(/<c r="A28" t="inlineStr"><is><t>([^<]*)<\/t><\/is><\/c>/, '<c r="A28" t="str"><f>"$1"</f><v>$1</v></c>');
  files['xl/worksheets/sheet1.xml'] = strToU8(xml);
  const p = path.join(tempDir(), 'công-thức.xlsx');
  writeFileSync(p, zipSync(files));
  return p;
}

function notAWorkbook(): string {
  const p = path.join(tempDir(), 'văn-bản.xlsx');
  writeFileSync(p, 'Đây không phải bảng tính.\n');
  return p;
}

const SHEET = 'Phụ lục';
const AREA_WRONG = '5. CẢI CÁCH CHẾ ĐỘ CỒNG VỤ';
const AREA_RIGHT = '5. CẢI CÁCH CHẾ ĐỘ CÔNG VỤ';

interface Case {
  name: string;
  input: () => string;
  /** The output path, given the run's temporary folder and the input. */
  out?: (dir: string, input: string) => string;
  code: number;
  written: boolean;
  summary?: FixJson['summary'];
  /** Entries that must be among `applied` (compared whole). */
  applied?: FixEntryJson[];
  /** Cells no applied entry may write. */
  notWritten?: string[];
  /** Entries that must be among `refused`, compared on sheet, cells, rows and reason code. */
  refused?: Array<Pick<RefusedEntryJson, 'sheet' | 'cells' | 'deletedRows'> & { code: string; says: RegExp }>;
  /** Every refusal's code, when all are known. */
  refusedCodes?: string[];
  warnings?: Array<{ sheet: string; cell: string }>;
  /** What the deletions rewrote and moved (compared whole; empty when nothing is deleted). */
  rewritten?: RewrittenFormulaJson[];
  shifted?: ShiftedSheetJson[];
  names?: RewrittenNameJson[];
  error?: { kind: string; says: RegExp };
}

const zero = { moved: 0, removed: 0 };
/** Row 9 of delete-row-references.xlsx deleted: worked out from the case's XML (test/fixtures/cases/README.md). */
const REWRITTEN: RewrittenFormulaJson[] = [
  { sheet: 'Phụ lục', address: 'G12', newAddress: 'G11', old: 'E12', new: 'E11', ref: false },
  { sheet: 'Thống kê', address: 'B1', newAddress: 'B1', old: "COUNTA('Phụ lục'!B7:B13)-COUNTA('Phụ lục'!B9)", new: "COUNTA('Phụ lục'!B7:B12)-COUNTA('Phụ lục'!#REF!)", ref: true },
  { sheet: 'Thống kê', address: 'B2', newAddress: 'B2', old: "'Phụ lục'!E13", new: "'Phụ lục'!E12", ref: false },
];
const SHIFTED = (mergesRemoved: number): ShiftedSheetJson[] => [
  { sheet: 'Phụ lục', formulas: 1, mergeCells: { moved: 1, removed: mergesRemoved }, dataValidations: { moved: 2, removed: 0 }, conditionalFormats: { moved: 1, removed: 0 }, hyperlinks: zero },
  { sheet: 'Thống kê', formulas: 2, mergeCells: zero, dataValidations: zero, conditionalFormats: zero, hyperlinks: zero },
];
const E13 = {
  sheet: SHEET,
  label: 'Sửa ô E13 thành "Tháng 06/2024"',
  issues: [{ code: 'deadline.nonstandard', severity: 'info', row: 13, cell: 'E13' }],
  cells: [{ address: 'E13', newAddress: 'E12', old: 'Tháng 6/2024', new: 'Tháng 06/2024' }],
  deletedRows: [],
};

const stt = { address: 'A23', old: '3.5', new: '3.4' };
const area = { address: 'A28', old: AREA_WRONG, new: AREA_RIGHT };
// Nothing deleted: each written cell is where it was.
const sttFix = { sheet: SHEET, label: 'Đánh số lại (1 ô)', issues: [{ code: 'stt.gap', severity: 'error', row: 23, cell: 'A23' }], cells: [{ ...stt, newAddress: 'A23' }], deletedRows: [] };
const areaFix = { sheet: SHEET, label: `Sửa ô A28 thành "${AREA_RIGHT}"`, issues: [{ code: 'section.nonstandard', severity: 'warning', row: 28, cell: 'A28' }], cells: [{ ...area, newAddress: 'A28' }], deletedRows: [] };

const CASES: Case[] = [
  {
    // D17 "Văn phỏng Sở" and the other unit faults are offered for a person's eye, never written.
    name: 'planted faults: the safe ones written, each cell with what it held and what it holds now',
    input: () => SO_NOI_VU,
    code: 0,
    written: true,
    applied: [sttFix, areaFix],
    notWritten: ['D17', 'E35'],
    refusedCodes: [],
    warnings: [],
    rewritten: [],
    shifted: [],
    names: [],
  },
  {
    name: 'the same faults typed as formulas: refused as value-over-formula, with the formula seen',
    input: withFormulas,
    code: 0,
    written: true,
    notWritten: ['A23', 'A28', 'D17'],
    refused: [
      { sheet: SHEET, cells: [{ ...stt, oldFormula: '"3."&"5"' }], deletedRows: [], code: 'value-over-formula', says: /ô A23 chứa công thức/ },
      { sheet: SHEET, cells: [{ ...area, oldFormula: `"${AREA_WRONG}"` }], deletedRows: [], code: 'value-over-formula', says: /ô A28 chứa công thức/ },
    ],
    refusedCodes: ['value-over-formula'],
    warnings: [],
  },
  {
    // The chart's series is 'Phụ lục'!$A$7:$A$86: no row of the appendix may go, so the repeated
    // headers stay and each fragment's join (a cell write and a deletion, one fix) is refused whole.
    name: 'a chart reads the appendix: row deletions refused by the writer, the other fixes written',
    input: () => fixture('writer/chart-over-appendix.xlsx'),
    code: 0,
    written: true,
    applied: [
      {
        sheet: SHEET,
        label: 'Sửa ô H11 thành "Quý IV/2024"',
        issues: [{ code: 'deadline.nonstandard', severity: 'info', row: 11, cell: 'H11' }],
        cells: [{ address: 'H11', newAddress: 'H11', old: 'Quý IV năm 2024', new: 'Quý IV/2024' }],
        deletedRows: [],
      },
    ],
    notWritten: ['B22', 'B28'],
    refused: [
      { sheet: SHEET, cells: [], deletedRows: [14], code: 'row-shift', says: /biểu đồ \(xl\/charts\/chart1\.xml\).*'Phụ lục'!\$A\$7:\$A\$86/ },
      { sheet: SHEET, cells: [], deletedRows: [80], code: 'row-shift', says: /biểu đồ/ },
    ],
    refusedCodes: ['row-shift'],
    warnings: [],
    // Every deletion refused: nothing moved, nothing rewritten.
    rewritten: [],
    shifted: [],
    names: [],
  },
  {
    // Row 9 repeats the header; "Thống kê"!B1 is COUNTA('Phụ lục'!B7:B13)-COUNTA('Phụ lục'!B9).
    name: 'a deletion under a formula on another sheet: that formula named as a #REF! warning',
    input: () => fixture('cases/delete-row-references.xlsx'),
    code: 0,
    written: true,
    applied: [
      { sheet: SHEET, label: 'Xóa dòng 9 (tiêu đề bảng lặp lại)', issues: [{ code: 'row.repeated-header', severity: 'warning', row: 9, cell: 'A9' }], cells: [], deletedRows: [9] },
      // E13 is written in the input's numbering; in the new workbook it is E12.
      E13,
    ],
    refusedCodes: [],
    warnings: [{ sheet: 'Thống kê', cell: 'B1' }],
    rewritten: REWRITTEN,
    shifted: SHIFTED(0),
    names: [],
  },
  {
    name: 'the same with defined names and a merge on the deleted row: names rewritten, the merge counted as removed',
    input: withNames,
    code: 0,
    written: true,
    applied: [E13],
    refusedCodes: [],
    warnings: [{ sheet: 'Thống kê', cell: 'B1' }],
    rewritten: REWRITTEN,
    shifted: SHIFTED(1),
    names: [
      { name: 'NhiemVu', old: "'Phụ lục'!$B$7:$B$13", new: "'Phụ lục'!$B$7:$B$12" },
      { name: '_xlnm.Print_Area', sheet: SHEET, old: "'Phụ lục'!$A$1:$G$13", new: "'Phụ lục'!$A$1:$G$12" },
    ],
  },
  {
    name: 'not a workbook: nothing written, the reason in the document and on stderr',
    input: notAWorkbook,
    code: 2,
    written: false,
    error: { kind: 'not-xlsx', says: /./ },
  },
  {
    name: 'a missing file',
    input: () => path.join(tempDir(), 'không-có.xlsx'),
    code: 2,
    written: false,
    error: { kind: 'missing', says: /^không tìm thấy tệp\.$/ },
  },
  {
    name: '--out is the input itself',
    input: () => SO_NOI_VU,
    out: (_dir, input) => input,
    code: 2,
    written: false,
    error: { kind: 'same-as-input', says: /--out là chính tệp gốc/ },
  },
  {
    name: 'a workbook with macros to an .xlsx name',
    input: () => fixture('writer/macro-sheets.xlsm'),
    out: (dir) => path.join(dir, 'ra.xlsx'),
    code: 2,
    written: false,
    error: { kind: 'unwritable', says: /\.xlsm/ },
  },
];

/** Runs `fix --json` with stdout a pipe and stderr a terminal (a script reads, a person watches). */
async function run(c: Case) {
  const dir = tempDir();
  const input = c.input();
  const out = c.out ? c.out(dir, input) : path.join(dir, 'đã-sửa.xlsx');
  const before = existsSync(input) ? readFileSync(input) : undefined;
  const io = Object.assign(captureIo(), { outTTY: false, errTTY: true });
  const code = await main(['fix', input, '--out', out, '--json'], io);
  const doc = JSON.parse(io.stdout) as FixJson;
  return { input, out, before, io, code, doc };
}

describe('phuluc fix --json', () => {
  it.each(CASES.filter((c) => c.written).map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { input, out, before, io, code, doc } = await run(c);
    expect(code).toBe(c.code);
    expect({ file: doc.file, out: doc.out, written: doc.written }).toEqual({ file: input, out, written: true });
    expect(readFileSync(input).equals(before!)).toBe(true);
    expect(existsSync(out)).toBe(true);
    expect(io.stderr).toBe('');
    expect(Object.keys(doc)).toEqual(['file', 'out', 'written', 'summary', 'applied', 'refused', 'rewritten', 'shifted', 'names', 'warnings']);
    const applied = doc.applied!;
    const refused = doc.refused!;
    for (const a of c.applied ?? []) expect(applied).toContainEqual(a);
    const writtenCells = applied.flatMap((a) => a.cells.map((x) => x.address));
    for (const cell of c.notWritten ?? []) expect(writtenCells).not.toContain(cell);
    for (const r of c.refused ?? []) {
      const found = refused.find((x) => x.sheet === r.sheet && JSON.stringify([x.cells, x.deletedRows]) === JSON.stringify([r.cells, r.deletedRows]));
      expect({ cells: found?.cells, deletedRows: found?.deletedRows, code: found?.reason.code }).toEqual({ cells: r.cells, deletedRows: r.deletedRows, code: r.code });
      expect(found?.reason.message).toMatch(r.says);
    }
    if (c.refusedCodes) expect([...new Set(refused.map((r) => r.reason.code))]).toEqual(c.refusedCodes);
    expect(doc.warnings?.map((w) => ({ sheet: w.sheet, cell: w.cell }))).toEqual(c.warnings);
    for (const w of doc.warnings ?? []) {
      expect(w.code).toBe('formula-ref');
      expect(w.message).toContain(w.cell);
    }
    // The summary counts what the lists hold, one per issue, as the text report counts.
    const issues = (xs: readonly FixEntryJson[]) => xs.reduce((n, x) => n + x.issues.length, 0);
    expect(doc.summary).toEqual({
      applied: issues(applied),
      refused: issues(refused),
      manual: expect.any(Number),
      warnings: doc.warnings!.length,
      formulasRewritten: doc.rewritten!.length,
      namesRewritten: doc.names!.length,
    });
    if (c.rewritten) expect(doc.rewritten).toEqual(c.rewritten);
    if (c.shifted) expect(doc.shifted).toEqual(c.shifted);
    if (c.names) expect(doc.names).toEqual(c.names);
    // A formula that now reads #REF! is also a warning, at its new address.
    for (const r of doc.rewritten!.filter((x) => x.ref)) expect(doc.warnings).toContainEqual(expect.objectContaining({ sheet: r.sheet, cell: r.newAddress }));
    // Refused fixes wrote nothing: no new address.
    for (const r of refused) for (const cell of r.cells) expect(cell.newAddress).toBeUndefined();
    // Every refusal carries a Vietnamese reason and a code from the documented set.
    for (const r of refused) {
      expect(['keeps-issue', 'creates-issues', 'text-over-date', 'value-over-formula', 'conflict', 'sheet-not-found', 'cell', 'row-shift']).toContain(r.reason.code);
      expect(r.reason.message.length).toBeGreaterThan(10);
    }
  }, 60_000);

  it.each(CASES.filter((c) => !c.written).map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { input, out, before, io, code, doc } = await run(c);
    expect(code).toBe(c.code);
    expect(doc).toEqual({ file: input, out, written: false, error: { kind: c.error?.kind, message: expect.stringMatching(c.error!.says) } });
    // The input is never touched (when there is one); no output appears.
    expect(before === undefined || readFileSync(input).equals(before)).toBe(true);
    expect(out === input || !existsSync(out)).toBe(true);
    // The same reason, once, on stderr, as `check` gives it (naming the file it is about).
    expect(io.stderr).toMatch(/^phuluc: .+: .+\n$/);
    expect(io.stderr.endsWith(`: ${doc.error?.message}\n`)).toBe(true);
    expect(io.stderr.split('\n')).toHaveLength(2);
  }, 60_000);

  // A23 and A28 refused (formulas); the fixture's unit faults are offered for a person's eye (manual).
  it('the text report and the document count the same fixes', async () => {
    const file = withFormulas();
    const dir = tempDir();
    const text = captureIo();
    expect(await main(['fix', file, '--out', path.join(dir, 'a.xlsx')], text)).toBe(0);
    const json = captureIo();
    expect(await main(['fix', file, '--out', path.join(dir, 'b.xlsx'), '--json'], json)).toBe(0);
    const doc = JSON.parse(json.stdout) as FixJson;
    expect(doc.summary).toEqual({ applied: 0, refused: 2, manual: 5, warnings: 0, formulasRewritten: 0, namesRewritten: 0 });
    expect(text.stdout).toContain('Không có vấn đề nào sửa tự động được.');
    expect(text.stdout).toContain(`Không sửa ${doc.summary!.refused} vấn đề`);
    expect(text.stdout).toContain(`Còn ${doc.summary!.manual} vấn đề`);
    // Both outputs are the same workbook.
    expect(readFileSync(path.join(dir, 'a.xlsx')).equals(readFileSync(path.join(dir, 'b.xlsx')))).toBe(true);
  }, 60_000);
});
