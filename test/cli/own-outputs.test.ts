/**
 * phuluc's own files (the issue list of `check --xlsx`, the report of `report --out`) are not
 * plans: a folder checked again after they were written into it skips them, says so, and
 * keeps its exit code. Known by a custom document property, else by their shape.
 */
import { execFileSync } from 'child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Grid } from '../../src/core/grid';
import { main } from '../../src/cli/main';
import { ISSUE_LIST_HEADER, ownOutputKind, periodReportSheet, REPORT_TITLE } from '../../src/layout';
import { parsePeriod, periodReport } from '../../src/core/progress';
import { progressSheet } from '../helpers/progress-sheet';
import { createWorkbook } from '../../src/xlsx/create';
import { readCustomProperties } from '../../src/xlsx/custom-properties';
import { openPackage } from '../../src/xlsx/package';
import { captureIo, fixture, tempDir } from './helpers';

const grid = (name: string, rows: (string | number)[][]): Grid => ({ name, rows: rows.map((r) => r.map((value) => ({ value }))), merges: [] });
const issueList = grid('Danh sách vấn đề', [[...ISSUE_LIST_HEADER], ['a.xlsx', 'Phụ lục', 'D7', 'unit.unknown', 'Cảnh báo', '…', '']]);
/** The list as phuluc wrote it before the one-word rule (sheet and two headers said *lỗi*). */
const OLD_HEADER = ['Tệp', 'Trang tính', 'Ô', 'Mã lỗi', 'Mức độ', 'Nội dung', 'Gợi ý sửa'];
const oldIssueList = grid('Danh sách lỗi', [OLD_HEADER, ['a.xlsx', 'Phụ lục', 'D7', 'unit.unknown', 'Cảnh báo', '…', '']]);
const report = (name: string) => grid(name, [['Phụ lục'], [`${REPORT_TITLE} QUÝ I/2026 CỦA SỞ NỘI VỤ`], ['(Số liệu tính đến ngày 31/03/2026)']]);
const plan = grid('Phụ lục', [['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian hoàn thành'], [1, 'Rà soát thủ tục', 'Văn phòng', 'Quý I']]);
const props = (o: Record<string, string> = {}) => new Map(Object.entries(o));

describe('ownOutputKind', () => {
  test.each<[string, Map<string, string>, Grid[], string]>([
    ['marked as the issue list', props({ phuluc: 'issue-list' }), [plan], 'issue-list'],
    ['marked as the report', props({ phuluc: 'period-report' }), [plan], 'period-report'],
    ['an unmarked issue list (an older phuluc, or saved by a tool that drops the mark)', props(), [issueList], 'issue-list'],
    ['an unmarked issue list under its earlier name and header', props(), [oldIssueList], 'issue-list'],
    ['unmarked report sheets', props(), [report('Báo cáo Quý I năm 2026'), report('Báo cáo Quý I năm 2026 (2)')], 'period-report'],
  ])('knows %s', (_what, p, grids, kind) => {
    expect(ownOutputKind(p, grids)).toBe(kind);
  });

  test.each<[string, Map<string, string>, Grid[]]>([
    ['a plan', props(), [plan]],
    ['a plan with another phuluc mark', props({ phuluc: 'appendix' }), [plan]],
    ['a plan with an unrelated custom property', props({ 'issue-list': 'phuluc' }), [plan]],
    ['a sheet with the list\'s earlier name and another header', props(), [grid('Danh sách lỗi', [['STT', 'Lỗi', 'Ghi chú']])]],
    ['the list\'s header under another sheet name', props(), [grid('Sheet1', [[...ISSUE_LIST_HEADER]])]],
    ['a sheet named like the list with another header', props(), [grid('Danh sách vấn đề', [['STT', 'Vấn đề', 'Ghi chú']])]],
    ['the earlier name with the current header', props(), [grid('Danh sách lỗi', [[...ISSUE_LIST_HEADER]])]],
    ['the current name with the earlier header', props(), [grid('Danh sách vấn đề', [OLD_HEADER])]],
    ['a plan with the issue list pasted beside it', props(), [plan, issueList]],
    ['a plan with the pane\'s quarterly report sheet added', props(), [plan, report('Báo cáo Quý I năm 2026')]],
    ['a sheet named "Báo cáo" without the report\'s title', props(), [grid('Báo cáo Quý I năm 2026', [['Phụ lục'], ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026']])]],
    ['no worksheet', props(), []],
  ])('leaves %s to be checked', (_what, p, grids) => {
    expect(ownOutputKind(p, grids)).toBeUndefined();
  });
});

describe('custom document properties', () => {
  test('written by createWorkbook and read back, escaped; absent when none are given', () => {
    const sheet = { name: 'S', rows: [[{ value: 'x' }]] };
    const bytes = createWorkbook([sheet], { properties: { phuluc: 'issue-list', 'a&b <c>': 'x "y" & z' } });
    expect([...readCustomProperties(openPackage(bytes))]).toEqual([
      ['phuluc', 'issue-list'],
      ['a&b <c>', 'x "y" & z'],
    ]);
    expect(readCustomProperties(openPackage(createWorkbook([sheet]))).size).toBe(0);
  });
});

type Json = { files: { file: string }[]; skipped?: { file: string; kind: string }[]; errors?: unknown[] };

async function checkJson(args: string[]): Promise<{ code: number; json: Json }> {
  const io = captureIo();
  const code = await main(['check', ...args, '--json'], io);
  return { code, json: JSON.parse(io.stdout) as Json };
}

describe('check DIR after phuluc wrote its own files into DIR', () => {
  const PLANS = ['quang-tri-2024.xlsx', 'progress/so-noi-vu-2026.xlsx'];
  function folder(): string {
    const dir = tempDir();
    for (const f of PLANS) copyFileSync(fixture(f), path.join(dir, path.basename(f)));
    return dir;
  }
  const names = (j: Json) => j.files.map((f) => path.basename(f.file)).sort();

  test('--xlsx DIR/issues.xlsx, then check DIR: same exit code and files, the list skipped and said so', async () => {
    const dir = folder();
    const first = await checkJson([dir]);
    expect(first.json.skipped).toBeUndefined();
    const list = path.join(dir, 'issues.xlsx');
    // Run twice with --force: the second run finds its own output in the folder.
    expect((await checkJson([dir, '--xlsx', list])).code).toBe(first.code);
    const again = await checkJson([dir, '--xlsx', list, '--force']);
    expect(again.code).toBe(first.code);
    expect(again.json.skipped).toEqual([expect.objectContaining({ file: list, kind: 'own-output' })]);

    const after = await checkJson([dir]);
    expect(after.code).toBe(first.code);
    expect(names(after.json)).toEqual(names(first.json));
    expect(after.json.errors).toBeUndefined();
    expect(after.json.skipped).toEqual([expect.objectContaining({ file: list, kind: 'issue-list' })]);

    const text = captureIo();
    expect(await main(['check', dir], text)).toBe(first.code);
    expect(text.stdout).toContain(`Bỏ qua ${list}: là danh sách vấn đề do phuluc tạo`);
    expect(text.stdout).toMatch(/Tổng cộng đã đọc 2 tệp: .*; bỏ qua 1 tệp kết quả do phuluc tạo/);

    const html = path.join(tempDir(), 'r.html');
    expect(await main(['check', dir, '--html', html], captureIo())).toBe(first.code);
    const page = readFileSync(html, 'utf8');
    expect(page.match(/<tr class="skipped" data-rank="2">/g)).toHaveLength(1);
    expect(page).toContain(`<tr class="skipped" data-rank="2"><td>${list}</td>`);
    expect(page).toMatch(/<p class="lead">Đã đọc 2 tệp: .*; bỏ qua 1 tệp kết quả do phuluc tạo\./);
  }, 120_000);

  test.each([[[] as string[]], [['--force']]])('a plan named as --xlsx %j is an input: refused, and left whole', async (force) => {
    const dir = folder();
    const plan = path.join(dir, 'quang-tri-2024.xlsx');
    const before = readFileSync(plan);
    const io = captureIo();
    expect(await main(['check', dir, '--xlsx', plan, ...force], io)).toBe(2);
    expect(io.stderr).toMatch(/--xlsx là chính tệp gốc/);
    expect(io.stdout).toBe('');
    expect(readFileSync(plan).equals(before)).toBe(true);
  });

  test('the report of `report --out` written into the folder is skipped too', async () => {
    const dir = folder();
    const first = await checkJson([dir]);
    const out = path.join(dir, 'bao-cao-quy-1.xlsx');
    expect(await main(['report', path.join(dir, 'so-noi-vu-2026.xlsx'), '--period', 'Quý I/2026', '--date', '2026-03-31', '--out', out], captureIo())).toBe(0);
    const after = await checkJson([dir]);
    expect(after.code).toBe(first.code);
    expect(names(after.json)).toEqual(names(first.json));
    expect(after.json.skipped).toEqual([expect.objectContaining({ file: out, kind: 'period-report' })]);
  }, 120_000);

  test('an issue list saved again by LibreOffice (mark kept) and by openpyxl (mark dropped) is still known', async () => {
    const dir = folder();
    const first = await checkJson([dir]);
    const work = tempDir();
    const list = path.join(work, 'issues.xlsx');
    await main(['check', dir, '--xlsx', list], captureIo());
    const lo = mkdtempSync(path.join(os.tmpdir(), 'phuluc-lo-'));
    execFileSync('soffice', [`-env:UserInstallation=file://${path.join(lo, 'profile')}`, '--headless', '--convert-to', 'xlsx', '--outdir', lo, list], { stdio: 'ignore', timeout: 120_000 });
    copyFileSync(path.join(lo, 'issues.xlsx'), path.join(dir, 'issues-libreoffice.xlsx'));
    const op = `from openpyxl import load_workbook\nwb = load_workbook(${JSON.stringify(list)})\nwb.save(${JSON.stringify(path.join(dir, 'issues-openpyxl.xlsx'))})`;
    execFileSync('/usr/bin/python3', ['-c', op]);
    expect(readdirSync(dir).sort()).toEqual(['issues-libreoffice.xlsx', 'issues-openpyxl.xlsx', 'quang-tri-2024.xlsx', 'so-noi-vu-2026.xlsx']);
    const after = await checkJson([dir]);
    expect(after.code).toBe(first.code);
    expect(names(after.json)).toEqual(names(first.json));
    expect(after.json.skipped?.map((s) => [path.basename(s.file), s.kind])).toEqual([
      ['issues-libreoffice.xlsx', 'issue-list'],
      ['issues-openpyxl.xlsx', 'issue-list'],
    ]);
  }, 180_000);

  test('a file named on the command line is checked as asked, even phuluc\'s own list', async () => {
    const dir = tempDir();
    const list = path.join(dir, 'issues.xlsx');
    await main(['check', fixture('quang-tri-2024.xlsx'), '--xlsx', list], captureIo());
    const io = captureIo();
    await main(['check', list, '--json'], io);
    const doc = JSON.parse(io.stdout) as { file: string; sheets: unknown[] };
    expect(doc.file).toBe(list);
    expect(doc.sheets.length).toBeGreaterThan(0);
  }, 60_000);

  test('a plan whose sheet merely shares the list\'s name is checked, not skipped', async () => {
    const dir = folder();
    const first = await checkJson([dir]);
    writeFileSync(path.join(dir, 'other.xlsx'), createWorkbook([{ name: 'Danh sách lỗi', rows: [['STT', 'Nhiệm vụ'].map((value) => ({ value }))] }]));
    const after = await checkJson([dir]);
    expect(after.json.skipped).toBeUndefined();
    expect(names(after.json)).toEqual([...names(first.json), 'other.xlsx'].sort());
  }, 60_000);
});

describe('`check FILE` on what phuluc writes raises no issue of its own making', () => {
  type Sheet = { name: string; kind: string; ownOutput?: string; issues: { code: string; cell?: string }[] };
  async function sheetsOf(file: string): Promise<Sheet[]> {
    const io = captureIo();
    await main(['check', file, '--json'], io);
    return (JSON.parse(io.stdout) as { sheets: Sheet[] }).sheets;
  }
  const PLAN = fixture('progress/so-noi-vu-2026.xlsx');
  const report = async (source: string) => {
    const out = path.join(tempDir(), 'bao-cao.xlsx');
    expect(await main(['report', source, '--period', 'Quý I/2026', '--date', '2026-04-10', '--out', out], captureIo())).toBe(0);
    return out;
  };

  test.each<[string, () => Promise<string>, string | undefined]>([
    ['the quarterly report (it quotes the appendix\'s "Tháng 3/2026" and "Thanh tra Sở")', () => report(PLAN), 'period-report'],
    ['the issue list of `check --xlsx`', async () => {
      const out = path.join(tempDir(), 'ds.xlsx');
      await main(['check', PLAN, '--xlsx', out], captureIo());
      return out;
    }, undefined],
    ['the new appendix of `phuluc new`', async () => {
      const out = path.join(tempDir(), 'moi.xlsx');
      expect(await main(['new', '--year', '2027', '--body', 'Sở Nội vụ', '--out', out], captureIo())).toBe(0);
      return out;
    }, undefined],
  ])('%s', async (_what, make, own) => {
    const sheets = await sheetsOf(await make());
    expect(sheets.length).toBeGreaterThan(0);
    for (const s of sheets) {
      expect(s.issues).toEqual([]);
      if (own) expect(s).toMatchObject({ kind: 'none', ownOutput: own });
    }
  }, 120_000);

  test('a workbook of the appendix and its report sheet: the appendix\'s issues once, at its own cells', async () => {
    const grids = [progressSheet()];
    const alone = path.join(tempDir(), 'phu-luc.xlsx');
    const both = path.join(tempDir(), 'phu-luc-va-bao-cao.xlsx');
    const asSpec = (g: Grid) => ({ name: g.name, rows: g.rows.map((r) => (r ?? []).map((c) => (c ? { value: c.value as string | number } : undefined))), merges: [...g.merges] });
    const { checkSheet } = await import('../../src/core');
    const r = periodReport(checkSheet(grids[0]!).report, parsePeriod('Quý I/2026')!, '2026-04-10');
    writeFileSync(alone, createWorkbook(grids.map(asSpec)));
    writeFileSync(both, createWorkbook([...grids.map(asSpec), periodReportSheet(r)]));
    const [plan] = await sheetsOf(alone);
    const [appendix, sheet] = await sheetsOf(both);
    expect(plan!.issues.length).toBeGreaterThan(0); // the appendix's own faults: they must show, once
    expect(appendix).toEqual(plan);
    expect(sheet).toMatchObject({ name: 'Báo cáo Quý I năm 2026', kind: 'none', ownOutput: 'period-report', issues: [] });
    // and `phuluc report` on that workbook reports the appendix only, not its own report again
    const io = captureIo();
    expect(await main(['report', both, '--period', 'Quý I/2026', '--date', '2026-04-10', '--json'], io)).toBe(0);
    expect((JSON.parse(io.stdout) as { reports: { sheet: string }[] }).reports.map((x) => x.sheet)).toEqual(['Phụ lục']);
  }, 120_000);
});
