import type { Edit, Fix } from './types';

export interface Combined {
  /** Sets first (rows as before any deletion), then row deletions bottom-up. */
  edits: Edit[];
  applied: Fix[];
  /** Fixes left out because they would write a cell another fix writes differently, or a deleted row. */
  skipped: Fix[];
}

/**
 * Merges several fixes into one batch. Fixes often share edits (every STT issue of a sheet carries
 * the same renumbering); identical writes are kept once, conflicting fixes are skipped whole.
 */
export function combineFixes(fixes: Fix[]): Combined {
  const sets = new Map<string, Extract<Edit, { kind: 'set' }>>();
  const deleted = new Set<number>();
  const applied: Fix[] = [];
  const skipped: Fix[] = [];
  for (const fix of fixes) {
    const conflict = fix.edits.some((e) =>
      e.kind === 'set'
        ? deleted.has(e.row) || (sets.has(e.address) && sets.get(e.address)!.value !== e.value)
        : [...sets.values()].some((s) => s.row === e.row && !fix.edits.includes(s)),
    );
    if (conflict) {
      skipped.push(fix);
      continue;
    }
    for (const e of fix.edits) {
      if (e.kind !== 'set') deleted.add(e.row);
      else {
        // The same write twice: keep a font change either one asks for.
        const had = sets.get(e.address);
        sets.set(e.address, had?.font !== undefined && e.font === undefined ? { ...e, font: had.font } : e);
      }
    }
    applied.push(fix);
  }
  const edits: Edit[] = [...sets.values()];
  for (const row of [...deleted].sort((a, b) => b - a)) edits.push({ kind: 'delete-row', row });
  return { edits, applied, skipped };
}
