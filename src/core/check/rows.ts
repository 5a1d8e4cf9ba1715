import type { DirectoryEntry } from '../config';
import type { DeadlineResult } from '../deadline';
import type { Edit, Fix, SourceCell } from '../fix';
import { deleteRowEdit, rowSources, setEdit as makeSetEdit } from '../fix/seen';
import { LazyFix } from '../fix/lazy';
import { a1, type Cell } from '../grid';
import type { Issue, Location, TaskRole } from '../issues';
import { makeIssue } from '../issues';
import type { DeadlineSummary, RowReport } from '../report';
import { isBlankStandIn } from '../text';
import type { TaskRow } from '../table/classify';
import type { SheetView } from '../table/sheet';
import type { TaskTable } from '../table/types';
import { isColumnNumberRow } from '../table/find';
import { headerKey, taskRoleOf } from '../table/headers';
import type { FundingMatcher } from '../funding';
import type { UnitMatcher } from '../units';
import type { LocalKind } from '../units/directories';
import { createUnitCells, type CellUnits } from './unit-cells';
import { matchArea } from '../areas';
import { fixLabel } from '../messages/fix-labels';
import { joinFragment } from './fragment';
import { progressFields } from './progress-fields';

export interface RowCheckContext {
  view: SheetView;
  table: TaskTable;
  rows: TaskRow[];
  planYear: number | undefined;
  parseDeadline: (input: string | number | Date | null | undefined) => DeadlineResult;
  units: UnitMatcher;
  /** Splits a lead or partner cell into units (units/split, bound to the same directory). */
  splitUnits: (text: string) => string[];
  unitEntries: readonly DirectoryEntry[];
  /** The plan's date (ISO): units whose validity ended before it are obsolete. */
  asOf?: string | undefined;
  /** A commune-level plan's own kind of commune: suggestions for a ward say `phường`. */
  local?: LocalKind | undefined;
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
  const setEdit = (r: number, col: number, value: string | number): Edit => makeSetEdit(view.grid, r, col, value);
  // A fix's edits, built on first use. A helper, not an arrow inside each check: a check whose
  // locals a closure captures allocates their context on every call, 100,000 times, fix or not.
  // Made once, not an arrow per row (which would allocate the loop body's context for every row).
  const statusAt = (r: number, col: number): Location => at(r, 'status', col);
  const lazySet = (r: number, col: number, value: string | number) => (): Edit[] => [setEdit(r, col, value)];
  /** Records an issue and, when it can be repaired, its fix (a thunk builds edits and label on first use). */
  const push = (issue: Issue, edits?: Edit[] | (() => Edit[]), safe = false, sources?: SourceCell[]) => {
    issues.push(issue);
    if (!edits) return;
    if (typeof edits !== 'function') {
      if (edits.length) fixes.push(sources ? { issue, label: fixLabel(issue, edits), safe, edits, sources } : { issue, label: fixLabel(issue, edits), safe, edits });
      return;
    }
    fixes.push(new LazyFix(issue, safe, edits, fixLabel));
  };

  // A repeated header is deleted safely only when every cell on its row is the header's own text
  // (or the row is the column numbers again): a remark or formula right of the table, or a task's
  // deadline typed over the pasted header, would go with the row unseen (reviewer r8).
  let headerTexts: Map<number, Set<string>> | undefined;
  const onlyHeaderText = (r: number): boolean => {
    if (!headerTexts) {
      headerTexts = new Map();
      for (const hr of table.headerRows) {
        for (const { col, text } of view.rowTexts(hr)) {
          const m = view.mergeAt(hr, col);
          for (let c = m ? m.left : col; c <= (m ? m.right : col); c++) {
            let keys = headerTexts.get(c);
            if (!keys) headerTexts.set(c, (keys = new Set()));
            keys.add(headerKey(text));
          }
        }
      }
    }
    const own = headerTexts;
    const matches = (col: number, text: string) => own.get(col)?.has(headerKey(text)) === true || (roleAt(col) !== undefined && taskRoleOf(text) === roleAt(col));
    return view.rowTexts(r).every((t) => matches(t.col, t.text)) || isColumnNumberRow(view, r);
  };

  const unitCells = createUnitCells({ units: ctx.units, split: ctx.splitUnits, asOf: ctx.asOf, local: ctx.local });
  countUnits();
  /** Names not in the directory are reported once (unit.unlisted), at their first cell. */
  const unlistedSeen = new Set<string>();
  // Where each row sits in `rows`, for joining fragments (built at the first one: most sheets have none).
  let rowIndex: Map<number, number> | undefined;
  const indexOfRow = (r: number): number | undefined => {
    if (!rowIndex) {
      const index = new Map<number, number>();
      rows.forEach((row, i) => row.kind === 'fragment' || index.set(row.r, i));
      rowIndex = index;
    }
    return rowIndex.get(r);
  };
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
      lastRow: row.last !== undefined ? row.last + 1 : undefined,
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
        push(makeIssue('row.repeated-header', at(r, 'stt', cols.stt ?? 0), {}), [deleteRowEdit(view.grid, r)], onlyHeaderText(r));
        break;
      case 'fragment': {
        const target = row.targetRow!;
        const texts = view.rowTexts(r);
        // Each tail goes to the cell it was cut from (see joinTarget); tails for one cell join in order.
        const joined = new Map<number, { r: number; c: number; text: string }>();
        // Joining text into a real date, a number or a formula (or one of those into text) would
        // turn it into text: such a fragment is reported without a fix.
        let joinsNonText = false;
        for (const { col, text } of texts) {
          const to = joinTarget(target, col);
          if (!plainText(view.cell(to.r, to.c)) || !plainText(view.cell(r, col))) joinsNonText = true;
          const key = to.r * 16384 + to.c;
          const cur = joined.get(key) ?? { ...to, text: view.text(to.r, to.c) };
          cur.text = joinFragment(cur.text, text);
          joined.set(key, cur);
        }
        const edits: Edit[] = [...joined.values()].map((j) => setEdit(j.r, j.c, j.text));
        edits.push(deleteRowEdit(view.grid, r));
        const firstCol = texts[0]?.col ?? 0;
        const issue = makeIssue('row.fragment', at(r, roleAt(firstCol) ?? 'task', firstCol), { targetRow: target + 1 });
        // Computed from the fragment row and the row it was cut from: both must be as the check saw them.
        push(issue, joinsNonText ? undefined : edits, true, rowSources(view.grid, [target, r]));
        break;
      }
      case 'task':
      case 'continuation': {
        const isHead = row.kind === 'task';
        checkDeadline(row, report, isHead ? !supplied.deadline.has(r) : activitiesCarry.deadline);
        checkUnits(row, report, isHead ? !supplied.lead.has(r) : activitiesCarry.lead);
        checkFunding(row, report, isHead ? !supplied.funding.has(r) : activitiesCarry.funding);
        const statusIssue = progressFields(view, r, cols, report, statusAt);
        if (statusIssue) push(statusIssue);
        break;
      }
      default:
        break;
    }
    if (row.kind !== 'blank' && row.kind !== 'after') checkCells(r);
  }
  return { issues, fixes, reports };

  /**
   * The cell a fragment's tail in column `col` was cut from: the master when the target row's cell
   * is covered by a merge; else the target row's cell if it has text; else, going up through the
   * task's activity rows to its head, the first cell of that column with text (an objective or a
   * task's text is written once, on the head row); else the target row's cell.
   */
  function joinTarget(target: number, col: number): { r: number; c: number } {
    const m = view.mergeAt(target, col);
    if (m && (m.top !== target || m.left !== col)) return { r: m.top, c: m.left };
    if (view.text(target, col)) return { r: target, c: col };
    let i = indexOfRow(target);
    while (i !== undefined && i > 0 && rows[i]!.kind === 'continuation') {
      i--;
      const up = rows[i]!;
      if (up.kind !== 'continuation' && up.kind !== 'task' && up.kind !== 'group') break;
      if (view.text(up.r, col)) return { r: up.r, c: col };
    }
    return { r: target, c: col };
  }

  function checkDeadline(row: TaskRow, report: RowReport, required: boolean): void {
    const col = cols.deadline;
    if (col === undefined) return;
    const r = row.r;
    const cell = view.cell(r, col);
    if (cell?.error) return; // reported once, as cell.error-value
    const own = view.text(r, col);
    // A real date (a number under a date format) is read from its serial, never from its text.
    const date = view.date(r, col);
    if (!own && !date) {
      if (view.seenText(r, col)) return; // merged down from the task above
      if (required) push(makeIssue('deadline.missing', at(r, 'deadline', col), {}));
      return;
    }
    const input = date ?? own;
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
        const dues = [...new Set((res.parts ?? []).map((p) => p.due).filter((d): d is string => d !== undefined))].sort();
        if (dues.length > 1) summary.instalments = dues;
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
          lazySet(r, col, canonical),
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

  /** First pass over the lead and partner cells: which names this sheet uses several times. */
  function countUnits(): void {
    for (const row of rows) {
      if (row.kind !== 'task' && row.kind !== 'continuation') continue;
      for (const col of [cols.lead, cols.partners]) {
        if (col === undefined || view.cell(row.r, col)?.error) continue;
        const own = view.text(row.r, col);
        if (own && !isBlankStandIn(own)) unitCells.count(own);
      }
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
        lead = unitCells.of(own);
        report.lead = lead.names;
        report.leadUnits = lead.resolved;
        reportUnitFindings(r, leadCol, 'lead', lead);
      }
    }
    if (partCol !== undefined && !view.cell(r, partCol)?.error) {
      const own = view.text(r, partCol);
      if (own && !isBlankStandIn(own)) {
        const partners = unitCells.of(own);
        report.partners = partners.names;
        reportUnitFindings(r, partCol, 'partners', partners);
        const dup = lead ? unitCells.sharedWithLead(lead, partners) : undefined;
        if (dup !== undefined) push(makeIssue('partner.same-as-lead', at(r, 'partners', partCol), { unit: dup }));
      }
    }
  }

  /** The `others` field of a finding that stands for several names, only when there are others. */
  function others(n: number | undefined): { others?: number } {
    return n ? { others: n } : {};
  }

  function reportUnitFindings(r: number, col: number, role: 'lead' | 'partners', u: CellUnits): void {
    for (const f of u.findings) {
      // No unit fix is safe: a department may have accepted its spelling, and a guess needs an eye.
      switch (f.code) {
        case 'unit.unlisted':
          if (unlistedSeen.has(f.key)) break;
          unlistedSeen.add(f.key);
          push(makeIssue('unit.unlisted', at(r, role, col), { name: f.name, count: f.count }));
          break;
        case 'unit.obsolete': {
          const edits = f.fixed ? [setEdit(r, col, f.fixed)] : undefined;
          const data = { name: f.name, canonical: f.canonical, validUntil: f.validUntil, successors: f.successors, ...others(f.others) };
          push(makeIssue('unit.obsolete', at(r, role, col), data, f.fixed ?? f.successors[0]), edits);
          break;
        }
        case 'unit.nonstandard': {
          const edits = f.fixed ? [setEdit(r, col, f.fixed)] : undefined;
          push(makeIssue('unit.nonstandard', at(r, role, col), { name: f.name, canonical: f.canonical, ...others(f.others) }, f.fixed ?? f.canonical), edits);
          break;
        }
        case 'unit.unknown': {
          const edits = f.fixed ? [setEdit(r, col, f.fixed)] : undefined;
          const data: { name: string; nearest?: string; others?: number } = { name: f.name, ...others(f.others) };
          if (f.canonical) data.nearest = f.canonical;
          push(makeIssue('unit.unknown', at(r, role, col), data, f.canonical ? (f.fixed ?? f.canonical) : undefined), edits);
          break;
        }
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
    const m = ctx.funding.matchCell(own);
    if (m.kind === 'variant') {
      const fixed = m.fixed;
      const edits = fixed !== null ? lazySet(r, col, fixed) : undefined;
      push(makeIssue('funding.nonstandard', at(r, 'funding', col), { text: m.part, canonical: m.canonical }, fixed ?? m.canonical), edits, true);
    } else if (m.kind === 'near') {
      const edits = m.fixed !== null ? [setEdit(r, col, m.fixed)] : undefined;
      push(makeIssue('funding.unknown', at(r, 'funding', col), { text: m.part, nearest: m.canonical }, m.fixed ?? m.canonical), edits, false);
    } else if (m.kind === 'unknown') {
      push(makeIssue('funding.unknown', at(r, 'funding', col), { text: m.part }));
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

/** Empty or text, without a formula or error: a cell a fragment join may rewrite as text. */
function plainText(cell: Cell | undefined): boolean {
  if (!cell) return true;
  return cell.formula === undefined && cell.error === undefined && (cell.value === null || typeof cell.value === 'string');
}
