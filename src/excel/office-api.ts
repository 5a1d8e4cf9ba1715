/**
 * The slice of Office.js the adapter depends on, injectable so that the demo and the tests can
 * run it over the emulator. Also: A1 address parsing and the one rule for writing text.
 */
import type { MergeRange } from '../core/grid';
import { columnIndex } from '../core/grid';

export interface ExcelApi {
  run: typeof Excel.run;
  /** Excel.run with RunOptions (mergeUndoGroup, delayForCellEdit). */
  runWith<T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Whether the host supports ExcelApi `version`. */
  isSetSupported(version: string): boolean;
}

export interface ExcelApiInput {
  run: typeof Excel.run;
  /** Defaults to Office.context.requirements.isSetSupported when office.js is loaded. */
  isSetSupported?: (name: string, version?: string) => boolean;
}

export function resolveApi(input?: ExcelApiInput): ExcelApi {
  const run: typeof Excel.run =
    input?.run ??
    ((...args: unknown[]) => {
      if (typeof Excel === 'undefined') throw new Error('office.js is not loaded');
      return (Excel.run as (...a: unknown[]) => Promise<unknown>)(...args);
    }) as typeof Excel.run;
  const check = input?.isSetSupported;
  return {
    run,
    runWith: (options, batch) => (run as unknown as (o: Excel.RunOptions, b: typeof batch) => ReturnType<typeof batch>)(options, batch),
    isSetSupported(version) {
      if (check) return check('ExcelApi', version);
      if (typeof Office === 'undefined' || !Office.context?.requirements) return true;
      return Office.context.requirements.isSetSupported('ExcelApi', version);
    },
  };
}

/**
 * Areas of an address such as "Sheet1!B6:I6, Sheet1!B16:I16" or "'Phụ lục'!A1:I1" (0-based).
 * Single cells come back as 1×1 areas.
 */
export function parseRangeAddress(address: string): MergeRange[] {
  const out: MergeRange[] = [];
  const re = /(?:^|!|,\s*)\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?(?=\s*,|\s*$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(address))) {
    const c1 = columnIndex(m[1] ?? 'A');
    const r1 = Number(m[2]) - 1;
    const c2 = m[3] ? columnIndex(m[3]) : c1;
    const r2 = m[4] ? Number(m[4]) - 1 : r1;
    out.push({ top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) });
  }
  return out;
}

/**
 * What to put in `values` so that Excel stores `s` as exactly this text. Excel reads input like
 * typing, in the PC's regional settings: "- Tờ trình", "+84", "=x" and "@x" become formulas,
 * "20.000" a number (20000 on vi-VN, 20 on en-US), "31/03/2024", "15/01", "01/2024", "5-Mar" and
 * "10:30" dates or times, "TRUE" a boolean, "#N/A" an error. A leading apostrophe (Excel's quote
 * prefix) keeps the text as typed and is not part of the value; it does not change the cell's
 * number format. Only text that some regional setting would change is quoted, so that a cell a
 * clerk later types a number into is not left quote-prefixed without need.
 */
export function textInput(s: string): string {
  if (s === '') return s;
  if (needsQuote(s)) return "'" + s;
  return s;
}

const NUMBERISH = /^\s*\(?\s*[+-]?[\d\s.,]*\d[\d\s.,]*(?:[eE][+-]?\d+)?\s*%?\s*[₫đ$€]?\s*\)?\s*$/i;
const DATEISH =
  /^\s*\d{1,4}\s*[/\-.:]\s*\d{1,4}(\s*[/\-.:]\s*\d{1,4})?(\s+\d{1,2}:\d{2}(:\d{2})?)?\s*(AM|PM|SA|CH)?\s*$/i;
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const DAY_MONTH = new RegExp(`^\\s*\\d{1,2}[\\s\\-/.]*${MONTH}([\\s\\-/,]+\\d{1,4})?\\s*$`, 'i');
const MONTH_DAY = new RegExp(`^\\s*${MONTH}[\\s\\-/]+\\d{1,4}(,?\\s+\\d{1,4})?\\s*$`, 'i');
const FRACTION = /^\s*\d+\s+\d+\s*\/\s*\d+\s*$/;
const CONSTANT = /^\s*(TRUE|FALSE|#N\/A|#REF!|#VALUE!|#DIV\/0!|#NAME\?|#NUM!|#NULL!|#SPILL!|#CALC!|#GETTING_DATA)\s*$/i;

/** Whether Excel (en-US or vi-VN) would store `s`, written to `values`, as anything but this text. */
export function needsQuote(s: string): boolean {
  return (
    /^[=+\-@']/.test(s) ||
    NUMBERISH.test(s) ||
    DATEISH.test(s) ||
    DAY_MONTH.test(s) ||
    MONTH_DAY.test(s) ||
    FRACTION.test(s) ||
    CONSTANT.test(s)
  );
}

/** A value to write: strings as text, numbers as numbers, null as an empty cell (never "unchanged"). */
export function cellInput(v: string | number | boolean | null): string | number | boolean {
  if (v === null) return '';
  if (typeof v === 'string') return textInput(v);
  return v;
}

/** "5:7" for rows 5..7 (1-based). */
export function rowsAddress(first: number, count = 1): string {
  return `${first}:${first + count - 1}`;
}
