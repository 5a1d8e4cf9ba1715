/**
 * Reads the active sheet into the engine's Grid: the used range (values only) in row blocks, one
 * context.sync() per block, each block sized so that its response stays well under Excel on the
 * web's 5 MB limit (measured on the previous block, halved and retried if Excel still refuses).
 */
import type { Cell, Grid, MergeRange } from '../core/grid';
import { WorkbookError, type ReadProgress } from './types';
import { parseRangeAddress, type ExcelApi } from './office-api';

/** Target bytes per block response: well under 5 MB, leaving room for the JSON around it. */
export const BLOCK_BUDGET_BYTES = 2_500_000;
/** The first block is small: it measures how heavy this sheet's rows are. */
export const FIRST_BLOCK_ROWS = 200;
export const MAX_BLOCK_ROWS = 5_000;
/** Above this many cells the pane would be too slow and the sheet is surely not an appendix. */
export const MAX_CELLS = 1_500_000;

const encoder = typeof TextEncoder !== 'undefined' ? new TextEncoder() : undefined;

function byteLength(s: string): number {
  return encoder ? encoder.encode(s).length : s.length * 3;
}

function isPayloadError(e: unknown): boolean {
  const code = (e as { code?: unknown })?.code;
  return typeof code === 'string' && /PayloadSizeLimitExceeded|ResponseTooLarge/i.test(code);
}

export async function readActiveSheet(api: ExcelApi, onProgress?: (p: ReadProgress) => void): Promise<Grid> {
  const withMerges = api.isSetSupported('1.13');
  return api.run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load('name');
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    await context.sync();
    if (used.isNullObject) return { name: sheet.name, rows: [], merges: [] };

    const top = used.rowIndex;
    const bottom = used.rowIndex + used.rowCount - 1;
    // Read from column A so that Grid columns are Excel's columns.
    const width = used.columnIndex + used.columnCount;
    if ((bottom + 1) * width > MAX_CELLS)
      throw new WorkbookError(
        'too-large',
        `Trang tính quá lớn để kiểm tra (${bottom + 1} dòng × ${width} cột).`,
      );

    const rows: (Cell | undefined)[][] = [];
    const merges = new Map<string, MergeRange>();
    let row = top;
    let blockRows = FIRST_BLOCK_ROWS;
    onProgress?.({ rowsRead: 0, rowsTotal: used.rowCount });
    while (row <= bottom) {
      const n = Math.min(blockRows, bottom - row + 1);
      const range = sheet.getRangeByIndexes(row, 0, n, width);
      range.load('values,valueTypes,text,formulas,numberFormat');
      const merged = withMerges ? range.getMergedAreasOrNullObject() : null;
      merged?.load('address');
      try {
        await context.sync();
      } catch (e) {
        if (isPayloadError(e) && n > 1) {
          blockRows = Math.max(1, Math.floor(n / 2));
          continue;
        }
        throw e;
      }
      const bytes = addBlock(rows, row, range);
      if (merged && !merged.isNullObject)
        for (const m of parseRangeAddress(merged.address)) merges.set(`${m.top},${m.left}`, m);
      row += n;
      onProgress?.({ rowsRead: row - top, rowsTotal: used.rowCount });
      const perRow = Math.max(1, bytes / n);
      blockRows = Math.max(1, Math.min(MAX_BLOCK_ROWS, Math.floor(BLOCK_BUDGET_BYTES / perRow)));
    }

    // Merged non-master cells hold null; Excel already reports them empty.
    for (const m of merges.values())
      for (let r = m.top; r <= m.bottom; r++)
        for (let c = m.left; c <= Math.min(m.right, width - 1); c++) {
          if (r === m.top && c === m.left) continue;
          const line = rows[r] ?? (rows[r] = []);
          line[c] = { value: null };
        }
    return { name: sheet.name, rows, merges: [...merges.values()].sort((a, b) => a.top - b.top || a.left - b.left) };
  });
}

/** Turns one block into Grid rows; returns the block's approximate response size in bytes. */
function addBlock(rows: (Cell | undefined)[][], first: number, range: Excel.Range): number {
  const values = range.values;
  const types = range.valueTypes;
  const text = range.text;
  const formulas = range.formulas;
  const formats = range.numberFormat;
  values.forEach((line, i) => {
    let out: (Cell | undefined)[] | undefined;
    line.forEach((v: unknown, c) => {
      const cell = toCell(v, types[i]?.[c], text[i]?.[c], formulas[i]?.[c], formats[i]?.[c]);
      if (!cell) return;
      out ??= [];
      out[c] = cell;
    });
    if (out) rows[first + i] = out;
  });
  return byteLength(JSON.stringify([values, types, text, formulas, formats]));
}

export function toCell(
  value: unknown,
  type: string | undefined,
  text: string | undefined,
  formula: unknown,
  numberFormat: unknown,
): Cell | undefined {
  const hasFormula = isFormula(formula, value);
  if ((type === 'Empty' || value === '' || value === null || value === undefined) && !hasFormula) return undefined;
  const cell: Cell = { value: null };
  if (type === 'Error') cell.error = String(value);
  else if (typeof value === 'number') {
    // The value and its number format only: `text` follows the PC's regional settings (3/5/2024
    // on en-US is 5 March), and the core decides dates and display from the serial (grid/date.ts).
    cell.value = value;
  } else if (typeof value === 'boolean' || typeof value === 'string') cell.value = value;
  if (hasFormula) cell.formula = (formula as string).slice(1);
  if (typeof numberFormat === 'string' && numberFormat !== 'General') cell.numFmt = numberFormat;
  return cell;
}

/**
 * Excel reports a text cell's content in `formulas` too, without the apostrophe that kept it
 * text: "=x" typed as '=x reads back as formula "=x" and value "=x". Only a formula's value differs.
 */
export function isFormula(formula: unknown, value: unknown): boolean {
  return typeof formula === 'string' && formula.startsWith('=') && formula !== value;
}
