import type { CheckOptions, DirectoryEntry } from './config';
import { createDeadlineParser } from './deadline';
import type { Edit, Fix } from './fix';
import { LazyFix } from './fix/lazy';
import { a1, type Grid } from './grid';
import type { ColumnRole, Issue, TaskRole } from './issues';
import { makeIssue } from './issues';
import type { RowReport, SheetReport, Summary } from './report';
import { checkBudget } from './budget';
import { checkNumbering, renumberEdits } from './check/numbering';
import { detectBody } from './check/body';
import { detectPlanYear } from './check/plan-year';
import { checkRows } from './check/rows';
import { createFundingMatcher, DEFAULT_FUNDING } from './funding';
import { classifyTaskRows, endsTable, type TaskRow } from './table/classify';
import { budgetHeaderAt, findTable } from './table/find';
import { settleStatusColumn } from './table/status-column';
import { budgetRoleOf, taskRoleOf } from './table/headers';
import { SheetView } from './table/sheet';
import type { TaskTable } from './table/types';
import { columnLetter } from './grid';
import { fold } from './text';
import { decodeLegacyGrid, legacyIssues, withUnicodeFonts } from './legacy';
import { createUnitMatcher, DEFAULT_UNITS } from './units';

export interface SheetResult {
  report: SheetReport;
  fixes: Fix[];
}

export interface WorkbookResult {
  sheets: SheetReport[];
  fixes: Fix[][];
  summary: Summary;
}

// Matchers index their directory once; reuse them across sheets checked with the same lists.
const unitMatchers = new WeakMap<readonly DirectoryEntry[], ReturnType<typeof createUnitMatcher>>();
const fundingMatchers = new WeakMap<readonly DirectoryEntry[], ReturnType<typeof createFundingMatcher>>();

function matchersFor(options: CheckOptions) {
  const units = options.units ?? DEFAULT_UNITS;
  const funding = options.funding ?? DEFAULT_FUNDING;
  let u = unitMatchers.get(units);
  if (!u) unitMatchers.set(units, (u = createUnitMatcher(units)));
  let f = fundingMatchers.get(funding);
  if (!f) fundingMatchers.set(funding, (f = createFundingMatcher(funding)));
  return { units: u, unitEntries: units, funding: f };
}

/**
 * Checks one sheet: decodes text typed in legacy fonts (TCVN3, VNI), finds its table, classifies
 * its rows and runs every check on the decoded text. Never throws on data.
 */
export function checkSheet(grid: Grid, options: CheckOptions = {}): SheetResult {
  const legacy = decodeLegacyGrid(grid);
  const view = new SheetView(legacy.grid);
  const found = findTable(view);
  const table = found?.kind === 'tasks' ? settleStatusColumn(view, found) : found;
  const base = { name: grid.name, headerRows: [] as number[], columns: {}, rows: [] as RowReport[] };
  if (!table) {
    const issues: Issue[] = looksLikeAppendix(view)
      ? [makeIssue('header.not-found', { sheet: grid.name, row: 1, cell: 'A1' }, {})]
      : [];
    return { report: { ...base, kind: 'none', issues }, fixes: [] };
  }
  const headerRows = table.headerRows.map((r) => r + 1);
  const columns: SheetReport['columns'] = {};
  for (const [role, col] of Object.entries(table.columns)) columns[role as TaskRole] = columnLetter(col);

  let result: SheetResult;
  if (table.kind === 'budget') {
    const res = checkBudget(view.grid, table);
    result = {
      report: { ...base, kind: 'budget', headerRows, columns, rows: res.rows, issues: res.issues },
      fixes: res.fixes,
    };
  } else {
    result = checkTaskTable(view, table, options, headerRows, columns);
  }
  // Cells typed in legacy fonts: reported once each; their repair comes first in the batch, and
  // every other write into a legacy-font cell also sets a Unicode font.
  const roles: ColumnRole[] = [];
  for (const [role, col] of Object.entries(table.columns) as [ColumnRole, number][]) roles[col] ??= role;
  const decoded = legacyIssues(grid.name, legacy, grid, (c) => roles[c]);
  result.report.issues = sortIssues([...result.report.issues, ...decoded.issues]);
  result.fixes = [...decoded.fixes, ...withUnicodeFonts(result.fixes, legacy, grid)];
  return result;
}

function checkTaskTable(
  view: SheetView,
  table: TaskTable,
  options: CheckOptions,
  headerRows: number[],
  columns: SheetReport['columns'],
): SheetResult {
  const grid = view.grid;
  const rows = classifyTaskRows(view, table);

  let planYear = options.planYear;
  let planYearSource: SheetReport['planYearSource'] = planYear !== undefined ? 'override' : undefined;
  const titles: string[] = [];
  for (let r = 0; r < table.headerRows[0]!; r++) for (const t of view.rowTexts(r)) titles.push(t.text);
  const body = detectBody(titles);
  if (planYear === undefined) {
    const detected = detectPlanYear(titles, grid.name, () => deadlineYears(view, table, rows));
    planYear = detected.year;
    planYearSource = detected.source;
  }

  const issues: Issue[] = [];
  const fixes: Fix[] = [];
  const where = { sheet: grid.name, row: headerRows[0]!, cell: a1(table.headerRows[0]!, 0) };
  const cols = table.columns;
  if (cols.task === undefined && cols.activity === undefined && cols.objective === undefined) {
    issues.push(makeIssue('column.missing', where, { role: 'task' }));
  }
  if (cols.lead === undefined) issues.push(makeIssue('column.missing', where, { role: 'lead' }));
  if (cols.deadline === undefined) issues.push(makeIssue('column.missing', where, { role: 'deadline' }));

  const numbering = checkNumbering(view, table, rows, false);
  // Every numbering issue is repaired by the same renumbering, built only when a fix is used:
  // on a large sheet with an early gap it rewrites tens of thousands of cells.
  if (numbering.differing > 0) {
    let edits: Edit[] | undefined;
    const renumbering = () => (edits ??= renumberEdits(view, table, rows, checkNumbering(view, table, rows).expected));
    const label = `Đánh số lại (${numbering.differing} ô)`;
    for (const issue of numbering.issues) fixes.push(new LazyFix(issue, true, renumbering, () => label));
  }
  issues.push(...numbering.issues);

  const sectionLabels = rows.filter((r) => r.kind === 'section').map((r) => r.numeral ?? r.title ?? '');
  const m = matchersFor(options);
  const checked = checkRows({
    view,
    table,
    rows,
    planYear,
    parseDeadline: createDeadlineParser(planYear),
    units: m.units,
    unitEntries: m.unitEntries,
    funding: m.funding,
    sectionLabels,
  });
  issues.push(...checked.issues);
  fixes.push(...checked.fixes);

  // The budget appendix pasted below the tasks in the same sheet is checked as a budget.
  const end = rows.find((r) => r.kind === 'after');
  const budget = end ? budgetHeaderAt(view, end.r) : null;
  if (budget) {
    const b = checkBudget(grid, budget);
    issues.push(...b.issues);
    fixes.push(...b.fixes);
  }

  const report: SheetReport = {
    name: grid.name,
    kind: 'tasks',
    headerRows,
    columns,
    rows: checked.reports,
    issues,
  };
  if (planYear !== undefined) report.planYear = planYear;
  if (planYearSource !== undefined) report.planYearSource = planYearSource;
  if (body !== undefined) report.body = body;
  return { report, fixes };
}

/** Years named by the deadlines, for when neither the title nor the sheet name gives the plan year. */
function deadlineYears(view: SheetView, table: TaskTable, rows: TaskRow[]): number[] {
  const col = table.columns.deadline;
  if (col === undefined) return [];
  const parse = createDeadlineParser();
  const years: number[] = [];
  for (const row of rows) {
    if (row.kind !== 'task' && row.kind !== 'continuation') continue;
    const cell = view.cell(row.r, col);
    const res = parse(cell?.value instanceof Date ? cell.value : view.text(row.r, col));
    if (res.ok || res.reason === 'invalid') years.push(...res.years);
  }
  return years;
}

/**
 * A sheet that says it is an appendix (Phụ lục, cải cách hành chính, kinh phí) and, below that
 * title, has a row of short cells like a header (STT | Nhiệm vụ …) whose table we still cannot
 * make out. A cover page, the plan's text or a notes sheet says so in paragraphs, one cell a row.
 */
function looksLikeAppendix(view: SheetView): boolean {
  // The title must say what kind of appendix it is: "Phụ lục" alone also heads lists of
  // procedures, units or documents, which are not ours to judge.
  let titleRow = -1;
  let says = '';
  const last = Math.min(view.height, 15);
  for (let r = 0; r < last; r++) {
    for (const { text } of view.rowTexts(r)) {
      const f = fold(text);
      if (/phu luc|cai cach hanh chinh|cchc|du toan|du tru|nhiem vu|kinh phi/.test(f)) {
        titleRow = r;
        says += ` ${f}`;
      }
    }
  }
  const ours = /cai cach hanh chinh|cchc|du toan kinh phi|du tru kinh phi/.test(says) || (/phu luc/.test(says) && /nhiem vu|kinh phi/.test(says));
  if (!ours) return false;
  // And below it, a row that looks like a header: short cells, one of them naming a column we know.
  const rows = Math.min(view.height, 40);
  for (let r = titleRow + 1; r < rows; r++) {
    const texts = view.rowTexts(r);
    if (texts.length < 2 || endsTable(texts[0]!.text, texts.length)) continue;
    if (texts.every((t) => t.text.length <= 40) && texts.some((t) => taskRoleOf(t.text) || budgetRoleOf(t.text))) return true;
  }
  return false;
}

/** By row, then column (same row: a shorter column name is further left, then letter order). */
function sortIssues(issues: Issue[]): Issue[] {
  return issues.slice().sort((a, b) => {
    if (a.row !== b.row) return a.row - b.row;
    const x = a.cell ?? '';
    const y = b.cell ?? '';
    return x.length - y.length || (x < y ? -1 : x > y ? 1 : 0);
  });
}

/** Checks every sheet of a workbook. */
export function checkWorkbook(grids: Grid[], options: CheckOptions = {}): WorkbookResult {
  const results = grids.map((g) => checkSheet(g, options));
  const sheets = results.map((r) => r.report);
  return { sheets, fixes: results.map((r) => r.fixes), summary: summarise(sheets) };
}

export function summarise(sheets: SheetReport[]): Summary {
  const summary: Summary = { errors: 0, warnings: 0, infos: 0 };
  for (const s of sheets) {
    for (const i of s.issues) {
      if (i.severity === 'error') summary.errors++;
      else if (i.severity === 'warning') summary.warnings++;
      else summary.infos++;
    }
  }
  return summary;
}

/** The edits that renumber a task sheet's STT and section numerals (for the pane's "Đánh số lại"). */
export function renumber(grid: Grid): Edit[] {
  const view = new SheetView(decodeLegacyGrid(grid).grid);
  const table = findTable(view);
  if (!table || table.kind !== 'tasks') return [];
  const rows = classifyTaskRows(view, table);
  return renumberEdits(view, table, rows, checkNumbering(view, table, rows).expected);
}
