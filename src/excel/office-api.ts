/**
 * The slice of Office.js the adapter depends on, injectable so that the demo and the tests can
 * run it over the emulator. Also: A1 address parsing and the one rule for writing text.
 */
import type { MergeRange } from '../core/grid';
import { columnIndex } from '../core/grid';

export interface ExcelApi {
  run: typeof Excel.run;
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
 * What to put in `values` so that Excel stores `s` as exactly this text. Excel treats input like
 * typing: "- Tờ trình", "+84", "=x" and "@x" become formulas, "20.000", "31/03/2024" and "TRUE"
 * become numbers, dates and booleans. A leading apostrophe (Excel's quote prefix) keeps the text
 * as typed and is not part of the value; it does not change the cell's number format.
 */
export function textInput(s: string): string {
  if (s === '') return s;
  if (needsQuote(s)) return "'" + s;
  return s;
}

const NUMBERISH = /^\s*[+-]?[\d\s.,]*\d[\d\s.,]*\s*%?\s*[₫đ$€]?\s*$/i;
const DATEISH = /^\s*\d{1,4}\s*[/\-.:]\s*\d{1,2}(\s*[/\-.:]\s*\d{1,4})?(\s+\d{1,2}:\d{2}(:\d{2})?)?\s*(AM|PM|SA|CH)?\s*$/i;

export function needsQuote(s: string): boolean {
  return (
    /^[=+\-@']/.test(s) ||
    NUMBERISH.test(s) ||
    DATEISH.test(s) ||
    /^\s*(TRUE|FALSE|#N\/A|#REF!|#VALUE!|#DIV\/0!|#NAME\?|#NUM!|#NULL!)\s*$/i.test(s)
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
