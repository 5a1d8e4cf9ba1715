/**
 * The web checker's workbook: the sheets of an .xlsx read by src/xlsx (the same Grids `phuluc
 * check` reads), held in memory behind the pane's WorkbookAdapter contract (src/excel/types.ts),
 * and kept to that contract as strictly as the Office adapter:
 *
 *  - a batch names its sheet by id and lands only there ('sheet-changed', reason 'sheet-gone');
 *  - every cell it writes, every row it deletes and every `expect` cell must still hold what the
 *    check saw, by the core's one rule (`matchesSeen` / `matchesSeenRow`), or nothing is written
 *    ('sheet-changed' with the differing cells);
 *  - a text written over a cell of the file that holds rich text (runs, `WorkbookRead.richText`)
 *    is refused unless it is a legacy repair ('unsupported', naming the cells), as the .xlsx
 *    writer that makes the download would refuse it, so the pane never shows a fix it cannot save;
 *  - a batch is all or nothing, and pushes one undo entry; Hoàn tác puts back the sheet as it was
 *    before, only while it still holds exactly what the batch left ('undo-stale' otherwise).
 *
 * Each sheet remembers which row of the file each of its rows came from (`origin`), so that the
 * download (src/web/download.ts) can hand the surgical writer the net edits against the file:
 * cells set on the file's rows, the file's rows deleted, rows inserted (with the formats of the
 * row the insert named) and formulas written.
 *
 * The sheets are drawn by the demo's SheetView through an emulator WorkbookModel (`model`),
 * rebuilt from the Grids after every change; selection and the active sheet live there too.
 */
import { applyEdits, locateStale, matchesSeen, seenOf, type CheckedCell, type SeenCell } from '../core/fix';
import type { Edit, LegacyRepair } from '../core/fix';
import { a1, columnIndex, lastValueRow, type Cell, type Grid, type MergeRange } from '../core/grid';
import { recalculate } from '../core/formula';
import { W } from './strings';
import { sheetFromGrid, WorkbookModel, type SheetModel } from '../excel/emulator';
import { deleteRowsInFormula, referencesOf } from '../xlsx/formula-rewrite';
import { RowDeletion, sameSheet } from '../xlsx/row-deletion';
import {
  WorkbookError,
  type CellChange,
  type ClearHighlightsResult,
  type Highlight,
  type HighlightResult,
  type ListResult,
  type ListValidation,
  type ReadProgress,
  type SheetGrid,
  type UndoOutcome,
  type WorkbookAdapter,
  type WriteBatch,
} from '../excel/types';

type Row = (Cell | undefined)[];

/**
 * Cells a legacy-text repair wrote (Edit.legacy), by identity: the cell object moves with its
 * row and is replaced by any later write, so a cell found here still holds that repair.
 */
const LEGACY_REPAIRS = new WeakMap<Cell, LegacyRepair>();

/** The legacy repair that wrote `cell` (its encoding and the cell's font then), if one did. */
export function legacyRepairOf(cell: Cell | undefined): LegacyRepair | undefined {
  return cell ? LEGACY_REPAIRS.get(cell) : undefined;
}

/** One sheet as it is now, and where each of its rows came from. */
export interface MemorySheet {
  readonly id: string;
  readonly name: string;
  /** The sheet as read from the file (never changed). */
  readonly original: Grid;
  /** Cells of the file ("row,col", 0-based file rows) holding rich text (runs). */
  readonly richText?: ReadonlySet<string>;
  rows: Row[];
  merges: MergeRange[];
  hiddenRows: number[];
  /** For each current row (0-based), the 0-based row of the file it came from; null: inserted. */
  origin: (number | null)[];
  /** For each inserted row, the 0-based file row whose formats it takes (the insert's formatLikeRow); null otherwise. */
  formatLike: (number | null)[];
  /** Cells (0-based "r,c") whose formula phuluc wrote (the download writes them as formulas). */
  formulaCells: Set<string>;
  /** Fills phuluc painted (highlights), by the row's identity and column: drawn, never saved. */
  fills: Map<string, string>;
  colWidths: number[];
}

interface SheetState {
  rows: Row[];
  merges: MergeRange[];
  hiddenRows: number[];
  origin: (number | null)[];
  formatLike: (number | null)[];
  formulaCells: Set<string>;
  fills: Map<string, string>;
}

interface UndoEntry {
  label: string;
  sheetId: string;
  before: SheetState;
  after: SheetState;
  /** Other sheets the batch changed (their references to the batch's sheet moved, formulas recomputed). */
  others?: { sheetId: string; before: SheetState; after: SheetState }[];
}

/** What a batch leaves: the batch's sheet, and every other sheet whose formulas it changed. */
export interface BatchPlan {
  state: SheetState;
  others: Map<MemorySheet, SheetState>;
}

/** Fill colours of the highlights, by severity (as the Office adapter paints them). */
const HIGHLIGHT: Record<Highlight['severity'], string> = { error: '#F4CCCC', warning: '#FFF2CC', info: '#DDEBF7' };

const SEVERITY_RANK: Record<Highlight['severity'], number> = { error: 3, warning: 2, info: 1 };

export interface MemoryWorkbookOptions {
  /** Where settings live between visits (the browser's localStorage); memory only when absent. */
  settingsStore?: { get(): unknown; set(value: unknown): void };
  /** Column widths for the view, by sheet name. */
  colWidths?: (grid: Grid) => number[];
  /** The file's cells holding rich text, by sheet name (the reader's `WorkbookRead.richText`). */
  richText?: ReadonlyMap<string, ReadonlySet<string>>;
}

let nextId = 1;

/**
 * An in-memory workbook and its WorkbookAdapter. `grids` are the reader's Grids (not modified:
 * rows are copied as they are changed).
 */
export class MemoryWorkbook {
  readonly sheets: MemorySheet[];
  readonly model: WorkbookModel;
  readonly adapter: WorkbookAdapter;
  private undo: UndoEntry[] = [];
  private settings: unknown = undefined;

  constructor(grids: readonly Grid[], private readonly options: MemoryWorkbookOptions = {}) {
    if (grids.length === 0) throw new Error('MemoryWorkbook: no sheet');
    this.sheets = grids.map((g) => ({
      id: `web-sheet-${nextId++}`,
      name: g.name,
      original: g,
      ...(options.richText?.has(g.name) && { richText: options.richText.get(g.name) }),
      rows: g.rows.map((r) => (r ? (r as Row) : [])),
      merges: g.merges.map((m) => ({ ...m })),
      hiddenRows: [...(g.hiddenRows ?? [])],
      origin: g.rows.map((_, i) => i),
      formatLike: g.rows.map(() => null),
      formulaCells: new Set(),
      fills: new Map(),
      colWidths: options.colWidths?.(g) ?? defaultWidths(g),
    }));
    this.model = new WorkbookModel(this.sheets.map((s) => this.view(s)), { date1904: grids[0]?.date1904 === true });
    this.model.selection = { sheet: this.sheets[0]!.name, rect: { top: 0, left: 0, bottom: 0, right: 0 } };
    this.adapter = this.makeAdapter();
  }

  /** The sheet drawn now (the active tab). */
  get active(): MemorySheet {
    return this.sheets[this.model.activeIndex] ?? this.sheets[0]!;
  }

  /** Shows another sheet, as clicking its tab in Excel does. */
  activate(index: number): void {
    const view = this.model.sheets[index];
    if (view) this.model.activate(view);
  }

  /** The sheet as a Grid now (rows shared, not copied: read only). */
  gridOf(sheet: MemorySheet): Grid {
    return { name: sheet.name, rows: sheet.rows, merges: sheet.merges, hiddenRows: sheet.hiddenRows, date1904: sheet.original.date1904 };
  }

  private view(sheet: MemorySheet): SheetModel {
    const grid = this.gridOf(sheet);
    // The values the Grids hold: the file's cached values (or the reader's computed ones), and
    // after a write the values planBatch computed across sheets; never this sheet alone.
    const view = sheetFromGrid(grid, sheet.colWidths, { recalc: false });
    for (const [key, color] of sheet.fills) {
      const [r, c] = key.split(',').map(Number) as [number, number];
      view.ensure(r, c).fill = color;
    }
    return view;
  }

  /** Redraws one sheet (after a write or an undo), keeping the selection and the active tab. */
  private redraw(sheet: MemorySheet): void {
    const i = this.sheets.indexOf(sheet);
    this.model.replaceSheet(i, this.view(sheet));
    this.model.changed();
  }

  private state(s: MemorySheet): SheetState {
    return { rows: s.rows, merges: s.merges, hiddenRows: s.hiddenRows, origin: s.origin, formatLike: s.formatLike, formulaCells: s.formulaCells, fills: s.fills };
  }

  private restore(s: MemorySheet, st: SheetState): void {
    s.rows = st.rows;
    s.merges = st.merges;
    s.hiddenRows = st.hiddenRows;
    s.origin = st.origin;
    s.formatLike = st.formatLike;
    s.formulaCells = st.formulaCells;
    s.fills = st.fills;
  }

  private sheetById(id: string): MemorySheet {
    const s = this.sheets.find((x) => x.id === id);
    if (!s) throw new WorkbookError('sheet-changed', 'sheet gone', { reason: 'sheet-gone' });
    return s;
  }

  private makeAdapter(): WorkbookAdapter {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const wb = this;
    return {
      async readActiveSheet(onProgress?: (p: ReadProgress) => void): Promise<SheetGrid> {
        const s = wb.active;
        onProgress?.({ rowsRead: s.rows.length, rowsTotal: s.rows.length });
        // A copy: the pane keeps the Grid it checked while the sheet changes under it.
        return { ...wb.gridOf(s), rows: s.rows.map((r) => r.slice()), merges: s.merges.map((m) => ({ ...m })), hiddenRows: [...s.hiddenRows], sheetId: s.id };
      },

      async selectCell(address: string, sheetId?: string): Promise<void> {
        const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(address.trim());
        if (!m) throw new WorkbookError('read-failed', `not a cell address: ${address}`);
        // As Range.select in Excel: the range's sheet becomes the active one, then the range is selected.
        const sheet = sheetId !== undefined ? wb.sheetById(sheetId) : wb.active;
        const r1 = Number(m[2]) - 1;
        const c1 = columnIndex(m[1]!.toUpperCase());
        const r2 = m[4] !== undefined ? Number(m[4]) - 1 : r1;
        const c2 = m[3] !== undefined ? columnIndex(m[3].toUpperCase()) : c1;
        const rect = { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
        wb.model.select(rect, sheet.name);
      },

      async selectedRow(): Promise<number | null> {
        const sel = wb.model.selection;
        return sel && sel.sheet === wb.active.name ? sel.rect.top + 1 : null;
      },

      async applyBatch(batch: WriteBatch): Promise<void> {
        const s = wb.sheetById(batch.sheetId);
        const before = wb.state(s);
        const plan = planBatch(s, batch, wb.sheets); // throws WorkbookError, nothing changed
        const others = [...plan.others].map(([o, after]) => ({ sheet: o, before: wb.state(o), after }));
        wb.restore(s, plan.state);
        for (const o of others) wb.restore(o.sheet, o.after);
        wb.undo.push({
          label: batch.label,
          sheetId: s.id,
          before,
          after: plan.state,
          ...(others.length > 0 && { others: others.map((o) => ({ sheetId: o.sheet.id, before: o.before, after: o.after })) }),
        });
        wb.redraw(s);
        for (const o of others) wb.redraw(o.sheet);
      },

      async undoLast(): Promise<UndoOutcome | null> {
        const entry = wb.undo[wb.undo.length - 1];
        if (!entry) return null;
        const s = wb.sheets.find((x) => x.id === entry.sheetId);
        if (!s) {
          wb.undo.pop();
          throw new WorkbookError('sheet-changed', 'sheet gone', { reason: 'sheet-gone' });
        }
        const others = (entry.others ?? []).map((o) => ({ ...o, sheet: wb.sheets.find((x) => x.id === o.sheetId) }));
        const changes = differences(entry.after, wb.state(s), s.original.date1904 === true);
        for (const o of others) if (o.sheet) changes.push(...differences(o.after, wb.state(o.sheet), o.sheet.original.date1904 === true));
        if (changes.length > 0) throw new WorkbookError('undo-stale', 'cells changed since', { changes: changes.slice(0, 20), changeCount: changes.length });
        wb.restore(s, entry.before);
        for (const o of others) if (o.sheet) wb.restore(o.sheet, o.before);
        wb.undo.pop();
        wb.redraw(s);
        for (const o of others) if (o.sheet) wb.redraw(o.sheet);
        return { label: entry.label, status: 'undone' };
      },

      canUndo: () => wb.undo.length > 0,
      undoLabel: () => wb.undo[wb.undo.length - 1]?.label ?? null,
      // The download's .xlsx writer decodes a rich cell run by run (or refuses it with why).
      keepsTextRuns: () => true,

      async highlight(sheetId: string, cells: Highlight[]): Promise<HighlightResult> {
        const s = wb.sheetById(sheetId);
        const best = new Map<string, Highlight['severity']>();
        for (const h of cells) {
          const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(h.address);
          if (!m) continue;
          const key = `${Number(m[2]) - 1},${columnIndex(m[1]!.toUpperCase())}`;
          const had = best.get(key);
          if (!had || SEVERITY_RANK[h.severity] > SEVERITY_RANK[had]) best.set(key, h.severity);
        }
        const before = wb.state(s);
        const fills = new Map(s.fills);
        for (const [key, sev] of best) fills.set(key, HIGHLIGHT[sev]);
        s.fills = fills;
        wb.undo.push({ label: W.highlightLabel, sheetId: s.id, before, after: wb.state(s) });
        wb.redraw(s);
        return { painted: best.size };
      },

      async clearHighlights(): Promise<ClearHighlightsResult> {
        let restored = 0;
        for (const s of wb.sheets) {
          if (s.fills.size === 0) continue;
          restored += s.fills.size;
          s.fills = new Map();
          wb.redraw(s);
        }
        // As in Excel: clearing is final, and undo entries that painted have nothing left to undo.
        wb.undo = wb.undo.filter((e) => e.label !== W.highlightLabel);
        return { restored, changed: 0, undoable: false };
      },

      async setListValidation(_sheetId: string, _rules: ListValidation[]): Promise<ListResult> {
        // The surgical writer does not write data validation: refused before anything changes,
        // rather than shown here and lost in the downloaded file.
        throw new WorkbookError('unsupported', 'list validation is not written by the surgical writer', {
          userMessage: W.listsNotWritten,
        });
      },

      async loadSettings(): Promise<unknown> {
        return wb.options.settingsStore ? wb.options.settingsStore.get() : wb.settings;
      },

      async saveSettings(value: unknown): Promise<void> {
        if (wb.options.settingsStore) wb.options.settingsStore.set(value);
        else wb.settings = value;
      },
    };
  }
}

/**
 * The sheet after `batch`, and every other sheet of `sheets` the batch changes, computed on
 * copies; throws WorkbookError (and changes nothing) when a cell the batch depends on no longer
 * holds what the check saw ('sheet-changed'), or when a formula's references cannot be moved
 * ('unsupported', with a Vietnamese userMessage). Order as WriteBatch says: ops in list order
 * with row numbers as they are at that point; deletions (rows before the batch) last, bottom-up;
 * `seen` always describes the sheet before the batch.
 *
 * Rows inserted or deleted move formula references as Excel (and the surgical writer, with the
 * same rewriter: src/xlsx/formula-rewrite.ts) moves them: on this sheet, and on every other sheet
 * that refers to it ('Phụ lục'!B7:B13). Then the formulas are computed again by the core's
 * evaluator (src/core/formula), reading across sheets: this sheet's formulas that depend on
 * written cells (all of them after an insert, a delete or a written formula), and every formula
 * of the other sheets that refer to this one. A formula the evaluator cannot compute keeps its value.
 */
export function planBatch(s: MemorySheet, batch: WriteBatch, sheets: readonly MemorySheet[] = [s]): BatchPlan {
  const date1904 = s.original.date1904 === true;
  const beforeRows = s.rows;
  const changes: CellChange[] = [];
  /** Every cell the batch depends on, as the check saw it (1-based rows before the batch). */
  const checked: CheckedCell[] = [];
  // Every op's and expectation's `seen` is compared, even for a cell named twice.
  const check = (r: number, c: number, seen: SeenCell) => checked.push({ row: r + 1, col: c, seen });

  // 1. What the batch depends on, in the sheet as it is before the batch: the cells it writes,
  // its expectations, the cells of the rows it deletes (in that order, as the Office adapter).
  const rowChecks: CheckedCell[] = [];
  // Text writes over the file's rich cells that are not legacy repairs (A1, before the batch).
  const flattened: string[] = [];
  // Where each op's row was before the batch (inserts shift the rows below them).
  const pre: (number | null)[] = beforeRows.map((_, i) => i);
  for (const op of batch.ops) {
    if (op.kind === 'insert-rows') {
      const at = op.beforeRow - 1;
      while (pre.length < at) pre.push(pre.length);
      pre.splice(at, 0, ...op.values.map(() => null));
    } else if (op.kind === 'set' || op.kind === 'formula') {
      const p = op.row - 1 < pre.length ? pre[op.row - 1] : op.row - 1 - pre.length + beforeRows.length;
      if (p !== null && p !== undefined) {
        check(p, op.col, op.seen);
        const file = s.origin[p];
        if (op.kind === 'set' && typeof op.value === 'string' && op.legacy === undefined && file !== null && file !== undefined && s.richText?.has(`${file},${op.col}`))
          flattened.push(a1(p, op.col));
      } else if (!isEmptySeen(op.seen)) changes.push({ address: a1(op.row - 1, op.col), expected: shown(op.seen), found: '' });
    } else if (op.kind === 'delete-row') {
      const r = op.row - 1;
      const width = Math.max(op.seen.length, beforeRows[r]?.length ?? 0);
      for (let c = 0; c < width; c++) rowChecks.push({ row: r + 1, col: c, seen: op.seen[c] ?? { value: null } });
    }
  }
  for (const e of batch.expect ?? []) check(e.row - 1, e.col, e.seen);
  checked.push(...rowChecks);
  const holds = (c: CheckedCell, row: number) => row >= 1 && matchesSeen(c.seen, beforeRows[row - 1]?.[c.col], date1904);
  if (changes.length > 0 || !checked.every((c) => holds(c, c.row))) {
    // Refused: the cells named where they are now when rows moved since the check (core/fix/moved.ts).
    const shift = batch.lastRow === undefined ? 0 : lastValueRow(beforeRows) - batch.lastRow;
    const verdict = locateStale(checked, holds, shift);
    for (const v of verdict.stale) {
      const change: CellChange = { address: a1(v.rowNow - 1, v.cell.col), expected: shown(v.cell.seen), found: shown(seenOf(beforeRows[v.rowNow - 1]?.[v.cell.col], date1904)) };
      if (v.moved) change.moved = true;
      if (!v.placed) change.unplaced = true;
      changes.push(change);
    }
    throw new WorkbookError('sheet-changed', 'cells changed since the check', {
      reason: 'cells-changed',
      changes: changes.slice(0, 20),
      changeCount: changes.length,
      sheetName: s.name,
      ...(verdict.rowsMoved !== undefined && { rowsMoved: verdict.rowsMoved }),
      ...(verdict.lastRowMoved !== undefined && { lastRowMoved: verdict.lastRowMoved }),
    });
  }
  // Text over a rich cell of the file that is not a legacy repair: the download would flatten it
  // (the .xlsx writer refuses it, XS.richTextLost), so it is refused now, nothing changed.
  if (flattened.length > 0)
    throw new WorkbookError('unsupported', `text over the rich text of ${flattened.join(', ')}`, {
      userMessage: W.richTextLost(flattened.slice(0, 5).join(', ') + (flattened.length > 5 ? '…' : ''), s.name),
      cells: flattened,
      sheetName: s.name,
    });

  // 2. Apply on copies.
  let rows: Row[] = beforeRows.slice();
  let merges = s.merges.map((m) => ({ ...m }));
  let hidden = [...s.hiddenRows];
  const origin = s.origin.slice();
  const formatLike = s.formatLike.slice();
  const formulaCells = new Set(s.formulaCells);
  const fills = new Map(s.fills);
  const setCells: [number, number][] = [];
  /** Formulas this batch writes ("r,c", moved with the rows). */
  const written = new Set<string>();
  // The other sheets that refer to this one: their rows, copied when a formula on them moves.
  const others = sheets.filter((o) => o !== s && refersTo(o, s.name)).map((o) => ({ sheet: o, rows: o.rows.slice() }));
  let structural = false;
  /** Moves the references to this sheet's rows in every formula (this sheet's and the others'). */
  const moveReferences = (del: RowDeletion) => {
    structural = true;
    rows = moveFormulas(rows, s.name, s.name, del);
    for (const o of others) o.rows = moveFormulas(o.rows, o.sheet.name, s.name, del);
  };
  const ensureRow = (r: number): Row => {
    while (rows.length <= r) {
      rows.push([]);
      origin.push(null);
      formatLike.push(null);
    }
    const row = rows[r]!.slice();
    rows[r] = row;
    return row;
  };
  for (const op of batch.ops) {
    if (op.kind === 'set') {
      const row = ensureRow(op.row - 1);
      const had = row[op.col];
      // As applyEdits (and Excel): the number format stays, except a number in a text (@) cell.
      const cell: Cell = { value: op.value === '' ? null : op.value };
      if (had?.numFmt !== undefined && !(had.numFmt === '@' && typeof op.value === 'number')) cell.numFmt = had.numFmt;
      // As applyEdits: the cell keeps its font unless the edit sets one (a repaired .VnTime cell).
      const font = op.font ?? had?.font;
      if (font !== undefined) cell.font = font;
      // A legacy repair: the download decodes a rich cell's runs one by one (netEdits).
      if (op.legacy !== undefined && typeof op.value === 'string') LEGACY_REPAIRS.set(cell, op.legacy);
      row[op.col] = cell;
      formulaCells.delete(`${op.row - 1},${op.col}`);
      written.delete(`${op.row - 1},${op.col}`);
      setCells.push([op.row - 1, op.col]);
    } else if (op.kind === 'formula') {
      const row = ensureRow(op.row - 1);
      const numFmt = op.numFmt ?? row[op.col]?.numFmt;
      row[op.col] = { value: null, formula: op.formula.replace(/^=/, ''), ...(numFmt !== undefined ? { numFmt } : {}) };
      formulaCells.add(`${op.row - 1},${op.col}`);
      written.add(`${op.row - 1},${op.col}`);
      setCells.push([op.row - 1, op.col]);
    } else if (op.kind === 'insert-rows') {
      const at = op.beforeRow - 1;
      while (rows.length < at) {
        rows.push([]);
        origin.push(null);
        formatLike.push(null);
      }
      if (op.values.length > 0) moveReferences(new RowDeletion([], [{ before: at + 1, count: op.values.length }]));
      const like = op.formatLikeRow !== undefined ? rows[op.formatLikeRow - 1] : undefined;
      const added: Row[] = op.values.map((vals) => {
        const row: Row = [];
        const width = Math.max(vals.length, like?.length ?? 0);
        for (let c = 0; c < width; c++) {
          const v = vals[c] ?? null;
          const numFmt = like?.[c]?.numFmt;
          if (v === null && numFmt === undefined) continue;
          row[c] = { value: v === '' ? null : v, ...(numFmt !== undefined ? { numFmt } : {}) };
        }
        return row;
      });
      rows.splice(at, 0, ...added);
      const likeFile = op.formatLikeRow !== undefined ? (origin[op.formatLikeRow - 1] ?? formatLike[op.formatLikeRow - 1] ?? null) : null;
      origin.splice(at, 0, ...added.map(() => null));
      formatLike.splice(at, 0, ...added.map(() => likeFile));
      merges = shiftMerges(merges, at, added.length);
      hidden = hidden.map((h) => (h >= at ? h + added.length : h));
      shiftKeys(formulaCells, fills, at, added.length);
      shiftKeys(written, new Map(), at, added.length);
      for (let i = 0; i < setCells.length; i++) if (setCells[i]![0] >= at) setCells[i] = [setCells[i]![0] + added.length, setCells[i]![1]];
    }
  }
  // Deletions: rows as before the batch, mapped to where they are now, bottom-up.
  const deletions = batch.ops.filter((o): o is Extract<Edit, { kind: 'delete-row' }> => o.kind === 'delete-row');
  if (deletions.length > 0) {
    const now = [...new Set(deletions.map((d) => pre.indexOf(d.row - 1)).filter((r) => r >= 0))].sort((a, b) => b - a);
    if (now.length > 0) moveReferences(new RowDeletion(now.map((r) => r + 1)));
    for (const r of now) {
      const g = applyEdits({ name: s.name, rows, merges, date1904: s.original.date1904 }, [{ kind: 'delete-row', row: r + 1, seen: [] }]);
      rows = g.rows as Row[];
      merges = g.merges.map((m) => ({ ...m }));
      origin.splice(r, 1);
      formatLike.splice(r, 1);
      hidden = hidden.filter((h) => h !== r).map((h) => (h > r ? h - 1 : h));
      shiftKeys(formulaCells, fills, r + 1, -1, r);
      shiftKeys(written, new Map(), r + 1, -1, r);
      for (let i = 0; i < setCells.length; i++) {
        const [sr, sc] = setCells[i]!;
        setCells[i] = sr === r ? [-1, sc] : sr > r ? [sr - 1, sc] : [sr, sc];
      }
    }
  }
  // Formulas that read a written cell are computed again, as Excel would (the core's rule),
  // reading the other sheets as they are after the batch.
  const date1904Of = s.original.date1904;
  const gridNow = (): Grid => ({ name: s.name, rows, merges, date1904: date1904Of });
  const otherGrids = (except?: MemorySheet): Grid[] =>
    sheets.filter((o) => o !== s && o !== except).map((o) => ({ name: o.name, rows: others.find((x) => x.sheet === o)?.rows ?? o.rows, merges: o.merges, date1904: o.original.date1904 }));
  const changed = setCells.filter(([r]) => r >= 0);
  if (structural || written.size > 0 || changed.length > 0) {
    // After an insert or a delete, or a formula phuluc wrote (no value yet): every formula (as Excel does on entry).
    const all = structural || batch.ops.some((o) => o.kind === 'formula');
    rows = recalculate(gridNow(), all ? undefined : changed, otherGrids()).rows.map((r) => (r ? (r as Row) : []));
    for (const key of written) {
      const [r, c] = key.split(',').map(Number) as [number, number];
      const cell = rows[r]?.[c];
      // A formula phuluc wrote whose value the core cannot compute is unknown, never 0.
      if (cell?.formula !== undefined && cell.value === null && cell.error === undefined) {
        const row = rows[r]!.slice();
        row[c] = { ...cell, uncomputed: true };
        rows[r] = row;
      }
    }
  }
  // The other sheets, each reading the others as computed so far: once per sheet, so that a
  // sheet reading another that reads this one sees its new values.
  const own = { name: s.name, rows, merges, date1904: date1904Of };
  for (let pass = 0; pass < others.length; pass++)
    for (const o of others) {
      const g = recalculate({ name: o.sheet.name, rows: o.rows, merges: o.sheet.merges, date1904: o.sheet.original.date1904 }, undefined, [own, ...otherGrids(o.sheet)]);
      o.rows = g.rows.map((r) => (r ? (r as Row) : []));
    }
  const out = new Map<MemorySheet, SheetState>();
  for (const o of others) {
    if (o.rows.length === o.sheet.rows.length && o.rows.every((r, i) => r === o.sheet.rows[i])) continue;
    out.set(o.sheet, { ...stateOf(o.sheet), rows: o.rows });
  }
  return { state: { rows, merges, hiddenRows: hidden, origin, formatLike, formulaCells, fills }, others: out };
}

function stateOf(s: MemorySheet): SheetState {
  return { rows: s.rows, merges: s.merges, hiddenRows: s.hiddenRows, origin: s.origin, formatLike: s.formatLike, formulaCells: s.formulaCells, fills: s.fills };
}

/** Whether any formula of `sheet` names sheet `target` ('Phụ lục'!B7). */
function refersTo(sheet: MemorySheet, target: string): boolean {
  for (const row of sheet.rows)
    for (const cell of row ?? [])
      if (cell?.formula !== undefined && cell.formula.includes('!')) {
        const refs = referencesOf(cell.formula.replace(/^=/, ''));
        // A formula whose references cannot be read may name the sheet: it goes through the rewriter, which refuses it.
        if (!refs || refs.some((r) => r.sheet !== undefined && sameSheet(r.sheet, target))) return true;
      }
  return false;
}

/**
 * The rows with the references of every formula (on sheet `own`) to sheet `target` moved by
 * `del`; rows without a moved formula are shared. Throws WorkbookError 'unsupported' (with a
 * Vietnamese userMessage) when a formula cannot be read: never a wrong reference shown.
 */
function moveFormulas(rows: Row[], own: string, target: string, del: RowDeletion): Row[] {
  let out: Row[] | undefined;
  rows.forEach((row, r) => {
    row?.forEach((cell, c) => {
      if (cell?.formula === undefined) return;
      const res = deleteRowsInFormula(cell.formula.replace(/^=/, ''), own, target, del);
      if (!res.ok) {
        throw new WorkbookError('unsupported', `cannot move the references of ${cell.formula} (${res.reason})`, {
          userMessage: W.formulaNotMovable(a1(r, c), own, cell.formula.replace(/^=/, '')),
        });
      }
      if (!res.changed) return;
      out ??= rows.slice();
      const copy = (out[r] === row ? row.slice() : out[r]!) as Row;
      copy[c] = { ...cell, formula: res.text };
      out[r] = copy;
    });
  });
  return out ?? rows;
}

/** Merges at or below row `at` move down by `n`; a merge across `at` grows. */
function shiftMerges(merges: MergeRange[], at: number, n: number): MergeRange[] {
  return merges.map((m) => (m.top >= at ? { ...m, top: m.top + n, bottom: m.bottom + n } : m.bottom >= at ? { ...m, bottom: m.bottom + n } : m));
}

/** Moves "r,c" keys at or below `at` by `n` rows; with `removed`, keys on that row go. */
function shiftKeys(cells: Set<string>, fills: Map<string, string>, at: number, n: number, removed?: number): void {
  const move = (key: string): string | null => {
    const [r, c] = key.split(',').map(Number) as [number, number];
    if (removed !== undefined && r === removed) return null;
    return r >= at ? `${r + n},${c}` : key;
  };
  const keys = [...cells];
  cells.clear();
  for (const k of keys) {
    const m = move(k);
    if (m) cells.add(m);
  }
  const entries = [...fills];
  fills.clear();
  for (const [k, v] of entries) {
    const m = move(k);
    if (m) fills.set(m, v);
  }
}

function isEmptySeen(s: SeenCell): boolean {
  return s.formula === undefined && s.error === undefined && (s.value === null || s.value === '');
}

function shown(s: SeenCell): string {
  if (s.formula !== undefined) return '=' + s.formula.replace(/^=/, '');
  if (s.error !== undefined) return s.error;
  return s.value === null ? '' : String(s.value);
}

/** Cells of `want` that `now` no longer holds (by the core's rule), as the undo check reports them. */
function differences(want: SheetState, now: SheetState, date1904: boolean): CellChange[] {
  const out: CellChange[] = [];
  const height = Math.max(want.rows.length, now.rows.length);
  for (let r = 0; r < height; r++) {
    const a = want.rows[r] ?? [];
    const b = now.rows[r] ?? [];
    if (a === b) continue;
    const width = Math.max(a.length, b.length);
    for (let c = 0; c < width; c++) {
      const sa = seenOf(a[c], date1904);
      if (!matchesSeen(sa, b[c], date1904)) out.push({ address: a1(r, c), expected: shown(sa), found: shown(seenOf(b[c], date1904)) });
    }
  }
  if (out.length === 0 && (want.origin.length !== now.origin.length || want.fills.size !== now.fills.size)) {
    out.push({ address: a1(Math.min(want.origin.length, now.origin.length), 0), expected: '', found: '' });
  }
  return out;
}

function defaultWidths(g: Grid): number[] {
  const width = g.rows.reduce((w, r) => Math.max(w, r?.length ?? 0), 0);
  return Array.from({ length: Math.max(width, 1) }, (_, c) => {
    let longest = 0;
    for (let r = 0; r < Math.min(g.rows.length, 200); r++) {
      const v = g.rows[r]?.[c]?.value;
      if (typeof v === 'string') longest = Math.max(longest, Math.min(v.length, 60));
    }
    return Math.max(48, Math.min(240, longest * 6));
  });
}
