/**
 * Which formulas' cached results a fix makes stale. A formula is stale when a range it reads
 * holds a written cell, holds a deleted row (the range shrinks), or holds another stale
 * formula; formulas that read names or that cannot be analysed are taken as stale too. The
 * writer drops their cached values, so that Excel (asked to recalculate on open) and any other
 * reader (LibreOffice shows cached values as they are) compute them again instead of showing an
 * old total. References that only moved with their cells keep their value and are not stale.
 *
 * Linear in the formulas and the cells they read: cells are indexed by sheet and column, and
 * staleness spreads through a work list over the readers of each stale cell.
 */
import type { Grid } from '../core/grid/types';
import { referencesOf } from './formula-rewrite';
import type { Rect, RowDeletion } from './row-deletion';
import { rectOf } from './row-deletion';

/** Formula cells that must lose their cached value, by sheet name: "row:col" (row 1-based, col 0-based, before the fix). */
export type StaleCells = Map<string, Set<string>>;

interface FormulaCell {
  sheet: string;
  row: number;
  col: number;
  /** What it reads; undefined when it reads something unknown (a name, an unparsed formula). */
  reads?: Array<{ sheet: string; rect: Rect }>;
}

/** Rows (sorted) of some cells, by column: answers "which of these cells lie in a rectangle". */
class ColumnIndex<T> {
  private readonly cols = new Map<number, Array<{ row: number; item: T }>>();
  private sorted = true;

  add(row: number, col: number, item: T): void {
    let list = this.cols.get(col);
    if (!list) this.cols.set(col, (list = []));
    if (list.length > 0 && (list[list.length - 1] as { row: number }).row > row) this.sorted = false;
    list.push({ row, item });
  }

  *within(rect: Rect): Generator<T> {
    if (!this.sorted) {
      for (const l of this.cols.values()) l.sort((a, b) => a.row - b.row);
      this.sorted = true;
    }
    for (const [col, list] of this.cols) {
      if (col < rect.left || col > rect.right) continue;
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((list[mid] as { row: number }).row < rect.top) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < list.length && (list[i] as { row: number }).row <= rect.bottom; i++) yield (list[i] as { item: T }).item;
    }
  }

  any(rect: Rect): boolean {
    return !this.within(rect).next().done;
  }
}

const keyOf = (s: string) => s.normalize('NFC').toLocaleUpperCase('vi');

/**
 * The stale formula cells after writing `written` cells (by sheet) and deleting rows
 * (`deletionOf`), from the formulas of the grids (as the reader gives them: shared formulas
 * expanded). Call it only when the fix changes something.
 */
export function staleFormulas(
  grids: readonly Grid[],
  written: ReadonlyMap<string, ReadonlyArray<{ row: number; col: number }>>,
  deletionOf: (sheet: string) => RowDeletion | undefined,
): StaleCells {
  const formulas: FormulaCell[] = [];
  const bySheet = new Map<string, ColumnIndex<FormulaCell>>();
  for (const g of grids) {
    const index = new ColumnIndex<FormulaCell>();
    bySheet.set(keyOf(g.name), index);
    g.rows.forEach((cells, r) => {
      cells?.forEach((cell, c) => {
        if (cell?.formula === undefined) return;
        const f: FormulaCell = { sheet: g.name, row: r + 1, col: c };
        const refs = referencesOf(cell.formula);
        // Names and anything unparsed may read anything.
        if (refs && refs.every((op) => op.area !== undefined || op.book !== undefined || op.text.endsWith('#REF!') || op.text.includes('['))) {
          f.reads = refs.filter((op) => op.area && op.book === undefined).map((op) => ({ sheet: op.sheet ?? g.name, rect: rectOf(op.area!) }));
        }
        formulas.push(f);
        index.add(r + 1, c, f);
      });
    });
  }
  const stale: StaleCells = new Map();
  if (formulas.length === 0) return stale;
  const writtenIndex = new Map<string, ColumnIndex<true>>();
  for (const [sheet, cells] of written) {
    const index = new ColumnIndex<true>();
    for (const w of cells) index.add(w.row, w.col, true);
    writtenIndex.set(keyOf(sheet), index);
  }

  // Readers of each formula cell: edges from a cell to the formulas whose ranges hold it.
  const readers = new Map<FormulaCell, FormulaCell[]>();
  const queue: FormulaCell[] = [];
  const seen = new Set<FormulaCell>();
  const push = (f: FormulaCell) => {
    if (seen.has(f)) return;
    seen.add(f);
    queue.push(f);
  };
  for (const f of formulas) {
    if (!f.reads) {
      push(f);
      continue;
    }
    for (const x of f.reads) {
      const k = keyOf(x.sheet);
      const d = deletionOf(x.sheet);
      if (writtenIndex.get(k)?.any(x.rect) || (d && !d.empty && d.countAtMost(x.rect.bottom) > d.countBefore(x.rect.top))) push(f);
      for (const o of bySheet.get(k)?.within(x.rect) ?? []) {
        if (o === f) continue;
        let list = readers.get(o);
        if (!list) readers.set(o, (list = []));
        list.push(f);
      }
    }
  }
  while (queue.length > 0) {
    const f = queue.pop() as FormulaCell;
    let s = stale.get(f.sheet);
    if (!s) stale.set(f.sheet, (s = new Set()));
    s.add(`${f.row}:${f.col}`);
    for (const r of readers.get(f) ?? []) push(r);
  }
  return stale;
}
