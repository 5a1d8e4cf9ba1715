/**
 * Excel tables (ListObjects, ECMA-376 Part 1, 18.5) after a row deletion on their sheet: the
 * table's range, its autofilter and sort ranges shrink or move like Excel's; plain references
 * in calculated-column and totals formulas follow (structured references need nothing). A table
 * whose header or totals row would go, or that would be left without a data row, keeps its rows
 * (a refusal): Excel itself refuses or deletes the table then.
 */
import { mapReferences } from './formula-rewrite';
import type { RowDeletion } from './row-deletion';
import { deleteRowsInArea, formatArea, parseArea } from './row-deletion';
import { shiftOperand } from './sheet-edit';
import { Splicer, attributeSpan, escapeText, walkXml } from './xml-splice';
import { XS } from './strings';

export interface TableEdit {
  xml?: string;
  refusals: Array<{ row?: number; reason: string }>;
}

/**
 * Rewrites one table part. `sheet` is the sheet the table is on; `del` its deleted rows (may be
 * empty when only other sheets lose rows, for formulas).
 */
export function editTablePart(
  xml: string,
  sheet: string,
  del: RowDeletion | undefined,
  deletionOf: (sheet: string) => RowDeletion | undefined,
): TableEdit {
  const s = new Splicer();
  const refusals: TableEdit['refusals'] = [];
  let name = '';
  walkXml(xml, {
    wantText: (el) => el.local === 'calculatedColumnFormula' || el.local === 'totalsRowFormula',
    open(el) {
      if (el.depth === 0 && el.local === 'table') {
        name = el.attributes.displayName ?? el.attributes.name ?? '';
        const a = attributeSpan(xml, el, 'ref');
        const area = a ? parseArea(xml.slice(a.start, a.end)) : undefined;
        if (!a || !area?.top || !area.bottom || !del) return;
        const top = area.top.n;
        const bottom = area.bottom.n;
        const header = Number(el.attributes.headerRowCount ?? '1') > 0;
        const totals = Number(el.attributes.totalsRowCount ?? '0') > 0;
        const label = XS.tableLabel(name, xml.slice(a.start, a.end));
        if (header && del.isDeleted(top)) refusals.push({ row: top, reason: XS.tableHeaderRow(top, label) });
        if (totals && del.isDeleted(bottom)) refusals.push({ row: bottom, reason: XS.tableTotalsRow(bottom, label) });
        const inside = del.inserts.find((i) => i.before > top && i.before <= bottom);
        if (inside) refusals.push({ row: inside.before, reason: XS.insertInsideTable(label) });
        const first = header ? top + 1 : top;
        const last = totals ? bottom - 1 : bottom;
        if (first <= last && !del.survivesIn(first, last)) refusals.push({ row: first, reason: XS.deleteEmptiesTable(label) });
        const moved = deleteRowsInArea(area, del);
        if (moved && moved !== area) s.replace(a.start, a.end, formatArea(moved));
      } else if ((el.local === 'autoFilter' || el.local === 'sortState' || el.local === 'sortCondition') && del) {
        const a = attributeSpan(xml, el, 'ref');
        const area = a ? parseArea(xml.slice(a.start, a.end)) : undefined;
        if (!a || !area) return;
        const moved = deleteRowsInArea(area, del);
        if (moved === null) refusals.push({ reason: XS.deleteLosesTableFilter(name) });
        else if (moved !== area) s.replace(a.start, a.end, formatArea(moved));
      }
    },
    close(el) {
      if (el.local !== 'calculatedColumnFormula' && el.local !== 'totalsRowFormula') return;
      const t = el.text ?? '';
      const r = mapReferences(t, (op) => shiftOperand(op, sheet, deletionOf));
      if (!r.ok) refusals.push({ reason: XS.tableFormulaUnreadable(name, t) });
      else if (r.changed) s.replace(el.openEnd, el.closeStart, escapeText(r.text));
    },
  });
  if (refusals.length > 0 || s.size === 0) return { refusals };
  return { xml: s.apply(xml), refusals };
}
