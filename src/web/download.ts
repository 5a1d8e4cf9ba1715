/**
 * *Tải tệp đã sửa*: the web checker's workbook (src/web/memory-adapter.ts) written back into the
 * file it was read from by the surgical writer of `phuluc fix` (src/xlsx/write.ts), so that every
 * part that was not edited is kept byte for byte (images, charts, validations, formats).
 *
 *   netEdits(sheet)                     → the sheet's changes as the writer's edits, against the file's rows
 *   writeEdited(read, workbook)         → { bytes } | { refused: reasons (Vietnamese) }
 *   editedName("Phụ lục.xlsx")          → "Phụ lục (đã sửa).xlsx"
 *
 * Inserted rows and formulas phuluc wrote (*Chèn nhiệm vụ mẫu*, *Dự toán*) are written too: the
 * writer moves every reference below an inserted row as Excel's Insert does. All or nothing: when
 * any change cannot be written (a value of no kind a cell holds, or a change the writer refuses),
 * no file is offered and the reasons say which and what to do.
 */
import { matchesSeen, seenOf, seenRowOf, type DeleteRowEdit, type Edit, type SetEdit } from '../core/fix';
import { a1 } from '../core/grid';
import type { WorkbookRead } from '../xlsx/read';
import type { WriteValue } from '../xlsx/sheet-edit';
import { fixPackage, type SheetFixes, type WriterEdit } from '../xlsx/write';
import { legacyRepairOf, type MemorySheet, type MemoryWorkbook } from './memory-adapter';
import { W } from './strings';

export interface NetEdits {
  sheet: string;
  edits: Array<Edit | WriterEdit>;
  /** Changes the writer cannot write (Vietnamese, one line each). */
  unwritable: string[];
}

/**
 * The sheet's net changes against the file: sets and formulas on the file's rows, deletions of
 * the file's rows, and rows inserted (before the next file row that stays, with the formats of
 * the row the insert named), as the surgical writer's edits (src/xlsx/write.ts, old numbering).
 */
export function netEdits(s: MemorySheet): NetEdits {
  const date1904 = s.original.date1904 === true;
  const unwritable: string[] = [];
  const inserts: WriterEdit[] = [];
  const formulas: WriterEdit[] = [];
  // Runs of inserted rows: each goes before the next row of the file that is still there.
  for (let i = 0; i < s.origin.length; ) {
    if (s.origin[i] !== null) {
      i++;
      continue;
    }
    const start = i;
    while (i < s.origin.length && s.origin[i] === null) i++;
    const next = s.origin[i];
    const before = next === undefined || next === null ? s.original.rows.length + 1 : next + 1;
    const values: WriteValue[][] = [];
    let like: number | null = null;
    let any = false;
    for (let r = start; r < i; r++) {
      like ??= s.formatLike[r] ?? null;
      const cells = s.rows[r] ?? [];
      const row: WriteValue[] = [];
      cells.forEach((c, col) => {
        if (!c) return;
        if (c.formula !== undefined) row[col] = { formula: c.formula.replace(/^=/, '') };
        else if (typeof c.value === 'string' || typeof c.value === 'number') row[col] = c.value === '' ? null : c.value;
        else if (c.value !== null) unwritable.push(W.unwritableCell(s.name, a1(r, col)));
        if (row[col] !== undefined && row[col] !== null) any = true;
      });
      values.push(row);
    }
    // Empty rows past the file's end are not rows of the file at all.
    if (before > s.original.rows.length && !any) continue;
    inserts.push({ kind: 'insert-row', row: before, count: i - start, values, ...(like !== null && { like: like + 1 }) });
  }
  for (const k of s.formulaCells) {
    const [r, c] = k.split(',').map(Number) as [number, number];
    const o = s.origin[r];
    const f = s.rows[r]?.[c]?.formula;
    if (o === null || o === undefined || f === undefined) continue; // inserted rows carry theirs
    formulas.push({ kind: 'formula', row: o + 1, col: c, formula: f.replace(/^=/, '') });
  }
  const sets: SetEdit[] = [];
  const present = new Set<number>();
  s.origin.forEach((o, i) => {
    if (o === null) return;
    present.add(o);
    const now = s.rows[i] ?? [];
    const was = s.original.rows[o] ?? [];
    if (now === was) return;
    const width = Math.max(now.length, was.length);
    for (let c = 0; c < width; c++) {
      const before = was[c];
      const after = now[c];
      if (after === before) continue;
      const seen = seenOf(before, date1904);
      // Same value: nothing to write, unless its font changed (Unicode text given Times New Roman).
      const fontChanged = after?.font !== undefined && after.font !== before?.font;
      if (matchesSeen(seen, after, date1904) && seenOf(after, date1904).value === seen.value && !fontChanged) continue;
      if (after?.formula !== undefined) continue; // a formula phuluc wrote: listed above; a recalculated one: unchanged
      const v = after?.value ?? null;
      if (v !== null && typeof v !== 'string' && typeof v !== 'number') {
        unwritable.push(W.unwritableCell(s.name, a1(i, c)));
        continue;
      }
      const set: SetEdit = { kind: 'set', row: o + 1, col: c, address: a1(o, c), value: v, seen };
      // A repaired .VnTime cell takes its Unicode font; a rich one is decoded run by run by the writer.
      if (fontChanged) set.font = after.font;
      const legacy = legacyRepairOf(after);
      if (legacy !== undefined) set.legacy = legacy;
      sets.push(set);
    }
  });
  const deletions: DeleteRowEdit[] = [];
  for (let o = 0; o < s.original.rows.length; o++) {
    if (!present.has(o)) deletions.push({ kind: 'delete-row', row: o + 1, seen: seenRowOf(s.original, o) });
  }
  return { sheet: s.name, edits: [...sets, ...formulas, ...deletions, ...inserts], unwritable };
}

export type WriteResult =
  | { ok: true; bytes: Uint8Array; changedParts: string[]; edits: number; notes: string[] }
  | { ok: false; reasons: string[] };

/** Writes the workbook's net changes into the file it was read from (never the file itself: new bytes). */
export function writeEdited(read: WorkbookRead, workbook: MemoryWorkbook): WriteResult {
  const nets = workbook.sheets.map(netEdits);
  const unwritable = nets.flatMap((n) => n.unwritable);
  if (unwritable.length > 0) return { ok: false, reasons: unwritable };
  const requests: SheetFixes[] = [];
  nets.forEach((n, i) => {
    if (n.edits.length > 0) requests.push({ sheet: n.sheet, fixes: [{ id: i, edits: n.edits }] });
  });
  const edits = nets.reduce((k, n) => k + n.edits.length, 0);
  const outcome = fixPackage(read.package, requests, { grids: read.grids });
  if (outcome.refused.length > 0) {
    return { ok: false, reasons: outcome.refused.map((r) => W.onSheet(nets[r.id]?.sheet ?? '?', r.reason)) };
  }
  return { ok: true, bytes: outcome.bytes, changedParts: outcome.changedParts, edits, notes: outcome.notes };
}

/**
 * "<name> (đã sửa).xlsx": the file's own extension kept when it is a workbook's (.xlsx, .xlsm);
 * any other extension ("renamed.txt" holding an .xlsx) is dropped, since the copy is an .xlsx.
 */
export function editedName(name: string): string {
  const m = /^(.*?)(\.xls[xm])$/i.exec(name);
  if (m) return W.editedName(m[1]!, m[2]!.toLowerCase());
  // The last extension, if any ("báo cáo.2024.txt" → "báo cáo.2024"); a leading dot is a name, not an extension.
  return W.editedName(name.replace(/(.)\.[^.\s]{1,10}$/, '$1').trim(), '.xlsx');
}
