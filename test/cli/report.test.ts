import type { Issue } from '../../src/core/issues';
import type { SheetReport } from '../../src/core/report';
import { renderJson } from '../../src/cli/report/json';
import type { CheckedFile } from '../../src/cli/report/json';
import { renderHtml } from '../../src/cli/report/html';
import { renderText, sortIssues, styleFor, summaryLine } from '../../src/cli/report/text';

const issue = (row: number, cell: string | undefined, severity: Issue['severity'], suggestion?: string): Issue =>
  ({
    code: severity === 'error' ? 'deadline.invalid' : severity === 'warning' ? 'unit.unknown' : 'deadline.nonstandard',
    severity,
    sheet: 'Phụ lục',
    row,
    ...(cell ? { cell } : {}),
    data: {},
    ...(suggestion !== undefined ? { suggestion } : {}),
  }) as unknown as Issue;

const sheet = (issues: Issue[], extra: Partial<SheetReport> = {}): SheetReport => ({
  name: 'Phụ lục',
  kind: 'tasks',
  headerRows: [5],
  columns: { stt: 'A', deadline: 'H' },
  planYear: 2024,
  planYearSource: 'title',
  rows: [],
  issues,
  ...extra,
});

const render = (i: Issue) => `thông điệp ${i.code} dòng ${i.row}`;

const file: CheckedFile = {
  file: 'a.xlsx',
  sheets: [
    sheet([issue(12, 'H12', 'error', 'Quý II/2024'), issue(7, 'F7', 'warning'), issue(12, 'B12', 'info'), issue(3, undefined, 'error')]),
    sheet([], { name: 'Trống', kind: 'none', headerRows: [], columns: {}, planYear: undefined, planYearSource: undefined }),
  ],
  summary: { errors: 2, warnings: 1, infos: 1 },
};

describe('summaryLine', () => {
  it.each([
    [{ errors: 3, warnings: 2, infos: 5 }, '10 vấn đề: 3 lỗi, 2 cảnh báo, 5 gợi ý'],
    [{ errors: 0, warnings: 1, infos: 0 }, '1 vấn đề: 0 lỗi, 1 cảnh báo, 0 gợi ý'],
    [{ errors: 0, warnings: 0, infos: 0 }, 'Không có vấn đề nào'],
  ])('%j', (s, text) => expect(summaryLine(s)).toBe(text));
});

describe('sortIssues', () => {
  it('orders by row, then column left to right, keeping ties stable', () => {
    const sorted = sortIssues(file.sheets[0]!.issues).map((i) => i.cell ?? `r${i.row}`);
    expect(sorted).toEqual(['r3', 'F7', 'B12', 'H12']);
  });
  it('puts AA after Z', () => {
    expect(sortIssues([issue(1, 'AA1', 'info'), issue(1, 'Z1', 'info')]).map((i) => i.cell)).toEqual(['Z1', 'AA1']);
  });
});

describe('renderText', () => {
  const text = renderText([file], [], render);

  it('heads each sheet with its kind, header row and plan year with its source', () => {
    expect(text).toContain('Tệp a.xlsx');
    expect(text).toContain('Trang tính "Phụ lục": bảng nhiệm vụ; dòng tiêu đề cột: 5; năm kế hoạch 2024 (đọc từ tiêu đề)');
    expect(text).toContain('Trang tính "Trống": không nhận ra bảng phụ lục');
    expect(text).not.toMatch(/[«»]/);
  });

  it('groups issues by severity, errors first, each group in row order with cell, severity, message and suggestion', () => {
    const lines = text.split('\n');
    const i = lines.findIndex((l) => l.includes('H12'));
    expect(lines[i]).toMatch(/H12\s+Lỗi\s+thông điệp deadline.invalid dòng 12/);
    expect(lines[i + 1]).toMatch(/→ Đề xuất: Quý II\/2024$/);
    expect(text).toMatch(/F7\s+Cảnh báo/);
    expect(text).toMatch(/B12\s+Gợi ý/);
    expect(text).toMatch(/dòng 3\s+Lỗi/);
    // headings with counts, in severity order; within errors, row order
    const at = (s: string) => text.indexOf(s);
    expect(at('    Lỗi (2)')).toBeGreaterThan(0);
    expect(at('    Lỗi (2)')).toBeLessThan(at('dòng 3 '));
    expect(at('dòng 3 ')).toBeLessThan(at('H12'));
    expect(at('H12')).toBeLessThan(at('    Cảnh báo (1)'));
    expect(at('    Cảnh báo (1)')).toBeLessThan(at('F7'));
    expect(at('F7')).toBeLessThan(at('    Gợi ý (1)'));
    expect(at('    Gợi ý (1)')).toBeLessThan(at('B12'));
    expect(text).toContain('4 vấn đề: 2 lỗi, 1 cảnh báo, 1 gợi ý');
  });

  it('writes an amount suggested for a budget cell as the sheet does (20.500.000)', () => {
    const budget = { ...issue(9, 'F9', 'error'), code: 'budget.line-mismatch', suggestion: 20500000 } as unknown as Issue;
    const t = renderText([{ ...file, sheets: [sheet([budget])] }], [], render);
    expect(t).toMatch(/→ Đề xuất: 20\.500\.000$/m);
    expect(t).not.toContain('20500000');
  });

  it('has no escape codes without colour, and colours severities with it', () => {
    expect(text).not.toContain('\x1b[');
    const coloured = renderText([file], [], render, styleFor(true));
    expect(coloured).toContain('\x1b[31mLỗi');
    expect(coloured).toContain('\x1b[33mCảnh báo');
  });

  it('adds a total line for several files, counting unreadable ones', () => {
    const t = renderText([file, { ...file, file: 'b.xlsx' }], [{ file: 'c.xlsx', kind: 'missing', message: 'không tìm thấy tệp.' }], render);
    expect(t).toContain('Tổng cộng đã đọc 2 tệp: 8 vấn đề: 4 lỗi, 2 cảnh báo, 2 gợi ý; 1 tệp hoặc thư mục không đọc được');
    expect(renderText([file], [], render)).not.toContain('Tổng cộng');
  });
});

describe('renderHtml words', () => {
  const budget = (suggestion: number | string) => ({ ...issue(9, 'F9', 'error'), code: 'budget.line-mismatch', suggestion }) as unknown as Issue;
  const page = (issues: Issue[], summary = { errors: 1, warnings: 0, infos: 0 }) =>
    renderHtml([{ file: 'a.xlsx', sheets: [sheet(issues)], summary }], [], render, { generatedAt: '10/04/2026 09:00' });

  // A suggested value as the sheet shows it, worded as the text report words it.
  test.each<[string, Issue, string, string | undefined]>([
    ['an amount', budget(20500000), '→ Đề xuất: 20.500.000', '20500000'],
    ['a small amount', budget(500), '→ Đề xuất: 500', undefined],
    ['a text value', issue(12, 'H12', 'error', 'Quý II/2024'), '→ Đề xuất: Quý II/2024', undefined],
  ])('%s', (_what, i, shown, raw) => {
    const html = page([i]);
    expect(html).toContain(`<div class="suggest">${shown}</div>`);
    if (raw !== undefined) expect(html).not.toContain(raw);
  });

  test('no suggestion, no line', () => {
    expect(page([issue(7, 'F7', 'warning')])).not.toContain('class="suggest"');
  });

  test('counts as a clerk writes numbers: the summary cells and the group headings', () => {
    const many = Array.from({ length: 1234 }, (_, k) => issue(k + 10, `F${k + 10}`, 'warning'));
    const html = page(many, { errors: 0, warnings: 1234, infos: 0 });
    expect(html).toContain('data-value="1234">1.234</td>');
    expect(html).toMatch(/\(1\.234\)<\/summary>/);
    expect(html).not.toMatch(/>1234</);
  });

  test('the summary table names the severities by their words, and nothing else lỗi', () => {
    const head = page([]).match(/<thead>(.*?)<\/thead>/s)?.[1] ?? '';
    const columns = [...head.matchAll(/<button type="button">([^<]*)</g)].map((m) => m[1]);
    expect(columns).toEqual(['Tệp', 'Cơ quan', 'Năm kế hoạch', 'Nhiệm vụ', 'Lỗi', 'Cảnh báo', 'Gợi ý', 'Tình trạng']);
  });
});

describe('renderJson', () => {
  it('one file: {file, sheets, summary} with a message on every issue', () => {
    const doc = JSON.parse(renderJson([file], [], render, false));
    expect(Object.keys(doc)).toEqual(['file', 'sheets', 'summary']);
    expect(doc.file).toBe('a.xlsx');
    expect(doc.summary).toEqual({ errors: 2, warnings: 1, infos: 1 });
    expect(doc.sheets[0].issues[0]).toMatchObject({ code: 'deadline.invalid', row: 12, message: 'thông điệp deadline.invalid dòng 12', suggestionText: 'Quý II/2024' });
    expect(doc.sheets[0].planYear).toBe(2024);
  });

  it('several files: {files, summary} summed, errors only when a file failed', () => {
    const two = JSON.parse(renderJson([file, file], [], render, true));
    expect(Object.keys(two)).toEqual(['files', 'summary']);
    expect(two.summary).toEqual({ errors: 4, warnings: 2, infos: 2 });
    const failed = JSON.parse(renderJson([file], [{ file: 'x.xlsx', kind: 'missing', message: 'không tìm thấy tệp.' }], render, true));
    expect(failed.errors).toEqual([{ file: 'x.xlsx', kind: 'missing', message: 'không tìm thấy tệp.' }]);
    expect(failed.files).toHaveLength(1);
  });

  it('does not change the reports it is given', () => {
    renderJson([file], [], render, false);
    expect('message' in file.sheets[0]!.issues[0]!).toBe(false);
  });
});
