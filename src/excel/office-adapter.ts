/**
 * WorkbookAdapter over the Excel JavaScript API: real Excel by default, or anything with the same
 * `run` (the demo's and the tests' emulator). Thin: it moves cells between Excel and the engine's
 * Grid, and keeps one undo stack for every action that writes (fixes, inserts, renumbering,
 * budget formulas, lists, highlights); what the cells mean is decided in src/core.
 */
import type { MergeRange } from '../core/grid';
import { JournalError } from './journal';
import { listValidation } from './lists';
import { resolveApi, type ExcelApi, type ExcelApiInput } from './office-api';
import { clearPainted, paintHighlights } from './paint';
import { readActiveSheet } from './read';
import {
  WorkbookError,
  type ClearHighlightsResult,
  type Highlight,
  type HighlightResult,
  type ListResult,
  type ListValidation,
  type BatchWritten,
  type ReadProgress,
  type SheetGrid,
  type UndoOutcome,
  type WorkbookAdapter,
  type WriteBatch,
} from './types';
import { UndoStack, type UndoEntry } from './undo';
import { applyBatch, NotAsMeant, revertEntry, shiftMerges } from './write';
import { addSheet, addStatusColumn, type AddSheetResult, type StatusColumnRequest } from './sheets';
import type { SheetSpec } from '../xlsx/create';
import { ES } from './strings';

export { HIGHLIGHT_FILL } from './paint';
export { LISTS_SHEET } from './lists';
export const SETTINGS_KEY = 'phuluc';

function toWorkbookError(e: unknown, kind: 'read-failed' | 'write-failed'): WorkbookError {
  if (e instanceof WorkbookError) return e;
  if (e instanceof NotAsMeant)
    return new WorkbookError('write-failed', ES.writeNotKept(e.changes.map((c) => c.address).join(', ')), {
      state: 'nothing-written',
      changes: e.changes.slice(0, 20),
      changeCount: e.changes.length,
    });
  if (e instanceof JournalError) {
    const inner = toWorkbookError(e.cause, kind);
    return new WorkbookError('write-failed', inner.message, { ...inner.detail, state: e.state });
  }
  const code = (e as { code?: unknown })?.code;
  const message = e instanceof Error ? e.message : String(e);
  if (code === 'ApiNotFound' || code === 'ApiNotAvailable')
    return new WorkbookError('unsupported', ES.apiUnsupported(message));
  if (code === 'AccessDenied') return new WorkbookError('protected', ES.writeRefused(message));
  const prefix = kind === 'read-failed' ? ES.readFailed : ES.writeFailed;
  return new WorkbookError(kind, `${prefix}: ${message}`);
}

class OfficeAdapter implements WorkbookAdapter {
  private readonly undo = new UndoStack();
  /** Merged areas of each sheet as last read, by sheet id. */
  private merges = new Map<string, MergeRange[]>();

  constructor(private readonly api: ExcelApi) {}

  async readActiveSheet(onProgress?: (p: ReadProgress) => void): Promise<SheetGrid> {
    try {
      const { grid, merges } = await readActiveSheet(this.api, onProgress);
      this.merges.set(grid.sheetId, merges);
      return grid;
    } catch (e) {
      throw toWorkbookError(e, 'read-failed');
    }
  }

  async selectCell(address: string, sheetId?: string): Promise<void> {
    try {
      await this.api.run(async (context) => {
        // Range.select on a sheet that is not the active one activates it (Microsoft's Range.select docs).
        const sheet = sheetId !== undefined ? context.workbook.worksheets.getItem(sheetId) : context.workbook.worksheets.getActiveWorksheet();
        sheet.getRange(address).select();
        await context.sync();
      });
    } catch (e) {
      const code = (e as { code?: unknown })?.code;
      if (sheetId !== undefined && (code === 'ItemNotFound' || code === 'InvalidObjectPath'))
        throw new WorkbookError('sheet-changed', 'sheet gone', { reason: 'sheet-gone' });
      throw toWorkbookError(e, 'read-failed');
    }
  }

  async selectedRow(): Promise<number | null> {
    try {
      return await this.api.run(async (context) => {
        const range = context.workbook.getSelectedRange();
        range.load('rowIndex');
        await context.sync();
        return range.rowIndex + 1;
      });
    } catch {
      // Nothing selected (e.g. a chart or shape): not a failure.
      return null;
    }
  }

  /** Runs a journaled action; a failure that left an undo entry puts it on the stack. */
  private async journaled(action: () => Promise<UndoEntry | null>): Promise<void> {
    try {
      const entry = await action();
      if (entry) this.undo.push(entry);
    } catch (e) {
      if (e instanceof JournalError && e.remaining) this.undo.push(e.remaining);
      throw toWorkbookError(e, 'write-failed');
    }
  }

  async applyBatch(batch: WriteBatch): Promise<BatchWritten | void> {
    if (batch.ops.length === 0) return;
    let done: Awaited<ReturnType<typeof applyBatch>> | undefined;
    await this.journaled(async () => {
      done = await applyBatch(this.api, batch, { knownMerges: this.merges.get(batch.sheetId) ?? [] });
      return done.entry;
    });
    // The merged areas as Excel left them (rows inserted or deleted move and shrink them), for the
    // next batch, which the pane may compute from the grid it checked in memory.
    const known = this.merges.get(batch.sheetId);
    if (known && done) this.merges.set(batch.sheetId, shiftMerges(known, done.entry.steps));
    return done?.written;
  }

  async undoLast(): Promise<UndoOutcome | null> {
    const entry = this.undo.peek();
    if (!entry) return null;
    try {
      const status = await revertEntry(this.api, entry);
      this.undo.pop();
      return { label: entry.label, status };
    } catch (e) {
      // A sheet that is gone cannot be restored: its entry goes.
      if (e instanceof WorkbookError && e.detail.reason === 'sheet-gone') this.undo.pop();
      throw toWorkbookError(e, 'write-failed');
    }
  }

  canUndo(): boolean {
    return this.undo.size > 0;
  }

  /** Rich cells are repaired run by run through `textRuns` (ExcelApi 1.18: read and write). */
  keepsTextRuns(): boolean {
    return this.api.isSetSupported('1.18');
  }

  undoLabel(): string | null {
    return this.undo.peek()?.label ?? null;
  }

  async highlight(sheetId: string, cells: Highlight[]): Promise<HighlightResult> {
    // What was painted is kept in workbook settings, so that Xóa tô màu can always undo it.
    if (!this.api.isSetSupported('1.4'))
      throw new WorkbookError('unsupported', ES.paintNeedsApi14);
    let painted = 0;
    await this.journaled(async () => {
      const r = await paintHighlights(this.api, sheetId, cells);
      painted = r.painted;
      return r.entry;
    });
    return { painted };
  }

  async clearHighlights(): Promise<ClearHighlightsResult> {
    try {
      const r = await clearPainted(this.api);
      // The fills are given back: undo entries that painted them have nothing left to undo.
      this.undo.removeWhere((e) => e.kind === 'highlight');
      return { ...r, undoable: false };
    } catch (e) {
      throw toWorkbookError(e, 'write-failed');
    }
  }

  async setListValidation(sheetId: string, rules: ListValidation[], options: { replaceOwnRules?: boolean } = {}): Promise<ListResult> {
    if (!this.api.isSetSupported('1.8'))
      throw new WorkbookError(
        'unsupported',
        ES.listsNeedApi18,
      );
    if (!rules.length) return { status: 'done', columns: 0 };
    let result: ListResult = { status: 'done', columns: 0 };
    await this.journaled(async () => {
      const r = await listValidation(this.api, sheetId, rules, options.replaceOwnRules ?? false);
      result = r.result;
      return r.entry ?? null;
    });
    return result;
  }

  async addSheet(spec: SheetSpec): Promise<AddSheetResult> {
    try {
      return await addSheet(this.api, spec);
    } catch (e) {
      throw toWorkbookError(e, 'write-failed');
    }
  }

  async addStatusColumn(req: StatusColumnRequest): Promise<void> {
    try {
      await addStatusColumn(this.api, req);
    } catch (e) {
      throw toWorkbookError(e, 'write-failed');
    }
  }

  async loadSettings(): Promise<unknown> {
    if (!this.api.isSetSupported('1.4')) return null;
    try {
      return await this.api.run(async (context) => {
        const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
        item.load('value');
        await context.sync();
        if (item.isNullObject) return null;
        const v: unknown = item.value;
        if (typeof v !== 'string') return v ?? null;
        try {
          return JSON.parse(v) as unknown;
        } catch {
          return null;
        }
      });
    } catch (e) {
      throw toWorkbookError(e, 'read-failed');
    }
  }

  async saveSettings(value: unknown): Promise<void> {
    if (!this.api.isSetSupported('1.4'))
      throw new WorkbookError('unsupported', ES.settingsNeedApi14);
    try {
      await this.api.run(async (context) => {
        context.workbook.settings.add(SETTINGS_KEY, JSON.stringify(value));
        await context.sync();
      });
    } catch (e) {
      throw toWorkbookError(e, 'write-failed');
    }
  }
}

/**
 * The adapter over real Excel (`Excel.run` and `Office.context.requirements` once office.js has
 * loaded), or over `api` — e.g. the emulator: createOfficeAdapter(createExcelEmulator(model)).
 */
export function createOfficeAdapter(api?: ExcelApiInput): WorkbookAdapter {
  return new OfficeAdapter(resolveApi(api));
}
