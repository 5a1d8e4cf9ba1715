/**
 * One fault planted in the real Quảng Trị appendix → exactly that issue on that cell, and nothing
 * else new that is an error or a warning, anywhere in the sheet (a fault that rightly shows in a
 * second cell lists it in `also`). Harmless rewrites → nothing new at all.
 */
import { checkSheet } from '../../../src/core';
import type { Issue } from '../../../src/core';
import { loadGridJson, withCells, type CellSpec } from '../../helpers/grid-json';

const base = loadGridJson('quang-tri-2024.json');
const key = (i: Issue) => `${i.code}@${i.cell}`;
const baseline = new Set(checkSheet(withCells(base, {})).report.issues.map(key));
const newIssues = (changes: Record<string, CellSpec | undefined>) =>
  checkSheet(withCells(base, changes)).report.issues.filter((i) => !baseline.has(key(i)));

const faults: {
  name: string;
  changes: Record<string, CellSpec | undefined>;
  code: string;
  cell: string;
  suggestion?: string | number;
  /** Other new errors or warnings this fault rightly causes (`code@cell`). */
  also?: string[];
}[] = [
  { name: 'impossible quarter', changes: { H12: 'Quý V/2024' }, code: 'deadline.invalid', cell: 'H12' },
  { name: 'month 13', changes: { H12: 'Tháng 13/2024' }, code: 'deadline.invalid', cell: 'H12' },
  { name: '31 February', changes: { H12: 'Trước ngày 31/02/2024' }, code: 'deadline.invalid', cell: 'H12' },
  { name: '31 April', changes: { H12: '31/4/2024' }, code: 'deadline.invalid', cell: 'H12' },
  { name: 'last year', changes: { H12: 'Quý I/2023' }, code: 'deadline.year-mismatch', cell: 'H12' },
  { name: 'next year', changes: { H32: 'Quý III/2025' }, code: 'deadline.year-mismatch', cell: 'H32' },
  { name: 'a span of other years', changes: { H32: 'Năm 2022-2023' }, code: 'deadline.year-mismatch', cell: 'H32' },
  { name: 'a list with another year', changes: { H32: 'Quý I/2024, Quý I/2025' }, code: 'deadline.year-mismatch', cell: 'H32' },
  { name: 'blank deadline on a task', changes: { H12: undefined }, code: 'deadline.missing', cell: 'H12' },
  { name: 'a dash for a deadline', changes: { H12: '-' }, code: 'deadline.missing', cell: 'H12' },
  { name: 'text that is no deadline', changes: { H12: 'Sắp tới' }, code: 'deadline.unrecognized', cell: 'H12' },
  { name: 'lower-case Arabic quarter', changes: { H12: 'quý 2/2024' }, code: 'deadline.nonstandard', cell: 'H12', suggestion: 'Quý II/2024' },
  { name: 'old spelling Quí', changes: { H12: 'Quí I/2024' }, code: 'deadline.nonstandard', cell: 'H12', suggestion: 'Quý I/2024' },
  { name: 'no lead unit', changes: { F12: undefined }, code: 'lead.missing', cell: 'F12' },
  { name: 'a dash for a lead unit', changes: { F12: '-' }, code: 'lead.missing', cell: 'F12' },
  { name: 'a number for a lead unit', changes: { F12: 5 }, code: 'unit.unknown', cell: 'F12' },
  { name: 'a dash for funding', changes: { I12: '-' }, code: 'funding.missing', cell: 'I12' },
  // Quảng Trị gives every activity row its own deadline and lead: one without is missing it.
  { name: 'blank deadline on an activity row', changes: { H9: undefined }, code: 'deadline.missing', cell: 'H9' },
  { name: 'blank lead on an activity row', changes: { F9: undefined }, code: 'lead.missing', cell: 'F9' },
  { name: 'lead typo', changes: { F12: 'Văn phỏng Sở' }, code: 'unit.unknown', cell: 'F12', suggestion: 'Văn phòng Sở' },
  { name: 'inspectorate typo', changes: { F31: 'Thanh tra Sơ' }, code: 'unit.unknown', cell: 'F31', suggestion: 'Thanh tra Sở' },
  { name: 'lead among partners', changes: { F12: 'Thanh tra Sở', G12: 'Thanh tra Sở; Các phòng, đơn vị' }, code: 'partner.same-as-lead', cell: 'G12' },
  { name: 'abbreviated unit', changes: { F12: 'VP' }, code: 'unit.nonstandard', cell: 'F12', suggestion: 'Văn phòng Sở' },
  { name: 'no funding', changes: { I12: undefined }, code: 'funding.missing', cell: 'I12' },
  { name: 'funding without diacritics', changes: { I12: 'Thường xuyen' }, code: 'funding.nonstandard', cell: 'I12', suggestion: 'Thường xuyên' },
  { name: 'duplicate STT', changes: { A14: 4 }, code: 'stt.duplicate', cell: 'A14' },
  { name: 'gap at a section start', changes: { A17: 2 }, code: 'stt.gap', cell: 'A17' },
  { name: 'STT missing on a task with its own objective', changes: { A12: undefined }, code: 'stt.missing', cell: 'A12' },
  { name: 'Roman numeral out of order', changes: { A16: 'III' }, code: 'section.numbering', cell: 'A16' },
  { name: 'misspelt reform area', changes: { B16: 'CẢI CÁCH THỦ TỤC HÀNH CHÁNH' }, code: 'section.nonstandard', cell: 'B16', suggestion: 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH' },
  { name: 'error value', changes: { H12: { value: null, error: '#N/A' } }, code: 'cell.error-value', cell: 'H12' },
  // decoded before the check, the name is a known unit: nothing else is raised on the garbage
  { name: 'TCVN3 text', changes: { F12: 'V¨n phßng' }, code: 'text.legacy-encoding', cell: 'F12', suggestion: 'Văn phòng' },
  { name: 'VNI text', changes: { C12: 'Ban haønh keá hoaïch' }, code: 'text.legacy-encoding', cell: 'C12', suggestion: 'Ban hành kế hoạch' },
  // post-2025 faults in a 2024 plan: none of these is obsolete yet, so only typos count
  { name: 'a typo of a district unit', changes: { G20: 'Các phòng, đơn vị thuộc Sở; UBND huyên, TX, TP' }, code: 'unit.unknown', cell: 'G20', suggestion: 'Các phòng, đơn vị thuộc Sở; UBND huyện, TX, TP' },
  { name: 'the lead among the partners, spelt with another dash and tone placement', changes: { F12: 'Phòng Văn hóa - Xã hội', G12: 'Phòng Văn hoá – Xã hội' }, code: 'partner.same-as-lead', cell: 'G12' },
  { name: 'a one-off near miss of a unit used several times', changes: { F12: 'Phòng Quản lý văn thư', F13: 'Phòng Quản lý văn thư', F14: 'Phòng Quản lý vân thư' }, code: 'unit.unknown', cell: 'F14', suggestion: 'Phòng Quản lý văn thư' },
  { name: 'funding with a typo among several sources', changes: { I12: 'Ngân sách tỉnh; Xã hội hoa' }, code: 'funding.nonstandard', cell: 'I12' },
  { name: 'funding with an unknown source among several', changes: { I12: 'Ngân sách tỉnh; Vốn vay ODA' }, code: 'funding.unknown', cell: 'I12' },
];

test('the baseline has issues to compare with (so a planted fault is new against something)', () => {
  expect(baseline.size).toBeGreaterThan(5);
  expect([...baseline]).toContain('stt.gap@A56');
});

test.each(faults)('$name → $code at $cell', ({ changes, code, cell, suggestion, also = [] }) => {
  const found = newIssues(changes);
  const hit = found.find((i) => i.code === code && i.cell === cell);
  expect(hit).toBeDefined();
  if (suggestion !== undefined) expect(hit!.suggestion).toBe(suggestion);
  // Nothing else new that is an error or a warning, in any cell (the planted fault may also carry an info).
  expect(found.filter((i) => i !== hit && i.severity !== 'info').map(key).sort()).toEqual([...also].sort());
});

const harmless: { name: string; changes: Record<string, CellSpec | undefined> }[] = [
  { name: 'a real Excel date', changes: { H12: { value: new Date(Date.UTC(2024, 2, 31)), text: '31/03/2024' } } },
  { name: 'a typed date', changes: { H12: '31/03/2024' } },
  { name: 'canonical before-date', changes: { H12: 'Trước ngày 15/01/2024' } },
  { name: 'recurring', changes: { H12: 'Hằng quý' } },
  { name: 'a dash for no partners', changes: { G12: '-' } },
  { name: 'a period through the plan year', changes: { H12: 'Giai đoạn 2021-2025' } },
  { name: 'a span into next year', changes: { H12: 'Quý IV/2024 - Quý I/2025' } },
  { name: 'conditional', changes: { H12: 'Khi có yêu cầu' } },
  { name: 'several deadlines', changes: { H12: '- Tổng kết trước ngày 20/04/2024\n- Báo cáo trước ngày 25/04/2024' } },
  { name: 'the full unit name', changes: { F12: 'Văn phòng Sở' } },
  { name: 'two lead units', changes: { F12: 'Văn phòng Sở, Thanh tra Sở' } },
  { name: 'NFD unit name', changes: { F12: 'Văn phòng Sở'.normalize('NFD') } },
  { name: 'an amount as funding', changes: { I12: '20.000.000' } },
  { name: 'STT typed as text', changes: { A12: '4' } },
  { name: 'STT with a dot', changes: { A12: '4.' } },
];

test.each(harmless)('$name → nothing new that is an error or warning', ({ changes }) => {
  expect(newIssues(changes).filter((i) => i.severity !== 'info').map(key)).toEqual([]);
});

/**
 * One mistake, one error: in Bình Định's table (numbered through, no objective column, no activity
 * rows) a mistyped or lost number must not make its neighbour look wrong too.
 */
describe('numbering faults count once', () => {
  const bd = loadGridJson('binh-dinh-2022-tasks.json');
  const bdBaseline = new Set(checkSheet(withCells(bd, {})).report.issues.map(key));
  const errorsAfter = (changes: Record<string, CellSpec | undefined>) =>
    checkSheet(withCells(bd, changes))
      .report.issues.filter((i) => !bdBaseline.has(key(i)) && i.severity === 'error')
      .map(key);

  test.each([
    { name: '6 typed as 7 (5, 7, 7, 8)', changes: { A14: 7 }, want: ['stt.gap@A14'] },
    { name: '6 typed as 5 (5, 5, 7, 8)', changes: { A14: 5 }, want: ['stt.duplicate@A14'] },
    { name: 'number 6 lost (5, blank, 7)', changes: { A14: undefined }, want: ['stt.missing@A14'] },
    { name: 'a real gap (5, 7, 8, 9)', changes: { A14: 7, A15: 8, A16: 9, A18: 10, A19: 11, A20: 12, A21: 13, A23: 14, A24: 15, A25: 16, A27: 17, A28: 18, A29: 19, A30: 20, A32: 21, A33: 22, A35: 23, A36: 24, A37: 25, A38: 26, A39: 27, A40: 28 }, want: ['stt.gap@A14'] },
    { name: 'Nội dung 3 typed as 4', changes: { A17: 'Nội dung 4: CẢI CÁCH THỦ TỤC HÀNH CHÍNH' }, want: ['section.numbering@A17'] },
  ])('$name → $want', ({ changes, want }) => {
    expect(errorsAfter(changes)).toEqual(want);
  });

  test('a lost number in a table that has activity rows stays a gap at the next number', () => {
    // Quảng Trị has activity rows without STT: a blank STT there is an activity, so 1, (activity), 3 is a gap at 3.
    const qt = checkSheet(withCells(base, {})).report.issues.filter((i) => i.code.startsWith('stt.')).map(key);
    expect(qt).toEqual(['stt.gap@A56']);
    // losing task 4's number makes one missing-number fault there, not a gap further on too
    const lost = checkSheet(withCells(base, { A14: undefined })).report.issues.filter((i) => i.code.startsWith('stt.')).map(key);
    expect(lost.filter((k) => k !== 'stt.gap@A56')).toHaveLength(1);
  });
});
