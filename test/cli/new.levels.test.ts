/**
 * `phuluc new` for each kind of body after the 2025 reform (issue 11 §4): the tasks speak of the
 * body's own level (`UBND tỉnh` / `UBND thành phố` / `UBND xã` …, `Ngân sách …`), every created
 * workbook checks with no error and no warning, and `--config` gives the body's own units (an
 * entry's `roles`), lists and plan year; a wrong body or a broken config writes nothing.
 */
import { readdirSync } from 'fs';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { readWorkbook } from '../../src/cli/xlsx/read';
import { defaultTemplates } from '../../src/templates';
import { captureIo, fixture, tempDir } from './helpers';

const config = (name: string) => fixture(path.join('new-config', name));
const today = () => '2026-06-15';

interface Checked {
  summary: { errors: number; warnings: number };
  sheets: { planYear: number; directory?: { id: string; region?: string; local?: string }; issues: { code: string; severity: string }[] }[];
}

async function created(args: string[]): Promise<{ rc: number; stdout: string; stderr: string; file: string; rows: string[][] }> {
  const file = path.join(tempDir(), 'phu-luc.xlsx');
  const io = Object.assign(captureIo(), { today });
  const rc = await main(['new', ...args, '--tasks', '--out', file], io);
  const rows = rc === 0 ? (await readWorkbook(file))[0]!.rows.map((r) => (r ?? []).map((c) => String(c?.value ?? ''))) : [];
  return { rc, stdout: io.stdout, stderr: io.stderr, file, rows };
}

async function checked(file: string, extra: string[] = []): Promise<Checked> {
  const io = captureIo();
  await main(['check', file, '--json', ...extra], io);
  return JSON.parse(io.stdout) as Checked;
}

/** The task rows (a number in STT) only. */
const tasks = (rows: string[][]) => rows.filter((r) => /^\d+$/.test(r[0] ?? ''));

describe('phuluc new --tasks for each kind of body', () => {
  test.each<[string, string, string, string, string | undefined]>([
    // body, the committee proposals go to, the budget, the directory, its region
    ['UBND tỉnh Gia Lai', 'UBND tỉnh', 'Ngân sách tỉnh', 'ubnd-tinh-2025', 'tỉnh'],
    ['UBND thành phố Hải Phòng', 'UBND thành phố', 'Ngân sách thành phố', 'ubnd-tinh-2025', 'thành phố'],
    ['UBND xã Tân Lập', 'UBND xã', 'Ngân sách xã', 'xa-2025', undefined],
    ['UBND phường Ba Đình, thành phố Hà Nội', 'UBND phường', 'Ngân sách phường', 'xa-2025', 'thành phố'],
    ['UBND đặc khu Phú Quốc, tỉnh An Giang', 'UBND đặc khu', 'Ngân sách đặc khu', 'xa-2025', 'tỉnh'],
    ['Sở Nội vụ tỉnh Quảng Trị', 'UBND tỉnh', 'Ngân sách tỉnh', 'so-2025', 'tỉnh'],
    ['Sở Y tế Thành phố Hồ Chí Minh', 'UBND thành phố', 'Ngân sách thành phố', 'so-2025', 'thành phố'],
  ])('%s: proposals to %s, funding %s, checks clean against %s', async (body, ubnd, budget, directory, region) => {
    const made = await created(['--year', '2026', '--body', body]);
    expect([made.rc, made.stderr]).toEqual([0, '']);
    const rows = tasks(made.rows);
    expect(rows).toHaveLength(defaultTemplates().length);
    expect(rows.filter((r) => r[1]!.startsWith('Trình ')).map((r) => r[1]!.slice(0, 6 + ubnd.length))).toEqual([`Trình ${ubnd}`, `Trình ${ubnd}`]);
    expect(rows.filter((r) => r[6]!.startsWith('Ngân sách')).map((r) => r[6])).toEqual([budget]);
    // a commune's tasks never name a provincial body, nor a province's a commune's
    const cells = rows.flatMap((r) => r.slice(1));
    if (directory === 'xa-2025') expect(cells.filter((t) => /tỉnh|thành phố|Sở /u.test(t))).toEqual([]);
    else expect(cells.filter((t) => /(UBND|Ngân sách) (xã|phường|đặc khu)/u.test(t))).toEqual([]);
    const report = await checked(made.file);
    expect(report.summary).toMatchObject({ errors: 0, warnings: 0 });
    expect(report.sheets[0]!.directory).toMatchObject({ id: directory });
    expect(report.sheets[0]!.directory?.region).toBe(region);
  }, 120_000);
});

describe('phuluc new --config', () => {
  test('an entry with roles is the unit those roles name; planYear gives the year', async () => {
    const made = await created(['--body', 'Sở Y tế thành phố Đà Nẵng', '--config', config('roles-extend.json')]);
    expect(made.rc).toBe(0);
    expect(made.stdout).toMatch(/Đơn vị theo danh mục: Sở, từ năm 2025 [^\n]*, thêm danh sách đơn vị riêng trong cài đặt\.\n/u);
    expect(made.rows[1]![0]).toBe('CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026 CỦA SỞ Y TẾ THÀNH PHỐ ĐÀ NẴNG');
    const leads = tasks(made.rows).map((r) => r[3]);
    // the library's tasks led by the office or by the procedures' control (both the entry's roles),
    // and by the inspectorate-else-office (a department has no inspectorate in 2026: its office)
    const own = defaultTemplates().filter((t) => ['{văn phòng}', '{thủ tục hành chính}', '{thanh tra|văn phòng}'].includes(t.lead ?? '')).length;
    expect(own).toBeGreaterThan(0);
    expect(leads.filter((l) => l === 'Phòng Tổ chức - Hành chính')).toHaveLength(own);
    expect(leads.filter((l) => l === 'Văn phòng Sở')).toHaveLength(defaultTemplates().filter((t) => ['{cải cách hành chính}', '{tư pháp}'].includes(t.lead ?? '')).length);
    const report = await checked(made.file, ['--config', config('roles-extend.json')]);
    expect(report.summary).toMatchObject({ errors: 0, warnings: 0 });
    expect(report.sheets[0]!.issues).toEqual([]);
  }, 120_000);

  test('replace: a built-in unit the list lacks is not written; the tasks it leads are left out and said', async () => {
    const made = await created(['--body', 'Sở Nội vụ', '--config', config('replace-units.json')]);
    expect(made.rc).toBe(0);
    expect(made.rows[1]![0]).toBe('CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2027 CỦA SỞ NỘI VỤ');
    const rows = tasks(made.rows);
    const unlisted = ['{các đơn vị}', '{đơn vị được kiểm tra}', '{trung tâm phục vụ hành chính công}'];
    const leftOut = defaultTemplates().filter((t) => unlisted.includes(t.lead ?? ''));
    expect(leftOut.length).toBeGreaterThan(0);
    expect(rows).toHaveLength(defaultTemplates().length - leftOut.length);
    expect(new Set(rows.flatMap((r) => [r[3], ...(r[4] ?? '').split(/, /u)]).filter(Boolean))).toEqual(new Set(['Văn phòng Sở', 'Phòng Kế hoạch - Tài chính']));
    expect(made.stdout).toContain('Đơn vị theo danh sách đơn vị riêng trong cài đặt (dùng thay danh mục: Sở, từ năm 2025 ');
    const said = made.stderr.split('\n').filter((l) => l.startsWith('Bỏ qua nhiệm vụ mẫu'));
    expect(said).toHaveLength(leftOut.length);
    // the list that lacks them is the config's, which replaced the built-in one
    for (const l of said) expect(l).toMatch(/: danh sách đơn vị riêng trong cài đặt \(dùng thay danh mục "Sở, từ năm 2025 [^"]*"\) không có đơn vị chủ trì "[^"]+"\. Hãy thêm /u);
    const report = await checked(made.file, ['--config', config('replace-units.json')]);
    expect(report.summary).toMatchObject({ errors: 0, warnings: 0 });
  }, 120_000);

  test('replace funding: categories the list lacks are written, said once each, and reported by the check', async () => {
    const made = await created(['--body', 'Sở Nội vụ', '--config', config('replace-funding.json')]);
    expect(made.rc).toBe(0);
    // the library funds its tasks from the regular budget, and its news task from the body's budget
    expect(made.stderr).toBe(
      'Nguồn kinh phí "Thường xuyên", "Ngân sách tỉnh" của nhiệm vụ mẫu không có trong danh mục nguồn kinh phí đã thay thế (mode "replace"); vẫn được ghi, hãy sửa nhiệm vụ hoặc thêm vào danh mục.\n',
    );
    const report = await checked(made.file, ['--config', config('replace-funding.json')]);
    const codes = report.sheets[0]!.issues.map((i) => i.code);
    expect(codes).toEqual(tasks(made.rows).map(() => 'funding.unknown'));
  }, 120_000);

  test('--year wins over the config\'s planYear', async () => {
    const made = await created(['--year', '2027', '--body', 'Sở Y tế', '--config', config('roles-extend.json')]);
    expect(made.rc).toBe(0);
    expect(made.rows[1]![0]).toBe('CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2027 CỦA SỞ Y TẾ');
  }, 120_000);

  test.each<[string, string[], RegExp]>([
    ['broken JSON', ['--config', config('broken.json')], /Tệp cài đặt .*broken\.json: JSON không hợp lệ ở dòng 2, cột \d+/],
    ['a role that is none', ['--config', config('bad-role.json')], /units\[0\]\.roles\[0\].*không phải vai trò nào/],
    ['an unknown directory', ['--config', config('bad-directory.json')], /directory.*chỉ nhận "auto" hoặc một trong/],
    ['units that are not a list', ['--config', config('units-not-list.json')], /units.*danh mục phải là một danh sách/],
    ['a planYear that is no year', ['--config', config('bad-year.json')], /planYear/],
    ['a config file that is not there', ['--config', config('khong-co.json')], /Tệp cài đặt .*khong-co\.json/],
    ['neither --year nor planYear', ['--config', fixture(path.join('new-config', 'no-year.json'))], /Lệnh new cần --year, hoặc planYear trong tệp --config\./],
    ['no --year and no config', [], /Lệnh new cần --year, ví dụ --year 2027\./],
  ])('%s: refused, nothing written', async (_what, args, reason) => {
    const dir = tempDir();
    const io = Object.assign(captureIo(), { today });
    expect(await main(['new', '--body', 'Sở Nội vụ', ...args, '--out', path.join(dir, 'moi.xlsx')], io)).toBe(2);
    expect(io.stderr).toMatch(reason);
    expect(io.stdout).toBe('');
    expect(readdirSync(dir)).toEqual([]);
  });
});
