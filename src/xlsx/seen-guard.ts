/**
 * The writer's stale-write guard for the engine's fixes (src/core/fix/seen.ts): every cell a fix
 * writes and every row it deletes must still hold, in the package being written, what the check
 * saw (`SetEdit.seen`, `DeleteRowEdit.seen`); otherwise the writer refuses that fix
 * (src/xlsx/write.ts `FixOptions.seen`).
 *
 * A cell as stored (`StoredCell`: its `t`, `<v>`, `<is>`, `<f>`) is turned into a Cell the way
 * src/xlsx/read.ts reads it, and compared by the core's one rule (`matchesSeen`). Two
 * readings follow the reader: a formula's cached value is not compared (only its text), and a
 * shared formula's follower (stored without its text) matches any seen formula, since its text
 * is its master's moved, as the reader expanded it.
 *
 * API
 *   seenGuard(sheets, sharedStrings, date1904) → SeenCheck
 */
import type { Cell } from '../core/grid/types';
import { matchesSeen, matchesSeenRow } from '../core/fix/seen';
import type { Edit, SeenCell } from '../core/fix/types';
import { isoDateCell } from './read';
import { MAX_COL } from './row-deletion';
import type { StoredCell } from './sheet-edit';
import type { SeenCheck } from './write';
import { decodeEscapes } from './xml';

/** The edits of each sheet, by tab name, as the check made them (with their `seen`). */
export type EditsBySheet = ReadonlyMap<string, readonly Edit[]>;

export function seenGuard(sheets: EditsBySheet, sharedStrings: readonly string[] | undefined, date1904: boolean): SeenCheck {
  // By sheet, then cell as one number (row × 16,384 columns + column): no key string and no
  // Map per row built for each cell (a renumbering writes 100,000).
  const cells = new Map<string, Map<number, SeenCell>>();
  const rows = new Map<string, Map<number, readonly SeenCell[]>>();
  for (const [sheet, edits] of sheets) {
    let sheetCells = cells.get(sheet);
    if (!sheetCells) cells.set(sheet, (sheetCells = new Map()));
    let sheetRows = rows.get(sheet);
    if (!sheetRows) rows.set(sheet, (sheetRows = new Map()));
    for (const e of edits) {
      if (e.kind === 'set') {
        const key = cellKey(e.row, e.col);
        if (key >= 0) sheetCells.set(key, e.seen);
      } else sheetRows.set(e.row, e.seen);
    }
  }
  const toCell = (stored: StoredCell | undefined): Cell | undefined => (stored ? storedToCell(stored, sharedStrings, date1904) : undefined);
  return (sheet, edit, cell, row) => {
    if (edit.kind === 'delete-row') {
      const seen = rows.get(sheet)?.get(edit.row);
      if (!seen) return false; // a deletion the check did not make: never
      const now: Array<Cell | undefined> = [];
      for (const [c, stored] of row ?? new Map<number, StoredCell>()) {
        const s = seen[c];
        now[c] = s?.formula !== undefined && stored.formula === '' ? { value: null, formula: s.formula } : toCell(stored);
      }
      return matchesSeenRow(seen, now, date1904);
    }
    if (edit.kind !== 'set' && edit.kind !== 'formula') return true;
    const seen = cells.get(sheet)?.get(cellKey(edit.row, edit.col));
    if (!seen) return false; // a write the check did not make: never
    if (seen.formula !== undefined && cell?.formula === '') return true; // a shared formula's follower
    return matchesSeen(seen, toCell(cell), date1904);
  };
}

/**
 * One number for a cell (1-based row, 0-based column): unique for Excel's columns (A to XFD,
 * which the reader keeps to); -1, a key never stored, for any other.
 */
function cellKey(row: number, col: number): number {
  return Number.isInteger(col) && col >= 0 && col < MAX_COL ? row * MAX_COL + col : -1;
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (XML_ENTITIES[e] as string),
  );
}

/** The text of an inline string's XML (its `<t>` runs, phonetic runs left out), as the reader reads it. */
function inlineText(xml: string): string {
  const body = xml.replace(/<(\w+:)?rPh\b[\s\S]*?<\/(\w+:)?rPh>/g, '');
  let out = '';
  for (const m of body.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g)) out += m[1] ?? '';
  return decodeEscapes(unescapeXml(out));
}

/** A stored cell as the reader gives it (src/xlsx/read.ts readValue); the formula as stored. */
export function storedToCell(stored: StoredCell, sharedStrings: readonly string[] | undefined, date1904: boolean): Cell | undefined {
  const formula = stored.formula !== undefined && stored.formula !== '' ? stored.formula.replace(/^=/, '') : undefined;
  const withFormula = (cell: Cell): Cell => (formula !== undefined ? { ...cell, formula } : cell);
  const v = stored.v; // already decoded by the XML walker
  switch (stored.type) {
    case 'inlineStr':
      if (stored.inline !== undefined) return withFormula({ value: inlineText(stored.inline) });
      return v !== undefined ? withFormula({ value: decodeEscapes(v) }) : formula !== undefined ? { value: null, formula } : undefined;
    case 'str':
      return v !== undefined ? withFormula({ value: decodeEscapes(v) }) : formula !== undefined ? { value: null, formula } : undefined;
  }
  if (v === undefined || v.trim() === '') return formula !== undefined ? { value: null, formula } : undefined;
  switch (stored.type) {
    case 's': {
      const s = sharedStrings?.[Number(v)];
      return withFormula({ value: s ?? null });
    }
    case 'b':
      return withFormula({ value: v.trim() === '1' || v.trim().toLowerCase() === 'true' });
    case 'e':
      return withFormula({ value: null, error: v.trim().toUpperCase() });
    case 'd':
      return withFormula(isoDateCell(v.trim(), date1904, undefined));
    case 'n':
    default: {
      const n = Number(v);
      return withFormula({ value: Number.isFinite(n) ? n : v });
    }
  }
}
