/**
 * The one date rule of phuluc: a cell is a date when it holds a number under a date number
 * format (or, from older adapters, a Date). Its calendar day comes from the serial number in the
 * workbook's date system; what the cell displays (which follows the PC's regional settings on
 * Office.js: `3/5/2024` on en-US, `05/03/2024` on vi-VN) is never parsed.
 *
 * Sources: ECMA-376 Part 1 §18.8.30 (built-in number formats, including the locale-specific ones)
 * and §18.8.31 (format codes); Microsoft's MS-OI29500 2.1.712 (Excel's own codes for ids 14, 22,
 * 37-40, 47); Microsoft's "Date systems in Excel" (1900 system with the 1900-02-29 bug, 1904 system).
 */
import type { Cell } from './types';

/** What a date/time number format shows. `null` from dateFormatInfo means: not a date/time format. */
export interface DateFormatInfo {
  /** It shows a calendar part: day, month or year (d, m as a month, y). */
  date: boolean;
  /** It shows a time of day: h, s, or m as minutes. */
  time: boolean;
  /** It shows elapsed time: [h], [m] or [s]. */
  elapsed: boolean;
}

/** A calendar date and time of day as Excel shows a serial (1900-02-29 included). */
export interface ExcelDateParts {
  year: number;
  /** 1-12 */
  month: number;
  /** 1-31 */
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

/** The largest serial Excel shows as a date in the 1900 system: 31/12/9999. */
export const MAX_SERIAL_1900 = 2_958_465;
/** The 1904 system counts from 01/01/1904, 1462 days after the 1900 system's origin. */
export const DAYS_1900_TO_1904 = 1_462;
/** The fake day 29/02/1900 that Excel (after Lotus 1-2-3) counts in the 1900 system. */
export const LOTUS_LEAP_DAY_SERIAL = 60;

const DAY_MS = 86_400_000;
/** Serials 61 and above count from 30/12/1899 (because of the fake 29/02/1900); 1-59 from 31/12/1899. */
const EPOCH_1900_MS = Date.UTC(1899, 11, 30);
const EPOCH_1904_MS = Date.UTC(1904, 0, 1);

/**
 * Built-in number formats (ECMA-376 Part 1 §18.8.30) that show a date or a time. Ids 14-22 and
 * 45-47 in every locale; 27-36 and 50-58 are the East Asian date/time formats; 71-81 the Thai ones.
 * Ids 59-70 (Thai numbers), 37-44 (accounting), 48 (scientific) and 49 (`@`) are not dates.
 */
const BUILTIN_DATE_IDS: ReadonlySet<number> = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22,
  27, 28, 29, 30, 31, 32, 33, 34, 35, 36,
  45, 46, 47,
  50, 51, 52, 53, 54, 55, 56, 57, 58,
  71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81,
]);

/**
 * The codes Excel uses for the built-in formats 0-49 that every locale shares (MS-OI29500 2.1.712
 * for 14, 22, 37-40 and 47, where Excel differs from the standard's text). Ids 23-36 and 50+ are
 * locale-specific and have no single code.
 */
const BUILTIN_CODES: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'm/d/yyyy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yyyy h:mm',
  37: '#,##0_);(#,##0)',
  38: '#,##0_);[Red](#,##0)',
  39: '#,##0.00_);(#,##0.00)',
  40: '#,##0.00_);[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mm:ss.0',
  48: '##0.0E+0',
  49: '@',
};

/** Whether a built-in number format id (a cell style's numFmtId with no custom code) shows a date or time. */
export function isDateFormatId(id: number): boolean {
  return BUILTIN_DATE_IDS.has(id);
}

/** The format code of a built-in id shared by all locales (en-US codes, as Excel writes them), or undefined. */
export function builtinFormatCode(id: number): string | undefined {
  return BUILTIN_CODES[id];
}

const infoCache = new Map<string, DateFormatInfo | null>();

/**
 * Whether a format code shows a date or a time, and which parts. Reads the first section (the one
 * positive numbers use) and looks for the date/time tokens d, m, y, h, s outside quoted text
 * (`"d"`), backslash escapes (`\d`), padding and fill characters (`_d`, `*d`) and brackets
 * (`[Red]`, `[$-42A]`, `[>=100]`), except the elapsed-time brackets `[h]`, `[mm]`, `[ss]`.
 * `General`, `0.00`, `#,##0`, `@` and text in quotes are not dates. Never throws.
 */
export function dateFormatInfo(code: string | undefined | null): DateFormatInfo | null {
  if (!code) return null;
  const hit = infoCache.get(code);
  if (hit !== undefined) return hit;
  const info = scanFormat(code);
  if (infoCache.size > 5000) infoCache.clear();
  infoCache.set(code, info);
  return info;
}

/** Whether a number format code shows a date or a time (see dateFormatInfo). */
export function isDateFormat(code: string | undefined | null): boolean {
  return dateFormatInfo(code) !== null;
}

function scanFormat(code: string): DateFormatInfo | null {
  // Date/time tokens in the order met: 'd' | 'y' | 'h' | 's' | 'm'.
  const tokens: string[] = [];
  let elapsed = false;
  let elapsedMinutesOrSeconds = false;
  let i = 0;
  const n = code.length;
  while (i < n) {
    const ch = code[i]!;
    if (ch === ';') break; // the first section decides
    if (ch === '"') {
      const end = code.indexOf('"', i + 1);
      i = end < 0 ? n : end + 1;
      continue;
    }
    if (ch === '\\' || ch === '_' || ch === '*') {
      i += 2;
      continue;
    }
    if (ch === '[') {
      const end = code.indexOf(']', i + 1);
      const inner = (end < 0 ? code.slice(i + 1) : code.slice(i + 1, end)).toLowerCase();
      if (/^(h+|m+|s+)$/.test(inner)) {
        elapsed = true;
        if (inner[0] !== 'h') elapsedMinutesOrSeconds = true;
        tokens.push(inner[0]!);
      }
      i = end < 0 ? n : end + 1;
      continue;
    }
    const lower = ch.toLowerCase();
    if (lower === 'g' && code.slice(i, i + 7).toLowerCase() === 'general') {
      i += 7;
      continue;
    }
    if (lower === 'd' || lower === 'm' || lower === 'y' || lower === 'h' || lower === 's') {
      if (tokens[tokens.length - 1] !== lower || !sameRun(code, i)) tokens.push(lower);
      i++;
      continue;
    }
    if (lower === 'a' && /^(am\/pm|a\/p)/i.test(code.slice(i))) {
      i += code[i + 1] === '/' ? 3 : 5;
      continue;
    }
    i++;
  }
  if (tokens.length === 0) return null;
  let date = false;
  let time = false;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t === 'd' || t === 'y') date = true;
    else if (t === 'h' || t === 's') time = true;
    else if (isMinutes(tokens, k)) time = true;
    else date = true;
  }
  if (elapsedMinutesOrSeconds) time = true;
  return { date, time, elapsed };
}

/** The token at i continues a run of the same letter (mm, yyyy): counted once. */
function sameRun(code: string, i: number): boolean {
  return i > 0 && code[i - 1]!.toLowerCase() === code[i]!.toLowerCase();
}

/** An m is minutes right after an hour, or right before seconds (Excel's rule). */
function isMinutes(tokens: string[], k: number): boolean {
  return tokens[k - 1] === 'h' || tokens[k + 1] === 's';
}

/**
 * The calendar date and time of day that Excel shows for a serial, or null when Excel shows
 * none (a negative serial, 0 in the 1900 system, past 31/12/9999, not finite). In the 1900
 * system serial 60 is 29/02/1900, a day that never was (Excel keeps Lotus 1-2-3's leap-year
 * bug): serials 1-59 count from 31/12/1899, serials from 61 from 30/12/1899. In the 1904 system
 * serial 0 is 01/01/1904. The fraction is the time of day, rounded to the millisecond.
 */
export function serialToParts(serial: number, date1904 = false): ExcelDateParts | null {
  if (!Number.isFinite(serial) || serial < 0) return null;
  const totalMs = Math.round(serial * DAY_MS);
  const day = Math.floor(totalMs / DAY_MS);
  const timeMs = totalMs - day * DAY_MS;
  const max = date1904 ? MAX_SERIAL_1900 - DAYS_1900_TO_1904 : MAX_SERIAL_1900;
  if (day > max) return null;
  const time = {
    hour: Math.floor(timeMs / 3_600_000),
    minute: Math.floor(timeMs / 60_000) % 60,
    second: Math.floor(timeMs / 1000) % 60,
    millisecond: timeMs % 1000,
  };
  if (!date1904) {
    if (day < 1) return null;
    if (day === LOTUS_LEAP_DAY_SERIAL) return { year: 1900, month: 2, day: 29, ...time };
  }
  const base = date1904 ? EPOCH_1904_MS : day < LOTUS_LEAP_DAY_SERIAL ? EPOCH_1900_MS + DAY_MS : EPOCH_1900_MS;
  const d = new Date(base + day * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), ...time };
}

/**
 * A serial as a Date read with UTC fields (UTC midnight plus the time of day), or null where
 * serialToParts gives none, and for 29/02/1900, which a Date cannot hold.
 */
export function serialToDate(serial: number, date1904 = false): Date | null {
  const p = serialToParts(serial, date1904);
  if (!p || (p.year === 1900 && p.month === 2 && p.day === 29)) return null;
  return new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.millisecond));
}

/** The serial of a Date read with UTC fields, in the given date system (the inverse of serialToDate). */
export function dateToSerial(date: Date, date1904 = false): number {
  const ms = date.getTime();
  if (date1904) return (ms - EPOCH_1904_MS) / DAY_MS;
  const serial = (ms - EPOCH_1900_MS) / DAY_MS;
  // Before 01/03/1900 Excel's count is one day less (no fake 29/02 yet).
  return serial < LOTUS_LEAP_DAY_SERIAL + 1 ? serial - 1 : serial;
}

/**
 * The date a cell holds, by the one rule: a number under a format that shows a calendar date
 * (dateFormatInfo(...).date), converted from its serial in the grid's date system; or a Date value
 * (older adapters). Time-only formats (`h:mm`, `[h]:mm`) hold a time, not a date: undefined.
 * Text never makes a date here, whatever it looks like.
 */
export function cellDate(cell: Cell | undefined, date1904 = false): Date | undefined {
  if (!cell) return undefined;
  const v = cell.value;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : v;
  if (typeof v !== 'number' || cell.error) return undefined;
  const info = dateFormatInfo(cell.numFmt);
  if (!info?.date) return undefined;
  return serialToDate(v, date1904) ?? undefined;
}

/**
 * How phuluc shows a date/time number in messages and reports (the Vietnamese way, not the PC's):
 * dd/mm/yyyy, then hh:mm (and :ss when the format shows seconds) when the format shows a time;
 * a time-only format gives hh:mm[:ss]; elapsed time [h]:mm[:ss]. Undefined when the number is not
 * a date/time under this format, or Excel would show none (#### for a negative date).
 */
export function formatDateNumber(value: number, numFmt: string | undefined, date1904 = false): string | undefined {
  const info = dateFormatInfo(numFmt);
  if (!info) return undefined;
  // A column of dates repeats a few values: the text of each (format, system, serial) is made once.
  const cacheKey = date1904 ? `1\u0000${numFmt}` : (numFmt as string);
  let byValue = shownCache.get(cacheKey);
  if (!byValue) {
    if (shownCache.size >= 200) shownCache.clear();
    shownCache.set(cacheKey, (byValue = new Map()));
  }
  const hit = byValue.get(value);
  if (hit !== undefined || byValue.has(value)) return hit;
  const shown = formatDateNumberUncached(value, numFmt, info, date1904);
  if (byValue.size >= 20_000) byValue.clear();
  byValue.set(value, shown);
  return shown;
}

/** Texts already made by formatDateNumber, by format code (prefixed for the 1904 system), then serial. */
const shownCache = new Map<string, Map<number, string | undefined>>();

function formatDateNumberUncached(value: number, numFmt: string | undefined, info: DateFormatInfo, date1904: boolean): string | undefined {
  const seconds = /s/i.test(stripLiterals(numFmt ?? ''));
  if (info.elapsed && !info.date) {
    if (!Number.isFinite(value) || value < 0) return undefined;
    const totalSeconds = Math.round(value * 86_400);
    const h = Math.floor(totalSeconds / 3600);
    const m = Math.floor(totalSeconds / 60) % 60;
    const s = totalSeconds % 60;
    return `${h}:${pad2(m)}${seconds ? `:${pad2(s)}` : ''}`;
  }
  const p = info.date ? serialToParts(value, date1904) : timeParts(value);
  if (!p) return undefined;
  const clock = `${pad2(p.hour)}:${pad2(p.minute)}${seconds ? `:${pad2(p.second)}` : ''}`;
  if (!info.date) return clock;
  const day = dayText(p.year, p.month, p.day);
  return info.time ? `${day} ${clock}` : day;
}

function timeParts(value: number): ExcelDateParts | null {
  if (!Number.isFinite(value) || value < 0) return null;
  const ms = Math.round((value - Math.floor(value)) * DAY_MS) % DAY_MS;
  return {
    year: 0,
    month: 0,
    day: 0,
    hour: Math.floor(ms / 3_600_000),
    minute: Math.floor(ms / 60_000) % 60,
    second: Math.floor(ms / 1000) % 60,
    millisecond: ms % 1000,
  };
}

/** The code without quoted text, escapes, padding, fills and brackets other than elapsed time. */
function stripLiterals(code: string): string {
  return (code.split(';')[0] ?? '').replace(/"[^"]*"|\\.|_.|\*.|\[(?![hms]+\])[^\]]*\]/gi, '');
}

/**
 * The one form phuluc writes a date in for a user (messages, reports, the sheets it creates, the
 * pane): dd/mm/yyyy, day and month always two digits (`01/07/2025`), as Vietnamese administrative
 * documents write dates. Every date shown goes through here (or viDate, formatDate), so no text
 * says `01/7/2025` beside `01/07/2025`.
 */
export function dayText(year: number, month: number, day: number): string {
  return `${pad2(day)}/${pad2(month)}/${year}`;
}

/**
 * An ISO calendar date (`2025-07-01`, as the engine carries dates) written for a user: dayText
 * (`01/07/2025`). A text not of that form is returned as it is, never a half-formatted date.
 */
export function viDate(iso: string): string {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(iso);
  return m ? dayText(Number(m[1]), Number(m[2]), Number(m[3])) : iso;
}

/** A Date's calendar day (UTC, as the engine's dates are made) written for a user: dayText. */
export function formatDate(d: Date): string {
  return dayText(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** A calendar day as parsed from what a user typed (not yet checked to exist). */
export interface TypedDay {
  year: number;
  /** 1–12 when it exists. */
  month: number;
  day: number;
}

/**
 * A day as users type one: ISO `2026-03-31` (also `2026-3-1`) or Vietnamese order `31/03/2026`
 * (also `1/3/2026`, `31.03.2026`, `31-03-2026`, spaces around the separators); surrounding space
 * ignored. Undefined for any other text. Whether the day exists is not checked here: `isoDay`
 * checks it, and a settings schema may want to say so itself.
 */
export function parseTypedDay(text: string): TypedDay | undefined {
  const t = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/u.exec(t);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  const dmy = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/u.exec(t);
  return dmy ? { year: Number(dmy[3]), month: Number(dmy[2]), day: Number(dmy[1]) } : undefined;
}

/** `2025-07-01` from its parts, year padded to four digits, month and day to two; the day is not checked. */
export function isoText({ year, month, day }: TypedDay): string {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/**
 * The ISO date (`2025-07-01`) of a day of the proleptic Gregorian calendar, or undefined when
 * there is no such day (month 13, 31/04, 29/02 outside leap years).
 */
export function isoDay(d: TypedDay): string | undefined {
  if (!Number.isInteger(d.month) || !Number.isInteger(d.day) || d.month < 1 || d.month > 12 || d.day < 1) return undefined;
  if (d.day > daysInMonth(d.year, d.month)) return undefined;
  return isoText(d);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
