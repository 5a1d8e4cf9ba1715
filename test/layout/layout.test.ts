/**
 * What phuluc creates, as sheet descriptions: laid out in the house style, and — read back as a
 * grid — checked by the engine without an error.
 */
import { checkSheet, parsePeriod, periodReport, type Grid } from '../../src/core';
import { STANDARD_AREAS } from '../../src/core/areas';
import { bodyInitials, issueListSheet, newAppendixSheet, periodReportSheet } from '../../src/layout';
import { defaultTemplates, fold } from '../../src/templates';
import type { SheetSpec } from '../../src/xlsx/create';
import { xmlText } from '../../src/xlsx/create/xml';
import { loadGridJson, withCells } from '../helpers/grid-json';
import { progressSheet } from '../helpers/progress-sheet';

/** The grid an adapter would read from the sheet (values and merges). */
function asGrid(s: SheetSpec): Grid {
  return {
    name: s.name,
    rows: s.rows.map((row) => row.map((c) => (c && c.value !== null && c.value !== '' ? { value: c.value } : undefined))),
    merges: s.merges ?? [],
  };
}
const text = (s: SheetSpec, r: number, c = 0) => s.rows[r]?.[c]?.value;

describe('newAppendixSheet', () => {
  const empty = newAppendixSheet({ year: 2027, body: 'Sở Nội vụ' });
  const full = newAppendixSheet({ year: 2027, body: 'Sở Nội vụ', templates: defaultTemplates() });

  test('Nghị định 30 layout: label, capitals title, italic attached line, header, the standard areas', () => {
    expect(text(empty, 0)).toBe('Phụ lục');
    expect(empty.rows[0]![0]!.style?.font?.bold).toBe(true);
    expect(text(empty, 1)).toBe('CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2027 CỦA SỞ NỘI VỤ');
    expect(text(empty, 2)).toBe('(Kèm theo Kế hoạch số        /KH-SNV ngày      tháng      năm 2027 của Sở Nội vụ)');
    expect(empty.rows[2]![0]!.style?.font?.italic).toBe(true);
    expect(empty.rows[4]!.map((c) => c?.value)).toEqual(['STT', 'Nhiệm vụ', 'Sản phẩm', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành', 'Kinh phí thực hiện']);
    // 9 standard areas, numbered I … IX, one row each
    expect(empty.rows.slice(5).map((r) => `${r[0]?.value} ${r[1]?.value}`)).toEqual(
      STANDARD_AREAS.map((a, i) => `${['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'][i]} ${a.title}`),
    );
    expect(empty.defaultFont).toEqual({ name: 'Times New Roman', size: 13 });
    expect(empty.page).toMatchObject({ orientation: 'landscape', paper: 'A4', fitToWidth: true });
    expect(empty.printTitleRows).toEqual({ first: 4, last: 4 });
  });

  test('with the standard tasks: each area lists the library tasks of its area, numbered from 1', () => {
    const library = defaultTemplates();
    let r = 5;
    for (const area of STANDARD_AREAS) {
      expect(text(full, r, 1)).toBe(area.title);
      const mine = library.filter((t) => fold(t.area) === fold(area.title));
      for (let k = 0; k < mine.length; k++) {
        expect(text(full, r + 1 + k, 0)).toBe(k + 1);
        expect(text(full, r + 1 + k, 1)).toBe(mine[k]!.task.replace(/\{năm\}/g, '2027').replace(/\{cơ quan\}/g, 'Sở').replace(/\{ubnd\}/g, 'UBND tỉnh'));
      }
      r += 1 + mine.length;
    }
    expect(r).toBe(full.rows.length);
    // the year is filled in: no placeholder left
    expect(JSON.stringify(full.rows)).not.toMatch(/\{n[aă]m/);
  });

  test.each([
    ['empty', empty],
    ['with tasks', full],
  ])('%s: the engine finds the table and raises nothing', (_name, sheet) => {
    const { report } = checkSheet(asGrid(sheet));
    expect(report.kind).toBe('tasks');
    expect(report.planYear).toBe(2027);
    expect(report.body).toBe('Sở Nội vụ');
    expect(report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  test.each([
    ['Sở Nội vụ', 'SNV'],
    ['Sở Lao động - Thương binh và Xã hội', 'SLĐTBXH'],
    ['Sở Tài nguyên và Môi trường', 'STNMT'],
    ['Ủy ban nhân dân huyện Gio Linh', 'UBND'],
    ['UBND xã Ea Kar, tỉnh Đắk Lắk', 'UBND'],
    ['Ủy ban nhân dân phường Ba Đình, thành phố Hà Nội', 'UBND'],
    ['UBND thành phố Hà Nội', 'UBND'],
    ['Sở Nội vụ tỉnh Quảng Trị', 'SNV'],
    ['Sở Tư pháp, thành phố Hà Nội', 'STP'],
    ['Văn phòng UBND tỉnh', 'VPUBNDT'],
    ['Văn phòng HĐND và UBND xã', 'VPHĐNDUBNDX'],
    ['Ban Quản lý Khu kinh tế tỉnh Quảng Trị', 'BQLKKT'],
    ['Thanh tra tỉnh', 'TTT'],
    ['Sở LĐ-TB&XH', 'SLĐTBXH'],
    ['Sở KH&ĐT', 'SKHĐT'],
    // `&` standing alone is a conjunction, as `và` is: no initial
    ['Sở Văn hóa, Thể thao & Du lịch', 'SVHTTDL'],
    ['Sở Văn hóa, Thể thao và Du lịch', 'SVHTTDL'],
    ['Sở Văn hóa - Thể thao & Du lịch tỉnh Quảng Trị', 'SVHTTDL'],
    ['văn phòng', 'VP'],
  ])('bodyInitials(%j) = %s', (body, initials) => {
    expect(bodyInitials(body)).toBe(initials);
  });
});

describe('periodReportSheet', () => {
  // The progress sheet's Quý I/2026 report on 10/04/2026 (see test/core/progress): due rows
  // 4 5 7 | 13 14 | 18; on time 1, late 2, overdue 3; ongoing rows 6, 11; undated row 17.
  const report = checkSheet(progressSheet()).report;
  const sheet = periodReportSheet(periodReport(report, parsePeriod('Quý I/2026')!, '2026-04-10'), { source: 'trang tính "Phụ lục"' });
  const col = (c: number) => sheet.rows.map((r) => r[c]?.value);

  test('title, date and counts', () => {
    expect(sheet.name).toBe('Báo cáo Quý I năm 2026');
    expect(text(sheet, 1)).toBe('TÌNH HÌNH THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH QUÝ I/2026 CỦA SỞ NỘI VỤ');
    expect(text(sheet, 2)).toBe('(Số liệu tính đến ngày 10/04/2026; theo trang tính "Phụ lục")');
    const counts = Object.fromEntries(sheet.rows.filter((r) => typeof r[4]?.value === 'number' && r[1]?.value).map((r) => [r[1]!.value, r[4]!.value]));
    expect(counts).toMatchObject({
      'Nhiệm vụ đến hạn (đến hết ngày 31/03/2026)': 6,
      'Hoàn thành đúng hạn': 1,
      'Hoàn thành quá hạn': 2,
      'Đang thực hiện, chưa đến hạn': 0,
      'Chưa thực hiện, chưa đến hạn': 0,
      'Quá hạn, chưa hoàn thành': 3,
      'Nhiệm vụ chưa đến hạn (sau kỳ báo cáo)': 3,
      'Nhiệm vụ chưa có thời hạn': 1,
    });
  });

  test('the list: by section, numbered afresh, each with its appendix row; header repeated on each page', () => {
    const header = sheet.rows.findIndex((r) => r[0]?.value === 'STT');
    expect(sheet.printTitleRows).toEqual({ first: header, last: header });
    expect(sheet.rows[header]!.map((c) => c?.value)).toEqual(['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Tình hình thực hiện', 'Đánh giá', 'Dòng']);
    const list = sheet.rows.slice(header + 1).map((r) => [r[0]?.value, r[6]?.value ?? r[1]?.value]);
    expect(list).toEqual([
      ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH'],
      [1, 4],
      [2, 5],
      [3, 7],
      ['II', 'CẢI CÁCH THỂ CHẾ'],
      [1, 13],
      [2, 14],
      ['III', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH'],
      [1, 18],
      ['IV', 'NHIỆM VỤ THƯỜNG XUYÊN, THEO YÊU CẦU'],
      [1, 6],
      [2, 11],
      ['V', 'NHIỆM VỤ CHƯA CÓ THỜI HẠN'],
      [1, 17],
    ]);
    expect(col(5)).toContain('Quá hạn, chưa hoàn thành');
    // an activity is listed under the task it belongs to, not as a task of its own
    expect(sheet.rows.find((r) => r[6]?.value === 13)?.[1]?.value).toBe('Tuyên truyền CCHC: Đăng tin trên Cổng thông tin');
    expect(sheet.rows.find((r) => r[6]?.value === 4)?.[1]?.value).toBe('Ban hành kế hoạch CCHC');
    expect(sheet.page).toMatchObject({ orientation: 'landscape', paper: 'A4' });
  });

  // It quotes the appendix (row 17 without a deadline, row 18 in 2025): checked as a plan it would
  // repeat those faults at its own cells. Read back, phuluc knows it as its report, in every shape
  // it leaves the writer in; a sheet that merely shares the title or the columns is checked.
  const grid = asGrid(sheet);
  const header = grid.rows.findIndex((r) => r?.[0]?.value === 'STT');
  type Rows = (Grid['rows'][number] extends readonly (infer C)[] | undefined ? C[] : never)[];
  const edited = (f: (rows: Rows) => void, name = grid.name): Grid => {
    const rows: Rows = grid.rows.map((r) => (r ?? []).map((c) => (c ? { ...c } : c)));
    f(rows);
    return { ...grid, name, rows };
  };
  test.each<[string, Grid]>([
    ['as written', grid],
    ['renamed', { ...grid, name: 'BC quý 1' }],
    ['a row inserted above the title', edited((rows) => rows.unshift([]))],
    ['a task row added by hand', edited((rows) => rows.push([{ value: 9 }, { value: 'Nhiệm vụ thêm' }, { value: 'Thanh tra Sở' }, { value: 'Tháng 3/2026' }]))],
    ['the title typed with extra spaces', edited((rows) => (rows[1]![0]!.value = '  TÌNH HÌNH THỰC HIỆN  NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH QUÝ I/2026'))],
  ])('read back %s: phuluc\'s own report, not checked as a plan', (_what, g) => {
    const { report: again } = checkSheet(g);
    expect(again).toMatchObject({ kind: 'none', ownOutput: 'period-report', issues: [] });
  });
  test.each<[string, Grid]>([
    ['without the title', edited((rows) => (rows[1]![0]!.value = 'KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026'))],
    ['without the Đánh giá column', edited((rows) => (rows[header]![5]!.value = 'Ghi chú'))],
    ['without the Dòng column', edited((rows) => (rows[header]![6]!.value = 'Ghi chú'))],
    ['with the title far below the top', edited((rows) => rows.unshift([], [], [], [], [], []))],
    ['with the title only in a later column', edited((rows) => rows[1]!.unshift({ value: 'Phụ lục' }))],
  ])('a table %s is checked as a plan', (_what, g) => {
    const { report: again } = checkSheet(g);
    expect(again.kind).toBe('tasks');
    expect(again.ownOutput).toBeUndefined();
    expect(again.issues.length).toBeGreaterThan(0);
  });
});

describe('issueListSheet', () => {
  test('one row per issue and per unreadable file, with filters and the header frozen', () => {
    const report = checkSheet(progressSheet()).report;
    const sheet = issueListSheet([{ file: 'a.xlsx', sheets: [report] }], [{ file: 'b.xls', kind: 'not-xlsx', message: 'tệp .xls cũ' }]);
    expect(sheet.name).toBe('Danh sách vấn đề');
    expect(sheet.rows[0]!.map((c) => c?.value)).toEqual(['Tệp', 'Trang tính', 'Ô', 'Mã vấn đề', 'Mức độ', 'Nội dung', 'Đề xuất']);
    expect(sheet.rows).toHaveLength(1 + report.issues.length + 1);
    const first = report.issues[0]!;
    const label = { error: 'Lỗi', warning: 'Cảnh báo', info: 'Gợi ý' }[first.severity];
    expect(sheet.rows[1]!.map((c) => c?.value).slice(0, 5)).toEqual(['a.xlsx', 'Phụ lục', first.cell, first.code, label]);
    expect(sheet.rows.at(-1)!.map((c) => c?.value).slice(0, 5)).toEqual(['b.xls', '', '', 'file.not-xlsx', 'Lỗi']);
    expect(sheet.freeze).toEqual({ rows: 1, cols: 0 });
    expect(sheet.autoFilter).toEqual({ top: 0, left: 0, bottom: sheet.rows.length - 1, right: 6 });
  });
});

describe('issueListSheet words', () => {
  // The list holds issues of every severity: its name and headers say *vấn đề*, never *lỗi*
  // (a severity), and the severity column says which each one is.
  const sheet = issueListSheet([{ file: 'a.xlsx', sheets: [checkSheet(progressSheet()).report] }]);
  test.each<[string, string]>([
    ['the sheet name', sheet.name],
    ...sheet.rows[0]!.map((c, i): [string, string] => [`header ${i + 1}`, String(c?.value)]),
  ])('%s does not call every issue an error: %j', (_what, text) => {
    expect(text).not.toMatch(/lỗi/iu);
    expect(text).not.toMatch(/gợi ý/iu);
  });

  // A suggested value is written as the sheet shows it: amounts with dots (20.500.000).
  // Planted: a line amount (F7 should be 6.000.000) and the total (F14 should be 20.000.000).
  const budget = checkSheet(
    withCells(loadGridJson('binh-dinh-budget.json'), { F7: { value: 6500000, numFmt: '#,##0' }, F14: { value: 21000000, numFmt: '#,##0' } }),
  ).report;
  const amounts = budget.issues.filter((i) => typeof i.suggestion === 'number' && i.suggestion >= 1000);
  test('the budget fixture suggests amounts of four digits or more', () => {
    expect(amounts.length).toBeGreaterThan(0);
  });
  const list = issueListSheet([{ file: 'b.xlsx', sheets: [budget] }]);
  test.each(amounts.map((i) => [i.cell ?? `row ${i.row}`, i] as const))('%s: the suggestion column writes the amount as the sheet does', (_cell, issue) => {
    const row = list.rows.find((r) => r[2]?.value === issue.cell && r[3]?.value === issue.code);
    expect(row?.[6]?.value).toBe((issue.suggestion as number).toLocaleString('vi-VN'));
    expect(String(row?.[6]?.value)).toMatch(/^\d{1,3}(\.\d{3})+$/);
  });
});

describe('xmlText', () => {
  test.each([
    ['a & b', 'a &amp; b'],
    ['<x>"y"', '&lt;x&gt;&quot;y&quot;'],
    ['_x0041_', '_x005F_x0041_'],
    ['a\u0001b\u001Fc', 'a_x0001_b_x001F_c'],
    ['tab\tand\nline', 'tab\tand\nline'],
  ])('%j → %j', (input, output) => {
    expect(xmlText(input)).toBe(output);
  });
});
