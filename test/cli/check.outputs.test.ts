/**
 * `phuluc check DIR --html --xlsx` for reviewers of many plans, and the progress bar on stderr.
 * The batch: the three fixture appendices, the legacy-font pair, the progress plan, and two files
 * that cannot be read (an old .xls and a text file), copied into one folder.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import { zipSync } from 'fflate';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { renderHtml } from '../../src/cli/report/html';
import { checkSheet, renderMessage } from '../../src/core';
import { groupIssues } from '../../src/core/issues';
import { codeTitle } from '../../src/core/messages';
import { openpyxl } from '../helpers/external';
import { progressSheet } from '../helpers/progress-sheet';
import { captureIo, fixture, tempDir } from './helpers';
import { buildCfb } from '../xlsx/cfb-build';

const READABLE = ['binh-dinh-2022.xlsx', 'quang-tri-2024.xlsx', 'quang-tri-2024-pasted.xlsx', 'legacy/tcvn3-appendix.xlsx', 'legacy/vni-appendix.xlsx', 'progress/so-noi-vu-2026.xlsx'];

function batch(): string {
  const dir = tempDir();
  for (const f of READABLE) copyFileSync(fixture(f), path.join(dir, path.basename(f)));
  // An old binary .xls (OLE compound file signature) and a text file renamed .xlsx.
  writeFileSync(path.join(dir, 'cu.xlsx'), Buffer.from(buildCfb({ names: ['Workbook'] })));
  writeFileSync(path.join(dir, 'ghi-chu.xlsx'), 'không phải bảng tính');
  return dir;
}

describe('phuluc check DIR --html --xlsx', () => {
  const dir = batch();
  const out = tempDir();
  const html = path.join(out, 'báo-cáo.html');
  const xlsx = path.join(out, 'danh-sách-lỗi.xlsx');
  let code = -1;
  let json: { files: { file: string; sheets: { issues: unknown[] }[]; summary: { errors: number; warnings: number; infos: number } }[]; errors: { file: string }[] };

  beforeAll(async () => {
    const io = captureIo();
    code = await main(['check', dir, '--html', html, '--xlsx', xlsx, '--json'], Object.assign(io, { now: () => '10/04/2026 09:00' }));
    json = JSON.parse(io.stdout);
  }, 60_000);

  test('exit 2 (two files unreadable), and the JSON lists 6 files and 2 unreadable ones', () => {
    expect(code).toBe(2);
    expect(json.files).toHaveLength(6);
    expect(json.errors.map((e) => path.basename(e.file)).sort()).toEqual(['cu.xlsx', 'ghi-chu.xlsx']);
  });

  test('the HTML is one self-contained page: a summary row per file, the unreadable ones with their reason', () => {
    const page = readFileSync(html, 'utf8');
    expect(page).not.toMatch(/<link|<script src|src="http|href="http|@import|url\(/);
    const summary = page.slice(page.indexOf('<table class="sortable"'), page.indexOf('</table>'));
    expect(summary.match(/<tr>/g)).toHaveLength(6 + 1); // the header row and one per readable file
    expect(summary.match(/<tr class="unreadable" data-rank="1">/g)).toHaveLength(2);
    expect(summary).toContain('Excel cũ (.xls)');
    expect(summary).toContain('Sở Nội vụ');
    expect(page).toContain('Lập lúc 10/04/2026 09:00');
    // the files read are counted as the text report counts them (6 read, 2 unreadable apart), not 8
    expect(page).toContain(`<p class="lead">Đã đọc 6 tệp: `);
    expect(page).toContain('; 2 tệp không đọc được. Lập lúc');
    // each readable file has its own section, listing every issue's cell
    expect(page.match(/<section class="file"/g)).toHaveLength(6);
    const issues = json.files.reduce((n, f) => n + f.sheets.reduce((m, s) => m + s.issues.length, 0), 0);
    expect(page.match(/<span class="cell">/g)).toHaveLength(issues);
  });

  test('the issue list has one row per issue and per unreadable file, filters and a frozen header', () => {
    const issues = json.files.reduce((n, f) => n + f.sheets.reduce((m, s) => m + s.issues.length, 0), 0);
    const got = openpyxl<{ sheet: string; rows: number; header: string[]; filter: string; freeze: string; codes: string[] }>(
      xlsx,
      `ws = wb.worksheets[0]
print(json.dumps({'sheet': ws.title, 'rows': ws.max_row, 'header': [c.value for c in ws[1]], 'filter': ws.auto_filter.ref, 'freeze': ws.freeze_panes,
  'codes': [ws.cell(r, 4).value for r in range(2, ws.max_row + 1)]}))`,
    );
    expect(got.sheet).toBe('Danh sách vấn đề');
    expect(got.header).toEqual(['Tệp', 'Trang tính', 'Ô', 'Mã vấn đề', 'Mức độ', 'Nội dung', 'Đề xuất']);
    expect(got.rows).toBe(1 + issues + 2);
    expect(got.filter).toBe(`A1:G${got.rows}`);
    expect(got.freeze).toBe('A2');
    expect(got.codes.filter((c) => c.startsWith('file.')).sort()).toEqual(['file.not-xlsx', 'file.not-xlsx']);
  });

  test('an output that is one of the inputs is refused', async () => {
    const io = captureIo();
    const input = path.join(dir, 'quang-tri-2024.xlsx');
    expect(await main(['check', dir, '--xlsx', input], io)).toBe(2);
    expect(io.stderr).toContain('không ghi đè lên tệp gốc');
  });
});

describe('folders that hold nothing to check, or only what cannot be read', () => {
  function folder(files: Record<string, Uint8Array | string>): string {
    const dir = tempDir();
    for (const [name, data] of Object.entries(files)) writeFileSync(path.join(dir, name), data);
    return dir;
  }
  const XLS = Buffer.from(buildCfb({ names: ['Workbook'] }));
  // An OpenDocument spreadsheet is a zip without xl/workbook.xml.
  const ODS = zipSync({ mimetype: new TextEncoder().encode('application/vnd.oasis.opendocument.spreadsheet') });

  test.each<[string, Record<string, Uint8Array | string>, RegExp]>([
    ['an empty folder', {}, /thư mục không có tệp bảng tính \(\.xlsx\) nào/],
    ['a folder of notes and pictures', { 'ghi-chu.txt': 'ghi chú', 'anh.png': '\x89PNG' }, /không có tệp bảng tính/],
    ['a folder holding only Excel lock files', { '~$quang-tri.xlsx': 'khoá' }, /không có tệp bảng tính/],
  ])('%s: exit 2 with the reason, and the HTML report still lists it as unreadable', async (_what, files, reason) => {
    const dir = folder(files);
    const html = path.join(tempDir(), 'r.html');
    const io = captureIo();
    expect(await main(['check', dir, '--html', html], io)).toBe(2);
    expect(io.stderr).toMatch(reason);
    const page = readFileSync(html, 'utf8');
    expect(page.match(/<tr class="unreadable" data-rank="1">/g)).toHaveLength(1);
    expect(page).toMatch(reason);
  });

  test('spreadsheets phuluc cannot read (.xls, .ods) are listed with their reason, not skipped; other files are', async () => {
    const dir = folder({ 'cu.xls': XLS, 'bang.ods': ODS, 'ghi-chu.txt': 'x', '~$khoa.xlsx': 'x' });
    copyFileSync(fixture('quang-tri-2024.xlsx'), path.join(dir, 'quang-tri-2024.xlsx'));
    const io = captureIo();
    expect(await main(['check', dir, '--json'], io)).toBe(2);
    const out = JSON.parse(io.stdout) as { files: { file: string }[]; errors: { file: string; message: string }[] };
    expect(out.files.map((f) => path.basename(f.file))).toEqual(['quang-tri-2024.xlsx']);
    expect(out.errors.map((e) => path.basename(e.file)).sort()).toEqual(['bang.ods', 'cu.xls']);
    expect(out.errors.find((e) => e.file.endsWith('cu.xls'))!.message).toContain('Excel cũ (.xls)');
    expect(out.errors.find((e) => e.file.endsWith('bang.ods'))!.message).toContain('OpenDocument (.ods)');
  });

  test('a subfolder is entered (its files are checked), and a folder that does not exist is named as missing', async () => {
    const dir = folder({});
    mkdirSync(path.join(dir, 'con'));
    copyFileSync(fixture('quang-tri-2024.xlsx'), path.join(dir, 'con', 'quang-tri-2024.xlsx'));
    const io = captureIo();
    expect(await main(['check', dir, path.join(dir, 'khong-co')], io)).toBe(2);
    expect(io.stdout).toContain(`Tệp ${path.join(dir, 'con', 'quang-tri-2024.xlsx')}`);
    expect(io.stdout).toContain(`Thư mục ${dir}: 1 tệp bảng tính (tìm cả trong 1 thư mục con).`);
    expect(io.stderr).not.toContain('không có tệp bảng tính');
    expect(io.stderr).toContain('không tìm thấy tệp');
  });
});

describe('grouping in the HTML report', () => {
  test('prints the pane\'s groups, in its order, errors first', () => {
    const { report } = checkSheet(progressSheet());
    const page = renderHtml([{ file: 'x.xlsx', sheets: [report], summary: { errors: 1, warnings: 0, infos: 0 } }], [], renderMessage, { generatedAt: '' });
    const printed = [...page.matchAll(/<details class="(\w+)" open><summary><span[^>]*>[^<]*<\/span> ([^<]*)<\/summary>/g)].map((m) => [m[1], m[2]]);
    const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
    const groups = groupIssues(report.issues);
    expect(groups.length).toBeGreaterThan(1);
    expect(printed).toEqual(groups.map((g) => [g.severity, esc(`${codeTitle(g.code)} (${g.issues.length})`)]));
  });

  test('escapes what a cell says', () => {
    const grid = progressSheet();
    const rows = grid.rows.map((r) => r?.slice());
    rows[3]![4] = { value: '<script>alert(1)</script>' };
    const { report } = checkSheet({ ...grid, rows });
    const page = renderHtml([{ file: 'x.xlsx', sheets: [report], summary: { errors: 1, warnings: 0, infos: 0 } }], [], renderMessage, { generatedAt: '' });
    expect(page).not.toContain('<script>alert(1)');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('the progress line', () => {
  const dir = batch();
  /** A clock that advances `step` ms each time it is read. */
  const ticking = (step: number) => {
    let t = 0;
    return () => (t += step);
  };

  test('is drawn on a terminal once a second has passed: one update per file, then the line is cleared', async () => {
    // Read at the start (600) and before each file: file 0 at 1200 ms is under a second, silent.
    const io = Object.assign(captureIo(), { errTTY: true, outTTY: true, columns: 100, clock: ticking(600) });
    await main(['check', dir], io);
    const frames = io.stderr.split('\r').filter((f) => f.includes('Đang kiểm tra'));
    expect(frames).toHaveLength(7);
    expect(frames[0]).toMatch(/^Đang kiểm tra 1\/8 tệp: /);
    expect(frames[6]).toMatch(/^Đang kiểm tra 7\/8 tệp: .*vni-appendix\.xlsx/);
    expect(frames.every((f) => f.length === 99)).toBe(true);
    // the reasons for unreadable files come after the line is cleared, on lines of their own
    expect(io.stderr).toMatch(/\r {99}\rphuluc: .*cu\.xlsx: /);
  });

  test('is not drawn into a pipe or a log', async () => {
    const io = Object.assign(captureIo(), { clock: ticking(600) });
    await main(['check', dir], io);
    expect(io.stderr).not.toContain('Đang kiểm tra');
    expect(io.stderr).not.toContain('\r');
  });
});
