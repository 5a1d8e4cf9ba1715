/**
 * The record of what phuluc painted, kept in the workbook (workbook settings, ExcelApi 1.4) so
 * that Xóa tô màu works after the pane reloads, on any PC: per sheet (by id), each painted cell
 * with its exact fill before (colour, pattern, pattern colour; "no fill" is pattern "None") and
 * the fill painted. Cells are stored flat ([row, col, before, painted], fills by index) to keep
 * the setting small: 20,000 cells take about 400 KB.
 */
import type { FillState, RowShift } from './undo';
import { shiftRow } from './undo';

export const HIGHLIGHTS_KEY = 'phuluc.highlights';

export interface PaintedCell {
  /** 1-based. */
  row: number;
  col: number;
  before: FillState;
  painted: FillState;
}

interface SheetRecord {
  fills: FillState[];
  /** row, col, index of `before`, index of `painted`, repeated. */
  cells: number[];
}

export interface HighlightRecord {
  v: 1;
  sheets: Record<string, SheetRecord>;
}

export function parseHighlights(value: unknown): HighlightRecord {
  try {
    const raw: unknown = typeof value === 'string' ? JSON.parse(value) : value;
    const r = raw as HighlightRecord;
    if (r && r.v === 1 && r.sheets && typeof r.sheets === 'object') return r;
  } catch {
    // A damaged record holds nothing phuluc can restore exactly.
  }
  return { v: 1, sheets: {} };
}

export function cellsOf(record: HighlightRecord, sheetId: string): PaintedCell[] {
  const s = record.sheets[sheetId];
  if (!s) return [];
  const out: PaintedCell[] = [];
  for (let i = 0; i + 3 < s.cells.length; i += 4) {
    const before = s.fills[s.cells[i + 2]!];
    const painted = s.fills[s.cells[i + 3]!];
    if (before && painted) out.push({ row: s.cells[i]!, col: s.cells[i + 1]!, before, painted });
  }
  return out;
}

export function withCells(record: HighlightRecord, sheetId: string, cells: PaintedCell[]): HighlightRecord {
  const sheets = { ...record.sheets };
  if (!cells.length) {
    delete sheets[sheetId];
    return { v: 1, sheets };
  }
  const fills: FillState[] = [];
  const index = new Map<string, number>();
  const idx = (f: FillState) => {
    const k = JSON.stringify(f);
    let i = index.get(k);
    if (i === undefined) {
      i = fills.length;
      fills.push(f);
      index.set(k, i);
    }
    return i;
  };
  const flat: number[] = [];
  for (const c of cells) flat.push(c.row, c.col, idx(c.before), idx(c.painted));
  sheets[sheetId] = { fills, cells: flat };
  return { v: 1, sheets };
}

export function serializeHighlights(record: HighlightRecord): string {
  return JSON.stringify(record);
}

/** The record (JSON text) with one sheet's cells moved by row inserts and deletes; deleted cells go. */
export function shiftHighlights(json: string, sheetId: string, shifts: RowShift[]): string {
  const record = parseHighlights(json);
  const cells = cellsOf(record, sheetId);
  if (!cells.length) return json;
  const moved: PaintedCell[] = [];
  for (const c of cells) {
    let row: number | null = c.row;
    for (const s of shifts) if (row !== null) row = shiftRow(row, s);
    if (row !== null) moved.push({ ...c, row });
  }
  return serializeHighlights(withCells(record, sheetId, moved));
}
