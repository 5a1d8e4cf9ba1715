/**
 * Scanners for the clauses a deadline line is made of ("Quý I/2024", "trước ngày 20/4/2020",
 * "Định kỳ", "Khi có yêu cầu"...). Each works on the folded line (see fold.ts) at a position,
 * with sticky regexes, and returns what it read with its canonical spelling, an impossible value,
 * or null when the text there is not that clause.
 */
import type { DeadlineInvalidReason } from '../issues';
import { daysInMonth, endOfMonth, isoDate, pad2, romanValue, toRoman } from './calendar';

export type ClauseKind = 'quarter' | 'month' | 'before' | 'date' | 'period' | 'recurring' | 'conditional';

/** One deadline read from a clause. A quarter or month list ("Quý I và Quý III/2024") gives several. */
export interface Item {
  kind: ClauseKind;
  /** The clause's source text, or for a list item its canonical spelling. */
  text: string;
  canonical: string;
  due?: string;
  years: number[];
}

export type Scan =
  | { ok: true; end: number; canonical: string; items: Item[] }
  | { ok: false; end: number; invalid: DeadlineInvalidReason; years: number[] };

/** The line being scanned: folded text for matching, the original (NFC) for output. */
export interface Line {
  f: string;
  s: string;
  planYear?: number;
}

// Standard spellings of the folded keywords. "hang" is hằng or hàng as typed (both are correct).
const WORDS: Record<string, string> = {
  quy: 'quý', qui: 'quý', thang: 'tháng', truoc: 'trước', ngay: 'ngày', cham: 'chậm', nhat: 'nhất',
  han: 'hạn', chot: 'chót', khong: 'không', muon: 'muộn', hon: 'hơn', qua: 'quá', trong: 'trong',
  ca: 'cả', suot: 'suốt', nam: 'năm', dau: 'đầu', cuoi: 'cuối', sau: 'sáu', ba: 'ba', chin: 'chín',
  thuong: 'thường', xuyen: 'xuyên', lien: 'liên', tuc: 'tục', dinh: 'định', ky: 'kỳ', ki: 'kì',
  tuan: 'tuần', vao: 'vào', va: 'và', hoac: 'hoặc',
};

function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

function upperFirst(w: string): string {
  return w.length === 0 ? w : w.charAt(0).toUpperCase() + w.slice(1);
}

/**
 * The keywords of [from, to) in their standard spelling: diacritics restored, "Quí"/"Qúy" made "Quý",
 * later words lower-case; the first word capitalised at the start of a line, else as typed.
 */
export function canonWords(line: Line, from: number, to: number, capFirst: boolean): string {
  const { f, s } = line;
  let out = '';
  let first = true;
  let i = from;
  while (i < to) {
    if (!isLower(f.charCodeAt(i))) {
      out += s.charAt(i);
      if (s.charAt(i) !== ' ') first = false; // "6 tháng đầu năm": only a leading word is capitalised
      i++;
      continue;
    }
    let j = i + 1;
    while (j < to && isLower(f.charCodeAt(j))) j++;
    const w = f.slice(i, j);
    const typed = s.slice(i, j);
    let word: string;
    if (w === 'hang') word = /[àÀ]/.test(typed) ? 'hàng' : 'hằng';
    else word = WORDS[w] ?? typed;
    if (first && (capFirst || typed.charAt(0) !== typed.charAt(0).toLowerCase())) word = upperFirst(word);
    out += word;
    first = false;
    i = j;
  }
  return out;
}

function uniq(years: number[]): number[] {
  return years.length < 2 ? years : years.filter((y, i) => years.indexOf(y) === i);
}

function match(re: RegExp, f: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(f);
}

function invalid(end: number, reason: DeadlineInvalidReason, years: number[]): Scan {
  return { ok: false, end, invalid: reason, years };
}

// --- atoms (on folded text: lower-case, no diacritics, single spaces) ---------------------------

const PREFIX_IN = /(?:trong|vao) (?=qu[iy]|thang)/y;
const QUARTER_KW = /qu[iy] ?/y;
const QUARTER_NUM = /([ivxl]+|\d{1,2})(?![a-z0-9])/y;
const MONTH_KW = /thang ?/y;
const MONTH_NUM = /(\d{1,2})(?![a-z0-9])/y;
const LIST_SEP = / ?, ?(?:va )?| (?:va|hoac) | ?[&+] ?/y;
const YEAR_PART = /(?: ?\/ ?(?:nam ?)?| ?nam ?| ?- ?)([12]\d{3})(?![0-9])/y;

const CONDITIONAL =
  /(?:ngay sau khi|sau khi|truoc khi|khi|theo|tuy theo|tuy thuoc|tuy|neu|can cu|dot xuat)(?![a-z0-9])/y;
const BEFORE_KW = /(truoc|cham nhat|han chot|khong muon hon|khong qua)(?![a-z])(?: ?ngay(?![a-z]))? ?/y;
const DATE_PREFIX = /ngay ?/y;
const DATE_SHORT = /(\d{1,2}) ?([/.-]) ?(\d{1,2})(?: ?\2 ?([12]\d{3}|\d{2}))?(?![0-9]|[/.-] ?[0-9])/y;
const DATE_LONG = /(\d{1,2}) ?thang ?(\d{1,2})(?: ?(?:,|nam) ?([12]\d{3}))?(?![0-9])/y;
const DATE_ISO = /([12]\d{3})-(\d{1,2})-(\d{1,2})(?![0-9])/y;
const MONTH_YEAR = /(\d{1,2}) ?\/ ?([12]\d{3})(?![0-9/])/y;
const YEAR_ONLY = /([12]\d{3})(?![a-z0-9]|[/.-] ?[0-9])/y;
const PERIOD_YEAR = /(?:(trong|ca|suot) nam(?: ?([12]\d{3}))?|nam ?([12]\d{3}))(?![a-z0-9])/y;
const PERIOD_PART = /((?:trong )?(\d{1,2}|sau|ba|chin) thang (dau|cuoi) nam)(?: ?([12]\d{3}))?(?![a-z0-9])/y;
const RECURRING =
  /(?:thuong xuyen(?:,? lien tuc)?(?: trong nam)?|dinh k[yi](?: hang (?:ngay|tuan|thang|quy|nam))?|hang (?:ngay|tuan|thang|quy|nam)|lien tuc)(?: ?([12]\d{3}))?(?![a-z0-9])/y;
const YEAR_AFTER_NAM = /nam ([12]\d{3})(?![0-9])/g;

const SPELLED: Record<string, number> = { sau: 6, ba: 3, chin: 9 };

// --- scanners -------------------------------------------------------------------------------------

/** A quarter or a list of quarters sharing one year: "Quý I/2024", "quý 2 năm 2024", "Quý I và Quý III/2024". */
function scanQuarterOrMonth(line: Line, pos: number, cap: boolean, quarter: boolean): Scan | null {
  const { f } = line;
  let p = pos;
  let out = '';
  const pre = match(PREFIX_IN, f, p);
  if (pre) {
    out = canonWords(line, p, p + pre[0].length - 1, cap) + ' ';
    p += pre[0].length;
    cap = false;
  }
  const kwRe = quarter ? QUARTER_KW : MONTH_KW;
  const numRe = quarter ? QUARTER_NUM : MONTH_NUM;
  const kw = match(kwRe, f, p);
  if (!kw) return null;
  const kwWordEnd = p + kw[0].trimEnd().length;
  const parts: string[] = [canonWords(line, p, kwWordEnd, cap)];
  p += kw[0].length;
  const nums: string[] = [];
  let n = match(numRe, f, p);
  if (!n) return null;
  nums.push(n[1] as string);
  p += n[0].length;
  for (;;) {
    const sep = match(LIST_SEP, f, p);
    if (!sep) break;
    let q = p + sep[0].length;
    const kw2 = match(kwRe, f, q);
    let kwText = '';
    if (kw2) {
      kwText = canonWords(line, q, q + kw2[0].trimEnd().length, false) + ' ';
      q += kw2[0].length;
    }
    n = match(numRe, f, q);
    if (!n) break;
    parts.push(listSep(sep[0]) + kwText);
    nums.push(n[1] as string);
    p = q + n[0].length;
  }
  const yp = match(YEAR_PART, f, p);
  const year = yp ? Number(yp[1]) : undefined;
  if (yp) p += yp[0].length;
  const years = year === undefined ? [] : [year];
  const dueYear = year ?? line.planYear;

  const values: number[] = [];
  for (const raw of nums) {
    let v: number | undefined;
    if (raw.charCodeAt(0) <= 57) v = Number(raw);
    else v = romanValue(/^[il]+$/.test(raw) ? raw.replace(/l/g, 'i') : raw); // "Quý l" is I typed as L
    if (v === undefined) return null;
    if (quarter ? v < 1 || v > 4 : v < 1 || v > 12) return invalid(p, quarter ? 'quarter' : 'month', years);
    values.push(v);
  }

  const yearText = year === undefined ? '' : `/${year}`;
  const show = (v: number): string => (quarter ? toRoman(v) : pad2(v));
  for (let i = 0; i < values.length; i++) {
    out += (i === 0 ? parts[0] + ' ' : parts[i]) + show(values[i] as number);
  }
  out += yearText;

  const kwStd = quarter ? 'Quý ' : 'Tháng ';
  const items: Item[] = values.map((v) => {
    const item: Item = {
      kind: quarter ? 'quarter' : 'month',
      text: values.length === 1 ? line.s.slice(pos, p) : kwStd + show(v) + yearText,
      canonical: values.length === 1 ? out : kwStd + show(v) + yearText,
      years,
    };
    if (dueYear !== undefined) item.due = endOfMonth(dueYear, quarter ? v * 3 : v);
    return item;
  });
  return { ok: true, end: p, canonical: out, items };
}

/** A list separator in standard spacing: ", ", ", và ", " và ", " hoặc ", " & ". */
function listSep(typed: string): string {
  const w = typed.trim();
  if (w.charAt(0) === ',') return w.length > 1 ? ', và ' : ', ';
  return w === 'va' ? ' và ' : w === 'hoac' ? ' hoặc ' : ` ${w} `;
}

interface DateRead {
  end: number;
  d: number;
  m: number;
  y?: number;
}

/** A day and month with an optional year: 20/4/2020, 15.01.24, 15 tháng 01 năm 2024, 2024-01-15. */
function readDate(f: string, pos: number): DateRead | null {
  let m = match(DATE_SHORT, f, pos);
  if (m) {
    const yt = m[4];
    const y = yt === undefined ? undefined : yt.length === 2 ? 2000 + Number(yt) : Number(yt);
    return { end: pos + m[0].length, d: Number(m[1]), m: Number(m[3]), y };
  }
  m = match(DATE_LONG, f, pos);
  if (m) return { end: pos + m[0].length, d: Number(m[1]), m: Number(m[2]), y: m[3] === undefined ? undefined : Number(m[3]) };
  m = match(DATE_ISO, f, pos);
  if (m) return { end: pos + m[0].length, d: Number(m[3]), m: Number(m[2]), y: Number(m[1]) };
  return null;
}

/** Checks a date and gives its canonical text and due day, or why it cannot exist. */
function dateItem(
  line: Line,
  r: DateRead,
  kind: 'before' | 'date',
  prefix: string,
  text: string,
): Scan {
  const years = r.y === undefined ? [] : [r.y];
  if (r.m < 1 || r.m > 12) return invalid(r.end, 'month', years);
  if (r.d < 1 || r.d > 31) return invalid(r.end, 'day', years);
  // With no year written, the plan year decides 29/02; without one either, 29/02 may exist.
  const y = r.y ?? line.planYear;
  if (r.d > daysInMonth(r.m, y)) return invalid(r.end, 'date', years);
  const canonical = `${prefix}${pad2(r.d)}/${pad2(r.m)}${r.y === undefined ? '' : `/${r.y}`}`;
  const item: Item = { kind, text, canonical, years };
  if (y !== undefined) item.due = isoDate(y, r.m, r.d);
  return { ok: true, end: r.end, canonical, items: [item] };
}

/** "Trước 15/01/2024", "trước ngày 20/4/2020", "Chậm nhất ngày 25/4/2020": canonical "Trước ngày dd/mm/yyyy". */
function scanBefore(line: Line, pos: number, cap: boolean): Scan | null {
  const kw = match(BEFORE_KW, line.f, pos);
  if (!kw) return null;
  const r = readDate(line.f, pos + kw[0].length);
  if (!r) return null;
  const prefix = `${canonWords(line, pos, pos + (kw[1] as string).length, cap)} ngày `;
  return dateItem(line, r, 'before', prefix, line.s.slice(pos, r.end));
}

/** A bare date, optionally after "ngày": "31/03/2024", "ngày 31/3/2024". */
function scanDate(line: Line, pos: number, cap: boolean): Scan | null {
  const pre = match(DATE_PREFIX, line.f, pos);
  const at = pre ? pos + pre[0].length : pos;
  const r = readDate(line.f, at);
  if (!r) return null;
  const prefix = pre ? `${canonWords(line, pos, pos + 4, cap)} ` : '';
  return dateItem(line, r, 'date', prefix, line.s.slice(pos, r.end));
}

function periodItem(line: Line, pos: number, end: number, canonical: string, year: number | undefined, month: number): Scan {
  const years = year === undefined ? [] : [year];
  const item: Item = { kind: 'period', text: line.s.slice(pos, end), canonical, years };
  const y = year ?? line.planYear;
  if (y !== undefined) item.due = endOfMonth(y, month);
  return { ok: true, end, canonical, items: [item] };
}

/** "Năm 2024", "Trong năm 2021", "Cả năm", "6 tháng đầu năm", "6 tháng cuối năm 2024", a bare "2024". */
function scanPeriod(line: Line, pos: number, cap: boolean): Scan | null {
  const { f } = line;
  let m = match(PERIOD_PART, f, pos);
  if (m) {
    const end = pos + m[0].length;
    const numText = m[2] as string;
    const n = SPELLED[numText] ?? Number(numText);
    const year = m[4] === undefined ? undefined : Number(m[4]);
    if (n < 1 || n > 12) return invalid(end, 'month', year === undefined ? [] : [year]);
    const words = canonWords(line, pos, pos + (m[1] as string).length, cap);
    const canonical = year === undefined ? words : `${words} ${year}`;
    return periodItem(line, pos, end, canonical, year, m[3] === 'dau' ? n : 12);
  }
  m = match(PERIOD_YEAR, f, pos);
  if (m) {
    const end = pos + m[0].length;
    const yearText = m[2] ?? m[3];
    const year = yearText === undefined ? undefined : Number(yearText);
    const kwEnd = m[1] === undefined ? pos + 3 : pos + m[1].length + 4;
    const words = canonWords(line, pos, kwEnd, cap);
    return periodItem(line, pos, end, year === undefined ? words : `${words} ${year}`, year, 12);
  }
  m = match(YEAR_ONLY, f, pos);
  if (m) {
    const year = Number(m[1]);
    // Alone, "2024" becomes "Năm 2024"; after another clause ("Năm 2024-2025") it stays as written.
    return periodItem(line, pos, pos + m[0].length, cap ? `Năm ${year}` : String(year), year, 12);
  }
  return null;
}

/** "Tháng 1/2024" written without the word: "1/2024" → "Tháng 01/2024". */
function scanMonthYear(line: Line, pos: number, cap: boolean): Scan | null {
  const m = match(MONTH_YEAR, line.f, pos);
  if (!m) return null;
  const end = pos + m[0].length;
  const month = Number(m[1]);
  const year = Number(m[2]);
  if (month < 1 || month > 12) return invalid(end, 'month', [year]);
  // Alone, "1/2024" becomes "Tháng 01/2024"; after another clause ("Tháng 6 - 12/2024") no word is added.
  const canonical = cap ? `Tháng ${pad2(month)}/${year}` : `${pad2(month)}/${year}`;
  const item: Item = { kind: 'month', text: line.s.slice(pos, end), canonical, years: [year], due: endOfMonth(year, month) };
  return { ok: true, end, canonical, items: [item] };
}

/** "Thường xuyên", "Thường xuyên trong năm", "Định kỳ", "Hằng quý", "Hàng tháng": no due date. */
function scanRecurring(line: Line, pos: number, cap: boolean): Scan | null {
  const m = match(RECURRING, line.f, pos);
  if (!m) return null;
  const end = pos + m[0].length;
  const canonical = canonWords(line, pos, end, cap).replace(/ ?(\d{4})$/, ' $1');
  const years = m[1] === undefined ? [] : [Number(m[1])];
  return { ok: true, end, canonical, items: [{ kind: 'recurring', text: line.s.slice(pos, end), canonical, years }] };
}

/**
 * "Khi có yêu cầu", "Sau khi hoàn thành", "Theo kế hoạch ...": open-ended, so the rest of the line
 * belongs to it. Only years after "năm" count ("Theo Nghị định 30/2020" names a decree, not a deadline).
 */
function scanConditional(line: Line, pos: number, cap: boolean): Scan | null {
  if (!match(CONDITIONAL, line.f, pos)) return null;
  const end = line.s.length;
  let canonical = line.s.slice(pos, end).replace(/[\s.;,]+$/, '');
  if (cap) canonical = upperFirst(canonical);
  const years: number[] = [];
  YEAR_AFTER_NAM.lastIndex = pos;
  for (let m = YEAR_AFTER_NAM.exec(line.f); m; m = YEAR_AFTER_NAM.exec(line.f)) years.push(Number(m[1]));
  return { ok: true, end, canonical, items: [{ kind: 'conditional', text: line.s.slice(pos, end), canonical, years: uniq(years) }] };
}

/** One clause at pos, trying the forms from the most specific to the loosest. */
export function scanClause(line: Line, pos: number, cap: boolean): Scan | null {
  return (
    scanConditional(line, pos, cap) ??
    scanBefore(line, pos, cap) ??
    scanQuarterOrMonth(line, pos, cap, true) ??
    scanQuarterOrMonth(line, pos, cap, false) ??
    scanRecurring(line, pos, cap) ??
    scanMonthYear(line, pos, cap) ??
    scanDate(line, pos, cap) ??
    scanPeriod(line, pos, cap)
  );
}

export { uniq };
