/**
 * Notes after a row deletion: the legacy comments part (ECMA-376 Part 1, 18.7), its VML shapes
 * (the note boxes and legacy form controls, [MS-OI29500] VML anchors) and threaded comments
 * ([MS-XLSX] 2.1.9). A note on a surviving row moves with it; a note on a deleted cell moves to
 * the cell its content was joined into (`moves`), else the row is not deleted (a refusal), since
 * Excel would drop it. Pure text surgery: everything else keeps its characters.
 */
import { mapReferences } from './formula-rewrite';
import type { RowDeletion } from './row-deletion';
import { colIndex, colLetters } from './row-deletion';
import { shiftOperand } from './sheet-edit';
import { Splicer, attributeSpan, escapeText, walkXml } from './xml-splice';
import type { XmlElement } from './xml-splice';
import { XS } from './strings';

/** Cells on deleted rows whose content went to another cell: "row:col" → target (old numbering). */
export type Moves = ReadonlyMap<string, { row: number; col: number }>;

export interface NotesEdit {
  /** The new text, or undefined when nothing changed. */
  xml?: string;
  /** Rows that must not be deleted, with the reason. */
  refusals: Array<{ row: number; reason: string }>;
}

interface Cell {
  row: number;
  col: number;
}

function parseCell(ref: string): Cell | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
  if (!m) return undefined;
  const col = colIndex(m[1] as string);
  return col < 0 ? undefined : { row: Number(m[2]), col };
}

/**
 * Where a note at `cell` goes: its new cell, or a refusal when its row is deleted and its
 * content goes nowhere.
 */
function place(cell: Cell, del: RowDeletion, moves: Moves | undefined): { cell: Cell; from: Cell } | { refuse: true } {
  if (!del.isDeleted(cell.row)) return { cell: { row: cell.row - del.countBefore(cell.row), col: cell.col }, from: cell };
  const to = moves?.get(`${cell.row}:${cell.col}`);
  if (!to || del.isDeleted(to.row)) return { refuse: true };
  return { cell: { row: to.row - del.countBefore(to.row), col: to.col }, from: cell };
}

const a1 = (c: Cell) => `${colLetters(c.col)}${c.row}`;

/** Legacy comments (`<comment ref="E13">`): refs moved; notes of joined cells follow their text. */
export function editComments(xml: string, del: RowDeletion, moves?: Moves): NotesEdit {
  return editRefs(xml, del, moves, 'comment', XS.noteWord);
}

/** Threaded comments (`<threadedComment ref="E13">`), the same way. */
export function editThreadedComments(xml: string, del: RowDeletion, moves?: Moves): NotesEdit {
  return editRefs(xml, del, moves, 'threadedComment', XS.threadedCommentWord);
}

function editRefs(xml: string, del: RowDeletion, moves: Moves | undefined, local: string, what: string): NotesEdit {
  const s = new Splicer();
  const refusals: NotesEdit['refusals'] = [];
  const placed = new Map<string, Cell>();
  const moved: Array<{ from: Cell; now: string }> = [];
  walkXml(xml, {
    open(el) {
      if (el.local !== local) return;
      const a = attributeSpan(xml, el, 'ref');
      if (!a) return;
      const old = xml.slice(a.start, a.end);
      const cell = parseCell(old);
      if (!cell) return;
      const p = place(cell, del, moves);
      if ('refuse' in p) {
        refusals.push({ row: cell.row, reason: XS.noteOnDeletedRow(old, what, what) });
        return;
      }
      const now = a1(p.cell);
      if (del.isDeleted(cell.row)) moved.push({ from: cell, now });
      else placed.set(now, cell);
      if (now !== old) s.replace(a.start, a.end, now);
    },
  });
  // A note moved onto a cell that has its own (threads may share a cell): keep the row instead.
  if (local === 'comment') {
    for (const m of moved) {
      if (placed.has(m.now) || moved.some((o) => o !== m && o.now === m.now)) {
        refusals.push({ row: m.from.row, reason: XS.noteCollision(a1(m.from), what, what) });
      }
    }
  }
  if (refusals.length > 0 || s.size === 0) return { refusals };
  return { xml: s.apply(xml), refusals };
}

/**
 * The VML drawing of a sheet (`xl/drawings/vmlDrawingN.vml`): note boxes (`x:Row`, `x:Column`,
 * `x:Anchor`) and legacy form controls (anchors, `x:FmlaLink`, `x:FmlaRange`). Anchor rows are
 * 0-based; a box edge on a deleted row moves to the row that takes its place.
 */
export function editVml(
  xml: string,
  sheet: string,
  del: RowDeletion,
  deletionOf: (sheet: string) => RowDeletion | undefined,
  moves?: Moves,
): NotesEdit {
  const s = new Splicer();
  const refusals: NotesEdit['refusals'] = [];
  interface Shape {
    note: boolean;
    row?: XmlElement;
    column?: XmlElement;
    anchor?: XmlElement;
    formulas: XmlElement[];
  }
  let shape: Shape | undefined;
  let shapeDepth = -1;
  walkXml(xml, {
    wantText: (el) => shape !== undefined && ['Row', 'Column', 'Anchor', 'FmlaLink', 'FmlaRange', 'FmlaTxbx'].includes(el.local),
    open(el) {
      if (el.local === 'shape' && !shape) {
        shape = { note: false, formulas: [] };
        shapeDepth = el.depth;
      } else if (shape && el.local === 'ClientData') shape.note = el.attributes.ObjectType === 'Note';
    },
    close(el) {
      if (!shape) return;
      if (el.local === 'Row') shape.row = el;
      else if (el.local === 'Column') shape.column = el;
      else if (el.local === 'Anchor') shape.anchor = el;
      else if (el.local === 'FmlaLink' || el.local === 'FmlaRange' || el.local === 'FmlaTxbx') shape.formulas.push(el);
      else if (el.local === 'shape' && el.depth === shapeDepth) {
        finish(shape);
        shape = undefined;
      }
    },
  });

  function finish(sh: Shape) {
    let dRow = 0;
    let dCol = 0;
    if (sh.note && sh.row && sh.column) {
      const cell = { row: Number(sh.row.text) + 1, col: Number(sh.column.text) };
      if (!Number.isInteger(cell.row) || !Number.isInteger(cell.col)) return;
      const p = place(cell, del, moves);
      if ('refuse' in p) {
        refusals.push({ row: cell.row, reason: XS.legacyNoteOnDeletedRow(a1(cell)) });
        return;
      }
      const to = moves?.get(`${cell.row}:${cell.col}`);
      if (del.isDeleted(cell.row) && to) {
        dRow = to.row - cell.row;
        dCol = to.col - cell.col;
      }
      if (p.cell.row !== cell.row) s.replace(sh.row.openEnd, sh.row.closeStart, String(p.cell.row - 1));
      if (p.cell.col !== cell.col) s.replace(sh.column.openEnd, sh.column.closeStart, String(p.cell.col));
    }
    if (sh.anchor) {
      // LeftColumn, LeftOffset, TopRow, TopOffset, RightColumn, RightOffset, BottomRow, BottomOffset
      const parts = (sh.anchor.text ?? '').split(',').map((x) => x.trim());
      const nums = parts.map(Number);
      if (parts.length === 8 && nums.every(Number.isInteger)) {
        const top = (nums[2] as number) + dRow + 1;
        const bottom = (nums[6] as number) + dRow + 1;
        if (!sh.note && del.isDeleted(top) && del.isDeleted(bottom) && !del.survivesIn(top, bottom)) {
          refusals.push({ row: top, reason: XS.formControlOnDeletedRow(top) });
          return;
        }
        const map = (r: number) => r - del.countBefore(r) - 1;
        const out = [...nums];
        out[0] = (nums[0] as number) + dCol;
        out[4] = (nums[4] as number) + dCol;
        out[2] = map(top);
        out[6] = Math.max(out[2] as number, map(bottom));
        if (out.some((v, i) => v !== nums[i])) s.replace(sh.anchor.openEnd, sh.anchor.closeStart, out.join(', '));
      }
    }
    for (const f of sh.formulas) {
      const t = f.text ?? '';
      const r = mapReferences(t, (op) => shiftOperand(op, sheet, deletionOf));
      if (!r.ok) {
        refusals.push({ row: del.first ?? 1, reason: XS.formControlLinkUnreadable(t) });
        return;
      }
      if (r.changed) s.replace(f.openEnd, f.closeStart, escapeText(r.text));
    }
  }

  if (refusals.length > 0 || s.size === 0) return { refusals };
  return { xml: s.apply(xml), refusals };
}
