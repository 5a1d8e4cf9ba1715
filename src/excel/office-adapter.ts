/**
 * WorkbookAdapter over the Excel JavaScript API: real Excel by default, or anything with the same
 * `run` (the demo's and the tests' emulator). Thin: it moves cells between Excel and the engine's
 * Grid and keeps what it needs to undo its own writes; what the cells mean is decided in src/core.
 */
import type { Severity } from '../core/issues';
import { parseRangeAddress, resolveApi, textInput, type ExcelApi, type ExcelApiInput } from './office-api';
import { readActiveSheet } from './read';
import {
  WorkbookError,
  type Highlight,
  type ListValidation,
  type ReadProgress,
  type WorkbookAdapter,
  type WriteBatch,
} from './types';
import { shiftRow, UndoStack, type RowShift } from './undo';
import { applyBatch, undoEntry } from './write';
import { addSheet, addStatusColumn, type AddSheetResult, type StatusColumnRequest } from './sheets';
import type { SheetSpec } from '../xlsx/create';
import { columnLetter } from '../core/grid';

export const HIGHLIGHT_FILL: Record<Severity, string> = {
  error: '#FDE7E9',
  warning: '#FFF4CE',
  info: '#DEECF9',
};

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** The hidden sheet that holds drop-down lists too long or too comma-laden for an inline list. */
export const LISTS_SHEET = 'phuluc_lists';
export const SETTINGS_KEY = 'phuluc';

/** Highlights painted per call before a sync. */
const HIGHLIGHT_CHUNK = 2_000;

interface Painted {
  sheet: string;
  row: number;
  col: number;
  /** The fill before the first highlight ("#FFFFFF" = none, as Excel reports it). */
  previous: string;
  /** The fill the add-in painted. */
  painted: string;
}

function toWorkbookError(e: unknown, kind: 'read-failed' | 'write-failed'): WorkbookError {
  if (e instanceof WorkbookError) return e;
  const code = (e as { code?: unknown })?.code;
  const message = e instanceof Error ? e.message : String(e);
  if (code === 'ApiNotFound' || code === 'ApiNotAvailable')
    return new WorkbookError('unsupported', `Phiên bản Excel này chưa hỗ trợ thao tác cần thiết (${message}).`);
  const prefix = kind === 'read-failed' ? 'Không đọc được trang tính' : 'Không ghi được vào trang tính';
  return new WorkbookError(kind, `${prefix}: ${message}`);
}

function cellsOf(address: string): { row: number; col: number }[] {
  const out: { row: number; col: number }[] = [];
  for (const area of parseRangeAddress(address))
    for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) out.push({ row: r, col: c });
  return out;
}

class OfficeAdapter implements WorkbookAdapter {
  private readonly undo = new UndoStack();
  /** Highlights by "sheet!row,col". */
  private painted = new Map<string, Painted>();

  constructor(private readonly api: ExcelApi) {}

  async readActiveSheet(onProgress?: (p: ReadProgress) => void) {
    try {
      return await readActiveSheet(this.api, onProgress);
    } catch (e) {
      throw toWorkbookError(e, 'read-failed');
    }
  }

  async selectCell(address: string): Promise<void> {
    try {
      await this.api.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange(address).select();
        await context.sync();
      });
    } catch (e) {
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

  async applyBatch(batch: WriteBatch): Promise<void> {
    if (batch.ops.length === 0) return;
    try {
      const { entry, shifts } = await applyBatch(this.api, batch);
      this.undo.push(entry);
      this.followRows(entry.sheet, shifts);
    } catch (e) {
      throw toWorkbookError(e, 'write-failed');
    }
  }

  async undoLast(): Promise<string | null> {
    const entry = this.undo.peek();
    if (!entry) return null;
    try {
      const shifts = await undoEntry(this.api, entry);
      this.undo.pop();
      this.followRows(entry.sheet, shifts);
      return entry.label;
    } catch (e) {
      throw toWorkbookError(e, 'write-failed');
    }
  }

  canUndo(): boolean {
    return this.undo.size > 0;
  }

  /** Keeps remembered highlights on their rows when rows are inserted or deleted. */
  private followRows(sheet: string, shifts: RowShift[]): void {
    if (!shifts.length || !this.painted.size) return;
    const next = new Map<string, Painted>();
    for (const p of this.painted.values()) {
      let row: number | null = p.row + 1;
      if (p.sheet === sheet) for (const s of shifts) if (row !== null) row = shiftRow(row, s);
      if (row === null) continue;
      const moved = { ...p, row: row - 1 };
      next.set(`${p.sheet}!${moved.row},${moved.col}`, moved);
    }
    this.painted = next;
  }

  async highlight(cells: Highlight[]): Promise<void> {
    // The most severe highlight wins on a cell named twice.
    const wanted = new Map<string, { row: number; col: number; severity: Severity }>();
    for (const h of cells)
      for (const { row, col } of cellsOf(h.address)) {
        const key = `${row},${col}`;
        const had = wanted.get(key);
        if (!had || RANK[h.severity] > RANK[had.severity]) wanted.set(key, { row, col, severity: h.severity });
      }
    if (!wanted.size) return;
    try {
      await this.api.run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        sheet.load('name');
        await context.sync();
        const name = sheet.name;
        const todo = [...wanted.values()];
        for (let i = 0; i < todo.length; i += HIGHLIGHT_CHUNK) {
          const part = todo.slice(i, i + HIGHLIGHT_CHUNK);
          const fills = part.map(({ row, col }) => {
            const fill = sheet.getRangeByIndexes(row, col, 1, 1).format.fill;
            if (!this.painted.has(`${name}!${row},${col}`)) fill.load('color');
            return fill;
          });
          await context.sync();
          part.forEach(({ row, col, severity }, j) => {
            const fill = fills[j]!;
            const key = `${name}!${row},${col}`;
            const color = HIGHLIGHT_FILL[severity];
            const had = this.painted.get(key);
            this.painted.set(key, { sheet: name, row, col, previous: had ? had.previous : fill.color, painted: color });
            fill.color = color;
          });
          await context.sync();
        }
      });
    } catch (e) {
      throw toWorkbookError(e, 'write-failed');
    }
  }

  async clearHighlights(): Promise<void> {
    if (!this.painted.size) return;
    try {
      await this.api.run(async (context) => {
        const all = [...this.painted.values()];
        for (let i = 0; i < all.length; i += HIGHLIGHT_CHUNK) {
          const part = all.slice(i, i + HIGHLIGHT_CHUNK);
          const fills = part.map((p) => {
            const fill = context.workbook.worksheets.getItem(p.sheet).getRangeByIndexes(p.row, p.col, 1, 1).format.fill;
            fill.load('color');
            return fill;
          });
          await context.sync();
          part.forEach((p, j) => {
            const fill = fills[j]!;
            // A cell the user has repainted since is left as the user made it.
            if ((fill.color ?? '').toUpperCase() !== p.painted.toUpperCase()) return;
            if (p.previous.toUpperCase() === '#FFFFFF') fill.clear();
            else fill.color = p.previous;
          });
          await context.sync();
        }
      });
      this.painted.clear();
    } catch (e) {
      throw toWorkbookError(e, 'write-failed');
    }
  }

  async setListValidation(rules: ListValidation[]): Promise<void> {
    if (!this.api.isSetSupported('1.8'))
      throw new WorkbookError(
        'unsupported',
        'Danh sách chọn cần Excel 2019 trở lên, Excel cho Microsoft 365 hoặc Excel trên web (ExcelApi 1.8).',
      );
    if (!rules.length) return;
    try {
      await this.api.run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        const inline = rules.map((r) => canInline(r.items));
        let lists: Excel.Worksheet | null = null;
        if (inline.some((ok) => !ok)) {
          lists = context.workbook.worksheets.getItemOrNullObject(LISTS_SHEET);
          await context.sync();
          if (lists.isNullObject) {
            lists = context.workbook.worksheets.add(LISTS_SHEET);
            lists.visibility = 'Hidden';
          }
        }
        rules.forEach((rule, i) => {
          let source: string;
          if (inline[i] || !lists) source = rule.items.join(',');
          else {
            const n = Math.max(1, rule.items.length);
            // Column i of the hidden sheet holds rule i's items; the column is rewritten whole.
            lists.getRangeByIndexes(0, i, 1000, 1).clear('Contents');
            if (rule.items.length)
              lists.getRangeByIndexes(0, i, n, 1).values = rule.items.map((item) => [textInput(item)]);
            const col = columnLetter(i);
            source = `='${LISTS_SHEET}'!$${col}$1:$${col}$${n}`;
          }
          const range = sheet.getRangeByIndexes(rule.firstRow - 1, rule.col, rule.lastRow - rule.firstRow + 1, 1);
          range.dataValidation.clear();
          range.dataValidation.rule = { list: { inCellDropDown: true, source } };
          range.dataValidation.errorAlert = {
            showAlert: true,
            style: 'Warning',
            title: 'phuluc',
            message: 'Giá trị này không có trong danh sách. Vẫn giữ?',
          };
        });
        await context.sync();
      });
    } catch (e) {
      throw toWorkbookError(e, 'write-failed');
    }
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
      throw new WorkbookError('unsupported', 'Phiên bản Excel này không lưu được cài đặt trong tệp (cần ExcelApi 1.4).');
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

/** An inline list source is comma-separated and at most 255 characters. */
function canInline(items: string[]): boolean {
  return items.every((s) => !s.includes(',') && !s.includes('"')) && items.join(',').length <= 255;
}

/**
 * The adapter over real Excel (`Excel.run` and `Office.context.requirements` once office.js has
 * loaded), or over `api` — e.g. the emulator: createOfficeAdapter(createExcelEmulator(model)).
 */
export function createOfficeAdapter(api?: ExcelApiInput): WorkbookAdapter {
  return new OfficeAdapter(resolveApi(api));
}
