/**
 * The quarterly (6-month, 9-month, yearly) report as a sheet: the counts the report asks for, then
 * every task due by the end of the period, by section, with its lead, deadline and status; then
 * recurring and conditional tasks, and tasks without a deadline. From the engine's report only.
 */
import { toRoman } from '../core/deadline';
import { instalmentDeadline, reportNotes, stateLabel, viDate } from '../core/messages';
import { formatPercent } from '../core/money';
import { itemText, type PeriodReport, type ProgressItem } from '../core/progress';
import type { CellSpec, MergeSpec, SheetSpec } from '../xlsx/create';
import { c, FONT, LANDSCAPE_A4, S, SIZE, span } from './style';
import { LS } from './strings';

const WIDTHS = [7, 52, 24, 18, 26, 20, 8];
const COLS = WIDTHS.length;
/** The report's title, before its period and body (how phuluc knows its own report again). */
export const REPORT_TITLE = LS.reportTitleHead;
const HEADER = ['STT', LS.taskHeader, LS.leadHeader, LS.dueHeader, LS.statusHeader, LS.verdictHeader, LS.rowHeader];

export interface ReportSheetOptions {
  /** The sheet's name; default: the period's ("Báo cáo Quý I năm 2026"). */
  name?: string;
  /** The appendix the report is about, named in its title rows. */
  source?: string;
}

export function periodReportSheet(r: PeriodReport, opts: ReportSheetOptions = {}): SheetSpec {
  const rows: CellSpec[][] = [];
  const merges: MergeSpec[] = [];
  const wide = (cell: CellSpec) => {
    merges.push({ top: rows.length, left: 0, bottom: rows.length, right: COLS - 1 });
    rows.push(span(cell, COLS));
  };
  const owner = r.body ? LS.ofBody(r.body.toLocaleUpperCase('vi')) : '';
  wide(c(LS.appendixLabel, S.label));
  wide(c(LS.reportTitle(r.period.label.toLocaleUpperCase('vi'), owner), S.title));
  wide(c(LS.reportAsOf(viDate(r.asOf), opts.source), S.attached));
  rows.push([]);

  // The counts, with their share of the tasks due. Counts are numbers (a clerk sums them; integers
  // under the General format print alike in every locale). Shares are text, "66,7%": a number
  // format prints with the reader's separators (66.7% in LibreOffice or Excel set to English),
  // and no format code fixes the separators in Excel; nobody sums a share.
  const n = r.counts;
  const share = (k: number): CellSpec => (n.total > 0 ? { ...c(formatPercent(k / n.total), S.percent), numberAsText: true } : c('', S.number));
  const countRow = (label: string, k: number, style = S.cell, pct = true) => {
    merges.push({ top: rows.length, left: 1, bottom: rows.length, right: 3 });
    rows.push([c('', style), c(label, style), c('', style), c('', style), c(k, S.number), pct ? share(k) : c('', S.number)]);
  };
  merges.push({ top: rows.length, left: 1, bottom: rows.length, right: 3 });
  rows.push([c('', S.header), c(LS.resultHeader, S.header), c('', S.header), c('', S.header), c(LS.countHeader, S.header), c(LS.shareHeader, S.header)]);
  countRow(LS.dueTasks(viDate(r.period.end)), n.total, S.bold, false);
  countRow(LS.doneOnTime, n.doneOnTime);
  countRow(LS.doneLate, n.doneLate);
  countRow(LS.inProgress, n.inProgress);
  countRow(LS.notStarted, n.notStarted);
  countRow(LS.overdue, n.overdue);
  const o = r.ongoing.counts;
  countRow(
    LS.ongoingTasks(o.doneOnTime + o.doneLate, o.inProgress, o.notStarted),
    o.total,
    S.cell,
    false,
  );
  countRow(LS.notYetDue, r.notYetDue, S.cell, false);
  if (r.undated.length) countRow(LS.noDeadline, r.undated.length, S.cell, false);
  const notes = reportNotes(r);
  if (notes.length) rows.push([]);
  for (const note of notes) wide(c(LS.note(note), S.note));
  rows.push([]);

  // The list, its header repeated on every printed page.
  const headerRow = rows.length;
  rows.push(HEADER.map((h) => c(h, S.header)));
  // Numbered afresh (sections I, II …, tasks 1, 2 … in each) so the list reads, and checks, as
  // a table of its own; "Dòng" points back to the appendix.
  let numeral = 0;
  let stt = 0;
  const section = (title: string) => {
    numeral++;
    stt = 0;
    merges.push({ top: rows.length, left: 1, bottom: rows.length, right: COLS - 1 });
    rows.push([c(toRoman(numeral), S.sectionNumeral), ...span(c(title, S.section), COLS - 1)]);
  };
  const item = (it: ProgressItem) =>
    rows.push([
      c(++stt, S.centre),
      c(itemText(it), S.cell),
      c(it.lead.join(', '), S.cell),
      c(deadlineText(it), S.centre),
      c(it.status?.text ?? '', S.cell),
      c(stateLabel(it.state), it.state === 'overdue' || it.state === 'done-late' ? { ...S.cell, font: { bold: true } } : S.cell),
      c(it.row, S.centre),
    ]);
  for (const s of r.sections) {
    section(s.title ?? LS.tasksSection);
    s.items.forEach(item);
  }
  if (r.sections.length === 0) wide(c(LS.noneDue, S.cell));
  if (r.ongoing.items.length) {
    section(LS.ongoingSection);
    r.ongoing.items.forEach(item);
  }
  if (r.undated.length) {
    section(LS.noDeadlineSection);
    r.undated.forEach(item);
  }

  return {
    name: opts.name ?? r.period.sheetName,
    rows,
    merges,
    widths: WIDTHS,
    printTitleRows: { first: headerRow, last: headerRow },
    page: LANDSCAPE_A4,
    defaultFont: { name: FONT, size: SIZE },
  };
}

/** The deadline as written; for several instalments, also the one this report follows ("đợt 31/03/2026"). */
function deadlineText(it: ProgressItem): string {
  const text = it.deadline?.text ?? '';
  return it.openDue !== undefined && it.openDue !== it.due ? instalmentDeadline(text, it.openDue) : text;
}
