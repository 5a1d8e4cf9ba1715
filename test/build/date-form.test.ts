/**
 * One date form (issue 11): every date phuluc writes for a user is dd/mm/yyyy with two-digit day
 * and month (`01/07/2025`), made by one helper (src/core/grid/date.ts: dayText, viDate,
 * formatDate). This test reads every string literal under src/ and fails on a date written
 * `1/7/2025` or `01/7/2025`, and on a source that pads a day or month for display by hand.
 * Excel's own display (the emulator's en-US `3/5/2024`) is Excel's form, not phuluc's.
 */
import * as fs from 'fs';
import * as path from 'path';
import { literals } from '../helpers/literals';

const SRC = path.join(__dirname, '..', '..', 'src');
/** Excel's display emulated for its locales: `m/d/yyyy` is what Excel shows on en-US. */
const EXCEL_DISPLAY = ['excel/emulator/'];
/** A day/month/year with a one-digit day or month. */
const UNPADDED = /(?<![\d/])(\d\/\d{1,2}|\d{1,2}\/\d)\/\d{4}(?!\d)/u;

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

const files = sources(SRC)
  .map((abs) => ({ rel: path.relative(SRC, abs).split(path.sep).join('/'), text: fs.readFileSync(abs, 'utf8') }))
  .filter((f) => !EXCEL_DISPLAY.some((p) => f.rel.startsWith(p)));

describe('the unpadded-date pattern', () => {
  test.each(['1/7/2025', '01/7/2025', '1/07/2025', 'từ 5/3/2020', '(đợt 31/3/2026)'])('finds %j', (t) => {
    expect(t).toMatch(UNPADDED);
  });
  test.each(['01/07/2025', '31/03/2026', 'Quý I/2026', 'Tháng 01/2024', '2025-07-01', '150/2025/NĐ-CP', '45/2025/NĐ-CP', '1/2025', '12/2025'])(
    'leaves %j',
    (t) => {
      expect(t).not.toMatch(UNPADDED);
    },
  );
});

describe('no literal under src/ writes a date unpadded', () => {
  test('the scan reads the sources', () => {
    expect(files.length).toBeGreaterThan(100);
  });
  test.each(files.map((f) => [f.rel, f] as const))('%s', (rel, f) => {
    const bad = literals(rel, f.text)
      .filter((l) => UNPADDED.test(l.text))
      .map((l) => `${rel}:${l.line} ${JSON.stringify(l.text.trim().slice(0, 80))}`);
    expect(bad).toEqual([]);
  });
});

describe('dates are formatted by the one helper', () => {
  // a day, a month and a year put together by hand: `${pad(d)}/${pad(m)}/${y}`, `${d}/${m}/${y}`
  const BY_HAND = /\$\{[^}]*\}\/\$\{[^}]*\}\/\$\{/u;
  const HELPER = 'core/grid/date.ts';
  /** The source's lines that are code, not comments. */
  const code = (text: string) => text.split('\n').map((line, i) => ({ line: i + 1, text: line })).filter((l) => !/^\s*(\/\/|\/?\*)/u.test(l.text));

  test('the pattern finds a date put together by hand', () => {
    expect(code('  return `${d}/${m}/${y}`;\n  // `${d}/${m}/${y}` in a comment').filter((l) => BY_HAND.test(l.text)).map((l) => l.line)).toEqual([1]);
    expect(BY_HAND.test('`${n(read)}/${n(total)} dòng`')).toBe(false);
  });

  test.each(files.filter((f) => f.rel !== HELPER).map((f) => [f.rel, f] as const))('%s', (rel, f) => {
    const bad = code(f.text)
      .filter((l) => BY_HAND.test(l.text))
      .map((l) => `${rel}:${l.line} ${l.text.trim()}`);
    expect(bad).toEqual([]);
  });
});
