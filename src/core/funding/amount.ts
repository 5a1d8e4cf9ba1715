/**
 * A sum of money written in a funding cell: `20.000.000`, `20.000.000đ`, `20 triệu đồng`,
 * `1,5 tỷ`. Dots (or spaces) group thousands, a comma is the decimal mark; the number may carry a
 * scale word and a currency word. Anything else is not an amount (undefined, never a throw).
 */
const SCALE: Readonly<Record<string, number>> = {
  'tỷ': 1e9,
  'tỉ': 1e9,
  'triệu': 1e6,
  tr: 1e6,
  'nghìn': 1e3,
  'ngàn': 1e3,
  k: 1e3,
};
const AMOUNT =
  /^(\d{1,3}(?:[. ]\d{3})+|\d+)(?:,(\d+))?\s*(tỷ|tỉ|triệu|tr|nghìn|ngàn|k)?\s*(đồng|đ|vnđ|vnd)?\.?$/u;

export function parseAmount(text: string): number | undefined {
  const t = text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  const m = AMOUNT.exec(t);
  if (!m) return undefined;
  const [, whole = '', decimals, scale, currency] = m;
  // a bare decimal like `1,5` without a scale or currency is not money
  if (decimals !== undefined && scale === undefined && currency === undefined) return undefined;
  const value = Number(whole.replace(/[. ]/g, '') + (decimals !== undefined ? '.' + decimals : '')) * (scale ? SCALE[scale] ?? 1 : 1);
  return Number.isFinite(value) ? Math.round(value) : undefined;
}
