/**
 * `&` in a body's name (issue 11): departments write `Sở KH&ĐT`, `Sở Văn hóa, Thể thao & Du
 * lịch`. `phuluc new --body` accepts it, writes it escaped in the package (`&amp;`, never a bare
 * `&`, which would break the XML), reads back as written in the title and the Kèm theo line, and
 * the check recognises the body and finds no fault.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { main } from '../../src/cli/main';
import { readWorkbook } from '../../src/cli/xlsx/read';
import { captureIo, tempDir } from './helpers';

const today = () => '2026-06-15';

describe('phuluc new --body with &', () => {
  test.each<[string, number, string, string, string]>([
    // body, year, title's body, the Kèm theo line's number prefix, the directory the check picks
    ['Sở Văn hóa, Thể thao & Du lịch', 2027, 'SỞ VĂN HÓA, THỂ THAO & DU LỊCH', 'KH-SVHTTDL', 'so-2025'],
    ['Sở GD&ĐT tỉnh Quảng Trị', 2026, 'SỞ GD&ĐT TỈNH QUẢNG TRỊ', 'KH-SGDĐT', 'so-2025'],
    ['Sở KH&ĐT', 2024, 'SỞ KH&ĐT', 'KH-SKHĐT', 'so-truoc-2025'],
  ])('%s (%d): written escaped, read back as written, checks clean', async (body, year, upper, prefix, directory) => {
    const file = path.join(tempDir(), 'phu-luc.xlsx');
    const io = Object.assign(captureIo(), { today });
    expect(await main(['new', '--year', String(year), '--body', body, '--tasks', '--out', file], io)).toBe(0);
    expect(io.stderr).toBe('');
    expect(io.stdout).toContain(`của ${body} (`);

    const parts = unzipSync(new Uint8Array(readFileSync(file)));
    const xml = Object.entries(parts).filter(([n]) => n.endsWith('.xml')).map(([, b]) => strFromU8(b)).join('\n');
    // every & in the package is an entity or Excel's footer code, none bare
    expect(xml.match(/&(?!amp;|lt;|gt;|quot;|apos;|#\d+;)/gu) ?? []).toEqual([]);
    expect(xml).toContain(upper.replace(/&/gu, '&amp;'));

    const rows = (await readWorkbook(file))[0]!.rows.map((r) => (r ?? []).map((c) => String(c?.value ?? '')));
    expect(rows[1]![0]).toBe(`CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM ${year} CỦA ${upper}`);
    expect(rows[2]![0]).toBe(`(Kèm theo Kế hoạch số        /${prefix} ngày      tháng      năm ${year} của ${body})`);

    const check = captureIo();
    await main(['check', file, '--json'], check);
    const report = JSON.parse(check.stdout) as { summary: { errors: number; warnings: number }; sheets: { body?: string; directory?: { id: string } }[] };
    expect(report.summary).toMatchObject({ errors: 0, warnings: 0 });
    expect(report.sheets[0]!.directory?.id).toBe(directory);
  }, 120_000);

  test.each<[string, RegExp]>([
    ['Sở KH&amp;ĐT', /có ký tự không dùng/],
    ['Sở KH&ĐT', /Sở Kế hoạch và Đầu tư đã kết thúc ngày 28\/02\/2025/u], // merged into Sở Tài chính from 01/03/2025
    ['& Co', /không phải tên một cơ quan/],
  ])('--body %j --year 2026 is refused, nothing written', async (body, reason) => {
    const dir = tempDir();
    const io = Object.assign(captureIo(), { today });
    expect(await main(['new', '--year', '2026', '--body', body, '--out', path.join(dir, 'moi.xlsx')], io)).toBe(2);
    expect(io.stderr).toMatch(reason);
  });
});
