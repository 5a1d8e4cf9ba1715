import { isFontOnly, type DeleteRowEdit, type Edit, type Fix, type SetEdit, type SourceCell } from './types';

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
 * A font-only edit (`isFontOnly`: Unicode text given Times New Roman, its text written back)
 * gives way instead: to a write of the same cell that sets the same font, and to a deletion of
 * its row, whichever comes first; its fix is still applied, since the other write repairs it too.
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
    // A font-only write this fix's own write or deletion covers (same font, or the row goes).
    const covered = (prev: SetEdit, e: Edit): boolean => isFontOnly(prev) && (e.kind === 'delete-row' || prev.font === e.font);
    const conflict = edits.some((e) => {
      if (e.kind === 'set') {
        if (deleted.has(e.row)) return !isFontOnly(e);
        const prev = sets.get(e.address);
        return prev !== undefined && prev.value !== e.value && !(isFontOnly(e) && prev.font === e.font) && !covered(prev, e);
      }
      const onRow = setsByRow.get(e.row);
      if (!onRow) return false;
      own ??= new Set(edits);
      return onRow.some((s) => !own!.has(s) && !covered(s, e));
    });
    if (conflict) {
      skipped.push(fix);
      continue;
    }
    for (const e of edits) {
      if (e.kind === 'delete-row') {
        if (!deleted.has(e.row)) deleted.set(e.row, e);
        // Font-only writes into the deleted row are dropped (the row goes with its text).
        const onRow = setsByRow.get(e.row);
        if (onRow?.some(isFontOnly)) {
          for (const s of onRow) if (isFontOnly(s)) sets.delete(s.address);
          setsByRow.set(e.row, onRow.filter((s) => !isFontOnly(s)));
        }
      } else if (deleted.has(e.row)) {
        // A font-only write into a row an earlier fix deletes: nothing to write.
      } else if (sets.has(e.address)) {
        // The same write again, or a font-only write the earlier one covers; or this write
        // covers an earlier font-only one: it takes its place.
        const prev = sets.get(e.address)!;
        if (isFontOnly(prev) && !isFontOnly(e) && prev.font === e.font) {
          sets.set(e.address, e);
          const onRow = setsByRow.get(e.row)!;
          onRow[onRow.indexOf(prev)] = e;
        }
      } else {
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
