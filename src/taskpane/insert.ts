/**
 * Inserting a standard task: where the row goes, what each column receives, its STT, and the
 * renumbering the insert requires. The table's sections and numbering mode come from the engine.
 */
import type { SetEdit } from '../core/fix';
import { seenOf, setEdit } from '../core/fix/seen';
import { a1, cellAt, columnIndex, gridWidth, type Cell, type Grid } from '../core/grid';
import type { TaskRole } from '../core/issues';
import { rowKinds, type RowReport, type SectionExtent, type SheetReport, type TableLayout, type TaskExtent } from '../core/report';
import type { CellExpectation, RowInsert } from '../excel/types';
import { fold, type FilledTask } from '../templates';
import { matchArea } from './engine';

const EMPTY_LAYOUT: TableLayout = { numbering: 'restart', sections: [], leading: [] };

/** The engine's layout of the table (sections, tasks and their extents, numbering mode). */
export function layoutOf(report: SheetReport): TableLayout {
  return report.layout ?? EMPTY_LAYOUT;
}

/** The section a 1-based row is in. */
export function sectionOfRow(sections: readonly SectionExtent[], row: number): SectionExtent | undefined {
  let found: SectionExtent | undefined;
  for (const s of sections) if (s.row <= row) found = s;
  return found;
}

function areaIdOf(title: string): string | null {
  try {
    const m = matchArea(title);
    return m.kind === 'other' ? null : m.area.id;
  } catch {
    return null;
  }
}

/** Word pairs of a title, without the "cải cách" every area shares. */
function bigrams(title: string): Set<string> {
  const w = fold(title).split(/[^a-z0-9]+/).filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i + 1 < w.length; i++) if (!(w[i] === 'cai' && w[i + 1] === 'cach')) out.add(`${w[i]} ${w[i + 1]}`);
  return out;
}

/**
 * The section a template's area belongs in: the engine's reform-area matching first (it knows the
 * variants clerks write), else the title sharing most word pairs with the area.
 */
export function bestSectionFor(sections: readonly SectionExtent[], area: string): SectionExtent | undefined {
  const want = areaIdOf(area);
  if (want) {
    const hit = sections.find((s) => areaIdOf(s.title) === want);
    if (hit) return hit;
  }
  const a = bigrams(area);
  let best: SectionExtent | undefined;
  let bestScore = 0;
  for (const s of sections) {
    const b = bigrams(s.title);
    let shared = 0;
    for (const x of b) if (a.has(x)) shared++;
    const score = shared / Math.max(a.size, b.size, 1);
    if (score > bestScore) {
      best = s;
      bestScore = score;
    }
  }
  return bestScore >= 0.34 ? best : undefined;
}

function roleValue(role: TaskRole, t: FilledTask, has: (r: TaskRole) => boolean): string {
  switch (role) {
    case 'objective':
      return t.objective || t.task;
    case 'task':
      // Sheets with an activity column but no task column keep the task in the activity.
      return t.task;
    case 'activity':
      return t.activity || (has('task') ? '' : t.task);
    case 'product':
      return t.product;
    case 'lead':
      return t.lead;
    case 'partners':
      return t.partners;
    case 'deadline':
      return t.deadline;
    case 'funding':
      return t.funding;
    case 'stt':
    case 'status': // a new task has no progress yet
      return '';
  }
}

/** The cells of the new row, in the sheet's own columns (from report.columns). */
export function rowValues(
  report: SheetReport,
  task: FilledTask,
  width: number,
  stt: string | number | null,
): (string | number | null)[] {
  const cols = report.columns as Partial<Record<TaskRole, string>>;
  const has = (r: TaskRole) => cols[r] !== undefined;
  let w = width;
  for (const letter of Object.values(cols)) if (letter) w = Math.max(w, columnIndex(letter) + 1);
  const values: (string | number | null)[] = new Array(w).fill(null);
  for (const [role, letter] of Object.entries(cols) as [TaskRole, string][]) {
    if (!letter) continue;
    const v = role === 'stt' ? stt : roleValue(role, task, has);
    values[columnIndex(letter)] = v === '' ? null : v;
  }
  return values;
}

/** An STT as written: "3", "3.", "3)", "3.1", with its parts and trailing mark. */
interface Stt {
  parts: number[];
  suffix: string;
}

function parseStt(stt: string | undefined): Stt | null {
  const m = /^\s*(\d+(?:\.\d+)*)\s*([.)])?\s*$/.exec(stt ?? '');
  if (!m) return null;
  return { parts: m[1]!.split('.').map(Number), suffix: m[2] ?? '' };
}

/** The value to write for STT `parts`, in the style of `like` (a number stays a number). */
function sttValue(parts: number[], like: Cell | undefined, suffix: string): string | number {
  if (parts.length === 1 && !suffix && (like === undefined || typeof like.value === 'number')) return parts[0]!;
  return parts.join('.') + suffix;
}

const startsWith = (parts: readonly number[], prefix: readonly number[]) => prefix.every((p, i) => parts[i] === p);

export type InsertTarget = { kind: 'section-end'; section: SectionExtent } | { kind: 'below-row'; row: number };

export type InsertPlan =
  | {
      ok: true;
      /**
       * The batch's ops in order: the renumbering of the rows below (row numbers as before the
       * insert), then the row itself.
       */
      ops: (SetEdit | RowInsert)[];
      insert: RowInsert;
      /** 1-based row the new task lands on. */
      newRow: number;
      /** The STT the new task gets (null: the table has no STT column or numbers nothing). */
      stt: string | number | null;
      /** The STT cells below that the insert renumbers. */
      renumbering: SetEdit[];
      /** The cell to select after inserting (the new task's first filled cell). */
      select: string;
      /**
       * The cells the new STT and the renumbering were computed from (every task's STT cell, rows
       * as before the insert): the batch is written only while they hold what the check saw.
       */
      sources: CellExpectation[];
    }
  | { ok: false; reason: 'not-in-table' | 'not-tasks' }
  /**
   * The new row would go inside a merged area that spans the task above and another task (or
   * section) below: Excel would grow the merge over the new row, hiding its cell under the other
   * tasks' value. `merge` is the area (A1), `row` the row the insert would go before.
   */
  | { ok: false; reason: 'inside-merge'; merge: string; row: number };

/**
 * Where a row inserted before 1-based `beforeRow` can go so that no merged area spans the seam
 * (Excel grows a merge over a row inserted inside it: the new task's cell there would be hidden
 * under the merge's value). When merges cross the seam and the rows they carry the insert past
 * hold no other task, group or section (only continuation, blank or fragment rows of the task
 * above), the row goes after the merges; otherwise (another task, group or section, or the rows
 * after the table) it is refused with the merge. `rows` are the engine's row kinds.
 */
export function insertionBelowMerges(
  grid: Grid,
  rows: readonly RowReport[],
  beforeRow: number,
): { ok: true; beforeRow: number } | { ok: false; merge: string } {
  const kindAt = rowKinds(rows);
  // Rows the new task may be carried past: only its task's own (activity rows, page-break
  // fragments) and blank rows. Another task, group, section, a repeated header or what follows
  // the table (notes, signatures) stops it.
  const passable = (row: number) => {
    const k = kindAt(row);
    return k === 'continuation' || k === 'blank' || k === 'fragment';
  };
  let at = beforeRow;
  for (let guard = 0; guard < 1000; guard++) {
    // 0-based: a merge crosses the seam when it covers the row above (at - 2) and the row below (at - 1).
    const crossing = grid.merges.filter((m) => m.top <= at - 2 && m.bottom >= at - 1);
    if (crossing.length === 0) return { ok: true, beforeRow: at };
    const m = crossing.reduce((a, b) => (b.bottom > a.bottom ? b : a));
    const next = m.bottom + 2;
    // Past blank rows only into the table: not between the table and what follows it.
    let firstBelow = next;
    while (kindAt(firstBelow) === 'blank') firstBelow++;
    const into = kindAt(firstBelow);
    const pastBlank = (r: number) => kindAt(r) === 'blank' && (into === undefined || into === 'after');
    for (let r = at; r < next; r++) {
      if (!passable(r) || pastBlank(r)) return { ok: false, merge: `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}` };
    }
    at = next;
  }
  return { ok: true, beforeRow: at };
}

/**
 * Plans inserting a filled template: where the row goes, its STT, and the renumbering that
 * inserting it requires — nothing more.
 *
 * Where: below a chosen row, after the last row that belongs to it (its continuation rows and,
 * for a group, its sub-tasks), never between a task and its continuation; at a section's end,
 * after the section's last row as the engine reports it. A continuation row stands for its task;
 * a section row puts the task first in the section.
 *
 * Numbering (`layout.numbering`, the engine's): the new task takes the next number at its level
 * (after 3 comes 4, after 3.1 comes 3.2; first in a section, 1, or when numbering runs through
 * the table, one more than the last task before it). Every later sibling at that level in the
 * same scope (the section, or the table when numbering runs through; the group for sub-tasks)
 * moves up by one, with its sub-tasks. Nothing else is touched: a gap or a duplicate elsewhere
 * stays as it was, for the check to report.
 */
export function planInsert(grid: Grid, report: SheetReport, layout: TableLayout, task: FilledTask, target: InsertTarget): InsertPlan {
  if (report.kind !== 'tasks') return { ok: false, reason: 'not-tasks' };
  // Every task and group in row order, with the rows it spans (the engine's extents).
  const tasks: TaskExtent[] = [...layout.leading, ...layout.sections.flatMap((x) => x.tasks)].sort((a, b) => a.row - b.row);
  const sttLetter = report.columns.stt;
  const sttCol = sttLetter ? columnIndex(sttLetter) : null;

  // 1. The anchor (the task we insert after, with every row that belongs to it) and the section.
  let anchor: TaskExtent | undefined;
  let section: SectionExtent | undefined;
  let beforeRow: number;
  if (target.kind === 'section-end') {
    section = target.section;
    beforeRow = section.lastRow + 1;
    anchor = [...section.tasks].reverse().find((t) => t.level === 1 && parseStt(t.stt)?.parts.length === 1);
  } else {
    const row = target.row;
    const own = layout.sections.find((x) => x.row === row);
    if (own) {
      section = own;
      beforeRow = row + 1;
    } else {
      // The innermost task whose rows include the chosen one: a sub-task inside its group.
      const hit = tasks.filter((t) => t.row <= row && row <= t.lastRow).sort((a, b) => b.row - a.row)[0];
      if (!hit) return { ok: false, reason: 'not-in-table' };
      anchor = hit;
      section = sectionOfRow(layout.sections, hit.row);
      beforeRow = hit.lastRow + 1;
    }
  }

  // Never inside a merged area that spans the seam (Excel would grow it over the new row).
  const seam = insertionBelowMerges(grid, report.rows, beforeRow);
  if (!seam.ok) return { ok: false, reason: 'inside-merge', merge: seam.merge, row: beforeRow };
  beforeRow = seam.beforeRow;

  // 2. The new STT and the scope of its siblings.
  const anchorStt = anchor ? parseStt(anchor.stt) : null;
  const level = anchorStt ? anchorStt.parts.length : 1;
  const prefix = anchorStt ? anchorStt.parts.slice(0, -1) : [];
  let number: number;
  if (anchorStt) number = anchorStt.parts[level - 1]! + 1;
  else if (layout.numbering === 'through') {
    const before = [...tasks].reverse().find((x) => x.row < beforeRow && parseStt(x.stt)?.parts.length === 1);
    number = (parseStt(before?.stt)?.parts[0] ?? 0) + 1;
  } else number = 1;
  const newParts = [...prefix, number];
  const likeRow = anchor ?? tasks.find((x) => x.row >= beforeRow && x.kind === 'task') ?? tasks.find((x) => x.kind === 'task');
  const like = sttCol !== null && likeRow ? cellAt(grid, likeRow.row - 1, sttCol) : undefined;
  const numbered = sttCol !== null && tasks.some((x) => parseStt(x.stt));
  const stt = numbered ? sttValue(newParts, like, anchorStt?.suffix ?? parseStt(likeRow?.stt)?.suffix ?? '') : null;

  // 3. Later siblings move up by one (rows as before the insert), with their sub-tasks: within the
  // section (or the whole table when numbering runs through), within the group for sub-tasks.
  const renumbering: SetEdit[] = [];
  if (numbered && sttCol !== null) {
    const sectionEnd = level > 1 || layout.numbering === 'restart' ? (section?.lastRow ?? Infinity) : Infinity;
    const scopeEnd = level > 1 && anchor ? tasks.find((t) => t.level === 1 && t.row < anchor!.row && t.lastRow >= anchor!.row)?.lastRow ?? sectionEnd : sectionEnd;
    for (const x of tasks) {
      if (x.row < beforeRow || x.row > scopeEnd) continue;
      const p = parseStt(x.stt);
      if (!p || p.parts.length < level || !startsWith(p.parts, prefix)) continue;
      const parts = [...p.parts];
      parts[level - 1] = parts[level - 1]! + 1;
      const cell = cellAt(grid, x.row - 1, sttCol);
      renumbering.push(setEdit(grid, x.row - 1, sttCol, sttValue(parts, cell, p.suffix)));
    }
  }

  const width = gridWidth(grid);
  const values = rowValues(report, task, width, stt);
  const insert: RowInsert = { kind: 'insert-rows', beforeRow, values: [values] };
  // Rows as they are before the insert (the adapter shifts a source row below the insert point).
  if (likeRow) insert.formatLikeRow = likeRow.row;
  const firstFilled = report.columns.task ?? report.columns.activity ?? sttLetter ?? 'A';
  const sources: CellExpectation[] = [];
  if (sttCol !== null) for (const x of tasks) sources.push({ row: x.row, col: sttCol, seen: seenOf(cellAt(grid, x.row - 1, sttCol), grid.date1904) });
  return { ok: true, ops: [...renumbering, insert], insert, newRow: beforeRow, stt, renumbering, select: `${firstFilled}${beforeRow}`, sources };
}
