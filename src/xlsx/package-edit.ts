/**
 * Edits of the package's shared parts, each a small text surgery that leaves every other
 * character as it was: the workbook part (defined names, print areas and titles; the request to
 * recalculate on open), the shared-string table (new strings appended), and the removal of a
 * part (its relationship and its content type go too). Pure: strings in, strings out.
 */
import { mapReferences } from './formula-rewrite';
import type { RowDeletion } from './row-deletion';
import { shiftOperand } from './sheet-edit';
import { Splicer, attributeSpan, attributeSpans, encodeXstring, escapeText, walkXml } from './xml-splice';
import type { XmlOpen } from './xml-splice';
import { XS } from './strings';

export interface WorkbookEdit {
  xml?: string;
  /** Defined names that could not be rewritten (they stop every deletion). */
  refusals: string[];
  /** Defined names the deletions rewrote: name, scope (`localSheetId`, a sheet's position) and text before and after. */
  names: RewrittenName[];
}

export interface RewrittenName {
  name: string;
  localSheetId?: number;
  from: string;
  to: string;
}

/** Elements that come after calcPr in CT_Workbook (ECMA-376 Part 1, 18.2.27), in order. */
const AFTER_CALC_PR = new Set(['oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst']);

/**
 * The workbook part after deletions: defined names (print areas `'Phụ lục'!$A$1:$I$90`, print
 * titles `$5:$6`, filters, the user's names) follow the rows, `$` anchors kept; and, when
 * `fullCalcOnLoad`, calcPr asks Excel to recalculate every formula on open (ECMA-376 Part 1,
 * 18.2.2), so no cached total from before the fix is shown.
 */
export function editWorkbook(
  xml: string,
  deletionOf: (sheet: string) => RowDeletion | undefined,
  anyDeletion: boolean,
  fullCalcOnLoad: boolean,
): WorkbookEdit {
  const s = new Splicer();
  const refusals: string[] = [];
  const names: RewrittenName[] = [];
  let root: XmlOpen | undefined;
  let calcDone = !fullCalcOnLoad;
  walkXml(xml, {
    wantText: (el) => el.local === 'definedName',
    open(el) {
      if (el.depth === 0) root = el;
      if (el.depth !== 1 || calcDone) return;
      if (el.local === 'calcPr') {
        calcDone = true;
        const a = attributeSpan(xml, el, 'fullCalcOnLoad');
        if (a) {
          const v = xml.slice(a.start, a.end);
          if (v !== '1' && v !== 'true') s.replace(a.start, a.end, '1');
        } else {
          const at = el.selfClosing ? xml.lastIndexOf('/', el.openEnd - 1) : el.openEnd - 1;
          s.insert(at, ' fullCalcOnLoad="1"');
        }
      } else if (AFTER_CALC_PR.has(el.local)) {
        calcDone = true;
        s.insert(el.start, `<${prefix(el.name)}calcPr fullCalcOnLoad="1"/>`);
      }
    },
    close(el) {
      if (el.depth === 0 && !calcDone && root) {
        calcDone = true;
        s.insert(el.closeStart, `<${prefix(root.name)}calcPr fullCalcOnLoad="1"/>`);
      }
      if (el.local !== 'definedName' || !anyDeletion) return;
      const t = el.text ?? '';
      const r = mapReferences(t, (op) => shiftOperand(op, undefined, deletionOf));
      if (!r.ok) refusals.push(XS.definedNameUnreadable(el.attributes.name ?? '', t));
      else if (r.changed) {
        s.replace(el.openEnd, el.closeStart, escapeText(r.text));
        const scope = el.attributes.localSheetId;
        names.push({ name: el.attributes.name ?? '', ...(scope !== undefined && /^\d+$/.test(scope) && { localSheetId: Number(scope) }), from: t, to: r.text });
      }
    },
  });
  if (s.size === 0) return { refusals, names };
  return { xml: s.apply(xml), refusals, names };
}

function prefix(qname: string): string {
  const i = qname.indexOf(':');
  return i < 0 ? '' : qname.slice(0, i + 1);
}

/**
 * Appends strings to the shared-string table and corrects its counts (`count` = references
 * from cells, `uniqueCount` = entries; ECMA-376 Part 1, 18.4.9). Only the root's start tag and
 * the end of the part change.
 */
export function appendSharedStrings(xml: string, added: ReadonlyArray<string | { rich: string }>, countDelta: number): string {
  if (added.length === 0 && countDelta === 0) return xml;
  const open = /<([A-Za-z_][\w.-]*:)?sst\b/.exec(xml);
  if (!open) throw new Error('appendSharedStrings: no <sst> root');
  const p = open[1] ?? '';
  const startTagEnd = xml.indexOf('>', open.index);
  const selfClosing = xml[startTagEnd - 1] === '/';
  const el: XmlOpen = { name: `${p}sst`, local: 'sst', uri: '', attributes: {}, start: open.index, openEnd: startTagEnd + 1, selfClosing, depth: 0 };
  const s = new Splicer();
  const spans = attributeSpans(xml, el);
  const count = spans.find((a) => a.name === 'count');
  const unique = spans.find((a) => a.name === 'uniqueCount');
  if (count) s.replace(count.start, count.end, String(Math.max(0, Number(xml.slice(count.start, count.end)) + countDelta)));
  if (unique) s.replace(unique.start, unique.end, String(Number(xml.slice(unique.start, unique.end)) + added.length));
  const items = added
    .map((t) => {
      // a rich string: its runs as rebuilt from a run list of this table (sheet-edit.ts rebuildLegacyRuns)
      if (typeof t !== 'string') return `<${p}si>${t.rich}</${p}si>`;
      const space = /^\s|\s$/.test(t) ? ' xml:space="preserve"' : '';
      return `<${p}si><${p}t${space}>${escapeText(encodeXstring(t))}</${p}t></${p}si>`;
    })
    .join('');
  if (selfClosing) {
    s.replace(startTagEnd - 1, startTagEnd + 1, `>${items}</${p}sst>`);
  } else if (items !== '') {
    const close = xml.lastIndexOf(`</${p}sst`);
    if (close < 0) throw new Error('appendSharedStrings: no </sst>');
    s.insert(close, items);
  }
  return s.apply(xml);
}

/** Removes the relationship with this Id from a .rels part (the element only). */
export function removeRelationship(xml: string, id: string): string {
  const s = new Splicer();
  walkXml(xml, {
    close(el) {
      if (el.local === 'Relationship' && el.attributes.Id === id) s.replace(el.start, el.end, '');
    },
  });
  return s.size === 0 ? xml : s.apply(xml);
}

/** Removes the Override for a part from [Content_Types].xml (part name without leading "/"). */
export function removeContentTypeOverride(xml: string, part: string): string {
  const s = new Splicer();
  const want = `/${part}`.toLowerCase();
  walkXml(xml, {
    close(el) {
      if (el.local === 'Override' && (el.attributes.PartName ?? '').toLowerCase() === want) s.replace(el.start, el.end, '');
    },
  });
  return s.size === 0 ? xml : s.apply(xml);
}
