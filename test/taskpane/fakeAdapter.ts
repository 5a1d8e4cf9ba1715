/**
 * An in-memory WorkbookAdapter that records every call. Batches follow the adapter contract:
 * ops run in list order with rows as they are at that point (an op after an insert sees the new
 * rows); delete-row edits name rows as before the batch and run last, bottom-up. Like the real
 * adapter it refuses a batch for another sheet, or whose expected cells differ from the sheet
 * ('sheet-changed', nothing written).
 */
import type { Cell, Grid } from '../../src/core/grid';
import { a1 } from '../../src/core/grid';
import { matchesSeen, matchesSeenRow, type SeenCell } from '../../src/core/fix';
import type {
  CellChange, ClearHighlightsResult, Highlight, HighlightResult, ListResult, ListValidation, OwnValidation,
  ReadProgress, SheetGrid, UndoOutcome, WorkbookAdapter, WriteBatch,
} from '../../src/excel/types';
import { WorkbookError } from '../../src/excel/types';

type Rows = (Cell | undefined)[][];

export interface Call {
  method: string;
  args: unknown[];
}

export class FakeAdapter implements WorkbookAdapter {
  rows: Rows;
  name: string;
  merges: Grid['merges'];
  calls: Call[] = [];
  batches: WriteBatch[] = [];
  highlights: Highlight[] = [];
  validations: ListValidation[] = [];
  settings: unknown = null;
  selection: number | null = null;
  selected: string | null = null;
  /** Each entry: the rows before the batch, and after it (undo refuses when they changed since). */
  private undoStack: { label: string; rows: Rows; after: Rows }[] = [];
  /** Make a method throw: method name -> error. */
  failures = new Map<string, unknown>();
  /** Whether legacy repairs keep a rich cell's runs (Excel with ExcelApi 1.18; false: an older host). */
  keepsRuns = true;

  keepsTextRuns(): boolean {
    return this.keepsRuns;
  }

  constructor(grid: Grid) {
    this.name = grid.name;
    this.merges = grid.merges;
    this.rows = grid.rows.map((r) => (r ? r.map((c) => (c ? { ...c } : undefined)) : []));
  }

  private record(method: string, ...args: unknown[]) {
    this.calls.push({ method, args });
    const f = this.failures.get(method);
    if (f) throw f;
  }

  callsOf(method: string): Call[] {
    return this.calls.filter((c) => c.method === method);
  }

  value(address: string): unknown {
    const m = /^([A-Z]+)(\d+)$/.exec(address)!;
    const col = m[1]!.split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const c = this.rows[Number(m[2]) - 1]?.[col];
    return c?.formula !== undefined ? `=${c.formula}` : (c?.value ?? null);
  }

  sheetId = '{FAKE-SHEET}';

  grid(): SheetGrid {
    return { name: this.name, sheetId: this.sheetId, rows: this.rows.map((r) => r.map((c) => (c ? { ...c } : undefined))), merges: this.merges };
  }

  async readActiveSheet(onProgress?: (p: ReadProgress) => void): Promise<SheetGrid> {
    this.record('readActiveSheet');
    onProgress?.({ rowsRead: 0, rowsTotal: this.rows.length });
    await Promise.resolve();
    onProgress?.({ rowsRead: this.rows.length, rowsTotal: this.rows.length });
    return this.grid();
  }

  async selectCell(address: string): Promise<void> {
    this.record('selectCell', address);
    this.selected = address;
  }

  async selectedRow(): Promise<number | null> {
    this.record('selectedRow');
    return this.selection;
  }

  /** Cells the batch expects (`seen`) that hold something else now (rows as before the batch), by the core's rule. */
  staleCells(batch: WriteBatch): CellChange[] {
    const out: CellChange[] = [];
    const check = (row: number, col: number, seen: SeenCell) => {
      const c = this.rows[row - 1]?.[col];
      if (!matchesSeen(seen, c)) out.push({ address: a1(row - 1, col), expected: String(seen.value ?? ''), found: String(c?.value ?? '') });
    };
    const inserted: { row: number; count: number }[] = [];
    const orig = (row: number): number | null => {
      let r = row;
      for (let i = inserted.length - 1; i >= 0; i--) {
        const ins = inserted[i]!;
        if (r >= ins.row + ins.count) r -= ins.count;
        else if (r >= ins.row) return null;
      }
      return r;
    };
    for (const op of batch.ops) {
      if (op.kind === 'insert-rows') inserted.push({ row: op.beforeRow, count: op.values.length });
      else if (op.kind === 'delete-row') {
        if (!matchesSeenRow(op.seen, this.rows[op.row - 1] ?? [])) out.push({ address: `${op.row}:${op.row}`, expected: '', found: '' });
      } else {
        const r = orig(op.row);
        if (r !== null) check(r, op.col, op.seen);
      }
    }
    for (const x of batch.expect ?? []) check(x.row, x.col, x.seen);
    return out;
  }

  async applyBatch(batch: WriteBatch): Promise<void> {
    this.record('applyBatch', batch);
    if (batch.sheetId !== this.sheetId)
      throw new WorkbookError('sheet-changed', 'another sheet', { reason: 'sheet-gone', changes: [], changeCount: 0 });
    const stale = this.staleCells(batch);
    if (stale.length)
      throw new WorkbookError('sheet-changed', 'cells changed', { reason: 'cells-changed', changes: stale.slice(0, 20), changeCount: stale.length });
    this.batches.push(batch);
    const before = this.rows.map((r) => r.map((c) => (c ? { ...c } : undefined)));
    const inserted: number[] = [];
    const deletes: number[] = [];
    for (const op of batch.ops) {
      if (op.kind === 'set') {
        const row = (this.rows[op.row - 1] ??= []);
        row[op.col] = op.value === null ? undefined : { value: op.value };
      } else if (op.kind === 'formula') {
        const row = (this.rows[op.row - 1] ??= []);
        row[op.col] = { value: null, formula: op.formula, ...(op.numFmt ? { numFmt: op.numFmt } : {}) };
      } else if (op.kind === 'insert-rows') {
        const newRows = op.values.map((vals) => vals.map((v) => (v === null ? undefined : { value: v })));
        this.rows.splice(op.beforeRow - 1, 0, ...newRows);
        inserted.push(op.beforeRow);
      } else {
        deletes.push(op.row);
      }
    }
    for (const r of [...new Set(deletes)].sort((a, b) => b - a)) {
      const shift = inserted.filter((i) => i <= r).length;
      this.rows.splice(r - 1 + shift, 1);
    }
    this.undoStack.push({ label: batch.label, rows: before, after: this.snapshot() });
  }

  private snapshot(): Rows {
    return this.rows.map((r) => r.map((c) => (c ? { ...c } : undefined)));
  }

  async undoLast(): Promise<UndoOutcome | null> {
    this.record('undoLast');
    const last = this.undoStack[this.undoStack.length - 1];
    if (!last) return null;
    const changes: CellChange[] = [];
    const height = Math.max(last.after.length, this.rows.length);
    for (let r = 0; r < height; r++) {
      const a = last.after[r] ?? [];
      const b = this.rows[r] ?? [];
      for (let c = 0; c < Math.max(a.length, b.length); c++)
        if ((a[c]?.value ?? null) !== (b[c]?.value ?? null) || a[c]?.formula !== b[c]?.formula)
          changes.push({ address: a1(r, c), expected: String(a[c]?.value ?? ''), found: String(b[c]?.value ?? '') });
    }
    if (changes.length) throw new WorkbookError('undo-stale', 'changed since', { changes: changes.slice(0, 20), changeCount: changes.length });
    this.undoStack.pop();
    this.rows = last.rows;
    return { label: last.label, status: 'undone' };
  }

  canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  undoLabel(): string | null {
    return this.undoStack[this.undoStack.length - 1]?.label ?? null;
  }

  async highlight(sheetId: string, cells: Highlight[]): Promise<HighlightResult> {
    this.record('highlight', cells, sheetId);
    this.highlights.push(...cells);
    return { painted: cells.length };
  }

  async clearHighlights(): Promise<ClearHighlightsResult> {
    this.record('clearHighlights');
    const restored = this.highlights.length;
    this.highlights = [];
    return { restored, changed: 0, undoable: false };
  }

  /** Data validation the user set: setListValidation asks before replacing it. */
  ownValidation: OwnValidation[] = [];

  async setListValidation(sheetId: string, rules: ListValidation[], options: { replaceOwnRules?: boolean } = {}): Promise<ListResult> {
    this.record('setListValidation', rules, sheetId, options);
    if (this.ownValidation.length && !options.replaceOwnRules) return { status: 'has-own-rules', cells: this.ownValidation };
    this.validations = rules;
    this.ownValidation = [];
    return { status: 'done', columns: rules.length };
  }

  async loadSettings(): Promise<unknown> {
    this.record('loadSettings');
    return this.settings;
  }

  async saveSettings(value: unknown): Promise<void> {
    this.record('saveSettings', value);
    this.settings = JSON.parse(JSON.stringify(value));
  }
}

export { WorkbookError };
