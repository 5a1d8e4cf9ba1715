/**
 * `phuluc fix`'s text report: the heading says in which numbering the cells are named when rows
 * were deleted; what the deletions rewrote or moved is counted per sheet; a value with a line
 * break prints as `check` prints it (the next line indented, never `\x0a`). Expected text is
 * worked out from the fixtures (test/fixtures/cases/README.md, writer/make-fixtures.py).
 */
import * as path from 'path';
import { main } from '../../src/cli/main';
import { captureIo, fixture, tempDir, withNames } from './helpers';

const REF_NOTE =
  'Lưu ý: công thức ở ô B1 của trang "Thống kê" (địa chỉ trong tệp mới) tham chiếu một dòng đã xóa, nay hiện #REF! (như Excel khi xóa dòng).';
const DETAILS = 'Chi tiết từng ô (địa chỉ trong tệp gốc và tệp mới, công thức cũ và mới): phuluc fix --json.';

interface Case {
  name: string;
  input: () => string;
  /** The whole report, `OUT` for the output's path; or lines it must hold, in this order. */
  whole?: string[];
  lines?: string[];
  /** Text it must not hold. */
  absent?: RegExp[];
}

const CASES: Case[] = [
  {
    name: 'a repeated header deleted: the heading names the numbering, formulas and ranges counted, the #REF! noted',
    input: () => fixture('cases/delete-row-references.xlsx'),
    whole: [
      'Đã sửa 2 vấn đề (địa chỉ ô theo tệp gốc, trước khi xóa dòng):',
      '  "Phụ lục" A9: Xóa dòng 9 (tiêu đề bảng lặp lại)',
      '  "Phụ lục" E13: Sửa ô E13 thành "Tháng 06/2024"',
      // G12 on the sheet; B1 and B2 on "Thống kê".
      '3 công thức được cập nhật do xóa dòng ("Phụ lục": 1, "Thống kê": 2).',
      // B11:F11; the validations on E10:E13 and E7:E13; the format on E7:E13.
      'Trang "Phụ lục" cũng dời theo dòng: 1 vùng gộp ô, 2 quy tắc kiểm tra dữ liệu, 1 định dạng có điều kiện.',
      DETAILS,
      REF_NOTE,
      'Đã ghi tệp OUT.',
    ],
  },
  {
    name: 'with defined names and a merge on the deleted row: the names counted, the merge as removed',
    input: withNames,
    lines: [
      'Đã sửa 2 vấn đề (địa chỉ ô theo tệp gốc, trước khi xóa dòng):',
      '3 công thức được cập nhật do xóa dòng ("Phụ lục": 1, "Thống kê": 2).',
      'Trang "Phụ lục" cũng dời theo dòng: 1 vùng gộp ô, 2 quy tắc kiểm tra dữ liệu, 1 định dạng có điều kiện; bỏ cùng dòng đã xóa: 1 vùng gộp ô.',
      '2 tên định nghĩa (kể cả vùng in, tiêu đề in) được cập nhật do xóa dòng.',
      DETAILS,
    ],
  },
  {
    name: 'no row deleted: the plain heading, nothing about deletions',
    input: () => fixture('appendices/so-noi-vu-2026-loi.xlsx'),
    lines: ['Đã sửa 2 vấn đề:', '  "Phụ lục" A23: Đánh số lại (1 ô)'],
    absent: [/xóa dòng/u, /trước khi xóa/u, /phuluc fix --json/u],
  },
  {
    name: 'every deletion refused (a chart reads the rows): nothing said to have moved',
    input: () => fixture('writer/chart-over-appendix.xlsx'),
    lines: ['Đã sửa 8 vấn đề:', 'Không sửa 15 vấn đề để giữ nguyên tệp an toàn:'],
    absent: [/công thức được cập nhật/u, /dời theo dòng/u, /trước khi xóa dòng\):/u],
  },
  {
    name: 'a value with a line break continues on the next line, under the label, as check prints it',
    input: () => fixture('cases/x000d-inline-strings.xlsx'),
    lines: ['  "Phụ lục" E9: Sửa ô E9 thành "- Tổng kết trước ngày 20/04/2024', '                - Gửi báo cáo trước ngày 25/04/2024"'],
    absent: [/\\x0a/u, /\\x0d/u],
  },
];

describe('phuluc fix: the text report', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const out = path.join(tempDir(), 'đã-sửa.xlsx');
    const io = captureIo();
    expect(await main(['fix', c.input(), '--out', out], io)).toBe(0);
    const got = io.stdout.split('\n');
    if (c.whole) expect(io.stdout).toBe(c.whole.map((l) => l.replace('OUT', out)).join('\n') + '\n');
    let at = -1;
    for (const line of c.lines ?? []) {
      const i = got.indexOf(line, at + 1);
      expect({ line, found: i > at }).toEqual({ line, found: true });
      at = i;
    }
    for (const re of c.absent ?? []) expect(io.stdout).not.toMatch(re);
  }, 60_000);
});

describe('check and fix print a value with a line break the same way', () => {
  it('the second line of the value, indented under the text, in both; never escaped', async () => {
    const file = fixture('cases/x000d-inline-strings.xlsx');
    const check = captureIo();
    await main(['check', file], check);
    const fix = captureIo();
    await main(['fix', file, '--out', path.join(tempDir(), 'ra.xlsx')], fix);
    const second = '- Gửi báo cáo trước ngày 25/04/2024';
    const checkLine = check.stdout.split('\n').find((l) => l.trimStart().startsWith(second));
    const fixLine = fix.stdout.split('\n').find((l) => l.trimStart().startsWith(second));
    // check: under the suggestion's value ("      " + 7 + " " + 8 + " → Đề xuất: ")
    expect(checkLine).toBe(' '.repeat(34) + second);
    // fix: under the label ('  "Phụ lục" E9: ')
    expect(fixLine).toBe(' '.repeat(16) + second + '"');
    for (const s of [check.stdout, fix.stdout]) expect(s).not.toMatch(/\\x0[ad]/u);
  }, 60_000);
});
