import type { DeleteRowEdit, Edit, Fix, SetEdit, SourceCell } from './types';

export interface Combined {
  /** Sets first (rows as before any deletion), then row deletions bottom-up. */
  edits: Edit[];
  applied: Fix[];
  /**
   * The applied fixes' sources (each cell once): cells the batch does not write but was computed
   * from, which a writer checks before writing as it checks the edits' `seen`.
   */
  sources: SourceCell[];
  /** Fixes left out because they would write a cell another fix writes differently, or a deleted row. */
  skipped: Fix[];
}

/**
 * Merges several fixes into one batch. Fixes often share edits (every STT issue of a sheet carries
 * the same renumbering); identical writes are kept once, conflicting fixes are skipped whole: a
 * fix that writes a cell an earlier fix writes differently, writes into a row an earlier fix
 * deletes, or deletes a row an earlier fix writes into (unless it shares that very write).
 * Linear in the number of edits: writes are indexed by address and by row.
 */
export function combineFixes(fixes: Fix[]): Combined {
  const sets = new Map<string, SetEdit>();
  const setsByRow = new Map<number, SetEdit[]>();
  const deleted = new Map<number, DeleteRowEdit>();
  const applied: Fix[] = [];
  const skipped: Fix[] = [];
  for (const fix of fixes) {
    const edits = fix.edits;
    let own: Set<Edit> | undefined;
    const conflict = edits.some((e) => {
      if (e.kind === 'set') {
        if (deleted.has(e.row)) return true;
        const prev = sets.get(e.address);
        return prev !== undefined && prev.value !== e.value;
      }
      const onRow = setsByRow.get(e.row);
      if (!onRow) return false;
      own ??= new Set(edits);
      return onRow.some((s) => !own!.has(s));
    });
    if (conflict) {
      skipped.push(fix);
      continue;
    }
    for (const e of edits) {
      if (e.kind === 'delete-row') {
        if (!deleted.has(e.row)) deleted.set(e.row, e);
      } else if (!sets.has(e.address)) {
        sets.set(e.address, e);
        const onRow = setsByRow.get(e.row);
        if (onRow) onRow.push(e);
        else setsByRow.set(e.row, [e]);
      }
    }
    applied.push(fix);
  }
  const sources = new Map<string, SourceCell>();
  for (const fix of applied) for (const s of fix.sources ?? []) if (!sources.has(s.address)) sources.set(s.address, s);
  const edits: Edit[] = [...sets.values()];
  for (const row of [...deleted.keys()].sort((a, b) => b - a)) edits.push(deleted.get(row)!);
  return { edits, applied, sources: [...sources.values()], skipped };
}
