/**
 * exceljs workbook -> Grid[], for `phuluc fix` only, which still writes through exceljs
 * (`phuluc check` reads with src/xlsx, see ./read.ts). Thin: it copies what the file holds and
 * decides nothing about meaning. Loaded lazily: exceljs costs about a second to load.
 */
import * as ExcelJS from 'exceljs';
import type { Cell, Grid, MergeRange } from '../../core/grid';
import { formatNumber } from '../../xlsx/format';
import { mergesOf } from './merges';
import { readFileBytes, toReadError } from './read';
import { openPackage } from '../../xlsx/package';
import { ReadError } from './errors';

// exceljs's ValueType enum, as numbers: comparing cell.type avoids building value objects.
const T = {
  Null: 0,
  Merge: 1,
  Number: 2,
  String: 3,
  Date: 4,
  Hyperlink: 5,
  Formula: 6,
  SharedString: 7,
  RichText: 8,
  Boolean: 9,
  Error: 10,
} as const;

/**
 * Opens an .xlsx with exceljs after the checks of src/xlsx (what the file is, the zip's limits
 * before any inflation, a workbook part), so a wrong file or a zip bomb is refused in one line
 * before exceljs unpacks anything. Throws only ReadError.
 */
export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const bytes = await readFileBytes(file);
  try {
    openPackage(bytes, { extension: extensionOf(file) });
  } catch (e) {
    throw toReadError(e, file);
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    throw new ReadError('unreadable', file, 'tệp .xlsx bị hỏng hoặc chưa tải xong; hãy mở bằng Excel và lưu lại.');
  }
  return wb;
}

function extensionOf(file: string): string {
  const dot = file.lastIndexOf('.');
  return dot >= 0 ? file.slice(dot).toLowerCase() : '';
}

/** One worksheet as a Grid. Rows/columns 0-based; merged non-master cells hold null. */
export function worksheetToGrid(ws: ExcelJS.Worksheet): Grid {
  const rows: (Cell | undefined)[][] = [];
  const hiddenRows: number[] = [];
  ws.eachRow((row, rowNumber) => {
    const cells: (Cell | undefined)[] = [];
    row.eachCell((cell, colNumber) => {
      const c = toCell(cell);
      if (!c) return;
      while (cells.length < colNumber - 1) cells.push(undefined);
      cells.push(c);
    });
    while (rows.length < rowNumber - 1) rows.push([]);
    rows.push(cells);
    if (row.hidden) hiddenRows.push(rowNumber - 1);
  });
  const merges: MergeRange[] = mergesOf(ws).map((r) => ({
    top: r.top - 1,
    left: r.left - 1,
    bottom: r.bottom - 1,
    right: r.right - 1,
  }));
  merges.sort((a, b) => a.top - b.top || a.left - b.left);
  const grid: Grid = { name: ws.name, rows, merges };
  if (hiddenRows.length > 0) grid.hiddenRows = hiddenRows;
  return grid;
}

type AnyValue = ExcelJS.CellValue | { richText: ExcelJS.RichText[] };

function toCell(cell: ExcelJS.Cell): Cell | undefined {
  const type = cell.type as number;
  if (type === T.Null) return undefined;
  // A non-master cell of a merge: exceljs repeats the master's value; the grid must not.
  if (type === T.Merge) return { value: null };

  const fmt = cell.numFmt;
  const numFmt = fmt && fmt !== 'General' ? fmt : undefined;
  let out: Cell;
  if (type === T.Formula) {
    out = { value: null, formula: cell.formula };
    setValue(out, cell.result as AnyValue, numFmt);
  } else {
    out = { value: null };
    setValue(out, cell.value, numFmt);
  }
  if (numFmt !== undefined) out.numFmt = numFmt;
  return out;
}

function setValue(out: Cell, v: AnyValue | undefined, numFmt: string | undefined): void {
  if (v === null || v === undefined) return;
  switch (typeof v) {
    case 'string':
    case 'boolean':
      out.value = v;
      return;
    case 'number': {
      out.value = v;
      const text = numFmt ? formatNumber(v, numFmt) : undefined;
      if (text !== undefined) out.text = text;
      return;
    }
  }
  if (v instanceof Date) {
    out.value = v;
    return;
  }
  const o = v as unknown as Record<string, unknown>;
  if (typeof o.error === 'string') {
    out.error = o.error;
    return;
  }
  if (Array.isArray(o.richText)) {
    out.value = flattenRich(o.richText as ExcelJS.RichText[]);
    return;
  }
  if ('hyperlink' in o || 'text' in o) {
    const t = o.text;
    if (typeof t === 'string') out.value = t;
    else if (t && typeof t === 'object' && Array.isArray((t as { richText?: unknown }).richText)) {
      out.value = flattenRich((t as { richText: ExcelJS.RichText[] }).richText);
    } else if (typeof o.hyperlink === 'string') out.value = o.hyperlink;
    return;
  }
  // A formula value reached through cell.value (shouldn't happen: formulas use cell.result).
  if ('result' in o) setValue(out, o.result as AnyValue, numFmt);
}

function flattenRich(parts: ExcelJS.RichText[]): string {
  let s = '';
  for (const p of parts) s += p.text ?? '';
  return s;
}

