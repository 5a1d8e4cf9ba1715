/**
 * The plain data behind the Excel emulator: a workbook of sheets of cells, with merges, fills,
 * data validation, Tables, protection, selection, settings and Excel's own undo history. The
 * emulated Excel JS API (api.ts) reads and writes it; the demo page draws it; tests inspect it
 * and act on it as a person would (typing, inserting rows, Ctrl+Z). Rows and columns are 0-based.
 */
import type { Grid, MergeRange } from '../../core/grid';
import { evaluateFormula, offsetFormulaRows, shiftFormulaRows } from './formula';
import { formatNumber, type Locale } from './format';

export type { Locale } from './format';

export interface CellModel {
  /** The constant, or the formula's last computed result. */
  value: string | number | boolean | null;
  /** Formula with its leading "=", when the cell holds one. */
  formula?: string;
  /** Excel error value ("#NAME?") when the formula failed, or typed as a constant. */
  error?: string;
  /** "General" when absent. */
  numberFormat?: string;
  /** Fill colour "#RRGGBB"; absent with `pattern` absent = no fill. */
  fill?: string;
  /** Fill pattern when filled: "Solid" (the default when a colour is set), "Gray50", ... */
  pattern?: string;
  /** Colour of the pattern's foreground. */
  patternColor?: string;
  /** The cell was entered with a leading apostrophe (Excel's quotePrefix style). */
  quotePrefix?: boolean;
  /** Font, alignment and borders, when set through the API (new sheets, the status column). */
  style?: CellStyleModel;
  /**
   * Rich text: the value's runs, each with its own font (ExcelApi 1.18 `textRuns`). Absent for
   * plain text. Writing `values` or `formulas` drops them, as typing over a cell does in Excel;
   * never mutated in place (snapshots share it).
   */
  runs?: readonly TextRunModel[];
}

/** One run of a rich-text cell: its text and the font properties it sets (others: the cell's). */
export interface TextRunModel {
  text: string;
  font: RunFontModel;
}

/** Font properties a run can carry, as Excel.CellPropertiesFont names them. */
export interface RunFontModel {
  name?: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  color?: string;
  underline?: string;
  strikethrough?: boolean;
  subscript?: boolean;
  superscript?: boolean;
  tintAndShade?: number;
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

/** A data-validation rule as Office.js describes it (DataValidationRule), over one rectangle. */
export interface ValidationModel {
  rect: Rect;
  /** Office.js DataValidationType: "List", "WholeNumber", "Custom"... */
  type: string;
  /** The rule object as set (e.g. { list: { inCellDropDown, source } }). */
  rule: Record<string, unknown>;
  /** The list's source, for list rules: "a,b,c" or "=Sheet!$A$1:$A$9". */
  listSource?: string;
  alertStyle?: string;
  errorAlert?: Record<string, unknown>;
  prompt?: Record<string, unknown>;
  ignoreBlanks?: boolean;
}

/**
 * An Excel Table (ListObject): `rect` includes the header row (its top row). A column with a
 * formula is a calculated column: Excel fills the formula into every body row, including rows
 * inserted later. Formulas are kept as written for the first body row.
 */
export interface TableModel {
  id: string;
  name: string;
  rect: Rect;
  /** Calculated columns: sheet column → formula (with "=") as in the first body row. */
  columnFormulas: Map<number, string>;
}

let idCounter = 0;

/** A new sheet id in the form Excel uses: "{00000000-0001-0000-C000-000000000046}". */
export function newSheetId(): string {
  idCounter += 1;
  const n = idCounter.toString(16).toUpperCase().padStart(4, '0');
  return `{00000000-${n}-0000-C000-000000000046}`;
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && a.bottom >= b.top && a.left <= b.right && a.right >= b.left;
}

export class SheetModel {
  /** Excel's `Worksheet.id`: stable across renames, never reused. */
  readonly id = newSheetId();
  rows: (CellModel | undefined)[][] = [];
  merges: Rect[] = [];
  validations: ValidationModel[] = [];
  tables: TableModel[] = [];
  hiddenRows = new Set<number>();
  /** Row heights in points, where not the default 15. */
  rowHeights = new Map<number, number>();
  colWidths: number[] = [];
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  /** Rows frozen at the top (worksheet.freezePanes.freezeRows). */
  frozenRows = 0;
  pageLayout: PageLayoutModel = {};
  /** Protected: every write to a (locked) cell, row insert or delete fails with AccessDenied. */
  protected = false;
  /** Regional settings of the PC: how numbers and dates display, how typed text is read. */
  locale: Locale = 'vi-VN';
  /** The workbook counts serials from 1904 (display only; values stay serials). */
  date1904 = false;
  /**
   * The workbook the sheet belongs to (set by WorkbookModel): formulas read its other sheets,
   * and its other sheets' references follow this sheet's moved rows.
   */
  workbook: WorkbookModel | undefined = undefined;

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
        const hasValue = cell.formula !== undefined || cell.error !== undefined || (cell.value !== null && cell.value !== '');
        const hasAnything =
          hasValue || cell.fill !== undefined || cell.pattern !== undefined || (cell.numberFormat ?? 'General') !== 'General';
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

  /** What Excel would display in the cell, in this PC's regional settings. */
  text(r: number, c: number): string {
    const cell = this.cell(r, c);
    if (!cell) return '';
    if (cell.error) return cell.error;
    const v = cell.value;
    if (v === null) return '';
    if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
    if (typeof v === 'number') return formatNumber(v, cell.numberFormat ?? 'General', this.locale, this.date1904);
    return v;
  }

  tableAt(r: number, c: number): TableModel | undefined {
    return this.tables.find((t) => r >= t.rect.top && r <= t.rect.bottom && c >= t.rect.left && c <= t.rect.right);
  }

  /** Adds a Table over `rect` (header row first), as Insert > Table does. */
  addTable(name: string, rect: Rect): TableModel {
    if (this.tables.some((t) => overlaps(t.rect, rect))) throw new Error('tables cannot overlap');
    const table: TableModel = { id: String(this.tables.length + 1), name, rect: { ...rect }, columnFormulas: new Map() };
    this.tables.push(table);
    return table;
  }

  /** Fills a calculated column's formula into every body row of its Table. */
  fillCalculatedColumn(table: TableModel, col: number): void {
    const formula = table.columnFormulas.get(col);
    if (!formula) return;
    for (let r = table.rect.top + 1; r <= table.rect.bottom; r++) {
      const cell = this.ensure(r, col);
      cell.formula = offsetFormulaRows(formula, r - (table.rect.top + 1));
      cell.value = null;
      delete cell.error;
      delete cell.quotePrefix;
    }
  }

  /** Inserts n empty rows before row `at`, shifting everything below (formats are not copied). */
  insertRows(at: number, n: number): void {
    const blank: (CellModel | undefined)[][] = Array.from({ length: n }, () => []);
    if (this.rows.length < at) this.rows.length = at;
    this.rows.splice(at, 0, ...blank);
    const shift = (x: number): number => (x >= at ? x + n : x);
    // A merge grows when rows go inside it (not above its top row).
    this.merges = this.merges.map((m) =>
      m.top >= at ? { ...m, top: m.top + n, bottom: m.bottom + n } : m.bottom >= at ? { ...m, bottom: m.bottom + n } : m,
    );
    for (const v of this.validations) {
      if (v.rect.top >= at) v.rect = { ...v.rect, top: v.rect.top + n, bottom: v.rect.bottom + n };
      else if (v.rect.bottom >= at) v.rect = { ...v.rect, bottom: v.rect.bottom + n };
    }
    const grown: TableModel[] = [];
    for (const t of this.tables) {
      if (t.rect.top >= at) t.rect = { ...t.rect, top: t.rect.top + n, bottom: t.rect.bottom + n };
      else if (t.rect.bottom >= at) {
        t.rect = { ...t.rect, bottom: t.rect.bottom + n };
        grown.push(t);
      }
    }
    this.hiddenRows = new Set([...this.hiddenRows].map(shift));
    this.rowHeights = new Map([...this.rowHeights].map(([r, h]) => [shift(r), h]));
    this.shiftFormulas(at + 1, n);
    // New rows inside a Table get its calculated columns.
    for (const t of grown) for (const col of t.columnFormulas.keys()) this.fillCalculatedColumn(t, col);
  }

  /**
   * Deletes n rows from row `at`, shifting everything below up. Like Excel, a merged area loses
   * the deleted rows and shrinks (its value stays only if its top-left cell survives); a Table
   * shrinks, and goes when its header row goes.
   */
  deleteRows(at: number, n: number): void {
    if (at < this.rows.length) this.rows.splice(at, n);
    const end = at + n - 1;
    const squeeze = (r: Rect): Rect | null => {
      if (r.bottom < at) return r;
      if (r.top > end) return { ...r, top: r.top - n, bottom: r.bottom - n };
      const top = r.top < at ? r.top : at;
      const bottom = r.bottom > end ? r.bottom - n : at - 1;
      return bottom < top ? null : { ...r, top, bottom };
    };
    const merges: Rect[] = [];
    for (const m of this.merges) {
      const s = squeeze(m);
      if (s && (s.bottom > s.top || s.right > s.left)) merges.push(s);
    }
    this.merges = merges;
    const validations: ValidationModel[] = [];
    for (const v of this.validations) {
      const s = squeeze(v.rect);
      if (s) validations.push({ ...v, rect: s });
    }
    this.validations = validations;
    const tables: TableModel[] = [];
    for (const t of this.tables) {
      if (t.rect.top >= at && t.rect.top <= end) continue;
      const s = squeeze(t.rect);
      if (s) tables.push({ ...t, rect: s });
    }
    this.tables = tables;
    const hidden = new Set<number>();
    for (const h of this.hiddenRows) if (h < at) hidden.add(h);
    else if (h > end) hidden.add(h - n);
    this.hiddenRows = hidden;
    const heights = new Map<number, number>();
    for (const [r, h] of this.rowHeights) if (r < at) heights.set(r, h);
    else if (r > end) heights.set(r - n, h);
    this.rowHeights = heights;
    this.shiftFormulas(at + 1, -n);
  }

  /**
   * References follow moved rows of this sheet (1-based `at`), as Excel moves them: in this
   * sheet's formulas and Table columns, and in every other sheet of the workbook that refers
   * to this one ('Phụ lục'!B7:B13). All formulas are rewritten before any is changed, so a
   * FormulaRewriteError leaves every formula as it was.
   */
  private shiftFormulas(at: number, count: number): void {
    const sheets = this.workbook?.sheets.includes(this) ? this.workbook.sheets : [this];
    const writes: (() => void)[] = [];
    for (const sheet of sheets) {
      for (const t of sheet.tables)
        for (const [col, f] of t.columnFormulas) {
          const moved = shiftFormulaRows(f, at, count, sheet.name, this.name);
          if (moved !== f) writes.push(() => t.columnFormulas.set(col, moved));
        }
      for (const row of sheet.rows)
        if (row)
          for (const cell of row)
            if (cell?.formula) {
              const moved = shiftFormulaRows(cell.formula, at, count, sheet.name, this.name);
              if (moved !== cell.formula) writes.push(() => (cell.formula = moved));
            }
    }
    for (const w of writes) w();
  }

  /** A cell as formulas read it. */
  private read(r: number, c: number): { value: string | number | boolean | null } | { error: string } {
    const ref = this.cell(r, c);
    if (ref?.error) return { error: ref.error };
    return { value: ref?.value ?? null };
  }

  /**
   * Recomputes every formula in row order (the sheets here are small and formulas few);
   * sheet-qualified references read the workbook's other sheets as they are now. Returns
   * whether a formula read another sheet and whether any value changed (WorkbookModel.recalc
   * repeats until the sheets agree).
   */
  recalc(): { crossSheet: boolean; changed: boolean } {
    let crossSheet = false;
    let changed = false;
    const wb = this.workbook;
    const sheets = wb
      ? (name: string) => {
          const other = wb.sheetByName(name);
          if (!other) return undefined;
          if (other !== this) crossSheet = true;
          return (r: number, c: number) => other.read(r, c);
        }
      : undefined;
    this.rows.forEach((row) =>
      row?.forEach((cell) => {
        if (!cell?.formula) return;
        const out = evaluateFormula(cell.formula, (r, c) => this.read(r, c), this.date1904, this.name, sheets);
        if ('error' in out) {
          if (cell.value !== null || cell.error !== out.error) changed = true;
          cell.value = null;
          cell.error = out.error;
        } else {
          if (cell.value !== out.value || cell.error !== undefined) changed = true;
          cell.value = out.value;
          delete cell.error;
        }
      }),
    );
    return { crossSheet, changed };
  }

  /** The merged area that covers (r, c). */
  mergeAt(r: number, c: number): Rect | undefined {
    return this.merges.find((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
  }

  clone(): SheetModel {
    const copy = Object.assign(Object.create(SheetModel.prototype) as SheetModel, this);
    copy.rows = this.rows.map((row) => (row ? row.map((c) => (c ? { ...c } : undefined)) : row));
    copy.merges = this.merges.map((m) => ({ ...m }));
    copy.validations = this.validations.map((v) => ({ ...v, rect: { ...v.rect } }));
    copy.tables = this.tables.map((t) => ({ ...t, rect: { ...t.rect }, columnFormulas: new Map(t.columnFormulas) }));
    copy.hiddenRows = new Set(this.hiddenRows);
    copy.rowHeights = new Map(this.rowHeights);
    copy.colWidths = [...this.colWidths];
    return copy;
  }
}

export interface Selection {
  sheet: string;
  rect: Rect;
}

interface Snapshot {
  sheets: SheetModel[];
  activeIndex: number;
  settings: Map<string, unknown>;
}

export class WorkbookModel {
  sheets: SheetModel[] = [];
  activeIndex = 0;
  settings = new Map<string, unknown>();
  selection: Selection | null = null;
  private listeners = new Set<() => void>();
  /** Bumped on every change the API makes, so views can redraw. */
  version = 0;
  private localeValue: Locale = 'vi-VN';
  private date1904Value = false;
  /**
   * Excel's own undo stack (Ctrl+Z), kept only when `keepHistory` is set (tests): one record per
   * context.sync() that wrote, or per Excel.run with mergeUndoGroup; some calls (sheet
   * visibility, adding a sheet) clear it, as Microsoft documents.
   */
  keepHistory = false;
  private history: Snapshot[] = [];

  constructor(sheets: SheetModel[], options: { locale?: Locale; date1904?: boolean } = {}) {
    this.sheets = sheets;
    for (const s of sheets) s.workbook = this;
    if (options.locale) this.locale = options.locale;
    else for (const s of sheets) s.locale = this.localeValue;
    if (options.date1904 !== undefined) this.date1904 = options.date1904;
  }

  /** The PC's regional settings (display text, how typed text is read). */
  get locale(): Locale {
    return this.localeValue;
  }

  set locale(l: Locale) {
    this.localeValue = l;
    for (const s of this.sheets) s.locale = l;
  }

  get date1904(): boolean {
    return this.date1904Value;
  }

  set date1904(v: boolean) {
    this.date1904Value = v;
    for (const s of this.sheets) s.date1904 = v;
  }

  addSheet(sheet: SheetModel): SheetModel {
    sheet.locale = this.localeValue;
    sheet.date1904 = this.date1904Value;
    sheet.workbook = this;
    this.sheets.push(sheet);
    return sheet;
  }

  /** Puts `sheet` in place of the sheet at `index` (a view redrawn from new data). */
  replaceSheet(index: number, sheet: SheetModel): void {
    sheet.locale = this.localeValue;
    sheet.date1904 = this.date1904Value;
    sheet.workbook = this;
    this.sheets[index] = sheet;
  }

  /** A sheet by name, case-insensitively (as formulas name sheets). */
  sheetByName(name: string): SheetModel | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key);
  }

  /**
   * Recomputes every formula of every sheet, as Excel does after an edit; formulas that read
   * other sheets are computed again until the sheets agree (at most once per sheet more).
   */
  recalc(): void {
    for (let pass = 0; pass <= this.sheets.length; pass++) {
      let again = false;
      for (const s of this.sheets) {
        const r = s.recalc();
        if (r.crossSheet && r.changed) again = true;
      }
      if (!again) return;
    }
  }

  get active(): SheetModel {
    const s = this.sheets[this.activeIndex];
    if (!s) throw new Error('workbook has no sheet');
    return s;
  }

  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** A sheet by its id or (case-insensitively, as Excel) its name. */
  sheetByKey(key: string): SheetModel | undefined {
    return this.sheets.find((s) => s.id === key) ?? this.sheets.find((s) => s.name.toLowerCase() === key.toLowerCase());
  }

  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  changed(): void {
    this.version++;
    for (const fn of this.listeners) fn();
  }

  /** What a person does by clicking a cell (switching to its sheet). */
  select(rect: Rect, sheet = this.active.name): void {
    const s = this.sheet(sheet);
    if (s) this.activeIndex = this.sheets.indexOf(s);
    this.selection = { sheet, rect };
    this.changed();
  }

  /** What a person does by clicking a sheet's tab. */
  activate(sheet: SheetModel): void {
    this.activeIndex = this.sheets.indexOf(sheet);
    this.selection = { sheet: sheet.name, rect: { top: 0, left: 0, bottom: 0, right: 0 } };
    this.changed();
  }

  /** Records the workbook as it is now as one step of Excel's undo (when keepHistory). */
  recordUndo(): void {
    if (!this.keepHistory) return;
    this.history.push({
      sheets: this.sheets.map((s) => s.clone()),
      activeIndex: this.activeIndex,
      settings: new Map(this.settings),
    });
    if (this.history.length > 100) this.history.shift();
  }

  clearUndo(): void {
    this.history = [];
  }

  get undoDepth(): number {
    return this.history.length;
  }

  /** Ctrl+Z: puts the workbook back as it was before the last undo record. False when none. */
  userUndo(): boolean {
    const snap = this.history.pop();
    if (!snap) return false;
    // Keep sheet objects (views and tests hold them): copy the recorded state into them by id.
    const byId = new Map(this.sheets.map((s) => [s.id, s]));
    this.sheets = snap.sheets.map((recorded) => {
      const live = byId.get(recorded.id);
      if (!live) return recorded;
      Object.assign(live, recorded);
      return live;
    });
    this.activeIndex = snap.activeIndex;
    this.settings = snap.settings;
    this.changed();
    return true;
  }

  /** A person's own edit (typing, inserting or deleting rows): one step of Excel's undo. */
  user(edit: () => void): void {
    this.recordUndo();
    edit();
    this.recalc();
    this.changed();
  }
}

/**
 * A Grid (the engine's input) loaded into a sheet, as if the workbook had been opened in Excel.
 * Formulas are computed on this sheet alone unless `recalc` is false: then each formula shows
 * the value the Grid holds (the file's cached value, or the reader's computed one), as Excel
 * shows a workbook it opens without recalculating. Formulas that read other sheets need the
 * workbook: WorkbookModel.recalc().
 */
export function sheetFromGrid(grid: Grid, colWidths?: number[], options: { recalc?: boolean } = {}): SheetModel {
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
      // The font the .xlsx reader gave (a TCVN3/VNI cell's .VnTime), as the cell's style.
      if (cell.font !== undefined) m.style = { fontName: cell.font };
      if (m.value === null && m.formula === undefined && !m.error && !m.numberFormat && !m.style) return;
      const target = sheet.ensure(r, c);
      Object.assign(target, m);
    }),
  );
  sheet.merges = grid.merges.map((m: MergeRange) => ({ ...m }));
  if (grid.hiddenRows) sheet.hiddenRows = new Set(grid.hiddenRows);
  if (colWidths) sheet.colWidths = [...colWidths];
  if (options.recalc !== false) sheet.recalc();
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
