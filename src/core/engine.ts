import { isPeriodReportSheet } from './own-report';
import type { CheckOptions, DirectoryEntry } from './config';
import { planReferenceDate } from './check/plan-date';
import { createDeadlineParser } from './deadline';
import type { Combined, Edit, Fix, SourceCell } from './fix';
import { seenOf } from './fix/seen';
import { combineVerifiedWith, verifyFixes, type Recheck, type RefusedFix } from './verify';
import { LazyFix } from './fix/lazy';
import { a1, type Grid } from './grid';
import type { ColumnRole, Issue, TaskRole } from './issues';
import { makeIssue } from './issues';
import { renumberLabel } from './messages/fix-labels';
import type { RowReport, SheetReport, Summary } from './report';
import { checkBudget } from './budget';
import { checkNumbering, renumberEdits, renumberSources } from './check/numbering';
import { detectBody } from './check/body';
import { detectPlanYear } from './check/plan-year';
import { checkRows } from './check/rows';
// Leaf modules, not the index files: these re-export the zod schemas, which only --config needs.
import { createFundingMatcher } from './funding/match';
import { classifyTaskRows, endsTable, type TaskRow } from './table/classify';
import { tableLayout } from './table/layout';
import { budgetHeaderAt, findTable } from './table/find';
import { settleStatusColumn } from './table/status-column';
import { budgetRoleOf, taskRoleOf } from './table/headers';
import { SheetView } from './table/sheet';
import type { TaskTable } from './table/types';
import { columnLetter } from './grid';
import { fold } from './text';
import { decodeLegacyGrid, forOriginal, legacyFontIssues, legacyIssues, withUnicodeFonts } from './legacy';
import { createUnitMatcher } from './units/match';
import { createUnitSplitter } from './units/split';
import { resolveDirectory } from './units/directories';

export interface SheetResult {
  report: SheetReport;
  /** The fixes offered: each tried on the grid in memory (see verify.ts) unless `verified` is false. */
  fixes: Fix[];
  /** Fixes the engine made but does not offer, with the reason: they keep their issue or create one. */
  refused: RefusedFix[];
  /**
   * True when every offered fix was tried at check time. Sheets past EAGER_MAX_ROWS rows are not:
   * their fixes are tried when applied, which every applier does through combineVerified.
   */
  verified: boolean;
}

export interface WorkbookResult {
  sheets: SheetReport[];
  fixes: Fix[][];
  refused: RefusedFix[][];
  summary: Summary;
}

// Matchers index their directory once; reuse them across sheets checked with the same lists.
const unitMatchers = new WeakMap<readonly DirectoryEntry[], ReturnType<typeof createUnitMatcher>>();
const unitSplitters = new WeakMap<readonly DirectoryEntry[], ReturnType<typeof createUnitSplitter>>();
const fundingMatchers = new WeakMap<readonly DirectoryEntry[], ReturnType<typeof createFundingMatcher>>();

// Deadline parsers cache parsed texts: one per plan year, shared by every check (and the re-checks
// that try fixes). Their results are read-only.
const parsers = new Map<number | undefined, ReturnType<typeof createDeadlineParser>>();
function deadlineParser(planYear: number | undefined) {
  let p = parsers.get(planYear);
  if (!p) {
    if (parsers.size > 20) parsers.clear();
    parsers.set(planYear, (p = createDeadlineParser(planYear)));
  }
  return p;
}

function matchersFor(units: readonly DirectoryEntry[], funding: readonly DirectoryEntry[]) {
  let u = unitMatchers.get(units);
  if (!u) unitMatchers.set(units, (u = createUnitMatcher(units)));
  let s = unitSplitters.get(units);
  if (!s) unitSplitters.set(units, (s = createUnitSplitter(u)));
  let f = fundingMatchers.get(funding);
  if (!f) fundingMatchers.set(funding, (f = createFundingMatcher(funding)));
  return { units: u, splitUnits: s, unitEntries: units, funding: f };
}

/** What the rest of the workbook tells about a sheet: the title rows of its other sheets (a cover page). */
export interface SheetContext {
  otherTitles?: readonly string[];
}

/**
 * Checks one sheet: finds its table, classifies its rows and runs every check, then tries every
 * fix on the grid in memory and offers only those that remove their own issue and create none
 * (verify.ts). `context` tells what the workbook's other sheets say (a cover page naming the body
 * that issued the plan). Never throws on data.
 */
export function checkSheet(grid: Grid, options: CheckOptions = {}, context: SheetContext = {}): SheetResult {
  const raw = checkUnverified(grid, options, context);
  const v = verifyFixes(grid, raw.report.issues, raw.fixes, recheckWith(options, context));
  return { report: raw.report, fixes: v.fixes, refused: v.refused, verified: v.verified };
}

function recheckWith(options: CheckOptions, context: SheetContext = {}): Recheck {
  return (g) => checkUnverified(g, options, context).report.issues;
}

/**
 * The batch to write for these fixes (Sửa tất cả, `phuluc fix`, or one Sửa): combined as
 * combineFixes does, then checked again as a whole on the grid in memory. The result creates no
 * issue and removes each applied fix's own; fixes that would not are refused (with the reason) or
 * skipped (a conflict, or fine alone but not together: apply them in a later batch).
 * `grid` and `options` must be those the fixes were computed from; `issues`, when given, the
 * check's own issues on that grid with those options and context (checkSheet's report.issues),
 * which saves checking the grid once more.
 */
export function combineVerified(
  grid: Grid,
  fixes: readonly Fix[],
  options: CheckOptions = {},
  context: SheetContext = {},
  issues: readonly Issue[] = checkUnverified(grid, options, context).report.issues,
): Combined & { refused: RefusedFix[] } {
  return combineVerifiedWith(grid, issues, fixes, recheckWith(options, context));
}

/**
 * The check without trying its fixes. Text typed in legacy fonts (TCVN3, VNI) is decoded first,
 * so the table is found and every check runs on the Unicode text; each decoded cell is one
 * `text.legacy-encoding` issue, and every fix's `seen` still names the cell as stored.
 */
function checkUnverified(grid: Grid, options: CheckOptions, context: SheetContext = {}): { report: SheetReport; fixes: Fix[] } {
  const legacy = decodeLegacyGrid(grid);
  const view = new SheetView(legacy.grid);
  const found = findTable(view);
  const table = found?.kind === 'tasks' ? settleStatusColumn(view, found) : found;
  const base = { name: grid.name, headerRows: [] as number[], columns: {}, rows: [] as RowReport[] };
  if (isPeriodReportSheet(legacy.grid)) return { report: { ...base, kind: 'none', ownOutput: 'period-report', issues: [] }, fixes: [] };
  if (!table) {
    const issues: Issue[] = looksLikeAppendix(view)
      ? [makeIssue('header.not-found', { sheet: grid.name, row: 1, cell: 'A1' }, {})]
      : [];
    return { report: { ...base, kind: 'none', issues }, fixes: [] };
  }
  const headerRows = table.headerRows.map((r) => r + 1);
  const columns: SheetReport['columns'] = {};
  for (const [role, col] of Object.entries(table.columns)) columns[role as TaskRole] = columnLetter(col);

  let result: { report: SheetReport; fixes: Fix[] };
  if (table.kind === 'budget') {
    const res = checkBudget(view.grid, table);
    result = {
      report: { ...base, kind: 'budget', headerRows, columns, rows: res.rows, issues: res.issues },
      fixes: res.fixes,
    };
  } else {
    result = checkTaskTable(view, table, options, headerRows, columns, context);
  }
  // Cells typed in legacy fonts: reported once each; their repair comes first in the batch, and
  // every other write into a legacy-font cell also sets a Unicode font.
  const roles: ColumnRole[] = [];
  for (const [role, col] of Object.entries(table.columns) as [ColumnRole, number][]) roles[col] ??= role;
  const decoded = legacyIssues(grid.name, legacy, grid, (c) => roles[c]);
  // Unicode text left in a legacy font: its font-only fix comes last, so that a fix writing the
  // same cell (which sets Times New Roman too) or deleting its row wins in a batch (combineFixes).
  const fonts = legacyFontIssues(grid.name, legacy, grid, (c) => roles[c]);
  result.report.issues = sortIssues([...result.report.issues, ...decoded.issues, ...fonts.issues]);
  result.fixes = [...decoded.fixes, ...withUnicodeFonts(result.fixes, legacy, grid), ...fonts.fixes];
  return result;
}

/** The texts above a table's header (title rows, letterhead, the plan's text), at most `limit` of them. */
function titleTexts(view: SheetView, headerRow: number, limit = 400): string[] {
  const titles: string[] = [];
  for (let r = 0; r < headerRow && titles.length < limit; r++) for (const t of view.rowTexts(r)) titles.push(t.text);
  return titles;
}

function checkTaskTable(
  view: SheetView,
  table: TaskTable,
  options: CheckOptions,
  headerRows: number[],
  columns: SheetReport['columns'],
  context: SheetContext,
): { report: SheetReport; fixes: Fix[] } {
  const grid = view.grid;
  const rows = classifyTaskRows(view, table);
  const titles = titleTexts(view, table.headerRows[0]!);
  const body = detectBody(titles);

  let planYear = options.planYear;
  let planYearSource: SheetReport['planYearSource'] = planYear !== undefined ? 'override' : undefined;
  if (planYear === undefined) {
    const detected = detectPlanYear(titles, grid.name, () => deadlineYears(view, table, rows));
    planYear = detected.year;
    planYearSource = detected.source;
  }
  // Units are judged at the plan's date: a January 2025 plan may name the districts, a 2026 one not.
  const asOf = planReferenceDate(titles, planYear);
  const directory = resolveDirectory(options, titles, context.otherTitles ?? [], asOf);

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
    // The label too: its number formatting (toLocaleString) starts ICU, ~50 ms a process.
    const differing = numbering.differing;
    let label: string | undefined;
    const labelOf = () => (label ??= renumberLabel(differing));
    let sources: SourceCell[] | undefined;
    const from = () => (sources ??= renumberSources(view, table, rows));
    const repair = numbering.issues.length > 1 ? { id: 'renumber', issues: numbering.issues } : undefined;
    for (const issue of numbering.issues) fixes.push(new LazyFix(issue, true, renumbering, labelOf, from, repair));
  }
  for (const issue of numbering.issues) issues.push(issue);

  const sectionLabels = rows.filter((r) => r.kind === 'section').map((r) => r.numeral ?? r.title ?? '');
  const m = matchersFor(directory.units, directory.funding);
  const checked = checkRows({
    view,
    table,
    rows,
    planYear,
    parseDeadline: deadlineParser(planYear),
    units: m.units,
    splitUnits: m.splitUnits,
    unitEntries: m.unitEntries,
    asOf,
    local: directory.local,
    funding: m.funding,
    sectionLabels,
  });
  // Loops, not push(...spread): a sheet may hold hundreds of thousands of issues.
  for (const issue of checked.issues) issues.push(issue);
  for (const fix of checked.fixes) fixes.push(fix);

  // The budget appendix pasted below the tasks in the same sheet is checked as a budget.
  const end = rows.find((r) => r.kind === 'after');
  const budget = end ? budgetHeaderAt(view, end.r) : null;
  if (budget) {
    const b = checkBudget(grid, budget);
    for (const issue of b.issues) issues.push(issue);
    for (const fix of b.fixes) fixes.push(fix);
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
  report.directory = directory.choice;
  report.layout = tableLayout(rows, numbering.mode, sectionLabels);
  return { report, fixes };
}

/** Years named by the deadlines, for when neither the title nor the sheet name gives the plan year. */
function deadlineYears(view: SheetView, table: TaskTable, rows: TaskRow[]): number[] {
  const col = table.columns.deadline;
  if (col === undefined) return [];
  const parse = deadlineParser(undefined);
  const years: number[] = [];
  for (const row of rows) {
    if (row.kind !== 'task' && row.kind !== 'continuation') continue;
    const res = parse(view.date(row.r, col) ?? view.text(row.r, col));
    if (res.ok || res.reason === 'invalid') for (const y of res.years) years.push(y);
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

/** The first rows' texts of a sheet (its title, or a cover page's letterhead), for the other sheets' context. */
function leadingTexts(grid: Grid, rows = 30): string[] {
  const view = new SheetView(grid);
  const out: string[] = [];
  for (let r = 0; r < Math.min(rows, view.height); r++) for (const t of view.rowTexts(r)) if (t.text.length <= 600) out.push(t.text);
  return out;
}

/** What each sheet of a workbook learns from the others: their first rows' texts (a cover page names the body). */
export function sheetContexts(grids: readonly Grid[]): SheetContext[] {
  const leading = grids.map((g) => leadingTexts(g));
  return grids.map((_, i) => {
    const otherTitles: string[] = [];
    leading.forEach((texts, j) => {
      if (j !== i) for (const t of texts) otherTitles.push(t);
    });
    return { otherTitles };
  });
}

/**
 * Checks every sheet of a workbook; each sheet also sees the other sheets' titles (sheetContexts).
 * `contexts`: sheetContexts(grids), when the caller needs them too (to verify the fixes).
 */
export function checkWorkbook(grids: Grid[], options: CheckOptions = {}, contexts: readonly SheetContext[] = sheetContexts(grids)): WorkbookResult {
  const results = grids.map((g, i) => checkSheet(g, options, contexts[i]));
  const sheets = results.map((r) => r.report);
  return { sheets, fixes: results.map((r) => r.fixes), refused: results.map((r) => r.refused), summary: summarise(sheets) };
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
  return renumbering(grid).edits;
}

/**
 * The renumbering of a task sheet (its edits) and the cells it was computed from (`sources`: every
 * STT cell, as the sheet holds them), for a writer to check before writing.
 */
export function renumbering(grid: Grid): { edits: Edit[]; sources: SourceCell[] } {
  const legacy = decodeLegacyGrid(grid);
  const view = new SheetView(legacy.grid);
  const table = findTable(view);
  if (!table || table.kind !== 'tasks') return { edits: [], sources: [] };
  const rows = classifyTaskRows(view, table);
  const edits = forOriginal(renumberEdits(view, table, rows, checkNumbering(view, table, rows).expected), legacy, grid);
  if (edits.length === 0) return { edits, sources: [] };
  // What the sheet holds (the stored bytes where a cell was decoded).
  const sources = renumberSources(view, table, rows).map((s) => ({ ...s, seen: seenOf(grid.rows[s.row - 1]?.[s.col], grid.date1904) }));
  return { edits, sources };
}
