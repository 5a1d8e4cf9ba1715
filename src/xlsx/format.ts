/**
 * What Excel shows for the few number formats appendices use, as a Vietnamese-locale Excel
 * shows them (dot for thousands, comma for decimals: 6.000.000). Other formats (dates among
 * them: the date rule is the core's, src/core/grid/date.ts): undefined, and the engine falls
 * back to the plain number.
 */
export function formatNumber(v: number, numFmt: string): string | undefined {
  if (!Number.isFinite(v)) return undefined;
  // Only the first section (positive numbers) matters for the formats we handle.
  const fmt = (numFmt.split(';')[0] ?? '').replace(/"[^"]*"|\\.|_.|\*./g, '');
  const percent = fmt.includes('%');
  const m = /([#0,]*0)(?:\.(0+))?/.exec(fmt);
  if (!m) return undefined;
  const grouped = (m[1] ?? '').includes(',');
  const decimals = m[2]?.length ?? 0;
  if (!grouped && !percent && decimals === 0 && fmt.trim() !== '0') return undefined;
  const x = percent ? v * 100 : v;
  const fixed = Math.abs(x).toFixed(decimals);
  const [int = '0', frac] = fixed.split('.');
  const intText = grouped ? int.replace(/\B(?=(\d{3})+(?!\d))/g, '.') : int;
  const sign = x < 0 && Number(fixed) !== 0 ? '-' : '';
  return sign + intText + (frac ? ',' + frac : '') + (percent ? '%' : '');
}
