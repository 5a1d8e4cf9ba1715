/**
 * Everything a user reads lives in one module per surface (issue 10): the engine's
 * src/core/messages, the pane's src/taskpane/strings.ts, the CLI's src/cli/strings.ts, the web
 * page's src/web/strings.ts, the .xlsx package's src/xlsx/strings.ts, the Office.js adapter's
 * src/excel/strings.ts and the created sheets' src/layout/strings.ts. This test reads every source file under src/ with the TypeScript
 * parser and fails on a string literal, template part or JSX text holding a Vietnamese letter
 * anywhere else — except in the folders that hold the domain's own vocabulary (unit names,
 * deadline words, header synonyms, the template library: data the engine matches or writes into
 * a sheet, not sentences addressed to the user).
 *
 * No file outside these modules and the data folders may hold a Vietnamese literal. Comments are
 * not literals, so English comments quoting Vietnamese terms are fine.
 *
 * One quotation style: values are quoted "so", as the engine's messages write them. No literal
 * in src/ outside the data folders may contain « » or “ ”.
 */
import * as fs from 'fs';
import * as path from 'path';
import { literals } from '../helpers/literals';

const ROOT = path.join(__dirname, '..', '..');
const SRC = path.join(ROOT, 'src');

/** A Vietnamese letter: the Latin-1 and Latin Extended letters with diacritics Vietnamese uses. */
const VIETNAMESE = /[À-ỹ]/u;
/** Quotation marks other than the project's straight double quote. */
const OTHER_QUOTES = /[«»“”]/u;

/** The one strings module of each surface. */
const STRING_MODULES = [
  'core/messages/', // the engine: issues, fixes, refusals, progress words
  'taskpane/strings.ts', // the pane
  'cli/strings.ts', // the command line
  'web/strings.ts', // the web pages
  'xlsx/strings.ts', // the package reader and writer: refusal and damage reasons
  'excel/strings.ts', // the Office.js adapter: Excel's refusals, requirement sets
  'layout/strings.ts', // the text phuluc writes into the sheets it creates
];

/** Domain vocabulary: what the engine reads in a sheet or writes into one, not messages. */
const DATA = [
  'core/units/', // unit names, kinds, directories
  'core/areas/', // reform areas
  'core/deadline/', // deadline words
  'core/funding/', // funding sources
  'core/money/', // amounts in words
  'core/text/', // folding tables, TCVN3/VNI code pages
  'core/legacy/', // legacy-font detection words
  'core/status/', // status values written in the Tình hình thực hiện column
  'core/table/', // header synonyms, section patterns
  'core/check/unit-cells.ts', // the word xã in unit cells
  'core/budget/labels.ts', // budget line labels
  'core/budget/check.ts', // number words read in amounts-in-words
  'core/progress/period.ts', // period names ("Quý I/2026") parsed from the CLI and written in reports
  'templates/defaults.ts', // the standard task library
  'templates/fill.ts', // the [năm] placeholder
  'excel/emulator/samples.ts', // the demo's sample sheets
  'excel/emulator/format.ts', // Excel's vi-VN locale data for number formats (SA/CH, day and month names)
];

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...sources(p));
    else if (/\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out.sort();
}

const under = (rel: string, prefixes: readonly string[]): boolean => prefixes.some((p) => (p.endsWith('/') ? rel.startsWith(p) : rel === p));

const files = sources(SRC).map((abs) => {
  const rel = path.relative(SRC, abs).split(path.sep).join('/');
  return { rel, lits: literals(rel, fs.readFileSync(abs, 'utf8')) };
});

describe('the literal scanner', () => {
  it('finds string, template and JSX text, and skips comments and literal types', () => {
    const src = [
      '// Kiểm tra: a comment',
      "const a = 'Đã sửa';",
      'const b = `Dòng ${1} lỗi`;',
      'const c = <p>Tô màu</p>;',
      '/** Vấn đề */ const d = "plain";',
      "type K = 'xã' | 'phường'; const e: K = 'xã';",
    ].join('\n');
    const found = literals('x.tsx', src).filter((l) => VIETNAMESE.test(l.text));
    expect(found.map((l) => [l.line, l.text.trim()])).toEqual([
      [2, 'Đã sửa'],
      [3, 'Dòng'],
      [3, 'lỗi'],
      [4, 'Tô màu'],
      [6, 'xã'], // the value, not the literal type
    ]);
  });

  it('reads the source tree (and the strings modules are in it)', () => {
    expect(files.length).toBeGreaterThan(100);
    const modules = ['taskpane/strings.ts', 'cli/strings.ts', 'web/strings.ts', 'core/messages/render.ts', 'xlsx/strings.ts', 'excel/strings.ts', 'layout/strings.ts'];
    for (const m of modules) {
      expect(files.find((f) => f.rel === m)?.lits.some((l) => VIETNAMESE.test(l.text))).toBe(true);
    }
  });
});

describe('user-facing Vietnamese lives in the strings modules', () => {
  const checked = files.filter((f) => !under(f.rel, STRING_MODULES) && !under(f.rel, DATA));

  it.each(checked.map((f) => [f.rel, f] as const))('%s', (rel, f) => {
    const vi = f.lits.filter((l) => VIETNAMESE.test(l.text));
    const where = vi.map((l) => `${rel}:${l.line} ${JSON.stringify(l.text.trim().slice(0, 60))}`);
    expect(where).toEqual([]);
  });
});

describe('one quotation style', () => {
  const checked = files.filter((f) => !under(f.rel, DATA));
  it.each(checked.map((f) => [f.rel, f] as const))('%s quotes with straight double quotes', (rel, f) => {
    const bad = f.lits.filter((l) => OTHER_QUOTES.test(l.text)).map((l) => `${rel}:${l.line} ${JSON.stringify(l.text.trim().slice(0, 60))}`);
    expect(bad).toEqual([]);
  });
});
