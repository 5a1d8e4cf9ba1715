/**
 * The periods a CCHC progress report covers: a quarter, the first six months, nine months, the
 * year (the reporting rhythm of the provincial CCHC reporting rules: Quý I, 6 tháng, 9 tháng, năm).
 */
import { toRoman } from '../deadline';
import { foldKeepPunctuation } from '../text';

export type PeriodKind = 'quarter' | 'half' | 'nine-months' | 'year';

export interface Period {
  kind: PeriodKind;
  year: number;
  /** 1–4, for a quarter. */
  quarter?: number;
  /** ISO yyyy-mm-dd, first and last day. A report covers tasks due by `end`. */
  start: string;
  end: string;
  /** As a report's title names it: "Quý I/2026", "6 tháng đầu năm 2026", "9 tháng năm 2026", "Năm 2026". */
  label: string;
  /** A worksheet name (no "/", at most 31 characters): "Báo cáo Quý I năm 2026". */
  sheetName: string;
}

const LAST_DAY = ['', '03-31', '06-30', '09-30', '12-31'];

export function periodOf(kind: PeriodKind, year: number, quarter?: number): Period {
  const start = kind === 'quarter' ? `${year}-${String((quarter! - 1) * 3 + 1).padStart(2, '0')}-01` : `${year}-01-01`;
  const endQuarter = kind === 'quarter' ? quarter! : kind === 'half' ? 2 : kind === 'nine-months' ? 3 : 4;
  const end = `${year}-${LAST_DAY[endQuarter]}`;
  const p: Period = { kind, year, start, end, label: '', sheetName: '' };
  switch (kind) {
    case 'quarter':
      p.quarter = quarter!;
      p.label = `Quý ${toRoman(quarter!)}/${year}`;
      p.sheetName = `Báo cáo Quý ${toRoman(quarter!)} năm ${year}`;
      break;
    case 'half':
      p.label = `6 tháng đầu năm ${year}`;
      p.sheetName = `Báo cáo 6 tháng năm ${year}`;
      break;
    case 'nine-months':
      p.label = `9 tháng năm ${year}`;
      p.sheetName = `Báo cáo 9 tháng năm ${year}`;
      break;
    case 'year':
      p.label = `Năm ${year}`;
      p.sheetName = `Báo cáo năm ${year}`;
      break;
  }
  return p;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/**
 * Reads a period as a clerk types it: "Quý I/2026", "quý 2/2026", "Quý III năm 2026", "Q4/2026",
 * "6 tháng/2026", "6 tháng đầu năm 2026", "9 tháng năm 2026", "Năm 2026", "cả năm 2026".
 * Returns null for anything else (Quý V, a year outside 1990–2100).
 */
export function parsePeriod(text: string): Period | null {
  const f = foldKeepPunctuation(text);
  const year = (s: string | undefined) => {
    const y = Number(s);
    return y >= 1990 && y <= 2100 ? y : null;
  };
  let m = /^(?:qu[yi]|q)\s*(i{1,3}|iv|[1-4])\s*(?:\/|-|nam|\s)\s*(\d{4})$/.exec(f);
  if (m) {
    const q = ROMAN[m[1]!] ?? Number(m[1]);
    const y = year(m[2]);
    return y && q >= 1 && q <= 4 ? periodOf('quarter', y, q) : null;
  }
  m = /^(6|9) thang(?: dau)?(?: nam)?\s*[/-]?\s*(\d{4})$/.exec(f);
  if (m) {
    const y = year(m[2]);
    return y ? periodOf(m[1] === '6' ? 'half' : 'nine-months', y) : null;
  }
  m = /^(?:(?:ca )?nam\s*)?(\d{4})$/.exec(f);
  if (m) {
    const y = year(m[1]);
    return y ? periodOf('year', y) : null;
  }
  return null;
}
