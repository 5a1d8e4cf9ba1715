/**
 * What Excel displays for a number under a number format, in the PC's regional settings, for the
 * formats appendices use. Office.js gives this as `Range.text`; `numberFormat` stays the
 * locale-independent code. Sources: Microsoft, "Number format codes"; ECMA-376 Part 1 §18.8.30:
 * built-in format 14 ("m/d/yyyy" in Office.js) is the system's short date, so it shows 3/31/2024
 * on an en-US PC and 31/03/2024 on a vi-VN one; a written-out code such as "dd/mm/yyyy" shows as
 * written everywhere. en-US groups thousands with "," and marks decimals with "."; vi-VN the reverse.
 */
export type Locale = 'vi-VN' | 'en-US';

interface Separators {
  group: string;
  decimal: string;
}

export const SEPARATORS: Record<Locale, Separators> = {
  'vi-VN': { group: '.', decimal: ',' },
  'en-US': { group: ',', decimal: '.' },
};

/** Format 14, the system short date, as Office.js reports its code. */
export const SHORT_DATE = 'm/d/yyyy';

export function formatNumber(v: number, numberFormat: string, locale: Locale = 'vi-VN', date1904 = false): string {
  const sep = SEPARATORS[locale];
  const fmt = numberFormat.trim();
  if (fmt === '' || fmt === 'General' || fmt === '@') return generalText(v, sep);
  if (isDateFormat(fmt)) return formatDate(v, fmt, locale, date1904);
  const decimals = /\.(0+)/.exec(fmt)?.[1]?.length ?? 0;
  const grouped = fmt.includes(',');
  const pct = fmt.endsWith('%');
  const x = pct ? v * 100 : v;
  const [int = '0', frac] = Math.abs(x).toFixed(decimals).split('.');
  const intText = grouped ? int.replace(/\B(?=(\d{3})+(?!\d))/g, sep.group) : int;
  return (x < 0 ? '-' : '') + intText + (frac ? sep.decimal + frac : '') + (pct ? '%' : '');
}

/**
 * A format that shows a date or a time (d, m, y, h, s outside quotes and brackets, or an
 * elapsed [h] [mm] [ss], and no digit placeholders other than a fraction of a second).
 */
export function isDateFormat(fmt: string): boolean {
  const first = splitSections(fmt)[0] ?? '';
  if (/\[(h+|m+|s+)\]/i.test(first)) return true;
  const bare = first.replace(/"[^"]*"|\[[^\]]*\]|\\.|_.|\*./g, '').replace(/(s)\.0+/gi, '$1');
  return /[dmyhs]/i.test(bare) && !/[#0?]/.test(bare) && !/general/i.test(bare);
}

function generalText(v: number, sep: Separators): string {
  if (Number.isInteger(v)) return String(v);
  return String(Number(v.toPrecision(11))).replace('.', sep.decimal);
}

/** Calendar day of a serial (1900 system with its fake 29/02/1900, or 1904 system). */
export function serialToParts(serial: number, date1904 = false): { year: number; month: number; day: number } {
  const whole = Math.floor(serial);
  if (!date1904 && whole === 60) return { year: 1900, month: 2, day: 29 };
  const ms = date1904
    ? Date.UTC(1904, 0, 1) + whole * 86400000
    : Date.UTC(1899, 11, whole < 60 ? 31 : 30) + whole * 86400000;
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The serial of a calendar day (1900 system unless date1904). */
export function partsToSerial(year: number, month: number, day: number, date1904 = false): number {
  const ms = Date.UTC(year, month - 1, day);
  if (date1904) return Math.round((ms - Date.UTC(1904, 0, 1)) / 86400000);
  const serial = Math.round((ms - Date.UTC(1899, 11, 30)) / 86400000);
  return serial < 61 ? serial - 1 : serial;
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const DAYS_VI = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
const DAYS_VI_SHORT = ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'];

type DateToken =
  | { k: 'lit'; text: string }
  | { k: 'y' | 'd' | 'h' | 's' | 'ampm' | 'ap' | 'frac' | 'elapsed'; n: number; unit?: 'h' | 'm' | 's'; upper?: boolean }
  | { k: 'm'; n: number; minute: boolean };

/**
 * The tokens of a date/time format's first section (ECMA-376 Part 1 §18.8.31; Microsoft,
 * "Number format codes"): y d h s runs, m runs (a minute right after h or right before s, a
 * month otherwise), AM/PM and A/P, fractions of a second (ss.00), elapsed [h] [mm] [ss];
 * quoted text, backslash escapes, `_x` (a space) and literals kept; `*x` fills and locale/colour
 * brackets ([$-42A], [Red]) dropped.
 */
function dateTokens(fmt: string): DateToken[] {
  const section = splitSections(fmt)[0] ?? '';
  const out: DateToken[] = [];
  let i = 0;
  const lower = section.toLowerCase();
  while (i < section.length) {
    const ch = section[i]!;
    const lc = lower[i]!;
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      out.push({ k: 'lit', text: section.slice(i + 1, end < 0 ? undefined : end) });
      i = end < 0 ? section.length : end + 1;
    } else if (ch === '\\') {
      out.push({ k: 'lit', text: section[i + 1] ?? '' });
      i += 2;
    } else if (ch === '_') {
      out.push({ k: 'lit', text: ' ' });
      i += 2;
    } else if (ch === '*') {
      i += 2;
    } else if (ch === '[') {
      const end = section.indexOf(']', i);
      const inner = section.slice(i + 1, end < 0 ? undefined : end).toLowerCase();
      if (/^(h+|m+|s+)$/.test(inner)) out.push({ k: 'elapsed', n: inner.length, unit: inner[0] as 'h' | 'm' | 's' });
      i = end < 0 ? section.length : end + 1;
    } else if (lower.startsWith('am/pm', i)) {
      out.push({ k: 'ampm', n: 5, upper: ch === 'A' });
      i += 5;
    } else if (lower.startsWith('a/p', i)) {
      out.push({ k: 'ap', n: 3, upper: ch === 'A' });
      i += 3;
    } else if (lc === 'y' || lc === 'd' || lc === 'h' || lc === 's' || lc === 'm' || lc === 'e') {
      let j = i;
      while (lower[j] === lc) j++;
      const n = j - i;
      if (lc === 'm') out.push({ k: 'm', n, minute: false });
      else if (lc === 'e') out.push({ k: 'y', n: 4 });
      else out.push({ k: lc, n });
      i = j;
    } else if (ch === '.' && lower[i + 1] === '0' && out.some((t) => t.k === 's' || (t.k === 'elapsed' && t.unit === 's'))) {
      let j = i + 1;
      while (lower[j] === '0') j++;
      out.push({ k: 'frac', n: Math.min(j - i - 1, 3) });
      i = j;
    } else {
      out.push({ k: 'lit', text: ch });
      i++;
    }
  }
  // m is a minute right after an hour or right before a second (literals between do not count).
  const units = out.map((t, idx) => ({ t, idx })).filter(({ t }) => t.k !== 'lit');
  units.forEach(({ t }, u) => {
    if (t.k !== 'm' || t.n > 2) return;
    const prev = units[u - 1]?.t;
    const next = units[u + 1]?.t;
    if ((prev && (prev.k === 'h' || (prev.k === 'elapsed' && prev.unit === 'h'))) || (next && (next.k === 's' || (next.k === 'elapsed' && next.unit === 's')))) t.minute = true;
  });
  return out;
}

/** The sections of a format (`;` outside quotes, escapes and brackets). */
function splitSections(fmt: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i]!;
    if (ch === '"') {
      const end = fmt.indexOf('"', i + 1);
      const stop = end < 0 ? fmt.length : end + 1;
      cur += fmt.slice(i, stop);
      i = stop - 1;
    } else if (ch === '\\') {
      cur += fmt.slice(i, i + 2);
      i++;
    } else if (ch === '[') {
      const end = fmt.indexOf(']', i);
      const stop = end < 0 ? fmt.length : end + 1;
      cur += fmt.slice(i, stop);
      i = stop - 1;
    } else if (ch === ';') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/**
 * A serial date-time under a date/time format, as Excel shows it. The time is rounded to the
 * shown precision (whole seconds unless `ss.00`), carrying into the day as Excel does. Format
 * 14 (m/d/yyyy, the system's short date) follows the PC's regional settings.
 */
function formatDate(serial: number, fmt: string, locale: Locale, date1904: boolean): string {
  if (fmt.toLowerCase() === SHORT_DATE) {
    const { year, month, day } = serialToParts(serial, date1904);
    return locale === 'en-US' ? `${month}/${day}/${year}` : `${pad(day, 2)}/${pad(month, 2)}/${year}`;
  }
  if (serial < 0) return '#'.repeat(10); // Excel shows ##### for a negative date
  const tokens = dateTokens(fmt);
  const fracDigits = tokens.reduce((n, t) => (t.k === 'frac' ? Math.max(n, t.n) : n), 0);
  const unit = 86400 * 10 ** fracDigits;
  const ticks = Math.round(serial * unit);
  const whole = Math.floor(ticks / unit);
  const inDay = ticks - whole * unit; // in 10^-fracDigits seconds
  const secs = Math.floor(inDay / 10 ** fracDigits);
  const sub = inDay - secs * 10 ** fracDigits;
  const hour = Math.floor(secs / 3600);
  const minute = Math.floor((secs % 3600) / 60);
  const second = secs % 60;
  const { year, month, day } = serialToParts(whole, date1904);
  const weekday = (((whole + (date1904 ? 5 : 6)) % 7) + 7) % 7; // Excel counts serial 1 (1900) as a Sunday; serial 0 (1904) was a Friday
  const twelve = tokens.some((t) => t.k === 'ampm' || t.k === 'ap');
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  const totalSeconds = whole * 86400 + secs;
  let out = '';
  for (const t of tokens) {
    switch (t.k) {
      case 'lit':
        out += t.text;
        break;
      case 'y':
        out += t.n <= 2 ? pad(year % 100, 2) : String(year);
        break;
      case 'm':
        if (t.minute) out += t.n === 1 ? String(minute) : pad(minute, 2);
        else if (t.n === 1) out += String(month);
        else if (t.n === 2) out += pad(month, 2);
        else if (locale === 'vi-VN') out += t.n === 3 ? `Thg ${month}` : t.n === 4 ? `Tháng ${month}` : 'T';
        else out += t.n === 3 ? MONTHS_EN[month - 1]!.slice(0, 3) : t.n === 4 ? MONTHS_EN[month - 1]! : MONTHS_EN[month - 1]![0]!;
        break;
      case 'd':
        if (t.n === 1) out += String(day);
        else if (t.n === 2) out += pad(day, 2);
        else if (locale === 'vi-VN') out += t.n === 3 ? DAYS_VI_SHORT[weekday]! : DAYS_VI[weekday]!;
        else out += t.n === 3 ? DAYS_EN[weekday]!.slice(0, 3) : DAYS_EN[weekday]!;
        break;
      case 'h': {
        const h = twelve ? h12 : hour;
        out += t.n >= 2 ? pad(h, 2) : String(h);
        break;
      }
      case 's':
        out += t.n >= 2 ? pad(second, 2) : String(second);
        break;
      case 'frac':
        out += (locale === 'vi-VN' ? ',' : '.') + pad(sub, fracDigits).slice(0, t.n);
        break;
      case 'elapsed': {
        const v = t.unit === 'h' ? Math.floor(totalSeconds / 3600) : t.unit === 'm' ? Math.floor(totalSeconds / 60) : totalSeconds;
        out += pad(v, t.n);
        break;
      }
      case 'ampm':
        out += locale === 'vi-VN' ? (hour < 12 ? 'SA' : 'CH') : hour < 12 ? 'AM' : 'PM';
        break;
      case 'ap': {
        const c = hour < 12 ? 'A' : 'P';
        out += t.upper ? c : c.toLowerCase();
        break;
      }
    }
  }
  return out;
}
