/**
 * The surgical writer: applies the engine's fixes to an .xlsx package and returns new package
 * bytes in which every part it did not need to change is the same entry, byte for byte (the
 * zip's own compressed data and headers are copied), and changed parts differ only where the
 * fixes act. Pure: bytes in, bytes out; runs in a browser.
 *
 *   fixPackage(bytes | pkg, sheets, options?) → FixOutcome
 *
 * A fix is applied whole or not at all. It is refused, with a Vietnamese reason, when a cell it
 * writes holds a formula or no longer holds what the check saw, or when a row it deletes cannot
 * go without losing or misplacing something (see sheet-edit.ts, notes.ts, drawing-anchors.ts,
 * table-parts.ts, deletion-blockers.ts). The other fixes are applied.
 */
import { findDeletionBlockers } from './deletion-blockers';
import { editDrawingAnchors } from './drawing-anchors';
import { editComments, editThreadedComments, editVml } from './notes';
import type { Moves } from './notes';
import { XlsxError } from './errors';
import { openPackage, readSharedStrings, relsPartFor } from './package';
import type { Relationship, SheetInfo, XlsxPackage } from './package';
import { appendSharedStrings, editWorkbook, removeContentTypeOverride, removeRelationship } from './package-edit';
import { MAX_ROW, RowDeletion, colLetters, sameSheet } from './row-deletion';
import type { RowInsertion } from './row-deletion';
import { editSheet } from './sheet-edit';
import { lockedStyles, protectionRefusal, sheetProtection } from './protection';
import type { CellWrite, InsertedRow, Refusal, RewrittenFormula, ShiftCounts, StoredCell, StringSink, WriteValue } from './sheet-edit';
import { staleFormulas } from './stale-values';
import { StylesEditor } from './styles-edit';
import type { StaleCells } from './stale-values';
import { editTablePart } from './table-parts';
import { readPackage } from './read';
import type { Grid } from '../core/grid/types';
import type { LegacyRepair } from '../core/fix/types';
import { decodeXml, doctypeRefusal } from './xml';
import { XmlSyntaxError } from './xml-splice';
import { deflateChunks, inflateEntry, writeZip } from './zip';
import type { DeflatedZipEntry, ZipCodec, ZipEntry } from './zip';
import { XS } from './strings';

/** One edit, as the engine writes it (src/core/fix/types.ts). */
export type WriterEdit =
  | { kind: 'set'; row: number; col: number; value: string | number | null; font?: string; legacy?: LegacyRepair }
  | { kind: 'delete-row'; row: number }
  /** A formula (as stored: English names, `,` separators, no leading `=`), in the numbering after the fix's own inserts and deletions. */
  | { kind: 'formula'; row: number; col: number; formula: string }
  /**
   * `count` new rows (default 1) before row `row` (old numbering; one past the last row appends),
   * as Excel's Insert: every reference to the rows below moves down. `values[i]` fills the i-th
   * new row by 0-based column (numbers, texts, `{ formula }`); `like` is the row whose cell and
   * row formats the new rows take (old numbering, above `row`), as "Format same as above".
   */
  | { kind: 'insert-row'; row: number; count?: number; like?: number; values?: ReadonlyArray<ReadonlyArray<WriteValue>> };

/** A fix to apply: an id of the caller's choosing and its edits (rows as before the fix). */
export interface FixToWrite {
  id: number;
  edits: readonly WriterEdit[];
}

/** The fixes of one worksheet, named by its tab. */
export interface SheetFixes {
  sheet: string;
  fixes: readonly FixToWrite[];
}

/**
 * Checks, before writing, that a cell still holds what the check saw (the engine's `seen`).
 * Gets the edit and the cell as stored (undefined when absent); returns true when it matches.
 */
export type SeenCheck = (sheet: string, edit: WriterEdit, cell: StoredCell | undefined, row?: ReadonlyMap<number, StoredCell>) => boolean;

export interface FixOptions {
  /** The shared strings, when the caller has read them already (saves a second parse). */
  sharedStrings?: readonly string[];
  /** The package's worksheets as the reader gave them (their formulas say which cached values go stale); read here when absent. */
  grids?: readonly Grid[];
  /** The stale-write guard (see SeenCheck). */
  seen?: SeenCheck;
  /**
   * Inflates the parts the writer edits and deflates what it writes (zip.ts `ZipCodec`): fflate
   * when absent (the browser); the CLI gives Node's zlib. The output's content is the same.
   */
  codec?: ZipCodec;
}

export interface FixOutcome {
  /** The new package. */
  bytes: Uint8Array;
  /** Ids of the fixes applied. */
  applied: number[];
  /**
   * Fixes not applied, with the reason (Vietnamese) and what was refused: `sheet-not-found` (no
   * worksheet of that name); `cell` (a cell it writes: a formula there, changed since the check,
   * a format that cannot be kept, a clash with another fix's write…); `row-shift` (a row it
   * deletes or inserts: something on the rows or over them that cannot be moved or kept, or a
   * part phuluc does not rewrite).
   */
  refused: Array<{ id: number; reason: string; kind: WriterRefusalKind }>;
  /** Things the user should know (Vietnamese): formulas that now show #REF!, as Excel would. */
  notes: string[];
  /** The same formulas as data: the sheet and the cell (new numbering) of each, in `notes`' order. */
  refErrors: Array<{ sheet: string; cell: string }>;
  /** Parts whose bytes changed, and parts removed (the calculation chain). */
  changedParts: string[];
  removedParts: string[];
  /** Rows deleted from each sheet (old numbering, sorted): where every other row went. */
  deletedRows: Array<{ sheet: string; rows: number[] }>;
  /**
   * What the row deletions changed beyond the fixes' own cells, on each sheet where they changed
   * something: formulas rewritten (every sheet's, also those reading another sheet's rows) and
   * how many merges, validations, conditional formats and hyperlinks moved or went.
   */
  shifted: ShiftedSheet[];
  /** Defined names (print areas and titles too) the row deletions rewrote; `sheet` for a sheet-local name. */
  shiftedNames: Array<{ name: string; sheet?: string; from: string; to: string }>;
}

/** One sheet's share of FixOutcome.shifted. */
export interface ShiftedSheet {
  sheet: string;
  formulas: RewrittenFormula[];
  counts: ShiftCounts;
}

/**
 * What a writer refusal stopped (see FixOutcome.refused). `package`: the package lacks a part every reader needs ([Content_Types].xml, ECMA-376 Part 2
 * §10.1.2: Excel and LibreOffice refuse such a file, and the deletion check finds charts and
 * pivots by their content types), so nothing is written into it. `protected`: the sheet is
 * protected and Excel would not let its user make the fix's edits there (a locked cell written, a
 * row deleted or inserted where the protection does not allow it; protection.ts).
 */
export type WriterRefusalKind = 'sheet-not-found' | 'cell' | 'row-shift' | 'package' | 'protected';

const utf8 = new TextEncoder();

/**
 * Applies fixes to a package. Throws XlsxError for a file that cannot be read at all; every
 * problem with a fix is a refusal in the outcome.
 */
export function fixPackage(input: Uint8Array | XlsxPackage, sheets: readonly SheetFixes[], options: FixOptions = {}): FixOutcome {
  const pkg = input instanceof Uint8Array ? openPackage(input) : input;
  const wb = pkg.workbook;
  const editable = wb.sheets.filter((s) => (s.kind === 'worksheet' || s.kind === 'macrosheet') && s.part && s.present);
  const sheetNamed = (name: string) => editable.find((s) => s.name === name) ?? editable.find((s) => sameSheet(s.name, name));

  interface Planned {
    info: SheetInfo;
    fixes: FixToWrite[];
  }
  const planned: Planned[] = [];
  const refused = new Map<number, { reason: string; kind: WriterRefusalKind }>();
  const incomplete = !pkg.has('[Content_Types].xml');
  for (const sf of sheets) {
    if (incomplete) {
      for (const f of sf.fixes) refused.set(f.id, { reason: XS.noContentTypes, kind: 'package' });
      continue;
    }
    const info = sheetNamed(sf.sheet);
    if (!info) {
      for (const f of sf.fixes) refused.set(f.id, { reason: XS.sheetNotFound(sf.sheet), kind: 'sheet-not-found' });
      continue;
    }
    planned.push({ info, fixes: [...sf.fixes] });
  }
  const active = new Set(planned.flatMap((p) => p.fixes.map((f) => f.id)));
  for (const id of refused.keys()) active.delete(id);

  // The number of entries in the shared-string table (new strings go after them), counted when first needed.
  const sstPart = wb.sharedStringsPart && pkg.has(wb.sharedStringsPart) ? wb.sharedStringsPart : undefined;
  let sstCount: number | undefined = options.sharedStrings?.length;
  const sstLength = (): number => (sstCount ??= countSharedStrings(textOf(sstPart as string)) ?? readSharedStrings(pkg)?.length ?? 0);
  const texts = new Map<string, string>();
  /** The byte-order mark each decoded part began with, to write it back the same way. */
  const boms = new Map<string, Uint8Array>();
  const codec = options.codec;
  /** A part's bytes (as pkg.part), through the caller's codec when it gave one. */
  const partBytes = (part: string): Uint8Array | undefined => {
    if (!codec) return pkg.part(part);
    const e = pkg.zip.get(part);
    return e && !e.isDirectory ? inflateEntry(e, codec) : undefined;
  };
  const textOf = (part: string): string => {
    let t = texts.get(part);
    if (t === undefined) {
      const bytes = partBytes(part);
      if (!bytes) throw new XlsxError('corrupt', XS.partMissing(part));
      t = decodeXml(bytes);
      texts.set(part, t);
      boms.set(part, bytes.subarray(0, 3).slice());
    }
    return t;
  };

  // Protected sheets: a fix doing what Excel would refuse its user there is refused (protection.ts).
  let locked: ((style: number) => boolean) | undefined;
  for (const p of planned) {
    const rows = new Set<number>();
    for (const f of p.fixes) {
      for (const e of f.edits) {
        if (e.kind !== 'insert-row') rows.add(e.row);
        else if (e.like !== undefined) rows.add(e.like);
      }
    }
    const prot = sheetProtection(textOf(p.info.part as string), rows);
    if (!prot) continue;
    const stylesPart = wb.stylesPart && pkg.has(wb.stylesPart) ? wb.stylesPart : undefined;
    locked ??= lockedStyles(stylesPart === undefined ? undefined : textOf(stylesPart));
    for (const f of p.fixes) {
      const reason = protectionRefusal(p.info.name, f.edits, prot, locked);
      if (reason === undefined) continue;
      refused.set(f.id, { reason, kind: 'protected' });
      active.delete(f.id);
    }
  }

  let grids: readonly Grid[] | undefined = options.grids;
  const gridsOf = (): readonly Grid[] => (grids ??= readPackage(pkg, { evaluate: false }).grids);

  for (let round = 0; ; round++) {
    const attempt = tryWrite();
    if (attempt.refusals.length === 0) return attempt.finish();
    let progress = false;
    for (const r of attempt.refusals) {
      for (const id of idsFor(r)) {
        if (!active.has(id)) continue;
        active.delete(id);
        refused.set(id, { reason: r.reason, kind: 'fix' in r ? 'cell' : 'row-shift' });
        progress = true;
      }
    }
    if (!progress || round > 1000) throw new Error(`fixPackage: refusals that name no active fix: ${JSON.stringify(attempt.refusals)}`);
  }

  /** The fixes a refusal stops. */
  function idsFor(r: Refusal & { sheet?: string }): number[] {
    if ('fix' in r) return [r.fix];
    const p = planned.find((x) => sameSheet(x.info.name, r.deletionOf));
    if (!p) return [];
    return p.fixes
      .filter((f) => active.has(f.id) && f.edits.some((e) => (e.kind === 'delete-row' || e.kind === 'insert-row') && (r.row === undefined || e.row === r.row)))
      .map((f) => f.id);
  }

  function tryWrite() {
    // The plan for this round: writes, deletions and moves of every sheet.
    const writes = new Map<SheetInfo, CellWrite[]>();
    const deletions = new Map<string, RowDeletion>();
    const moves = new Map<SheetInfo, Map<string, { row: number; col: number }>>();
    const insertedRows = new Map<SheetInfo, InsertedRow[]>();
    const conflicts: Refusal[] = [];
    for (const p of planned) {
      const ws: CellWrite[] = [];
      const del: number[] = [];
      const mv = new Map<string, { row: number; col: number }>();
      const byCell = new Map<string, CellWrite>();
      const ins: InsertedRow[] = [];
      const insertions: RowInsertion[] = [];
      for (const f of p.fixes) {
        if (!active.has(f.id)) continue;
        const sets = f.edits.flatMap((e): Array<{ row: number; col: number; value: WriteValue; font?: string; legacy?: LegacyRepair }> =>
          e.kind === 'set' ? [e] : e.kind === 'formula' ? [{ row: e.row, col: e.col, value: { formula: e.formula } }] : [],
        );
        for (const e of f.edits) {
          if (e.kind !== 'insert-row') continue;
          const count = e.count ?? 1;
          if (!Number.isInteger(count) || count < 1 || !Number.isInteger(e.row) || e.row < 1 || e.row > MAX_ROW) {
            conflicts.push({ fix: f.id, reason: XS.insertFailed(count, e.row) });
            continue;
          }
          insertions.push({ before: e.row, count });
          for (let i = 0; i < count; i++) ins.push({ before: e.row, values: e.values?.[i] ?? [], ...(e.like !== undefined && { like: e.like }), fix: f.id });
        }
        for (const e of sets) {
          // Two fixes writing one cell: once when they agree; the later one waits when they do not.
          const k = `${e.row}:${e.col}`;
          const prev = byCell.get(k);
          if (prev && prev.fix !== f.id) {
            if (JSON.stringify(prev.value) !== JSON.stringify(e.value)) conflicts.push({ fix: f.id, reason: XS.cellWrittenTwice(colLetters(e.col), e.row) });
            continue;
          }
          const w: CellWrite = { row: e.row, col: e.col, value: e.value, fix: f.id };
          if (e.font !== undefined) w.font = e.font;
          if (e.legacy !== undefined) w.legacy = e.legacy;
          byCell.set(k, w);
          ws.push(w);
        }
        for (const e of f.edits) {
          if (e.kind !== 'delete-row') continue;
          del.push(e.row);
          // A fix that deletes a row and writes the same column of another row joins the row
          // into that one: what hangs on the deleted cells (notes, links) follows the text.
          for (const s of sets) {
            if (s.row === e.row) continue;
            const k = `${e.row}:${s.col}`;
            const prev = mv.get(k);
            if (!prev || Math.abs(s.row - e.row) < Math.abs(prev.row - e.row)) mv.set(k, { row: s.row, col: s.col });
          }
        }
      }
      writes.set(p.info, ws);
      if (del.length > 0 || insertions.length > 0) deletions.set(p.info.name, new RowDeletion(del, insertions));
      if (ins.length > 0) insertedRows.set(p.info, ins);
      // Excel refuses an insert that would push cells off the sheet (past row 1,048,576).
      const grid = insertions.length > 0 ? gridsOf().find((g) => sameSheet(g.name, p.info.name)) : undefined;
      const added = insertions.reduce((k, i) => k + i.count, 0) - del.length;
      if (grid && grid.rows.length + added > MAX_ROW) {
        for (const f of p.fixes) if (f.edits.some((e) => e.kind === 'insert-row')) conflicts.push({ fix: f.id, reason: XS.insertPastLastRow });
      }
      moves.set(p.info, mv);
    }
    const deletionOf = (name: string): RowDeletion | undefined => {
      for (const [k, v] of deletions) if (sameSheet(k, name)) return v;
      return undefined;
    };
    const anyDeletion = deletions.size > 0;
    const sheetOrder = wb.sheets.map((s) => s.name);
    const refusals: Array<Refusal> = [...conflicts];
    if (refusals.length > 0) return { refusals, finish: () => undefined as never };
    const notes: string[] = [];
    const refErrors: FixOutcome['refErrors'] = [];
    const shifted: ShiftedSheet[] = [];
    let shiftedNames: FixOutcome['shiftedNames'] = [];

    // Parts that stop deletions outright.
    const sheetOfPart = partOwner(pkg, editable);
    for (const b of findDeletionBlockers(pkg, [...deletions.keys()], deletionOf, sheetOfPart)) refusals.push({ deletionOf: b.sheet, reason: b.reason });
    if (refusals.length > 0) return { refusals, finish: () => undefined as never };

    // Formulas whose cached values this round makes stale.
    const writtenBySheet = new Map<string, CellWrite[]>();
    for (const [info, ws] of writes) if (ws.length > 0) writtenBySheet.set(info.name, ws);
    const stale: StaleCells = writtenBySheet.size > 0 || anyDeletion ? staleFormulas(gridsOf(), writtenBySheet, deletionOf) : new Map();
    const staleOf = (name: string) => {
      for (const [k, v] of stale) if (sameSheet(k, name)) return v;
      return undefined;
    };

    // Shared strings added by this round.
    const added: Array<string | { rich: string }> = [];
    const addedIndex = new Map<string, number>();
    const addString = (key: string, item: string | { rich: string }): number | undefined => {
      if (sstPart === undefined) return undefined;
      let i = addedIndex.get(key);
      if (i === undefined) {
        i = sstLength() + added.length;
        added.push(item);
        addedIndex.set(key, i);
      }
      return i;
    };
    // The inside of each <si>, read once when a rich cell is written over.
    let sis: string[] | undefined;
    const strings: StringSink = {
      add: (text) => addString(`t${text}`, text),
      addRich: (inner) => addString(`r${inner}`, { rich: inner }),
      richAt(index) {
        if (sstPart === undefined) return undefined;
        if (sis === undefined) {
          const sst = textOf(sstPart);
          // No run anywhere in the table (the usual case): no entry is rich, nothing to split.
          sis = /<(\w+:)?r>/.test(sst) ? [...sst.matchAll(/<((?:\w+:)?)si\b[^>]*?(?:\/>|>([\s\S]*?)<\/\1si>)/g)].map((m) => m[2] ?? '') : [];
        }
        const inner = sis[index];
        return inner !== undefined && /<(\w+:)?r>/.test(inner) ? inner : undefined;
      },
    };

    /** New text of each changed part, in pieces. */
    const out = new Map<string, string[]>();
    // Styles a write's font change needs (a repaired .VnTime cell), added to the styles part.
    const stylesPart = wb.stylesPart && pkg.has(wb.stylesPart) ? wb.stylesPart : undefined;
    let stylesEditor: StylesEditor | undefined;
    const restyle = (style: number, font: string): string | undefined => {
      if (stylesPart === undefined) return undefined;
      stylesEditor ??= new StylesEditor(textOf(stylesPart));
      return stylesEditor.restyle(style, font);
    };
    let sstDelta = 0;
    let formulaCellsChanged = false;
    let anyWrite = false;
    let valuesDropped = 0;
    for (const info of editable) {
      const part = info.part as string;
      const ws = writes.get(info) ?? [];
      const own = deletionOf(info.name);
      const staleHere = staleOf(info.name);
      if (ws.length === 0 && !own && !staleHere) {
        if (!anyDeletion) continue;
        // Other sheets: only formulas that name another sheet can change.
        if (!textOf(part).includes('!')) continue;
      }
      const xml = textOf(part);
      const seen = options.seen;
      let r;
      try {
        r = editSheet(xml, {
          name: info.name,
          deletionOf,
          anyDeletion,
          sheetOrder,
          writes: ws,
          ...(insertedRows.has(info) && { inserts: insertedRows.get(info) }),
          moves: moves.get(info) ?? new Map(),
          strings,
          restyle,
          ...(staleHere && { stale: staleHere }),
          ...(seen && {
            verify: (w: CellWrite, cell: StoredCell | undefined) =>
              seen(
                info.name,
                typeof w.value === 'object' && w.value !== null
                  ? { kind: 'formula', row: w.row, col: w.col, formula: w.value.formula }
                  : { kind: 'set', row: w.row, col: w.col, value: w.value },
                cell,
              )
                ? undefined
                : XS.cellChanged(colLetters(w.col), w.row),
          }),
          ...(seen &&
            own && {
              verifyRow: (row: number, cells: ReadonlyMap<number, StoredCell>) =>
                seen(info.name, { kind: 'delete-row', row }, undefined, cells)
                  ? undefined
                  : (hiddenUnderMerge(gridsOf().find((g) => sameSheet(g.name, info.name)), row, cells) ?? XS.rowChanged(row)),
            }),
        });
      } catch (e) {
        if (!(e instanceof XmlSyntaxError)) throw e;
        if (e.doctype) throw doctypeRefusal(part);
        throw new XlsxError('corrupt', XS.partNotXmlDamaged(part));
      }
      refusals.push(...r.refusals);
      if (r.changed) out.set(part, r.chunks);
      // The sheet's text is not needed any more (read again only if another round needs it).
      texts.delete(part);
      sstDelta += r.sstRefsAdded - r.sstRefsRemoved;
      formulaCellsChanged ||= r.formulaCellsChanged;
      anyWrite ||= r.written.length > 0;
      valuesDropped += r.valuesDropped + r.refErrors.length + (r.formulasWritten ?? 0);
      for (const cell of r.refErrors) {
        notes.push(XS.formulaNowRef(cell, info.name));
        refErrors.push({ sheet: info.name, cell });
      }
      if (r.rewritten.length > 0 || Object.values(r.shifted).some((k) => k.moved + k.removed > 0)) {
        shifted.push({ sheet: info.name, formulas: r.rewritten, counts: r.shifted });
      }
    }

    // Parts hanging from sheets that lose rows: notes, drawings, tables.
    for (const info of editable) {
      const del = deletionOf(info.name);
      const rels = pkg.relationshipsOf(info.part as string);
      const mv: Moves = moves.get(info) ?? new Map();
      for (const rel of rels) {
        if (rel.external || !rel.part || !pkg.has(rel.part)) continue;
        const kind = rel.kind.toLowerCase();
        try {
          if (kind === 'table') {
            if (!anyDeletion) continue;
            const t = editTablePart(textOf(rel.part), info.name, del, deletionOf);
            for (const x of t.refusals) refusals.push(refusalFor(info.name, x, deletions));
            if (t.xml !== undefined) out.set(rel.part, [t.xml]);
          }
          if (!del) continue;
          if (kind === 'comments') apply(editComments(textOf(rel.part), del, mv), rel.part, info.name);
          else if (kind === 'threadedcomment') apply(editThreadedComments(textOf(rel.part), del, mv), rel.part, info.name);
          else if (kind === 'vmldrawing') apply(editVml(textOf(rel.part), info.name, del, deletionOf, mv), rel.part, info.name);
          else if (kind === 'drawing') apply(editDrawingAnchors(textOf(rel.part), del), rel.part, info.name);
        } catch (e) {
          if (!(e instanceof XmlSyntaxError)) throw e;
          refusals.push({
            deletionOf: info.name,
            reason: e.doctype
              ? XS.partHasDoctype(rel.part)
              : XS.partUnreadable(rel.part),
          });
        }
      }
    }

    function apply(edit: { xml?: string; refusals: Array<{ row: number; reason: string }> }, part: string, sheet: string) {
      for (const x of edit.refusals) refusals.push({ deletionOf: sheet, row: x.row, reason: x.reason });
      if (edit.xml !== undefined) out.set(part, [edit.xml]);
    }

    // Recalculation on open when a cached result was dropped (or now reads #REF!).
    const fullCalc = valuesDropped > 0 && !wb.fullCalcOnLoad;
    void anyWrite;
    if (anyDeletion || fullCalc) {
      const w = editWorkbook(textOf(wb.part), deletionOf, anyDeletion, fullCalc);
      for (const reason of w.refusals) for (const sheet of deletions.keys()) refusals.push({ deletionOf: sheet, reason });
      if (w.xml !== undefined) out.set(wb.part, [w.xml]);
      shiftedNames = w.names.map(({ name, localSheetId, from, to }) => {
        const scope = localSheetId === undefined ? undefined : wb.sheets[localSheetId]?.name;
        return { name, ...(scope !== undefined && { sheet: scope }), from, to };
      });
    }

    return {
      refusals,
      finish(): FixOutcome {
        const removed: string[] = [];
        const stylesXml = stylesEditor?.xml();
        if (stylesPart !== undefined && stylesXml !== undefined) out.set(stylesPart, [stylesXml]);
        // New strings and the references count.
        if (wb.sharedStringsPart && added.length > 0) {
          out.set(wb.sharedStringsPart, [appendSharedStrings(textOf(wb.sharedStringsPart), added, sstDelta)]);
        }
        // The calculation chain lists formula cells by address: stale once they move. Excel
        // rebuilds it when it is absent (ECMA-376 Part 1, 18.6), so it goes.
        if (formulaCellsChanged) {
          const chain = wb.relationships.find((r: Relationship) => r.kind.toLowerCase() === 'calcchain' && r.part && pkg.has(r.part));
          if (chain?.part) {
            removed.push(chain.part);
            const relsPart = relsPartFor(wb.part);
            out.set(relsPart, [removeRelationship(textOf(relsPart), chain.id)]);
            if (pkg.has('[Content_Types].xml')) out.set('[Content_Types].xml', [removeContentTypeOverride(textOf('[Content_Types].xml'), chain.part)]);
          }
        }
        const items: Array<ZipEntry | DeflatedZipEntry> = [];
        const changed: string[] = [];
        for (const entry of pkg.zip.entries) {
          const name = entry.name;
          if (removed.some((r) => r.toLowerCase() === name.toLowerCase())) continue;
          const key = [...out.keys()].find((k) => k === name || k.toLowerCase() === name.toLowerCase());
          const chunks = key === undefined ? undefined : out.get(key);
          if (key === undefined || chunks === undefined) {
            items.push(entry);
            continue;
          }
          const original = texts.get(key);
          if (chunks.length === 1 && original !== undefined && chunks[0] === original) {
            items.push(entry);
            continue;
          }
          changed.push(name);
          let length = 0;
          for (const c of chunks) length += c.length;
          // Large parts (a sheet of 100,000 rows) deflate faster at a lower level, for a slightly larger file.
          items.push(deflateChunks(name, encodeLike(boms.get(key) ?? new Uint8Array(0), chunks), length > 4 * 1024 * 1024 ? 1 : 6, codec));
          out.delete(key);
        }
        const applied = [...active].sort((a, b) => a - b);
        return {
          bytes: changed.length === 0 && removed.length === 0 && input instanceof Uint8Array ? input : writeZip(items, pkg.zip.comment, codec),
          applied,
          refused: [...refused].map(([id, r]) => ({ id, ...r })).sort((a, b) => a.id - b.id),
          notes,
          refErrors,
          changedParts: changed,
          removedParts: removed,
          deletedRows: [...deletions].filter(([, d]) => d.rows.length > 0).map(([sheet, d]) => ({ sheet, rows: [...d.rows] })),
          shifted,
          shiftedNames,
        };
      },
    };
  }
}

/**
 * Entries (`<si>`) of a shared-string table by counting their start tags (they never nest),
 * trusted only when the table has no CDATA or comment and its uniqueCount agrees; undefined
 * otherwise (then the table is parsed).
 */
function countSharedStrings(xml: string): number | undefined {
  if (xml.includes('<![CDATA[') || xml.includes('<!--')) return undefined;
  let n = 0;
  const re = /<(?:[A-Za-z_][\w.-]*:)?si[\s>/]/g;
  while (re.exec(xml)) n++;
  const unique = /<(?:[A-Za-z_][\w.-]*:)?sst\b[^>]*\suniqueCount\s*=\s*["'](\d+)["']/.exec(xml);
  return unique && Number(unique[1]) === n ? n : undefined;
}

/** A part-level refusal as a sheet refusal: rows where known, else every deletion it may concern. */
function refusalFor(sheet: string, x: { row?: number; reason: string }, deletions: Map<string, RowDeletion>): Refusal {
  if ([...deletions.keys()].some((k) => sameSheet(k, sheet))) {
    return x.row === undefined ? { deletionOf: sheet, reason: x.reason } : { deletionOf: sheet, row: x.row, reason: x.reason };
  }
  const first = [...deletions.keys()][0] as string;
  return { deletionOf: first, reason: x.reason };
}

/** Which sheet a part hangs from (pivot tables, control properties), by the sheets' relationships. */
function partOwner(pkg: XlsxPackage, sheets: readonly SheetInfo[]): (part: string) => string | undefined {
  let map: Map<string, string> | undefined;
  return (part) => {
    if (!map) {
      map = new Map();
      for (const s of sheets) for (const r of pkg.relationshipsOf(s.part as string)) if (r.part) map.set(r.part.toLowerCase(), s.name);
    }
    return map.get(part.toLowerCase());
  };
}

/** Text back to bytes, piece by piece, in the part's own encoding (UTF-8, with its BOM if it had one; UTF-16 with BOM), from the part's first bytes. */
function* encodeLike(original: Uint8Array, chunks: readonly string[]): Generator<Uint8Array> {
  if (original.length >= 2 && ((original[0] === 0xff && original[1] === 0xfe) || (original[0] === 0xfe && original[1] === 0xff))) {
    const le = original[0] === 0xff;
    yield original.subarray(0, 2);
    for (const text of chunks) {
      const out = new Uint8Array(text.length * 2);
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        out[2 * i] = le ? c & 0xff : c >> 8;
        out[2 * i + 1] = le ? c >> 8 : c & 0xff;
      }
      yield out;
    }
    return;
  }
  if (original.length >= 3 && original[0] === 0xef && original[1] === 0xbb && original[2] === 0xbf) yield original.subarray(0, 3);
  yield* encodeUtf8(chunks);
}

/** Texts up to this many UTF-16 units (at most 3 bytes each) are encoded into one reused buffer. */
const SCRATCH_UNITS = 1 << 20;

/**
 * UTF-8 of each text (TextEncoder's bytes). The pieces of a large sheet (a few hundred KB each)
 * are encoded into one reused buffer and yielded as views of it (the consumer copies what it
 * keeps: deflateChunks does), so a 35 MB sheet does not allocate a new array per piece; a longer
 * text gets its own array, as before (the same pieces, so fflate's output is byte for byte the same).
 */
function* encodeUtf8(texts: readonly string[]): Generator<Uint8Array> {
  let scratch: Uint8Array | undefined;
  for (const text of texts) {
    if (text.length > SCRATCH_UNITS) {
      yield utf8.encode(text);
      continue;
    }
    scratch ??= new Uint8Array(3 * SCRATCH_UNITS);
    const { written } = utf8.encodeInto(text, scratch);
    yield scratch.subarray(0, written);
  }
}

/** The file extension a package must carry for Excel to open it, from its workbook's content type. */
export function extensionFor(pkg: XlsxPackage): '.xlsx' | '.xlsm' | '.xltx' | '.xltm' | '.xlam' {
  const type = (pkg.contentTypes.typeOf(pkg.workbook.part) ?? '').toLowerCase();
  if (type.includes('addin.macroenabled')) return '.xlam';
  if (type.includes('template.macroenabled')) return '.xltm';
  if (type.includes('macroenabled')) return '.xlsm';
  if (type.includes('spreadsheetml.template')) return '.xltx';
  return '.xlsx';
}

/**
 * Why a package cannot be written under this file name (Vietnamese), or undefined. Excel
 * refuses a file whose extension does not match its content (an .xlsm without the macro
 * content type, an .xlsx with it), so the output keeps the input's kind; phuluc never drops
 * the macros to make an .xlsx.
 */
export function outputNameProblem(pkg: XlsxPackage, fileName: string): string | undefined {
  const dot = fileName.lastIndexOf('.');
  const slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
  const ext = dot > slash ? fileName.slice(dot).toLowerCase() : '';
  const want = extensionFor(pkg);
  if (ext === want) return undefined;
  if (want === '.xlsm' || want === '.xltm' || want === '.xlam') {
    return XS.macroNeedsExt(want, ext);
  }
  if (ext === '.xlsm' || ext === '.xltm' || ext === '.xlam') {
    return XS.noMacroExt(ext, want);
  }
  return XS.extMustMatch(want, ext);
}

/**
 * Why a row to delete differs from what the check saw, when the reason is not an edit: a cell
 * hidden under a merge (not its top-left cell) holds a value. The check reads a merged area as
 * its top-left cell (`Grid`: the other cells are empty), so the hidden value was never seen, and
 * deleting the row would lose it. A Vietnamese reason naming the cell and the merge, else
 * undefined. `row` is 1-based, as the sheet XML numbers it.
 */
function hiddenUnderMerge(grid: Grid | undefined, row: number, cells: ReadonlyMap<number, StoredCell>): string | undefined {
  if (!grid) return undefined;
  const r = row - 1;
  for (const [c, stored] of cells) {
    const hasValue = (stored.v !== undefined && stored.v !== '') || (stored.inline !== undefined && stored.inline !== '') || (stored.formula !== undefined && stored.formula !== '');
    if (!hasValue) continue;
    const m = grid.merges.find((x) => x.top <= r && r <= x.bottom && x.left <= c && c <= x.right && (x.top !== r || x.left !== c));
    if (!m) continue;
    const range = `${colLetters(m.left)}${m.top + 1}:${colLetters(m.right)}${m.bottom + 1}`;
    return XS.rowHiddenMergedValue(row, `${colLetters(c)}${row}`, range);
  }
  return undefined;
}
