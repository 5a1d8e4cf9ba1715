/**
 * `phuluc report` on an appendix written by openpyxl (test/fixtures/progress/make.py, whose
 * comments say what each row is). Expected counts worked out by hand from those rows:
 * due by 31/03/2026: rows 7 (on time), 8 (late, says so), 11 (no status), 14 (done 05/03 after
 * 28/02: late), 18 (in progress, due 31/03), 19 (on time); recurring or conditional: rows 9, 15;
 * due later: rows 12, 16.
 */
import { readFileSync, writeFileSync } from 'fs';
import { strFromU8, unzipSync } from 'fflate';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { libreOfficeCsv, openpyxl } from '../helpers/external';
import { captureIo, fixture, tempDir } from './helpers';
import { progressSheet } from '../helpers/progress-sheet';
import { createWorkbook, type SheetSpec } from '../../src/xlsx/create';

const PLAN = fixture(path.join('progress', 'so-noi-vu-2026.xlsx'));
const run = async (args: string[], today = '2026-04-10') => {
  const io = Object.assign(captureIo(), { today: () => today });
  const code = await main(args, io);
  return { code, out: io.stdout, err: io.stderr };
};

describe('phuluc report', () => {
  test('Quý I/2026 on 10/04/2026: 6 due; 2 on time, 2 late, 2 overdue (rows 11 and 18)', async () => {
    const { code, out } = await run(['report', PLAN, '--period', 'Quý I/2026', '--date', '2026-04-10']);
    expect(code).toBe(0);
    expect(out).toContain('Báo cáo Quý I/2026 — Sở Nội vụ');
    expect(out).toContain('số liệu đến ngày 10/04/2026');
    expect(out).toContain('Nhiệm vụ đến hạn (đến hết ngày 31/03/2026): 6');
    expect(out).toContain('Hoàn thành đúng hạn: 2');
    expect(out).toContain('Hoàn thành quá hạn: 2');
    expect(out).toContain('Đang thực hiện, chưa đến hạn: 0');
    expect(out).toContain('Quá hạn, chưa hoàn thành: 2');
    expect(out).toContain('Nhiệm vụ thường xuyên, theo yêu cầu: 2 (đã hoàn thành 0, đang thực hiện 1, chưa thực hiện 1)');
    expect(out).toContain('Chưa đến hạn (sau kỳ báo cáo): 2');
    expect(out).toMatch(/Dòng 11 .*Rà soát văn bản/);
    expect(out).toMatch(/Dòng 18 .*Xây dựng quy chế chi tiêu nội bộ/);
  });

  test('on 31/03 nothing of March is overdue yet: row 11 not started, row 18 in progress', async () => {
    const { out } = await run(['report', PLAN, '--period', 'quý 1/2026', '--date', '31/03/2026']);
    expect(out).toContain('Đang thực hiện, chưa đến hạn: 1');
    expect(out).toContain('Chưa thực hiện, chưa đến hạn: 1');
    expect(out).toContain('Quá hạn, chưa hoàn thành: 0');
  });

  test('without --date the figures are as of today', async () => {
    const { out } = await run(['report', PLAN, '--period', 'Quý I/2026'], '2026-03-31');
    expect(out).toContain('số liệu đến ngày 31/03/2026');
  });

  test('6 tháng on 05/07/2026 adds row 12 (due 30/06, in progress): overdue 3', async () => {
    const { out } = await run(['report', PLAN, '--period', '6 tháng/2026', '--date', '2026-07-05', '--json']);
    const doc = JSON.parse(out) as { period: string; asOf: string; reports: { counts: Record<string, number>; notYetDue: number }[] };
    expect(doc.period).toBe('6 tháng đầu năm 2026');
    expect(doc.asOf).toBe('2026-07-05');
    expect(doc.reports[0]!.counts).toEqual({ total: 7, doneOnTime: 2, doneLate: 2, inProgress: 0, notStarted: 0, overdue: 3 });
    expect(doc.reports[0]!.notYetDue).toBe(1);
  });

  test('--out writes a report workbook that openpyxl and LibreOffice open and phuluc checks without error', async () => {
    const out = path.join(tempDir(), 'báo-cáo-quý-1.xlsx');
    const r = await run(['report', PLAN, '--period', 'Quý I/2026', '--date', '2026-04-10', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Đã ghi tệp ${out}.`);

    const setup = openpyxl<{ name: string; titles: string; page: [string, number, number]; font: [string, number] }>(
      out,
      `ws = wb.worksheets[0]
print(json.dumps({'name': ws.title, 'titles': ws.print_title_rows, 'page': [ws.page_setup.orientation, ws.page_setup.paperSize, ws.page_setup.fitToWidth], 'font': [ws['B2'].font.name, ws['B2'].font.sz]}))`,
    );
    expect(setup.name).toBe('Báo cáo Quý I năm 2026');
    expect(setup.page).toEqual(['landscape', 9, 1]);
    expect(setup.font).toEqual(['Times New Roman', 13]);

    const rows = libreOfficeCsv(out);
    const header = rows.findIndex((row) => row[0] === 'STT');
    expect(setup.titles).toBe(`$${header + 1}:$${header + 1}`);
    const count = (label: string) => rows.find((row) => row[1]?.startsWith(label))?.[4];
    expect(count('Nhiệm vụ đến hạn')).toBe('6');
    expect(count('Hoàn thành đúng hạn')).toBe('2');
    expect(count('Hoàn thành quá hạn')).toBe('2');
    expect(count('Quá hạn, chưa hoàn thành')).toBe('2');
    // the list: appendix rows by section, in order
    const listed = rows.slice(header + 1).filter((row) => /^\d+$/.test(row[0] ?? '')).map((row) => Number(row[6]));
    expect(listed).toEqual([7, 8, 11, 14, 18, 19, 9, 15]);

    const check = await run(['check', out]);
    expect(check.code).toBe(0);
    // Known as phuluc's own report, not checked as a plan: it quotes the appendix's texts.
    expect(check.out).toContain('Trang tính "Báo cáo Quý I năm 2026": báo cáo tiến độ do phuluc tạo, không phải phụ lục: không kiểm tra');
    expect(check.out).toContain('Không có vấn đề nào');
  }, 120_000);

  describe('the shares read the Vietnamese way whatever the reader\'s locale; the counts stay numbers', () => {
    // Due 6: on time 2, late 2, in progress 0, not started 0, overdue 2 (see the top of this file).
    const LABELS = ['Nhiệm vụ đến hạn', 'Hoàn thành đúng hạn', 'Hoàn thành quá hạn', 'Đang thực hiện, chưa đến hạn', 'Chưa thực hiện, chưa đến hạn', 'Quá hạn, chưa hoàn thành'];
    const COUNTS = ['6', '2', '2', '0', '0', '2'];
    const SHARES = ['', '33,3%', '33,3%', '0,0%', '0,0%', '33,3%'];
    let out: string;
    beforeAll(async () => {
      out = path.join(tempDir(), 'bao-cao.xlsx');
      expect((await run(['report', PLAN, '--period', 'Quý I/2026', '--date', '2026-04-10', '--out', out])).code).toBe(0);
    });

    test('in the package: each count a number under the General format, each share the text "33,3%"', () => {
      type Cell = [string, string | number | null, string];
      const cells = openpyxl<Cell[][]>(
        out,
        `ws = wb.worksheets[0]
print(json.dumps([[[ws.cell(r, c).data_type, ws.cell(r, c).value, ws.cell(r, c).number_format] for c in (2, 5, 6)] for r in range(1, 16)]))`,
      );
      const byLabel = (label: string) => cells.find((row) => String(row[0]![1] ?? '').startsWith(label))!;
      LABELS.forEach((label, i) => {
        const [, count, share] = byLabel(label);
        expect(count).toEqual(['n', Number(COUNTS[i]), 'General']);
        if (SHARES[i]) expect(share).toEqual(['s', SHARES[i], 'General']);
        else expect(share![1]).toBeNull();
      });
      // No percent format left anywhere in the sheet to print with the reader's separators.
      expect(cells.flat().filter((c) => c[2].includes('%'))).toEqual([]);
      // Excel is told the shares are text on purpose (no "number stored as text" triangle).
      const shareRows = cells.flatMap((row, r) => (row[2]![0] === 's' && /%$/.test(String(row[2]![1])) ? [`F${r + 1}`] : []));
      expect(shareRows).toHaveLength(5);
      const xml = strFromU8(unzipSync(readFileSync(out))['xl/worksheets/sheet1.xml']!);
      expect(xml).toContain(`<ignoredErrors><ignoredError sqref="${shareRows.join(' ')}" numberStoredAsText="1"/></ignoredErrors>`);
    });

    // An English (and a C) reader would print 33.3% from a number format; a Vietnamese one 33,3%.
    test.each(['en_US.UTF-8', 'C.UTF-8', 'de_CH.UTF-8', 'vi_VN.UTF-8'])('opened by LibreOffice under %s', (locale) => {
      const rows = libreOfficeCsv(out, locale);
      const byLabel = (label: string) => rows.find((row) => row[1]?.startsWith(label))!;
      expect(LABELS.map((l) => byLabel(l)[4])).toEqual(COUNTS);
      expect(LABELS.map((l) => byLabel(l)[5])).toEqual(SHARES);
    }, 120_000);
  });

  test.each([
    [['report', PLAN, '--period', 'Quý V/2026'], /Kỳ báo cáo không hợp lệ: "Quý V\/2026"/],
    [['report', PLAN, '--period', 'Quý I'], /Kỳ báo cáo không hợp lệ/],
    [['report', PLAN, '--period', '7 tháng/2026'], /Kỳ báo cáo không hợp lệ/],
    [['report', PLAN, '--period', 'Tháng 3/2026'], /Kỳ báo cáo không hợp lệ/],
    [['report', PLAN, '--period', 'Quý I/26'], /Kỳ báo cáo không hợp lệ/],
    [['report', PLAN, '--period', 'Quý I/1800'], /Kỳ báo cáo không hợp lệ/],
    [['report', PLAN, '--period', 'hết quý'], /Kỳ báo cáo không hợp lệ/],
    [['report', PLAN, '--period'], /Thiếu giá trị cho --period/],
    [['report', PLAN], /cần --period/],
    [['report', PLAN, '--period', 'Quý I/2026', '--date', '31/02/2026'], /Ngày không hợp lệ/],
    [['report', PLAN, '--period', 'Quý I/2026', '--date', '2026-13-01'], /Ngày không hợp lệ/],
    [['report', PLAN, '--period', 'Quý I/2026', '--date', 'hôm nay'], /Ngày không hợp lệ/],
    [['report', PLAN, '--period', 'Quý I/2026', '--out', PLAN], /không ghi đè lên tệp gốc/],
    [['report', PLAN, PLAN, '--period', 'Quý I/2026'], /chỉ nhận một tệp/],
    [['report', path.join(tempDir(), 'khong-co.xlsx'), '--period', 'Quý I/2026'], /không tìm thấy tệp/],
    [['report', tempDir(), '--period', 'Quý I/2026'], /đây là một thư mục, không phải tệp bảng tính/],
  ])('%j is refused (exit 2)', async (args, reason) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(reason);
    expect(r.out).toBe('');
  });

  test('a table without a status column: every task due by 31/03 is overdue (rows 4 5 7 13 14 18), and the report says why', async () => {
    // The progress sheet of the core tests with its status column (F) left out, written as .xlsx.
    const grid = progressSheet();
    const sheet: SheetSpec = {
      name: 'Phụ lục',
      rows: grid.rows.map((row) => (row ?? []).slice(0, 5).map((cell) => (cell === undefined || cell === null ? undefined : { value: cell.value as string | number }))),
      merges: [{ top: 0, left: 0, bottom: 0, right: 4 }],
    };
    const file = path.join(tempDir(), 'khong-cot-tinh-hinh.xlsx');
    writeFileSync(file, createWorkbook([sheet]));
    const out = path.join(tempDir(), 'bao-cao.xlsx');
    const r = await run(['report', file, '--period', 'Quý I/2026', '--date', '10/04/2026', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Nhiệm vụ đến hạn (đến hết ngày 31/03/2026): 6');
    expect(r.out).toContain('Hoàn thành đúng hạn: 0');
    expect(r.out).toContain('Quá hạn, chưa hoàn thành: 6');
    expect(r.out).toContain('Lưu ý: bảng phụ lục chưa có cột Tình hình thực hiện');
    expect([...r.out.matchAll(/Dòng (\d+) /g)].map((m) => Number(m[1]))).toEqual([4, 5, 7, 13, 14, 18]);
    // the workbook carries the same note under its counts
    const rows = libreOfficeCsv(out);
    expect(rows.some((row) => row.some((v) => v.startsWith('Ghi chú: bảng phụ lục chưa có cột Tình hình thực hiện')))).toBe(true);
  }, 120_000);

  test('a period of another year than the plan: nothing is due in it, and the report says the year is not the plan\'s', async () => {
    const { code, out } = await run(['report', PLAN, '--period', 'Quý I/2025', '--date', '2025-04-01']);
    expect(code).toBe(0);
    expect(out).toContain('Nhiệm vụ đến hạn (đến hết ngày 31/03/2025): 0');
    expect(out).toContain('Lưu ý: kỳ báo cáo (Quý I/2025) không thuộc năm kế hoạch 2026');
    // the plan's own year draws no such note
    const own = await run(['report', PLAN, '--period', 'Năm 2026', '--date', '2026-04-10']);
    expect(own.out).not.toContain('không thuộc năm kế hoạch');
  });

  test('a task whose text runs over several lines is listed on one line', async () => {
    const grid = progressSheet();
    const rows = grid.rows.map((row) => (row ?? []).map((cell) => (cell === undefined || cell === null ? undefined : { value: cell.value as string | number })));
    rows[6]![1] = { value: 'Tự đánh giá chỉ số CCHC:\n- thu thập số liệu;\n- chấm điểm' };
    const file = path.join(tempDir(), 'nhieu-dong.xlsx');
    writeFileSync(file, createWorkbook([{ name: 'Phụ lục', rows, merges: [{ top: 0, left: 0, bottom: 0, right: 5 }] }]));
    const { out } = await run(['report', file, '--period', 'Quý I/2026', '--date', '10/04/2026']);
    expect(out).toMatch(/Dòng 7 +4\. Tự đánh giá chỉ số CCHC: - thu thập số liệu; - chấm điểm — Văn phòng Sở, Thanh tra Sở — /);
  });

  test('a workbook without a task table: exit 2 with the reason', async () => {
    const file = path.join(tempDir(), 'khong-bang.xlsx');
    writeFileSync(file, (await import('../../src/xlsx/create')).createWorkbook([{ name: 'Ghi chú', rows: [[{ value: 'Không có bảng' }]] }]));
    const r = await run(['report', file, '--period', 'Năm 2026']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('không tìm thấy bảng nhiệm vụ');
  });
});

describe('phuluc report: a report date before the period is said, not silently reported', () => {
  test.each([
    ['2020-01-01', true],
    ['2025-12-31', true],
    ['2026-01-01', false],
  ])('Quý I/2026 --date %s: note %s', async (date, note) => {
    const { code, out } = await run(['report', PLAN, '--period', 'Quý I/2026', '--date', date]);
    expect(code).toBe(0);
    expect(out.includes(`Lưu ý: ngày báo cáo ${date.split('-').reverse().join('/')} ở trước kỳ báo cáo Quý I/2026`)).toBe(note);
  });
});

describe('phuluc report: a report date before its period starts is said, not refused', () => {
  test.each([
    ['Quý I/2026', '2025-12-31', '31/12/2025', '01/01/2026'],
    ['Quý II/2026', '2026-03-31', '31/03/2026', '01/04/2026'],
    ['Quý IV/2026', '01/01/2026', '01/01/2026', '01/10/2026'],
    ['Năm 2026', '2025-06-30', '30/06/2025', '01/01/2026'],
  ])('%s on %s: the notice on stderr, the report on stdout, exit 0', async (period, date, shown, start) => {
    const { code, out, err } = await run(['report', PLAN, '--period', period, '--date', date]);
    expect(code).toBe(0);
    expect(err).toContain(`Lưu ý: ngày báo cáo ${shown} trước khi kỳ`);
    expect(err).toContain(`bắt đầu (${start})`);
    expect(out).toContain(`số liệu đến ngày ${shown}`);
  });

  test.each([
    ['Quý I/2026', '2026-01-01'],
    ['Quý I/2026', '2026-04-10'],
    ['Quý II/2026', '2026-04-01'],
    ['6 tháng/2026', '2026-07-05'],
  ])('%s on %s: no notice', async (period, date) => {
    const { code, err } = await run(['report', PLAN, '--period', period, '--date', date]);
    expect(code).toBe(0);
    expect(err).not.toContain('Lưu ý');
  });

  test('without --date, today before the period gets the notice too', async () => {
    const { err } = await run(['report', PLAN, '--period', 'Quý III/2026'], '2026-05-02');
    expect(err).toContain('Lưu ý: ngày báo cáo 02/05/2026 trước khi kỳ Quý III/2026 bắt đầu (01/07/2026)');
  });
});
