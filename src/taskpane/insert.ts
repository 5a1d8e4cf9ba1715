/**
 * Inserting a standard task: where the row goes, what each column receives, and its STT.
 * The numbering itself comes from the engine's renumber(), run on the grid as it will be.
 */
import type { Edit } from '../core/fix';
import { columnIndex, gridWidth, type Cell, type Grid } from '../core/grid';
import type { TaskRole } from '../core/issues';
import type { RowKind, SheetReport } from '../core/report';
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

function topNumber(stt: string | undefined): number | null {
  const m = /^\s*(\d+)/.exec(stt ?? '');
  return m ? Number(m[1]) : null;
}

/** A first guess at the new STT: one more than the task above in the section (or the table). */
export function guessStt(report: SheetReport, section: SectionInfo | undefined, beforeRow: number): number {
  const tasks = report.rows.filter((r) => r.kind === 'task' && r.row < beforeRow);
  const inSection = section ? tasks.filter((r) => r.row > section.row) : tasks;
  const prev = inSection[inSection.length - 1];
  const n = topNumber(prev?.stt);
  if (n !== null) return n + 1;
  // An empty section: numbering restarts unless a later section's first task is numbered above 1.
  const running = sectionsOf(report)
    .slice(1)
    .some((s) => {
      const first = report.rows.find((r) => r.kind === 'task' && r.row > s.row && r.row <= s.lastRow);
      return (topNumber(first?.stt) ?? 1) > 1;
    });
  if (running) return (topNumber(tasks[tasks.length - 1]?.stt) ?? 0) + 1;
  return 1;
}

/** The grid with one row inserted before 0-based `at` (merges below shift down). */
export function insertRowInGrid(grid: Grid, at: number, values: readonly (string | number | null)[]): Grid {
  const rows = [...grid.rows];
  while (rows.length < at) rows.push(undefined);
  const cells: (Cell | undefined)[] = values.map((v) => (v === null ? undefined : { value: v }));
  rows.splice(at, 0, cells);
  const merges = grid.merges.map((m) =>
    m.top >= at ? { ...m, top: m.top + 1, bottom: m.bottom + 1 } : m.bottom >= at ? { ...m, bottom: m.bottom + 1 } : m,
  );
  const hiddenRows = grid.hiddenRows?.map((r) => (r >= at ? r + 1 : r));
  return { ...grid, rows, merges, ...(hiddenRows ? { hiddenRows } : {}) };
}

export type InsertTarget = { kind: 'section-end'; section: SectionInfo } | { kind: 'below-row'; row: number };

export interface InsertPlan {
  insert: RowInsert;
  /** 1-based row the new task lands on. */
  newRow: number;
  section: SectionInfo | undefined;
  /**
   * The section's renumbering (and what follows it), in row numbers as they are after the insert:
   * written in the same batch, after the RowInsert (ops run in order).
   */
  renumbering: Edit[];
}

/**
 * Plans the insertion of a filled template: the row, its values in the sheet's columns, a format
 * source (a neighbouring task row) and the STT the engine's renumbering gives it.
 */
export function planInsert(
  grid: Grid,
  report: SheetReport,
  task: FilledTask,
  target: InsertTarget,
  renumber: (g: Grid) => Edit[],
): InsertPlan {
  const sections = sectionsOf(report);
  const beforeRow = target.kind === 'section-end' ? target.section.lastRow + 1 : target.row + 1;
  const section = target.kind === 'section-end' ? target.section : sectionOfRow(sections, target.row);
  const guess = guessStt(report, section, beforeRow);
  const width = gridWidth(grid);
  let stt: string | number = guess;
  let renumbering: Edit[] = [];
  const sttLetter = report.columns.stt;
  const fromRow = section?.row ?? beforeRow;
  if (sttLetter) {
    const sttCol = columnIndex(sttLetter);
    try {
      const simulated = insertRowInGrid(grid, beforeRow - 1, rowValues(report, task, width, guess));
      const edits = renumberAfter(renumber(simulated), fromRow);
      const own = edits.find((e) => e.kind === 'set' && e.row === beforeRow && e.col === sttCol);
      if (own && own.kind === 'set' && own.value !== null && own.value !== '') stt = own.value;
      renumbering = edits.filter((e) => e !== own);
    } catch {
      // The guess stands; the check after the insert shows any numbering left to fix.
    }
  }
  if (typeof stt === 'string' && /^\d+$/.test(stt)) stt = Number(stt);
  const tasksAbove = report.rows.filter((r) => r.kind === 'task' && r.row < beforeRow);
  const neighbour =
    tasksAbove.filter((r) => !section || r.row > section.row).pop() ??
    tasksAbove[tasksAbove.length - 1] ??
    report.rows.find((r) => r.kind === 'task');
  const insert: RowInsert = {
    kind: 'insert-rows',
    beforeRow,
    values: [rowValues(report, task, width, sttLetter ? stt : null)],
  };
  // Rows as they are before the insert (the adapter shifts a source row below the insert point).
  if (neighbour) insert.formatLikeRow = neighbour.row;
  return { insert, newRow: beforeRow, section, renumbering };
}

/** Renumbering edits that concern the inserted row's section and what follows (earlier sections stay). */
export function renumberAfter(edits: readonly Edit[], fromRow: number): Edit[] {
  return edits.filter((e) => e.kind === 'set' && e.row >= fromRow);
}
