/**
 * New sheets and a new column, over the Excel JavaScript API: a sheet described as data
 * (SheetSpec: a quarterly report, a new appendix) added to the open workbook, and the status
 * column (Tình hình thực hiện) added after a task table. Both only ever write cells that are
 * empty: a new sheet, or a column the adapter has checked holds nothing.
 *
 * Requirement sets (Microsoft's docs): worksheets.add and fonts 1.1, freezePanes 1.7,
 * dataValidation 1.8, pageLayout and copyFrom 1.9. What the host lacks is left out (the sheet is
 * still made) and named in the result, so the pane can say so.
 */
import { columnLetter } from '../core/grid';
// From the builder's own modules, not its index: the index brings the package writer and its XML
// parser (saxes), which the pane never uses, into the pane's bundle.
import { estimateRowHeights } from '../xlsx/create/row-heights';
import { isValidSheetName, type CellStyleSpec, type SheetSpec } from '../xlsx/create/spec';
import { cellInput, type ExcelApi } from './office-api';
import { WorkbookError } from './types';
import { ES } from './strings';

/** A refusal whose message is written for the clerk (which cell, what to do): shown as it is. */
export class SheetRefusal extends WorkbookError {
  constructor(message: string) {
    super('write-failed', message);
  }
}

/** Points per centimetre (Excel's page margins are in points). */
const POINTS_PER_CM = 72 / 2.54;
/** Points per character of width (Excel's column width unit, at the default font). */
const POINTS_PER_CHAR = 5.6;

export interface AddSheetResult {
  /** The name given (the spec's, or with " (2)" when taken). */
  name: string;
  /** What the host could not do (Vietnamese), e.g. print settings before ExcelApi 1.9. */
  skipped: string[];
}

/** A free sheet name: `name`, else "name (2)", "name (3)" … cut to Excel's 31 characters. */
export function freeSheetName(name: string, taken: readonly string[]): string {
  const used = new Set(taken.map((t) => t.toLowerCase()));
  if (!used.has(name.toLowerCase())) return name;
  for (let i = 2; ; i++) {
    const tail = ` (${i})`;
    const candidate = name.slice(0, 31 - tail.length) + tail;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/** Adds the sheet after the last one, writes it in one Excel.run, and activates it. */
export async function addSheet(api: ExcelApi, spec: SheetSpec): Promise<AddSheetResult> {
  if (!isValidSheetName(spec.name)) throw new SheetRefusal(ES.badSheetName(spec.name));
  const skipped: string[] = [];
  const name = await api.run(async (context) => {
    const sheets = context.workbook.worksheets;
    // The first of "name", "name (2)" … "name (20)" that is free, probed in one sync.
    const candidates: string[] = [];
    for (let i = 1; i <= 20; i++) candidates.push(freeSheetName(spec.name, candidates));
    const probes = candidates.map((c) => sheets.getItemOrNullObject(c));
    await context.sync();
    const free = candidates[probes.findIndex((p) => p.isNullObject)];
    if (free === undefined) throw new SheetRefusal(ES.tooManySheetsNamed(spec.name));
    const sheet = sheets.add(free);
    const height = spec.rows.length;
    let width = 0;
    for (const row of spec.rows) width = Math.max(width, row.length);
    for (const m of spec.merges ?? []) width = Math.max(width, m.right + 1);

    if (height > 0 && width > 0) {
      // Values in one 2-D assignment; text as text (a leading "-" or "=" never becomes a formula).
      const values = spec.rows.map((row) => Array.from({ length: width }, (_, c) => cellInput(row[c]?.value ?? null)));
      const formats = spec.rows.map((row) => Array.from({ length: width }, (_, c) => row[c]?.style?.numFmt ?? 'General'));
      const all = sheet.getRangeByIndexes(0, 0, height, width);
      all.numberFormat = formats;
      all.values = values;
      const font = spec.defaultFont;
      if (font?.name) all.format.font.name = font.name;
      if (font?.size) all.format.font.size = font.size;
    }
    // Cells with a style, each set once (a report has a few hundred).
    spec.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell?.style) applyStyle(sheet.getRangeByIndexes(r, c, 1, 1), cell.style);
      }),
    );
    for (const m of spec.merges ?? []) {
      const range = sheet.getRangeByIndexes(m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1);
      const style = spec.rows[m.top]?.[m.left]?.style;
      range.merge(false);
      // Borders around the whole merged area, as the master cell has them.
      if (style?.border) applyBorders(range);
    }
    (spec.widths ?? []).forEach((w, c) => {
      if (w > 0) sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = Math.round(w * POINTS_PER_CHAR);
    });
    // Wrapped rows as tall as their text (Excel on the web does not autofit rows written by code).
    // Widths above are in Calibri 11 digits (POINTS_PER_CHAR), the estimate's unit here.
    const estimated = estimateRowHeights(spec, { name: 'Calibri', size: 11 });
    spec.rows.forEach((_, r) => {
      const ht = spec.heights?.[r] ?? estimated[r];
      if (ht !== undefined) sheet.getRangeByIndexes(r, 0, 1, 1).format.rowHeight = ht;
    });
    if (spec.freeze && spec.freeze.rows > 0) {
      if (api.isSetSupported('1.7')) sheet.freezePanes.freezeRows(spec.freeze.rows);
      else skipped.push(ES.freezeHeader);
    }
    if (spec.page || spec.printTitleRows) {
      if (api.isSetSupported('1.9')) {
        const layout = sheet.pageLayout;
        if (spec.page) {
          layout.orientation = spec.page.orientation === 'landscape' ? 'Landscape' : 'Portrait';
          layout.paperSize = 'A4';
          if (spec.page.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
          const m = spec.page.margins;
          if (m) {
            layout.leftMargin = m.left * POINTS_PER_CM;
            layout.rightMargin = m.right * POINTS_PER_CM;
            layout.topMargin = m.top * POINTS_PER_CM;
            layout.bottomMargin = m.bottom * POINTS_PER_CM;
          }
          layout.centerHorizontally = true;
          if (spec.page.pageNumbers) layout.headersFooters.defaultForAllPages.centerFooter = 'Trang &P/&N';
        }
        if (spec.printTitleRows) layout.setPrintTitleRows(`$${spec.printTitleRows.first + 1}:$${spec.printTitleRows.last + 1}`);
      } else skipped.push(ES.pageSetup);
    }
    if (spec.validations?.length) {
      if (api.isSetSupported('1.8')) {
        for (const v of spec.validations) {
          const range = sheet.getRangeByIndexes(v.firstRow, v.col, v.lastRow - v.firstRow + 1, 1);
          range.dataValidation.rule = { list: { inCellDropDown: true, source: v.items.join(',') } };
        }
      } else skipped.push(ES.listWord);
    }
    sheet.activate();
    await context.sync();
    return free;
  });
  return { name, skipped };
}

function applyStyle(range: Excel.Range, s: CellStyleSpec): void {
  const f = range.format;
  if (s.font?.name) f.font.name = s.font.name;
  if (s.font?.size) f.font.size = s.font.size;
  if (s.font?.bold) f.font.bold = true;
  if (s.font?.italic) f.font.italic = true;
  if (s.font?.color) f.font.color = `#${s.font.color}`;
  if (s.fill) f.fill.color = `#${s.fill}`;
  if (s.horizontal) f.horizontalAlignment = s.horizontal === 'center' ? 'Center' : s.horizontal === 'right' ? 'Right' : 'Left';
  if (s.vertical) f.verticalAlignment = s.vertical === 'center' ? 'Center' : s.vertical === 'bottom' ? 'Bottom' : 'Top';
  if (s.wrap) f.wrapText = true;
  if (s.border) applyBorders(range);
}

function applyBorders(range: Excel.Range): void {
  for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const) range.format.borders.getItem(edge).style = 'Continuous';
}

/** The status column to add after a task table. Rows 1-based, columns 0-based. */
export interface StatusColumnRequest {
  /** The table's header rows, top to bottom (the new header is merged down over them). */
  headerRows: number[];
  /** The new column (right after the table's last column). */
  col: number;
  /** The column whose header and data cells' formats are copied (the table's last). */
  formatLike: number;
  /** "Tình hình thực hiện". */
  title: string;
  /** Data rows that get the drop-down list. */
  firstRow: number;
  lastRow: number;
  items: string[];
}

/**
 * Adds the status column on the active sheet: its title in the header (merged down over a
 * multi-row header), the header's and the data cells' formats copied from the table's last
 * column, and a drop-down of `items` on the data rows. Refuses, writing nothing, when any of
 * those cells holds something.
 */
export async function addStatusColumn(api: ExcelApi, req: StatusColumnRequest): Promise<void> {
  if (!api.isSetSupported('1.8'))
    throw new WorkbookError('unsupported', ES.statusListNeedsApi18);
  const top = req.headerRows[0]!;
  const headerBottom = req.headerRows[req.headerRows.length - 1]!;
  const bottom = Math.max(req.lastRow, headerBottom);
  await api.run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    const column = sheet.getRangeByIndexes(top - 1, req.col, bottom - top + 1, 1);
    column.load('values');
    await context.sync();
    const taken = column.values.findIndex((row) => row[0] !== '' && row[0] !== null);
    if (taken >= 0) {
      throw new SheetRefusal(
        ES.cellTaken(columnLetter(req.col), top + taken, columnLetter(req.col)),
      );
    }
    const header = sheet.getRangeByIndexes(top - 1, req.col, headerBottom - top + 1, 1);
    if (api.isSetSupported('1.9')) {
      header.copyFrom(sheet.getRangeByIndexes(top - 1, req.formatLike, headerBottom - top + 1, 1), 'Formats');
      if (req.lastRow >= req.firstRow) {
        sheet
          .getRangeByIndexes(req.firstRow - 1, req.col, req.lastRow - req.firstRow + 1, 1)
          .copyFrom(sheet.getRangeByIndexes(req.firstRow - 1, req.formatLike, req.lastRow - req.firstRow + 1, 1), 'Formats');
      }
    }
    if (headerBottom > top) header.merge(false);
    sheet.getRangeByIndexes(top - 1, req.col, 1, 1).values = [[req.title]];
    sheet.getRangeByIndexes(top - 1, req.col, 1, 1).format.columnWidth = 22 * POINTS_PER_CHAR;
    if (req.lastRow >= req.firstRow) {
      const data = sheet.getRangeByIndexes(req.firstRow - 1, req.col, req.lastRow - req.firstRow + 1, 1);
      data.dataValidation.clear();
      data.dataValidation.rule = { list: { inCellDropDown: true, source: req.items.join(',') } };
      data.dataValidation.errorAlert = {
        showAlert: true,
        style: 'Warning',
        title: 'phuluc',
        message: ES.pickFromList,
      };
    }
    await context.sync();
  });
}
