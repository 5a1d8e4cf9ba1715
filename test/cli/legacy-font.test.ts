/**
 * Unicode text left in a TCVN3/VNI font (test/fixtures/legacy/make-legacy-font.py, openpyxl):
 * `check` gives each such text cell one `text.legacy-font` warning naming its font, and cells
 * still typed in TCVN3/VNI only their `text.legacy-encoding`; ASCII text, numbers and dates in
 * those fonts nothing. `fix` changes those cells' fonts to Times New Roman, text and size kept
 * (a rich cell's runs too, bold kept), and leaves every other cell's font; the copy checks clean
 * of both codes, with the other issues as before.
 */
import { execFileSync } from 'child_process';
import { readFileSync } from 'fs';
import * as path from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { main } from '../../src/cli/main';
import { captureIo, fixture, tempDir } from './helpers';

const input = fixture(path.join('legacy', 'legacy-font.xlsx'));
type Planted = { code: string | null; font: string; text?: string; runs?: { text: string; bold: boolean }[] };
const expected = JSON.parse(readFileSync(fixture(path.join('legacy', 'legacy-font.expect.json')), 'utf8')) as Record<string, Planted>;
const LEGACY = ['text.legacy-font', 'text.legacy-encoding'];
type JsonIssue = { code: string; cell: string; message: string };

async function check(file: string): Promise<JsonIssue[]> {
  const io = captureIo();
  await main(['check', file, '--json'], io);
  return (JSON.parse(io.stdout) as { sheets: { issues: JsonIssue[] }[] }).sheets[0]!.issues;
}

const cellsWith = (code: string | null) =>
  Object.entries(expected)
    .filter(([, p]) => p.code === code)
    .map(([cell]) => cell);

describe('legacy-font.xlsx', () => {
  test.each(LEGACY)('check: %s on exactly the planted cells', async (code) => {
    const issues = await check(input);
    expect(issues.filter((i) => i.code === code).map((i) => i.cell).sort()).toEqual(cellsWith(code).sort());
  });

  test.each(cellsWith(null))('check: %s (ASCII, a number, a date or a Unicode font) raises no legacy issue', async (cell) => {
    const issues = await check(input);
    expect(issues.filter((i) => i.cell === cell && LEGACY.includes(i.code))).toEqual([]);
  });

  test.each(cellsWith('text.legacy-font'))('check: the message of %s names its font and Times New Roman', async (cell) => {
    const issue = (await check(input)).find((i) => i.cell === cell && i.code === 'text.legacy-font')!;
    expect(issue.message).toContain(expected[cell]!.font);
    expect(issue.message).toContain('Times New Roman');
  });

  test('fix: fonts only; the copy has no legacy issue and the other issues as before', async () => {
    const before = await check(input);
    const out = path.join(tempDir(), 'legacy-font-fixed.xlsx');
    const io = captureIo();
    expect(await main(['fix', input, '--out', out], io)).toBe(0);
    for (const cell of cellsWith('text.legacy-font')) expect(io.stdout).toContain(`Đổi phông ô ${cell} từ ${expected[cell]!.font} sang Times New Roman`);

    const after = await check(out);
    expect(after.filter((i) => LEGACY.includes(i.code))).toEqual([]);
    const others = (list: JsonIssue[]) => list.filter((i) => !LEGACY.includes(i.code)).map((i) => `${i.code}@${i.cell}`);
    expect(others(after)).toEqual(others(before));

    // openpyxl (a second reader) gives every cell's value and font name, numbers and dates too.
    const script = [
      'import json, sys',
      'from openpyxl import load_workbook',
      'a, b = (load_workbook(p).active for p in sys.argv[1:3])',
      'print(json.dumps({k: [[str(ws[k].value), ws[k].font.name, ws[k].font.sz] for ws in (a, b)] for k in sys.argv[3:]}))',
    ].join('\n');
    const read = JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, input, out, ...Object.keys(expected)], { encoding: 'utf8' })) as Record<string, [[string, string, number], [string, string, number]]>;
    for (const [cell, planted] of Object.entries(expected)) {
      const [was, now] = read[cell]!;
      expect([cell, now[2]]).toEqual([cell, was[2]]);
      if (planted.code === 'text.legacy-font') expect([cell, now[0], now[1]]).toEqual([cell, was[0], 'Times New Roman']);
      else if (planted.code === null) expect([cell, now[0], now[1]]).toEqual([cell, was[0], planted.font]);
      else {
        expect([cell, now[1]]).toEqual([cell, 'Times New Roman']);
        expect(now[0]).not.toBe(was[0]);
      }
    }

    // The rich cell keeps its runs: each run's text and bold, each run's .VnTime now Times New Roman.
    const [richCell, rich] = Object.entries(expected).find(([, p]) => p.runs)!;
    const files = unzipSync(new Uint8Array(readFileSync(out)));
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    const xml = new RegExp(`<c r="${richCell}"[^>]*>([\\s\\S]*?)</c>`).exec(sheet)![1]!;
    const sst = files['xl/sharedStrings.xml'] ? strFromU8(files['xl/sharedStrings.xml']) : '';
    const index = /<v>(\d+)<\/v>/.exec(xml)?.[1];
    const inner = index !== undefined ? [...sst.matchAll(/<si>([\s\S]*?)<\/si>/g)][Number(index)]![1]! : xml;
    const runs = [...inner.matchAll(/<r>([\s\S]*?)<\/r>/g)].map((m) => ({
      text: /<t[^>]*>([\s\S]*?)<\/t>/.exec(m[1]!)![1],
      bold: /<b\/>/.test(m[1]!),
      font: /<rFont val="([^"]*)"/.exec(m[1]!)?.[1],
    }));
    expect(runs).toEqual(rich.runs!.map((r) => ({ ...r, font: 'Times New Roman' })));
  }, 60_000);
});
