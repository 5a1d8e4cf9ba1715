/**
 * Inserting a standard task: where the row goes, what each column receives, its STT, and the
 * renumbering the insert requires. The table's sections and numbering mode come from the engine.
 */
import type { SetEdit } from '../core/fix';
import { setEdit } from '../core/fix/seen';
import { cellAt, columnIndex, gridWidth, type Cell, type Grid } from '../core/grid';
import type { TaskRole } from '../core/issues';
import type { RowKind, RowReport, SheetReport } from '../core/report';
import type { RowInsert } from '../excel/types';
import { fold, type FilledTask } from '../templates';
import { matchArea } from './engine';

export interface SectionInfo {
  /** The section's numeral as written (I, II, "Nội dung 3"...). */
  numeral: string;
  title: string;
  /** 1-based row of the section row. */
  row: number;
  /** 1-based last row of the section's content (the section row itself when empty). */
  lastRow: number;
}

const CONTENT: ReadonlySet<RowKind> = new Set(['task', 'continuation', 'group', 'fragment']);

/** The sheet's sections in order, each with its extent. */
export function sectionsOf(report: SheetReport): SectionInfo[] {
  const rows = [...report.rows].sort((a, b) => a.row - b.row);
  const heads = rows.filter((r) => r.kind === 'section');
  return heads.map((h, i) => {
    const next = heads[i + 1]?.row ?? Infinity;
    let last = h.row;
    for (const r of rows) if (r.row > h.row && r.row < next && CONTENT.has(r.kind)) last = Math.max(last, r.row);
    return { numeral: h.section ?? h.stt ?? '', title: h.title ?? '', row: h.row, lastRow: last };
  });
}

/**
 * The table's layout for inserting. INTERIM until the engine's report carries its section
 * extents and numbering mode (issue 6, i6-core): sections from the report's row kinds, the mode
 * as the engine's numbering check detects it (first numbers of each section).
 */
export function layoutOf(report: SheetReport): TableLayout {
  const sections = sectionsOf(report);
  let restart = 0;
  let through = 0;
  let prevLast: number | undefined;
  for (const s of sections) {
    const tops = report.rows
      .filter((r) => r.row > s.row && r.row <= s.lastRow && (r.kind === 'task' || r.kind === 'group'))
      .map((r) => parseStt(r.stt))
      .filter((p): p is Stt => p !== null && p.parts.length === 1)
      .map((p) => p.parts[0]!);
    if (!tops.length) continue;
    if (prevLast !== undefined) {
      if (tops[0] === 1) restart++;
      else if (tops[0]! > 1 && tops[0]! >= prevLast) through++;
    }
    prevLast = tops[tops.length - 1];
  }
  return { sections, numbering: through > restart ? 'through' : 'restart' };
}

/** The section a 1-based row is in. */
export function sectionOfRow(sections: readonly SectionInfo[], row: number): SectionInfo | undefined {
  let found: SectionInfo | undefined;
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
export function bestSectionFor(sections: readonly SectionInfo[], area: string): SectionInfo | undefined {
  const want = areaIdOf(area);
  if (want) {
    const hit = sections.find((s) => areaIdOf(s.title) === want);
    if (hit) return hit;
  }
  const a = bigrams(area);
  let best: SectionInfo | undefined;
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

/** How the table numbers its tasks (the engine's numbering detection): per section, or through. */
export type NumberingMode = 'restart' | 'through';

/** The table's shape as the engine reports it: its sections with their extents, its numbering. */
export interface TableLayout {
  sections: SectionInfo[];
  numbering: NumberingMode;
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

export type InsertTarget = { kind: 'section-end'; section: SectionInfo } | { kind: 'below-row'; row: number };

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
    }
  | { ok: false; reason: 'not-in-table' | 'not-tasks' };

const CONTINUES: ReadonlySet<RowKind> = new Set(['continuation', 'fragment']);

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
  const rows = [...report.rows].sort((a, b) => a.row - b.row);
  const byRow = new Map(rows.map((r) => [r.row, r]));
  const sttLetter = report.columns.stt;
  const sttCol = sttLetter ? columnIndex(sttLetter) : null;
  const headerEnd = Math.max(0, ...report.headerRows);

  // 1. The anchor (the row we insert after, with everything that belongs to it) and the level.
  let anchor: RowReport | undefined;
  let section: SectionInfo | undefined;
  let beforeRow: number;
  if (target.kind === 'section-end') {
    section = target.section;
    beforeRow = section.lastRow + 1;
    anchor = [...rows].reverse().find((r) => r.row > section!.row && r.row <= section!.lastRow && (r.kind === 'task' || r.kind === 'group') && parseStt(r.stt)?.parts.length === 1);
  } else {
    let r = byRow.get(target.row);
    if (!r || target.row <= headerEnd) return { ok: false, reason: 'not-in-table' };
    if (CONTINUES.has(r.kind)) r = [...rows].reverse().find((x) => x.row < target.row && (x.kind === 'task' || x.kind === 'group' || x.kind === 'section'));
    if (!r || !['task', 'group', 'section'].includes(r.kind)) return { ok: false, reason: 'not-in-table' };
    section = sectionOfRow(layout.sections, r.row);
    if (r.kind === 'section') {
      section = layout.sections.find((s) => s.row === r!.row) ?? section;
      beforeRow = r.row + 1;
    } else {
      anchor = r;
      const own = parseStt(r.stt)?.parts;
      let end = r.row;
      for (const x of rows) {
        if (x.row <= r.row) continue;
        const parts = parseStt(x.stt)?.parts;
        const descendant = (x.kind === 'task' || x.kind === 'group') && own && parts && parts.length > own.length && startsWith(parts, own);
        if (CONTINUES.has(x.kind) || descendant) end = x.row;
        else break;
      }
      beforeRow = end + 1;
    }
  }

  // 2. The new STT and the scope of its siblings.
  const anchorStt = anchor ? parseStt(anchor.stt) : null;
  const level = anchorStt ? anchorStt.parts.length : 1;
  const prefix = anchorStt ? anchorStt.parts.slice(0, -1) : [];
  let number: number;
  if (anchorStt) number = anchorStt.parts[level - 1]! + 1;
  else if (layout.numbering === 'through') {
    const before = [...rows].reverse().find((x) => x.row < beforeRow && (x.kind === 'task' || x.kind === 'group') && parseStt(x.stt)?.parts.length === 1);
    number = (parseStt(before?.stt)?.parts[0] ?? 0) + 1;
  } else number = 1;
  const newParts = [...prefix, number];
  const likeRow = anchor ?? rows.find((x) => x.row >= beforeRow && x.kind === 'task') ?? rows.find((x) => x.kind === 'task');
  const like = sttCol !== null && likeRow ? cellAt(grid, likeRow.row - 1, sttCol) : undefined;
  const numbered = sttCol !== null && rows.some((x) => (x.kind === 'task' || x.kind === 'group') && parseStt(x.stt));
  const stt = numbered ? sttValue(newParts, like, anchorStt?.suffix ?? parseStt(likeRow?.stt)?.suffix ?? '') : null;

  // 3. Later siblings move up by one (rows as before the insert), with their sub-tasks.
  const renumbering: SetEdit[] = [];
  if (numbered && sttCol !== null) {
    for (const x of rows) {
      if (x.row < beforeRow) continue;
      if (x.kind === 'section' && (level > 1 || layout.numbering === 'restart')) break;
      if (x.kind !== 'task' && x.kind !== 'group') continue;
      const p = parseStt(x.stt);
      if (!p) continue;
      if (level > 1 && !(p.parts.length >= level && startsWith(p.parts, prefix))) break;
      if (p.parts.length < level || !startsWith(p.parts, prefix)) continue;
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
  return { ok: true, ops: [...renumbering, insert], insert, newRow: beforeRow, stt, renumbering, select: `${firstFilled}${beforeRow}` };
}
