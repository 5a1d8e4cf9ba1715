/**
 * Surgery on one worksheet part (ECMA-376 Part 1, 18.3): writes cells, deletes rows the way
 * Excel does, and moves every reference the sheet holds, while every character it does not need
 * to change stays as it was. One pass over the XML (src/xlsx/xml-splice.ts gives positions);
 * the edits are recorded as replacements and applied at the end.
 *
 * What changes:
 *  - a written cell: its value and type (its style and other attributes stay); strings go to
 *    the shared-string table through `strings`, or inline when the workbook has none;
 *  - a deleted row: removed; the rows below get their `r` numbers (and their cells') lowered;
 *  - formulas (cells, shared and array formulas, validations, conditional formats, sparklines):
 *    references to deleted rows of any sheet move up, shrink or become #REF!, as in Excel;
 *  - merges, validations and conditional formats (both kinds), hyperlinks, manual page breaks,
 *    the dimension, selections, frozen panes, autofilter and sort ranges, protected ranges,
 *    ignored errors, cell watches, object anchors: moved, shrunk, or removed when all their rows go.
 * What is refused (returned in `refusals`, nothing written): a write over a formula or over a
 * cell that no longer holds what the check saw; a deletion that would cut an array formula or a
 * data table, drop a hyperlink, or meet a formula or extension this module cannot rewrite safely.
 */
import { mapReferences, parseOperand, translateFormula } from './formula-rewrite';
import type { FormulaFailure, FormulaResult, RefOperand } from './formula-rewrite';
import type { Area, RowDeletion } from './row-deletion';
import { MAX_COL, MAX_ROW, colLetters, deleteRowsInArea, deleteRowsInSqref, formatArea, parseArea, parseSqref, sameSheet } from './row-deletion';
import { Splicer, attributeSpan, attributeSpans, encodeXstring, escapeAttr, escapeText, isMain, walkXml, withFastScan, NS_X14, NS_XM } from './xml-splice';
import type { WalkMode, XmlElement, XmlOpen } from './xml-splice';
import { decodeEscapes } from './xml';
import { repairLegacyRuns, type LegacyRun } from '../core/legacy';
import type { LegacyRepair } from '../core/fix/types';
import { XS } from './strings';

/** A formula to write, as stored in the file (no leading `=`; ECMA-376 Part 1, 18.3.1.40). */
export interface FormulaValue {
  formula: string;
}

/** What a write puts in a cell: a number, a text, a formula (without a cached result), or nothing. */
export type WriteValue = string | number | null | FormulaValue;

/** One cell to write. Rows 1-based, columns 0-based, in the numbering before any deletion. */
export interface CellWrite {
  row: number;
  col: number;
  value: WriteValue;
  /** The fix this write belongs to (a refusal names it). */
  fix: number;
  /** Also give the cell this font name (its style copied with only the font name changed; see styles-edit.ts). */
  font?: string;
  /** A legacy-text repair: a rich cell's runs are decoded one by one (see SetEdit.legacy). */
  legacy?: LegacyRepair;
}

/** What a cell holds now, as stored (for `verify`). */
export interface StoredCell {
  /** The `t` attribute ('n' when absent). */
  type: string;
  /** Text of `<v>`, when present. */
  v?: string;
  /** The XML inside `<is>` (an inline string), as written. */
  inline?: string;
  /** The `s` attribute. */
  style?: number;
  /** The formula, when the cell has one (a shared formula's follower: ''). */
  formula?: string;
}

/** Where new strings go: an index in the shared-string table, or undefined to write them inline. */
export interface StringSink {
  add(text: string): number | undefined;
  /** A rich string: the XML inside its `<si>` (runs), added as it is. */
  addRich?(inner: string): number | undefined;
  /** The XML inside `<si>` of shared string `index` when it has runs (rich text), else undefined. */
  richAt?(index: number): string | undefined;
}

export interface SheetEditInput {
  /** The sheet's name (its tab). */
  name: string;
  /**
   * The style index to give a written cell whose write names a font: its own style (`s`, 0 when
   * absent) with that font name; undefined when the styles part cannot take it (the write is refused).
   */
  restyle?: (style: number, font: string) => string | undefined;
  /** Rows deleted from each sheet of the workbook (this one included), by sheet name. */
  deletionOf(sheet: string): RowDeletion | undefined;
  /** True when any sheet of the workbook loses rows (formulas anywhere may need rewriting). */
  anyDeletion: boolean;
  /**
   * Every sheet of the workbook in tab order (chart and dialog sheets included): the sheets a 3-D
   * reference spans (`'Sheet1:Sheet3'!A1`), whose deletions it stops.
   */
  sheetOrder?: readonly string[];
  writes: readonly CellWrite[];
  /** Hyperlinks of cells on deleted rows that move to another cell (a fragment joined into the row above): "row:col" → target, old numbering. */
  moves?: ReadonlyMap<string, { row: number; col: number }>;
  strings: StringSink;
  /** Checks a cell still holds what the check saw; returns a Vietnamese reason when it does not. */
  verify?(write: CellWrite, cell: StoredCell | undefined): string | undefined;
  /** Formula cells whose cached value goes ("row:col", before the fix): see stale-values.ts. */
  stale?: ReadonlySet<string>;
  /** Checks a row to delete still holds what the check saw (its cells by 0-based column). */
  verifyRow?(row: number, cells: ReadonlyMap<number, StoredCell>): string | undefined;
  /**
   * New rows (Insert, as Excel does it), each before the row `before` of the old numbering; the
   * sheet's own RowDeletion counts them. Values by 0-based column; formulas are written as given
   * (they are in the numbering after the edit). Cell and row styles come from row `like` (old
   * numbering, above the insertion point), as Excel's "Format same as above".
   */
  inserts?: readonly InsertedRow[];
}

/** One inserted row (see SheetEditInput.inserts). */
export interface InsertedRow {
  before: number;
  values: readonly WriteValue[];
  like?: number;
  fix: number;
}

/**
 * A refusal: a fix whose write cannot be made; a row that cannot be deleted (`row`); or a sheet
 * none of whose rows can be deleted (no `row`).
 */
export type Refusal = { fix: number; reason: string } | { deletionOf: string; row?: number; reason: string };

export interface SheetEditResult {
  /** The new text in pieces (a million-row sheet is never joined into one string); [xml] when unchanged. */
  chunks: string[];
  changed: boolean;
  refusals: Refusal[];
  /** Cells (new numbering) whose formula now holds #REF! because a row it read was deleted. */
  refErrors: string[];
  /** Shared-string references dropped (written over or deleted) and added. */
  sstRefsRemoved: number;
  sstRefsAdded: number;
  /** Formula cells moved, removed or rewritten: the calculation chain no longer matches. */
  formulaCellsChanged: boolean;
  /** The sheet holds at least one formula. */
  hasFormulas: boolean;
  /** Cells written (new numbering), for the caller's log. */
  written: string[];
  /** Formula cells whose stale cached value was dropped. */
  valuesDropped: number;
  /** Formulas written without a cached value (the workbook must recalculate on open). */
  formulasWritten?: number;
  /** Formulas of cells that stay whose text the row deletions changed, in document order. */
  rewritten: RewrittenFormula[];
  /** Merges, validations, conditional formats and hyperlinks the row deletions moved or removed. */
  shifted: ShiftCounts;
}

/**
 * A formula the row deletions rewrote (references moved, shrunk or turned into #REF!), in a cell
 * that stays: its row before and after (1-based) and column (0-based); the text as stored (no
 * leading `=`) before and after. A shared formula's follower is given with its own text.
 */
export interface RewrittenFormula {
  row: number;
  newRow: number;
  col: number;
  from: string;
  to: string;
  /** It now reads #REF! (it read a cell of a deleted row). */
  ref: boolean;
}

/** How many of each kind the row deletions moved (or shrank, or re-anchored) and removed with their rows. */
export interface ShiftCount {
  moved: number;
  removed: number;
}

export interface ShiftCounts {
  mergeCells: ShiftCount;
  dataValidations: ShiftCount;
  conditionalFormats: ShiftCount;
  hyperlinks: ShiftCount;
}

/** No change of any kind. */
export function noShifts(): ShiftCounts {
  return { mergeCells: { moved: 0, removed: 0 }, dataValidations: { moved: 0, removed: 0 }, conditionalFormats: { moved: 0, removed: 0 }, hyperlinks: { moved: 0, removed: 0 } };
}

const key = (row: number, col: number) => `${row}:${col}`;

interface CellInfo {
  open: XmlOpen;
  row: number;
  col: number;
  slot: number;
  f?: XmlElement;
  v?: XmlElement;
  is?: XmlElement;
  write?: CellWrite;
}

interface SharedGroup {
  /** Master cell, old numbering. */
  row: number;
  col: number;
  formula: string;
  /** Keep the group shared (false: every member gets its own formula). */
  keep: boolean;
  /** Members' rows run top..bottom (old numbering). */
  top: number;
  bottom: number;
  /** The master's formula after the deletions, when they changed it (a group kept shared). */
  rewritten?: string;
}

/** An element outside sheetData rewritten as a whole when it closes, with the edits inside it. */
interface Frame {
  el: XmlOpen;
  splicer: Splicer;
  /** Items kept and removed (merges, validations, hyperlinks, breaks). */
  kept: number;
  removed: number;
  /** Manual page breaks removed (rowBreaks). */
  manualRemoved?: number;
  /** The last page break kept (rowBreaks), to drop duplicates. */
  lastBreak?: number;
  /** Child containers removed because they emptied (ext). */
  emptied?: number;
}

/** A validation, conditional format or sparkline: its range and formulas, settled when it closes. */
interface Anchored {
  el: XmlOpen;
  sqref?: { text: string; start: number; end: number };
  formulas: XmlElement[];
  /** Other replacements inside it (cfvo formulas). */
  extra: Array<[number, number, string]>;
}

/** Elements below the top level that get a frame. */
const FRAMED = new Set(['dataValidations', 'conditionalFormattings', 'rowBreaks', 'ext', 'sparklineGroups', 'customSheetViews', 'customSheetView']);
/** Containers with a count of their items, removed when every item goes. */
const COUNTED = new Set(['mergeCells', 'dataValidations', 'hyperlinks', 'rowBreaks', 'conditionalFormattings']);

/**
 * Edits one worksheet. `xml` is the part's text. Never throws for a user's file except
 * XmlSyntaxError (not XML at all); everything unsafe is a refusal.
 */
/**
 * A <row> or <c> start tag without an r= attribute. The lookahead is lazy: the same tags, but
 * r= (usually the first attribute) is found at once instead of after backing off from the `>`,
 * which matters on a 35 MB sheet (every tag is tried).
 */
const UNNUMBERED = /<(?:row|c)(?=[\s/>])(?![^>]*?\sr\s*=)[^>]*>/;

export function editSheet(xml: string, input: SheetEditInput): SheetEditResult {
  // Sheets are large: the fast scanner first, saxes when it meets anything unusual.
  return withFastScan((mode) => editSheetIn(mode, xml, input));
}

function editSheetIn(mode: WalkMode, xml: string, input: SheetEditInput): SheetEditResult {
  const own = input.name;
  const ownDel = input.deletionOf(own);
  const del = ownDel && !ownDel.empty ? ownDel : undefined;
  const writesByRow = new Map<number, CellWrite[]>();
  for (const w of input.writes) {
    const list = writesByRow.get(w.row) ?? [];
    list.push(w);
    writesByRow.set(w.row, list);
  }
  for (const list of writesByRow.values()) list.sort((a, b) => a.col - b.col);
  const inserts = [...(input.inserts ?? [])].sort((a, b) => a.before - b.before);
  let insertAt = 0;
  /** Template rows for inserted rows (old numbering): their row attributes and cell styles, captured as the scan passes them. */
  const likeRows = new Set(inserts.flatMap((i) => (i.like === undefined ? [] : [i.like])));
  const likeSeen = new Map<number, { row: XmlOpen; styles: Map<number, string> }>();
  const pendingRows = [...writesByRow.keys()].sort((a, b) => a - b);
  let pendingRowAt = 0;
  const doneWrites = new Set<CellWrite>();

  const main = new Splicer(xml);
  const result: SheetEditResult = {
    chunks: [xml],
    changed: false,
    refusals: [],
    refErrors: [],
    sstRefsRemoved: 0,
    sstRefsAdded: 0,
    formulaCellsChanged: false,
    hasFormulas: false,
    written: [],
    valuesDropped: 0,
    rewritten: [],
    shifted: noShifts(),
  };
  const refuseDeletion = (sheet: string, reason: string, row?: number) => {
    if (!result.refusals.some((r) => 'deletionOf' in r && r.deletionOf === sheet && r.reason === reason && r.row === row)) {
      result.refusals.push(row === undefined ? { deletionOf: sheet, reason } : { deletionOf: sheet, row, reason });
    }
  };
  // Rows or cells without their optional r= (ECMA-376 Part 1, 18.3.1.73 and 18.3.1.4) are
  // numbered by position; the splicer addresses rows and cells by r=, so such a sheet is not
  // edited at all: refused whole, with the reason, rather than written at the wrong place.
  if (input.writes.length > 0 || del) {
    if (UNNUMBERED.test(xml)) {
      const reason = XS.noRowNumbers;
      for (const w of input.writes) result.refusals.push({ fix: w.fix, reason });
      if (del) refuseDeletion(own, reason);
      return result;
    }
  }
  const newRowOf = (r: number) => (del ? (del.newRow(r) ?? r) : r);

  /** Rewrites a formula after every sheet's deletions; failures become refusals. */
  const rewrite = (formula: string, where: string): FormulaResult => {
    if (!input.anyDeletion) return { ok: true, text: formula, changed: false };
    if (!del && !formula.includes('!')) return { ok: true, text: formula, changed: false };
    const r = mapReferences(formula, (op) => shiftOperand(op, own, input.deletionOf));
    if (!r.ok) failed(formula, where, r.reason);
    return r;
  };
  /** A formula that cannot be rewritten stops the deletions it might concern. */
  const failed = (formula: string, where: string, reason: FormulaFailure) => {
    for (const sheet of deletingSheets(input, own, formula)) {
      // A formula on another sheet is named with its sheet: the reason is read on the deleting one's.
      const at = sameSheet(sheet, own) ? where : XS.onSheet(where, own);
      refuseDeletion(sheet, reason === '3d-reference' ? XS.formula3d(at, formula) : XS.formulaUnreadable(at, formula));
    }
  };

  // sheetData state
  let depthSheetData = -1;
  let rowNum = 0;
  let rowDeleted = false;
  let rowSlot = -1;
  let rowOpen: XmlOpen | undefined;
  /** newRowOf for the cells of one row, computed once per row (and as text): a row's cells all move alike. */
  let movedFor = -1;
  let movedTo = -1;
  let movedRowText = '';
  const movedRow = (r: number): number => {
    if (r !== movedFor) {
      movedFor = r;
      movedTo = newRowOf(r);
      movedRowText = String(movedTo);
    }
    return movedTo;
  };
  let rowWrites: readonly CellWrite[] = NO_WRITES;
  let rowCells = new Map<number, StoredCell>();
  let rowWriteAt = 0;
  let colNum = -1;
  let cell: CellInfo | undefined;
  /** hasFormula's tags for the cells' qualified name (`c`, or `x:c`), made once. */
  let cellName = '';
  let cellEndTag = '';
  let cellF = '';
  /** Column letters by index, made once per column (every moved cell's r is rewritten). */
  const letters: string[] = [];
  const lettersOf = (col: number): string => (letters[col] ??= colLetters(col));
  const shared = new Map<string, SharedGroup>();

  // Outside sheetData, containers are rewritten whole when they close: each gets a frame whose
  // splicer collects the edits inside it (so a container can drop out with its items).
  const frames: Frame[] = [];
  let anchored: Anchored | undefined;
  let inExt = 0;

  const top = (): Frame | undefined => frames[frames.length - 1];
  let hyperlinkAreas: Area[] | undefined;

  /** Writes the new cells of the current row that come before column `before`. */
  const insertWritesBefore = (before: number, at: number) => {
    while (rowWriteAt < rowWrites.length && (rowWrites[rowWriteAt] as CellWrite).col < before) {
      const w = rowWrites[rowWriteAt++] as CellWrite;
      if (doneWrites.has(w)) continue;
      doneWrites.add(w);
      const refusal = input.verify?.(w, undefined);
      if (refusal) {
        result.refusals.push({ fix: w.fix, reason: refusal });
        continue;
      }
      if (w.value === null) continue;
      main.insert(at, newCellXml(rowOpen, w, newRowOf(w.row), rowStyle(rowOpen)));
      result.written.push(`${colLetters(w.col)}${newRowOf(w.row)}`);
    }
  };

  const newCellXml = (row: XmlOpen | undefined, w: CellWrite, newRow: number, style: string | undefined): string => {
    const p = prefixOf(row?.name ?? 'row');
    const attrs: Array<[string, string]> = [['r', `${colLetters(w.col)}${newRow}`]];
    const s = w.font !== undefined ? (input.restyle?.(Number(style ?? 0), w.font) ?? style) : style;
    if (s !== undefined) attrs.push(['s', s]);
    return cellMarkup(p, attrs, w.value, input.strings, result);
  };

  /** New rows for writes to rows that do not exist yet, before row `before`. */
  const insertRowsBefore = (before: number, at: number, sheetDataName: string, into: Splicer = main) => {
    while (pendingRowAt < pendingRows.length && (pendingRows[pendingRowAt] as number) < before) {
      const r = pendingRows[pendingRowAt++] as number;
      const list = (writesByRow.get(r) ?? []).filter((w) => !doneWrites.has(w));
      const cells: string[] = [];
      for (const w of list) {
        doneWrites.add(w);
        const refusal = input.verify?.(w, undefined);
        if (refusal) {
          result.refusals.push({ fix: w.fix, reason: refusal });
          continue;
        }
        if (w.value === null) continue;
        const p = prefixOf(sheetDataName);
        cells.push(cellMarkup(p, [['r', `${colLetters(w.col)}${newRowOf(r)}`]], w.value, input.strings, result));
        result.written.push(`${colLetters(w.col)}${newRowOf(r)}`);
      }
      if (cells.length > 0) {
        const p = prefixOf(sheetDataName);
        into.insert(at, `<${p}row r="${newRowOf(r)}">${cells.join('')}</${p}row>`);
      }
    }
  };

  /** The inserted rows whose point is at or above old row `limit`, written at offset `at` (with pending writes before them). */
  const emitInserts = (limit: number, at: number, sheetDataName: string, into: Splicer = main) => {
    while (insertAt < inserts.length && (inserts[insertAt] as InsertedRow).before <= limit) {
      const before = (inserts[insertAt] as InsertedRow).before;
      insertRowsBefore(before, at, sheetDataName, into);
      const group: InsertedRow[] = [];
      while (insertAt < inserts.length && (inserts[insertAt] as InsertedRow).before === before) group.push(inserts[insertAt++] as InsertedRow);
      // Row `before` goes to before - countBefore(before); the inserted rows sit just above it.
      let n = before - (del ? del.countBefore(before) : 0) - group.length;
      const p = prefixOf(sheetDataName);
      const out: string[] = [];
      for (const ins of group) {
        const like = ins.like === undefined ? undefined : likeSeen.get(ins.like);
        if (ins.like !== undefined && !like && ins.like < before) {
          // The template row has no element: an empty row with default formatting.
        } else if (ins.like !== undefined && ins.like >= before) {
          result.refusals.push({ fix: ins.fix, reason: XS.templateRowBelow(ins.like, before) });
        }
        out.push(insertedRowXml(p, ins, n++, like));
      }
      into.insert(at, out.join(''));
      result.formulaCellsChanged = true;
    }
  };

  function insertedRowXml(p: string, ins: InsertedRow, r: number, like: { row: XmlOpen; styles: Map<number, string> } | undefined): string {
    const attrs: string[] = [`r="${r}"`];
    if (like) {
      for (const k of ['s', 'customFormat', 'ht', 'customHeight', 'hidden', 'outlineLevel']) {
        const v = like.row.attributes[k];
        if (v !== undefined) attrs.push(`${k}="${escapeAttr(v)}"`);
      }
    }
    const cols = new Set<number>();
    ins.values.forEach((v, c) => {
      if (v !== null && v !== undefined) cols.add(c);
    });
    if (like) for (const c of like.styles.keys()) cols.add(c);
    const rowS = like ? rowStyle(like.row) : undefined;
    const cells: string[] = [];
    for (const c of [...cols].sort((a, b) => a - b)) {
      const style = like?.styles.get(c) ?? rowS;
      const cellAttrs: Array<[string, string]> = [['r', `${colLetters(c)}${r}`], ...styleAttr(style)];
      const v = ins.values[c] ?? null;
      cells.push(cellMarkup(p, cellAttrs, v, input.strings, result));
      if (v !== null) result.written.push(`${colLetters(c)}${r}`);
    }
    return cells.length === 0 ? `<${p}row ${attrs.join(' ')}/>` : `<${p}row ${attrs.join(' ')}>${cells.join('')}</${p}row>`;
  }

  walkXml(
    xml,
    {
    wantText(el) {
      if (cell) return (el.local === 'f' || el.local === 'v') && isMain(el.uri);
      if (frames.length > 0) {
        if (isMain(el.uri) && (el.local === 'formula' || el.local === 'formula1' || el.local === 'formula2')) return true;
        if (el.uri === NS_XM && (el.local === 'f' || el.local === 'sqref')) return true;
      }
      return false;
    },

    open(el, parents) {
      const depth = el.depth;
      if (depthSheetData >= 0) {
        if (depth === depthSheetData + 1 && el.local === 'row') openRow(el);
        else if (depth === depthSheetData + 2 && el.local === 'c') return openCell(el);
        return;
      }
      if (depth === 1 && isMain(el.uri)) {
        if (el.local === 'dimension') return openDimension(el);
        if (el.local === 'sheetData') return openSheetData(el);
      }
      // parents[i] is the open element at depth i: parents[1], the ancestor under the root.
      if (depth >= 2 && parents[1]?.local === 'sheetViews') return openInViews(el, main);
      if (depth === 1 ? !el.selfClosing && el.local !== 'sheetViews' : FRAMED.has(el.local) && !el.selfClosing) {
        frames.push({ el, splicer: new Splicer(), kept: 0, removed: 0 });
        if (el.local === 'extLst') inExt++;
      }
      openInFrame(el, parents);
    },

    close(el, parents) {
      const depth = el.depth;
      if (depthSheetData >= 0) {
        if (cell && depth === depthSheetData + 3) {
          if (el.local === 'f') cell.f = el;
          else if (el.local === 'v') cell.v = el;
          else if (el.local === 'is') cell.is = el;
        } else if (cell && depth === depthSheetData + 2 && el.local === 'c') closeCell(el);
        else if (depth === depthSheetData + 1 && el.local === 'row') closeRow(el);
        else if (depth === depthSheetData) {
          emitInserts(MAX_ROW + 1, el.closeStart, el.name);
          insertRowsBefore(MAX_ROW + 1, el.closeStart, el.name);
          depthSheetData = -1;
        }
        return;
      }
      closeInFrame(el, parents);
      const f = top();
      if (f && f.el.start === el.start) {
        frames.pop();
        if (el.local === 'extLst') inExt--;
        closeFrame(f, el);
      }
    },
    },
    mode,
  );

  function openDimension(el: XmlOpen) {
    const a = attributeSpan(xml, el, 'ref');
    if (!a || !del) return;
    const t = xml.slice(a.start, a.end);
    if (!t.includes(':')) return;
    const n = shiftAreaText(t, del);
    if (n !== undefined && n !== null && n !== t) main.replace(a.start, a.end, n);
  }

  function openSheetData(el: XmlOpen) {
    depthSheetData = el.depth;
    if (!el.selfClosing) return;
    // <sheetData/> and cells to write: give it rows.
    depthSheetData = -1;
    const p = prefixOf(el.name);
    const body = new Splicer();
    emitInserts(MAX_ROW + 1, 0, el.name, body);
    insertRowsBefore(MAX_ROW + 1, 0, el.name, body);
    if (body.size === 0) return;
    main.replace(el.start, el.openEnd, `<${p}sheetData>${body.apply('')}</${p}sheetData>`);
  }

  /** A frame closes: its edits become one replacement in the frame around it. */
  function closeFrame(f: Frame, el: XmlElement) {
    const parent = top();
    const into = parent?.splicer ?? main;
    const counted = COUNTED.has(el.local);
    if (counted && f.kept === 0 && f.removed > 0) {
      // Every item went: the container goes too (the schema wants at least one item).
      into.replace(el.start, el.end, '');
      if (parent) parent.emptied = (parent.emptied ?? 0) + 1;
      return;
    }
    if (el.local === 'ext' && f.emptied && f.emptied > 0 && f.kept === 0) {
      // An extension left without content.
      const inner = f.splicer.applyRange(xml, el.openEnd, el.closeStart);
      if (inner.trim() === '') {
        into.replace(el.start, el.end, '');
        return;
      }
    }
    if (f.splicer.size === 0) return;
    let text = f.splicer.applyRange(xml, el.start, el.end);
    if (counted && f.removed > 0) text = setCount(text, el, f);
    into.replace(el.start, el.end, text);
  }

  /** Views (sheetViews, customSheetViews): the top-left cell, frozen rows, selections. */
  function openInViews(el: XmlOpen, into: Splicer) {
    if (!del || !isMain(el.uri)) return;
    if (el.local === 'sheetView' || el.local === 'pane' || el.local === 'customSheetView') {
      const a = attributeSpan(xml, el, 'topLeftCell');
      if (a) replaceCellAttr(into, a.start, a.end);
      if (el.local === 'pane') {
        const y = attributeSpan(xml, el, 'ySplit');
        const state = el.attributes.state;
        if (y && (state === 'frozen' || state === 'frozenSplit')) {
          const n = Number(xml.slice(y.start, y.end));
          if (Number.isInteger(n) && n > 0) {
            const m = n - del.countAtMost(n);
            if (m !== n) into.replace(y.start, y.end, String(m));
          }
        }
      }
    } else if (el.local === 'selection') {
      editSelection(into, el);
    }
  }

  function editSelection(s: Splicer, el: XmlOpen) {
    if (!del) return;
    const spans = attributeSpans(xml, el);
    for (const a of spans) {
      if (a.name === 'activeCell') replaceCellAttr(s, a.start, a.end);
      else if (a.name === 'sqref') {
        const t = xml.slice(a.start, a.end);
        const n = deleteRowsInSqref(t, del);
        if (n === undefined || n === t) continue;
        // The active cell stays inside the selection: when its own range went with the rows,
        // the cell that takes its place (where activeCell now points) is selected with the rest.
        const active = clampCell(el.attributes.activeCell ?? 'A1');
        s.replace(a.start, a.end, n === '' || !inSqref(active, n) ? [active, n].filter((x) => x !== '').join(' ') : n);
      }
    }
  }

  /** A single-cell attribute (topLeftCell, activeCell): moved up; on a deleted row, the row that takes its place. */
  function replaceCellAttr(s: Splicer, start: number, end: number) {
    const t = xml.slice(start, end);
    const n = clampCell(t);
    if (n !== t) s.replace(start, end, n);
  }

  function inSqref(cell: string, sqref: string): boolean {
    const c = parseArea(cell);
    if (!c?.top || !c.left) return true;
    const row = c.top.n;
    const col = c.left.n;
    return (parseSqref(sqref) ?? []).some((a) => {
      const top = a.top?.n ?? 1;
      const bottom = a.bottom?.n ?? (a.top ? top : MAX_ROW);
      const left = a.left?.n ?? 0;
      const right = a.right?.n ?? (a.left ? left : 16383);
      return row >= Math.min(top, bottom) && row <= Math.max(top, bottom) && col >= Math.min(left, right) && col <= Math.max(left, right);
    });
  }

  function clampCell(t: string): string {
    if (!del) return t;
    const a = parseArea(t);
    if (!a || !a.single || !a.top || !a.left) return t;
    const r = a.top.n;
    const n = Math.max(1, r - del.countBefore(r));
    return n === r ? t : `${colLetters(a.left.n)}${n}`;
  }

  function openRow(el: XmlOpen) {
    // Nothing before this row changes any more: let the splicer write it out.
    main.settle(el.start);
    const rAttr = el.attributes.r;
    rowNum = rAttr !== undefined && isDigits(rAttr) ? Number(rAttr) : rowNum + 1;
    colNum = -1;
    rowOpen = el;
    rowDeleted = del?.isDeleted(rowNum) ?? false;
    emitInserts(rowNum, el.start, el.name);
    insertRowsBefore(rowNum, el.start, el.name);
    if (likeRows.has(rowNum)) likeSeen.set(rowNum, { row: el, styles: new Map() });
    // A row that exists is handled here, not as a new row.
    while (pendingRowAt < pendingRows.length && (pendingRows[pendingRowAt] as number) === rowNum) pendingRowAt++;
    rowWrites = writesByRow.get(rowNum) ?? NO_WRITES;
    rowWriteAt = 0;
    if (rowDeleted) {
      rowSlot = main.reserve(el.start);
      rowCells = new Map();
      return;
    }
    const newRow = newRowOf(rowNum);
    const pending = rowWrites.length === 0 ? NO_WRITES : rowWrites.filter((w) => !doneWrites.has(w));
    if (el.selfClosing) {
      if (newRow !== rowNum || pending.some((w) => w.value !== null)) {
        // <row r="9" .../> → <row r="8" ...>new cells</row>
        const p = prefixOf(el.name);
        let tag = xml.slice(el.start, el.openEnd);
        tag = replaceAttrIn(tag, el, 'r', rAttr !== undefined && newRow !== rowNum ? String(newRow) : undefined);
        tag = widenSpans(tag, el, pending);
        const cells: string[] = [];
        for (const w of pending) {
          doneWrites.add(w);
          const refusal = input.verify?.(w, undefined);
          if (refusal) {
            result.refusals.push({ fix: w.fix, reason: refusal });
            continue;
          }
          if (w.value === null) continue;
          cells.push(cellMarkup(p, [['r', `${colLetters(w.col)}${newRow}`], ...styleAttr(rowStyle(el))], w.value, input.strings, result));
          result.written.push(`${colLetters(w.col)}${newRow}`);
        }
        const body = cells.length > 0 ? `${tag.replace(/\s*\/>$/, '>')}${cells.join('')}</${p}row>` : tag;
        if (body !== xml.slice(el.start, el.openEnd)) main.replace(el.start, el.openEnd, body);
      }
      return;
    }
    if (rAttr !== undefined && newRow !== rowNum) {
      const at = rValueAt(xml, el);
      if (at >= 0) main.replace(at, at + rAttr.length, String(newRow));
    }
    if (pending.length > 0) {
      const sp0 = attributeSpan(xml, el, 'spans');
      if (sp0) {
        const t = xml.slice(sp0.start, sp0.end);
        const w = widenSpansValue(t, pending);
        if (w !== t) main.replace(sp0.start, sp0.end, w);
      }
    }
  }

  function closeRow(el: XmlElement) {
    if (rowDeleted) {
      main.fill(rowSlot, el.end, '');
      result.formulaCellsChanged = true;
      const why = input.verifyRow?.(rowNum, rowCells);
      if (why) refuseDeletion(own, why, rowNum);
    } else if (!el.selfClosing) {
      insertWritesBefore(Number.MAX_SAFE_INTEGER, el.closeStart);
    }
    rowOpen = undefined;
    rowDeleted = false;
  }

  /** Returns true when the cell's content may be skipped. */
  function openCell(el: XmlOpen): boolean {
    const r = el.attributes.r;
    let col = colNum + 1;
    if (r !== undefined) col = refColumn(r) ?? col;
    colNum = col;
    cell = { open: el, row: rowNum, col, slot: -1 };
    if (likeSeen.size > 0 && el.attributes.s !== undefined) likeSeen.get(rowNum)?.styles.set(col, el.attributes.s);
    if (rowDeleted) return !input.verifyRow && !el.selfClosing && !hasFormula(el);
    if (rowWriteAt < rowWrites.length) insertWritesBefore(col, el.start);
    const write = rowWrites.length === 0 ? undefined : rowWrites.find((w) => w.col === col && !doneWrites.has(w));
    if (write) {
      // A written cell is replaced whole when it closes.
      cell.write = write;
      cell.slot = main.reserve(el.start);
      return false;
    }
    if (r !== undefined && del && movedRow(rowNum) !== rowNum) {
      // A cell that only moves: its r now; its formula, if any, when it closes.
      const at = rValueAt(xml, el);
      if (at >= 0) main.replace(at, at + r.length, `${lettersOf(col)}${movedRowText}`);
    }
    // Nothing inside a cell without a formula matters here: let the scanner skip it.
    return !el.selfClosing && !hasFormula(el);
  }

  /** Whether a cell's content holds an `<f>` (looked up in the text, up to the cell's end tag). */
  function hasFormula(el: XmlOpen): boolean {
    if (el.name !== cellName) {
      cellName = el.name;
      cellEndTag = `</${el.name}>`;
      cellF = `${prefixOf(el.name)}f`;
    }
    const end = xml.indexOf(cellEndTag, el.openEnd);
    if (end < 0) return true;
    const f = cellF;
    for (let j = xml.indexOf('<', el.openEnd); j >= 0 && j < end; j = xml.indexOf('<', j + 1)) {
      if (textAt(xml, j + 1, f)) {
        const after = xml.charCodeAt(j + 1 + f.length);
        if (after === 0x20 || after === 0x3e || after === 0x2f || after === 0x09 || after === 0x0a || after === 0x0d) return true;
      }
    }
    return false;
  }

  function closeCell(el: XmlElement) {
    const c = cell as CellInfo;
    cell = undefined;
    const t = c.open.attributes.t ?? 'n';
    if (c.f) result.hasFormulas = true;
    if (rowDeleted) {
      if (t === 's') result.sstRefsRemoved++;
      if (c.f) inspectDeletedFormula(c);
      if (input.verifyRow) rowCells.set(c.col, storedOf(c, t));
      return;
    }
    if (c.write) {
      doneWrites.add(c.write);
      main.fill(c.slot, el.end, writtenCell(c, el, t));
    } else if (c.f) {
      for (const [st, en, tx] of formulaEdits(c, el)) main.replace(st, en, tx);
    }
  }

  function storedOf(c: CellInfo, t: string): StoredCell {
    const stored: StoredCell = { type: t };
    if (c.v?.text !== undefined) stored.v = c.v.text;
    if (c.is) stored.inline = xml.slice(c.is.openEnd, c.is.closeStart);
    if (c.open.attributes.s !== undefined) stored.style = Number(c.open.attributes.s);
    if (c.f) stored.formula = c.f.text ?? '';
    return stored;
  }

  /** A cell on a deleted row: its formula may be the master of cells that stay. */
  function inspectDeletedFormula(c: CellInfo) {
    const f = c.f as XmlElement;
    const ft = f.attributes.t;
    const where = `${colLetters(c.col)}${c.row}`;
    if (ft === 'shared' && f.attributes.ref !== undefined) {
      const si = f.attributes.si ?? '';
      registerShared(si, c, f.text ?? '', f.attributes.ref);
    } else if (ft === 'array' && f.attributes.ref !== undefined && del) {
      const a = parseArea(f.attributes.ref);
      if (a && a.top && a.bottom && del.survivesIn(a.top.n, a.bottom.n)) {
        refuseDeletion(own, XS.rowCutsArrayFormula(c.row, f.attributes.ref, where), c.row);
      }
    } else if (ft === 'dataTable') {
      refuseDeletion(own, XS.rowHasDataTable(c.row, where), c.row);
    }
  }

  function registerShared(si: string, c: CellInfo, formula: string, ref: string) {
    const a = parseArea(ref);
    const top = a?.top?.n ?? c.row;
    const bottom = a?.bottom?.n ?? c.row;
    shared.set(si, { row: c.row, col: c.col, formula, top, bottom, keep: sharedStaysShared(formula, top, bottom, c.row) });
  }

  /**
   * Whether a shared formula group can stay shared after the deletions: its members move
   * together and every reference it makes moves by the same amount for all of them.
   */
  function sharedStaysShared(formula: string, top: number, bottom: number, masterRow: number): boolean {
    if (!input.anyDeletion) return true;
    if (del && (del.isDeleted(masterRow) || !del.movesWhole(top, bottom))) return false;
    const h = bottom - masterRow;
    let ok = true;
    const r = mapReferences(formula, (op) => {
      if (!op.area || op.book !== undefined) return undefined;
      const sheet = op.sheet ?? own;
      const d = input.deletionOf(sheet);
      if (!d || d.empty) return undefined;
      for (const b of [op.area.top, op.area.bottom]) {
        if (!b) continue;
        const lo = b.n;
        const hi = b.abs ? b.n : b.n + h;
        if (hi > MAX_ROW || !d.movesWhole(lo, hi)) ok = false;
      }
      return undefined;
    });
    return r.ok && ok;
  }

  /** The text of a written cell (as it was, moved, when the write is refused). */
  function writtenCell(c: CellInfo, el: XmlElement, t: string): string {
    const w = c.write as CellWrite;
    const where = `${colLetters(c.col)}${c.row}`;
    const shared = c.f && (c.f.attributes.t === 'shared' || c.f.attributes.t === 'array' || c.f.attributes.t === 'dataTable');
    if (c.f && (shared || !isFormula(w.value))) {
      const shown = c.f.text ? `=${c.f.text}` : XS.sharedFormulaWord;
      if (isFormula(w.value)) {
        result.refusals.push({ fix: w.fix, reason: XS.cellInSharedFormula(where, shown) });
        return wholeMovedCell(c, el);
      }
      result.refusals.push({ fix: w.fix, reason: XS.cellHasFormula(where, shown) });
      return wholeMovedCell(c, el);
    }
    const refusal = input.verify?.(w, storedOf(c, t));
    if (refusal) {
      result.refusals.push({ fix: w.fix, reason: refusal });
      return wholeMovedCell(c, el);
    }
    let restyled: string | undefined;
    if (w.font !== undefined) {
      restyled = input.restyle?.(Number(c.open.attributes.s ?? 0), w.font);
      if (restyled === undefined) {
        result.refusals.push({ fix: w.fix, reason: XS.fontChangeFailed(where, w.font) });
        return wholeMovedCell(c, el);
      }
    }
    // Text with per-run formatting (a bold word): kept run by run, or the write is refused.
    const rich = typeof w.value === 'string' ? richRuns(c, t) : undefined;
    let richValue: string | undefined;
    if (rich !== undefined) {
      const rebuilt = w.legacy ? rebuildLegacyRuns(rich, w.legacy, w.value as string) : undefined;
      if (rebuilt === undefined) {
        result.refusals.push({
          fix: w.fix,
          reason: XS.richTextLost(where),
        });
        return wholeMovedCell(c, el);
      }
      richValue = rebuilt;
    }
    if (t === 's') result.sstRefsRemoved++;
    const newRow = newRowOf(c.row);
    const attrs: Array<[string, string]> = [];
    if (c.f) result.formulaCellsChanged = true;
    for (const [k, v] of Object.entries(c.open.attributes)) {
      if (k === 't' || k === 'vm' || k === 'cm') continue;
      attrs.push([k, k === 'r' ? `${colLetters(c.col)}${newRow}` : k === 's' && restyled !== undefined ? restyled : v]);
    }
    if (restyled !== undefined && c.open.attributes.s === undefined) attrs.push(['s', restyled]);
    result.written.push(`${colLetters(c.col)}${newRow}`);
    if (richValue !== undefined) return richCellMarkup(prefixOf(c.open.name), attrs, richValue, input.strings, result);
    return cellMarkup(prefixOf(c.open.name), attrs, w.value, input.strings, result);
  }

  /** The runs (XML inside `<si>` / `<is>`) of a cell holding rich text, else undefined. */
  function richRuns(c: CellInfo, t: string): string | undefined {
    if (c.f) return undefined;
    if (t === 'inlineStr' && c.is) {
      const inner = xml.slice(c.is.openEnd, c.is.closeStart);
      return /<(\w+:)?r[\s>]/.test(inner) ? inner : undefined;
    }
    if (t === 's' && c.v?.text !== undefined) return input.strings.richAt?.(Number(c.v.text));
    return undefined;
  }

  /** A cell kept whole (a refused write): its r and its formula moved. */
  function wholeMovedCell(c: CellInfo, el: XmlElement): string {
    const local = new Splicer();
    const newRow = newRowOf(c.row);
    const rSpan = attributeSpan(xml, c.open, 'r');
    const edits: Array<[number, number, string]> = c.f ? formulaEdits(c, el) : [];
    if (rSpan && newRow !== c.row) edits.push([rSpan.start, rSpan.end, `${colLetters(c.col)}${newRow}`]);
    edits.sort((a, b) => a[0] - b[0]);
    for (const [st, en, tx] of edits) local.replace(st, en, tx);
    return local.applyRange(xml, el.start, el.end);
  }

  /**
   * The edits of a formula cell that stays, in document order: its formula follows the
   * deletions, a reference into a deleted row shows #REF!, a stale cached value goes.
   */
  function formulaEdits(c: CellInfo, el: XmlElement): Array<[number, number, string]> {
    const local: Array<[number, number, string]> = [];
    const newRow = newRowOf(c.row);
    let refError = false;
    if (c.f && input.anyDeletion) {
      const f = c.f;
      const ft = f.attributes.t;
      const where = `${colLetters(c.col)}${c.row}`;
      let formula: string | undefined = f.text ?? '';
      let replaceWhole: string | undefined;
      if (ft === 'shared') {
        const si = f.attributes.si ?? '';
        if (f.attributes.ref !== undefined) registerShared(si, c, formula, f.attributes.ref);
        const g = shared.get(si);
        if (!g) {
          formula = undefined;
          for (const sheet of deletingSheets(input, own, '')) refuseDeletion(sheet, XS.sharedFormulaMasterMissing(where));
        } else if (g.keep) {
          if (f.attributes.ref !== undefined) {
            const refSpan = attributeSpan(xml, f, 'ref');
            const a = parseArea(f.attributes.ref);
            if (refSpan && a && del) {
              const moved = deleteRowsInArea(a, del);
              if (moved && moved !== a) local.push([refSpan.start, refSpan.end, formatArea(moved)]);
            }
          } else {
            // A follower of a group that stays: nothing to write; its own text follows the master's.
            formula = undefined;
            if (g.rewritten !== undefined) followerRewritten(c, g, g.rewritten);
          }
        } else {
          // The group is split: this member gets its own formula.
          const own0 = translateFormula(g.formula, c.row - g.row, c.col - g.col);
          if (!own0.ok) {
            failed(g.formula, where, own0.reason);
            formula = undefined;
          } else {
            const r = rewrite(own0.text, where);
            if (r.ok) {
              replaceWhole = `<${f.name}>${escapeText(r.text)}</${f.name}>`;
              if (r.text.includes('#REF!') && !own0.text.includes('#REF!')) refError = true;
              if (r.text !== own0.text) noteRewritten(c, own0.text, r.text);
            }
            formula = undefined;
          }
        }
      } else if (ft === 'array' && f.attributes.ref !== undefined && del) {
        const a = parseArea(f.attributes.ref);
        if (a && a.top && a.bottom) {
          const refSpan = attributeSpan(xml, f, 'ref');
          const moved = deleteRowsInArea(a, del);
          if (moved === null || !del.movesWhole(Math.min(a.top.n, a.bottom.n), Math.max(a.top.n, a.bottom.n))) {
            refuseDeletion(own, XS.deleteCutsArrayFormula(f.attributes.ref, where));
          } else if (refSpan && moved !== a) local.push([refSpan.start, refSpan.end, formatArea(moved)]);
        }
      } else if (ft === 'dataTable') {
        if (del) refuseDeletion(own, XS.sheetHasDataTable(where));
        formula = undefined;
      }
      if (replaceWhole !== undefined) {
        local.push([f.start, f.end, replaceWhole]);
        result.formulaCellsChanged = true;
      } else if (formula !== undefined && formula !== '') {
        const r = rewrite(formula, where);
        if (r.ok && r.changed) {
          local.push([f.openEnd, f.closeStart, escapeText(r.text)]);
          result.formulaCellsChanged = true;
          if (r.text.includes('#REF!') && !formula.includes('#REF!')) refError = true;
          noteRewritten(c, formula, r.text);
          if (ft === 'shared') {
            const g = shared.get(f.attributes.si ?? '');
            if (g && g.row === c.row && g.col === c.col) g.rewritten = r.text;
          }
        }
      }
      if (refError) {
        // The cached value is stale: the formula now reads #REF!, as Excel shows it.
        result.refErrors.push(`${colLetters(c.col)}${newRow}`);
        const tSpan = attributeSpan(xml, c.open, 't');
        if (tSpan) local.push([tSpan.start, tSpan.end, 'e']);
        else local.push([c.open.openEnd - 1, c.open.openEnd - 1, ' t="e"']);
        if (c.v && !c.v.selfClosing) local.push([c.v.openEnd, c.v.closeStart, '#REF!']);
        else if (c.v) local.push([c.v.start, c.v.end, `<${c.v.name}>#REF!</${c.v.name}>`]);
        else if (!el.selfClosing) local.push([el.closeStart, el.closeStart, `<${prefixOf(c.open.name)}v>#REF!</${prefixOf(c.open.name)}v>`]);
      }
    }
    if (c.f && !refError && c.v && input.stale?.has(key(c.row, c.col))) {
      // A stale cached result goes, so that it is computed again (Excel, LibreOffice, our reader).
      const whole = attributeWhole(xml, c.open, 't');
      if (whole) local.push([whole[0], whole[1], '']);
      local.push([c.v.start, c.v.end, '']);
      result.valuesDropped++;
    }
    if (newRow !== c.row && c.f) result.formulaCellsChanged = true;
    return local.sort((x, y) => x[0] - y[0]);
  }

  /** Records a formula the deletions rewrote (see SheetEditResult.rewritten). */
  function noteRewritten(c: CellInfo, from: string, to: string) {
    result.rewritten.push({ row: c.row, newRow: newRowOf(c.row), col: c.col, from, to, ref: to.includes('#REF!') && !from.includes('#REF!') });
  }

  /** A follower of a shared group kept shared whose master was rewritten: its own text before and after. */
  function followerRewritten(c: CellInfo, g: SharedGroup, to: string) {
    const before = translateFormula(g.formula, c.row - g.row, c.col - g.col);
    const after = translateFormula(to, c.row - g.row, c.col - g.col);
    if (before.ok && after.ok && before.text !== after.text) noteRewritten(c, before.text, after.text);
  }

  // ---- outside sheetData: merges, validations, conditional formats, hyperlinks, breaks, filters, extLst

  function openInFrame(el: XmlOpen, parents: readonly XmlOpen[]) {
    const f = top();
    if (!f) {
      // A self-closing element of the sheet opens no frame: `<autoFilter ref="A5:F13"/>`, as
      // Excel, LibreOffice, openpyxl and XlsxWriter write a filter with no column filtered.
      if (el.depth === 1 && el.local === 'autoFilter' && isMain(el.uri)) shiftAutoFilter(el, main);
      return;
    }
    const l = el.local;
    const mainNs = isMain(el.uri);
    if (anchored) {
      if (mainNs && l === 'cfvo' && el.attributes.type === 'formula' && el.attributes.val !== undefined) {
        const v = attributeSpan(xml, el, 'val');
        const r = rewrite(el.attributes.val, XS.conditionalFormatRange(anchored.sqref?.text ?? ''));
        if (v && r.ok && r.changed) anchored.extra.push([v.start, v.end, escapeAttr(r.text)]);
      }
      return;
    }
    if ((mainNs || el.uri === NS_X14) && (l === 'dataValidation' || l === 'conditionalFormatting' || (l === 'sparkline' && el.uri === NS_X14))) {
      const a = mainNs ? attributeSpan(xml, el, 'sqref') : undefined;
      anchored = { el, formulas: [], extra: [], ...(a && { sqref: { text: xml.slice(a.start, a.end), start: a.start, end: a.end } }) };
      return;
    }
    if (!mainNs) return;
    if (l === 'pane' || l === 'selection' || l === 'customSheetView') return openInViews(el, f.splicer);
    if (l === 'hyperlink') return editHyperlink(el, f);
    if (l === 'autoFilter' || l === 'sortState' || l === 'sortCondition') return shiftAutoFilter(el, f.splicer);
    if ((l === 'protectedRange' || l === 'ignoredError') && del) {
      const a = attributeSpan(xml, el, 'sqref');
      if (!a) return;
      const t = xml.slice(a.start, a.end);
      const n = deleteRowsInSqref(t, del);
      // An ignored-error rule over deleted rows only is kept as it is (harmless).
      if (n === '' && l === 'protectedRange') refuseDeletion(own, XS.deleteLosesProtectedRange(t));
      else if (n !== undefined && n !== '' && n !== t) f.splicer.replace(a.start, a.end, n);
      return;
    }
    if ((l === 'scenario' || l === 'dataRef') && del) {
      refuseDeletion(own, l === 'scenario' ? XS.sheetHasScenarios : XS.sheetHasConsolidate);
    }
    void parents;
  }

  /** An autofilter's or sort's range: moved like Excel moves it; refused when all of it goes. */
  function shiftAutoFilter(el: XmlOpen, splicer: Splicer) {
    if (!del) return;
    const a = attributeSpan(xml, el, 'ref');
    if (!a) return;
    const t = xml.slice(a.start, a.end);
    const n = shiftAreaText(t, del);
    if (n === null) refuseDeletion(own, XS.deleteLosesAutoFilter(t));
    else if (n !== undefined && n !== t) splicer.replace(a.start, a.end, n);
  }

  function closeInFrame(el: XmlElement, parents: readonly XmlOpen[]) {
    const f = top();
    if (!f) return;
    if (anchored) {
      if (el.start === anchored.el.start) {
        const a = anchored;
        anchored = undefined;
        finishAnchored(a, el, f);
        return;
      }
      if ((isMain(el.uri) && (el.local === 'formula' || el.local === 'formula1' || el.local === 'formula2')) || (el.uri === NS_XM && el.local === 'f')) {
        anchored.formulas.push(el);
      } else if (el.uri === NS_XM && el.local === 'sqref') {
        anchored.sqref = { text: el.text ?? '', start: el.openEnd, end: el.closeStart };
      }
      return;
    }
    const l = el.local;
    if (isMain(el.uri)) {
      if (l === 'mergeCell') return closeMerge(el, f);
      if (l === 'brk' && parents[parents.length - 1]?.local === 'rowBreaks') return closeBreak(el, f);
      if (l === 'cellWatch' && del) {
        const a = attributeSpan(xml, el, 'r');
        const area = a ? parseArea(xml.slice(a.start, a.end)) : undefined;
        if (!a || !area) return;
        const moved = deleteRowsInArea(area, del);
        if (moved === null) f.splicer.replace(el.start, el.end, '');
        else if (moved !== area) f.splicer.replace(a.start, a.end, formatArea(moved));
        return;
      }
    }
    // Anything else of an extension that holds references: allowed only if nothing changes.
    if (inExt > 0 && el.uri === NS_XM && (el.local === 'f' || el.local === 'sqref') && input.anyDeletion) {
      const t = el.text ?? '';
      let changes: boolean;
      if (el.local === 'sqref') changes = del !== undefined && deleteRowsInSqref(t, del) !== t;
      else {
        const r = mapReferences(t, (op) => shiftOperand(op, own, input.deletionOf));
        changes = !r.ok || r.changed;
      }
      if (changes) {
        const ext = parents.find((p) => p.local === 'ext');
        const why = XS.extensionOnDeletedRows(ext?.attributes.uri ?? '', t);
        const sheets = deletingSheets(input, own, t);
        for (const sheet of sheets.length > 0 ? sheets : allDeleting()) refuseDeletion(sheet, why);
      }
    }
  }

  function allDeleting(): string[] {
    return del ? [own] : [];
  }

  function closeMerge(el: XmlElement, f: Frame) {
    const a = attributeSpan(xml, el, 'ref');
    const area = a ? parseArea(xml.slice(a.start, a.end)) : undefined;
    if (!a || !area || !del) {
      f.kept++;
      return;
    }
    const moved = deleteRowsInArea(area, del);
    const single = moved && moved.top && moved.bottom && moved.left && moved.right && moved.top.n === moved.bottom.n && moved.left.n === moved.right.n;
    if (moved === null || single) {
      f.splicer.replace(el.start, el.end, '');
      f.removed++;
      result.shifted.mergeCells.removed++;
      return;
    }
    if (moved !== area) {
      f.splicer.replace(a.start, a.end, formatArea(moved));
      result.shifted.mergeCells.moved++;
    }
    f.kept++;
  }

  /** A validation, conditional format or sparkline: its range and its formulas, settled together. */
  function finishAnchored(a: Anchored, el: XmlElement, f: Frame) {
    const s = f.splicer;
    const what = a.el.local === 'dataValidation' ? XS.dataValidationWord : a.el.local === 'sparkline' ? XS.sparklineWord : XS.conditionalFormatWord;
    const sq = a.sqref;
    let newSq: string | undefined = sq?.text;
    let dRow = 0;
    let dCol = 0;
    if (sq && del) {
      const areas = parseSqref(sq.text);
      newSq = deleteRowsInSqref(sq.text, del);
      if (areas && newSq !== undefined && newSq !== '') {
        // Formulas are written for the top-left cell of the first range; when that cell goes,
        // they are rewritten for the first cell that stays.
        const first = areas[0] as Area;
        const survivor = areas.find((x) => deleteRowsInArea(x, del) !== null) as Area;
        const fr = first.top?.n ?? 1;
        const fc = first.left?.n ?? 0;
        const sr = del.firstSurvivorFrom(survivor.top?.n ?? 1) ?? fr;
        const sc = survivor.left?.n ?? 0;
        dRow = sr - fr;
        dCol = sc - fc;
      }
    }
    const label = `${what} ${sq?.text ?? ''}`.trim();
    const count = a.el.local === 'dataValidation' ? result.shifted.dataValidations : a.el.local === 'conditionalFormatting' ? result.shifted.conditionalFormats : undefined;
    if (newSq === '') {
      if (a.el.local === 'sparkline') {
        refuseDeletion(own, XS.deleteLoses(label));
        f.kept++;
        return;
      }
      s.replace(el.start, el.end, '');
      f.removed++;
      if (count) count.removed++;
      return;
    }
    f.kept++;
    const edits: Array<[number, number, string]> = [...a.extra];
    for (const fe of a.formulas) {
      const text = fe.text ?? '';
      let g = text;
      if (dRow !== 0 || dCol !== 0) {
        const tr = translateFormula(text, dRow, dCol);
        if (!tr.ok) {
          failed(text, label, tr.reason);
          return;
        }
        g = tr.text;
      }
      const r = rewrite(g, label);
      if (!r.ok) return;
      if (r.text !== text) edits.push([fe.openEnd, fe.closeStart, escapeText(r.text)]);
    }
    if (sq && newSq !== undefined && newSq !== sq.text) {
      edits.push([sq.start, sq.end, isMain(a.el.uri) ? escapeAttr(newSq) : escapeText(newSq)]);
    }
    edits.sort((x, y) => x[0] - y[0]);
    for (const [st, en, t] of edits) s.replace(st, en, t);
    if (count && edits.length > 0) count.moved++;
  }

  /** Whether a hyperlink of the sheet covers a cell (read once, when a fragment's link has to move). */
  function hyperlinkCovers(row: number, col: number): boolean {
    if (!hyperlinkAreas) {
      hyperlinkAreas = [];
      for (const m of xml.matchAll(/<(?:[\w.-]+:)?hyperlink\b[^>]*?\sref\s*=\s*("[^"]*"|'[^']*')/g)) {
        const area = parseArea((m[1] ?? '').slice(1, -1));
        if (area) hyperlinkAreas.push(area);
      }
    }
    return hyperlinkAreas.some((h) => {
      const top = h.top?.n ?? 1;
      const left = h.left?.n ?? 0;
      return row >= Math.min(top, h.bottom?.n ?? top) && row <= Math.max(top, h.bottom?.n ?? (h.top ? top : MAX_ROW)) &&
        col >= Math.min(left, h.right?.n ?? left) && col <= Math.max(left, h.right?.n ?? (h.left ? left : 16383));
    });
  }

  function editHyperlink(el: XmlOpen, f: Frame) {
    const s = f.splicer;
    const edits: Array<[number, number, string]> = [];
    const a = attributeSpan(xml, el, 'ref');
    const loc = attributeSpan(xml, el, 'location');
    if (loc && input.anyDeletion) {
      const r = mapReferences(el.attributes.location ?? '', (op) => shiftOperand(op, own, input.deletionOf));
      if (r.ok && r.changed) edits.push([loc.start, loc.end, escapeAttr(r.text)]);
    }
    const t = a ? xml.slice(a.start, a.end) : '';
    const area = a ? parseArea(t) : undefined;
    if (a && area?.top && del) {
      const moved = deleteRowsInArea(area, del);
      if (moved === null) {
        const m = area.single && area.left ? input.moves?.get(key(area.top.n, area.left.n)) : undefined;
        // A cell holds one hyperlink: a target that has its own keeps the fragment where it is.
        if (m && hyperlinkCovers(m.row, m.col)) refuseDeletion(own, XS.noteCollision(t, XS.hyperlinkWord, XS.hyperlinkWord), area.top.n);
        else if (m) edits.push([a.start, a.end, `${colLetters(m.col)}${newRowOf(m.row)}`]);
        else refuseDeletion(own, XS.hyperlinkOnDeletedRow(t), area.top.n);
      } else if (moved !== area) edits.push([a.start, a.end, formatArea(moved)]);
    }
    edits.sort((x, y) => x[0] - y[0]);
    for (const [st, en, tx] of edits) s.replace(st, en, tx);
    if (edits.length > 0) result.shifted.hyperlinks.moved++;
    f.kept++;
  }

  function closeBreak(el: XmlElement, f: Frame) {
    const a = attributeSpan(xml, el, 'id');
    const id = a ? Number(xml.slice(a.start, a.end)) : NaN;
    if (!a || !del || !Number.isInteger(id)) {
      f.kept++;
      return;
    }
    // A break after row `id` stays after the last row that survives above it.
    const n = id - del.countAtMost(id);
    if (n <= 0 || n === f.lastBreak) {
      f.splicer.replace(el.start, el.end, '');
      f.removed++;
      if (el.attributes.man === '1' || el.attributes.man === 'true') f.manualRemoved = (f.manualRemoved ?? 0) + 1;
      return;
    }
    f.lastBreak = n;
    if (n !== id) f.splicer.replace(a.start, a.end, String(n));
    f.kept++;
  }

  /** The count attributes of a container whose items changed (rowBreaks also has manualBreakCount). */
  function setCount(text: string, el: XmlOpen, f: Frame): string {
    const kept = f.kept;
    const spans: Array<{ start: number; end: number; value: string }> = [];
    const c = attributeSpan(xml, el, 'count');
    if (c) spans.push({ start: c.start - el.start, end: c.end - el.start, value: String(kept) });
    if (el.local === 'rowBreaks') {
      const m = attributeSpan(xml, el, 'manualBreakCount');
      const was = Number(el.attributes.manualBreakCount);
      if (m && Number.isInteger(was)) spans.push({ start: m.start - el.start, end: m.end - el.start, value: String(Math.max(0, was - (f.manualRemoved ?? 0))) });
    }
    spans.sort((x, y) => y.start - x.start);
    let out = text;
    for (const sp0 of spans) out = out.slice(0, sp0.start) + sp0.value + out.slice(sp0.end);
    return out;
  }

  // Writes to rows that never appeared (after the last row) were inserted at sheetData's end.
  for (const w of input.writes) {
    if (!doneWrites.has(w)) result.refusals.push({ fix: w.fix, reason: XS.cellSlotMissing(colLetters(w.col), w.row) });
  }
  if (result.refusals.length > 0 || main.size === 0) return result;
  result.chunks = main.applyChunks(xml);
  result.changed = result.chunks.length > 1 || result.chunks[0] !== xml;
  return result;
}

/** Rewrites one reference operand for every sheet's deletions (undefined: unchanged). */
export function shiftOperand(op: RefOperand, own: string | undefined, deletionOf: (sheet: string) => RowDeletion | undefined): string | undefined | { fail: FormulaFailure } {
  if (op.book !== undefined || !op.area) return undefined;
  if (op.sheetTo !== undefined) return { fail: '3d-reference' };
  const sheet = op.sheet ?? own;
  if (sheet === undefined) return { fail: 'unqualified' };
  const d = deletionOf(sheet);
  if (!d || d.empty) return undefined;
  const moved = deleteRowsInArea(op.area, d);
  if (moved === op.area) return undefined;
  return op.prefix + (moved === null ? '#REF!' : formatArea(moved));
}

/** The sheets with deletions a formula might concern (its own, or any it names). */
function deletingSheets(input: SheetEditInput, own: string, formula: string): string[] {
  const out: string[] = [];
  const add = (sheet: string) => {
    const d = input.deletionOf(sheet);
    if (d && !d.empty && !out.some((o) => sameSheet(o, sheet))) out.push(sheet);
  };
  add(own);
  if (formula !== '') {
    // Sheets a formula mentions, best effort (it may not parse): 'Phụ lục'!, Sheet1!, and the
    // spans of 3-D references, 'Phụ lục:Thống kê'! or Sheet1:Sheet3!.
    const re = /'((?:[^']|'')+)'!|([A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*(?::[A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*)?)!/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(formula))) for (const sheet of sheetsNamed((m[1] ?? m[2] ?? '').replace(/''/g, "'"), input.sheetOrder)) add(sheet);
  }
  return out;
}

/**
 * The sheets a reference prefix names: one sheet, or for a 3-D span (`First:Last`) every sheet
 * from First to Last in tab order (all of them when the order or either end is unknown: Excel
 * forbids `:` in sheet names, so the span is never a sheet's own name).
 */
export function sheetsNamed(name: string, order: readonly string[] | undefined): string[] {
  const colon = name.indexOf(':');
  if (colon < 0) return [name];
  const first = name.slice(0, colon);
  const last = name.slice(colon + 1);
  if (!order) return [first, last];
  const i = order.findIndex((s) => sameSheet(s, first));
  const j = order.findIndex((s) => sameSheet(s, last));
  if (i < 0 || j < 0) return [...order];
  return order.slice(Math.min(i, j), Math.max(i, j) + 1);
}

function shiftAreaText(t: string, d: RowDeletion): string | null | undefined {
  const a = parseArea(t);
  if (!a) return undefined;
  const m = deleteRowsInArea(a, d);
  return m === null ? null : m === a ? t : formatArea(m);
}

/** The whole text of an attribute, its leading whitespace included: [start, end). */
function attributeWhole(xml: string, el: XmlOpen, name: string): [number, number] | undefined {
  const a = attributeSpan(xml, el, name);
  if (!a) return undefined;
  let i = a.start - 2; // the character before the opening quote
  while (/\s/.test(xml[i] as string)) i--;
  // xml[i] is '='
  i--;
  while (/\s/.test(xml[i] as string)) i--;
  i -= name.length - 1; // the name's first character
  while (i > el.start && /\s/.test(xml[i - 1] as string)) i--;
  return [i, a.end + 1];
}

const NO_WRITES: readonly CellWrite[] = [];

/** Where the value of an element's `r` starts: as the fast scanner found it, else looked for; -1 when it has none. */
function rValueAt(xml: string, el: XmlOpen): number {
  return el.rAt !== undefined && el.rAt >= 0 ? el.rAt : (attributeSpan(xml, el, 'r')?.start ?? -1);
}

/** xml.startsWith(s, at) for at >= 0, compared code by code (cheaper, for a few characters). */
function textAt(xml: string, at: number, s: string): boolean {
  for (let i = 0; i < s.length; i++) if (xml.charCodeAt(at + i) !== s.charCodeAt(i)) return false;
  return true;
}

/** /^\d+$/ without a regular expression (every row's r). */
function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/**
 * The column of a cell reference (`B7`, `$B$7`): colIndex of its letters (-1 past XFD), or
 * undefined when it is not one. Same as matching /^\$?([A-Za-z]{1,3})\$?(\d+)$/, without a
 * regular expression per cell.
 */
function refColumn(r: string): number | undefined {
  const n = r.length;
  let i = r.charCodeAt(0) === 0x24 ? 1 : 0;
  const from = i;
  let col = 0;
  while (i < n && i - from < 4) {
    const c = r.charCodeAt(i) | 0x20;
    if (c < 0x61 || c > 0x7a) break;
    col = col * 26 + (c - 96);
    i++;
  }
  if (i === from || i - from > 3) return undefined;
  if (i < n && r.charCodeAt(i) === 0x24) i++;
  if (i === n) return undefined;
  for (; i < n; i++) {
    const c = r.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return undefined;
  }
  // as colIndex
  return col - 1 < MAX_COL ? col - 1 : -1;
}

function prefixOf(qname: string): string {
  const i = qname.indexOf(':');
  return i < 0 ? '' : qname.slice(0, i + 1);
}

function rowStyle(row: XmlOpen | undefined): string | undefined {
  if (!row) return undefined;
  const cf = row.attributes.customFormat;
  return (cf === '1' || cf === 'true') && row.attributes.s !== undefined ? row.attributes.s : undefined;
}

function styleAttr(s: string | undefined): Array<[string, string]> {
  return s === undefined ? [] : [['s', s]];
}

function replaceAttrIn(tag: string, el: XmlOpen, name: string, value: string | undefined): string {
  if (value === undefined) return tag;
  const re = new RegExp(`(\\s${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*=\\s*)(["'])[^"']*\\2`);
  return tag.replace(re, `$1$2${escapeAttr(value)}$2`);
}

function widenSpans(tag: string, el: XmlOpen, writes: readonly CellWrite[]): string {
  const t = el.attributes.spans;
  if (t === undefined || writes.length === 0) return tag;
  const w = widenSpansValue(t, writes);
  return w === t ? tag : replaceAttrIn(tag, el, 'spans', w);
}

/** `spans="1:6"` (1-based columns) widened to cover new cells; other forms are left alone. */
function widenSpansValue(t: string, writes: readonly CellWrite[]): string {
  const m = /^(\d+):(\d+)$/.exec(t);
  if (!m) return t;
  let lo = Number(m[1]);
  let hi = Number(m[2]);
  for (const w of writes) {
    if (w.value === null) continue;
    lo = Math.min(lo, w.col + 1);
    hi = Math.max(hi, w.col + 1);
  }
  return `${lo}:${hi}`;
}

/**
 * A cell element with the given attributes (order kept) holding `value`: a number as `<v>`, text
 * as a shared string (or inline), nothing for null. Text is always stored as text, so a value
 * that starts with = + - @ never becomes a formula.
 */
function cellMarkup(
  p: string,
  attrs: Array<[string, string]>,
  value: WriteValue,
  strings: StringSink,
  result: { sstRefsAdded: number; formulasWritten?: number },
): string {
  const a = attrs.map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('');
  if (value === null) return `<${p}c${a}/>`;
  if (isFormula(value)) {
    // No cached value: the workbook is marked for recalculation on open (write.ts).
    result.formulasWritten = (result.formulasWritten ?? 0) + 1;
    return `<${p}c${a}><${p}f>${escapeText(value.formula.replace(/^=/, ''))}</${p}f></${p}c>`;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cellMarkup: not a finite number: ${value}`);
    return `<${p}c${a}><${p}v>${numberText(value)}</${p}v></${p}c>`;
  }
  const index = strings.add(value);
  if (index !== undefined) {
    result.sstRefsAdded++;
    return `<${p}c${a} t="s"><${p}v>${index}</${p}v></${p}c>`;
  }
  const text = encodeXstring(value);
  const space = /^\s|\s$/.test(value) ? ' xml:space="preserve"' : '';
  return `<${p}c${a} t="inlineStr"><${p}is><${p}t${space}>${escapeText(text)}</${p}t></${p}is></${p}c>`;
}

/** A cell holding a rich string (runs as XML): shared when the workbook has a table, else inline. */
function richCellMarkup(p: string, attrs: Array<[string, string]>, inner: string, strings: StringSink, result: { sstRefsAdded: number }): string {
  const a = attrs.map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('');
  const index = strings.addRich?.(inner);
  if (index !== undefined) {
    result.sstRefsAdded++;
    return `<${p}c${a} t="s"><${p}v>${index}</${p}v></${p}c>`;
  }
  return `<${p}c${a} t="inlineStr"><${p}is>${inner}</${p}is></${p}c>`;
}

/**
 * A legacy repair of rich text, run by run (ECMA-376 Part 1, 18.4.4 `r`, 18.4.7 `rPr`): each
 * run's text decoded (in capitals when its own font, else the cell's, is a capitals font), a
 * legacy `rFont` renamed to Times New Roman, every other property kept. Undefined (refuse) when
 * the runs decoded one by one do not make `expected`, the text the check verified (a VNI mark
 * cut from its vowel by a run boundary), or a run cannot be read. Phonetic runs are left out, as
 * the reader leaves them out of the text.
 */
export function rebuildLegacyRuns(inner: string, legacy: LegacyRepair, expected: string): string | undefined {
  const matches = [...inner.matchAll(/<((?:\w+:)?)r>([\s\S]*?)<\/\1r>/g)];
  const parsed: Array<{ p: string; rPr: string; run: LegacyRun }> = [];
  for (const m of matches) {
    const p = m[1]!;
    const body = m[2]!;
    const rPr = /<(?:\w+:)?rPr>[\s\S]*?<\/(?:\w+:)?rPr>|<(?:\w+:)?rPr\/>/.exec(body)?.[0] ?? '';
    const t = new RegExp(`<${p}t(?:\\s[^>]*)?>([\\s\\S]*?)<\\/${p}t>|<${p}t(?:\\s[^>]*)?\\/>`).exec(body);
    if (!t) return undefined;
    const runFont = /<(?:\w+:)?rFont\s+val="([^"]*)"/.exec(rPr)?.[1];
    const run: LegacyRun = { text: decodeEscapes(unescapeXml(t[1] ?? '')) };
    if (runFont !== undefined) run.font = unescapeXml(runFont);
    parsed.push({ p, rPr, run });
  }
  // The core's one rule for rich legacy text (also used by the Office adapter's textRuns).
  const repaired = repairLegacyRuns(parsed.map((x) => x.run), legacy, expected);
  if (!repaired) return undefined;
  let out = '';
  parsed.forEach(({ p, rPr }, i) => {
    const r = repaired[i]!;
    const newPr = r.font !== undefined ? rPr.replace(/(<(?:\w+:)?rFont\s+val=")[^"]*(")/, `$1${escapeAttr(r.font)}$2`) : rPr;
    const space = /^\s|\s$/.test(r.text) ? ' xml:space="preserve"' : '';
    out += `<${p}r>${newPr}<${p}t${space}>${escapeText(encodeXstring(r.text))}</${p}t></${p}r>`;
  });
  return out;
}

/** XML character and entity references resolved (text of an element or attribute). */
function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) =>
    e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'amp' ? '&' : e === 'quot' ? '"' : e === 'apos' ? "'" : String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))),
  );
}

/** True for a formula write. */
export function isFormula(v: WriteValue | undefined): v is FormulaValue {
  return typeof v === 'object' && v !== null;
}

/** A number as xsd:double text, shortest round-trip form (Excel reads 1E+21 and 1e+21 alike). */
export function numberText(n: number): string {
  return Object.is(n, -0) ? '0' : String(n);
}

export { parseOperand };
