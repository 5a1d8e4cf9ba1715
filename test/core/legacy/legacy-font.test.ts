/**
 * Unicode text left in a TCVN3/VNI font: one `text.legacy-font` warning per such text cell, with
 * a safe fix that changes only the font (text written back as it is, `legacy.encoding`
 * 'unicode'); text still in TCVN3/VNI gets only its `text.legacy-encoding`; ASCII text, numbers,
 * formulas, Unicode fonts and text as likely legacy as Unicode get nothing. In a batch, the
 * font-only write gives way to another fix's write of the cell or deletion of its row.
 */
import { applyEdits, checkSheet, combineFixes, type Cell, type Fix, type Grid, type SetEdit } from '../../../src/core';
import { qtSheet, section, task, type Raw } from '../../helpers/grid';
import { encodeTCVN3 as T, encodeVNI as V } from '../../helpers/legacy';

const TASK = 'Ban hành kế hoạch cải cách hành chính';
/** A clean appendix whose first task's Nhiệm vụ cell (C7) is `cell`. */
function sheetWith(cell: Raw): Grid {
  const first = task(1);
  first[2] = cell;
  return qtSheet([section('I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH'), first, task(2)]);
}
const AT = 'C7';
const font = (value: string | number, f: string, extra: Partial<Cell> = {}): Cell => ({ value, font: f, ...extra });

const cases: { name: string; cell: Raw; code: 'text.legacy-font' | 'text.legacy-encoding' | null }[] = [
  { name: 'Unicode in .VnTime', cell: font(TASK, '.VnTime'), code: 'text.legacy-font' },
  { name: 'Unicode in .VnTimeH (capitals)', cell: font(TASK.toUpperCase(), '.VnTimeH'), code: 'text.legacy-font' },
  { name: 'Unicode in VNI-Times', cell: font(TASK, 'VNI-Times'), code: 'text.legacy-font' },
  { name: 'Unicode in .VnArial', cell: font(TASK, '.VnArial'), code: 'text.legacy-font' },
  { name: 'Latin-1 letters only ("Kinh phí") in .VnTime', cell: font('Kinh phí', '.VnTime'), code: 'text.legacy-font' },
  // Latin-1-only Unicode in VNI-Times: decoding leaves it (no vowel before the mark byte), yet the
  // font draws á à as VNI marks (circumflex + tone), so it prints as garbage.
  { name: 'Latin-1 only ("Báo cáo") in VNI-Times', cell: font('Báo cáo', 'VNI-Times'), code: 'text.legacy-font' },
  { name: 'Latin-1 only ("Tài chính") in VNI-Times', cell: font('Tài chính', 'VNI-Times'), code: 'text.legacy-font' },
  { name: 'Latin-1 only ("Khác") in VNI-Times', cell: font('Khác', 'VNI-Times'), code: 'text.legacy-font' },
  { name: 'Latin-1 only ("Tin bài") in VNI-Times', cell: font('Tin bài', 'VNI-Times'), code: 'text.legacy-font' },
  { name: 'Latin-1 only ("Giám sát") in VNI-Times', cell: font('Giám sát', 'VNI-Times'), code: 'text.legacy-font' },
  // í ì are letters VNI draws as themselves: nothing to say.
  { name: 'Latin-1 only ("Kinh phí") in VNI-Times, drawn right', cell: font('Kinh phí', 'VNI-Times'), code: null },
  { name: 'Latin-1 only ("Trình UBND") in VNI-Times, drawn right', cell: font('Trình UBND', 'VNI-Times'), code: null },
  { name: 'ASCII text in VNI-Times', cell: font('UBND tinh', 'VNI-Times'), code: null },
  { name: 'TCVN3 in .VnTime', cell: font(T(TASK), '.VnTime'), code: 'text.legacy-encoding' },
  { name: 'VNI in VNI-Times', cell: font(V(TASK), 'VNI-Times'), code: 'text.legacy-encoding' },
  { name: 'ASCII text in .VnTime', cell: font('UBND', '.VnTime'), code: null },
  { name: 'digits as text in .VnTimeH', cell: font('2024', '.VnTimeH'), code: null },
  { name: 'a number in .VnTime', cell: font(2024, '.VnTime'), code: null },
  { name: 'a formula giving Unicode text in .VnTime', cell: font(TASK, '.VnTime', { formula: `"${TASK}"` }), code: null },
  { name: 'Unicode in Times New Roman', cell: font(TASK, 'Times New Roman'), code: null },
  { name: 'Unicode, font unknown (Office.js)', cell: TASK, code: null },
  // Same bytes either way ("Tin bài" has no TCVN3 byte that reads otherwise): nothing to say.
  { name: 'text as likely legacy as Unicode', cell: font('Tin bài', '.VnTime'), code: null },
];

describe.each(cases)('$name', ({ cell, code }) => {
  const grid = sheetWith(cell);
  const result = checkSheet(grid);
  const at = result.report.issues.filter((i) => i.cell === AT && i.code.startsWith('text.legacy'));

  test('the legacy issues of the cell', () => {
    expect(at.map((i) => i.code)).toEqual(code ? [code] : []);
  });

  test('a font-only fix, offered and verified, that leaves no legacy issue', () => {
    if (code !== 'text.legacy-font') {
      expect(result.fixes.filter((f) => f.issue.code === 'text.legacy-font')).toEqual([]);
      return;
    }
    const fix = result.fixes.find((f) => f.issue === at[0]);
    expect(fix?.safe).toBe(true);
    const stored = cell as Cell;
    expect(fix!.edits).toEqual([
      { kind: 'set', row: 7, col: 2, address: AT, value: stored.value, seen: { value: stored.value }, font: 'Times New Roman', legacy: { encoding: 'unicode', font: stored.font } },
    ]);
    expect(fix!.label).toContain(stored.font!);
    expect(result.refused.map((r) => r.fix.issue.code)).not.toContain('text.legacy-font');
    const after = applyEdits(grid, fix!.edits);
    expect(after.rows[6]![2]).toEqual({ value: stored.value, font: 'Times New Roman' });
    expect(checkSheet(after).report.issues.filter((i) => i.code.startsWith('text.legacy'))).toEqual([]);
  });
});

describe('combineFixes: a font-only write gives way', () => {
  const fontOnly = (row: number): SetEdit => ({ kind: 'set', row, col: 2, address: `C${row}`, value: TASK, seen: { value: TASK }, font: 'Times New Roman', legacy: { encoding: 'unicode', font: '.VnTime' } });
  const fixOf = (edits: Fix['edits'], code: 'text.legacy-font' | 'deadline.invalid' = 'deadline.invalid'): Fix => ({
    issue: { code, severity: 'warning', sheet: 'S', row: 4, cell: 'C4', data: {} } as unknown as Fix['issue'],
    label: code,
    safe: true,
    edits,
  });
  const rewrite = (f?: string): SetEdit => ({ kind: 'set', row: 4, col: 2, address: 'C4', value: 'Ban hành kế hoạch', seen: { value: TASK }, ...(f ? { font: f } : {}) });
  const del = { kind: 'delete-row' as const, row: 4, seen: [{ value: 1 }, { value: TASK }] };

  const cases = [
    { name: 'a rewrite with the same font, after it', fixes: () => [fixOf([fontOnly(4)], 'text.legacy-font'), fixOf([rewrite('Times New Roman')])], edits: [rewrite('Times New Roman')], skipped: 0 },
    { name: 'a rewrite with the same font, before it', fixes: () => [fixOf([rewrite('Times New Roman')]), fixOf([fontOnly(4)], 'text.legacy-font')], edits: [rewrite('Times New Roman')], skipped: 0 },
    { name: 'a deletion of its row, after it', fixes: () => [fixOf([fontOnly(4)], 'text.legacy-font'), fixOf([del])], edits: [del], skipped: 0 },
    { name: 'a deletion of its row, before it', fixes: () => [fixOf([del]), fixOf([fontOnly(4)], 'text.legacy-font')], edits: [del], skipped: 0 },
    // A write that keeps the legacy font would show garbage: still a conflict, the later fix skipped.
    { name: 'not to a rewrite without the font', fixes: () => [fixOf([fontOnly(4)], 'text.legacy-font'), fixOf([rewrite()])], edits: [fontOnly(4)], skipped: 1 },
    { name: 'another row is no conflict', fixes: () => [fixOf([fontOnly(5)], 'text.legacy-font'), fixOf([del])], edits: [fontOnly(5), del], skipped: 0 },
  ];
  test.each(cases)('$name', ({ fixes, edits, skipped }) => {
    const combined = combineFixes(fixes());
    expect(combined.edits).toEqual(edits);
    expect(combined.skipped).toHaveLength(skipped);
    expect(combined.applied).toHaveLength(2 - skipped);
  });
});
