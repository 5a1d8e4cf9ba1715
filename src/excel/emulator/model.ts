/**
 * The plain data behind the Excel emulator: a workbook of sheets of cells, with merges, fills,
 * data validation, selection and settings. The emulated Excel JS API (api.ts) reads and writes it;
 * the demo page draws it; tests inspect it. Rows and columns are 0-based here.
 */
import type { Grid, MergeRange } from '../../core/grid';
import { evaluateFormula } from './formula';
import { formatNumber } from './format';

export interface CellModel {
  /** The constant, or the formula's last computed result. */
  value: string | number | boolean | null;
  /** Formula with its leading "=", when the cell holds one. */
  formula?: string;
  /** Excel error value ("#NAME?") when the formula failed. */
  error?: string;
  /** "General" when absent. */
  numberFormat?: string;
  /** "#RRGGBB" when filled. */
  fill?: string;
  /** The cell was entered with a leading apostrophe (Excel's quotePrefix style). */
  quotePrefix?: boolean;
  /** Font, alignment and borders, when set through the API (new sheets, the status column). */
  style?: CellStyleModel;
}

/** What RangeFormat can set beyond the fill: the font, alignment, wrapping and edge borders. */
export interface CellStyleModel {
  fontName?: string;
  fontSize?: number;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  horizontal?: string;
  vertical?: string;
  wrap?: boolean;
  /** Border style by edge ("EdgeTop" → "Continuous"). */
  borders?: Record<string, string>;
}

/** A worksheet's print settings as set through `worksheet.pageLayout` (ExcelApi 1.9). */
export interface PageLayoutModel {
  orientation?: string;
  paperSize?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  /** Points. */
  margins?: { left?: number; right?: number; top?: number; bottom?: number };
  centerHorizontally?: boolean;
  printTitleRows?: string;
  centerFooter?: string;
}

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface ValidationModel {
  rect: Rect;
  /** The list's source: "a,b,c" or "=Sheet!$A$1:$A$9". */
  listSource: string;
  alertStyle?: string;
}

export class SheetModel {
  rows: (CellModel | undefined)[][] = [];
  merges: Rect[] = [];
  validations: ValidationModel[] = [];
  hiddenRows = new Set<number>();
  colWidths: number[] = [];
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  /** Rows frozen at the top (worksheet.freezePanes.freezeRows). */
  frozenRows = 0;
  pageLayout: PageLayoutModel = {};

  constructor(public name: string) {}

  cell(r: number, c: number): CellModel | undefined {
    return this.rows[r]?.[c];
  }

  /** The cell at (r, c), created when missing. */
  ensure(r: number, c: number): CellModel {
    let row = this.rows[r];
    if (!row) row = this.rows[r] = [];
    let cell = row[c];
    if (!cell) cell = row[c] = { value: null };
    return cell;
  }

  /** Bounds of cells holding values (valuesOnly) or anything at all, or null when empty. */
  usedRect(valuesOnly: boolean): Rect | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    this.rows.forEach((row, r) => {
      row?.forEach((cell, c) => {
        if (!cell) return;
        const hasValue = cell.formula !== undefined || (cell.value !== null && cell.value !== '');
        const hasAnything =
          hasValue || cell.fill !== undefined || (cell.numberFormat ?? 'General') !== 'General';
        if (valuesOnly ? !hasValue : !hasAnything) return;
        if (r < top) top = r;
        if (r > bottom) bottom = r;
        if (c < left) left = c;
        if (c > right) right = c;
      });
    });
    if (bottom < 0) return null;
    return { top, left, bottom, right };
  }

  /** What Excel would display in the cell. */
  text(r: number, c: number): string {
    const cell = this.cell(r, c);
    if (!cell) return '';
    if (cell.error) return cell.error;
    const v = cell.value;
    if (v === null) return '';
    if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
    if (typeof v === 'number') return formatNumber(v, cell.numberFormat ?? 'General');
    return v;
  }

  /** Inserts n empty rows before row `at`, shifting everything below (formats are not copied). */
  insertRows(at: number, n: number): void {
    const blank: (CellModel | undefined)[][] = Array.from({ length: n }, () => []);
    if (this.rows.length < at) this.rows.length = at;
    this.rows.splice(at, 0, ...blank);
    const shift = (x: number): number => (x >= at ? x + n : x);
    this.merges = this.merges.map((m) =>
      m.top >= at ? { ...m, top: m.top + n, bottom: m.bottom + n } : m.bottom >= at ? { ...m, bottom: m.bottom + n } : m,
    );
    for (const v of this.validations) {
      if (v.rect.top >= at) v.rect = { ...v.rect, top: v.rect.top + n, bottom: v.rect.bottom + n };
      else if (v.rect.bottom >= at) v.rect = { ...v.rect, bottom: v.rect.bottom + n };
    }
    this.hiddenRows = new Set([...this.hiddenRows].map(shift));
  }

  /** Deletes n rows from row `at`, shifting everything below up. Merges touching them are dropped. */
  deleteRows(at: number, n: number): void {
    if (at < this.rows.length) this.rows.splice(at, n);
    const end = at + n - 1;
    this.merges = this.merges
      .filter((m) => m.bottom < at || m.top > end)
      .map((m) => (m.top > end ? { ...m, top: m.top - n, bottom: m.bottom - n } : m));
    this.validations = this.validations.filter((v) => !(v.rect.top >= at && v.rect.bottom <= end));
    for (const v of this.validations) {
      const top = v.rect.top > end ? v.rect.top - n : v.rect.top;
      const bottom = v.rect.bottom > end ? v.rect.bottom - n : v.rect.bottom >= at ? at - 1 : v.rect.bottom;
      v.rect = { ...v.rect, top, bottom: Math.max(top, bottom) };
    }
    const hidden = new Set<number>();
    for (const h of this.hiddenRows) if (h < at) hidden.add(h);
    else if (h > end) hidden.add(h - n);
    this.hiddenRows = hidden;
  }

  /** Recomputes every formula (the sheets here are small and formulas few). */
  recalc(): void {
    this.rows.forEach((row) =>
      row?.forEach((cell) => {
        if (!cell?.formula) return;
        const out = evaluateFormula(cell.formula, (r, c) => {
          const ref = this.cell(r, c);
          if (ref?.error) return { error: ref.error };
          return { value: ref?.value ?? null };
        });
        if ('error' in out) {
          cell.value = null;
          cell.error = out.error;
        } else {
          cell.value = out.value;
          delete cell.error;
        }
      }),
    );
  }

  mergeAt(r: number, c: number): Rect | undefined {
    return this.merges.find((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
  }
}

export interface Selection {
  sheet: string;
  rect: Rect;
}

export class WorkbookModel {
  sheets: SheetModel[] = [];
  activeIndex = 0;
  settings = new Map<string, unknown>();
  selection: Selection | null = null;
  private listeners = new Set<() => void>();
  /** Bumped on every change the API makes, so views can redraw. */
  version = 0;

  constructor(sheets: SheetModel[]) {
    this.sheets = sheets;
  }

  get active(): SheetModel {
    const s = this.sheets[this.activeIndex];
    if (!s) throw new Error('workbook has no sheet');
    return s;
  }

  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  changed(): void {
    this.version++;
    for (const fn of this.listeners) fn();
  }

  /** What a person does by clicking a cell. */
  select(rect: Rect, sheet = this.active.name): void {
    this.selection = { sheet, rect };
    this.changed();
  }
}

/** A Grid (the engine's input) loaded into a sheet, as if the workbook had been opened in Excel. */
export function sheetFromGrid(grid: Grid, colWidths?: number[]): SheetModel {
  const sheet = new SheetModel(grid.name);
  grid.rows.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (!cell) return;
      const m: CellModel = { value: null };
      if (cell.formula !== undefined) m.formula = '=' + cell.formula;
      if (cell.error) m.error = cell.error;
      else if (cell.value instanceof Date) m.value = dateToSerial(cell.value);
      else m.value = cell.value;
      if (cell.numFmt) m.numberFormat = cell.numFmt;
      else if (cell.value instanceof Date) m.numberFormat = 'dd/mm/yyyy';
      if (m.value === null && m.formula === undefined && !m.error && !m.numberFormat) return;
      const target = sheet.ensure(r, c);
      Object.assign(target, m);
    }),
  );
  sheet.merges = grid.merges.map((m: MergeRange) => ({ ...m }));
  if (grid.hiddenRows) sheet.hiddenRows = new Set(grid.hiddenRows);
  if (colWidths) sheet.colWidths = [...colWidths];
  sheet.recalc();
  return sheet;
}

export function dateToSerial(d: Date): number {
  return Math.round(d.getTime() / 86400000 + 25569);
}

/** Rect of an A1 address such as "B6", "B6:I6", "5:5" or "Sheet1!A1:B2" (sheet name dropped). */
export function parseAddress(address: string): Rect {
  const bare = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const parts = bare.replace(/\$/g, '').split(':');
  const a = parseRef(parts[0] ?? '');
  const b = parts[1] !== undefined ? parseRef(parts[1]) : a;
  const top = Math.min(a.row ?? 0, b.row ?? 0);
  const bottom = Math.max(a.row ?? 1048575, b.row ?? 1048575);
  const left = Math.min(a.col ?? 0, b.col ?? 0);
  const right = Math.max(a.col ?? 16383, b.col ?? 16383);
  return { top, left, bottom, right };
}

function parseRef(ref: string): { row?: number; col?: number } {
  const m = /^([A-Za-z]*)(\d*)$/.exec(ref.trim());
  if (!m || (!m[1] && !m[2])) throw new Error(`InvalidArgument: bad address "${ref}"`);
  const out: { row?: number; col?: number } = {};
  if (m[1]) {
    let n = 0;
    for (const ch of m[1].toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
    out.col = n - 1;
  }
  if (m[2]) {
    out.row = Number(m[2]) - 1;
    if (out.row < 0 || out.row > 1048575) throw new Error(`InvalidArgument: bad address "${ref}"`);
  }
  return out;
}
