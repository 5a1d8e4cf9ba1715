/**
 * *Tải tệp đã sửa*: the web checker's workbook (src/web/memory-adapter.ts) written back into the
 * file it was read from by the surgical writer of `phuluc fix` (src/xlsx/write.ts), so that every
 * part that was not edited is kept byte for byte (images, charts, validations, formats).
 *
 *   netEdits(sheet)                     → the sheet's changes as the writer's edits, against the file's rows
 *   writeEdited(read, workbook)         → { bytes } | { refused: reasons (Vietnamese) }
 *   editedName("Phụ lục.xlsx")          → "Phụ lục (đã sửa).xlsx"
 *
 * All or nothing: when any change cannot be written (an inserted row, a formula phuluc wrote, or
 * a write the writer refuses), no file is offered and the reasons say which and what to do.
 */
import { matchesSeen, seenOf, seenRowOf, type DeleteRowEdit, type Edit, type SetEdit } from '../core/fix';
import { a1 } from '../core/grid';
import type { WorkbookRead } from '../xlsx/read';
import { fixPackage, type SheetFixes } from '../xlsx/write';
import type { MemorySheet, MemoryWorkbook } from './memory-adapter';

export interface NetEdits {
  sheet: string;
  edits: Edit[];
  /** Changes the writer cannot write (Vietnamese, one line each). */
  unwritable: string[];
}

/** The sheet's net changes against the file: sets on the file's rows, deletions of the file's rows. */
export function netEdits(s: MemorySheet): NetEdits {
  const date1904 = s.original.date1904 === true;
  const unwritable: string[] = [];
  const inserted: number[] = [];
  s.origin.forEach((o, i) => {
    if (o === null && (s.rows[i] ?? []).some((c) => c !== undefined && (c.value !== null || c.formula !== undefined))) inserted.push(i + 1);
  });
  if (inserted.length > 0)
    unwritable.push(`trang «${s.name}»: ${inserted.length} dòng chèn thêm (dòng ${inserted.slice(0, 5).join(', ')}${inserted.length > 5 ? '…' : ''}) — tệp tải về chưa ghi được dòng chèn thêm`);
  if (s.formulaCells.size > 0) {
    const cells = [...s.formulaCells].map((k) => k.split(',').map(Number) as [number, number]).map(([r, c]) => a1(r, c));
    unwritable.push(`trang «${s.name}»: công thức ở ${cells.slice(0, 5).join(', ')}${cells.length > 5 ? '…' : ''} — tệp tải về chưa ghi được công thức mới`);
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
      if (matchesSeen(seen, after, date1904) && seenOf(after, date1904).value === seen.value) continue;
      if (after?.formula !== undefined) continue; // a formula phuluc wrote: listed above; a recalculated one: unchanged
      const v = after?.value ?? null;
      if (v !== null && typeof v !== 'string' && typeof v !== 'number') {
        unwritable.push(`trang «${s.name}», ô ${a1(i, c)}: giá trị không ghi được`);
        continue;
      }
      sets.push({ kind: 'set', row: o + 1, col: c, address: a1(o, c), value: v, seen });
    }
  });
  const deletions: DeleteRowEdit[] = [];
  for (let o = 0; o < s.original.rows.length; o++) {
    if (!present.has(o)) deletions.push({ kind: 'delete-row', row: o + 1, seen: seenRowOf(s.original, o) });
  }
  return { sheet: s.name, edits: [...sets, ...deletions], unwritable };
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
    return { ok: false, reasons: outcome.refused.map((r) => `trang «${nets[r.id]?.sheet ?? '?'}»: ${r.reason}`) };
  }
  return { ok: true, bytes: outcome.bytes, changedParts: outcome.changedParts, edits, notes: outcome.notes };
}

/** "<name> (đã sửa).xlsx", keeping the file's own extension (.xlsx, .xlsm). */
export function editedName(name: string): string {
  const m = /^(.*?)(\.xls[xm])$/i.exec(name);
  const stem = m ? m[1]! : name;
  const ext = m ? m[2]!.toLowerCase() : '.xlsx';
  return `${stem || 'Phụ lục'} (đã sửa)${ext}`;
}
