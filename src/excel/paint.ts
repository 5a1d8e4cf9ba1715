/**
 * Highlights: painting issue cells and giving them back their exact previous fill. What was
 * painted is kept in the workbook (highlights.ts), so Xóa tô màu works after the pane reloads and
 * says truthfully when there is nothing to clear. Painting is journaled and on the undo stack;
 * clearing is final. A cell whose fill someone changed since is left as they made it.
 */
import type { Severity } from '../core/issues';
import { cellsOf, HIGHLIGHTS_KEY, parseHighlights, serializeHighlights, withCells, type PaintedCell } from './highlights';
import { BYTES_PER_RANGE, flushAndReadBack, loadFills, queueFills, Runner } from './journal';
import { parseRangeAddress, type ExcelApi } from './office-api';
import type { Highlight } from './types';
import { sameFill, type FillState, type UndoEntry } from './undo';
import { protectedError, rollback, runnerOptions, runWrite, syncSheet } from './write';
import { ES } from './strings';

export const HIGHLIGHT_FILL: Record<Severity, string> = {
  error: '#FDE7E9',
  warning: '#FFF4CE',
  info: '#DEECF9',
};

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

function cellsOfAddress(address: string): { row: number; col: number }[] {
  const out: { row: number; col: number }[] = [];
  for (const area of parseRangeAddress(address))
    for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) out.push({ row: r + 1, col: c });
  return out;
}

export async function paintHighlights(api: ExcelApi, sheetId: string, cells: Highlight[]): Promise<{ painted: number; entry: UndoEntry | null }> {
  // The most severe highlight wins on a cell named twice.
  const wanted = new Map<string, { row: number; col: number; severity: Severity }>();
  for (const h of cells)
    for (const { row, col } of cellsOfAddress(h.address)) {
      const key = `${row},${col}`;
      const had = wanted.get(key);
      if (!had || RANK[h.severity] > RANK[had.severity]) wanted.set(key, { row, col, severity: h.severity });
    }
  if (!wanted.size) return { painted: 0, entry: null };
  const options = runnerOptions(api);
  const paintOf = (s: Severity): FillState => (options.patterns ? { color: HIGHLIGHT_FILL[s], pattern: 'Solid' } : { color: HIGHLIGHT_FILL[s] });
  return runWrite(api, async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetId);
    sheet.load('name');
    const protection = api.isSetSupported('1.2') ? sheet.protection : null;
    protection?.load('protected');
    const setting = context.workbook.settings.getItemOrNullObject(HIGHLIGHTS_KEY);
    setting.load('value');
    await syncSheet(context);
    if (protection?.protected) throw protectedError(sheet.name);
    const beforeJson = setting.isNullObject ? null : typeof setting.value === 'string' ? setting.value : JSON.stringify(setting.value);
    const record = parseHighlights(beforeJson);
    const known = new Map(cellsOf(record, sheetId).map((c) => [`${c.row},${c.col}`, c]));

    // The fill of every cell now (for cells painted before, that is phuluc's paint).
    const todo = [...wanted.values()];
    const now = await loadFills(context, sheet, todo, options.patterns);
    const steps: UndoEntry['steps'] = [];
    const runner = new Runner(context, sheet, options);
    const base = { label: ES.paintUndoLabel, sheetId, sheetName: sheet.name, kind: 'highlight' as const };
    try {
      const next = new Map(known);
      const painted: { row: number; col: number; before: FillState; painted: FillState }[] = [];
      for (const c of todo) {
        const key = `${c.row},${c.col}`;
        const current = now.get(key)!;
        const paint = paintOf(c.severity);
        const had = known.get(key);
        // A cell phuluc painted keeps its first "before"; one the user repainted since starts over.
        const original = had && sameFill(current, had.painted) ? had.before : current;
        next.set(key, { row: c.row, col: c.col, before: original, painted: paint } satisfies PaintedCell);
        painted.push({ row: c.row, col: c.col, before: current, painted: paint });
      }
      const afterJson = serializeHighlights(withCells(record, sheetId, [...next.values()]));
      steps.push({ kind: 'setting', key: HIGHLIGHTS_KEY, before: beforeJson });
      await runner.queue(BYTES_PER_RANGE + afterJson.length * 3, () => context.workbook.settings.add(HIGHLIGHTS_KEY, afterJson));
      steps.push({ kind: 'fills', cells: painted });
      await queueFills(runner, sheet, painted.map((p) => ({ row: p.row, col: p.col, fill: p.painted })));
      const after = await flushAndReadBack(runner, steps);
      return { painted: painted.length, entry: { ...base, steps, after } };
    } catch (e) {
      throw await rollback(runner, steps, e, base);
    }
  });
}

/**
 * Gives every recorded cell its exact previous fill where it still shows phuluc's paint, then
 * forgets the record. Sheets deleted since are skipped.
 */
export async function clearPainted(api: ExcelApi): Promise<{ restored: number; changed: number }> {
  if (!api.isSetSupported('1.4')) return { restored: 0, changed: 0 };
  const options = runnerOptions(api);
  return runWrite(api, async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(HIGHLIGHTS_KEY);
    setting.load('value');
    await context.sync();
    if (setting.isNullObject) return { restored: 0, changed: 0 };
    const record = parseHighlights(setting.value);
    const ids = Object.keys(record.sheets);
    const sheets = ids.map((id) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(id);
      ws.load('name');
      return ws;
    });
    await context.sync();
    const protections = sheets.map((ws) => (!ws.isNullObject && api.isSetSupported('1.2') ? ws.protection.load('protected') : null));
    await context.sync();
    protections.forEach((p, i) => {
      if (p?.protected) throw protectedError(sheets[i]!.name);
    });
    let restored = 0;
    let changed = 0;
    for (let i = 0; i < ids.length; i++) {
      const ws = sheets[i]!;
      if (ws.isNullObject) continue;
      const cells = cellsOf(record, ids[i]!);
      const now = await loadFills(context, ws, cells, options.patterns);
      const back = cells.filter((c) => sameFill(now.get(`${c.row},${c.col}`)!, c.painted));
      restored += back.length;
      changed += cells.length - back.length;
      const runner = new Runner(context, ws, options);
      await queueFills(runner, ws, back.map((c) => ({ row: c.row, col: c.col, fill: c.before })));
      await runner.flush();
    }
    setting.delete();
    await context.sync();
    return { restored, changed };
  });
}
