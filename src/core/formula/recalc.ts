/**
 * Recalculation of a Grid in memory, as Excel recalculates after a write: the formula cells that
 * depend (directly or through other formulas) on the changed cells get new values. Formulas we
 * cannot evaluate (evaluate.ts) keep Excel's cached value, and so do formulas that read them.
 */
import { dateToSerial } from '../grid/date';
import type { Cell, Grid } from '../grid';
import { evaluateFormula, LookupAbort, NOT_COMPUTABLE, type CellLookup, type FormulaValue, type SheetLookup } from './evaluate';
import { formulaRefs, type RefRange } from './refs';

interface FormulaCell {
  r: number;
  c: number;
  cell: Cell;
  /** Same-sheet ranges it reads; null when it reads something we cannot follow. */
  refs: RefRange[] | null;
}

const key = (r: number, c: number) => r * 16384 + c;

function inside(ref: RefRange, r: number, c: number): boolean {
  return r >= ref.top && r <= ref.bottom && c >= ref.left && c <= ref.right;
}

/**
 * The grid with the formulas that depend on `changed` cells (0-based [row, col]) recomputed;
 * every formula when `changed` is omitted (a file saved without computed values). Rows that hold
 * no recomputed cell are shared with the input. `others`: the workbook's other sheets, so that
 * sheet-qualified references ('Phụ lục'!B7:B13) are computed from them (their cells as they are,
 * computed values of their formulas); without them such formulas keep their cached value.
 * Dependencies are followed on the grid's own sheet only. Never throws.
 */
export function recalculate(grid: Grid, changed?: Iterable<readonly [number, number]>, others: readonly Grid[] = []): Grid {
  const formulas: FormulaCell[] = [];
  grid.rows.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (cell?.formula !== undefined) formulas.push({ r, c, cell, refs: formulaRefs(cell.formula, grid.name) });
    }),
  );
  if (formulas.length === 0) return grid;

  let dirty: FormulaCell[];
  if (changed === undefined) dirty = formulas;
  else {
    const cells: [number, number][] = [...changed].map(([r, c]) => [r, c]);
    const marked = new Set<FormulaCell>();
    let grew = true;
    while (grew) {
      grew = false;
      for (const f of formulas) {
        if (marked.has(f) || !f.refs) continue;
        if (cells.some(([r, c]) => f.refs!.some((ref) => inside(ref, r, c)))) {
          marked.add(f);
          cells.push([f.r, f.c]);
          grew = true;
        }
      }
    }
    dirty = formulas.filter((f) => marked.has(f));
  }
  if (dirty.length === 0) return grid;

  const byKey = new Map(dirty.map((f) => [key(f.r, f.c), f]));
  const results = new Map<FormulaCell, FormulaValue | undefined>();
  const visiting = new Set<FormulaCell>();
  const date1904 = grid.date1904 === true;
  const sheets = otherSheets(grid, others);

  const valueOf = (r: number, c: number): FormulaValue => {
    const f = byKey.get(key(r, c));
    if (f) {
      const v = compute(f);
      if (v !== undefined) return v;
    }
    const cell = grid.rows[r]?.[c];
    if (!cell) return null;
    if (cell.error) return { error: cell.error };
    const v = cell.value;
    return v instanceof Date ? dateToSerial(v, date1904) : v;
  };
  /** The new value, or undefined to keep the cached one (unsupported, or a circular reference). */
  function compute(f: FormulaCell): FormulaValue | undefined {
    if (results.has(f)) return results.get(f);
    if (visiting.has(f)) throw new Circular();
    visiting.add(f);
    let out: FormulaValue | undefined;
    try {
      const res = evaluateFormula(f.cell.formula!, valueOf, grid.name, grid.date1904 === true, sheets);
      out = 'value' in res ? res.value : undefined;
    } catch (e) {
      // Every formula on a circular path (and every one reading it) keeps its cached value.
      visiting.delete(f);
      results.set(f, undefined);
      throw e;
    }
    visiting.delete(f);
    results.set(f, out);
    return out;
  }

  const rows = grid.rows.slice();
  for (const f of dirty) {
    let v: FormulaValue | undefined;
    try {
      v = compute(f);
    } catch {
      v = undefined;
    }
    if (v === undefined) continue;
    const cell: Cell = { ...f.cell };
    delete cell.text;
    delete cell.error;
    if (v !== null && typeof v === 'object') {
      cell.value = null;
      cell.error = v.error;
    } else cell.value = v;
    const row = (rows[f.r] ?? []).slice();
    row[f.c] = cell;
    rows[f.r] = row;
  }
  return { ...grid, rows };
}

class Circular extends LookupAbort {}

/** The other grids as a SheetLookup: a cell's value as stored (dates as serials); a cell without a computed value stops the formula. */
function otherSheets(grid: Grid, others: readonly Grid[]): SheetLookup | undefined {
  if (others.length === 0) return undefined;
  const byName = new Map<string, Grid>();
  for (const g of others) if (g !== grid && g.name.toLowerCase() !== grid.name.toLowerCase()) byName.set(g.name.toLowerCase(), g);
  return (name) => {
    const g = byName.get(name.toLowerCase());
    if (!g) return undefined;
    const date1904 = g.date1904 === true;
    const read: CellLookup = (r, c) => {
      const cell = g.rows[r]?.[c];
      if (!cell) return null;
      if (cell.uncomputed) throw NOT_COMPUTABLE;
      if (cell.error !== undefined) return { error: cell.error };
      const v = cell.value;
      return v instanceof Date ? dateToSerial(v, date1904) : v;
    };
    return read;
  };
}
