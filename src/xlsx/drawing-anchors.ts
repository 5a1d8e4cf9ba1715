/**
 * Pictures, charts and shapes of a sheet (its drawing part, ECMA-376 Part 1, 20.5) after a row
 * deletion. Objects are anchored to cells (`xdr:from`/`xdr:to`, 0-based rows); Excel moves an
 * object with its cells and, for "move and size with cells" (twoCellAnchor without editAs or
 * editAs="twoCell"), shrinks it over deleted rows. Where following Excel would need the row
 * heights (an object that keeps its size, or one placed absolutely) or would cut an object's
 * edge, the row is not deleted (a refusal) rather than misplacing the object.
 */
import type { RowDeletion } from './row-deletion';
import { Splicer, walkXml } from './xml-splice';
import type { XmlElement, XmlOpen } from './xml-splice';
import { XS } from './strings';

export interface AnchorsEdit {
  xml?: string;
  refusals: Array<{ row: number; reason: string }>;
}

interface Anchor {
  el: XmlOpen;
  from?: { row?: XmlElement; rowOff?: XmlElement };
  to?: { row?: XmlElement; rowOff?: XmlElement };
  name?: string;
}

/** Moves the cell anchors of a drawing part's objects after rows were deleted from its sheet. */
export function editDrawingAnchors(xml: string, del: RowDeletion): AnchorsEdit {
  const s = new Splicer();
  const refusals: AnchorsEdit['refusals'] = [];
  const stack: Anchor[] = [];
  let side: 'from' | 'to' | undefined;
  walkXml(xml, {
    wantText: (el) => side !== undefined && (el.local === 'row' || el.local === 'rowOff'),
    open(el) {
      if (el.local === 'twoCellAnchor' || el.local === 'oneCellAnchor' || el.local === 'absoluteAnchor') stack.push({ el });
      else if (stack.length > 0 && (el.local === 'from' || el.local === 'to') && el.depth === (stack[stack.length - 1] as Anchor).el.depth + 1) {
        side = el.local;
        (stack[stack.length - 1] as Anchor)[side] = {};
      } else if (stack.length > 0 && el.local === 'cNvPr' && !(stack[stack.length - 1] as Anchor).name) {
        (stack[stack.length - 1] as Anchor).name = el.attributes.name;
      }
    },
    close(el) {
      const a = stack[stack.length - 1];
      if (!a) return;
      if (side && (el.local === 'row' || el.local === 'rowOff')) {
        const part = a[side] as NonNullable<Anchor['from']>;
        if (el.local === 'row') part.row = el;
        else part.rowOff = el;
      } else if (el.local === 'from' || el.local === 'to') side = undefined;
      else if (el.start === a.el.start) {
        stack.pop();
        settle(a);
      }
    },
  });

  function settle(a: Anchor) {
    if (a.el.local === 'absoluteAnchor') return;
    const what = a.name ? `"${a.name}"` : XS.aShape;
    const fromRow = num(a.from?.row);
    if (fromRow === undefined) return;
    const from = fromRow + 1;
    const toRow = num(a.to?.row);
    const to = toRow === undefined ? from : toRow + 1;
    const toOff = num(a.to?.rowOff) ?? 0;
    const editAs = a.el.local === 'twoCellAnchor' ? (a.el.attributes.editAs ?? 'twoCell') : 'oneCell';
    const refuse = (row: number, why: string) => refusals.push({ row, reason: XS.drawingBlocksDeletion(what, why) });

    if (editAs === 'absolute') {
      const hit = del.rows.find((r) => r <= to);
      if (hit !== undefined) refuse(hit, XS.drawingAbsolute);
      return;
    }
    if (del.isDeleted(from)) return refuse(from, XS.drawingOnDeletedRow(from));
    // The bottom edge: on a deleted row it would be cut, unless it sits exactly on the row's top.
    const toCut = a.el.local === 'twoCellAnchor' && del.isDeleted(to) && toOff > 0;
    if (toCut) return refuse(to, XS.drawingBottomOnDeletedRow(to));
    if (editAs === 'oneCell' && a.el.local === 'twoCellAnchor' && !del.movesWhole(from, to)) {
      const hit = del.rows.find((r) => r > from && r <= to) ?? del.inserts.find((i) => i.before > from && i.before <= to)?.before ?? from;
      return refuse(hit, XS.drawingKeepsSize(hit));
    }
    const map = (r: number) => r - del.countBefore(r) - 1;
    if (a.from?.row && map(from) !== fromRow) s.replace(a.from.row.openEnd, a.from.row.closeStart, String(map(from)));
    if (a.to?.row && toRow !== undefined && map(to) !== toRow) s.replace(a.to.row.openEnd, a.to.row.closeStart, String(map(to)));
  }

  if (refusals.length > 0 || s.size === 0) return { refusals };
  return { xml: s.apply(xml), refusals };
}

function num(el: XmlElement | undefined): number | undefined {
  if (!el) return undefined;
  const n = Number((el.text ?? '').trim());
  return Number.isInteger(n) ? n : undefined;
}

