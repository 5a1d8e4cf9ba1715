/**
 * Following a plan through the year, from the engine's report alone (no second reading of the
 * table): which tasks fall due in which quarter and under which lead unit, what is due soon, what
 * is overdue, and the counts a quarterly CCHC report asks for.
 *
 * The unit counted is a row that carries its own deadline (a task, or an activity of a task with a
 * deadline of its own), plus a task that has none at all (counted apart, as without deadline). A
 * task heading whose activities carry the deadlines is not counted itself: its activities are.
 * Dates are ISO yyyy-mm-dd strings, compared as strings.
 */
import type { DeadlineSummary, RowReport, SheetReport, StatusSummary } from '../report';
import type { Period } from './period';
import { NO_LEAD } from '../messages/progress';

/** The name a task with no chủ trì is counted under; its words live in the engine's messages. */
export { NO_LEAD };

export type Timing = 'dated' | 'recurring' | 'conditional' | 'undated';

/** Where a task stands on the report's date. Each task is in exactly one. */
export type ProgressState = 'done-on-time' | 'done-late' | 'in-progress' | 'not-started' | 'overdue';

export interface ProgressItem {
  /** 1-based Excel row: the pane selects it. */
  row: number;
  stt?: string;
  /** The section's numeral and title. */
  section?: string;
  sectionTitle?: string;
  text?: string;
  /** For an activity (a row under a task), the text of the task it belongs to. */
  task?: string;
  /** Lead units by their directory names; [] when the row names none. */
  lead: string[];
  deadline?: DeadlineSummary;
  /** ISO due date, for dated tasks. */
  due?: string;
  timing: Timing;
  /** 1–4: the quarter of the due date when it falls in the plan year. */
  quarter?: number;
  status?: StatusSummary;
  /** Several instalments ("Tháng 3, 6, 9, 12/2026"): their ISO due dates, ascending; `due` is the last. */
  instalments?: string[];
  /**
   * The instalment the state was judged against (a task of several instalments): in the Tiến độ
   * view the last one before the date, else the next; in a period report the last one due by the
   * end of the period.
   */
  openDue?: string;
  /** The status cell says done on a date after the report's date: counted as not done on that date. */
  completedAfterDate?: true;
  state: ProgressState;
}

export interface LeadRow {
  lead: string;
  /** Tasks due in Quý I … IV of the plan year. */
  quarters: [number, number, number, number];
  recurring: number;
  conditional: number;
  /** Due in another year, or without a deadline. */
  other: number;
  total: number;
}

export interface ProgressOverview {
  asOf: string;
  planYear?: number;
  hasStatusColumn: boolean;
  items: ProgressItem[];
  /** Dated tasks of the plan year by quarter, and how many of them are done. */
  byQuarter: { quarter: number; total: number; done: number }[];
  /**
   * Tasks by lead unit and due quarter, most loaded first. A task led jointly counts under each of
   * its leads; a task that names no lead under "(chưa có đơn vị chủ trì)".
   */
  byLead: LeadRow[];
  totals: { items: number; dated: number; recurring: number; conditional: number; undated: number; otherYear: number };
  /** Not done and due within `soonDays` after the date (the date excluded), by due date. */
  dueSoon: ProgressItem[];
  /** Not done and due before the date, by due date. */
  overdue: ProgressItem[];
}

export interface StateCounts {
  total: number;
  doneOnTime: number;
  doneLate: number;
  inProgress: number;
  notStarted: number;
  overdue: number;
}

export interface ReportSection {
  label?: string;
  title?: string;
  items: ProgressItem[];
}

export interface PeriodReport {
  period: Period;
  asOf: string;
  planYear?: number;
  body?: string;
  sheet: string;
  hasStatusColumn: boolean;
  /** Dated tasks due by the end of the period, by section in sheet order. */
  sections: ReportSection[];
  counts: StateCounts;
  /** Recurring and conditional tasks, counted apart (they have no due date). */
  ongoing: { items: ProgressItem[]; counts: StateCounts };
  /** Tasks with no deadline at all. */
  undated: ProgressItem[];
  /** Dated tasks due after the period. */
  notYetDue: number;
  /** Tasks listed whose status says done on a date after `asOf` (counted as not done). */
  completedAfterDate: number;
}

/** ISO date `days` after `iso`. */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function timingOf(d: DeadlineSummary | undefined): Timing {
  if (!d) return 'undated';
  if (d.due) return 'dated';
  if (d.kind === 'recurring') return 'recurring';
  if (d.kind === 'conditional') return 'conditional';
  return 'undated'; // unrecognised or impossible text: no date to follow
}

/**
 * Where a task stands on `asOf`. Done late or on time against its (last) `due`; a completion date
 * after `asOf` means it was not done yet on that date (then it was under way: in progress, or
 * overdue). Not done is overdue once `openDue` (the instalment followed; `due` for a single
 * deadline) is before `asOf`.
 */
function stateOf(status: StatusSummary | undefined, due: string | undefined, asOf: string, openDue = due): ProgressState {
  if (status?.value === 'done' && !(status.completed !== undefined && status.completed > asOf)) {
    const late = status.late === true || (status.late === undefined && !!due && !!status.completed && status.completed > due);
    return late ? 'done-late' : 'done-on-time';
  }
  if (openDue && openDue < asOf) return 'overdue';
  return status?.value === 'in-progress' || status?.value === 'done' ? 'in-progress' : 'not-started';
}

/** The instalment a Tiến độ view follows on `asOf`: the last one before it, else the next. */
function openDueAt(instalments: readonly string[], asOf: string): string {
  let open = instalments[0]!;
  for (const d of instalments) if (d < asOf) open = d;
  return open;
}

/** The last instalment due by `end`, or undefined when none is. */
function lastDueBy(instalments: readonly string[], end: string): string | undefined {
  let last: string | undefined;
  for (const d of instalments) if (d <= end) last = d;
  return last;
}

const quarterOf = (iso: string) => Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1;

/** The quarters of the plan year an item falls due in (several for instalments), ascending. */
function quartersOf(it: ProgressItem, planYear: number | undefined): number[] {
  if (it.quarter === undefined) return [];
  if (!it.instalments) return [it.quarter];
  const inYear = it.instalments.filter((d) => planYear === undefined || Number(d.slice(0, 4)) === planYear);
  return [...new Set(inYear.map(quarterOf))];
}

/** The tasks to follow, in sheet order (see the module comment for what counts). */
export function progressItems(report: SheetReport, asOf: string): ProgressItem[] {
  const titles = new Map<string, string>();
  for (const r of report.rows) if (r.kind === 'section' && r.section !== undefined && r.title) titles.set(r.section, r.title);
  const rows = report.rows;
  const items: ProgressItem[] = [];
  let task: string | undefined;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    if (r.kind === 'section') task = undefined;
    if (r.kind === 'task') task = r.text;
    if (r.kind !== 'task' && r.kind !== 'continuation') continue;
    if (!r.deadline) {
      if (r.kind === 'continuation' || activitiesCarryDeadlines(rows, i)) continue;
    }
    const item = itemOf(r, report.planYear, asOf, titles);
    if (r.kind === 'continuation' && task !== undefined) item.task = task;
    items.push(item);
  }
  return items;
}

/** A task heading whose activities below carry the deadlines. */
function activitiesCarryDeadlines(rows: readonly RowReport[], i: number): boolean {
  for (let j = i + 1; j < rows.length; j++) {
    const k = rows[j]!.kind;
    if (k === 'continuation') {
      if (rows[j]!.deadline) return true;
      continue;
    }
    if (k === 'fragment' || k === 'blank' || k === 'repeated-header') continue;
    return false;
  }
  return false;
}

function itemOf(r: RowReport, planYear: number | undefined, asOf: string, titles: Map<string, string>): ProgressItem {
  const timing = timingOf(r.deadline);
  const due = timing === 'dated' ? r.deadline!.due : undefined;
  const instalments = due ? r.deadline!.instalments : undefined;
  const openDue = instalments ? openDueAt(instalments, asOf) : due;
  const item: ProgressItem = { row: r.row, lead: r.leadUnits ?? r.lead ?? [], timing, state: stateOf(r.status, due, asOf, openDue) };
  if (instalments) {
    item.instalments = instalments;
    item.openDue = openDue!;
  }
  if (r.status?.value === 'done' && r.status.completed !== undefined && r.status.completed > asOf) item.completedAfterDate = true;
  if (r.stt !== undefined) item.stt = r.stt;
  if (r.section !== undefined) {
    item.section = r.section;
    const t = titles.get(r.section);
    if (t !== undefined) item.sectionTitle = t;
  }
  if (r.text !== undefined) item.text = r.text;
  if (r.deadline) item.deadline = r.deadline;
  if (due) {
    item.due = due;
    if (planYear === undefined || Number(due.slice(0, 4)) === planYear) item.quarter = quarterOf(due);
  }
  if (r.status) item.status = r.status;
  return item;
}

/** The row's text; an activity's under the task it belongs to ("Tuyên truyền CCHC: Đăng tin …"). */
export function itemText(it: ProgressItem): string {
  const text = it.text ?? '';
  if (it.task === undefined) return text;
  return `${it.task}: ${text.replace(/^[-+•*–]+\s*/u, '')}`;
}

const isDone = (s: ProgressState) => s === 'done-on-time' || s === 'done-late';
const byDue = (a: ProgressItem, b: ProgressItem) => (a.openDue ?? a.due!).localeCompare(b.openDue ?? b.due!) || a.row - b.row;

/**
 * The Tiến độ view of a task sheet on `asOf` (ISO): tasks by quarter and lead unit, what is due in
 * the next `soonDays` days (30 by default), what is overdue.
 */
export function progressOverview(report: SheetReport, asOf: string, soonDays = 30): ProgressOverview {
  const items = progressItems(report, asOf);
  const soonEnd = addDays(asOf, soonDays);
  const byQuarter = [1, 2, 3, 4].map((quarter) => ({ quarter, total: 0, done: 0 }));
  const leads = new Map<string, LeadRow>();
  const totals = { items: items.length, dated: 0, recurring: 0, conditional: 0, undated: 0, otherYear: 0 };
  for (const it of items) {
    if (it.timing === 'dated') {
      totals.dated++;
      if (it.quarter === undefined) totals.otherYear++;
      // a task of several instalments counts in each quarter one falls due in
      for (const quarter of quartersOf(it, report.planYear)) {
        const q = byQuarter[quarter - 1]!;
        q.total++;
        if (isDone(it.state)) q.done++;
      }
    } else totals[it.timing]++;
    const names = it.lead.length ? [...new Set(it.lead)] : [NO_LEAD];
    for (const lead of names) {
      let row = leads.get(lead);
      if (!row) leads.set(lead, (row = { lead, quarters: [0, 0, 0, 0], recurring: 0, conditional: 0, other: 0, total: 0 }));
      row.total++;
      if (it.quarter !== undefined) for (const q of quartersOf(it, report.planYear)) row.quarters[q - 1]!++;
      else if (it.timing === 'recurring') row.recurring++;
      else if (it.timing === 'conditional') row.conditional++;
      else row.other++;
    }
  }
  const byLead = [...leads.values()].sort((a, b) => b.total - a.total || a.lead.localeCompare(b.lead, 'vi'));
  const open = items.filter((it) => it.due !== undefined && !isDone(it.state));
  const out: ProgressOverview = {
    asOf,
    hasStatusColumn: report.columns.status !== undefined,
    items,
    byQuarter,
    byLead,
    totals,
    dueSoon: open
      .filter((it) => (it.instalments ?? [it.due!]).some((d) => d > asOf && d <= soonEnd))
      .sort((a, b) => nextDue(a, asOf).localeCompare(nextDue(b, asOf)) || a.row - b.row),
    overdue: open.filter((it) => it.state === 'overdue').sort(byDue),
  };
  if (report.planYear !== undefined) out.planYear = report.planYear;
  return out;
}

/** The first due date (an instalment, or the deadline) after `asOf`. */
function nextDue(it: ProgressItem, asOf: string): string {
  return (it.instalments ?? [it.due!]).find((d) => d > asOf) ?? it.due!;
}

export function countStates(items: readonly ProgressItem[]): StateCounts {
  const c: StateCounts = { total: items.length, doneOnTime: 0, doneLate: 0, inProgress: 0, notStarted: 0, overdue: 0 };
  for (const it of items) {
    if (it.state === 'done-on-time') c.doneOnTime++;
    else if (it.state === 'done-late') c.doneLate++;
    else if (it.state === 'in-progress') c.inProgress++;
    else if (it.state === 'not-started') c.notStarted++;
    else c.overdue++;
  }
  return c;
}

/**
 * The quarterly (6-month, 9-month, yearly) report of a task sheet: every dated task due by the end
 * of the period, by section, with the counts the report asks for as of `asOf` (ISO; usually the
 * day it is made). A task of several instalments is listed in every period from its first
 * instalment on, judged against the last instalment due by the period's end. Recurring and
 * conditional tasks are listed and counted apart.
 */
export function periodReport(report: SheetReport, period: Period, asOf: string): PeriodReport {
  const items = progressItems(report, asOf);
  const sections: ReportSection[] = [];
  let current: ReportSection | undefined;
  const due: ProgressItem[] = [];
  const ongoing: ProgressItem[] = [];
  const undated: ProgressItem[] = [];
  let notYetDue = 0;
  for (let it of items) {
    if (it.timing === 'recurring' || it.timing === 'conditional') ongoing.push(it);
    else if (it.timing === 'undated') undated.push(it);
    else if ((it.instalments?.[0] ?? it.due!) > period.end) notYetDue++;
    else {
      if (it.instalments) {
        // judged against the last instalment due by the end of the period
        const openDue = lastDueBy(it.instalments, period.end)!;
        it = { ...it, openDue, state: stateOf(it.status, it.due, asOf, openDue) };
      }
      due.push(it);
      if (!current || current.label !== it.section) {
        current = { items: [] };
        if (it.section !== undefined) current.label = it.section;
        if (it.sectionTitle !== undefined) current.title = it.sectionTitle;
        sections.push(current);
      }
      current.items.push(it);
    }
  }
  const out: PeriodReport = {
    period,
    asOf,
    sheet: report.name,
    hasStatusColumn: report.columns.status !== undefined,
    sections,
    counts: countStates(due),
    ongoing: { items: ongoing, counts: countStates(ongoing) },
    undated,
    notYetDue,
    completedAfterDate: [...due, ...ongoing, ...undated].filter((it) => it.completedAfterDate).length,
  };
  if (report.planYear !== undefined) out.planYear = report.planYear;
  if (report.body !== undefined) out.body = report.body;
  return out;
}
