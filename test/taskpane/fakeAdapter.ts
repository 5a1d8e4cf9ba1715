/**
 * An in-memory WorkbookAdapter that records every call. Batches follow the adapter contract:
 * ops run in list order with rows as they are at that point (an op after an insert sees the new
 * rows); delete-row edits name rows as before the batch and run last, bottom-up.
 */
import type { Cell, Grid } from '../../src/core/grid';
import type {
  ClearHighlightsResult, Highlight, HighlightResult, ListResult, ListValidation, ReadProgress, SheetGrid,
  UndoOutcome, WorkbookAdapter, WriteBatch,
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
  private undoStack: { label: string; rows: Rows }[] = [];
  /** Make a method throw: method name -> error. */
  failures = new Map<string, unknown>();

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

  async applyBatch(batch: WriteBatch): Promise<void> {
    this.record('applyBatch', batch);
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
    this.undoStack.push({ label: batch.label, rows: before });
  }

  async undoLast(): Promise<UndoOutcome | null> {
    this.record('undoLast');
    const last = this.undoStack.pop();
    if (!last) return null;
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

  async setListValidation(sheetId: string, rules: ListValidation[]): Promise<ListResult> {
    this.record('setListValidation', rules, sheetId);
    this.validations = rules;
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
