import type { Edit, SourceCell } from '../fix';
import { setEdit, sourceCell } from '../fix/seen';
import { a1 } from '../grid';
import type { Issue } from '../issues';
import { makeIssue } from '../issues';
import type { TaskRow } from '../table/classify';
import { intToRoman, romanToInt } from '../table/numerals';
import type { SheetView } from '../table/sheet';
import type { TaskTable } from '../table/types';

/**
 * STT numbering: within each section (1, 2, 3 under I, then 1, 2 under II) or through the whole
 * table (1 … 27), whichever the sheet uses; sub-tasks 3.1, 3.2 under group 3; Roman section
 * numerals; Arabic sections (1. CẢI CÁCH THỂ CHẾ) whose tasks are numbered 1.1, 1.2 … under them.
 */
export type NumberingMode = 'restart' | 'through';

export interface NumberingResult {
  mode: NumberingMode;
  issues: Issue[];
  /** Row (0-based) → the STT or numeral it should have, for every numbered row that differs (when collected). */
  expected: Map<number, string>;
  /** How many numbered rows differ from what renumbering would write. */
  differing: number;
}

/** A numbered task or group, or a task with no number at all. Unnumbered headings (groups) are not counted. */
function isTopLevel(row: TaskRow): boolean {
  if (row.kind === 'group') return row.sttParts?.length === 1;
  return row.kind === 'task' && (row.sttParts === undefined ? row.stt === undefined : row.sttParts.length === 1);
}

function detectMode(rows: TaskRow[]): NumberingMode {
  const firsts: { section: number; first: number; last: number }[] = [];
  let current: { section: number; first: number; last: number } | undefined;
  for (const row of rows) {
    if (!isTopLevel(row) || !row.sttParts) continue;
    const n = row.sttParts[0]!;
    const s = row.section ?? -1;
    if (!current || current.section !== s) {
      current = { section: s, first: n, last: n };
      firsts.push(current);
    } else current.last = n;
  }
  let restart = 0;
  let through = 0;
  for (let i = 1; i < firsts.length; i++) {
    if (firsts[i]!.first === 1) restart++;
    else if (firsts[i]!.first > 1 && firsts[i]!.first >= firsts[i - 1]!.last) through++;
  }
  return through > restart ? 'through' : 'restart';
}

/** `collect` false skips building the expected map (checking needs only the count; fixes build it when used). */
export function checkNumbering(view: SheetView, table: TaskTable, rows: TaskRow[], collect = true): NumberingResult {
  const sheet = view.grid.name;
  const sttCol = table.columns.stt ?? 0;
  const mode = detectMode(rows);
  // No STT column: nothing is numbered, so nothing can be out of order.
  if (table.columns.stt === undefined) return { mode, issues: [], expected: new Map(), differing: 0 };
  const issues: Issue[] = [];
  const expected = new Map<number, string>();
  let differing = 0;
  const where = (r: number) => ({ sheet, row: r + 1, column: 'stt' as const, cell: a1(r, sttCol) });

  let prev = 0; // the last top-level number seen (as written)
  let counter = 0; // what renumbering would write
  let section: number | undefined;
  let seen = new Map<number, number>(); // number → first row
  let group: { written: number; renumbered: number; prevSub: number; subCounter: number } | undefined;
  let prevNumeral = 0;
  let numeralCounter = 0;
  // Arabic headings (1 | TITLE) count on their own: under Roman sections they may restart at 1.
  let prevArabic = 0;
  let arabicCounter = 0;
  let arabicMayRestart = false;
  // Inside an Arabic section N, tasks numbered N.1, N.2 … count on their own.
  let arabicPrefix: number | undefined;
  let dotted = { section: -2 as number | undefined, prev: 0, counter: 0, seen: new Map<number, number>() };
  // A single mistyped number (5, 7, 7, 8 or 5, 5, 7, 8) is one fault, not two: when the number
  // after a wrong one continues as if it had been right, the count carries on from the right one.
  // A table that never uses activity rows (no objective column, one row without STT in all)
  // has lost that row's number, rather than gained an activity: 5, (blank), 7.
  const lone = loneUnnumberedRow(view, table, rows);
  // A third level (1.1.1, 1.1.2 …) under the last two-part number.
  let third: { parent: string; prev: number; seen: Map<number, number> } | undefined;
  let candidate: TaskRow | undefined;

  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (row.kind === 'section') {
      candidate = undefined;
      arabicPrefix = row.numbering === 'arabic' && row.numeral ? Number(row.numeral) : undefined;
      if (row.numbering === 'part') {
        prevNumeral = 0;
        numeralCounter = 0;
        arabicMayRestart = true;
      } else if (row.numbering === 'roman' && row.numeral) {
        const n = romanToInt(row.numeral)!;
        numeralCounter++;
        arabicMayRestart = true;
        if (n !== prevNumeral + 1) {
          issues.push(
            makeIssue('section.numbering', { ...where(row.r) }, { expected: intToRoman(prevNumeral + 1), found: row.numeral }, intToRoman(prevNumeral + 1)),
          );
        }
        if (n !== numeralCounter) {
          differing++;
          if (collect) expected.set(row.r, intToRoman(numeralCounter));
        }
        prevNumeral = n !== prevNumeral + 1 && nextSectionValue(rows, i) === prevNumeral + 2 ? prevNumeral + 1 : n;
      } else if (row.numbering === 'arabic' && row.numeral) {
        const n = Number(row.numeral);
        const wrong = n !== prevArabic + 1 && !(arabicMayRestart && n === 1);
        if (wrong) {
          issues.push(makeIssue('section.numbering', where(row.r), { expected: String(prevArabic + 1), found: row.numeral }, prevArabic + 1));
        }
        // One mistyped section number is one fault: the next section, or this section's own tasks
        // (3.1, 3.2 under a "5"), say which number it should have had; the count goes on from that.
        const typo = wrong && (nextSectionValue(rows, i) === prevArabic + 2 || firstDottedPrefix(rows, i) === prevArabic + 1);
        if (typo) arabicPrefix = prevArabic + 1;
        // Renumbering restarts where the sheet does (at 1 under a new Roman or lettered section).
        arabicCounter = arabicMayRestart && n === 1 ? 1 : arabicCounter + 1;
        if (n !== arabicCounter) {
          differing++;
          if (collect) expected.set(row.r, String(arabicCounter));
        }
        prevArabic = typo ? prevArabic + 1 : n;
        arabicMayRestart = false;
      } else if (row.numbering === 'content' && row.numeral) {
        const n = Number(/\d+$/.exec(row.numeral)?.[0] ?? NaN);
        numeralCounter++;
        if (Number.isFinite(n) && n !== prevNumeral + 1) {
          const exp = row.numeral.replace(/\d+$/, String(prevNumeral + 1));
          const col = row.titleCol ?? sttCol;
          issues.push(makeIssue('section.numbering', { sheet, row: row.r + 1, column: 'stt', cell: a1(row.r, col) }, { expected: exp, found: row.numeral }, exp));
        }
        if (Number.isFinite(n)) prevNumeral = n !== prevNumeral + 1 && nextSectionValue(rows, i) === prevNumeral + 2 ? prevNumeral + 1 : n;
      }
      continue;
    }
    if (row.kind === 'fragment' || row.kind === 'repeated-header' || row.kind === 'blank' || row.kind === 'after') continue;
    if (row === lone) candidate = row;

    if (row.kind === 'task' && row.sttParts?.length === 3) {
      // 1.1.1, 1.1.2, 1.1.4 under 1.1: a third level counts on its own under its parent
      const [a, b, k] = row.sttParts as [number, number, number];
      if (!third || third.parent !== `${a}.${b}`) third = { parent: `${a}.${b}`, prev: 0, seen: new Map() };
      if (k !== third.prev + 1) {
        const exp = `${third.parent}.${third.prev + 1}`;
        const first = third.seen.get(k);
        if (first !== undefined || k === third.prev) {
          issues.push(makeIssue('stt.duplicate', where(row.r), { stt: row.stt ?? '', firstRow: (first ?? row.r) + 1 }, exp));
        } else {
          issues.push(makeIssue('stt.gap', where(row.r), { expected: exp, found: row.stt ?? '' }, exp));
        }
      }
      if (!third.seen.has(k)) third.seen.set(k, row.r);
      third.prev = k;
      continue;
    }
    if (row.sttParts?.length === 2) third = undefined;

    if (arabicPrefix !== undefined && row.kind === 'task' && row.sttParts?.length === 2) {
      // 2.1, 2.2, 2.3, 2.5 under "2. CẢI CÁCH THỦ TỤC HÀNH CHÍNH": a gap at 2.5
      if (row.section !== dotted.section) dotted = { section: row.section, prev: 0, counter: 0, seen: new Map() };
      dotted.counter++;
      const [p, k] = row.sttParts as [number, number];
      const exp = `${arabicPrefix}.${dotted.prev + 1}`;
      if (p !== arabicPrefix) {
        issues.push(makeIssue('stt.gap', where(row.r), { expected: exp, found: row.stt ?? '' }, exp));
      } else if (k !== dotted.prev + 1) {
        const first = dotted.seen.get(k);
        if (first !== undefined || k === dotted.prev) {
          issues.push(makeIssue('stt.duplicate', where(row.r), { stt: row.stt ?? '', firstRow: (first ?? row.r) + 1 }, exp));
        } else {
          issues.push(makeIssue('stt.gap', where(row.r), { expected: exp, found: row.stt ?? '' }, exp));
        }
      }
      const typo = (p !== arabicPrefix || k !== dotted.prev + 1) && nextDotted(rows, i) === dotted.prev + 2;
      if (p === arabicPrefix && !typo && !dotted.seen.has(k)) dotted.seen.set(k, row.r);
      const want = `${arabicPrefix}.${dotted.counter}`;
      if (row.sttParts.join('.') !== want) {
        differing++;
        if (collect) expected.set(row.r, want);
      }
      dotted.prev = typo || p !== arabicPrefix ? dotted.prev + 1 : k;
      continue;
    }

    if (isTopLevel(row)) {
      if (row.section !== section) {
        section = row.section;
        group = undefined;
        if (mode === 'restart') {
          prev = 0;
          counter = 0;
          seen = new Map();
        }
      }
      counter++;
      group = undefined;
      if (!row.sttParts) {
        // No number at all on a row that starts a task.
        issues.push(makeIssue('stt.missing', where(row.r), { expected: String(prev + 1) }, prev + 1));
        differing++;
        if (collect) expected.set(row.r, String(counter));
        prev = prev + 1;
        continue;
      }
      const n = row.sttParts[0]!;
      if (candidate && n === prev + 2) {
        // The one unnumbered row before this one is the missing number.
        issues.push(makeIssue('stt.missing', where(candidate.r), { expected: String(prev + 1) }, prev + 1));
        differing++;
        if (collect) expected.set(candidate.r, String(counter));
        counter++;
        prev++;
      }
      candidate = undefined;
      if (n !== prev + 1) {
        const first = seen.get(n);
        if (first !== undefined || n === prev) {
          issues.push(makeIssue('stt.duplicate', where(row.r), { stt: String(n), firstRow: (first ?? row.r) + 1 }, prev + 1));
        } else {
          issues.push(makeIssue('stt.gap', where(row.r), { expected: String(prev + 1), found: String(n) }, prev + 1));
        }
      }
      const typo = n !== prev + 1 && nextTopNumber(rows, i, mode) === prev + 2;
      if (!typo && !seen.has(n)) seen.set(n, row.r);
      if (n !== counter) {
        differing++;
        if (collect) expected.set(row.r, String(counter));
      }
      prev = typo ? prev + 1 : n;
      if (row.kind === 'group') group = { written: n, renumbered: counter, prevSub: 0, subCounter: 0 };
      continue;
    }
    if (row.kind === 'task' && row.sttParts && row.sttParts.length === 2 && group && row.sttParts[0] === group.written) {
      const k = row.sttParts[1]!;
      group.subCounter++;
      if (k !== group.prevSub + 1) {
        const exp = `${group.written}.${group.prevSub + 1}`;
        const code = k <= group.prevSub ? 'stt.duplicate' : 'stt.gap';
        issues.push(
          code === 'stt.duplicate'
            ? makeIssue('stt.duplicate', where(row.r), { stt: row.stt ?? '', firstRow: row.r + 1 }, exp)
            : makeIssue('stt.gap', where(row.r), { expected: exp, found: row.stt ?? '' }, exp),
        );
      }
      const renumbered = `${group.renumbered}.${group.subCounter}`;
      if (row.sttParts.join('.') !== renumbered) {
        differing++;
        if (collect) expected.set(row.r, renumbered);
      }
      group.prevSub = k;
    }
  }
  return { mode, issues, expected, differing };
}

/**
 * The number of the next numbered top-level row in the same count as rows[i] (its section, or the
 * whole table when numbering runs through). Looked up only at a fault, so it costs nothing per row.
 */
function nextTopNumber(rows: TaskRow[], i: number, mode: NumberingMode): number | undefined {
  for (let j = i + 1; j < rows.length; j++) {
    const row = rows[j]!;
    if (row.kind === 'section' && mode === 'restart') return undefined;
    if (isTopLevel(row)) return row.sttParts?.[0];
  }
  return undefined;
}

/** The last part of the next dotted task (N.k) in rows[i]'s section, for telling a typo from a gap. */
function nextDotted(rows: TaskRow[], i: number): number | undefined {
  for (let j = i + 1; j < rows.length; j++) {
    const row = rows[j]!;
    if (row.kind === 'section') return undefined;
    if (row.kind === 'task' && row.sttParts?.length === 2) return row.sttParts[1];
  }
  return undefined;
}

/** The first number of the first dotted task (N.k) under the section at rows[i]. */
function firstDottedPrefix(rows: TaskRow[], i: number): number | undefined {
  for (let j = i + 1; j < rows.length; j++) {
    const row = rows[j]!;
    if (row.kind === 'section') return undefined;
    if (row.kind === 'task' && row.sttParts?.length === 2) return row.sttParts[0];
  }
  return undefined;
}

/** The value of the next section numbered the same way as rows[i] (before a lettered part resets them). */
function nextSectionValue(rows: TaskRow[], i: number): number | undefined {
  const numbering = rows[i]!.numbering;
  for (let j = i + 1; j < rows.length; j++) {
    const row = rows[j]!;
    if (row.kind !== 'section') continue;
    if (row.numbering === 'part') return undefined;
    if (row.numbering === numbering) return sectionValue(row);
  }
  return undefined;
}

function sectionValue(row: TaskRow): number | undefined {
  if (!row.numeral) return undefined;
  if (row.numbering === 'roman') return romanToInt(row.numeral) ?? undefined;
  const n = Number(/\d+$/.exec(row.numeral)?.[0] ?? NaN);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * The one row without STT in a table that otherwise numbers every row (and has no objective
 * column to tell a new task from an activity), when that row is complete: its own task text,
 * lead and deadline. Such a row lost its number.
 */
function loneUnnumberedRow(view: SheetView, table: TaskTable, rows: TaskRow[]): TaskRow | undefined {
  const cols = table.columns;
  if (cols.objective !== undefined || cols.lead === undefined || cols.deadline === undefined) return undefined;
  let found: TaskRow | undefined;
  for (const row of rows) {
    if (row.kind !== 'continuation' || row.stt !== undefined) continue;
    if (found) return undefined;
    found = row;
  }
  if (!found) return undefined;
  const what = cols.task ?? cols.activity;
  const own = (c: number | undefined) => c !== undefined && view.text(found!.r, c) !== '';
  return own(what) && own(cols.lead) && own(cols.deadline) ? found : undefined;
}

/**
 * The cells a renumbering is computed from, as the check saw them: every row's STT cell (and a
 * content section's title cell). A renumbering writes only the cells that differ, so a number
 * typed since the check in a cell it does not write would otherwise go unnoticed.
 */
export function renumberSources(view: SheetView, table: TaskTable, rows: TaskRow[]): SourceCell[] {
  const sttCol = table.columns.stt ?? 0;
  const out: SourceCell[] = [];
  for (const row of rows) {
    if (row.kind === 'after') continue;
    out.push(sourceCell(view.grid, row.r, sttCol));
    if (row.kind === 'section' && row.numbering === 'content' && row.titleCol !== undefined && row.titleCol !== sttCol) {
      out.push(sourceCell(view.grid, row.r, row.titleCol));
    }
  }
  return out;
}

/** The edits that write the expected numbers, keeping each cell's kind (number or text). */
export function renumberEdits(view: SheetView, table: TaskTable, rows: TaskRow[], expected: Map<number, string>): Edit[] {
  const sttCol = table.columns.stt ?? 0;
  const edits: Edit[] = [];
  for (const row of rows) {
    const want = expected.get(row.r);
    if (want === undefined) continue;
    const col = row.kind === 'section' && row.numbering === 'content' ? (row.titleCol ?? sttCol) : sttCol;
    const cell = view.cell(row.r, col);
    let value: string | number = want;
    if (row.kind === 'section' && row.numbering === 'arabic') {
      const old = view.text(row.r, col);
      value = typeof cell?.value === 'number' ? Number(want) : old.replace(/\d+/, want);
    } else if (row.kind === 'section') {
      const old = view.text(row.r, col);
      value = row.numbering === 'content' ? old.replace(/\d+/, want.replace(/^\D+/, '')) : old.replace(/[IVX]+/, want);
    } else if (typeof cell?.value === 'number' && /^\d+$/.test(want)) {
      value = Number(want);
    } else if (typeof cell?.value === 'string' && /[.)]\s*$/.test(cell.value)) {
      value = want + cell.value.trim().slice(-1);
    }
    edits.push(setEdit(view.grid, row.r, col, value));
  }
  return edits;
}
