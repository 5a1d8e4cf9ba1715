/**
 * phuluc's own quarterly report sheet (src/layout/report-sheet.ts), known again by its shape: a
 * title row opening with the report's title, then a header row STT … Đánh giá | Dòng. It quotes
 * the appendix's tasks, units and deadlines as written and points back to their rows, so checking
 * it as a plan would only repeat the appendix's issues at the wrong cells (and offer to "repair"
 * a quotation): the engine reports it as phuluc's report instead. A clerk's own progress table
 * without those two columns is a table like any other and is checked.
 */
import type { Grid } from './grid';
import { REPORT_OWN_HEADERS, REPORT_TITLE_HEAD } from './messages';

/** The title is among the first rows (label, title, date line); the header follows the counts. */
const TITLE_ROWS = 6;
const HEADER_ROWS = 40;

const texts = (g: Grid, r: number): string[] =>
  (g.rows[r] ?? []).map((c) => (typeof c?.value === 'string' ? c.value.normalize('NFC').replace(/\s+/g, ' ').trim() : c?.value == null ? '' : String(c.value))).filter((t) => t !== '');

export function isPeriodReportSheet(g: Grid): boolean {
  let title = -1;
  for (let r = 0; r < Math.min(TITLE_ROWS, g.rows.length) && title < 0; r++) if (texts(g, r)[0]?.startsWith(REPORT_TITLE_HEAD)) title = r;
  if (title < 0) return false;
  for (let r = title + 1; r < Math.min(HEADER_ROWS, g.rows.length); r++) {
    const t = texts(g, r);
    if (t[0] === 'STT' && t.length > REPORT_OWN_HEADERS.length && t.slice(-REPORT_OWN_HEADERS.length).every((h, i) => h === REPORT_OWN_HEADERS[i])) return true;
  }
  return false;
}
