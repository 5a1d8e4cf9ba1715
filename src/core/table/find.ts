import type { BudgetRole, TaskRole } from '../issues';
import { budgetRoleOf, headerKey, taskRoleOf } from './headers';
import type { SheetView } from './sheet';
import type { BudgetTable, Table, TaskTable } from './types';

/** How far down a sheet a header may start (title rows come first, but not pages of them). */
const HEADER_SEARCH_ROWS = 40;

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

/**
 * A second header row: cells under a group header (Trách nhiệm cụ thể → Chủ trì | Phối hợp)
 * while the other columns are merged down from the first row. Every non-empty cell must name a
 * role (a data row never does) or sit under a cell merged across in the first row (Thời gian
 * thực hiện → Bắt đầu | Hoàn thành), and at least one must fill a column the first row left open.
 * A sub-column that takes its parent's role replaces it: the deadline is the "Hoàn thành" one.
 */
function withSecondRow<R extends string>(
  view: SheetView,
  r: number,
  first: RowRoles<R>,
  roleOf: (text: string) => R | null,
): Map<number, R> | null {
  if (r + 1 >= view.height) return null;
  const texts = view.rowTexts(r + 1);
  if (texts.length === 0) return null;
  const roles = new Map(first.roles);
  const replaced = new Set<number>();
  let added = 0;
  for (const { col, text } of texts) {
    const parent = view.mergeAt(r, col);
    const spanned = parent && parent.top === r && parent.right > parent.left ? parent : undefined;
    const parentRole = spanned ? first.roles.get(spanned.left) : undefined;
    let role = roleOf(text);
    if (!role && parentRole === ('deadline' as R) && END_OF_PERIOD.test(headerKey(text))) role = parentRole;
    if (!role) {
      if (!spanned) return null;
      continue;
    }
    if (spanned && role === parentRole && col !== spanned.left && !replaced.has(spanned.left)) {
      replaced.add(spanned.left);
      roles.delete(spanned.left);
    }
    if (!first.roles.has(col) || spanned) {
      roles.set(col, role);
      if (!first.roles.has(col)) added++;
    }
  }
  return added > 0 ? roles : null;
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

/** Finds the appendix table: a task table or a budget table, whichever header the sheet has. */
export function findTable(view: SheetView): Table | null {
  const last = Math.min(view.height, HEADER_SEARCH_ROWS);
  for (let r = 0; r < last; r++) {
    // Budget first: its header also names "Nội dung", which would pass for a task column.
    const budget = rolesOfRow(view, r, budgetRoleOf);
    if (isBudgetHeader(budget.distinct)) return budgetTable(view, r, budget);
    const task = rolesOfRow(view, r, taskRoleOf);
    if (task.distinct.size < 2) continue;
    // The first row may hold only part of the roles; the rest sit under a group header.
    const two = withSecondRow(view, r, task, taskRoleOf);
    const roles = two ?? task.roles;
    if (isTaskHeader(new Set(roles.values()))) return build<TaskTable>('tasks', view, r, two !== null, roles);
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
  const two = withSecondRow(view, r, budget, budgetRoleOf);
  return build<BudgetTable>('budget', view, r, two !== null, two ?? budget.roles);
}

function build<T extends Table>(
  kind: T['kind'],
  view: SheetView,
  r: number,
  twoRows: boolean,
  roles: Map<number, string>,
): T {
  const headerRows = twoRows ? [r, r + 1] : [r];
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
