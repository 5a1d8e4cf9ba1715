/**
 * An .xlsx read into the engine's Grids, every cell as Excel has it (ECMA-376 Part 1, 18.3.1.4
 * `c`, 18.18.11 ST_CellType): shared strings (`s`), formula strings (`str`), inline and rich
 * strings (`inlineStr`), booleans (`b`), error values (`e`), numbers (`n`) and ISO 8601 dates
 * (`d`); shared formulas expanded so that every cell knows its formula; rows and cells without
 * the optional `r`; merges (clipped to the used range, never expanded cell by cell); hidden
 * rows. `_xHHHH_` escapes are decoded in every string Excel decodes them in.
 *
 * Dates are not decided here (src/core/grid/date.ts is the one date rule): a number is passed
 * with its number format code, the grid carries the workbook's date system, and a `t="d"` cell
 * becomes its serial in that system with a date format.
 *
 * A formula whose value is not in the file (openpyxl, exceljs, XlsxWriter write none, or the
 * workbook asks Excel to recalculate on load) is evaluated (the core's one evaluator, src/core/formula/evaluate.ts); what cannot
 * be evaluated is marked `uncomputed` and its value is null, never 0.
 *
 * Pure: bytes in, Grids out. Worksheets are streamed through saxes chunk by chunk.
 *
 * API
 *   readWorkbook(bytes, options?)       → WorkbookRead  (throws XlsxError)
 *   readPackage(pkg, options?)          → WorkbookRead  (an already opened package)
 */
import { SaxesParser } from 'saxes';
import type { Cell, Grid, MergeRange } from '../core/grid/types';
import { dateFormatInfo, dateToSerial } from '../core/grid/date';
import { cachedValuesVerdict } from './cached-values';
import { XlsxError, corrupt } from './errors';
import { evaluatePending } from '../core/formula/evaluate';
import type { PendingFormula } from '../core/formula/evaluate';
import { formatNumber } from './format';
import { localName, openPackage, parseBoolean, parseXsdDouble, parseXsdUnsignedInt, readSharedStrings, readStyles, streamXml } from './package';
import type { PackageOptions, SheetInfo, Styles, XlsxPackage } from './package';
import { decodeEscapes } from './xml';
import { translateFormula } from './formula-rewrite';
import { colLetters, MAX_COL, MAX_ROW, parseArea } from './row-deletion';
import { XS } from './strings';

export interface ReadOptions extends PackageOptions {
  /** Evaluate formulas whose value the file does not hold (default true). */
  evaluate?: boolean;
}

export interface WorkbookRead {
  package: XlsxPackage;
  /** workbookPr/@date1904, also set on every Grid. */
  date1904: boolean;
  /** One Grid per worksheet, in the workbook's tab order (chartsheets, dialog and macro sheets have none). */
  grids: Grid[];
  /** Every sheet workbook.xml lists, worksheets or not. */
  sheets: SheetInfo[];
  /**
   * The cells holding rich text (runs with their own formatting, ECMA-376 Part 1, 18.4.4), by
   * sheet name, as "row,col" (0-based); sheets without any are absent. A text written over one
   * would drop that formatting: the .xlsx writer refuses it, and so does the web page's workbook.
   */
  richText: Map<string, ReadonlySet<string>>;
  /** How many formula cells had no trustworthy value, and how many of those were evaluated. */
  formulas: { pending: number; evaluated: number };
  /** The shared-string table as read, when a cell used it (the writer reuses it rather than parse it again). */
  sharedStrings?: readonly string[];
}

/** The default format given to a `t="d"` cell whose own style shows no date. */
export const ISO_DATE_FORMAT = 'yyyy-mm-dd';
export const ISO_DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm:ss';
export const ISO_TIME_FORMAT = 'hh:mm:ss';

/**
 * Reads every worksheet of an .xlsx. Throws XlsxError: everything openPackage throws, plus
 * 'corrupt' when workbook.xml lists no sheet, lists a sheet whose part is absent, a cell
 * uses the shared-string table the package does not have, or a sheet writes a row or a cell
 * twice or out of order (see `damaged`); 'unsupported' when no sheet is a
 * worksheet (only chart or dialog sheets), so that such a file never reads as an empty pass.
 */
export function readWorkbook(bytes: Uint8Array, options: ReadOptions = {}): WorkbookRead {
  return readPackage(openPackage(bytes, options), options);
}

export function readPackage(pkg: XlsxPackage, options: ReadOptions = {}): WorkbookRead {
  const wb = pkg.workbook;
  if (wb.sheets.length === 0) throw corrupt(XS.noSheets);
  for (const s of wb.sheets) {
    if (!s.present) {
      throw corrupt(XS.sheetPartMissing(printable(s.name)));
    }
  }
  const styles = readStyles(pkg);
  let strings: string[] | undefined | null = null; // null: not read yet
  const richShared = new Set<number>();
  const sharedStrings = (): string[] => {
    if (strings === null) strings = readSharedStrings(pkg, richShared);
    if (!strings) throw corrupt(XS.sharedStringsMissing);
    return strings;
  };

  const grids: Grid[] = [];
  const richText = new Map<string, ReadonlySet<string>>();
  const pending: PendingFormula[] = [];
  for (const s of wb.sheets) {
    if (s.kind !== 'worksheet' || !s.part) continue;
    const rich = new Set<string>();
    grids.push(readWorksheet(pkg, s, { styles, sharedStrings, richShared, rich, date1904: wb.date1904, recalc: cachedValuesVerdict(wb) === 'untrusted', pending }));
    if (rich.size > 0) richText.set(s.name, rich);
  }
  if (grids.length === 0) {
    throw new XlsxError('unsupported', XS.noWorksheets);
  }
  let evaluated = 0;
  if (pending.length > 0) {
    if (options.evaluate === false) for (const p of pending) markUncomputed(p.cell);
    else evaluated = evaluatePending(grids, pending, (cell) => finishNumber(cell));
  }
  const read: WorkbookRead = { package: pkg, date1904: wb.date1904, grids, sheets: wb.sheets, richText, formulas: { pending: pending.length, evaluated } };
  if (strings) read.sharedStrings = strings;
  return read;
}

function markUncomputed(cell: Cell): void {
  cell.value = null;
  cell.uncomputed = true;
}

/** Adds the displayed text of a number under a format phuluc shows (6.000.000). */
function finishNumber(cell: Cell): void {
  if (typeof cell.value === 'number' && cell.numFmt !== undefined) {
    const text = formatNumber(cell.value, cell.numFmt);
    if (text !== undefined) cell.text = text;
  }
}

function printable(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\x00-\x1f\x7f-\x9f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

interface SheetContext {
  styles: Styles;
  sharedStrings: () => string[];
  /** Indexes of the shared strings made of runs (filled when the table is read). */
  richShared: ReadonlySet<number>;
  /** Receives "row,col" of each cell holding rich text. */
  rich: Set<string>;
  date1904: boolean;
  /** Cached formula values are not trusted (src/xlsx/cached-values.ts): every formula is evaluated. */
  recalc: boolean;
  pending: PendingFormula[];
}

interface SharedMaster {
  formula: string;
  row: number;
  col: number;
}

const ERROR_VALUES = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!', '#FIELD!', '#BLOCKED!', '#UNKNOWN!', '#CONNECT!', '#BUSY!', '#EXTERNAL!', '#PYTHON!']);

/** One worksheet part → Grid. */
function readWorksheet(pkg: XlsxPackage, sheet: SheetInfo, ctx: SheetContext): Grid {
  const part = sheet.part as string;
  const rows: (Cell | undefined)[][] = [];
  const hidden: number[] = [];
  const rawMerges: MergeRange[] = [];
  const masters = new Map<string, SharedMaster>();
  const orphans: Array<{ cell: Cell; si: string; row: number; col: number }> = [];
  const pending: Array<{ cell: Cell; row: number; col: number }> = [];

  let inData = false;
  let row = -1;
  let col = -1;
  // Where the last <row> element and the last cell were (0-based), to refuse a sheet that writes
  // a row or a cell twice, or out of order (see the doc comment on `damaged`).
  let lastRowElement = -1;
  let lastCellRow = -1;
  let lastCellCol = -1;
  // The cell being read.
  let inCell = false;
  let cellRow = 0;
  let cellCol = 0;
  let type = 'n';
  let style = 0;
  let v: string | undefined;
  let f: string | undefined;
  let fType = '';
  let fSi = '';
  let is: string | undefined;
  // What text goes where: 0 nothing, 1 <v>, 2 <f>, 3 <is>'s <t>.
  let collect = 0;
  let inIs = false;
  let phonetic = 0;
  /** The inline string has runs (rich text). */
  let runs = false;

  const parser = new SaxesParser({ position: false });
  parser.on('opentag', (tag) => {
    const name = tag.name.indexOf(':') < 0 ? tag.name : localName(tag.name);
    const a = tag.attributes as Record<string, string>;
    if (inCell) {
      switch (name) {
        case 'v':
          collect = 1;
          v = '';
          return;
        case 'f':
          collect = 2;
          f = '';
          fType = a.t ?? '';
          fSi = a.si ?? '';
          return;
        case 'is':
          inIs = true;
          is = '';
          return;
        case 'rPh':
          phonetic++;
          return;
        case 'r':
          if (inIs && phonetic === 0) runs = true;
          return;
        case 't':
          if (inIs && phonetic === 0) collect = 3;
          return;
      }
      return;
    }
    if (name === 'c' && inData) {
      inCell = true;
      const r = a.r;
      let at: { row: number; col: number } | undefined;
      if (r !== undefined) at = cellRef(r);
      if (at) {
        cellRow = at.row;
        cellCol = at.col;
        row = at.row;
      } else {
        cellRow = row < 0 ? 0 : row;
        cellCol = col + 1;
      }
      if (cellRow < lastCellRow || (cellRow === lastCellRow && cellCol <= lastCellCol)) throw damaged(sheet.name, { row: cellRow, col: cellCol }, { row: lastCellRow, col: lastCellCol });
      lastCellRow = cellRow;
      lastCellCol = cellCol;
      col = cellCol;
      type = a.t ?? 'n';
      style = a.s !== undefined ? Number(a.s) : 0;
      v = undefined;
      f = undefined;
      fType = '';
      is = undefined;
      runs = false;
      return;
    }
    if (name === 'row' && inData) {
      const r = a.r !== undefined ? parseXsdUnsignedInt(a.r) - 1 : row + 1;
      // Excel's grid ends at row 1,048,576 (Microsoft: "Excel specifications and limits"): a row
      // numbered outside it is a damaged file, not the next row.
      if (!Number.isInteger(r) || r < 0 || r >= MAX_ROW) throw corrupt(XS.rowOutOfRange(printable(String(a.r ?? r + 1))));
      if (r <= lastRowElement) throw damaged(sheet.name, { row: r }, { row: lastRowElement });
      lastRowElement = r;
      row = r;
      col = -1;
      if (a.hidden !== undefined && parseBoolean(a.hidden)) hidden.push(row);
      return;
    }
    if (name === 'sheetData') {
      inData = true;
      return;
    }
    if (name === 'mergeCell') {
      const m = a.ref !== undefined ? mergeArea(a.ref) : undefined;
      if (m) rawMerges.push(m);
    }
  });
  parser.on('text', (t) => {
    if (collect === 1) v += t;
    else if (collect === 2) f += t;
    else if (collect === 3) is += t;
  });
  parser.on('cdata', (t) => {
    if (collect === 1) v += t;
    else if (collect === 2) f += t;
    else if (collect === 3) is += t;
  });
  parser.on('closetag', (tag) => {
    const name = tag.name.indexOf(':') < 0 ? tag.name : localName(tag.name);
    if (inCell) {
      switch (name) {
        case 'v':
        case 'f':
          collect = 0;
          return;
        case 't':
          if (collect === 3) collect = 0;
          return;
        case 'rPh':
          phonetic--;
          return;
        case 'is':
          inIs = false;
          return;
        case 'c':
          inCell = false;
          finishCell();
          return;
      }
      return;
    }
    if (name === 'sheetData') inData = false;
  });

  const finishCell = () => {
    // The formula: its own text, or a shared formula's master moved here.
    let formula: string | undefined;
    let shared: string | undefined;
    if (f !== undefined) {
      if (fType === 'shared' && fSi !== '') {
        const text = stripFormula(f);
        if (text !== '') {
          formula = text;
          masters.set(fSi, { formula: text, row: cellRow, col: cellCol });
        } else {
          const m = masters.get(fSi);
          const moved = m ? translateFormula(m.formula, cellRow - m.row, cellCol - m.col) : undefined;
          // A master the rewriter cannot read leaves the follower a formula of unknown text, as
          // one whose master never comes: the cached value stands and no write goes over it.
          if (moved?.ok) formula = moved.text;
          else shared = fSi;
        }
      } else if (fType !== 'dataTable') {
        const text = stripFormula(f);
        if (text !== '') formula = text;
      }
    }
    const hasFormula = formula !== undefined || shared !== undefined;
    let cell = readValue(hasFormula);
    if (!cell) return;
    if (formula !== undefined) cell.formula = formula;
    const numFmt = ctx.styles.numFmtOf(style);
    if (numFmt !== undefined && cell.numFmt === undefined) cell.numFmt = numFmt;
    // The font of text cells: a TCVN3/VNI font (.VnTime) says how the text was typed. The usual
    // text cell (its value alone) is made again as one literal with its font: a property added
    // to it would give each of a large sheet's cells its own property store (35 MB at 100,000 rows).
    if (typeof cell.value === 'string') {
      const font = ctx.styles.fontOf(style);
      if (font !== undefined) {
        if (formula === undefined && cell.numFmt === undefined) cell = { value: cell.value, font };
        else cell.font = font;
      }
    }
    finishNumber(cell);
    let cells = rows[cellRow];
    if (!cells) {
      while (rows.length <= cellRow) rows.push(undefined as unknown as (Cell | undefined)[]);
      cells = [];
      rows[cellRow] = cells;
    }
    cells[cellCol] = cell;
    // Rich text (as the writer's richRuns sees it: runs, no formula).
    if (!hasFormula && typeof cell.value === 'string' && ((type === 'inlineStr' && runs) || (type === 's' && ctx.richShared.has(Number(v)))))
      ctx.rich.add(`${cellRow},${cellCol}`);
    if (shared !== undefined) orphans.push({ cell, si: shared, row: cellRow, col: cellCol });
    if (hasFormula && (ctx.recalc || cell.uncomputed)) {
      // Excel will recompute it, or the file holds no value: evaluate (or leave uncomputed).
      cell.value = null;
      delete cell.error;
      delete cell.text;
      cell.uncomputed = true;
      pending.push({ cell, row: cellRow, col: cellCol });
    }
  };

  /** The cell's value from v / is and its type; undefined for a cell with neither value nor formula. */
  const readValue = (hasFormula: boolean): Cell | undefined => {
    // No value: a formula without its result is not known (never 0); anything else is empty.
    if (type === 'inlineStr') {
      if (is !== undefined) return { value: decodeEscapes(is) };
      if (v !== undefined) return { value: decodeEscapes(v) };
      return hasFormula ? { value: null, uncomputed: true } : undefined;
    }
    if (type === 'str') {
      // A formula's text result: an empty <v></v> is the empty string; no <v> is no value.
      if (v === undefined) return hasFormula ? { value: null, uncomputed: true } : undefined;
      return { value: decodeEscapes(v) };
    }
    if (v === undefined || v === '' || (v.charCodeAt(0) <= 32 && v.trim() === '')) return hasFormula ? { value: null, uncomputed: true } : undefined;
    switch (type) {
      case 'n': {
        const n = parseXsdDouble(v);
        if (!Number.isFinite(n)) throw corrupt(XS.badNumberCell(colLetters(cellCol), cellRow + 1));
        return { value: n };
      }
      case 's': {
        const i = parseXsdUnsignedInt(v);
        const s = Number.isInteger(i) ? (sst ?? (sst = ctx.sharedStrings()))[i] : undefined;
        if (s === undefined) throw corrupt(XS.sharedStringMissing(printable(v.trim())));
        return { value: s };
      }
      case 'b':
        return { value: parseBoolean(v) ?? v.trim() !== '0' };
      case 'e': {
        const e = v.trim();
        return { value: null, error: ERROR_VALUES.has(e.toUpperCase()) ? e.toUpperCase() : e };
      }
      case 'd':
        return isoDateCell(v.trim(), ctx.date1904, ctx.styles.numFmtOf(style));
      default:
        // An unknown type: Excel refuses the file; read the value as text rather than lose it.
        return { value: decodeEscapes(v) };
    }
  };
  let sst: string[] | undefined;

  streamXml(pkg, part, parser);

  // Followers of a shared formula written before their master (rare, but producers differ).
  for (const o of orphans) {
    const m = masters.get(o.si);
    const moved = m ? translateFormula(m.formula, o.row - m.row, o.col - m.col) : undefined;
    if (moved?.ok) o.cell.formula = moved.text;
  }

  // Fill the holes left by rows without cells (arrays must not be sparse for the engine's loops).
  for (let r = 0; r < rows.length; r++) if (!rows[r]) rows[r] = [];

  const merges = clipMerges(rawMerges, rows);
  // Non-master cells of a merge hold null (the master holds the value); only cells that exist
  // are visited, so a merge over the whole sheet costs what the used range costs.
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      const cells = rows[r];
      if (!cells) continue;
      const last = Math.min(m.right, cells.length - 1);
      for (let c = m.left; c <= last; c++) {
        if (r === m.top && c === m.left) continue;
        const cell = cells[c];
        if (cell) cells[c] = { value: null };
      }
    }
  }
  merges.sort((a, b) => a.top - b.top || a.left - b.left);

  const grid: Grid = { name: sheet.name, rows, merges };
  const hiddenRows = hidden.filter((r) => r < rows.length);
  if (hiddenRows.length > 0) grid.hiddenRows = hiddenRows;
  if (ctx.date1904) grid.date1904 = true;
  for (const p of pending) ctx.pending.push({ grid, cell: p.cell, row: p.row, col: p.col });
  return grid;
}

/**
 * A sheet that writes a row or a cell twice, or out of order: a damaged file. ECMA-376 Part 1
 * gives each `row` its index (18.3.1.73, `r`) and each cell its reference (18.3.1.4, `r`) but
 * states no order; Excel requires one ([MS-OI29500] 2.1.846: "In Office, rows must appear in
 * ascending order"; a cell out of column order or written twice is likewise damage to Excel,
 * which offers to repair the file and drops what does not fit). Read silently, the last copy of
 * a row or cell would win while Excel keeps another, and a fix would act on a cell Excel does
 * not show, so such a sheet is refused whole, naming the sheet and the row or cell: each `<row>`
 * must come after the one before it, and each cell after the one before it (by row, then
 * column). Rows and cells without their optional `r` take the next position, which is always
 * in order, so files written that way (by real producers) read as before.
 */
function damaged(sheet: string, at: { row: number; col?: number }, before: { row: number; col?: number }): XlsxError {
  const name = printable(sheet);
  if (at.col === undefined) {
    return corrupt(at.row === before.row ? XS.rowTwice(name, at.row + 1) : XS.rowOutOfOrder(name, at.row + 1, before.row + 1));
  }
  const cell = `${colLetters(at.col)}${at.row + 1}`;
  const prev = `${colLetters(before.col ?? 0)}${before.row + 1}`;
  return corrupt(cell === prev ? XS.cellTwice(name, cell) : XS.cellOutOfOrder(name, cell, prev));
}

/**
 * Merges clipped to the used range (the rows and columns that hold cells): a merge such as
 * J1:XFD1048576 becomes J1:<last used column><last used row>, and one wholly outside the used
 * range holds nothing and is dropped.
 */
function clipMerges(merges: MergeRange[], rows: ReadonlyArray<ReadonlyArray<Cell | undefined>>): MergeRange[] {
  if (merges.length === 0) return merges;
  let width = 0;
  for (const r of rows) if (r.length > width) width = r.length;
  const height = rows.length;
  const out: MergeRange[] = [];
  for (const m of merges) {
    if (m.top >= height || m.left >= width) continue;
    out.push({ top: m.top, left: m.left, bottom: Math.min(m.bottom, height - 1), right: Math.min(m.right, width - 1) });
  }
  return out;
}

/** "B7" → {row: 6, col: 1}; a column-only or malformed r gives undefined (the position is then counted). */
function cellRef(r: string): { row: number; col: number } | undefined {
  let i = 0;
  let col = 0;
  for (; i < r.length; i++) {
    const ch = r.charCodeAt(i) | 0x20; // lower case
    if (ch < 97 || ch > 122) break;
    col = col * 26 + (ch - 96);
  }
  if (i === 0 || i > 3 || col > MAX_COL) return undefined;
  let row = 0;
  for (let k = i; k < r.length; k++) {
    const d = r.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return undefined;
    row = row * 10 + d;
  }
  if (row < 1 || row > MAX_ROW) return undefined;
  return { row: row - 1, col: col - 1 };
}

/**
 * The formula as the grid carries it: without a leading "=" (some producers write one) and
 * without the `_xlfn.` / `_xlws.` prefixes Excel stores before newer functions (Office.js and
 * Excel's formula bar show them without).
 */
function stripFormula(f: string): string {
  let t = f.trim();
  if (t.startsWith('=')) t = t.slice(1);
  if (t.includes('_xl')) t = t.replace(/_xl(?:fn|ws)\./g, '');
  return t;
}

const ISO = /^(-?\d{4,})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/;
const ISO_TIME = /^T?(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/;

/**
 * A `t="d"` value (ISO 8601, ECMA-376 Part 1, 18.17.4) as the serial number Excel stores once
 * it opens the file, in the workbook's date system, with the cell's own format when that shows
 * a date or time, else an ISO date format: a `t="d"` cell is a date whatever its style. A zone
 * suffix is ignored (Excel keeps wall-clock time). Text that is not ISO 8601 stays text.
 */
export function isoDateCell(text: string, date1904: boolean, ownFormat: string | undefined): Cell {
  let serial: number | undefined;
  let kind: 'date' | 'datetime' | 'time' = 'date';
  const m = ISO.exec(text);
  if (m) {
    const [, y, mo, d, h, mi, s, frac] = m;
    const year = Number(y);
    const month = Number(mo);
    const day = Number(d);
    const date = new Date(Date.UTC(2000, month - 1, day));
    date.setUTCFullYear(year);
    if (month >= 1 && month <= 12 && date.getUTCDate() === day) {
      const ms = (Number(h ?? 0) * 3600 + Number(mi ?? 0) * 60 + Number(s ?? 0)) * 1000 + Math.round(Number(frac ?? 0) * 1000);
      serial = dateToSerial(new Date(date.getTime() + ms), date1904);
      if (ms !== 0) kind = 'datetime';
    }
  } else {
    const t = ISO_TIME.exec(text);
    if (t) {
      const [, h, mi, s, frac] = t;
      serial = (Number(h) * 3600 + Number(mi) * 60 + Number(s ?? 0) + Number(frac ?? 0)) / 86400;
      kind = 'time';
    }
  }
  if (serial === undefined || !Number.isFinite(serial)) return { value: text };
  const own = dateFormatInfo(ownFormat);
  const numFmt = own ? (ownFormat as string) : kind === 'time' ? ISO_TIME_FORMAT : kind === 'datetime' ? ISO_DATE_TIME_FORMAT : ISO_DATE_FORMAT;
  return { value: serial, numFmt };
}

/** A mergeCell's `ref` ("A1:C2", corners in any order) as a 0-based merge; undefined when malformed. */
function mergeArea(ref: string): MergeRange | undefined {
  const a = parseArea(ref);
  if (!a?.top || !a.bottom || !a.left || !a.right) return undefined;
  return {
    top: Math.min(a.top.n, a.bottom.n) - 1,
    bottom: Math.max(a.top.n, a.bottom.n) - 1,
    left: Math.min(a.left.n, a.right.n),
    right: Math.max(a.left.n, a.right.n),
  };
}
