/**
 * Reads the active sheet into the engine's Grid: the used range in row blocks, one
 * context.sync() per block (a few more only when Excel refuses one), each block sized so that its
 * response stays well under Excel on the web's 5 MB. The size is counted while the block is turned
 * into Grid rows (an estimate of the UTF-8 bytes of the JSON Excel sends back, from string lengths),
 * never by serialising it again.
 *
 * Merged areas come from Range.getMergedAreasOrNullObject (ExcelApi 1.13), which returns the
 * areas whose top-left cell is in the range and fails above 512 of them (Microsoft's reference):
 * they are asked for in row chunks sized from the density seen so far, halved when Excel refuses.
 * Dates are left as serial numbers with their number format (the core decides what is a date;
 * the display text, which follows the PC's regional settings, is not loaded at all);
 * the workbook's date system is probed with DATE(1904,1,1), which is 0 in the 1904 system.
 *
 * Fonts (ExcelApi 1.9), for the legacy-font check and as legacy-encoding's hint, read
 * hierarchically in the same syncs: each block also loads `format.font.name` of each column's
 * slice, a few bytes each. A name means every cell of the slice has that font; null means they
 * differ, and the slice's text cells are asked one by one (getCellProperties, font name only,
 * about 45 bytes a cell) in the next sync, which also reads the next block (made smaller by as
 * much). Only TCVN3/VNI fonts are given to the engine, and only on text cells: any other font
 * tells it nothing. Without ExcelApi 1.9, or when a host fails a font request, no fonts.
 */
import type { Cell, MergeRange } from '../core/grid';
import { WorkbookError, type ReadProgress, type SheetGrid } from './types';
import { legacyFontEncoding } from '../core/text';
import { parseRangeAddress, type ExcelApi } from './office-api';
import { ES } from './strings';

/** Target bytes per block response: half of Excel on the web's 5 MB. */
export const BLOCK_BUDGET_BYTES = 2_500_000;
/** The first block is small: it measures how heavy this sheet's rows are. */
export const FIRST_BLOCK_ROWS = 200;
export const MAX_BLOCK_ROWS = 5_000;
/** Above this many cells the pane would be too slow and the sheet is surely not an appendix. */
export const MAX_CELLS = 1_500_000;
/** Microsoft: getMergedAreasOrNullObject fails above 512 areas. Ask for half that per call. */
export const MERGED_AREAS_PER_CALL = 256;
const MAX_RETRIES = 24;
/**
 * Estimated bytes of one cell in getCellProperties' answer for the font name:
 * `{"format":{"font":{"name":"…"}}},` is 32 bytes around the name, taken as 20 bytes (".VnTime"
 * 7, "Times New Roman" 15, ".VnCentury Schoolbook" 21).
 */
export const FONT_CELL_BYTES = 52;

/** A column's slice whose cells have different fonts: rows top..top+rows-1 (0-based) of column col. */
interface FontAsk {
  top: number;
  col: number;
  rows: number;
}

function isPayloadError(e: unknown): boolean {
  const code = (e as { code?: unknown })?.code;
  return typeof code === 'string' && /PayloadSizeLimitExceeded|ResponseTooLarge/i.test(code);
}

export interface SheetRead {
  grid: SheetGrid;
  /** Every merged area of the sheet (0-based), also in grid.merges. */
  merges: MergeRange[];
}

export async function readActiveSheet(api: ExcelApi, onProgress?: (p: ReadProgress) => void): Promise<SheetRead> {
  const withMerges = api.isSetSupported('1.13');
  const probeDates = api.isSetSupported('1.2');
  const fontsSupported = api.isSetSupported('1.9');
  return api.run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load('name,id');
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    const epoch = probeDates ? context.workbook.functions.date(1904, 1, 1) : null;
    epoch?.load('value');
    await context.sync();
    const date1904 = epoch ? epoch.value === 0 : false;
    const base = { name: sheet.name, sheetId: sheet.id, ...(date1904 ? { date1904: true } : {}) };
    if (used.isNullObject) return { grid: { ...base, rows: [], merges: [] }, merges: [] };

    const top = used.rowIndex;
    const bottom = used.rowIndex + used.rowCount - 1;
    // Read from column A so that Grid columns are Excel's columns.
    const width = used.columnIndex + used.columnCount;
    if ((bottom + 1) * width > MAX_CELLS)
      throw new WorkbookError('too-large', ES.sheetTooLarge(bottom + 1, width));

    const rows: (Cell | undefined)[][] = [];
    const merges = new Map<string, MergeRange>();
    let row = top;
    let blockRows = FIRST_BLOCK_ROWS;
    let mergeRows = FIRST_BLOCK_ROWS;
    let mergeDensity = 0;
    let retries = 0;
    let withFonts = fontsSupported;
    /** Slices whose cells' fonts differ, asked cell by cell in the next syncs. */
    let asks: FontAsk[] = [];
    /** The most font-answer bytes one sync may carry (halved when Excel refuses one as too large). */
    let fontLimit = BLOCK_BUDGET_BYTES;
    onProgress?.({ rowsRead: 0, rowsTotal: used.rowCount });
    while (row <= bottom || asks.length > 0) {
      // The pending font asks take up to half of this sync's budget (all of it after the last block).
      const waiting = asks.reduce((s, a) => s + a.rows * FONT_CELL_BYTES, 0);
      const fontBytes = Math.min(waiting, fontLimit, row <= bottom ? BLOCK_BUDGET_BYTES / 2 : BLOCK_BUDGET_BYTES);
      const sent = takeAsks(asks, fontBytes);
      asks = sent.rest;
      const n = row > bottom ? 0 : Math.min(bottom - row + 1, Math.max(1, Math.floor(blockRows * (1 - fontBytes / BLOCK_BUDGET_BYTES))));
      const range = n > 0 ? sheet.getRangeByIndexes(row, 0, n, width) : null;
      range?.load('values,valueTypes,formulas,numberFormat');
      // One font name per column's slice: a name, or null when the slice's cells differ.
      const columnFonts: Excel.RangeFont[] = [];
      if (range && withFonts)
        for (let c = 0; c < width; c++) {
          const font = sheet.getRangeByIndexes(row, c, n, 1).format.font;
          font.load('name');
          columnFonts.push(font);
        }
      const answers = sent.taken.map((a) => ({
        ask: a,
        result: sheet.getRangeByIndexes(a.top, a.col, a.rows, 1).getCellProperties({ format: { font: { name: true } } }),
      }));
      const areas: Excel.RangeAreas[] = [];
      if (withMerges && n > 0)
        for (let r = row; r < row + n; r += mergeRows) {
          const a = sheet.getRangeByIndexes(r, 0, Math.min(mergeRows, row + n - r), width).getMergedAreasOrNullObject();
          a.load('address');
          areas.push(a);
        }
      try {
        await context.sync();
      } catch (e) {
        asks = [...sent.taken, ...asks];
        if (++retries > MAX_RETRIES) throw e;
        const fontCells = sent.taken.reduce((s, a) => s + a.rows, 0);
        if (isPayloadError(e) && (n > 1 || fontCells > 1)) {
          if (n > 1) blockRows = Math.max(1, Math.floor(n / 2));
          if (fontCells > 1) fontLimit = Math.max(FONT_CELL_BYTES, Math.floor(fontBytes / 2));
        } else if (!isPayloadError(e) && withFonts && (columnFonts.length > 0 || answers.length > 0)) {
          // Fonts are a hint: a host that fails to give them still gets its sheet read, without.
          withFonts = false;
          asks = [];
        } else if (withMerges && mergeRows > 1) mergeRows = Math.max(1, Math.floor(Math.min(mergeRows, n) / 2));
        else throw e;
        continue;
      }
      for (const { ask, result } of answers) giveFonts(rows, ask, result.value);
      if (!range) continue;
      const bytes = addBlock(rows, row, range);
      columnFonts.forEach((font, c) => {
        const ask = uniformFont(rows, row, n, c, font.name);
        if (ask) asks.push(ask);
      });
      let found = 0;
      for (const a of areas)
        if (!a.isNullObject)
          for (const m of parseRangeAddress(a.address)) {
            merges.set(`${m.top},${m.left}`, m);
            found++;
          }
      row += n;
      onProgress?.({ rowsRead: row - top, rowsTotal: used.rowCount });
      const perRow = Math.max(1, bytes / n);
      blockRows = Math.max(1, Math.min(MAX_BLOCK_ROWS, Math.floor(BLOCK_BUDGET_BYTES / perRow)));
      mergeDensity = Math.max(mergeDensity, found / n);
      mergeRows = Math.max(1, Math.min(MAX_BLOCK_ROWS, mergeDensity > 0 ? Math.floor(MERGED_AREAS_PER_CALL / mergeDensity) : MAX_BLOCK_ROWS));
    }

    // Merged non-master cells hold null; Excel already reports them empty.
    for (const m of merges.values())
      for (let r = m.top; r <= m.bottom; r++)
        for (let c = m.left; c <= Math.min(m.right, width - 1); c++) {
          if (r === m.top && c === m.left) continue;
          const line = rows[r] ?? (rows[r] = []);
          line[c] = { value: null };
        }
    const sorted = [...merges.values()].sort((a, b) => a.top - b.top || a.left - b.left);
    return { grid: { ...base, rows, merges: sorted }, merges: sorted };
  });
}

/** Whether the engine can use this font name: a TCVN3/VNI one (any other tells it nothing). */
function isLegacyFont(name: unknown): name is string {
  return typeof name === 'string' && legacyFontEncoding(name) !== null;
}

/**
 * One column's slice of a block as `format.font.name` answered: a legacy font given to its text
 * cells, another font ignored; null (fonts differ) gives the slice's text cells to ask one by one,
 * from its first text cell to its last (none: nothing to ask).
 */
export function uniformFont(rows: (Cell | undefined)[][], first: number, n: number, col: number, name: unknown): FontAsk | null {
  if (name !== null && name !== undefined) {
    if (isLegacyFont(name))
      for (let r = first; r < first + n; r++) {
        const cell = rows[r]?.[col];
        if (cell && typeof cell.value === 'string') cell.font = name;
      }
    return null;
  }
  let lo = -1;
  let hi = -1;
  for (let r = first; r < first + n; r++)
    if (typeof rows[r]?.[col]?.value === 'string') {
      if (lo < 0) lo = r;
      hi = r;
    }
  return lo < 0 ? null : { top: lo, col, rows: hi - lo + 1 };
}

/** getCellProperties' answer for one slice: each text cell in a legacy font gets it. */
function giveFonts(rows: (Cell | undefined)[][], ask: FontAsk, value: Array<Array<{ format?: { font?: { name?: unknown } } }>>): void {
  for (let i = 0; i < ask.rows; i++) {
    const name = value[i]?.[0]?.format?.font?.name;
    const cell = rows[ask.top + i]?.[ask.col];
    if (cell && typeof cell.value === 'string' && isLegacyFont(name)) cell.font = name;
  }
}

/** Asks worth at most `bytes` of answer (the last one split by rows; at least one row when any). */
function takeAsks(asks: readonly FontAsk[], bytes: number): { taken: FontAsk[]; rest: FontAsk[] } {
  const taken: FontAsk[] = [];
  let left = Math.max(FONT_CELL_BYTES, bytes);
  let i = 0;
  for (; i < asks.length && left >= FONT_CELL_BYTES; i++) {
    const a = asks[i]!;
    const fit = Math.floor(left / FONT_CELL_BYTES);
    if (a.rows <= fit) {
      taken.push(a);
      left -= a.rows * FONT_CELL_BYTES;
      continue;
    }
    taken.push({ ...a, rows: fit });
    return { taken, rest: [{ top: a.top + fit, col: a.col, rows: a.rows - fit }, ...asks.slice(i + 1)] };
  }
  return { taken, rest: asks.slice(i) };
}

const NON_ASCII = /[\u0080-\uffff]/;
/**
 * UTF-8 bytes per character assumed for text that is not plain ASCII. Vietnamese text averages
 * 1.32 (95% of the strings of the bundled Quảng Trị and Bình Định appendices are at most 1.48):
 * over a block this overestimates by about 6%, well inside the block budget's 2× margin.
 */
export const NON_ASCII_BYTES_PER_CHAR = 1.45;

/**
 * The bytes a string takes in Excel's JSON answer, estimated without walking its characters (a
 * native regex test tells plain ASCII from the rest): what the block budget needs, cheaply.
 */
export function jsonStringBytes(s: string): number {
  return 2 + (NON_ASCII.test(s) ? Math.ceil(s.length * NON_ASCII_BYTES_PER_CHAR) : s.length);
}

function numberBytes(v: number): number {
  if (Number.isInteger(v) && Math.abs(v) < 1e15) {
    let n = v < 0 ? 2 : 1;
    for (let x = Math.abs(v); x >= 10; x /= 10) n++;
    return n;
  }
  return 20;
}

function valueBytes(v: unknown): number {
  if (typeof v === 'string') return jsonStringBytes(v);
  if (typeof v === 'number') return numberBytes(v);
  if (typeof v === 'boolean') return 5;
  return 4;
}

/**
 * Turns one block into Grid rows; returns the block's response size in bytes as Excel counts it
 * (the JSON of the four loaded arrays), summed cell by cell from what was loaded.
 */
export function addBlock(
  rows: (Cell | undefined)[][],
  first: number,
  range: Pick<Excel.Range, 'values' | 'valueTypes' | 'formulas' | 'numberFormat'>,
): number {
  const values = range.values;
  const types = range.valueTypes;
  const formulas = range.formulas;
  const formats = range.numberFormat;
  let bytes = 200;
  for (let i = 0; i < values.length; i++) {
    const line = values[i] ?? [];
    const tLine = types[i];
    const fLine = formulas[i];
    const nLine = formats[i];
    let out: (Cell | undefined)[] | undefined;
    bytes += 4 * 2;
    for (let c = 0; c < line.length; c++) {
      const v: unknown = line[c];
      const type = tLine?.[c];
      const formula: unknown = fLine?.[c];
      const fmt: unknown = nLine?.[c];
      // Four elements and their commas; a constant's value and formula are one string.
      const vb = valueBytes(v);
      bytes += 4 + vb + (type ? type.length + 2 : 4) + (typeof fmt === 'string' ? jsonStringBytes(fmt) : 4);
      bytes += formula === v ? vb : valueBytes(formula);
      const cell = toCell(v, type, formula, fmt);
      if (!cell) continue;
      out ??= [];
      out[c] = cell;
    }
    if (out) rows[first + i] = out;
  }
  return bytes;
}

export function toCell(value: unknown, type: string | undefined, formula: unknown, numberFormat: unknown): Cell | undefined {
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
