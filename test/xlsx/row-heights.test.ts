/**
 * Row heights of new workbooks (src/xlsx/create/row-heights.ts): wrapped rows get a height from
 * their text, and LibreOffice then prints every line of the quarterly report and the new appendix
 * without lines running over each other (checked on the PDF it makes, word boxes by pdftotext).
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkSheet, parsePeriod, periodReport } from '../../src/core';
import { newAppendixSheet, periodReportSheet } from '../../src/layout';
import { defaultTemplates } from '../../src/templates';
import { createWorkbook, estimateRowHeights, wrappedLines, type SheetSpec } from '../../src/xlsx/create';
import { gridOf } from '../helpers/grid';
import { PROGRESS_HEADER } from '../helpers/progress-sheet';

const TNR13 = { name: 'Times New Roman', size: 13 };

describe('wrappedLines', () => {
  test.each([
    ['', 10, 1],
    ['một hai ba', 20, 1],
    ['một hai ba', 7, 2], // "một hai" is 6.5 letters; "ba" goes below
    ['một hai ba', 3, 3],
    ['dòng một\ndòng hai', 40, 2], // a line break starts a line
    ['x'.repeat(25), 10, 3], // a word longer than the line breaks across lines
    ['ĐÂY LÀ CHỮ HOA', 10, 2], // capitals are wider: 11 letters × 1.4
  ])('%j in %d letters: %d lines', (text, room, lines) => {
    expect(wrappedLines(text, room)).toBe(lines);
  });
});

describe('estimateRowHeights', () => {
  const long = 'Rà soát, đánh giá, đơn giản hóa thủ tục hành chính thuộc phạm vi quản lý của Sở theo kế hoạch của tỉnh';
  const spec = (rows: SheetSpec['rows'], extra: Partial<SheetSpec> = {}): SheetSpec => ({ name: 'S', rows, widths: [10, 40], defaultFont: TNR13, ...extra });
  const wrap = { wrap: true };

  test('one line, no wrap, numbers, empty: no height (the default row)', () => {
    const h = estimateRowHeights(spec([[{ value: 'ngắn', style: wrap }], [{ value: long }], [{ value: 12345, style: wrap }], []]), TNR13);
    expect(h).toEqual([undefined, undefined, undefined, undefined]);
  });

  test('wrapped long text: taller the narrower its column, in whole lines', () => {
    const [narrow, wide] = estimateRowHeights(spec([[{ value: long, style: wrap }], [null as never, { value: long, style: wrap }]]), TNR13);
    // 93 letters and spaces; in 10 − 0.8 units ≈ 9 letters: 12+ lines; in 40 units: 3 lines
    expect(narrow).toBeGreaterThan(wide!);
    expect(wide).toBe(Math.ceil((3 * 17 + 2) * 4) / 4);
    expect(narrow! % 0.25).toBe(0);
  });

  test('a cell merged across columns wraps in their total width; one merged down is left alone', () => {
    const rows: SheetSpec['rows'] = [[{ value: long, style: wrap }], [{ value: long, style: wrap }], []];
    const across = estimateRowHeights(spec(rows, { merges: [{ top: 0, left: 0, bottom: 0, right: 1 }] }), TNR13);
    const alone = estimateRowHeights(spec(rows), TNR13);
    expect(across[0]).toBeLessThan(alone[0]!);
    expect(estimateRowHeights(spec(rows, { merges: [{ top: 1, left: 0, bottom: 2, right: 0 }] }), TNR13)[1]).toBeUndefined();
  });

  test('bigger and bold fonts need more lines', () => {
    const plain = estimateRowHeights(spec([[null as never, { value: long, style: wrap }]]), TNR13)[0]!;
    const bold = estimateRowHeights(spec([[null as never, { value: long + ' ' + long, style: { wrap: true, font: { bold: true, size: 16 } } }]]), TNR13)[0]!;
    expect(bold).toBeGreaterThan(plain);
  });

  test('the workbook writes them as custom heights; explicit heights win; out of range is refused', async () => {
    const rows: SheetSpec['rows'] = [[null as never, { value: long, style: wrap }], [{ value: 'a' }]];
    const xml = sheetXml(createWorkbook([spec(rows)]));
    expect(xml).toMatch(/<row r="1" ht="[\d.]+" customHeight="1">/);
    expect(xml).toContain('<row r="2">');
    expect(sheetXml(createWorkbook([spec(rows, { heights: [undefined, 30] })]))).toContain('<row r="2" ht="30" customHeight="1">');
    expect(() => createWorkbook([spec(rows, { heights: [500] })])).toThrow(/Row height out of range/);
  });
});

function sheetXml(bytes: Uint8Array): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { unzipSync, strFromU8 } = require('fflate') as typeof import('fflate');
  return strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']!);
}

/** LibreOffice's PDF of the workbook, as words with their boxes (pdftotext -bbox). */
function pdfWords(bytes: Uint8Array): { text: string; page: number; x0: number; y0: number; x1: number; y1: number }[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'phuluc-pdf-'));
  const file = path.join(dir, 'book.xlsx');
  writeFileSync(file, bytes);
  execFileSync('soffice', [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { stdio: 'ignore', timeout: 120_000 });
  const pdf = readdirSync(dir).find((f) => f.endsWith('.pdf'));
  if (!pdf) throw new Error('LibreOffice made no PDF');
  const html = execFileSync('pdftotext', ['-bbox', path.join(dir, pdf), '-'], { encoding: 'utf8' });
  const words: { text: string; page: number; x0: number; y0: number; x1: number; y1: number }[] = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page++;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (m) words.push({ page, x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]), text: m[5]! });
  }
  return words;
}

/** Pairs of words whose boxes cross by more than a third of a line (lines running over each other). */
function overlaps(words: ReturnType<typeof pdfWords>): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j < words.length; j++) {
      const a = words[i]!;
      const b = words[j]!;
      if (a.page !== b.page) continue;
      const dx = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const dy = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      if (dx > 1 && dy > (a.y1 - a.y0) / 3) out.push(`${a.text} / ${b.text}`);
    }
  }
  return out;
}

const LONG_TASKS = [
  'Rà soát, đánh giá, đơn giản hóa thủ tục hành chính thuộc phạm vi quản lý của Sở theo kế hoạch của Ủy ban nhân dân tỉnh, đề xuất phương án cắt giảm',
  'Tổ chức tập huấn, bồi dưỡng nghiệp vụ cải cách hành chính cho công chức, viên chức các phòng, đơn vị thuộc Sở và các tổ chức liên quan',
  'Kiểm tra công tác cải cách hành chính',
];

describe('LibreOffice prints them without lines over each other', () => {
  test('the quarterly report', () => {
    const grid = gridOf('Phụ lục', [
      ['CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026 CỦA SỞ NỘI VỤ'],
      PROGRESS_HEADER,
      ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH'],
      [1, LONG_TASKS[0]!, 'Văn phòng Sở; Thanh tra Sở; Phòng Kế hoạch - Tài chính', null, 'Quý I/2026', 'Đang thực hiện'],
      [2, LONG_TASKS[1]!, 'Văn phòng Sở', null, 'Tháng 3, 6, 9, 12/2026', null],
      [3, LONG_TASKS[2]!, 'Thanh tra Sở', null, 'Tháng 02/2026', 'Đã hoàn thành'],
    ]);
    const r = periodReport(checkSheet(grid).report, parsePeriod('Quý I/2026')!, '2026-04-10');
    const words = pdfWords(createWorkbook([periodReportSheet(r)]));
    expect(overlaps(words)).toEqual([]);
    // every word of every task is printed (none cut off at the bottom of a short row)
    const printed = new Map<string, number>();
    for (const w of words) printed.set(w.text, (printed.get(w.text) ?? 0) + 1);
    const needed = new Map<string, number>();
    for (const t of LONG_TASKS) for (const w of t.split(' ')) needed.set(w, (needed.get(w) ?? 0) + 1);
    expect([...needed].filter(([w, n]) => (printed.get(w) ?? 0) < n)).toEqual([]);
  }, 180_000);

  test('the new appendix with the standard tasks', () => {
    const spec = newAppendixSheet({ year: 2026, body: 'Sở Lao động - Thương binh và Xã hội', templates: defaultTemplates() });
    expect(estimateRowHeights(spec, TNR13).filter((h) => h !== undefined).length).toBeGreaterThan(3);
    const words = pdfWords(createWorkbook([spec]));
    expect(words.length).toBeGreaterThan(100);
    expect(overlaps(words)).toEqual([]);
  }, 180_000);
});
