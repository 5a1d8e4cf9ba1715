/** Fixes as data: applying the safe fixes repairs what they name and touches nothing else. */
import { applyEdits, checkSheet, combineFixes, renumber } from '../../../src/core';
import type { Grid } from '../../../src/core';
import { cellText } from '../../../src/core/grid';
import { gridFromJson, loadGridJson, withCells } from '../../helpers/grid-json';

const texts = (g: Grid) => g.rows.map((row) => (row ?? []).map((c) => cellText(c)));

describe('the pasted Quảng Trị appendix', () => {
  const grid = gridFromJson(loadGridJson('quang-tri-2024-pasted.json'));
  const { report, fixes } = checkSheet(grid);
  const safe = fixes.filter((f) => f.safe);
  const combined = combineFixes(safe);
  const fixed = applyEdits(grid, combined.edits);
  const after = checkSheet(fixed).report;

  test('every safe fix is applied, none conflicts', () => {
    expect(safe.length).toBeGreaterThan(10);
    expect(combined.skipped).toEqual([]);
  });
  test('page-break debris is gone: 10 repeated headers and the fragments removed', () => {
    const debris = report.issues.filter((i) => i.code === 'row.repeated-header' || i.code === 'row.fragment').length;
    expect(fixed.rows.length).toBe(grid.rows.length - debris);
    expect(after.issues.filter((i) => i.code === 'row.repeated-header' || i.code === 'row.fragment')).toEqual([]);
  });
  test('a fragment is appended to the row it was cut from', () => {
    // Row 30's tail "thuộc thẩm quyền giải quyết của Sở" belongs to row 28 (row 29 is a repeated header).
    const row = texts(fixed).find((t) => t[1]?.startsWith('Công khai, minh bạch TTHC'))!;
    expect(row[1]).toBe('Công khai, minh bạch TTHC tất cả các lĩnh vực thuộc thẩm quyền giải quyết của Sở');
    expect(row[6]).toBe('- Trung tâm PVHCC;\n- Các phòng, đơn vị thuộc Sở');
  });
  test('after the repair the sheet matches the clean appendix, numbering and spellings fixed', () => {
    expect(after.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(after.issues.filter((i) => i.code === 'deadline.nonstandard')).toEqual([]);
    const clean = checkSheet(gridFromJson(loadGridJson('quang-tri-2024.json'))).report;
    expect(after.rows.filter((r) => r.kind === 'task').length).toBe(clean.rows.filter((r) => r.kind === 'task').length);
  });
});

test('a fix writes only the cells it names', () => {
  const grid = withCells(loadGridJson('quang-tri-2024.json'), { H12: 'quý 2/2024', I12: 'Thường xuyen' });
  const { fixes } = checkSheet(grid);
  const fix = fixes.find((f) => f.issue.code === 'deadline.nonstandard' && f.issue.cell === 'H12')!;
  expect(fix.edits).toEqual([{ kind: 'set', row: 12, col: 7, address: 'H12', value: 'Quý II/2024', seen: { value: 'quý 2/2024' } }]);
  const before = texts(grid);
  const afterTexts = texts(applyEdits(grid, fix.edits));
  const changed: string[] = [];
  before.forEach((row, r) => row.forEach((t, c) => t !== afterTexts[r]![c] && changed.push(`${r + 1}:${c}`)));
  expect(changed).toEqual(['12:7']);
});

test('conflicting fixes are skipped whole', () => {
  const a = { kind: 'set' as const, row: 3, col: 0, address: 'A3', value: 'x', seen: { value: null } };
  const issue = checkSheet(withCells(loadGridJson('quang-tri-2024.json'), {})).report.issues[0]!;
  const res = combineFixes([
    { issue, label: '1', safe: true, edits: [a] },
    { issue, label: '2', safe: true, edits: [{ ...a, value: 'y' }] },
    { issue, label: '3', safe: true, edits: [{ kind: 'delete-row', row: 3, seen: [] }] },
  ]);
  expect(res.applied.map((f) => f.label)).toEqual(['1']);
  expect(res.skipped.map((f) => f.label)).toEqual(['2', '3']);
});

test('renumber closes the section VI gap and keeps numbers as numbers', () => {
  const grid = gridFromJson(loadGridJson('quang-tri-2024.json'));
  const edits = renumber(grid);
  expect(edits.map((e) => e.kind === 'set' && `${e.address}=${String(e.value)}`)).toEqual(['A56=2', 'A57=3', 'A58=4', 'A59=5', 'A60=6']);
  const again = checkSheet(applyEdits(grid, edits)).report;
  expect(again.issues.filter((i) => i.code.startsWith('stt.'))).toEqual([]);
  expect(renumber(applyEdits(grid, edits))).toEqual([]);
});

test('sheets that are no appendix: nothing, or one clear issue', () => {
  expect(checkSheet({ name: 'Trống', rows: [], merges: [] }).report).toMatchObject({ kind: 'none', issues: [] });
  const titled = gridFromJson({ name: 'PL', cells: { A1: 'Phụ lục', A2: 'NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024', A4: 'Số', B4: 'Việc' } });
  const r = checkSheet(titled).report;
  expect(r.kind).toBe('none');
  expect(r.issues.map((i) => i.code)).toEqual(['header.not-found']);
  // Another kind of appendix (a list of procedures) is not ours to judge: no error.
  const procedures = gridFromJson({
    name: 'PL3',
    cells: { A1: 'PHỤ LỤC III', A2: 'DANH MỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC CÔNG BỐ', A4: 'STT', B4: 'Tên thủ tục', C4: 'Lĩnh vực', D4: 'Cơ quan thực hiện', A5: 1, B5: 'Cấp giấy phép lao động', C5: 'Việc làm', D5: 'Sở Nội vụ' },
  });
  expect(checkSheet(procedures).report).toMatchObject({ kind: 'none', issues: [] });
});

describe('a repeated header is deleted safely only when its row holds the header alone', () => {
  // Row 14 of the pasted appendix repeats the header A5:I5 (STT … Kinh phí).
  const json = loadGridJson('quang-tri-2024-pasted.json');
  const deletion = (grid: Grid) => checkSheet(grid).fixes.find((f) => f.issue.code === 'row.repeated-header' && f.issue.row === 14);
  test.each<[string, boolean, Record<string, string | number | { value: number; formula: string }>]>([
    ['the header alone', true, {}],
    ['a remark right of the table (K14)', false, { K14: 'Ghi chú: kiểm tra lại số liệu' }],
    ['a formula right of the table (J14)', false, { J14: { value: 7, formula: 'COUNTA(C7:C13)' } }],
    ['a deadline and a product typed over the header (H14, E14)', false, { H14: 'Quý III/2024', E14: 'Báo cáo tổng hợp' }],
    ['a header cell respelt (F14 "Đơn vị chủ trì")', true, { F14: 'Đơn vị chủ trì' }],
  ])('%s: safe %s', (_name, safe, cells) => {
    const fix = deletion(withCells(json, cells));
    expect(fix).toBeDefined();
    expect(fix?.safe).toBe(safe);
  });
});
