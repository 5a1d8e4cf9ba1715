import { isFontOnly, type DeleteRowEdit, type Edit, type Fix, type SetEdit, type SourceCell } from './types';

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

/**
 * The writes taken so far: one per cell (the first, or a write that took a font-only one's
 * place), how many cells each row has written other than font-only (a deletion of the row
 * covers those), and where the font-only writes are (few: cells left in a legacy font).
 */
class Writes {
  readonly sets = new Map<CellKey, SetEdit>();
  private readonly fontOnly = new Map<number, CellKey[]>();
  // Counted from the first deletion on: most batches delete nothing, and a renumbering writes
  // tens of thousands of rows.
  private perRow: Map<number, number> | undefined;

  add(e: SetEdit, key: CellKey): void {
    this.sets.set(key, e);
    if (isFontOnly(e)) {
      const keys = this.fontOnly.get(e.row);
      if (keys) keys.push(key);
      else this.fontOnly.set(e.row, [key]);
    } else this.count(e.row);
  }

  /** A write that covers the font-only write of its cell takes its place (and its position). */
  replace(e: SetEdit, key: CellKey): void {
    this.sets.set(key, e);
    this.count(e.row);
  }

  /** Drops the font-only writes of a deleted row (the row goes with its text). */
  dropFontOnly(row: number): void {
    const keys = this.fontOnly.get(row);
    if (!keys) return;
    for (const k of keys) {
      const s = this.sets.get(k);
      if (s && isFontOnly(s)) this.sets.delete(k);
    }
    this.fontOnly.delete(row);
  }

  /** Cells written on a row, font-only writes apart. */
  onRow(row: number): number {
    if (!this.perRow) {
      this.perRow = new Map();
      for (const s of this.sets.values()) if (!isFontOnly(s)) this.perRow.set(s.row, (this.perRow.get(s.row) ?? 0) + 1);
    }
    return this.perRow.get(row) ?? 0;
  }

  private count(row: number): void {
    if (this.perRow) this.perRow.set(row, (this.perRow.get(row) ?? 0) + 1);
  }
}

/**
 * Merges several fixes into one batch. Fixes often share edits (every STT issue of a sheet carries
 * the same renumbering); identical writes are kept once, conflicting fixes are skipped whole: a
 * fix that writes a cell an earlier fix writes differently, writes into a row an earlier fix
 * deletes, or deletes a row an earlier fix writes into (unless it shares that very write).
 * A font-only edit (`isFontOnly`: Unicode text given Times New Roman, its text written back)
 * gives way instead: to a write of the same cell that sets the same font, and to a deletion of
 * its row, whichever comes first; its fix is still applied, since the other write repairs it too.
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
        writes.dropFontOnly(e.row);
        writes.onRow(e.row); // counts rows from now on
      } else if (deleted.size > 0 && deleted.has(e.row)) {
        // A font-only write into a row an earlier fix deletes: nothing to write.
      } else {
        const key = cellKey(e.row, e.col);
        const prev = writes.sets.get(key);
        if (prev === undefined) writes.add(e, key);
        // The same write again, or a font-only write the earlier one covers; or this write
        // covers an earlier font-only one: it takes its place.
        else if (isFontOnly(prev) && !isFontOnly(e) && prev.font === e.font) writes.replace(e, key);
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
  // Per row, the cells (font-only apart) whose write taken so far is this fix's very edit.
  let own: Map<number, number> | undefined;
  for (let i = 0; i < edits.length; i++) {
    const e = edits[i]!;
    if (e.kind === 'set') {
      if (deleted.size > 0 && deleted.has(e.row)) {
        if (isFontOnly(e)) continue;
        return true;
      }
      const prev = sets.get(cellKey(e.row, e.col));
      if (prev === undefined || prev.value === e.value) continue;
      // a font-only write gives way to, or is covered by, a write of the same font
      if (prev.font === e.font && (isFontOnly(e) || isFontOnly(prev))) continue;
      return true;
    }
    if (sets.size === 0) continue;
    const written = writes.onRow(e.row);
    if (written === 0) continue;
    own ??= sharedWrites(edits, sets);
    // a cell of the row written by another fix's edit
    if ((own.get(e.row) ?? 0) < written) return true;
  }
  return false;
}

/** How many cells of each row (font-only writes apart) have as their write one of `edits` itself. */
function sharedWrites(edits: readonly Edit[], sets: ReadonlyMap<CellKey, SetEdit>): Map<number, number> {
  const out = new Map<number, number>();
  const seen = new Set<CellKey>();
  for (const e of edits) {
    if (e.kind !== 'set' || isFontOnly(e)) continue;
    const key = cellKey(e.row, e.col);
    if (sets.get(key) !== e || seen.has(key)) continue;
    seen.add(key);
    out.set(e.row, (out.get(e.row) ?? 0) + 1);
  }
  return out;
}

/** The applied fixes' sources, each cell once (the first fix's). */
function unionSources(applied: readonly Fix[]): SourceCell[] {
  const sources = new Map<string, SourceCell>();
  for (const fix of applied) for (const s of fix.sources ?? []) if (!sources.has(s.address)) sources.set(s.address, s);
  return [...sources.values()];
}
