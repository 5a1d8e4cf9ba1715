/**
 * The date a plan speaks from, for deciding which units still exist: the signing date in the title
 * (`ngày 15 tháng 01 năm 2025`, `ngày 15/01/2025`, `ngày ... tháng 01 năm 2025` → the 1st), when it
 * falls in the plan year or the year before; otherwise the first day of the plan year. ISO
 * `YYYY-MM-DD`, or undefined when the plan year is unknown. A January 2025 plan is dated before the
 * district level ended (30/6/2025); a 2026 plan after it.
 */
export function planReferenceDate(titleTexts: readonly string[], planYear: number | undefined): string | undefined {
  if (planYear === undefined) return undefined;
  for (const text of titleTexts) {
    if (text.length > 2000) continue;
    const t = text.normalize('NFC').toLowerCase();
    const words = /ngày\s*(\d{1,2})?[\s.…]*tháng\s*(\d{1,2})[\s.…]*năm\s*(\d{4})/u.exec(t);
    const slashed = /ngày\s*(\d{1,2})?[\s.…]*\/\s*(\d{1,2})\s*\/\s*(\d{4})/u.exec(t);
    const m = words ?? slashed;
    if (!m) continue;
    const day = m[1] === undefined ? 1 : Number(m[1]);
    const month = Number(m[2]);
    const year = Number(m[3]);
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    if (year !== planYear && year !== planYear - 1) continue;
    return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(day, 28)).padStart(2, '0')}`;
  }
  return `${planYear}-01-01`;
}
