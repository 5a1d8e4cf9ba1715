/**
 * What Excel displays for a number under a number format, for the few formats appendices use
 * (Vietnamese regional settings: "." groups thousands, "," marks decimals).
 */
export function formatNumber(v: number, numberFormat: string): string {
  const fmt = numberFormat.trim();
  if (fmt === '' || fmt === 'General' || fmt === '@') return generalText(v);
  if (/[dmy]/i.test(fmt) && !/[#0]/.test(fmt)) return formatDate(v, fmt);
  const decimals = /\.(0+)/.exec(fmt)?.[1]?.length ?? 0;
  const grouped = fmt.includes(',');
  const pct = fmt.endsWith('%');
  const x = pct ? v * 100 : v;
  const [int = '0', frac] = Math.abs(x).toFixed(decimals).split('.');
  const intText = grouped ? int.replace(/\B(?=(\d{3})+(?!\d))/g, '.') : int;
  return (x < 0 ? '-' : '') + intText + (frac ? ',' + frac : '') + (pct ? '%' : '');
}

function generalText(v: number): string {
  if (Number.isInteger(v)) return String(v);
  return String(Number(v.toPrecision(11))).replace('.', ',');
}

/** dd/mm/yyyy-style formats over an Excel serial date. */
function formatDate(serial: number, fmt: string): string {
  const d = new Date(Math.round((serial - 25569) * 86400000));
  const day = d.getUTCDate();
  const month = d.getUTCMonth() + 1;
  const year = d.getUTCFullYear();
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
