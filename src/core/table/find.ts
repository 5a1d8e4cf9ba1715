import type { BudgetRole, TaskRole } from '../issues';
import { budgetRoleOf, headerKey, taskRoleOf } from './headers';
import type { MergeRange } from '../grid';
import type { SheetView } from './sheet';
import type { BudgetTable, Table, TaskTable } from './types';


interface RowRoles<R extends string> {
  roles: Map<number, R>;
  distinct: Set<R>;
}

function rolesOfRow<R extends string>(
  view: SheetView,
  r: number,
  roleOf: (text: string) => R | null,
): RowRoles<R> {
  const roles = new Map<number, R>();
  const distinct = new Set<R>();
  for (const { col, text } of view.rowTexts(r)) {
    const role = roleOf(text);
    if (role && !distinct.has(role)) {
      roles.set(col, role);
      distinct.add(role);
    }
  }
  return { roles, distinct };
}

function isTaskHeader(d: Set<TaskRole>): boolean {
  const hasWhat = d.has('task') || d.has('objective') || d.has('activity');
  const hasWho = d.has('lead') || d.has('deadline') || d.has('partners');
  return hasWhat && hasWho && d.size >= 3;
}

function isBudgetHeader(d: Set<BudgetRole>): boolean {
  return d.has('amount') && (d.has('quantity') || d.has('rate') || d.has('unit')) && d.size >= 3;
}

/** STT | Nội dung | Kinh phí: a budget of amounts only, when nothing in the row names who or when. */
function isShortBudgetHeader(d: Set<BudgetRole>): boolean {
  return d.has('amount') && d.has('item') && d.has('stt');
}

/** Most header rows a table has: *Kế hoạch thực hiện* over *Trách nhiệm thực hiện* over *Chủ trì* | *Phối hợp*. */
const MAX_HEADER_ROWS = 3;

/**
 * The header rows below the first one (r): rows of cells under group headers (Trách nhiệm cụ thể →
 * Chủ trì | Phối hợp) while the other columns are merged down from above. Every non-empty cell of
 * such a row must name a role (a data row never does) or sit under a cell merged across in the row
 * above (a group header: Thời gian thực hiện → Bắt đầu | Hoàn thành; Kế hoạch thực hiện → Trách
 * nhiệm thực hiện), and the block must end with a row that fills a column the rows above left open.
 * A sub-column that takes its parent's role replaces it: the deadline is the "Hoàn thành" one.
 * Returns the roles of the whole block and its depth (1 when no row below belongs to it).
 */
function headerBlock<R extends string>(
  view: SheetView,
  r: number,
  first: RowRoles<R>,
  roleOf: (text: string) => R | null,
): { roles: Map<number, R>; depth: number } {
  const roles = new Map(first.roles);
  const replaced = new Set<number>();
  let depth = 1;
  // the header's width (its rows' last labels): a label spans no blank cell beyond it
  let width = 0;
  for (let k = 0; k < MAX_HEADER_ROWS && r + k < view.height; k++) {
    for (const { col } of view.rowTexts(r + k)) width = Math.max(width, view.mergeAt(r + k, col)?.right ?? col, col);
  }
  width++;
  for (let k = 1; k < MAX_HEADER_ROWS && r + k < view.height; k++) {
    const row = r + k;
    const texts = view.rowTexts(row);
    if (texts.length === 0) break;
    const next = new Map(roles);
    let added = 0;
    let groups = 0;
    let ok = true;
    for (const { col, text } of texts) {
      const above = groupAbove(view, row, col, r, width);
      const spanned = above && above.top >= r && above.top < row && above.right > above.left ? above : undefined;
      const parentRole = spanned ? roles.get(spanned.left) : undefined;
      let role = roleOf(text);
      if (!role && parentRole === ('deadline' as R) && END_OF_PERIOD.test(headerKey(text))) role = parentRole;
      if (!role) {
        if (!spanned) {
          ok = false;
          break;
        }
        // a group label under a group header, itself over more columns (Trách nhiệm thực hiện)
        const own = groupAt(view, row, col, width);
        if (own && own.top === row && own.right > own.left) groups++;
        continue;
      }
      if (spanned && role === parentRole && col !== spanned.left && !replaced.has(spanned.left)) {
        replaced.add(spanned.left);
        next.delete(spanned.left);
      }
      if (!roles.has(col) || spanned) {
        if (!roles.has(col)) added++;
        next.set(col, role);
      }
    }
    if (!ok || (added === 0 && groups === 0)) break;
    for (const [c, role] of next) roles.set(c, role);
    for (const c of roles.keys()) if (!next.has(c)) roles.delete(c);
    if (added > 0) depth = k + 1;
  }
  return { roles, depth };
}

/**
 * The group header cell over (row, col) in the row above: a merged area, or a label written over
 * blank cells without merging them (Center Across Selection, files written by scripts), which
 * spans from its column to the next label of its row (at most to the header's width).
 */
function groupAbove(view: SheetView, row: number, col: number, r: number, width: number): MergeRange | undefined {
  const merged = view.mergeAt(row - 1, col);
  if (merged || row - 1 < r) return merged;
  let left = col;
  while (left >= 0 && view.text(row - 1, left) === '') {
    if (view.mergeAt(row - 1, left)) return undefined;
    left--;
  }
  if (left < 0) return undefined;
  const span = groupAt(view, row - 1, left, width);
  return span && col <= span.right ? span : undefined;
}

/** The cells a header label at (row, col) stands over: its merged area, or itself and the blank cells to its right. */
function groupAt(view: SheetView, row: number, col: number, width: number): MergeRange | undefined {
  const merged = view.mergeAt(row, col);
  if (merged) return merged;
  if (view.text(row, col) === '') return undefined;
  let right = col;
  while (right + 1 < width && view.text(row, right + 1) === '' && !view.mergeAt(row, right + 1)) right++;
  return right > col ? { top: row, bottom: row, left: col, right } : undefined;
}

/** Sub-columns of a period that hold its end: the deadline. */
const END_OF_PERIOD = /^(hoan thanh|ket thuc|den ngay|den|thoi han)$/;

/**
 * A row of column numbers under the header: (1) (2) (3) … or 1 2 3 …, part of the header. Some
 * templates letter the text columns and number the rest (A B 1 2 3) or show a formula ((5)=(3)x(4)).
 */
export function isColumnNumberRow(view: SheetView, r: number, texts = view.rowTexts(r)): boolean {
  if (texts.length < 3) return false;
  let prev = 0;
  let numbers = 0;
  for (const { text } of texts) {
    const m = COLUMN_NUMBER.exec(text);
    if (!m) return false;
    if (m[1] === undefined) continue;
    const n = Number(m[1]);
    if (n <= prev) return false;
    prev = n;
    numbers++;
  }
  return numbers >= 2;
}

const COLUMN_NUMBER = /^\(?(?:(\d{1,2})|[A-Z])\)?(?:\s*=\s*\S.{0,20})?$/;

/** A row that may start a header: two or more short cells (a paragraph of the plan's text is not). */
function mayBeHeader(view: SheetView, r: number): boolean {
  const row = view.grid.rows[r];
  if (!row) return false;
  let short = 0;
  for (let c = 0; c < row.length && short < 2; c++) {
    const v = row[c]?.value;
    if (typeof v === 'string' && v.length > 0 && v.length <= 120) short++;
  }
  return short >= 2;
}

/**
 * Finds the appendix table: a task table or a budget table, whichever header the sheet has,
 * wherever it is (the plan's whole text may come first). The header is one to three rows.
 */
export function findTable(view: SheetView): Table | null {
  for (let r = 0; r < view.height; r++) {
    if (!mayBeHeader(view, r)) continue;
    // Budget first: its header also names "Nội dung", which would pass for a task column.
    const budget = rolesOfRow(view, r, budgetRoleOf);
    if (isBudgetHeader(budget.distinct)) return budgetTable(view, r, budget);
    const task = rolesOfRow(view, r, taskRoleOf);
    if (task.distinct.size < 2) continue;
    // The first row may hold only part of the roles; the rest sit under group headers.
    const block = headerBlock(view, r, task, taskRoleOf);
    if (isTaskHeader(new Set(block.roles.values()))) return build<TaskTable>('tasks', view, r, block.depth, block.roles);
    if (isShortBudgetHeader(budget.distinct)) return budgetTable(view, r, budget);
  }
  return null;
}

/** A budget table's header at row r (a second appendix below the task table), or null. */
export function budgetHeaderAt(view: SheetView, r: number): BudgetTable | null {
  const budget = rolesOfRow(view, r, budgetRoleOf);
  return isBudgetHeader(budget.distinct) ? budgetTable(view, r, budget) : null;
}

function budgetTable(view: SheetView, r: number, budget: RowRoles<BudgetRole>): BudgetTable {
  const block = headerBlock(view, r, budget, budgetRoleOf);
  return build<BudgetTable>('budget', view, r, block.depth, block.roles);
}

function build<T extends Table>(
  kind: T['kind'],
  view: SheetView,
  r: number,
  depth: number,
  roles: Map<number, string>,
): T {
  const headerRows: number[] = [];
  for (let k = 0; k < depth; k++) headerRows.push(r + k);
  let firstDataRow = r + headerRows.length;
  if (firstDataRow < view.height && isColumnNumberRow(view, firstDataRow)) {
    headerRows.push(firstDataRow);
    firstDataRow++;
  }
  // One column per role: the leftmost wins (a second "Kinh phí" is usually a note).
  const columns: Record<string, number> = {};
  for (const [col, role] of [...roles.entries()].sort((a, b) => a[0] - b[0])) {
    if (!(role in columns)) columns[role] = col;
  }
  return { kind, headerRows, firstDataRow, columns } as unknown as T;
}
