/**
 * Applies the engine's edits to an exceljs worksheet and writes the workbook. The edits are
 * decided in src/core; this file only knows how to make exceljs carry them out faithfully.
 */
import { promises as fsp } from 'fs';
import * as path from 'path';
import type * as ExcelJS from 'exceljs';
import type { Edit } from '../../core/fix';
import { WriteError } from './errors';
import { mergesOf } from './read';

const FORMULA = 6; // exceljs ValueType.Formula

/**
 * Applies all `set` edits first, then deletes rows bottom-up in one pass (Edit's contract:
 * set edits name rows as they are before any deletion).
 */
export function applyEdits(ws: ExcelJS.Worksheet, edits: readonly Edit[]): void {
  const deletions: number[] = [];
  for (const e of edits) {
    if (e.kind === 'set') {
      const cell = ws.getCell(e.row, e.col + 1);
      setCell(cell, e.value);
      // A repaired legacy-font cell (.VnTime) gets a Unicode font, keeping its size, bold, colour.
      // exceljs shares one style object between the cells of a style: give this cell its own,
      // or the font of every other cell with that style changes too.
      if (e.font !== undefined) cell.style = { ...cell.style, font: { ...cell.style.font, name: e.font } };
    }
    else deletions.push(e.row);
  }
  deleteRows(ws, deletions);
}

function setCell(cell: ExcelJS.Cell, value: string | number | null): void {
  // exceljs stores a JS string as a string (shared string), never as a formula, so text that
  // starts with "=", "+", "-" or "@" stays text; the round-trip test checks the XML.
  cell.value = value;
}

/**
 * Deletes the given 1-based rows. exceljs's spliceRows copies merged non-master cells as
 * plain copies of the master's value and leaves the merge list where it was, so merges below
 * a deleted row end up on the wrong rows. Here merges at or below the first deleted row are
 * taken off, rows are moved up in a single pass (linear, however many rows go), and the merges
 * are put back at their new rows.
 */
export function deleteRows(ws: ExcelJS.Worksheet, rowsToDelete: readonly number[]): void {
  const dels = [...new Set(rowsToDelete)].filter((r) => r >= 1).sort((a, b) => a - b);
  const first = dels[0];
  if (first === undefined) return;
  const last = ws.rowCount;

  const moved = mergesOf(ws).filter((m) => m.bottom >= first);
  for (const m of moved) {
    // unMergeCells resets the non-master cells' styles (borders of a merged section row): keep them.
    const styles: Partial<ExcelJS.Style>[] = [];
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) styles.push(ws.getCell(r, c).style);
    ws.unMergeCells(m.top, m.left, m.bottom, m.right);
    let k = 0;
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) ws.getCell(r, c).style = styles[k++] ?? {};
  }

  const deleted = new Set(dels);
  let shift = 0;
  for (let src = first; src <= last; src++) {
    if (deleted.has(src)) {
      shift++;
      continue;
    }
    copyRow(ws, src, src - shift);
  }
  // The rows left at the bottom go entirely, as spliceRows does it (exceljs has no public call).
  const rowsArray = (ws as unknown as { _rows: unknown[] })._rows;
  for (let r = last - shift + 1; r <= last; r++) rowsArray[r - 1] = undefined;

  // Print areas and other defined names, bottom-up so each call sees rows as they are then.
  const names = (ws.workbook as unknown as { definedNames?: { spliceRows(s: string, start: number, n: number, ins: number): void } })
    .definedNames;
  for (let i = dels.length - 1; i >= 0; i--) names?.spliceRows(ws.name, dels[i] as number, 1, 0);

  const deletedUpTo = (row: number) => countAtMost(dels, row);
  for (const m of moved) {
    const top = m.top - deletedUpTo(m.top - 1);
    const bottom = m.bottom - deletedUpTo(m.bottom);
    if (bottom < top) continue; // every row of the merge was deleted
    if (top === bottom && m.left === m.right) continue;
    ws.mergeCellsWithoutStyle(top, m.left, bottom, m.right);
  }
}

/** Number of sorted values <= x. */
function countAtMost(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

type RowWithStyle = ExcelJS.Row & { style: Partial<ExcelJS.Style> };

function copyRow(ws: ExcelJS.Worksheet, src: number, dst: number): void {
  if (src === dst) return;
  const from = ws.findRow(src);
  if (!from) {
    clearRow(ws, dst);
    return;
  }
  const to = ws.getRow(dst);
  const values: ExcelJS.CellValue[] = [];
  from.eachCell({ includeEmpty: false }, (cell, col) => {
    // Shared formulas point at their master's address: store the formula itself instead.
    values[col] =
      (cell.type as number) === FORMULA
        ? ({ formula: cell.formula, result: cell.result } as ExcelJS.CellFormulaValue)
        : cell.value;
  });
  to.values = values;
  // Row.style exists at runtime but is missing from exceljs's typings.
  (to as RowWithStyle).style = (from as RowWithStyle).style;
  to.height = from.height;
  to.hidden = from.hidden;
  to.outlineLevel = from.outlineLevel;
  from.eachCell({ includeEmpty: true }, (cell, col) => {
    const c = to.getCell(col);
    c.style = cell.style;
    if (cell.note) c.note = cell.note;
  });
}

function clearRow(ws: ExcelJS.Worksheet, r: number): void {
  const row = ws.findRow(r);
  if (!row) return;
  row.values = [];
  (row as RowWithStyle).style = {};
  (row as { height?: number }).height = undefined;
  row.hidden = false;
  row.outlineLevel = 0;
}

/** Refuses to overwrite the input or an existing file (unless force), then writes. */
export async function writeWorkbook(
  wb: ExcelJS.Workbook,
  out: string,
  opts: { input: string; force: boolean },
): Promise<void> {
  const outAbs = await checkTarget(out, opts);
  try {
    await wb.xlsx.writeFile(outAbs);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'thư mục không tồn tại' : code === 'EACCES' ? 'không có quyền ghi' : code ?? 'lỗi không rõ';
    throw new WriteError('unwritable', out, `không ghi được tệp (${why}).`);
  }
}

/**
 * Throws WriteError when `out` is the input (after resolving symlinks) or already exists
 * without force. Called before the work too, so a refusal costs nothing.
 */
export async function checkTarget(out: string, opts: { input: string; force: boolean }): Promise<string> {
  const outAbs = await realish(out);
  const inAbs = await realish(opts.input);
  if (outAbs === inAbs) {
    throw new WriteError('same-as-input', out, 'không ghi đè lên tệp gốc; hãy chọn tên khác cho --out.');
  }
  if (!opts.force && (await exists(outAbs))) {
    throw new WriteError('exists', out, 'tệp đã tồn tại; thêm --force để ghi đè.');
  }
  return outAbs;
}

// Parts of a workbook that exceljs does not write back: the user must hear of it before relying
// on the repaired copy.
const LOST_PARTS: Array<[string, string]> = [
  ['xl/charts/', 'biểu đồ'],
  ['xl/pivotTables/', 'bảng tổng hợp (PivotTable)'],
  ['xl/slicers/', 'slicer'],
  ['xl/vbaProject.bin', 'macro (VBA)'],
  ['xl/externalLinks/', 'liên kết tới tệp khác'],
];

/** Vietnamese names of what the input holds that the written copy will lose. */
export async function partsLostOnWrite(input: string): Promise<string[]> {
  let buf: Buffer;
  try {
    buf = await fsp.readFile(input);
  } catch {
    return [];
  }
  // Zip entry names are stored uncompressed, so a byte search finds them.
  return LOST_PARTS.filter(([name]) => buf.includes(Buffer.from(name, 'latin1'))).map(([, label]) => label);
}

/** The resolved path, through symlinks when the file (or its folder) exists. */
async function realish(p: string): Promise<string> {
  const abs = path.resolve(p);
  try {
    return await fsp.realpath(abs);
  } catch {
    try {
      return path.join(await fsp.realpath(path.dirname(abs)), path.basename(abs));
    } catch {
      return abs;
    }
  }
}

async function exists(p: string): Promise<boolean> {
  try {
    await fsp.access(p);
    return true;
  } catch {
    return false;
  }
}
