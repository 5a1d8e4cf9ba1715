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

/** A format that shows a date (d, m, y outside quotes and brackets, and no digit placeholders). */
export function isDateFormat(fmt: string): boolean {
  const bare = fmt.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[dmy]/i.test(bare) && !/[#0]/.test(bare);
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

function formatDate(serial: number, fmt: string, locale: Locale, date1904: boolean): string {
  const { year, month, day } = serialToParts(serial, date1904);
  if (fmt.toLowerCase() === SHORT_DATE) {
    return locale === 'en-US'
      ? `${month}/${day}/${year}`
      : `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
  }
  return fmt
    .replace(/\[[^\]]*\]/g, '')
    .replace(/yyyy/i, String(year))
    .replace(/yy/i, String(year).slice(2))
    .replace(/dd/i, String(day).padStart(2, '0'))
    .replace(/mm/i, String(month).padStart(2, '0'))
    .replace(/\bd\b/i, String(day))
    .replace(/\bm\b/i, String(month))
    .replace(/\\/g, '');
}
