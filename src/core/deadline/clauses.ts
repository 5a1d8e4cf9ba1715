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
  tuan: 'tuần', vao: 'vào', va: 'và', hoac: 'hoặc', tu: 'từ', den: 'đến', toi: 'tới', het: 'hết',
  giua: 'giữa', giai: 'giai', doan: 'đoạn', bao: 'báo', cao: 'cáo', cac: 'các', nhung: 'những', tiep: 'tiếp',
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

// Before a quarter or month: "Trong", "Vào", "Đến hết", "Từ" (a range follows), then "Đầu/Giữa/Cuối".
const PREFIX = /(?:(trong|vao|den het|den|het|tu) )?(?:(dau|giua|cuoi) )?(?=[qt])/y;
const QUARTER_KW = /qu[iy] ?|q(?:\. ?| )?(?=[iv]|\d)/y;
const QUARTER_NUM = /([ivxl]+|\d{1,2})(?![a-z0-9])/y;
const MONTH_KW = /thang ?|t(?:\. ?)?(?=\d)/y;
const MONTH_NUM = /(\d{1,2})(?![a-z0-9])/y;
const LIST_SEP = / ?, ?(?:va )?| (?:va|hoac) | ?[&+] ?/y;
const YEAR_PART = /(?: ?\/ ?(?:nam ?)?| ?,? ?nam ?| ?- ?)([12]\d{3})(?![0-9])/y;
const RANGE_SEP = / ?- ?| (den|toi) /y;

const CONDITIONAL =
  /(?:ngay sau khi|sau khi|truoc khi|khi|theo|tuy theo|tuy thuoc|tuy|neu|can cu|dot xuat)(?![a-z0-9])/y;
const BEFORE_KW = /(truoc|cham nhat|han chot|khong muon hon|khong qua|den het|den)(?![a-z])(?: ?ngay(?![a-z]))? ?/y;
const DATE_PREFIX = /ngay ?/y;
const DATE_FROM = /tu (?:ngay ?)?(?=\d)/y;
const DATE_RANGE_SEP = /( ?- ?| (?:den|toi) )(ngay ?)?(?=\d)/y;
const DATE_SHORT = /(\d{1,2}) ?([/.-]) ?(\d{1,2})(?: ?\2 ?([12]\d{3}|\d{2}))?(?![0-9]|[/.-] ?[0-9])/y;
const DATE_LONG = /(\d{1,2}) ?thang ?(\d{1,2})(?: ?(?:,|nam|\/) ?([12]\d{3}))?(?![0-9])/y;
const DATE_ISO = /([12]\d{3})-(\d{1,2})-(\d{1,2})(?![0-9])/y;
const MONTH_YEAR = /(\d{1,2}) ?\/ ?([12]\d{3})(?![0-9/])/y;
const YEAR_ONLY = /([12]\d{3})(?: ?- ?([12]\d{3}))?(?![a-z0-9]|[/.-] ?[0-9])/y;
// Groups: words, lead (đến hết, từ), part (trong, cả, đầu, giữa, cuối...), first year, range separator, last year.
const PERIOD_YEAR =
  /((?:(den het|den|het|tu) )?(?:(trong|ca|suot|dau|giua|cuoi) )?nam|giai doan)(?: ?([12]\d{3})(?:( ?- ?| (?:den|toi) (?:nam )?)([12]\d{3}))?)?(?![a-z0-9])/y;
const PERIOD_PART = /((?:trong )?(\d{1,2}|sau|ba|chin) thang (dau|cuoi) nam)(?: ?([12]\d{3}))?(?![a-z0-9])/y;
// Reporting cadences: "tháng", "quý", "6 tháng", "năm"; a list of them is "quý, 6 tháng, năm".
const UNIT = '(?:ngay|tuan|thang|qu[iy]|nam|(?:[1-9]|1[0-2]|ba|sau|chin) thang)';
const BARE_UNIT = '(?:thang|qu[iy]|nam|(?:[1-9]|1[0-2]|ba|sau|chin) thang)';
const UNIT_SEP = '(?: ?, ?(?:va )?| va )';
const UNITS = `${UNIT}(?:${UNIT_SEP}(?:hang )?${UNIT}){0,5}`;
// Not followed by a month's or quarter's number (one or two digits, or roman: "quý I"); a
// four-digit year may follow.
const NO_NUMBER = '(?! (?:\\d{1,2}(?!\\d)|[ivxl]+(?![a-z0-9])))';
const RECURRING = new RegExp(
  '(?:bao cao )?(?:thuong xuyen(?:,? lien tuc)?(?: trong nam)?' +
    // A cadence followed by its number is that month's or quarter's own clause: "Định kỳ tháng 6/2023"
    // is "Định kỳ" and "tháng 6/2023" (due 30/06/2023), as "Định kỳ tháng 6 - 2023" is, and "Định
    // kỳ quý 1/2024" is "Định kỳ" and "quý I/2024" (not "Định kỳ quý" and month 1/2024).
    `|dinh k[yi](?: (?:hang )?${UNITS}${NO_NUMBER})?|hang ${UNITS}${NO_NUMBER}|lien tuc|(?:cac|nhung) nam tiep theo` +
    // A bare list needs two cadences at least: "6 tháng, năm" (a lone "năm" or "quý" is no deadline).
    `|${BARE_UNIT}(?:${UNIT_SEP}(?:hang )?${BARE_UNIT}){1,5})` +
    '(?: ?([12]\\d{3}))?(?![a-z0-9])',
  'y',
);
// A day in every month or quarter: "Trước ngày 15 hằng tháng", "trước ngày 20 của tháng cuối quý".
const DAY_EACH =
  /(truoc|cham nhat)(?: ngay)? (\d{1,2}) (?:cua |hang |moi )?(?:thang cuoi (?:qu[iy]|nam)|hang (?:thang|qu[iy]|nam))(?![a-z0-9])/y;
const YEAR_AFTER_NAM = /nam ([12]\d{3})(?![0-9])/g;

const SPELLED: Record<string, number> = { sau: 6, ba: 3, chin: 9 };

// --- scanners -------------------------------------------------------------------------------------

/** An abbreviated keyword ("Q1", "Q.I", "T3"), as opposed to "Quý"/"Tháng" in any spelling. */
function isAbbrev(kw: string): boolean {
  return !(kw.startsWith('qu') || kw.startsWith('thang'));
}

/** The keyword in standard spelling; an abbreviation is written out, upper-case if typed so. */
function keyword(line: Line, at: number, kw: string, quarter: boolean, cap: boolean): string {
  if (isAbbrev(kw)) {
    const std = quarter ? 'quý' : 'tháng';
    return cap || line.s.charAt(at) !== line.f.charAt(at) ? upperFirst(std) : std;
  }
  return canonWords(line, at, at + kw.trimEnd().length, cap);
}

/** A quarter (I-IV, 1-4) or month (1-12) number; undefined when it is no numeral at all. */
function numValue(raw: string, abbrev: boolean): number | undefined {
  if (raw.charCodeAt(0) <= 57) return Number(raw);
  // "Quý l" is I typed as L; after a bare "Q" an L or X is some other abbreviation (QL, QX).
  if (abbrev) return /^[iv]+$/.test(raw) ? romanValue(raw) : undefined;
  return romanValue(/^[il]+$/.test(raw) ? raw.replace(/l/g, 'i') : raw);
}

/** The last day of the part of a quarter or month that "đầu/giữa/cuối" names. */
function partDue(y: number, v: number, quarter: boolean, part: string): string {
  if (quarter) return endOfMonth(y, v * 3 - (part === 'dau' ? 2 : part === 'giua' ? 1 : 0));
  // Early month: the first ten days (thượng tuần); mid-month: up to the 20th (trung tuần).
  return part === 'dau' ? isoDate(y, v, 10) : part === 'giua' ? isoDate(y, v, 20) : endOfMonth(y, v);
}

/**
 * A quarter or month range: "Quý II-III/2024", "Từ quý II đến quý IV/2024", "Tháng 3/2024 - Tháng 6/2024".
 * Called after the first number (and its year, if any); null when no range follows, false when
 * one runs backwards.
 */
function scanRange(
  line: Line,
  pos: number,
  at: number,
  head: { out: string; v1: string; y1?: number; abbrev: boolean },
  quarter: boolean,
): Scan | false | null {
  const { f } = line;
  const rs = match(RANGE_SEP, f, at);
  if (!rs) return null;
  let q = at + rs[0].length;
  const kwRe = quarter ? QUARTER_KW : MONTH_KW;
  const numRe = quarter ? QUARTER_NUM : MONTH_NUM;
  const kw = match(kwRe, f, q);
  let kwText = '';
  let abbrev = head.abbrev;
  if (kw) {
    kwText = `${keyword(line, q, kw[0], quarter, false)} `;
    abbrev ||= isAbbrev(kw[0]);
    q += kw[0].length;
  }
  const n = match(numRe, f, q);
  if (!n) return null;
  q += n[0].length;
  const yp = match(YEAR_PART, f, q);
  // "Quý I/2024 - Quý II" is two clauses; an abbreviation needs its year to be read as a date.
  if (!yp && (head.y1 !== undefined || abbrev)) return null;
  const end = yp ? q + yp[0].length : q;
  const y2 = yp ? Number(yp[1]) : undefined;
  const years = uniq([head.y1, y2].filter((y): y is number => y !== undefined));
  const v1 = numValue(head.v1, abbrev);
  const v2 = numValue(n[1] as string, abbrev);
  if (v1 === undefined || v2 === undefined) return null;
  const max = quarter ? 4 : 12;
  if (v1 < 1 || v1 > max || v2 < 1 || v2 > max) return invalid(end, quarter ? 'quarter' : 'month', years);
  const endYear = y2 ?? line.planYear;
  const startYear = head.y1 ?? endYear;
  // A range runs forwards ("Quý III-II" is a slip of some kind, not a deadline to guess at).
  if ((startYear ?? 0) * 100 + v1 >= (endYear ?? 0) * 100 + v2) return false;
  const show = (v: number): string => (quarter ? toRoman(v) : pad2(v));
  const sep = rs[1] !== undefined ? ` ${WORDS[rs[1]] as string} ` : kw || head.y1 !== undefined ? ' - ' : '-';
  const canonical =
    `${head.out} ${show(v1)}${head.y1 === undefined ? '' : `/${head.y1}`}` +
    `${sep}${kwText}${show(v2)}${y2 === undefined ? '' : `/${y2}`}`;
  const item: Item = { kind: 'period', text: line.s.slice(pos, end), canonical, years };
  if (endYear !== undefined) item.due = endOfMonth(endYear, quarter ? v2 * 3 : v2);
  return { ok: true, end, canonical, items: [item] };
}

/**
 * A quarter or month, a list of them sharing one year, or a range: "Quý I/2024", "quý 2 năm 2024",
 * "Q1/2024", "Quý I và Quý III/2024", "Quý II-III/2024", "Cuối quý I/2024", "Tháng 3 - 6/2024".
 */
function scanQuarterOrMonth(line: Line, pos: number, cap: boolean, quarter: boolean): Scan | null {
  const { f } = line;
  const pre = match(PREFIX, f, pos);
  if (!pre) return null;
  const lead = pre[1];
  const part = pre[2];
  let p = pos + pre[0].length;
  let out = '';
  if (p > pos) {
    out = `${canonWords(line, pos, p - 1, cap)} `;
    cap = false;
  }
  const kwRe = quarter ? QUARTER_KW : MONTH_KW;
  const numRe = quarter ? QUARTER_NUM : MONTH_NUM;
  const kw = match(kwRe, f, p);
  if (!kw) return null;
  let abbrev = isAbbrev(kw[0]);
  const parts: string[] = [keyword(line, p, kw[0], quarter, cap)];
  p += kw[0].length;
  const nums: string[] = [];
  let n = match(numRe, f, p);
  if (!n) return null;
  nums.push(n[1] as string);
  p += n[0].length;
  let yp = match(YEAR_PART, f, p);
  if (part === undefined) {
    const y1 = yp ? Number(yp[1]) : undefined;
    const range = scanRange(line, pos, yp ? p + yp[0].length : p, { out: out + parts[0], v1: nums[0] as string, y1, abbrev }, quarter);
    if (range === false) return null;
    if (range) return range;
  }
  // "Từ quý II/2024" alone is a start, not a deadline.
  if (lead === 'tu') return null;
  if (!yp) {
    for (;;) {
      const sep = match(LIST_SEP, f, p);
      if (!sep) break;
      let q = p + sep[0].length;
      const kw2 = match(kwRe, f, q);
      let kwText = '';
      if (kw2) {
        kwText = `${keyword(line, q, kw2[0], quarter, false)} `;
        q += kw2[0].length;
      }
      n = match(numRe, f, q);
      if (!n) break;
      if (kw2 && isAbbrev(kw2[0])) abbrev = true;
      parts.push(listSep(sep[0]) + kwText);
      nums.push(n[1] as string);
      p = q + n[0].length;
    }
    yp = match(YEAR_PART, f, p);
  }
  const year = yp ? Number(yp[1]) : undefined;
  if (yp) p += yp[0].length;
  // "Q1", "T3" without a year may be anything (T3 is also Tuesday); with one they are dates.
  if (abbrev && year === undefined) return null;
  // "Cuối quý I, II" is not a form anyone writes: a part of a period names one period.
  if (part !== undefined && nums.length > 1) return null;
  const years = year === undefined ? [] : [year];
  const dueYear = year ?? line.planYear;

  const values: number[] = [];
  for (const raw of nums) {
    const v = numValue(raw, abbrev);
    if (v === undefined) return null;
    if (quarter ? v < 1 || v > 4 : v < 1 || v > 12) return invalid(p, quarter ? 'quarter' : 'month', years);
    values.push(v);
  }

  const yearText = year === undefined ? '' : `/${year}`;
  const show = (v: number): string => (quarter ? toRoman(v) : pad2(v));
  for (let i = 0; i < values.length; i++) {
    out += (i === 0 ? `${parts[0] as string} ` : parts[i]) + show(values[i] as number);
  }
  out += yearText;

  if (part !== undefined) {
    const v = values[0] as number;
    const item: Item = { kind: 'period', text: line.s.slice(pos, p), canonical: out, years };
    if (dueYear !== undefined) item.due = partDue(dueYear, v, quarter, part);
    return { ok: true, end: p, canonical: out, items: [item] };
  }

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

/** Why a day and month cannot exist in year y (no year: 29/02 may), or undefined when they can. */
function dateFault(r: DateRead, y: number | undefined): DeadlineInvalidReason | undefined {
  if (r.m < 1 || r.m > 12) return 'month';
  if (r.d < 1 || r.d > 31) return 'day';
  return r.d > daysInMonth(r.m, y) ? 'date' : undefined;
}

function showDate(r: DateRead, y: number | undefined): string {
  return `${pad2(r.d)}/${pad2(r.m)}${y === undefined ? '' : `/${y}`}`;
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
  // With no year written, the plan year decides 29/02; without one either, 29/02 may exist.
  const y = r.y ?? line.planYear;
  const fault = dateFault(r, y);
  if (fault) return invalid(r.end, fault, years);
  const canonical = `${prefix}${showDate(r, r.y)}`;
  const item: Item = { kind, text, canonical, years };
  if (y !== undefined) item.due = isoDate(y, r.m, r.d);
  return { ok: true, end: r.end, canonical, items: [item] };
}

/**
 * A date, or dates without a year sharing the year of the last one: "trước ngày 15/6 và 15/12/2024"
 * is two deadlines of 2024, one part each.
 */
function dateList(line: Line, pos: number, r: DateRead, kind: 'before' | 'date', prefix: string): Scan {
  const { f } = line;
  const reads: DateRead[] = [r];
  const seps: string[] = [];
  let p = r.end;
  for (let last = r; last.y === undefined; ) {
    const sep = match(LIST_SEP, f, p);
    if (!sep) break;
    let q = p + sep[0].length;
    const pre = match(DATE_PREFIX, f, q);
    const word = pre ? `${canonWords(line, q, q + 4, false)} ` : '';
    if (pre) q += pre[0].length;
    const next = readDate(f, q);
    if (!next) break;
    reads.push(next);
    seps.push(listSep(sep[0]) + word);
    p = next.end;
    last = next;
  }
  if (reads.length === 1) return dateItem(line, r, kind, prefix, line.s.slice(pos, r.end));
  // The loop stops at the first date with a year: only the last may have one.
  const shared = (reads[reads.length - 1] as DateRead).y;
  const years = shared === undefined ? [] : [shared];
  let canonical = prefix;
  const items: Item[] = [];
  for (let i = 0; i < reads.length; i++) {
    const d = reads[i] as DateRead;
    const due = shared ?? line.planYear;
    const fault = dateFault(d, due);
    if (fault) return invalid(p, fault, years);
    canonical += (i === 0 ? '' : seps[i - 1]) + showDate(d, d.y);
    const own = `${prefix}${showDate(d, shared)}`;
    const item: Item = { kind, text: own, canonical: own, years };
    if (due !== undefined) item.due = isoDate(due, d.m, d.d);
    items.push(item);
  }
  return { ok: true, end: p, canonical, items };
}

/** "Trước 15/01/2024", "trước ngày 20/4/2020", "Chậm nhất ngày 25/4/2020": canonical "Trước ngày dd/mm/yyyy". */
function scanBefore(line: Line, pos: number, cap: boolean): Scan | null {
  const kw = match(BEFORE_KW, line.f, pos);
  if (!kw) return null;
  const r = readDate(line.f, pos + kw[0].length);
  if (!r) return null;
  const prefix = `${canonWords(line, pos, pos + (kw[1] as string).length, cap)} ngày `;
  return dateList(line, pos, r, 'before', prefix);
}

/**
 * A span between two dates: "Từ ngày 01/3/2024 đến ngày 30/6/2024", "01/3 - 30/6/2024". The first
 * date without a year takes the last one's. Null when no second date follows.
 */
function dateRange(line: Line, pos: number, r: DateRead, prefix: string): Scan | null {
  const { f } = line;
  const rs = match(DATE_RANGE_SEP, f, r.end);
  if (!rs) return null;
  const r2 = readDate(f, r.end + rs[0].length);
  if (!r2 || (r.y !== undefined && r2.y === undefined)) return null;
  const years = uniq([r.y, r2.y].filter((y): y is number => y !== undefined));
  const y2 = r2.y ?? line.planYear;
  const y1 = r.y ?? y2;
  const fault = dateFault(r, y1) ?? dateFault(r2, y2);
  if (fault) return invalid(r2.end, fault, years);
  if ((y1 ?? 0) * 10000 + r.m * 100 + r.d >= (y2 ?? 0) * 10000 + r2.m * 100 + r2.d) return null;
  const sepAt = r.end;
  const sepWord = rs[1] as string;
  let sep = sepWord.includes('-') ? ' - ' : ` ${canonWords(line, sepAt, sepAt + sepWord.length, false).trim()} `;
  if (rs[2] !== undefined) sep += `${canonWords(line, sepAt + sepWord.length, sepAt + sepWord.length + 4, false)} `;
  const canonical = `${prefix}${showDate(r, r.y)}${sep}${showDate(r2, r2.y)}`;
  const item: Item = { kind: 'period', text: line.s.slice(pos, r2.end), canonical, years };
  if (y2 !== undefined) item.due = isoDate(y2, r2.m, r2.d);
  return { ok: true, end: r2.end, canonical, items: [item] };
}

/** A bare date, optionally after "ngày": "31/03/2024", "ngày 31/3/2024"; a list or a span of them. */
function scanDate(line: Line, pos: number, cap: boolean): Scan | null {
  const { f } = line;
  const from = match(DATE_FROM, f, pos);
  const pre = from ?? match(DATE_PREFIX, f, pos);
  const at = pre ? pos + pre[0].length : pos;
  const r = readDate(f, at);
  if (!r) return null;
  const prefix = pre ? `${canonWords(line, pos, at, cap).trimEnd()} ` : '';
  const range = dateRange(line, pos, r, prefix);
  if (range) return range;
  // "Từ ngày 01/3/2024" alone is a start, not a deadline.
  if (from) return null;
  return dateList(line, pos, r, 'date', prefix);
}

function periodItem(line: Line, pos: number, end: number, canonical: string, year: number | undefined, month: number): Scan {
  const years = year === undefined ? [] : [year];
  const item: Item = { kind: 'period', text: line.s.slice(pos, end), canonical, years };
  const y = year ?? line.planYear;
  if (y !== undefined) item.due = endOfMonth(y, month);
  return { ok: true, end, canonical, items: [item] };
}

/** A span of years "2021-2025" is read when it runs forwards and is no longer than a plan's horizon. */
function yearSpan(y1: number, y2: number | undefined): boolean {
  return y2 === undefined || (y2 > y1 && y2 - y1 <= 20);
}

/**
 * "Năm 2024", "Trong năm 2021", "Cả năm", "Cuối năm 2024", "Năm 2024-2025", "Giai đoạn 2021-2025",
 * "6 tháng đầu năm", "6 tháng cuối năm 2024", a bare "2024" or "2024-2025".
 */
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
    const words = m[1] as string;
    const lead = m[2];
    const part = m[3];
    const y1 = m[4] === undefined ? undefined : Number(m[4]);
    const y2 = m[6] === undefined ? undefined : Number(m[6]);
    // "năm" alone is no deadline; "Giai đoạn" and "Từ năm" need both ends; "Cuối năm 2024-2025" is no form.
    if (lead === undefined && part === undefined && y1 === undefined) return null;
    if ((words === 'giai doan' || lead === 'tu') && y2 === undefined) return null;
    if ((part === 'dau' || part === 'giua' || part === 'cuoi') && y2 !== undefined) return null;
    if (y1 !== undefined && !yearSpan(y1, y2)) return null;
    let canonical = canonWords(line, pos, pos + words.length, cap);
    if (y1 !== undefined) canonical += ` ${y1}`;
    if (y2 !== undefined) {
      const sep = m[5] as string;
      const sepAt = pos + (m[0].length - sep.length - 4);
      canonical += sep.includes('-') ? '-' : ` ${canonWords(line, sepAt, sepAt + sep.length, false).trim()} `;
      canonical += y2;
    }
    const month = part === 'dau' ? 3 : part === 'giua' ? 6 : 12;
    const item: Item = { kind: 'period', text: line.s.slice(pos, end), canonical, years: uniq([y1, y2].filter((y): y is number => y !== undefined)) };
    const y = y2 ?? y1 ?? line.planYear;
    if (y !== undefined) item.due = endOfMonth(y, month);
    return { ok: true, end, canonical, items: [item] };
  }
  m = match(YEAR_ONLY, f, pos);
  if (m) {
    const year = Number(m[1]);
    const y2 = m[2] === undefined ? undefined : Number(m[2]);
    if (!yearSpan(year, y2)) return null;
    const end = pos + m[0].length;
    // Alone, "2024" becomes "Năm 2024"; after another clause ("Quý IV, 2024") it stays as written.
    const span = y2 === undefined ? String(year) : `${year}-${y2}`;
    const canonical = cap ? `Năm ${span}` : span;
    const item: Item = { kind: 'period', text: line.s.slice(pos, end), canonical, years: y2 === undefined ? [year] : [year, y2] };
    item.due = endOfMonth(y2 ?? year, 12);
    return { ok: true, end, canonical, items: [item] };
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

/**
 * "Thường xuyên", "Thường xuyên trong năm", "Định kỳ", "Hằng quý", "Hàng tháng", "Định kỳ 6 tháng",
 * "Hằng tháng, quý, năm", "6 tháng, năm", "báo cáo định kỳ", "các năm tiếp theo": no due date.
 */
function scanRecurring(line: Line, pos: number, cap: boolean): Scan | null {
  const m = match(RECURRING, line.f, pos);
  if (!m) return null;
  const end = pos + m[0].length;
  const canonical = canonWords(line, pos, end, cap).replace(/ ?([,;]) ?/g, '$1 ').replace(/ ?(\d{4})$/, ' $1');
  const years = m[1] === undefined ? [] : [Number(m[1])];
  return { ok: true, end, canonical, items: [{ kind: 'recurring', text: line.s.slice(pos, end), canonical, years }] };
}

/** "Trước ngày 15 hằng tháng", "Chậm nhất ngày 20 của tháng cuối quý": a recurring deadline. */
function scanDayEach(line: Line, pos: number, cap: boolean): Scan | null {
  const m = match(DAY_EACH, line.f, pos);
  if (!m) return null;
  const end = pos + m[0].length;
  const day = Number(m[2]);
  if (day < 1 || day > 31) return invalid(end, 'day', []);
  const kwEnd = pos + (m[1] as string).length;
  const dayAt = line.f.indexOf(m[2] as string, kwEnd);
  const tail = canonWords(line, dayAt + (m[2] as string).length, end, false);
  const canonical = `${canonWords(line, pos, kwEnd, cap)} ngày ${day}${tail}`;
  return { ok: true, end, canonical, items: [{ kind: 'recurring', text: line.s.slice(pos, end), canonical, years: [] }] };
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
    scanDayEach(line, pos, cap) ??
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
