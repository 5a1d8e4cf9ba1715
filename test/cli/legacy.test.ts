/**
 * Workbooks typed in TCVN3 (.VnTime) and VNI fonts, written by openpyxl
 * (test/fixtures/legacy/make.py): `check` finds the table and reports the two planted faults
 * beside one warning per garbled cell; `fix` writes Unicode text in Times New Roman, keeping each
 * cell's size and bold, and the repaired copy checks with only the two faults left. A second,
 * independent reader (openpyxl) confirms the written fonts.
 */
import { execFileSync } from 'child_process';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { captureIo, fixture, tempDir } from './helpers';

// Cells that change when decoded, counted by hand from make.py (rows 1–10):
// TCVN3: A1, A2, B4:F4 (5), B5, row 6 B C D F, row 7 B C E F, B8, row 9 B C D F, row 10 B F = 23
//   ("Quý I/2025" is the same bytes in TCVN3).
// VNI: A1, A2, B4:E4 (4: "Kinh phí" is the same bytes), B5, row 6 B C D E F, row 7 B C E F, B8,
//   row 9 B C D E F, row 10 B E F = 25 ("Quyù" is VNI for Quý).
const cases = [
  { file: 'tcvn3-appendix.xlsx', legacy: 23, font: '.VnTime' },
  { file: 'vni-appendix.xlsx', legacy: 25, font: 'VNI-Times' },
];

describe.each(cases)('$file', ({ file, legacy }) => {
  const input = fixture(path.join('legacy', file));

  test('check: the table is found and only the two planted faults are errors', async () => {
    const io = captureIo();
    const code = await main(['check', input, '--json'], io);
    expect(code).toBe(1);
    const doc = JSON.parse(io.stdout) as { sheets: { kind: string; planYear: number; issues: { code: string; cell: string }[] }[] };
    const sheet = doc.sheets[0]!;
    expect(sheet.kind).toBe('tasks');
    expect(sheet.planYear).toBe(2025);
    expect(sheet.issues.filter((i) => i.code === 'text.legacy-encoding')).toHaveLength(legacy);
    expect(sheet.issues.filter((i) => i.code !== 'text.legacy-encoding').map((i) => `${i.code}@${i.cell}`)).toEqual([
      'lead.missing@C10',
      'deadline.invalid@E10',
    ]);
  });

  test('fix: Unicode text in Times New Roman; the copy checks with only the two faults', async () => {
    const out = path.join(tempDir(), `unicode-${file}`);
    const io = captureIo();
    expect(await main(['fix', input, '--out', out], io)).toBe(0);
    expect(io.stdout).toContain(`Đã sửa ${legacy} vấn đề:`);
    expect(io.stdout).toContain('"Phụ lục" C6: Chuyển ô C6 sang Unicode:');

    const again = captureIo();
    expect(await main(['check', out, '--json'], again)).toBe(1);
    const issues = (JSON.parse(again.stdout) as { sheets: { issues: { code: string; cell: string }[] }[] }).sheets[0]!.issues;
    expect(issues.map((i) => `${i.code}@${i.cell}`)).toEqual(['lead.missing@C10', 'deadline.invalid@E10']);

    // openpyxl reads what was written: text, font name, size and bold.
    const script = [
      'import json, sys',
      'from openpyxl import load_workbook',
      'ws = load_workbook(sys.argv[1]).active',
      'print(json.dumps({a: [ws[a].value, ws[a].font.name, ws[a].font.sz, bool(ws[a].font.b)] for a in ("A1", "C4", "C6", "B8", "A6")}))',
    ].join('\n');
    const read = JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, out], { encoding: 'utf8' })) as Record<string, [unknown, string, number, boolean]>;
    expect(read.A1).toEqual(['PHỤ LỤC', 'Times New Roman', 13, true]);
    expect(read.C4).toEqual(['Đơn vị chủ trì', 'Times New Roman', 13, true]);
    expect(read.C6).toEqual(['Văn phòng Sở', 'Times New Roman', 13, false]);
    expect(read.B8).toEqual(['CẢI CÁCH THỦ TỤC HÀNH CHÍNH', 'Times New Roman', 13, true]);
    // A number cell the fix did not touch keeps its font.
    expect(read.A6![1]).toBe(file.startsWith('tcvn3') ? '.VnTime' : 'VNI-Times');
  }, 30_000);
});

// A clerk converted the text to Unicode (Unikey) but kept .VnTime / .VnTimeH (copied from the
// reviewer's workbook, written by openpyxl): the text decides, not the font.
describe('unicode-in-vntime.xlsx: Unicode text left in legacy fonts', () => {
  const input = fixture(path.join('legacy', 'unicode-in-vntime.xlsx'));

  test('check: no legacy warning, the Chủ trì column is found and the leads read as written', async () => {
    const io = captureIo();
    await main(['check', input, '--json'], io);
    const sheet = (JSON.parse(io.stdout) as { sheets: { columns: Record<string, string>; issues: { code: string; cell: string }[]; rows: { kind: string; lead?: string[] }[] }[] }).sheets[0]!;
    expect(sheet.issues.filter((i) => i.code === 'text.legacy-encoding')).toEqual([]);
    expect(sheet.columns.lead).toBe('D');
    expect(sheet.rows.filter((r) => r.kind === 'task').map((r) => r.lead?.[0] ?? '')).toEqual([
      'Văn phòng Sở',
      'Thanh tra tỉnh',
      'Văn phòng Sở',
      'Phòng Kế hoạch - Tài chính',
      '',
    ]);
  });

  test('fix: no text changes; each text.legacy-font cell gets Times New Roman and the copy has none', async () => {
    const before = captureIo();
    await main(['check', input, '--json'], before);
    const flagged = (JSON.parse(before.stdout) as { sheets: { issues: { code: string; cell: string }[] }[] }).sheets[0]!.issues.filter((i) => i.code === 'text.legacy-font');
    expect(flagged.length).toBeGreaterThan(0);
    const out = path.join(tempDir(), 'unicode-in-vntime-fixed.xlsx');
    const io = captureIo();
    await main(['fix', input, '--out', out], io);
    for (const i of flagged) expect(io.stdout).toContain(`Đổi phông ô ${i.cell} từ `);
    const after = captureIo();
    await main(['check', out, '--json'], after);
    expect((JSON.parse(after.stdout) as { sheets: { issues: { code: string }[] }[] }).sheets[0]!.issues.filter((i) => i.code.startsWith('text.legacy'))).toEqual([]);
    const script = [
      'import json, sys',
      'from openpyxl import load_workbook',
      'a, b = (load_workbook(p).active for p in sys.argv[1:3])',
      'print(json.dumps([c.coordinate for row in a.iter_rows() for c in row if isinstance(c.value, str) and c.value != b[c.coordinate].value]))',
    ].join('\n');
    const changed = JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, input, out], { encoding: 'utf8' })) as string[];
    expect(changed).toEqual([]);
  }, 30_000);
});
