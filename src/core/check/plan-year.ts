import type { PlanYearSource } from '../report';

/**
 * The plan year: an explicit "năm 2024" in the title rows, else a year in the sheet name, else the
 * most common deadline year (computed only when needed), else a year from the title's signing date. A date such as
 * "ngày 25/12/2021" is when the plan was signed, often the year before the plan itself, so it
 * only counts when nothing better exists, and a plan signed in November or December is for the
 * next year. "Giai đoạn 2021-2025" and "định hướng đến năm 2030" name periods and horizons, not the plan year.
 */
export function detectPlanYear(
  titleTexts: string[],
  sheetName: string,
  deadlineYears: () => number[],
): { year?: number; source?: Exclude<PlanYearSource, 'override'> } {
  const plausible = (y: number) => y >= 1990 && y <= 2100;
  let dateYear: number | undefined;
  const signed = (month: number, year: number) => (dateYear ??= month >= 11 && month <= 12 ? year + 1 : year);
  for (const text of titleTexts) {
    const f = text.normalize('NFC').toLowerCase();
    // "năm 2024" not preceded by a day/month ("tháng 01 năm 2024" is a signing date) or by "đến".
    // The day and month of a signing date are often left blank to fill in: "ngày    tháng    năm 2024".
    const re = /(tháng\s*(\d{1,2})?\s*)?(đến\s*|tới\s*)?năm\s*(\d{4})/g;
    for (const m of f.matchAll(re)) {
      const y = Number(m[4]);
      if (!plausible(y)) continue;
      if (m[1]) signed(Number(m[2] ?? 0), y);
      else if (!m[3] && !isRange(f, m.index! + m[0].length)) return { year: y, source: 'title' };
    }
    const d = /\d{1,2}\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})/.exec(f) ?? /\/\s*(\d{1,2})\s*\/\s*(\d{4})/.exec(f);
    if (d && plausible(Number(d[2]))) signed(Number(d[1]), Number(d[2]));
  }
  const fromName = /(?:^|\D)(20\d{2}|19\d{2})(?:\D|$)/.exec(sheetName);
  if (fromName && plausible(Number(fromName[1]))) return { year: Number(fromName[1]), source: 'sheet-name' };
  const counts = new Map<number, number>();
  for (const y of deadlineYears()) if (plausible(y)) counts.set(y, (counts.get(y) ?? 0) + 1);
  let best: number | undefined;
  let bestCount = 0;
  for (const [y, n] of counts) {
    if (n > bestCount || (n === bestCount && best !== undefined && y > best)) {
      best = y;
      bestCount = n;
    }
  }
  if (best !== undefined) return { year: best, source: 'deadlines' };
  if (dateYear !== undefined) return { year: dateYear, source: 'title' };
  return {};
}

/** "năm 2021-2025" names a period, not a plan year. */
function isRange(folded: string, end: number): boolean {
  return /^\s*[-–]\s*\d{4}/.test(folded.slice(end));
}
