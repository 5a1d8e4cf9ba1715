/**
 * Parts that refer to a sheet's rows but that phuluc does not rewrite: charts (series read
 * their data through `c:f` formulas and keep cached copies), pivot tables and their caches,
 * and legacy form-control properties. Excel would move them on a row deletion; phuluc instead
 * leaves the rows where they are when any of them would have to change, and says which part
 * stops it. External links are not listed: they point into other files, which a deletion
 * here does not move.
 */
import { mapReferences } from './formula-rewrite';
import type { XlsxPackage } from './package';
import type { RowDeletion } from './row-deletion';
import { deleteRowsInArea, parseArea, sameSheet } from './row-deletion';
import { shiftOperand } from './sheet-edit';
import { decodeXml } from './xml';
import { walkXml } from './xml-splice';
import { XS } from './strings';

export interface Blocker {
  /** The sheet whose deletions it stops. */
  sheet: string;
  reason: string;
}

const CHART = /drawingml\.chart(ex)?\+xml$/i;
const PIVOT_CACHE = /pivotCacheDefinition\+xml$/i;
const PIVOT_TABLE = /pivotTable\+xml$/i;
const CTRL_PROPS = /controlproperties\+xml$/i;

/**
 * What stops the planned deletions. `deleting` lists the sheets losing rows; `deletionOf`
 * gives their rows; `sheetOfPart` names the sheet a part hangs from (pivot tables, controls).
 */
export function findDeletionBlockers(
  pkg: XlsxPackage,
  deleting: readonly string[],
  deletionOf: (sheet: string) => RowDeletion | undefined,
  sheetOfPart: (part: string) => string | undefined,
): Blocker[] {
  const out: Blocker[] = [];
  if (deleting.length === 0) return out;
  const typeOf = (name: string) => pkg.contentTypes.typeOf(name) ?? '';
  for (const entry of pkg.zip.entries) {
    if (entry.isDirectory) continue;
    const type = typeOf(entry.name);
    if (CHART.test(type)) charts(entry.name);
    else if (PIVOT_CACHE.test(type)) pivotCache(entry.name);
    else if (PIVOT_TABLE.test(type)) pivotTable(entry.name);
    else if (CTRL_PROPS.test(type)) control(entry.name);
  }
  return out;

  function text(part: string): string | undefined {
    const bytes = pkg.part(part);
    return bytes ? decodeXml(bytes) : undefined;
  }

  /** The deleting sheets a formula reads from in a way that would change. */
  function touched(formula: string, own: string | undefined): string[] | 'unparsed' {
    const hit: string[] = [];
    const r = mapReferences(formula, (op) => {
      const moved = shiftOperand(op, own, deletionOf);
      if (moved !== undefined) {
        const s = op.sheet ?? own;
        if (s !== undefined && !hit.includes(s)) hit.push(s);
      }
      return undefined;
    });
    if (!r.ok) return 'unparsed';
    return hit;
  }

  function charts(part: string) {
    const xml = text(part);
    if (!xml) return;
    const found = new Set<string>();
    try {
      walkXml(xml, {
        wantText: (el) => el.local === 'f',
        close(el) {
          if (el.local !== 'f') return;
          const f = el.text ?? '';
          const t = touched(f, undefined);
          const sheets = t === 'unparsed' ? deleting.filter((d) => f.includes(d)) : t;
          for (const s of sheets) {
            if (found.has(s)) continue;
            found.add(s);
            out.push({ sheet: s, reason: XS.chartFromRows(part, f) });
          }
        },
      });
    } catch {
      for (const s of deleting) out.push({ sheet: s, reason: XS.chartUnreadable(part) });
    }
  }

  function pivotCache(part: string) {
    const xml = text(part);
    if (!xml) return;
    walkXml(xml, {
      open(el) {
        if (el.local !== 'worksheetSource') return;
        const sheet = el.attributes.sheet;
        const ref = el.attributes.ref;
        const name = el.attributes.name;
        const what = XS.pivotSource(ref ?? name ?? '');
        if (sheet !== undefined && ref !== undefined) {
          const s = deleting.find((d) => sameSheet(d, sheet));
          const area = parseArea(ref);
          if (s && (!area || deleteRowsInArea(area, deletionOf(s) as RowDeletion) !== area)) {
            out.push({ sheet: s, reason: XS.onOrBelowDeletedRows(what, sheet) });
          }
        } else if (name !== undefined) {
          // A defined name or a table: moved by the deletion, but the cache would keep old rows.
          const n = pkg.workbook.definedNames.find((d) => d.name.toLowerCase() === name.toLowerCase());
          const t = n ? touched(n.formula, undefined) : deleting;
          for (const s of t === 'unparsed' ? deleting : t) out.push({ sheet: s, reason: XS.mayBeOnDeletedRows(what) });
        }
      },
    });
  }

  function pivotTable(part: string) {
    const sheet = sheetOfPart(part);
    if (sheet === undefined) return;
    const s = deleting.find((d) => sameSheet(d, sheet));
    if (!s) return;
    const xml = text(part);
    if (!xml) return;
    walkXml(xml, {
      open(el) {
        if (el.local !== 'location') return;
        const area = parseArea(el.attributes.ref ?? '');
        const del = deletionOf(s) as RowDeletion;
        const first = del.firstChange;
        if (!area?.bottom || (first !== undefined && first <= area.bottom.n)) {
          out.push({ sheet: s, reason: XS.pivotAcrossDeletedRows(el.attributes.ref ?? '?') });
        }
      },
    });
  }

  function control(part: string) {
    const sheet = sheetOfPart(part);
    const xml = text(part);
    if (!xml) return;
    walkXml(xml, {
      open(el) {
        if (el.depth !== 0) return;
        for (const attr of ['fmlaLink', 'fmlaRange', 'fmlaTxbx']) {
          const f = el.attributes[attr];
          if (f === undefined) continue;
          const t = touched(f, sheet);
          for (const s of t === 'unparsed' ? deleting : t) {
            out.push({ sheet: s, reason: XS.formControlLink(part, f) });
          }
        }
      },
    });
  }
}
