/**
 * Where the cells a refused write depends on are now, when rows were inserted or deleted by hand
 * since the check. Excel tells an add-in no row's identity: what it does tell is the sheet's last
 * row holding a value (the used range) and what each cell holds. So the rule is:
 *
 * - `shift` = the sheet's last row now minus at the check (rows inserted > 0, deleted < 0);
 * - each row of checked cells votes: a non-empty cell that holds what the check saw where it
 *   was, and not `shift` rows away, says "in place"; one that holds it only `shift` rows away
 *   says "moved" (a cell that holds it both ways, or neither, says nothing: an empty cell, a
 *   unit written on every line, a cell typed over);
 * - the rows went in (or out) between the last row in place above the first row that moved and
 *   that row. Every cell from the first moved row down is named `shift` rows away (moved, or
 *   moved and typed over); every cell above the last row in place where it was (typed over); a
 *   cell between the two is moved when it holds what was seen `shift` rows away, else (in the
 *   rows deleted, or typed over next to the rows inserted) its place cannot be told and it is
 *   named where the check saw it.
 *
 * With no row found moved, every differing cell is named where the check saw it; when the last
 * row moved nonetheless (`lastRowMoved`), it may be elsewhere now, and the verdict says so. The
 * same rule serves the Office adapter and the web checker's memory workbook, so both name the
 * same cells, in the same order: typed over, then unplaced, then moved (non-empty cells first).
 */
import type { SeenCell } from './types';

/** A cell a write depends on, as the check saw it (1-based row, 0-based column). */
export interface CheckedCell {
  row: number;
  col: number;
  seen: SeenCell;
}

/** A checked cell that no longer holds what the check saw where it was. */
export interface StaleCell<T extends CheckedCell = CheckedCell> {
  cell: T;
  /** Its row now (1-based): where it is, or where the check saw it when `placed` is false. */
  rowNow: number;
  /** Holds what the check saw, only `shift` rows away (rows inserted or deleted above it). */
  moved: boolean;
  /** False when rows moved and this cell's place now cannot be told (`rowNow` is the check's row). */
  placed: boolean;
}

export interface StaleVerdict<T extends CheckedCell = CheckedCell> {
  /** Typed over first, then those that cannot be placed, then those that only moved (non-empty first). */
  stale: StaleCell<T>[];
  /** Rows inserted (> 0) or deleted (< 0) above some of the cells, when a row was found moved. */
  rowsMoved?: number;
  /**
   * The sheet's last row moved by this many while no checked row was found moved: the stale
   * cells are named where the check saw them (`placed` false), rows may have moved them.
   */
  lastRowMoved?: number;
}

function isEmptySeen(s: SeenCell): boolean {
  return s.formula === undefined && s.error === undefined && (s.value === null || s.value === '');
}

/**
 * The checked cells that differ, each placed where it is now (see the module comment).
 * `holds(cell, row)`: whether the sheet's cell at (`row`, `cell.col`) now holds `cell.seen`
 * (never called for rows below 1). `shift`: the sheet's last row holding a value now, minus the
 * same at the check. Cost: two `holds` calls per cell at most.
 */
export function locateStale<T extends CheckedCell>(cells: readonly T[], holds: (cell: T, row: number) => boolean, shift: number): StaleVerdict<T> {
  const here = cells.map((c) => holds(c, c.row));
  const differing = (placed: boolean): StaleCell<T>[] =>
    cells.flatMap((cell, i) => (here[i] ? [] : [{ cell, rowNow: cell.row, moved: false, placed }]));
  if (shift === 0 || here.every(Boolean)) return { stale: differing(true) };
  const there = cells.map((c) => c.row + shift >= 1 && holds(c, c.row + shift));
  // Each row's votes: in place, or moved.
  const votes = new Map<number, { here: number; there: number }>();
  cells.forEach((c, i) => {
    if (isEmptySeen(c.seen) || here[i] === there[i]) return;
    const v = votes.get(c.row) ?? { here: 0, there: 0 };
    if (here[i]) v.here++;
    else v.there++;
    votes.set(c.row, v);
  });
  let firstMoved = Infinity;
  for (const [row, v] of votes) if (v.there > v.here) firstMoved = Math.min(firstMoved, row);
  if (firstMoved === Infinity) {
    const stale = differing(false);
    return stale.length ? { stale, lastRowMoved: shift } : { stale };
  }
  let inPlace = 0;
  for (const [row, v] of votes) if (row < firstMoved && v.here > v.there) inPlace = Math.max(inPlace, row);

  const stale: StaleCell<T>[] = [];
  cells.forEach((cell, i) => {
    const to = cell.row + shift;
    if (cell.row >= firstMoved) {
      // Below the rows that went in or out: where it is now, moved (or moved and typed over).
      if (here[i] && there[i]) return; // the same either way: nothing to tell
      stale.push({ cell, rowNow: to >= 1 ? to : cell.row, moved: there[i] === true, placed: to >= 1 });
    } else if (here[i]) {
      return;
    } else if (cell.row <= inPlace) {
      stale.push({ cell, rowNow: cell.row, moved: false, placed: true });
    } else if (there[i]) {
      stale.push({ cell, rowNow: to, moved: true, placed: true });
    } else {
      stale.push({ cell, rowNow: cell.row, moved: false, placed: false });
    }
  });
  const rank = (s: StaleCell<T>) => (!s.moved ? (s.placed ? 0 : 1) : isEmptySeen(s.cell.seen) ? 3 : 2);
  stale.sort((a, b) => rank(a) - rank(b));
  return { stale, rowsMoved: shift };
}
