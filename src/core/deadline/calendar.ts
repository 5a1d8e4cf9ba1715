/** Calendar arithmetic for deadlines, on plain numbers (no Date objects, no time zones). */

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Days in month m (1-12) of year y; with no year, February has 29 (any leap year allows it). */
export function daysInMonth(m: number, y?: number): number {
  if (m === 2) return y === undefined || isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function isoDate(y: number, m: number, d: number): string {
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/** Last day of month m of year y, ISO. */
export function endOfMonth(y: number, m: number): string {
  return isoDate(y, m, daysInMonth(m, y));
}

const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** Roman numeral for 1-12 (quarters are 1-4; the rest only appear in messages). */
export function toRoman(n: number): string {
  return ROMAN[n] ?? String(n);
}

const ROMAN_VALUE: Record<string, number> = { i: 1, v: 5, x: 10, l: 50 };

/**
 * Value of a lower-case Roman numeral, or undefined when it is not written the standard way
 * (IIII, VX): a malformed numeral is unreadable, not an impossible quarter.
 */
export function romanValue(s: string): number | undefined {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUE[s[i] as string];
    if (v === undefined) return undefined;
    const next = i + 1 < s.length ? ROMAN_VALUE[s[i + 1] as string] ?? 0 : 0;
    total += v < next ? -v : v;
  }
  if (total <= 0 || total > 89) return undefined;
  return toRomanFull(total).toLowerCase() === s ? total : undefined;
}

function toRomanFull(n: number): string {
  const parts: Array<[number, string]> = [
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  for (const [v, r] of parts) {
    while (n >= v) {
      out += r;
      n -= v;
    }
  }
  return out;
}

/** Excel serials from 1/1/1990 to 31/12/2099: anything else in a deadline cell is not a date. */
export const EXCEL_SERIAL_MIN = 32874;
export const EXCEL_SERIAL_MAX = 73050;
