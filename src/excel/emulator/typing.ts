/**
 * What Excel does with a value written through `Range.values` or `Range.formulas`: the same as a
 * person typing it, in the PC's regional settings. A string can become a formula ("=x", "-x",
 * "@x"), a number ("20.000" is 20000 on vi-VN, 20 on en-US; "5%", "(100)", "1E3"), a date
 * ("31/03/2024" on vi-VN, "3/31/2024" on en-US, "15/01" and "1/2024" too, ISO "2024-03-31",
 * "5-Mar"), a time ("10:30"), a boolean or an error value. Only a leading apostrophe or a
 * text-formatted ("@") cell keeps it text. Sources: Microsoft, "Stop automatically changing
 * numbers to dates", "Format numbers as text"; Office.js Range.values.
 */
import { partsToSerial, SEPARATORS, SHORT_DATE, type Locale } from './format';
import type { CellModel, SheetModel } from './model';

const FORMULA_START = /^[=+\-@]/;
const ERRORS = new Set(['#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!']);
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export interface Typed {
  value: string | number | boolean | null;
  formula?: string;
  error?: string;
  /** A number format Excel gives a General cell for what was typed (dates, percents, times). */
  numberFormat?: string;
  quotePrefix?: boolean;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A number as typed in `locale`, or null. */
export function parseTypedNumber(s: string, locale: Locale): { value: number; percent: boolean } | null {
  const { group, decimal } = SEPARATORS[locale];
  let t = s.trim();
  let negative = false;
  if (/^\(.*\)$/.test(t)) {
    negative = true;
    t = t.slice(1, -1).trim();
  }
  let percent = false;
  if (t.endsWith('%')) {
    percent = true;
    t = t.slice(0, -1).trim();
  }
  const g = escapeRe(group);
  const d = escapeRe(decimal);
  const re = new RegExp(`^([+-])?(\\d{1,3}(?:${g}\\d{3})+|\\d+)?(?:${d}(\\d+))?(?:[eE]([+-]?\\d+))?$`);
  const m = re.exec(t);
  if (!m || (m[2] === undefined && m[3] === undefined)) return null;
  const int = (m[2] ?? '0').split(group).join('');
  let value = Number(`${int}.${m[3] ?? '0'}${m[4] !== undefined ? `e${m[4]}` : ''}`);
  if (!Number.isFinite(value)) return null;
  if (m[1] === '-') value = -value;
  if (negative) value = -value;
  if (percent) value /= 100;
  return { value, percent };
}

function monthIndex(word: string): number | null {
  const i = MONTHS.indexOf(word.slice(0, 3).toLowerCase());
  if (i < 0) return null;
  const full = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'][i]!;
  return full.startsWith(word.toLowerCase()) ? i + 1 : null;
}

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function fullYear(y: string): number {
  const n = Number(y);
  if (y.length <= 2) return n < 30 ? 2000 + n : 1900 + n;
  return n;
}

/** A time of day as typed ("10:30", "10:30:15", "10:30 AM"), as a fraction of a day, or null. */
function parseTime(s: string): number | null {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(AM|PM|SA|CH)?$/i.exec(s.trim());
  if (!m) return null;
  let h = Number(m[1]);
  const min = Number(m[2]);
  const sec = Number(m[3] ?? 0);
  const ampm = m[4]?.toUpperCase();
  if (ampm === 'PM' || ampm === 'CH') h = (h % 12) + 12;
  else if (ampm === 'AM' || ampm === 'SA') h = h % 12;
  if (h > 23 || min > 59 || sec > 59) return null;
  return (h * 3600 + min * 60 + sec) / 86400;
}

/** A date as typed in `locale` (with an optional time), as a serial, or null. */
export function parseTypedDate(s: string, locale: Locale, date1904 = false, thisYear = new Date().getUTCFullYear()): number | null {
  const t = s.trim();
  let time = 0;
  let datePart = t;
  const withTime = /^(.*\S)\s+(\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:AM|PM|SA|CH))?)$/i.exec(t);
  if (withTime) {
    const tm = parseTime(withTime[2] ?? '');
    if (tm === null) return null;
    time = tm;
    datePart = withTime[1] ?? '';
  }
  const serial = (y: number, m: number, d: number): number | null =>
    validDay(y, m, d) ? partsToSerial(y, m, d, date1904) + time : null;
  let m: RegExpExecArray | null;
  // ISO order, any locale: 2024-03-31, 2024/3/31.
  if ((m = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$/.exec(datePart))) return serial(Number(m[1]), Number(m[2]), Number(m[3]));
  // Three numbers: m/d/y on en-US, d/m/y on vi-VN.
  if ((m = /^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})$/.exec(datePart))) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    const y = fullYear(m[3] ?? '');
    return locale === 'en-US' ? serial(y, a, b) : serial(y, b, a);
  }
  // Two numbers: a month and a year (3/2024), else a day and a month of this year.
  if ((m = /^(\d{1,2})[/-](\d{1,4})$/.exec(datePart))) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if ((m[2] ?? '').length >= 3) return b >= 1900 ? serial(b, a, 1) : null;
    const asDay = locale === 'en-US' ? serial(thisYear, a, b) : serial(thisYear, b, a);
    if (asDay !== null) return asDay;
    return b > 31 || (m[2] ?? '').length === 2 ? serial(fullYear(m[2] ?? ''), a, 1) : null;
  }
  // Month names: 5-Mar, 5 March 2024, Mar 5, March 5, 2024, Mar-24.
  if ((m = /^(\d{1,2})[\s-]+([A-Za-z]+)\.?(?:[\s,-]+(\d{2}|\d{4}))?$/.exec(datePart))) {
    const mon = monthIndex(m[2] ?? '');
    if (mon) return serial(m[3] ? fullYear(m[3]) : thisYear, mon, Number(m[1]));
  }
  if ((m = /^([A-Za-z]+)\.?[\s-]+(\d{1,4})(?:,?\s+(\d{4}))?$/.exec(datePart))) {
    const mon = monthIndex(m[1] ?? '');
    if (mon) {
      const n = Number(m[2]);
      if (m[3]) return serial(Number(m[3]), mon, n);
      if (n >= 1 && n <= 31 && (m[2] ?? '').length <= 2 && validDay(thisYear, mon, n)) return serial(thisYear, mon, n);
      return serial(fullYear(m[2] ?? ''), mon, 1);
    }
  }
  return null;
}

/** What Excel stores for `input` typed into a cell with number format `numberFormat`. */
export function typeValue(input: string | number | boolean, numberFormat: string, locale: Locale, date1904 = false): Typed {
  const textFormat = numberFormat === '@';
  if (typeof input === 'number' || typeof input === 'boolean') return { value: textFormat ? String(input) : input };
  const s = input;
  if (s === '') return { value: null };
  if (s.startsWith("'")) return { value: s.slice(1), quotePrefix: true };
  if (textFormat) return { value: s };
  const num = parseTypedNumber(s, locale);
  if (num) return num.percent ? { value: num.value, numberFormat: '0%' } : { value: num.value };
  if (FORMULA_START.test(s) && s.length > 1) {
    const formula = s.startsWith('=') ? s : '=' + s;
    // Excel formats a General cell by what the formula returns first: =DATE(…) shows a short date
    // (the value stays the serial, computed by the core's evaluator on recalculation).
    return /^=\s*DATE\s*\(/i.test(formula) ? { value: null, formula, numberFormat: SHORT_DATE } : { value: null, formula };
  }
  const upper = s.trim().toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { value: upper === 'TRUE' };
  if (ERRORS.has(upper)) return { value: null, error: upper };
  const date = parseTypedDate(s, locale, date1904);
  if (date !== null) return { value: date, numberFormat: SHORT_DATE };
  const time = parseTime(s);
  if (time !== null) return { value: time, numberFormat: 'h:mm' };
  if (/^\d+\s+\d+\/\d+$/.test(s.trim())) {
    const [w = '0', f = '0/1'] = s.trim().split(/\s+/);
    const [n = 0, d = 1] = f.split('/').map(Number);
    if (d) return { value: Number(w) + n / d, numberFormat: '# ?/?' };
  }
  return { value: s };
}

/** Writes one value into a cell as Excel does for `values`/`formulas` (null leaves it as it is). */
export function enterValue(sheet: SheetModel, r: number, c: number, input: unknown): void {
  if (input === null || input === undefined) return; // Office.js: null leaves the cell as it is
  const cell: CellModel = sheet.ensure(r, c);
  const typed = typeValue(
    typeof input === 'number' || typeof input === 'boolean' ? input : String(input),
    cell.numberFormat ?? 'General',
    sheet.locale,
    sheet.date1904,
  );
  delete cell.formula;
  delete cell.error;
  delete cell.quotePrefix;
  delete cell.runs; // a new value replaces rich text, runs and all
  cell.value = typed.value;
  if (typed.formula !== undefined) cell.formula = typed.formula;
  if (typed.error !== undefined) cell.error = typed.error;
  if (typed.quotePrefix) cell.quotePrefix = true;
  if (typed.numberFormat && (cell.numberFormat ?? 'General') === 'General') cell.numberFormat = typed.numberFormat;
}
