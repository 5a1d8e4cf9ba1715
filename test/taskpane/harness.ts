/**
 * The whole pane over the emulated workbook, for the property test: snapshots of the workbook,
 * a reference model of what a batch may change, and a recording adapter that checks every write
 * against it as it happens.
 *
 * The reference applies a batch with the emulator model's own row and cell primitives (what Excel
 * does), independently of src/excel/write.ts, and marks every cell and row the batch names. After
 * the real write, every cell the batch did not name must be exactly as before (shifted with the
 * rows the batch inserted or deleted); a named cell must hold what the batch wrote.
 */
import type { WorkbookAdapter, WriteBatch } from '../../src/excel/types';
import { SheetModel, WorkbookModel, type CellModel, type Rect } from '../../src/excel/emulator';
import type { TableModel, ValidationModel } from '../../src/excel/emulator/model';
import { a1 } from '../../src/core/grid';

// ---------------------------------------------------------------------------------------------
// Snapshots

export interface SheetSnap {
  id: string;
  name: string;
  visibility: SheetModel['visibility'];
  rows: (CellModel | undefined)[][];
  merges: Rect[];
  validations: ValidationModel[];
  tables: (Omit<TableModel, 'columnFormulas'> & { columnFormulas: [number, string][] })[];
  hiddenRows: number[];
  rowHeights: [number, number][];
  colWidths: number[];
  protected: boolean;
}

export interface WorkbookSnap {
  sheets: SheetSnap[];
  settings: [string, unknown][];
}

const clone = <T>(x: T): T => (x === undefined ? x : (JSON.parse(JSON.stringify(x)) as T));

export function snapshot(model: WorkbookModel): WorkbookSnap {
  return {
    sheets: model.sheets.map((s) => ({
      id: s.id,
      name: s.name,
      visibility: s.visibility,
      // Cells hold only primitives: a shallow copy is a full one.
      rows: s.rows.map((row) => (row ? row.map((c) => (c ? { ...c } : undefined)) : [])),
      merges: s.merges.map((m) => ({ ...m })),
      validations: s.validations.map((v) => clone(v)),
      tables: s.tables.map((t) => ({ ...clone({ ...t, columnFormulas: undefined }), columnFormulas: [...t.columnFormulas.entries()] })),
      hiddenRows: [...s.hiddenRows].sort((a, b) => a - b),
      rowHeights: [...s.rowHeights.entries()].sort(([a], [b]) => a - b),
      colWidths: [...s.colWidths],
      protected: s.protected,
    })),
    settings: [...model.settings.entries()].map(([k, v]) => [k, clone(v)]),
  };
}

/** A live SheetModel holding a snapshot (its id kept). */
export function sheetOf(snap: SheetSnap): SheetModel {
  const s = new SheetModel(snap.name);
  Object.defineProperty(s, 'id', { value: snap.id });
  s.visibility = snap.visibility;
  s.rows = snap.rows.map((row) => row.map((c) => (c ? { ...c } : undefined)));
  s.merges = snap.merges.map((m) => ({ ...m }));
  s.validations = snap.validations.map((v) => clone(v));
  s.tables = snap.tables.map((t) => ({ ...clone({ ...t, columnFormulas: undefined }), columnFormulas: new Map(t.columnFormulas) }) as TableModel);
  s.hiddenRows = new Set(snap.hiddenRows);
  s.rowHeights = new Map(snap.rowHeights);
  s.colWidths = [...snap.colWidths];
  s.protected = snap.protected;
  return s;
}

/** Puts the workbook back exactly as `snap` (the sheets' ids kept, the active sheet by id). */
export function restore(model: WorkbookModel, snap: WorkbookSnap): void {
  const activeId = model.active.id;
  model.sheets = snap.sheets.map(sheetOf);
  model.settings = new Map(snap.settings.map(([k, v]) => [k, clone(v)]));
  const i = model.sheets.findIndex((s) => s.id === activeId);
  model.activeIndex = i >= 0 ? i : 0;
  model.selection = null;
  model.changed();
}

/** Whether two cells are the same for `norm` (fast path: no allocation when equal). */
function sameCell(a: CellModel | undefined, b: CellModel | undefined): boolean {
  if (a === b) return true;
  const ea = !a || isBlank(a);
  const eb = !b || isBlank(b);
  if (ea || eb) return ea && eb;
  const value = (c: CellModel) => (c.error || c.value === '' || c.value === undefined ? null : c.value);
  const fmt = (c: CellModel) => (c.numberFormat === 'General' ? undefined : c.numberFormat);
  return (
    a!.formula === b!.formula &&
    value(a!) === value(b!) &&
    a!.error === b!.error &&
    fmt(a!) === fmt(b!) &&
    a!.fill?.toUpperCase() === b!.fill?.toUpperCase() &&
    a!.pattern === b!.pattern &&
    a!.patternColor?.toUpperCase() === b!.patternColor?.toUpperCase() &&
    !!a!.quotePrefix === !!b!.quotePrefix
  );
}

function isBlank(c: CellModel): boolean {
  return (
    c.formula === undefined &&
    (c.value === null || c.value === undefined || c.value === '') &&
    !c.error &&
    (c.numberFormat === undefined || c.numberFormat === 'General') &&
    c.fill === undefined &&
    c.pattern === undefined &&
    c.patternColor === undefined &&
    !c.quotePrefix
  );
}

/** A cell as compared: what the user can see or Excel keeps, nothing empty. */
function norm(c: CellModel | undefined): Record<string, unknown> | null {
  if (!c) return null;
  const out: Record<string, unknown> = {};
  if (c.formula !== undefined) out.formula = c.formula;
  if (c.value !== null && c.value !== undefined && c.value !== '' && !c.error) out.value = c.value;
  if (c.error) out.error = c.error;
  if (c.numberFormat !== undefined && c.numberFormat !== 'General') out.numberFormat = c.numberFormat;
  if (c.fill !== undefined) out.fill = c.fill.toUpperCase();
  if (c.pattern !== undefined) out.pattern = c.pattern;
  if (c.patternColor !== undefined) out.patternColor = c.patternColor.toUpperCase();
  if (c.quotePrefix) out.quotePrefix = true;
  return Object.keys(out).length ? out : null;
}

const rectKey = (r: Rect) => `${r.top},${r.left},${r.bottom},${r.right}`;
/** "row,col" → the rule that applies there (the last one set wins, as in the emulator's lookups). */
function validationByCell(vs: readonly ValidationModel[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const v of vs) {
    const key = validationKey(v);
    for (let r = v.rect.top; r <= v.rect.bottom; r++) for (let c = v.rect.left; c <= v.rect.right; c++) out.set(`${r},${c}`, key);
  }
  return out;
}

const validationKey = (v: ValidationModel) =>
  `${v.type}|${JSON.stringify(v.rule)}|${v.alertStyle ?? ''}|${JSON.stringify(v.errorAlert ?? null)}|${JSON.stringify(v.prompt ?? null)}`;

/** Every difference between two snapshots (at most `limit`), described for a failure message. */
export function differences(a: WorkbookSnap, b: WorkbookSnap, limit = 8): string[] {
  const out: string[] = [];
  const push = (s: string) => {
    if (out.length < limit) out.push(s);
  };
  const ids = new Set([...a.sheets.map((s) => s.id), ...b.sheets.map((s) => s.id)]);
  for (const id of ids) {
    const x = a.sheets.find((s) => s.id === id);
    const y = b.sheets.find((s) => s.id === id);
    if (!x || !y) {
      push(`sheet ${(x ?? y)!.name} ${x ? 'removed' : 'added'}`);
      continue;
    }
    if (x.name !== y.name) push(`sheet ${x.name} renamed ${y.name}`);
    if (x.visibility !== y.visibility) push(`sheet ${x.name} visibility ${x.visibility} → ${y.visibility}`);
    const height = Math.max(x.rows.length, y.rows.length);
    for (let r = 0; r < height; r++) {
      const rx = x.rows[r] ?? [];
      const ry = y.rows[r] ?? [];
      if (rx === ry) continue;
      for (let c = 0; c < Math.max(rx.length, ry.length); c++) {
        const cx = rx[c];
        const cy = ry[c];
        if (sameCell(cx, cy)) continue;
        push(`${x.name}!${a1(r, c)}: ${JSON.stringify(norm(cx))} → ${JSON.stringify(norm(cy))}`);
        if (out.length >= limit) return out;
      }
    }
    const mx = x.merges.map(rectKey).sort().join(' ');
    const my = y.merges.map(rectKey).sort().join(' ');
    if (mx !== my) push(`${x.name} merges: ${mx} → ${my}`);
    // Data validation applies per cell: one range or the same rule over several pieces is the same.
    const px = validationByCell(x.validations);
    const py = validationByCell(y.validations);
    for (const key of new Set([...px.keys(), ...py.keys()]))
      if (px.get(key) !== py.get(key)) {
        const [r, c] = key.split(',').map(Number) as [number, number];
        push(`${x.name}!${a1(r, c)} validation: ${px.get(key) ?? 'none'} → ${py.get(key) ?? 'none'}`);
        break;
      }
    if (x.hiddenRows.join() !== y.hiddenRows.join()) push(`${x.name} hidden rows: ${x.hiddenRows.join()} → ${y.hiddenRows.join()}`);
    if (JSON.stringify(x.rowHeights) !== JSON.stringify(y.rowHeights)) push(`${x.name} row heights changed`);
    if (JSON.stringify(x.tables) !== JSON.stringify(y.tables)) push(`${x.name} tables: ${JSON.stringify(x.tables)} → ${JSON.stringify(y.tables)}`);
    if (x.protected !== y.protected) push(`${x.name} protection ${x.protected} → ${y.protected}`);
  }
  const sx = JSON.stringify([...a.settings].sort(([p], [q]) => p.localeCompare(q)));
  const sy = JSON.stringify([...b.settings].sort(([p], [q]) => p.localeCompare(q)));
  if (sx !== sy) push(`settings: ${sx.slice(0, 200)} → ${sy.slice(0, 200)}`);
  return out;
}

// ---------------------------------------------------------------------------------------------
// The reference: what a batch may change

/** Cells and rows a batch names, marked on the reference sheet's cells and rows (they move with rows). */
const NAMED = Symbol('named');
type Marked = { [NAMED]?: true };

function mark<T extends object>(x: T): T {
  (x as Marked)[NAMED] = true;
  return x;
}

const isMarked = (x: object | undefined): boolean => !!x && (x as Marked)[NAMED] === true;

/** What Excel holds after phuluc writes `v` (text always as text). */
function written(cell: CellModel, v: string | number | null): void {
  delete cell.formula;
  delete cell.error;
  cell.value = v === '' ? null : v;
}

/**
 * The sheet `batch` names, as it must be after the batch: the batch's ops applied in their
 * contract's order (src/excel/types.ts WriteBatch), with the cells and rows they name marked.
 */
export function referenceAfter(before: SheetSnap, batch: WriteBatch): SheetModel {
  const s = sheetOf(before);
  const inserts: { row: number; count: number }[] = [];
  const deletes: number[] = [];
  for (const op of batch.ops) {
    switch (op.kind) {
      case 'set': {
        const cell = mark(s.ensure(op.row - 1, op.col));
        written(cell, op.value);
        break;
      }
      case 'formula': {
        const cell = mark(s.ensure(op.row - 1, op.col));
        cell.formula = '=' + op.formula.replace(/^=/, '');
        cell.value = null;
        break;
      }
      case 'insert-rows': {
        const at = op.beforeRow - 1;
        s.insertRows(at, op.values.length);
        op.values.forEach((vals, i) => {
          const row = (s.rows[at + i] = mark([] as (CellModel | undefined)[]));
          vals.forEach((v, c) => {
            if (v !== null) row[c] = mark({ value: v });
          });
        });
        inserts.push({ row: op.beforeRow, count: op.values.length });
        break;
      }
      case 'delete-row':
        deletes.push(op.row);
        break;
    }
  }
  const now = (row: number) => inserts.reduce((r, ins) => (r >= ins.row ? r + ins.count : r), row);
  for (const r of [...new Set(deletes.map(now))].sort((a, b) => b - a)) s.deleteRows(r - 1, 1);
  s.recalc();
  return s;
}

/**
 * Cells of `actual` that differ from the reference where the batch named nothing, or hold
 * something else than the batch wrote where it did.
 */
export function unnamedChanges(reference: SheetModel, actual: SheetSnap, limit = 8): string[] {
  const out: string[] = [];
  const height = Math.max(reference.rows.length, actual.rows.length);
  for (let r = 0; r < height && out.length < limit; r++) {
    const rr = reference.rows[r];
    const ra = actual.rows[r] ?? [];
    const rowNamed = isMarked(rr);
    for (let c = 0; c < Math.max(rr?.length ?? 0, ra.length); c++) {
      const want = rr?.[c];
      const got = ra[c];
      const where = `${actual.name}!${a1(r, c)}`;
      if (rowNamed || isMarked(want)) {
        // Named: the value (or formula) written; formats may change (number format, quote prefix).
        const w = norm(want);
        const g = norm(got);
        const key = (x: Record<string, unknown> | null) => JSON.stringify(x ? (x.formula !== undefined ? { formula: x.formula } : { value: x.value ?? null }) : null);
        if (rowNamed && !isMarked(want) && !want) {
          if (g && (g.value !== undefined || g.formula !== undefined)) out.push(`${where}: inserted row holds ${JSON.stringify(g)}`);
        } else if (key(w) !== key(g)) out.push(`${where}: wrote ${key(g)}, batch said ${key(w)}`);
        continue;
      }
      const w = norm(want);
      const g = norm(got);
      // A formula the batch did not write may show a new result (recalculation): compare its text.
      if (w?.formula !== undefined && g?.formula === w.formula) continue;
      if (JSON.stringify(w) !== JSON.stringify(g)) out.push(`${where} (not named): ${JSON.stringify(w)} → ${JSON.stringify(g)}`);
    }
  }
  const mx = reference.merges.map(rectKey).sort().join(' ');
  const my = actual.merges.map(rectKey).sort().join(' ');
  if (mx !== my && out.length < limit) out.push(`${actual.name} merges: want ${mx}, got ${my}`);
  return out;
}

// ---------------------------------------------------------------------------------------------
// The recording adapter

export type TimelineEntry =
  /** An adapter call that pushed an entry on phuluc's undo stack. */
  | { kind: 'pane'; label: string; before: WorkbookSnap; after: WorkbookSnap; onStack: boolean }
  /** Anything else that changed the workbook: the user's edits, a Hoàn tác. */
  | { kind: 'other'; what: string; before: WorkbookSnap; after: WorkbookSnap };

/**
 * Wraps the real adapter: every write is snapshotted before and after and checked against the
 * reference; violations are collected (never thrown, so the pane's own handling runs as usual).
 */
export class Recorder {
  readonly violations: string[] = [];
  readonly timeline: TimelineEntry[] = [];
  /** Counts, for the test's summary. */
  readonly stats = { written: 0, refused: 0, undone: 0, undoRefused: 0 };
  readonly adapter: WorkbookAdapter;
  /** The step being run, for messages. */
  step = '';

  constructor(
    private readonly model: WorkbookModel,
    inner: WorkbookAdapter,
  ) {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the adapter's methods report to this recorder
    const self = this;
    this.adapter = {
      readActiveSheet: (p) => inner.readActiveSheet(p),
      selectCell: (a, id) => inner.selectCell(a, id),
      selectedRow: () => inner.selectedRow(),
      canUndo: () => inner.canUndo(),
      undoLabel: () => inner.undoLabel(),
      loadSettings: () => inner.loadSettings(),
      saveSettings: (v) => inner.saveSettings(v),
      clearHighlights: () => self.writing('clearHighlights', () => inner.clearHighlights(), { push: false }),
      async applyBatch(batch) {
        const before = snapshot(self.model);
        return self.writing(batch.label, () => inner.applyBatch(batch), {
          check: (after) => {
            const sheetBefore = before.sheets.find((s) => s.id === batch.sheetId);
            if (!sheetBefore) return [`batch for a sheet that does not exist (${batch.sheetId})`];
            const out = unnamedChanges(referenceAfter(sheetBefore, batch), after.sheets.find((s) => s.id === batch.sheetId)!);
            for (const s of before.sheets)
              if (s.id !== batch.sheetId) {
                const other = after.sheets.find((x) => x.id === s.id);
                const d = other ? differences({ sheets: [s], settings: [] }, { sheets: [other], settings: [] }) : [`sheet ${s.name} removed`];
                out.push(...d.map((x) => `on another sheet: ${x}`));
              }
            return out;
          },
          before,
        });
      },
      highlight: (sheetId, cells) =>
        self.writing('Tô màu lỗi', () => inner.highlight(sheetId, cells), {
          check: (after, before) => {
            const named = new Set(cells.map((c) => c.address));
            return fillsOnly(before, after, sheetId, named);
          },
        }),
      setListValidation: (sheetId, rules, options) =>
        self.writing('Danh sách chọn', () => inner.setListValidation(sheetId, rules, options), {
          check: (after, before) => validationsOnly(before, after),
          pushIf: (r) => r.status === 'done',
        }),
      async undoLast() {
        const before = snapshot(self.model);
        let outcome;
        try {
          outcome = await inner.undoLast();
        } catch (e) {
          self.stats.undoRefused++;
          const d = differences(before, snapshot(self.model));
          if (d.length) self.violate(`a refused Hoàn tác changed the workbook: ${d.join('; ')}`);
          throw e;
        }
        if (!outcome) return outcome;
        self.stats.undone++;
        const after = snapshot(self.model);
        // The entry undone is phuluc's most recent one still on the stack.
        const entry = [...self.timeline].reverse().find((t): t is Extract<TimelineEntry, { kind: 'pane' }> => t.kind === 'pane' && t.onStack);
        if (!entry) self.violate(`Hoàn tác undid “${outcome.label}”, which phuluc never wrote`);
        else {
          if (entry.label !== outcome.label) self.violate(`Hoàn tác undid “${outcome.label}”, the last write was “${entry.label}”`);
          entry.onStack = false;
          // Nothing happened since that write: the workbook must be exactly as before it.
          if (self.timeline[self.timeline.length - 1] === entry) {
            const d = differences(entry.before, after);
            if (d.length) self.violate(`Hoàn tác of “${entry.label}” did not restore exactly: ${d.join('; ')}`);
          }
        }
        self.timeline.push({ kind: 'other', what: `Hoàn tác ${outcome.label}`, before, after });
        return outcome;
      },
    };
  }

  violate(msg: string): void {
    this.violations.push(`${this.step}: ${msg}`);
  }

  /** A user's own edit (or anything outside the pane), for the end's undo-everything. */
  userEdit(what: string, edit: () => void): void {
    const before = snapshot(this.model);
    edit();
    // Excel computes a formula the moment it is typed (an error value included).
    for (const sheet of this.model.sheets) sheet.recalc();
    this.model.changed();
    this.timeline.push({ kind: 'other', what, before, after: snapshot(this.model) });
  }

  private async writing<T>(
    label: string,
    call: () => Promise<T>,
    opts: { check?: (after: WorkbookSnap, before: WorkbookSnap) => string[]; before?: WorkbookSnap; push?: boolean; pushIf?: (r: T) => boolean } = {},
  ): Promise<T> {
    const before = opts.before ?? snapshot(this.model);
    let result: T;
    try {
      result = await call();
    } catch (e) {
      this.stats.refused++;
      const d = differences(before, snapshot(this.model));
      if (d.length) this.violate(`a refused “${label}” (${(e as Error).name}: ${(e as { kind?: string }).kind ?? (e as Error).message}) changed the workbook: ${d.join('; ')}`);
      throw e;
    }
    const after = snapshot(this.model);
    const bad = opts.check?.(after, before) ?? [];
    if (bad.length) this.violate(`“${label}” changed what it did not name: ${bad.join('; ')}`);
    const changed = differences(before, after, 1).length > 0;
    if (opts.push === false) {
      if (changed) this.timeline.push({ kind: 'other', what: label, before, after });
    } else if (opts.pushIf ? opts.pushIf(result) : true) {
      this.stats.written++;
      this.timeline.push({ kind: 'pane', label: stackLabel(label, this.adapter), before, after, onStack: true });
    } else if (changed) this.violate(`“${label}” changed the workbook but pushed no undo entry: ${differences(before, after).join('; ')}`);
    return result;
  }
}

/** The label the adapter gave the entry it just pushed. */
function stackLabel(fallback: string, adapter: WorkbookAdapter): string {
  try {
    return adapter.undoLabel() ?? fallback;
  } catch {
    return fallback;
  }
}

/** Highlights may change the fills of the named cells (and the add-in's own records), nothing else. */
function fillsOnly(before: WorkbookSnap, after: WorkbookSnap, sheetId: string, named: Set<string>): string[] {
  const strip = (snap: WorkbookSnap): WorkbookSnap => ({
    settings: [],
    sheets: snap.sheets
      .filter((s) => s.visibility !== 'VeryHidden')
      .map((s) => ({
        ...s,
        rows: s.rows.map((row, r) =>
          row.map((c, col) => (c && s.id === sheetId && named.has(a1(r, col)) ? { ...c, fill: undefined } : c)),
        ),
      })),
  });
  return differences(strip(before), strip(after));
}

/** Lists may change data validation (and the add-in's VeryHidden list sheet), no cell. */
function validationsOnly(before: WorkbookSnap, after: WorkbookSnap): string[] {
  const out: string[] = [];
  for (const s of after.sheets) if (!before.sheets.some((b) => b.id === s.id) && s.visibility !== 'VeryHidden') out.push(`added sheet ${s.name} is ${s.visibility}, not VeryHidden`);
  const strip = (snap: WorkbookSnap): WorkbookSnap => ({
    settings: [],
    sheets: snap.sheets.filter((s) => before.sheets.some((b) => b.id === s.id) && s.visibility !== 'VeryHidden').map((s) => ({ ...s, validations: [] })),
  });
  return [...out, ...differences(strip(before), strip(after))];
}
