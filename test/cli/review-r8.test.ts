/**
 * Reviewer r8's open findings, end to end through the command line:
 * - `check ONE.xlsx --json` on a file that cannot be read prints the document a folder run prints
 *   (`{files: [], summary, errors: [its entry]}`), exit 2, the same one line on stderr;
 * - rows or cells written twice (or out of order) are a damaged file for `check` and `fix`;
 * - `fix` on a protected sheet refuses, naming the sheet, what Excel would refuse its user.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { main } from '../../src/cli/main';
import type { FixJson } from '../../src/cli/report/fix-json';
import { buildCfb } from '../xlsx/cfb-build';
import { captureIo, fixture, tempDir } from './helpers';

async function run(argv: string[]) {
  const io = captureIo();
  const code = await main(argv, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}
const dir = tempDir();
const file = (name: string, bytes: Uint8Array | string) => {
  const p = path.join(dir, name);
  writeFileSync(p, bytes);
  return p;
};
const BASE = new Uint8Array(readFileSync(fixture('cases/delete-row-references.xlsx')));
/** delete-row-references.xlsx with its appendix sheet (and other parts) edited as text. */
const variant = (name: string, edits: Record<string, (xml: string) => string>) => {
  const files = unzipSync(BASE);
  for (const [k, f] of Object.entries(edits)) files[k] = strToU8(f(strFromU8(files[k]!)));
  return file(name, zipSync(files));
};
const S1 = 'xl/worksheets/sheet1.xml';
const row = (xml: string, r: number) => new RegExp(`<row r="${r}".*?</row>`).exec(xml)![0];

describe('check ONE.xlsx --json on a file that cannot be read: the folder run\'s document, with its entry', () => {
  const emptyDir = path.join(dir, 'trống');
  mkdirSync(path.join(emptyDir, 'con'), { recursive: true });
  writeFileSync(path.join(emptyDir, 'ghi-chú.txt'), 'không phải bảng tính');
  const bad: Array<[string, () => string, string, RegExp]> = [
    ['not a zip (a text file)', () => file('văn-bản.xlsx', 'Đây không phải bảng tính.\n'), 'not-xlsx', /tệp văn bản/],
    ['an empty file', () => file('rỗng.xlsx', new Uint8Array(0)), 'not-xlsx', /tệp rỗng/],
    ['truncated (half a zip)', () => file('cắt.xlsx', BASE.subarray(0, BASE.length >> 1)), 'unreadable', /bị hỏng hoặc chưa tải xong/],
    ['encrypted (a password-protected .xlsx)', () => file('mật-khẩu.xlsx', buildCfb({ names: ['\u0006DataSpaces', 'EncryptionInfo', 'EncryptedPackage'] })), 'encrypted', /mật khẩu/],
    ['an old .xls', () => file('cũ.xls', buildCfb({ names: ['Workbook'] })), 'not-xlsx', /Excel cũ/],
    ['a missing file', () => path.join(dir, 'không-có.xlsx'), 'missing', /không tìm thấy tệp/],
    ['a row written twice', () => variant('dòng-đôi.xlsx', { [S1]: (x) => x.replace(row(x, 10), row(x, 10) + row(x, 10)) }), 'unreadable', /ghi dòng 10 hai lần/],
    ['a directory with no spreadsheet', () => emptyDir, 'empty-folder', /không có tệp bảng tính/],
  ];

  it.each(bad)('%s: exit 2, one line on stderr, and a document on stdout', async (_what, make, kind, reason) => {
    const p = make();
    const json = await run(['check', p, '--json']);
    const text = await run(['check', p]);
    expect(json.code).toBe(2);
    const doc = JSON.parse(json.stdout);
    expect(doc.files).toEqual([]);
    expect(doc.summary).toEqual({ errors: 0, warnings: 0, infos: 0 });
    expect(doc.errors).toEqual([{ file: p, kind, message: expect.stringMatching(reason) }]);
    // stderr as without --json, and as before: one line.
    expect(json.stderr).toBe(text.stderr);
    expect(json.stderr.trim().split('\n')).toHaveLength(1);
    expect(text.code).toBe(2);
    expect(text.stdout).toBe('');
  });

  const good: Array<[string, () => string, number]> = [
    ['the appendix as it is', () => fixture('cases/delete-row-references.xlsx'), 0],
    ['a plan with errors (exit 1)', () => fixture('appendices/so-noi-vu-2026-loi.xlsx'), 1],
    ['rows and cells without r', () => variant('không-r.xlsx', { [S1]: (x) => x.replace(row(x, 13), row(x, 13).replace(/ r="[A-Z]+13"/g, '').replace('<row r="13"', '<row')) }), 0],
  ];
  it.each(good)('%s: still the one-file document {file, sheets, summary}', async (_what, make, code) => {
    const p = make();
    const r = await run(['check', p, '--json']);
    expect(r.code).toBe(code);
    expect(r.stderr).toBe('');
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc)).toEqual(['file', 'sheets', 'summary']);
    expect(doc.file).toBe(p);
  });
});

describe('rows or cells written twice: check and fix refuse the damaged file, naming the sheet and the row or cell', () => {
  const cases: Array<[string, Record<string, (xml: string) => string>, RegExp]> = [
    ['duplicate-row.xlsx (row 10 twice, A10 3 then 7)', { [S1]: (x) => x.replace(row(x, 10), row(x, 10) + row(x, 10).replace('<c r="A10"><v>3</v>', '<c r="A10"><v>7</v>')) }, /trang "Phụ lục" ghi dòng 10 hai lần/],
    ['duplicate-cell.xlsx (E13 twice)', { [S1]: (x) => x.replace('<c r="E13" t="s"><v>30</v></c>', '<c r="E13" t="inlineStr"><is><t>Quý I/2024</t></is></c><c r="E13" t="s"><v>30</v></c>') }, /trang "Phụ lục" ghi ô E13 hai lần/],
    ['rows out of order (13 before 12)', { [S1]: (x) => x.replace(row(x, 12) + row(x, 13), row(x, 13) + row(x, 12)) }, /ghi dòng 12 sau dòng 13/],
    ['cells out of order (E13 before B13)', { [S1]: (x) => x.replace('<c r="B13" t="s"><v>28</v></c>', '').replace('<c r="E13" t="s"><v>30</v></c>', '<c r="E13" t="s"><v>30</v></c><c r="B13" t="s"><v>28</v></c>') }, /ghi ô B13 sau ô E13/],
    ['a row twice on another sheet ("Thống kê")', { 'xl/worksheets/sheet2.xml': (x) => x.replace(/(<row r="1".*?<\/row>)/, '$1$1') }, /trang "Thống kê" ghi dòng 1 hai lần/],
  ];
  it.each(cases)('%s', async (what, edits, reason) => {
    const p = variant(`${what.split(' ')[0]}`, edits);
    const out = path.join(dir, 'kết-quả.xlsx');
    for (const argv of [['check', p], ['fix', p, '--out', out, '--force']]) {
      const r = await run(argv);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(reason)]);
      expect(r.stderr).toMatch(/tệp \.xlsx bị hỏng \(.*\); hãy mở bằng Excel và lưu lại\./);
      expect(r.stderr).not.toContain('không còn giữ giá trị lúc kiểm tra');
    }
    const json = await run(['fix', p, '--out', out, '--force', '--json']);
    expect(JSON.parse(json.stdout)).toEqual({ file: p, out, written: false, error: { kind: 'unreadable', message: expect.stringMatching(reason) } });
  });
});

describe('fix on a protected sheet (protected-sheet.xlsx, reviewer r8)', () => {
  const out = path.join(dir, 'đã-sửa.xlsx');
  const protect = (attrs: string) => (x: string) => x.replace('<pageMargins', `<sheetProtection ${attrs}/><pageMargins`);

  it('as r8 made it: both fixes refused with the reason, the sheet named; the copy written unchanged', async () => {
    const p = variant('bảo-vệ.xlsx', { [S1]: protect('sheet="1" objects="1" scenarios="1" deleteRows="1"') });
    const r = await run(['fix', p, '--out', out, '--force']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Không có vấn đề nào sửa tự động được.');
    expect(r.stdout).toContain('Không sửa 2 vấn đề để giữ nguyên tệp an toàn:');
    expect(r.stdout).toMatch(/"Phụ lục" A9: Xóa dòng 9 .* — trang "Phụ lục" được bảo vệ \(Protect Sheet\) và không cho xóa dòng, phuluc không xóa dòng 9; hãy bỏ bảo vệ trang trong Excel \(Xem lại › Bỏ bảo vệ trang tính\) rồi sửa lại/);
    expect(r.stdout).toMatch(/"Phụ lục" E13: .* — trang "Phụ lục" được bảo vệ \(Protect Sheet\) và ô E13 bị khóa nên Excel không cho sửa/);
    expect(new Uint8Array(readFileSync(out))).toEqual(new Uint8Array(readFileSync(p)));
    const json = await run(['fix', p, '--out', out, '--force', '--json']);
    const doc = JSON.parse(json.stdout) as FixJson;
    expect(doc.summary).toMatchObject({ applied: 0, refused: 2 });
    expect(doc.refused?.map((e) => [e.deletedRows, e.cells.map((c) => c.address), e.reason.code])).toEqual([
      [[9], [], 'protected'],
      [[], ['E13'], 'protected'],
    ]);
  });

  it('deleteRows="0" and the whole of row 9 unlocked, E13 locked: the row goes, E13 is refused', async () => {
    const p = variant('bảo-vệ-mở-dòng.xlsx', {
      [S1]: (x) => protect('sheet="1" deleteRows="0"')(x).replace('<row r="9"', '<row r="9" s="1" customFormat="1"').replace(/<c r="([A-F])9"/g, '<c r="$19" s="1"'),
      'xl/styles.xml': (x) => x.replace('<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>', '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyProtection="1"><protection locked="0"/></xf></cellXfs>'),
    });
    const json = await run(['fix', p, '--out', out, '--force', '--json']);
    expect(json.code).toBe(0);
    const doc = JSON.parse(json.stdout) as FixJson;
    expect(doc.applied?.map((e) => e.deletedRows)).toEqual([[9]]);
    expect(doc.refused?.map((e) => [e.cells.map((c) => c.address), e.reason.code])).toEqual([[['E13'], 'protected']]);
  });

  it('a protected workbook structure (workbookProtection) alone: every fix written', async () => {
    const p = variant('sổ-bảo-vệ.xlsx', { 'xl/workbook.xml': (x) => x.replace('</sheets>', '</sheets><workbookProtection lockStructure="1"/>') });
    const json = await run(['fix', p, '--out', out, '--force', '--json']);
    const doc = JSON.parse(json.stdout) as FixJson;
    expect(doc.summary).toMatchObject({ applied: 2, refused: 0 });
  });
});
