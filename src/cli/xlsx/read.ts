/**
 * exceljs workbook -> Grid[]. Thin: it copies what the file holds and decides nothing about
 * meaning (no trimming, no guessing of headers); the engine does that.
 */
import { promises as fsp } from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import type { Cell, Grid, MergeRange } from '../../core/grid';
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

const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const EMPTY_ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x05, 0x06]);

/** Reads every worksheet of an .xlsx file. Throws only ReadError. */
export async function readWorkbook(file: string): Promise<Grid[]> {
  const wb = await loadWorkbook(file);
  return wb.worksheets.map(worksheetToGrid);
}

/**
 * Opens an .xlsx with exceljs after checking what the file really is, so that a user who
 * picked the wrong file is told why in one line instead of seeing a zip library's error.
 */
export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const head = await readHead(file, 8);
  if (head.length === 0) throw new ReadError('not-xlsx', file, 'tệp rỗng (0 byte), không phải bảng tính Excel.');
  if (head.length >= 8 && head.equals(CFB_MAGIC)) throw await classifyCfb(file);
  if (head.length < 4 || !head.subarray(0, 4).equals(ZIP_MAGIC)) throw notZip(file, head);

  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch {
    throw await classifyBadZip(file);
  }
  // exceljs accepts any zip and yields an empty workbook when there is no xl/workbook.xml.
  if (wb.worksheets.length === 0 && !(await containsName(file, 'xl/workbook.xml'))) {
    throw await classifyBadZip(file);
  }
  return wb;
}

async function readHead(file: string, n: number): Promise<Buffer> {
  let fh: fsp.FileHandle | undefined;
  try {
    const st = await fsp.stat(file);
    if (st.isDirectory()) throw new ReadError('unreadable', file, 'đây là một thư mục, không phải tệp.');
    fh = await fsp.open(file, 'r');
    const buf = Buffer.alloc(n);
    const { bytesRead } = await fh.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead);
  } catch (e) {
    if (e instanceof ReadError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ReadError('missing', file, 'không tìm thấy tệp.');
    if (code === 'EACCES' || code === 'EPERM') throw new ReadError('unreadable', file, 'không có quyền đọc tệp.');
    throw new ReadError('unreadable', file, `không đọc được tệp (${code ?? 'lỗi không rõ'}).`);
  } finally {
    await fh?.close();
  }
}

/** OLE compound files are either password-protected .xlsx or the old binary .xls. */
async function classifyCfb(file: string): Promise<ReadError> {
  const buf = await fsp.readFile(file);
  // Directory entries name their streams in UTF-16LE.
  if (buf.includes(Buffer.from('EncryptedPackage', 'utf16le'))) {
    return new ReadError(
      'encrypted',
      file,
      'tệp được đặt mật khẩu; hãy mở bằng Excel, gỡ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc) rồi lưu lại.',
    );
  }
  return new ReadError(
    'not-xlsx',
    file,
    'tệp theo định dạng Excel cũ (.xls); hãy mở bằng Excel và lưu lại dưới dạng .xlsx (Sổ làm việc Excel).',
  );
}

function notZip(file: string, head: Buffer): ReadError {
  if (head.subarray(0, 4).equals(EMPTY_ZIP_MAGIC)) {
    return new ReadError('not-xlsx', file, 'là tệp nén (zip) rỗng, không phải bảng tính Excel .xlsx.');
  }
  const ext = path.extname(file).toLowerCase();
  if (head.subarray(0, 4).toString('latin1') === '%PDF') {
    return new ReadError('not-xlsx', file, 'đây là tệp PDF, không phải bảng tính Excel .xlsx.');
  }
  if (looksLikeText(head)) {
    const hint = ext === '.xlsx' ? ' (có lẽ là tệp văn bản bị đổi đuôi thành .xlsx)' : '';
    return new ReadError('not-xlsx', file, `đây là tệp văn bản${hint}, không phải bảng tính Excel .xlsx.`);
  }
  return new ReadError('not-xlsx', file, 'không phải bảng tính Excel .xlsx.');
}

function looksLikeText(head: Buffer): boolean {
  for (const b of head) if (b === 0 || (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d)) return false;
  return true;
}

async function containsName(file: string, name: string): Promise<boolean> {
  // Zip entry names are stored uncompressed in the local and central headers.
  const buf = await fsp.readFile(file);
  return buf.includes(Buffer.from(name, 'latin1'));
}

async function classifyBadZip(file: string): Promise<ReadError> {
  const buf = await fsp.readFile(file);
  const has = (s: string) => buf.includes(Buffer.from(s, 'latin1'));
  // A cut-off file loses its central directory but still names the parts it has so far.
  if (has('xl/workbook.xml') || has('xl/worksheets/') || has('xl/sharedStrings.xml')) {
    return new ReadError('unreadable', file, 'tệp .xlsx bị hỏng hoặc chưa tải xong; hãy mở bằng Excel và lưu lại.');
  }
  if (has('word/document.xml')) {
    return new ReadError('not-xlsx', file, 'đây là tài liệu Word (.docx), không phải bảng tính Excel .xlsx.');
  }
  if (has('opendocument.spreadsheet')) {
    return new ReadError('not-xlsx', file, 'đây là bảng tính OpenDocument (.ods); hãy mở rồi lưu lại dưới dạng .xlsx.');
  }
  return new ReadError('not-xlsx', file, 'là tệp nén (zip) nhưng không phải bảng tính Excel .xlsx.');
}

// exceljs keeps merges by master address; there is no public accessor short of ws.model,
// which serialises every row (too slow for 100,000 rows).
interface RangeLike {
  top: number;
  left: number;
  bottom: number;
  right: number;
}
export function mergesOf(ws: ExcelJS.Worksheet): RangeLike[] {
  const m = (ws as unknown as { _merges?: Record<string, RangeLike> })._merges ?? {};
  return Object.values(m).map((r) => ({ top: r.top, left: r.left, bottom: r.bottom, right: r.right }));
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

/**
 * What Excel shows for the few number formats appendices use, as a Vietnamese-locale Excel
 * shows them (dot for thousands, comma for decimals: 6.000.000). Other formats: undefined,
 * and the engine falls back to the plain number.
 */
export function formatNumber(v: number, numFmt: string): string | undefined {
  if (!Number.isFinite(v)) return undefined;
  // Only the first section (positive numbers) matters for the formats we handle.
  const fmt = (numFmt.split(';')[0] ?? '').replace(/"[^"]*"|\\.|_.|\*./g, '');
  const percent = fmt.includes('%');
  const m = /([#0,]*0)(?:\.(0+))?/.exec(fmt);
  if (!m) return undefined;
  const grouped = (m[1] ?? '').includes(',');
  const decimals = m[2]?.length ?? 0;
  if (!grouped && !percent && decimals === 0 && fmt.trim() !== '0') return undefined;
  const x = percent ? v * 100 : v;
  const fixed = Math.abs(x).toFixed(decimals);
  const [int = '0', frac] = fixed.split('.');
  const intText = grouped ? int.replace(/\B(?=(\d{3})+(?!\d))/g, '.') : int;
  const sign = x < 0 && Number(fixed) !== 0 ? '-' : '';
  return sign + intText + (frac ? ',' + frac : '') + (percent ? '%' : '');
}
