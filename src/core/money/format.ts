/**
 * An amount as Vietnamese documents print it: dot for thousands, comma for decimals
 * (6.000.000; 1.234,5). Non-finite input is shown as JavaScript would, never thrown on.
 */
export function formatAmount(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const sign = n < 0 ? '-' : '';
  const abs = Math.abs(n);
  // Up to 6 decimals is more than any quantity or rate needs; trailing zeros are dropped.
  const [int = '0', frac = ''] = abs.toFixed(Number.isInteger(abs) ? 0 : 6).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const decimals = frac.replace(/0+$/, '');
  return sign + grouped + (decimals ? ',' + decimals : '');
}

/**
 * A share (0.667) as a Vietnamese document prints a percentage: comma for decimals, dot for
 * thousands, `digits` decimals kept (66,7%; 100,0%). Written as text into the sheets phuluc
 * creates, since a number format prints with the reader's own separators (66.7% on en-US).
 * Non-finite input is shown as JavaScript would, never thrown on.
 */
export function formatPercent(share: number, digits = 1): string {
  if (!Number.isFinite(share)) return String(share);
  const fixed = Math.abs(share * 100).toFixed(digits);
  const [int = '0', frac = ''] = fixed.split('.');
  const sign = share < 0 && Number(fixed) !== 0 ? '-' : '';
  return sign + int.replace(/\B(?=(\d{3})+(?!\d))/g, '.') + (frac ? ',' + frac : '') + '%';
}
