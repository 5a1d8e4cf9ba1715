import type { DeleteRowEdit, Edit, Fix, SetEdit, SourceCell } from './types';

export interface Combined {
  /** Sets first (rows as before any deletion), then row deletions bottom-up. */
  edits: Edit[];
  applied: Fix[];
  /**
   * The applied fixes' sources (each cell once): cells the batch does not write but was computed
   * from, which a writer checks before writing as it checks the edits' `seen`. Built on first
   * read (`phuluc fix` never reads them: the CLI checks and writes from one read).
   */
  sources: SourceCell[];
  /** Fixes left out because they would write a cell another fix writes differently, or a deleted row. */
  skipped: Fix[];
}

type CellKey = number | string;

/** A cell's key in the maps below: a number for every cell of a sheet (columns stop at XFD), else text. */
const cellKey = (row: number, col: number): CellKey =>
  Number.isSafeInteger(row) && Number.isInteger(col) && col >= 0 && col < 16384 ? row * 16384 + col : `${row}:${col}`;

/** The writes taken so far: one per cell (the first), and how many cells each row has written. */
class Writes {
  readonly sets = new Map<CellKey, SetEdit>();
  // Counted from the first deletion on: most batches delete nothing, and a renumbering writes
  // tens of thousands of rows.
  private perRow: Map<number, number> | undefined;

  add(e: SetEdit, key: CellKey): void {
    this.sets.set(key, e);
    if (this.perRow) this.perRow.set(e.row, (this.perRow.get(e.row) ?? 0) + 1);
  }

  /** Cells written on a row. */
  onRow(row: number): number {
    if (!this.perRow) {
      this.perRow = new Map();
      for (const s of this.sets.values()) this.perRow.set(s.row, (this.perRow.get(s.row) ?? 0) + 1);
    }
    return this.perRow.get(row) ?? 0;
  }
}

/**
 * Merges several fixes into one batch. Fixes often share edits (every STT issue of a sheet carries
 * the same renumbering); identical writes are kept once, conflicting fixes are skipped whole: a
 * fix that writes a cell an earlier fix writes differently, writes into a row an earlier fix
 * deletes, or deletes a row an earlier fix writes into (unless it shares that very write).
 * Linear in the number of edits: writes are indexed by cell and counted by row.
 */
export function combineFixes(fixes: readonly Fix[]): Combined {
  const writes = new Writes();
  const deleted = new Map<number, DeleteRowEdit>();
  const applied: Fix[] = [];
  const skipped: Fix[] = [];
  for (const fix of fixes) {
    const edits = fix.edits;
    if (conflicts(edits, writes, deleted)) {
      skipped.push(fix);
      continue;
    }
    for (let i = 0; i < edits.length; i++) {
      const e = edits[i]!;
      if (e.kind === 'delete-row') {
        if (!deleted.has(e.row)) deleted.set(e.row, e);
        writes.onRow(e.row); // counts rows from now on
      } else {
        const key = cellKey(e.row, e.col);
        if (!writes.sets.has(key)) writes.add(e, key);
      }
    }
    applied.push(fix);
  }
  const edits: Edit[] = [...writes.sets.values()];
  for (const row of [...deleted.keys()].sort((a, b) => b - a)) edits.push(deleted.get(row)!);
  let sources: SourceCell[] | undefined;
  return {
    edits,
    applied,
    get sources(): SourceCell[] {
      return (sources ??= unionSources(applied));
    },
    set sources(value: SourceCell[]) {
      sources = value;
    },
    skipped,
  };
}

/** Whether a fix's edits conflict with the writes and deletions of the fixes taken before it. */
function conflicts(edits: readonly Edit[], writes: Writes, deleted: ReadonlyMap<number, DeleteRowEdit>): boolean {
  const sets = writes.sets;
  // Per row, the cells whose write taken so far is this fix's very edit (a shared write).
  let own: Map<number, Set<CellKey>> | undefined;
  for (let i = 0; i < edits.length; i++) {
    const e = edits[i]!;
    if (e.kind === 'set') {
      if (deleted.size > 0 && deleted.has(e.row)) return true;
      const prev = sets.get(cellKey(e.row, e.col));
      if (prev !== undefined && prev.value !== e.value) return true;
      continue;
    }
    if (sets.size === 0) continue;
    const written = writes.onRow(e.row);
    if (written === 0) continue;
    own ??= sharedWrites(edits, sets);
    // a cell of the row written by another fix's edit
    if ((own.get(e.row)?.size ?? 0) < written) return true;
  }
  return false;
}

/** The cells, by row, whose write taken so far is one of `edits` itself. */
function sharedWrites(edits: readonly Edit[], sets: ReadonlyMap<CellKey, SetEdit>): Map<number, Set<CellKey>> {
  const out = new Map<number, Set<CellKey>>();
  for (const e of edits) {
    if (e.kind !== 'set') continue;
    const key = cellKey(e.row, e.col);
    if (sets.get(key) !== e) continue;
    const cells = out.get(e.row);
    if (cells) cells.add(key);
    else out.set(e.row, new Set([key]));
  }
  return out;
}

/** The applied fixes' sources, each cell once (the first fix's). */
function unionSources(applied: readonly Fix[]): SourceCell[] {
  const sources = new Map<string, SourceCell>();
  for (const fix of applied) for (const s of fix.sources ?? []) if (!sources.has(s.address)) sources.set(s.address, s);
  return [...sources.values()];
}
