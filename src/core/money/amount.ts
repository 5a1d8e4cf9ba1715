/**
 * Amounts and quantities as clerks type them. Vietnamese usage puts a dot between thousands and
 * a comma before decimals (6.000.000; 1,5 tỷ); sheets pasted from English tools use the reverse
 * (6,000,000; 1.5), so the parser decides by shape, never by locale.
 */
export type AmountResult =
  | {
      ok: true;
      value: number;
      /** True when the number was typed as text (Excel cannot sum it). */
      fromText: boolean;
      /** The word after the number, when there was one: "tháng", "người", "đồng". */
      unit?: string;
    }
  | { ok: false; reason: 'empty' | 'not-given' | 'unrecognized' };

const EMPTY: AmountResult = { ok: false, reason: 'empty' };
const NOT_GIVEN: AmountResult = { ok: false, reason: 'not-given' };
const UNRECOGNIZED: AmountResult = { ok: false, reason: 'unrecognized' };

/** Dashes clerks put in a cell to say "nothing here". */
const DASHES = /^[-–—−‐_]+$/;

const SCALES: Record<string, number> = {
  nghìn: 1e3, ngàn: 1e3, k: 1e3, triệu: 1e6, tr: 1e6, tỷ: 1e9, tỉ: 1e9,
};

/** A sign, a numeral (digits with . , or space separators), then whatever follows. */
const LEADING_NUMBER = /^([+\-−]?)\s*(\d(?:[\d.,]|\s(?=\d))*)(.*)$/su;
/** A scale word at the start of the remainder. */
const SCALE_WORD = /^\s*(nghìn|ngàn|triệu|tỷ|tỉ|tr|k)(?![\p{L}\p{N}])\.?/iu;
/** What may follow as a unit: letters and a few joining marks, no digits. */
const UNIT = /^[\p{L}\p{M}\s/().]*$/u;

export function parseAmount(input: string | number | null | undefined): AmountResult {
  if (input === null || input === undefined) return EMPTY;
  if (typeof input === 'number') {
    return Number.isFinite(input) ? { ok: true, value: input, fromText: false } : UNRECOGNIZED;
  }
  if (typeof input !== 'string') return UNRECOGNIZED;
  const s = input.normalize('NFC').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  if (s === '') return EMPTY;
  if (DASHES.test(s)) return NOT_GIVEN;

  let rest = s;
  let total = 0;
  let lastScale = Infinity;
  let sign = 1;
  let first = true;
  // "1 tỷ 500 triệu" is a sum of numbers with falling scales; usually there is just one.
  for (;;) {
    const m = LEADING_NUMBER.exec(rest);
    if (!m) return UNRECOGNIZED;
    const [, signText = '', numeral = '', after = ''] = m;
    if (!first && signText !== '') return UNRECOGNIZED;
    if (first && signText !== '') sign = signText === '+' ? 1 : -1;
    const scaleMatch = SCALE_WORD.exec(after);
    const scale = scaleMatch ? (SCALES[(scaleMatch[1] ?? '').toLowerCase()] ?? 1) : 1;
    const parsed = readNumeral(numeral.trim());
    if (parsed === null) return UNRECOGNIZED;
    if (scale >= lastScale) return UNRECOGNIZED;
    total += (parsed.digits * scale) / 10 ** parsed.decimals;
    rest = scaleMatch ? after.slice(scaleMatch[0].length) : after;
    first = false;
    if (!scaleMatch || !/^\s*\d/.test(rest)) break;
    lastScale = scale;
  }
  const unit = rest.trim();
  if (!UNIT.test(unit)) return UNRECOGNIZED;
  const value = sign * total;
  if (!Number.isFinite(value)) return UNRECOGNIZED;
  const result: AmountResult = { ok: true, value: value === 0 ? 0 : value, fromText: true };
  if (unit !== '') result.unit = unit;
  return result;
}

/** A numeral as an integer of all its digits and how many of them are decimals. */
function readNumeral(text: string): { digits: number; decimals: number } | null {
  const lastDot = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');
  let decimalSep: string | null = null;
  if (lastDot >= 0 && lastComma >= 0) {
    decimalSep = lastDot > lastComma ? '.' : ',';
  } else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? '.' : ',';
    const parts = text.split(sep);
    // One separator before exactly three digits is a thousands separator (1.500 = 1500),
    // unless the integer part is 0 (0,500 is a half); otherwise it is a decimal mark (1,5).
    if (parts.length === 2 && !((parts[1] ?? '').length === 3 && parts[0] !== '0')) decimalSep = sep;
  }
  let intText = text;
  let fracText = '';
  if (decimalSep !== null) {
    const at = text.lastIndexOf(decimalSep);
    intText = text.slice(0, at);
    fracText = text.slice(at + 1);
    if (!/^\d+$/.test(fracText)) return null;
  }
  const groups = intText.split(/[., ]/);
  if (groups.length > 1) {
    // Thousands separators must be consistent and group by three: 6.000.000, 6 000 000.
    const seps = new Set(intText.replace(/\d/g, ''));
    if (seps.size > 1 || (decimalSep !== null && seps.has(decimalSep))) return null;
    if (!/^\d{1,3}$/.test(groups[0] ?? '')) return null;
    if (!groups.slice(1).every((g) => /^\d{3}$/.test(g))) return null;
  } else if (!/^\d+$/.test(intText)) {
    return null;
  }
  const digits = Number(groups.join('') + fracText);
  return Number.isFinite(digits) ? { digits, decimals: fracText.length } : null;
}
