import type { DirectoryEntry } from '../config';
import type { DeadlineResult } from '../deadline';
import type { Edit, Fix } from '../fix';
import { LazyFix } from '../fix/lazy';
import { a1 } from '../grid';
import type { Issue, Location, TaskRole } from '../issues';
import { makeIssue } from '../issues';
import type { DeadlineSummary, RowReport } from '../report';
import { collapseSpaces, isBlankStandIn } from '../text';
import type { TaskRow } from '../table/classify';
import type { SheetView } from '../table/sheet';
import type { TaskTable } from '../table/types';
import type { FundingMatcher } from '../funding';
import type { UnitMatcher } from '../units';
import { splitUnits } from '../units';
import { matchArea } from '../areas';
import { fixLabel } from './labels';
import { progressFields } from './progress-fields';

export interface RowCheckContext {
  view: SheetView;
  table: TaskTable;
  rows: TaskRow[];
  planYear: number | undefined;
  parseDeadline: (input: string | number | Date | null | undefined) => DeadlineResult;
  units: UnitMatcher;
  unitEntries: readonly DirectoryEntry[];
  funding: FundingMatcher;
  /** Section rows' display labels by section index ("II", "Nội dung 3"). */
  sectionLabels: string[];
}

export interface RowCheckResult {
  issues: Issue[];
  fixes: Fix[];
  reports: RowReport[];
}

/**
 * The per-row checks of a task table: sections' titles, debris from pastes, deadlines, lead and
 * partner units, funding and error values. Numbering is in numbering.ts; text in legacy
 * encodings is decoded (and reported) before the table is found (src/core/legacy).
 */
export function checkRows(ctx: RowCheckContext): RowCheckResult {
  const { view, table, rows } = ctx;
  const sheet = view.grid.name;
  const cols = table.columns;
  const issues: Issue[] = [];
  const fixes: Fix[] = [];
  const reports: RowReport[] = [];
  const roles: (TaskRole | undefined)[] = [];
  for (const [role, c] of Object.entries(cols) as [TaskRole, number][]) roles[c] = role;
  const roleAt = (col: number): TaskRole | undefined => roles[col];
  const at = (r: number, role: TaskRole, col: number): Location => ({ sheet, row: r + 1, column: role, cell: a1(r, col) });
  const setEdit = (r: number, col: number, value: string | number): Edit => ({ kind: 'set', row: r + 1, col, address: a1(r, col), value });
  /** Records an issue and, when it can be repaired, its fix (a thunk builds edits and label on first use). */
  const push = (issue: Issue, edits?: Edit[] | (() => Edit[]), safe = false) => {
    issues.push(issue);
    if (!edits) return;
    if (typeof edits !== 'function') {
      if (edits.length) fixes.push({ issue, label: fixLabel(issue, edits), safe, edits });
      return;
    }
    fixes.push(new LazyFix(issue, safe, edits, fixLabel));
  };

  const unitCells = new Map<string, CellUnits>();
  // Parsed deadlines are cached per text, so their summaries can be shared between rows too.
  const summaries = new Map<DeadlineResult, DeadlineSummary>();
  // Which task rows get lead/deadline/funding from a continuation below (task heads with activities).
  const supplied = suppliedByContinuations(view, rows, cols);
  // Where the table's activity rows carry their own lead/deadline/funding, one without is missing it.
  const activitiesCarry = continuationConvention(view, rows, cols);

  for (const row of rows) {
    const r = row.r;
    // One shape for every row (absent fields stay undefined and are left out of JSON): keeps
    // property access monomorphic on sheets of 100,000 rows.
    const report: RowReport = {
      row: r + 1,
      kind: row.kind,
      stt: row.stt,
      section: row.section !== undefined ? ctx.sectionLabels[row.section] : undefined,
      title: undefined,
      deadline: undefined,
      lead: undefined,
      leadUnits: undefined,
      partners: undefined,
      funding: undefined,
      text: undefined,
      status: undefined,
    };
    reports.push(report);

    switch (row.kind) {
      case 'section': {
        if (row.title) {
          report.title = row.title;
          const m = matchArea(row.title);
          if (m.kind === 'near') {
            const col = row.titleCol ?? cols.stt ?? 0;
            const own = view.text(r, col);
            const fixed = own.replace(row.title, m.area.title);
            push(
              makeIssue('section.nonstandard', at(r, roleAt(col) ?? 'task', col), { title: row.title, standard: m.area.title }, m.area.title),
              [setEdit(r, col, fixed)],
              true,
            );
          }
        }
        break;
      }
      case 'repeated-header':
        push(makeIssue('row.repeated-header', at(r, 'stt', cols.stt ?? 0), {}), [{ kind: 'delete-row', row: r + 1 }], true);
        break;
      case 'fragment': {
        const target = row.targetRow!;
        const texts = view.rowTexts(r);
        const edits: Edit[] = [];
        for (const { col, text } of texts) {
          const above = view.text(target, col);
          edits.push(setEdit(target, col, joinFragment(above, text)));
        }
        edits.push({ kind: 'delete-row', row: r + 1 });
        const firstCol = texts[0]?.col ?? 0;
        push(makeIssue('row.fragment', at(r, roleAt(firstCol) ?? 'task', firstCol), { targetRow: target + 1 }), edits, true);
        break;
      }
      case 'task':
      case 'continuation': {
        const isHead = row.kind === 'task';
        checkDeadline(row, report, isHead ? !supplied.deadline.has(r) : activitiesCarry.deadline);
        checkUnits(row, report, isHead ? !supplied.lead.has(r) : activitiesCarry.lead);
        checkFunding(row, report, isHead ? !supplied.funding.has(r) : activitiesCarry.funding);
        const statusIssue = progressFields(view, r, cols, report, (col) => at(r, 'status', col));
        if (statusIssue) push(statusIssue);
        break;
      }
      default:
        break;
    }
    if (row.kind !== 'blank' && row.kind !== 'after') checkCells(r);
  }
  return { issues, fixes, reports };

  function checkDeadline(row: TaskRow, report: RowReport, required: boolean): void {
    const col = cols.deadline;
    if (col === undefined) return;
    const r = row.r;
    const cell = view.cell(r, col);
    if (cell?.error) return; // reported once, as cell.error-value
    const own = view.text(r, col);
    if (!own && !(cell?.value instanceof Date)) {
      if (view.seenText(r, col)) return; // merged down from the task above
      if (required) push(makeIssue('deadline.missing', at(r, 'deadline', col), {}));
      return;
    }
    const input = cell?.value instanceof Date ? cell.value : own;
    const res = ctx.parseDeadline(input);
    if (!res.ok && res.reason === 'empty') {
      // A stand-in for blank ("-", "...").
      if (required) push(makeIssue('deadline.missing', at(r, 'deadline', col), {}));
      return;
    }
    if (res.ok) {
      let summary = summaries.get(res);
      if (!summary) {
        summary = { text: res.text, kind: res.kind };
        if (res.due) summary.due = res.due;
        summaries.set(res, summary);
      }
      report.deadline = summary;
      let wrongYear: number | undefined;
      if (ctx.planYear !== undefined && !spansYear(res, ctx.planYear)) {
        for (const y of res.years) if (y !== ctx.planYear) wrongYear ??= y;
      }
      if (wrongYear !== undefined) {
        push(makeIssue('deadline.year-mismatch', at(r, 'deadline', col), { text: res.text, year: wrongYear, planYear: ctx.planYear! }));
      } else if (res.nonstandard && typeof input === 'string') {
        const canonical = res.canonical;
        push(
          makeIssue('deadline.nonstandard', at(r, 'deadline', col), { text: own, canonical }, canonical),
          () => [setEdit(r, col, canonical)],
          true,
        );
      }
    } else if (res.reason === 'invalid') {
      report.deadline = { text: res.text, kind: 'invalid' };
      push(makeIssue('deadline.invalid', at(r, 'deadline', col), { text: res.text, reason: res.invalid }));
    } else if (res.reason === 'unrecognized') {
      report.deadline = { text: res.text, kind: 'unrecognized' };
      push(makeIssue('deadline.unrecognized', at(r, 'deadline', col), { text: res.text }));
    }
  }

  function checkUnits(row: TaskRow, report: RowReport, required: boolean): void {
    const r = row.r;
    const leadCol = cols.lead;
    const partCol = cols.partners;
    let lead: CellUnits | undefined;
    if (leadCol !== undefined && !view.cell(r, leadCol)?.error) {
      const own = view.text(r, leadCol);
      if (!own || isBlankStandIn(own)) {
        if (required && (own || !view.seenText(r, leadCol))) push(makeIssue('lead.missing', at(r, 'lead', leadCol), {}));
      } else {
        lead = unitsOf(own);
        report.lead = lead.names;
        report.leadUnits = lead.resolved;
        reportUnitFindings(r, leadCol, 'lead', lead);
      }
    }
    if (partCol !== undefined) {
      const own = view.text(r, partCol);
      if (own && !isBlankStandIn(own)) {
        const partners = unitsOf(own);
        report.partners = partners.names;
        reportUnitFindings(r, partCol, 'partners', partners);
        const dup = lead ? sharedNamedUnit(lead.canonical, partners.canonical) : undefined;
        if (dup !== undefined) push(makeIssue('partner.same-as-lead', at(r, 'partners', partCol), { unit: dup }));
      }
    }
  }

  /** What a unit cell says, computed once per distinct text: cells repeat across thousands of rows. */
  function unitsOf(text: string): CellUnits {
    let u = unitCells.get(text);
    if (u) return u;
    const split = splitUnits(text, ctx.unitEntries);
    // Text that names no unit at all (a number, stray punctuation) is reported as written.
    const names = split.length ? split : [text];
    u = { names, canonical: [], resolved: [], findings: [] };
    for (const name of names) {
      const m = ctx.units.match(name);
      u.resolved.push(m.kind === 'exact' || m.kind === 'alias' || m.kind === 'near' ? m.canonical : name);
      if (m.kind === 'exact') u.canonical.push(m.canonical);
      else if (m.kind === 'alias') {
        u.canonical.push(m.canonical);
        // Listed aliases are accepted short forms, except bare abbreviations (VP, KH-TC).
        if (m.via === 'qualified' || (m.via === 'listed' && !isAbbreviation(name))) continue;
        u.findings.push({ code: 'unit.nonstandard', name, canonical: m.canonical, fixed: replaceUnit(text, name, m.canonical) });
      } else if (m.kind === 'near') {
        u.canonical.push(m.canonical);
        u.findings.push({ code: 'unit.unknown', name, canonical: m.canonical, fixed: replaceUnit(text, name, m.canonical) });
      } else {
        u.findings.push({ code: 'unit.unknown', name, canonical: m.nearest, fixed: null });
      }
    }
    unitCells.set(text, u);
    return u;
  }

  function reportUnitFindings(r: number, col: number, role: 'lead' | 'partners', u: CellUnits): void {
    for (const f of u.findings) {
      // Neither fix is safe: a department may have accepted its spelling, and a guess needs an eye.
      const edits = f.fixed ? [setEdit(r, col, f.fixed)] : undefined;
      if (f.code === 'unit.nonstandard') {
        push(makeIssue('unit.nonstandard', at(r, role, col), { name: f.name, canonical: f.canonical! }, f.fixed ?? f.canonical), edits);
      } else {
        const data: { name: string; nearest?: string } = { name: f.name };
        if (f.canonical) data.nearest = f.canonical;
        push(makeIssue('unit.unknown', at(r, role, col), data, f.canonical ? (f.fixed ?? f.canonical) : undefined), edits);
      }
    }
  }

  function checkFunding(row: TaskRow, report: RowReport, required: boolean): void {
    const col = cols.funding;
    if (col === undefined || view.cell(row.r, col)?.error) return;
    const r = row.r;
    const own = view.text(r, col);
    if (!own || isBlankStandIn(own)) {
      if (required && (own || !view.seenText(r, col))) push(makeIssue('funding.missing', at(r, 'funding', col), {}));
      return;
    }
    report.funding = own;
    const m = ctx.funding.match(own);
    if (m.kind === 'alias' && m.via === 'variant') {
      const canonical = m.canonical;
      push(makeIssue('funding.nonstandard', at(r, 'funding', col), { text: own, canonical }, canonical), () => [setEdit(r, col, canonical)], true);
    } else if (m.kind === 'near') {
      push(makeIssue('funding.unknown', at(r, 'funding', col), { text: own, nearest: m.canonical }, m.canonical), [setEdit(r, col, m.canonical)], false);
    } else if (m.kind === 'unknown') {
      const data: { text: string; nearest?: string } = { text: own };
      if (m.nearest) data.nearest = m.nearest;
      push(makeIssue('funding.unknown', at(r, 'funding', col), data));
    }
  }

  /** Error values (#N/A) in any cell of the row. */
  function checkCells(r: number): void {
    const row = view.grid.rows[r];
    if (!row) return;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (cell?.error) push(makeIssue('cell.error-value', at(r, roleAt(c) ?? 'task', c), { error: cell.error }));
    }
  }
}


/**
 * A span of time that runs through the plan year ("Giai đoạn 2021-2025", "Quý IV/2024 - Quý I/2025"
 * in a 2024 plan) names other years without being in the wrong year.
 */
function spansYear(res: { kind: string; years: number[] }, year: number): boolean {
  if (res.kind !== 'period' || res.years.length !== 2) return false;
  const [from, to] = res.years as [number, number];
  return from <= year && year <= to;
}

interface CellUnits {
  names: string[];
  /** Canonical names of the units the directory knows (exactly, as an alias or as a near miss). */
  canonical: string[];
  /** Each name's canonical form, or the name as written when no directory knows it (same order as names). */
  resolved: string[];
  findings: { code: 'unit.nonstandard' | 'unit.unknown'; name: string; canonical: string | undefined; fixed: string | null }[];
}

/**
 * A named unit that leads and also partners. Collective units ("Các phòng, đơn vị ...")
 * overlap by nature, so only a named unit counts.
 */
function sharedNamedUnit(lead: string[], partners: string[]): string | undefined {
  for (const p of partners) if (lead.includes(p) && !/^các\s/i.test(p)) return p;
  return undefined;
}

/**
 * The cell's text with one unit's name replaced, or null when the name (cleaned by the splitter)
 * cannot be found as written: then there is a suggestion but no automatic fix.
 */
function replaceUnit(cellText: string, name: string, canonical: string): string | null {
  const text = collapseSpaces(cellText);
  const at = text.indexOf(name);
  return at < 0 ? null : text.slice(0, at) + canonical + text.slice(at + name.length);
}

function isAbbreviation(name: string): boolean {
  return /^[A-ZĐ][A-ZĐ0-9&.-]{1,9}$/u.test(name.trim());
}


/** Joins a page-break tail to the text it was cut from: one space, or a line break after a full stop. */
export function joinFragment(above: string, tail: string): string {
  if (!above) return tail;
  if (/^[-+•]\s/.test(tail)) return `${above}\n${tail}`;
  return `${above.replace(/\s+$/, '')} ${tail.replace(/^\s+/, '')}`;
}

/**
 * Whether this table's activity (continuation) rows each carry their own lead, deadline and
 * funding: true for a column when at least 4 of 5 such rows fill it (and there are 3 or more).
 * Then an activity row with that cell blank is missing it; otherwise blank means "as above".
 */
function continuationConvention(view: SheetView, rows: TaskRow[], cols: TaskTable['columns']) {
  let n = 0;
  let lead = 0;
  let deadline = 0;
  let funding = 0;
  for (const row of rows) {
    if (row.kind !== 'continuation') continue;
    n++;
    if (cols.lead !== undefined && view.seenText(row.r, cols.lead)) lead++;
    if (cols.deadline !== undefined && view.seenText(row.r, cols.deadline)) deadline++;
    if (cols.funding !== undefined && view.seenText(row.r, cols.funding)) funding++;
  }
  const carries = (k: number) => n >= 3 && k >= 0.8 * n;
  return { lead: carries(lead), deadline: carries(deadline), funding: carries(funding) };
}

/**
 * A task row that is only a heading (no lead and no deadline of its own) is fine when the
 * activities under it (its continuation rows) carry them. A task with some of its own cells
 * filled and one left blank has that one missing.
 */
function suppliedByContinuations(view: SheetView, rows: TaskRow[], cols: TaskTable['columns']) {
  const lead = new Set<number>();
  const deadline = new Set<number>();
  const funding = new Set<number>();
  const blank = (r: number, col: number | undefined) => col === undefined || view.seenText(r, col) === '';
  let head: number | undefined;
  for (const row of rows) {
    if (row.kind === 'task' || row.kind === 'group') {
      head = blank(row.r, cols.lead) && blank(row.r, cols.deadline) ? row.r : undefined;
    } else if (row.kind === 'section') head = undefined;
    else if (row.kind === 'continuation' && head !== undefined) {
      if (cols.lead !== undefined && view.text(row.r, cols.lead)) lead.add(head);
      if (cols.deadline !== undefined && view.text(row.r, cols.deadline)) deadline.add(head);
      if (cols.funding !== undefined && view.text(row.r, cols.funding)) funding.add(head);
    }
  }
  return { lead, deadline, funding };
}
