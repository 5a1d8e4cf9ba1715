/** `phuluc new`: a new appendix in the house style that LibreOffice opens and phuluc checks clean. */
import * as fs from 'fs';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { defaultTemplates } from '../../src/templates';
import { libreOfficeCsv, openpyxl } from '../helpers/external';
import { captureIo, tempDir } from './helpers';
import { readWorkbook } from '../../src/cli/xlsx/read';

describe('phuluc new', () => {
  test.each([
    ['without tasks', [] as string[], 0],
    ['with the standard tasks', ['--tasks'], defaultTemplates().length],
  ])('%s', async (_name, extra, tasks) => {
    const out = path.join(tempDir(), 'phụ-lục-2027.xlsx');
    const io = captureIo();
    expect(await main(['new', '--year', '2027', '--body', 'Sở Nội vụ', '--out', out, ...extra], io)).toBe(0);
    expect(io.stdout).toContain(`Đã tạo phụ lục năm 2027 của Sở Nội vụ (${tasks > 0 ? `${tasks} nhiệm vụ mẫu` : 'chưa có nhiệm vụ'})`);

    const got = openpyxl<Record<string, unknown>>(
      out,
      `ws = wb.worksheets[0]
print(json.dumps({
  'label': [ws['A1'].value, ws['A1'].font.b, ws['A1'].alignment.horizontal],
  'title': ws['A2'].value,
  'attached': [ws['A3'].value, ws['A3'].font.i],
  'fonts': sorted({(c.font.name, c.font.sz) for row in ws.iter_rows() for c in row}),
  'page': [ws.page_setup.orientation, ws.page_setup.paperSize, ws.page_setup.fitToWidth, ws.page_setup.fitToHeight, ws.sheet_properties.pageSetUpPr.fitToPage],
  'titles': ws.print_title_rows,
  'numbered': sum(1 for r in range(6, ws.max_row + 1) if isinstance(ws.cell(r, 1).value, int)),
}))`,
    );
    expect(got.label).toEqual(['Phụ lục', true, 'center']);
    expect(got.title).toBe('CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2027 CỦA SỞ NỘI VỤ');
    expect(got.attached).toEqual(['(Kèm theo Kế hoạch số        /KH-SNV ngày      tháng      năm 2027 của Sở Nội vụ)', true]);
    expect(got.fonts).toEqual([['Times New Roman', 13]]);
    expect(got.page).toEqual(['landscape', 9, 1, 0, true]);
    expect(got.titles).toBe('$5:$5');
    expect(got.numbered).toBe(tasks);

    const rows = libreOfficeCsv(out);
    expect(rows[4]).toEqual(['STT', 'Nhiệm vụ', 'Sản phẩm', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành', 'Kinh phí thực hiện']);
    expect(rows[5]!.slice(0, 2)).toEqual(['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH']);

    const check = captureIo();
    expect(await main(['check', out, '--json'], check)).toBe(0);
    const sheet = (JSON.parse(check.stdout) as { sheets: { kind: string; planYear: number; issues: unknown[] }[] }).sheets[0]!;
    expect(sheet).toMatchObject({ kind: 'tasks', planYear: 2027, issues: [] });
  }, 120_000);

  test.each([
    // Thanh tra Sở ended in mid-2025 (Luật Thanh tra 2025): a 2024 appendix names it, a 2026 one
    // gives its citizens' reception to the Văn phòng Sở (never the province's inspectorate, which
    // is not a unit of the department); both check without any issue.
    [2024, ['Thanh tra Sở', 'Văn phòng Sở'], ['Thanh tra tỉnh']],
    [2026, ['Văn phòng Sở'], ['Thanh tra Sở', 'Thanh tra tỉnh']],
  ])('--tasks for %d names the units of that year\'s directory (%j, not %j), and checks clean', async (year, named, notNamed) => {
    const out = path.join(tempDir(), `phụ-lục-${year}.xlsx`);
    expect(await main(['new', '--year', String(year), '--body', 'Sở Nội vụ', '--tasks', '--out', out], captureIo())).toBe(0);
    const [grid] = await readWorkbook(out);
    const leads = new Set(grid!.rows.map((r) => r?.[3]?.value).filter((v): v is string => typeof v === 'string'));
    for (const n of named) expect([n, leads.has(n)]).toEqual([n, true]);
    for (const n of notNamed) expect([n, leads.has(n)]).toEqual([n, false]);
    const check = captureIo();
    expect(await main(['check', out, '--json'], check)).toBe(0);
    expect((JSON.parse(check.stdout) as { sheets: { planYear: number; issues: unknown[] }[] }).sheets[0]).toMatchObject({ planYear: year, issues: [] });
  }, 60_000);

  // Each kind of body gets its own units (issue 11 §4): a commune's appendix never names a
  // department's Văn phòng Sở; each checks with no issue at all (no error, warning or unit hint).
  test.each([
    ['UBND xã Tân Lập', 2027, 'xa-2025', 'Văn phòng HĐND và UBND xã', 'Phòng Kinh tế'],
    ['UBND phường Đông Hà', 2026, 'xa-2025', 'Văn phòng HĐND và UBND phường', 'Phòng Kinh tế, Hạ tầng và Đô thị'],
    ['UBND đặc khu Côn Cỏ', 2027, 'xa-2025', 'Văn phòng HĐND và UBND đặc khu', 'Phòng Kinh tế'],
    ['UBND tỉnh Quảng Trị', 2027, 'ubnd-tinh-2025', 'Văn phòng UBND tỉnh', 'Sở Tài chính'],
    ['Sở Y tế', 2027, 'so-2025', 'Văn phòng Sở', 'Phòng Kế hoạch - Tài chính'],
  ])('new --body "%s" --year %d --tasks names the units of %s and checks clean', async (body, year, directory, office, finance) => {
    const out = path.join(tempDir(), `phụ-lục-${directory}-${year}.xlsx`);
    const io = captureIo();
    expect(await main(['new', '--year', String(year), '--body', body, '--tasks', '--out', out], io)).toBe(0);
    expect(io.stderr).toBe('');
    const [grid] = await readWorkbook(out);
    const units = new Set(grid!.rows.flatMap((r) => [r?.[3]?.value, r?.[4]?.value]).filter((v): v is string => typeof v === 'string'));
    expect(units.has(office)).toBe(true);
    expect(units.has(finance)).toBe(true);
    if (directory !== 'so-2025') for (const n of ['Văn phòng Sở', 'Các phòng, đơn vị thuộc Sở', 'Phòng Kế hoạch - Tài chính']) expect([n, units.has(n)]).toEqual([n, false]);
    const check = captureIo();
    expect(await main(['check', out, '--json'], check)).toBe(0);
    const sheet = (JSON.parse(check.stdout) as { sheets: { planYear: number; directory: { id: string }; issues: unknown[] }[] }).sheets[0]!;
    expect(sheet).toMatchObject({ planYear: year, directory: { id: directory }, issues: [] });
  }, 60_000);

  test('never overwrites a file without --force', async () => {
    const out = path.join(tempDir(), 'có-rồi.xlsx');
    expect(await main(['new', '--year', '2027', '--body', 'Sở Nội vụ', '--out', out], captureIo())).toBe(0);
    const before = fs.readFileSync(out);
    const again = captureIo();
    expect(await main(['new', '--year', '2028', '--body', 'Sở Tư pháp', '--out', out], again)).toBe(2);
    expect(again.stderr).toContain('tệp đã tồn tại; thêm --force để ghi đè.');
    expect(fs.readFileSync(out).equals(before)).toBe(true);
    // The help says what new does with --out, as it does it.
    const help = captureIo();
    expect(await main(['new', '--help'], help)).toBe(0);
    expect(help.stdout).toContain('(new) Tệp .xlsx mới chứa phụ lục.');
    expect(help.stdout).toContain('tệp khác đã có thì không bị ghi đè, trừ khi thêm --force.');
    expect(await main(['new', '--year', '2027', '--body', 'Sở Nội vụ', '--out', out, '--force'], captureIo())).toBe(0);
  });

  test.each([
    [['new', '--body', 'Sở Nội vụ', '--out', 'a.xlsx'], /cần --year/],
    [['new', '--year', '2027', '--out', 'a.xlsx'], /cần --body/],
    [['new', '--year', '2027', '--body', '  ', '--out', 'a.xlsx'], /cần --body/],
    [['new', '--year', '2027', '--body', 'Sở Nội vụ'], /cần --out/],
    [['new', '--year', '20x7', '--body', 'Sở Nội vụ', '--out', 'a.xlsx'], /Năm không hợp lệ: "20x7"/],
    [['new', '--year', '27', '--body', 'Sở Nội vụ', '--out', 'a.xlsx'], /Năm không hợp lệ/],
    [['new', '--year', '2027', '--body', 'Sở Nội vụ', '--out', '/khong-co-thu-muc/a.xlsx'], /thư mục chứa tệp không tồn tại/],
    [['new', 'a.xlsx', '--year', '2027', '--body', 'Sở Nội vụ', '--out', 'b.xlsx'], /không nhận tên tệp/],
  ])('%j is refused', async (args, reason) => {
    const io = captureIo();
    expect(await main(args, io)).toBe(2);
    expect(io.stderr).toMatch(reason);
  });
});
