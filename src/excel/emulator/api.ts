/**
 * An in-memory emulation of the subset of the Excel JavaScript API that src/excel uses, over a
 * WorkbookModel. Like Excel it queues every load and write until context.sync(), refuses to read
 * a property that was not loaded and synced (PropertyNotLoaded), limits one request and one
 * response to 5 MB (Excel on the web), and turns text written to `values` that starts with "=",
 * "+", "-" or "@" into a formula unless it carries a leading apostrophe or the cell is formatted
 * as text ("@"). It counts runs, syncs and payload bytes for tests.
 */
import { columnLetter } from '../../core/grid';
import { parseAddress, SheetModel, type CellModel, type CellStyleModel, type PageLayoutModel, type Rect, type WorkbookModel } from './model';

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
export const CELL_READ_LIMIT = 5_000_000;

export class EmulatedExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

export interface EmulatorStats {
  runs: number;
  syncs: number;
  /** Bytes of each sync's response (loaded data), in order. */
  responseBytes: number[];
  /** Bytes of each sync's request (written data), in order. */
  requestBytes: number[];
}

export interface EmulatorOptions {
  /** Highest ExcelApi requirement set the emulated host supports, e.g. "1.7". Default "1.20". */
  apiVersion?: string;
}

export interface ExcelEmulator {
  model: WorkbookModel;
  stats: EmulatorStats;
  /** Drop-in for Excel.run. */
  run: typeof Excel.run;
  /** Drop-in for Office.context.requirements.isSetSupported. */
  isSetSupported(name: string, version?: string): boolean;
  resetStats(): void;
}

const FORMULA_START = /^[=+\-@]/;

function versionAtLeast(have: string, want: string): boolean {
  const [ha = 0, hb = 0] = have.split('.').map(Number);
  const [wa = 0, wb = 0] = want.split('.').map(Number);
  return ha > wa || (ha === wa && hb >= wb);
}

export function createExcelEmulator(model: WorkbookModel, options: EmulatorOptions = {}): ExcelEmulator {
  const apiVersion = options.apiVersion ?? '1.20';
  const stats: EmulatorStats = { runs: 0, syncs: 0, responseBytes: [], requestBytes: [] };
  const emu: ExcelEmulator = {
    model,
    stats,
    isSetSupported: (name, version = '1.1') => name === 'ExcelApi' && versionAtLeast(apiVersion, version),
    resetStats() {
      stats.runs = 0;
      stats.syncs = 0;
      stats.responseBytes = [];
      stats.requestBytes = [];
    },
    run: (async (...args: unknown[]) => {
      const batch = args.find((a) => typeof a === 'function') as (ctx: unknown) => Promise<unknown>;
      stats.runs++;
      const ctx = new RequestContext(model, stats, apiVersion);
      const result = await batch(ctx);
      if (ctx.pending()) await ctx.sync();
      return result;
    }) as unknown as typeof Excel.run,
  };
  return emu;
}

type Action = () => void;

class RequestContext {
  private queue: Action[] = [];
  private responseBytes = 0;
  private requestBytes = 0;
  private wrote = false;
  readonly workbook: Workbook;

  constructor(
    readonly model: WorkbookModel,
    private readonly stats: EmulatorStats,
    readonly apiVersion: string,
  ) {
    this.workbook = new Workbook(this);
  }

  pending(): boolean {
    return this.queue.length > 0;
  }

  enqueue(action: Action): void {
    this.queue.push(action);
  }

  write(bytes: number, action: Action): void {
    this.requestBytes += bytes;
    this.wrote = true;
    this.queue.push(action);
  }

  respond(data: unknown): void {
    this.responseBytes += JSON.stringify(data ?? null).length;
  }

  requireApi(version: string, what: string): void {
    if (!versionAtLeast(this.apiVersion, version))
      throw new EmulatedExcelError('ApiNotFound', `${what} needs ExcelApi ${version}`);
  }

  async sync(): Promise<void> {
    this.stats.syncs++;
    const queue = this.queue;
    this.queue = [];
    const requestBytes = this.requestBytes;
    this.requestBytes = 0;
    this.responseBytes = 0;
    this.stats.requestBytes.push(requestBytes);
    if (requestBytes > PAYLOAD_LIMIT) {
      this.stats.responseBytes.push(0);
      throw new EmulatedExcelError('RequestPayloadSizeLimitExceeded', `request of ${requestBytes} bytes`);
    }
    try {
      for (const action of queue) action();
    } finally {
      this.stats.responseBytes.push(this.responseBytes);
      if (this.wrote) {
        this.wrote = false;
        for (const s of this.model.sheets) s.recalc();
        this.model.changed();
      }
    }
    if (this.responseBytes > PAYLOAD_LIMIT)
      throw new EmulatedExcelError('ResponsePayloadSizeLimitExceeded', `response of ${this.responseBytes} bytes`);
    await Promise.resolve();
  }
}

/** Base of every proxy: loaded properties are readable only after load() and sync(). */
class ClientObject {
  protected loaded = new Map<string, unknown>();
  private nullResolved: boolean | undefined;

  constructor(
    protected readonly ctx: RequestContext,
    private readonly nullable = false,
  ) {
    if (nullable) ctx.enqueue(() => (this.nullResolved = this.isNull()));
  }

  /** Overridden by OrNullObject proxies. */
  protected isNull(): boolean {
    return false;
  }

  get isNullObject(): boolean {
    if (!this.nullable) return false;
    if (this.nullResolved === undefined) throw notLoaded('isNullObject');
    return this.nullResolved;
  }

  protected read(name: string): unknown {
    if (!this.loaded.has(name)) throw notLoaded(name);
    return this.loaded.get(name);
  }

  protected fetch(_name: string): unknown {
    throw new EmulatedExcelError('InvalidArgument', `unknown property ${_name}`);
  }

  load(props?: string | string[] | Record<string, unknown>): this {
    const names =
      typeof props === 'string'
        ? props.split(',').map((s) => s.trim()).filter(Boolean)
        : Array.isArray(props)
          ? props
          : props
            ? Object.keys(props)
            : this.defaultProps();
    this.ctx.enqueue(() => {
      if (this.isNull()) return;
      const data: Record<string, unknown> = {};
      for (const n of names) data[n] = this.fetch(n);
      this.ctx.respond(data);
      for (const n of names) this.loaded.set(n, data[n]);
    });
    return this;
  }

  protected defaultProps(): string[] {
    return [];
  }
}

function notLoaded(name: string): EmulatedExcelError {
  return new EmulatedExcelError(
    'PropertyNotLoaded',
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

class Workbook extends ClientObject {
  readonly worksheets: WorksheetCollection;
  readonly settings: SettingCollection;

  constructor(ctx: RequestContext) {
    super(ctx);
    this.worksheets = new WorksheetCollection(ctx);
    this.settings = new SettingCollection(ctx);
  }

  getSelectedRange(): Range {
    return new Range(this.ctx, () => {
      const sel = this.ctx.model.selection;
      const sheet = (sel && this.ctx.model.sheet(sel.sheet)) || this.ctx.model.active;
      return { sheet, rect: sel?.rect ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }
}

class WorksheetCollection extends ClientObject {
  getActiveWorksheet(): Worksheet {
    return new Worksheet(this.ctx, () => this.ctx.model.active);
  }

  getItem(name: string): Worksheet {
    return new Worksheet(this.ctx, () => {
      const s = this.ctx.model.sheet(name);
      if (!s) throw new EmulatedExcelError('ItemNotFound', `no sheet ${name}`);
      return s;
    });
  }

  getItemOrNullObject(name: string): Worksheet {
    return new Worksheet(this.ctx, () => this.ctx.model.sheet(name) ?? null, true);
  }

  add(name: string): Worksheet {
    this.ctx.write(name.length, () => {
      if (this.ctx.model.sheet(name)) throw new EmulatedExcelError('ItemAlreadyExists', `sheet ${name} exists`);
      this.ctx.model.sheets.push(new SheetModel(name));
    });
    return this.getItem(name);
  }
}

class Worksheet extends ClientObject {
  constructor(
    ctx: RequestContext,
    private readonly resolve: () => SheetModel | null,
    nullable = false,
  ) {
    super(ctx, nullable);
  }

  protected override isNull(): boolean {
    return this.resolve() === null;
  }

  sheet(): SheetModel {
    const s = this.resolve();
    if (!s) throw new EmulatedExcelError('InvalidObjectPath', 'null worksheet');
    return s;
  }

  protected override fetch(name: string): unknown {
    const s = this.sheet();
    if (name === 'name') return s.name;
    if (name === 'visibility') return s.visibility;
    if (name === 'position') return this.ctx.model.sheets.indexOf(s);
    return super.fetch(name);
  }

  protected override defaultProps(): string[] {
    return ['name', 'visibility', 'position'];
  }

  get name(): string {
    return this.read('name') as string;
  }

  set visibility(v: 'Visible' | 'Hidden' | 'VeryHidden') {
    this.ctx.write(10, () => (this.sheet().visibility = v));
  }

  /** Makes the sheet the active one (as clicking its tab does). */
  activate(): void {
    this.ctx.write(10, () => {
      const s = this.sheet();
      this.ctx.model.activeIndex = this.ctx.model.sheets.indexOf(s);
      this.ctx.model.selection = { sheet: s.name, rect: { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }

  get freezePanes(): { freezeRows(count: number): void } {
    this.ctx.requireApi('1.7', 'Worksheet.freezePanes');
    return { freezeRows: (count: number) => this.ctx.write(10, () => (this.sheet().frozenRows = count)) };
  }

  get pageLayout(): EmulatedPageLayout {
    this.ctx.requireApi('1.9', 'Worksheet.pageLayout');
    return new EmulatedPageLayout(this.ctx, () => this.sheet());
  }

  getRange(address?: string): Range {
    return new Range(this.ctx, () => ({
      sheet: this.sheet(),
      rect: address ? parseAddress(address) : { top: 0, left: 0, bottom: 1048575, right: 16383 },
    }));
  }

  getRangeByIndexes(row: number, col: number, rowCount: number, colCount: number): Range {
    if (rowCount < 1 || colCount < 1) throw new EmulatedExcelError('InvalidArgument', 'empty range');
    return new Range(this.ctx, () => ({
      sheet: this.sheet(),
      rect: { top: row, left: col, bottom: row + rowCount - 1, right: col + colCount - 1 },
    }));
  }

  getUsedRange(valuesOnly = false): Range {
    return new Range(this.ctx, () => {
      const sheet = this.sheet();
      return { sheet, rect: sheet.usedRect(valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return new Range(
      this.ctx,
      () => {
        const sheet = this.sheet();
        const rect = sheet.usedRect(valuesOnly);
        return rect ? { sheet, rect } : null;
      },
      true,
    );
  }
}

interface Target {
  sheet: SheetModel;
  rect: Rect;
}

type Grid2D<T> = T[][];

function cellsOf(rect: Rect): number {
  return (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
}

function matrix<T>(rect: Rect, f: (r: number, c: number) => T): Grid2D<T> {
  const out: Grid2D<T> = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row: T[] = [];
    for (let c = rect.left; c <= rect.right; c++) row.push(f(r, c));
    out.push(row);
  }
  return out;
}

function addressOf(t: Target): string {
  const { rect } = t;
  const a = `${columnLetter(rect.left)}${rect.top + 1}`;
  const b = `${columnLetter(rect.right)}${rect.bottom + 1}`;
  const quoted = /^[A-Za-z0-9_]+$/.test(t.sheet.name) ? t.sheet.name : `'${t.sheet.name.replace(/'/g, "''")}'`;
  return `${quoted}!${a === b ? a : `${a}:${b}`}`;
}

function isEntireRows(rect: Rect): boolean {
  return rect.left === 0 && rect.right === 16383;
}

/** What Excel does with one value typed or written into a cell through `values` or `formulas`. */
export function enterValue(sheet: SheetModel, r: number, c: number, input: unknown): void {
  if (input === null || input === undefined) return; // Office.js: null leaves the cell as it is
  const cell = sheet.ensure(r, c);
  delete cell.formula;
  delete cell.error;
  delete cell.quotePrefix;
  const textFormat = cell.numberFormat === '@';
  if (typeof input === 'number' || typeof input === 'boolean') {
    cell.value = textFormat ? String(input) : input;
    return;
  }
  const s = String(input);
  if (s === '') {
    cell.value = null;
    return;
  }
  if (s.startsWith("'")) {
    cell.value = s.slice(1);
    cell.quotePrefix = true;
    return;
  }
  if (textFormat) {
    cell.value = s;
    return;
  }
  if (FORMULA_START.test(s) && s.length > 1 && Number.isNaN(Number(s))) {
    cell.formula = s.startsWith('=') ? s : '=' + s;
    cell.value = null;
    return;
  }
  if (/^[+-]?\d+(\.\d+)?$/.test(s.trim())) {
    cell.value = Number(s);
    return;
  }
  if (/^(TRUE|FALSE)$/i.test(s)) {
    cell.value = s.toUpperCase() === 'TRUE';
    return;
  }
  const date = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s.trim());
  if (date) {
    const [, d, m, y] = date;
    const t = Date.UTC(Number(y), Number(m) - 1, Number(d));
    if (new Date(t).getUTCDate() === Number(d)) {
      cell.value = Math.round(t / 86400000 + 25569);
      if ((cell.numberFormat ?? 'General') === 'General') cell.numberFormat = 'dd/mm/yyyy';
      return;
    }
  }
  cell.value = s;
}

class Range extends ClientObject {
  private target: Target | null | undefined;
  readonly format: RangeFormat;
  readonly dataValidation: DataValidation;

  constructor(
    ctx: RequestContext,
    private readonly resolver: () => Target | null,
    nullable = false,
  ) {
    super(ctx, nullable);
    this.format = new RangeFormat(ctx, this);
    this.dataValidation = new DataValidation(ctx, this);
  }

  protected override isNull(): boolean {
    return this.resolveTarget() === null;
  }

  private resolveTarget(): Target | null {
    if (this.target === undefined) this.target = this.resolver();
    return this.target;
  }

  t(): Target {
    const t = this.resolveTarget();
    if (!t) throw new EmulatedExcelError('InvalidObjectPath', 'null range');
    return t;
  }

  protected override defaultProps(): string[] {
    return ['address', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount', 'values', 'text', 'formulas', 'numberFormat', 'valueTypes'];
  }

  protected override fetch(name: string): unknown {
    const { sheet, rect } = this.t();
    const cellProp = ['values', 'text', 'formulas', 'numberFormat', 'valueTypes'].includes(name);
    if (cellProp && cellsOf(rect) > CELL_READ_LIMIT)
      throw new EmulatedExcelError('ResponsePayloadSizeLimitExceeded', `reading ${cellsOf(rect)} cells`);
    const get = (r: number, c: number): CellModel | undefined => sheet.cell(r, c);
    switch (name) {
      case 'address':
        return addressOf({ sheet, rect });
      case 'rowIndex':
        return rect.top;
      case 'columnIndex':
        return rect.left;
      case 'rowCount':
        return rect.bottom - rect.top + 1;
      case 'columnCount':
        return rect.right - rect.left + 1;
      case 'values':
        return matrix(rect, (r, c) => {
          const cell = get(r, c);
          return cell?.error ?? cell?.value ?? '';
        });
      case 'text':
        return matrix(rect, (r, c) => sheet.text(r, c));
      case 'formulas':
        return matrix(rect, (r, c) => {
          const cell = get(r, c);
          return cell?.formula ?? cell?.value ?? '';
        });
      case 'numberFormat':
        return matrix(rect, (r, c) => get(r, c)?.numberFormat ?? 'General');
      case 'valueTypes':
        return matrix(rect, (r, c) => {
          const cell = get(r, c);
          if (cell?.error) return 'Error';
          const v = cell?.value;
          if (v === null || v === undefined || v === '') return 'Empty';
          return typeof v === 'number' ? 'Double' : typeof v === 'boolean' ? 'Boolean' : 'String';
        });
      default:
        return super.fetch(name);
    }
  }

  get address(): string {
    return this.read('address') as string;
  }
  get rowIndex(): number {
    return this.read('rowIndex') as number;
  }
  get columnIndex(): number {
    return this.read('columnIndex') as number;
  }
  get rowCount(): number {
    return this.read('rowCount') as number;
  }
  get columnCount(): number {
    return this.read('columnCount') as number;
  }
  get values(): unknown[][] {
    return this.read('values') as unknown[][];
  }
  set values(v: unknown[][]) {
    this.writeCells('values', v);
  }
  get formulas(): unknown[][] {
    return this.read('formulas') as unknown[][];
  }
  set formulas(v: unknown[][]) {
    this.writeCells('formulas', v);
  }
  get text(): string[][] {
    return this.read('text') as string[][];
  }
  get valueTypes(): string[][] {
    return this.read('valueTypes') as string[][];
  }
  get numberFormat(): unknown[][] {
    return this.read('numberFormat') as unknown[][];
  }
  set numberFormat(v: unknown[][]) {
    this.ctx.write(JSON.stringify(v).length, () => {
      const { sheet, rect } = this.t();
      this.each(rect, v, 'numberFormat', (r, c, x) => {
        if (x === null || x === undefined) return;
        const cell = sheet.ensure(r, c);
        if (x === 'General') delete cell.numberFormat;
        else cell.numberFormat = String(x);
      });
    });
  }

  private each(rect: Rect, v: unknown, prop: string, f: (r: number, c: number, x: unknown) => void): void {
    if (!Array.isArray(v)) {
      for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) f(r, c, v);
      return;
    }
    const rows = rect.bottom - rect.top + 1;
    const cols = rect.right - rect.left + 1;
    if (v.length !== rows || v.some((row) => !Array.isArray(row) || row.length !== cols))
      throw new EmulatedExcelError(
        'InvalidArgument',
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${prop}).`,
      );
    v.forEach((row: unknown[], i) => row.forEach((x, j) => f(rect.top + i, rect.left + j, x)));
  }

  private writeCells(prop: string, v: unknown): void {
    this.ctx.write(JSON.stringify(v).length, () => {
      const { sheet, rect } = this.t();
      this.each(rect, v, prop, (r, c, x) => enterValue(sheet, r, c, x));
    });
  }

  insert(shift: string): Range {
    this.ctx.write(10, () => {
      const { sheet, rect } = this.t();
      if (shift !== 'Down' || !isEntireRows(rect))
        throw new EmulatedExcelError('NotImplemented', 'the emulator inserts entire rows only');
      const n = rect.bottom - rect.top + 1;
      sheet.insertRows(rect.top, n);
      // Like Excel, new rows take the formats of the row above.
      const above = sheet.rows[rect.top - 1];
      if (above)
        for (let i = 0; i < n; i++)
          above.forEach((cell, c) => {
            if (!cell) return;
            const nf = cell.numberFormat;
            const fill = cell.fill;
            if (nf === undefined && fill === undefined) return;
            const target = sheet.ensure(rect.top + i, c);
            if (nf !== undefined) target.numberFormat = nf;
            if (fill !== undefined) target.fill = fill;
          });
    });
    return new Range(this.ctx, () => this.t());
  }

  delete(shift: string): void {
    this.ctx.write(10, () => {
      const { sheet, rect } = this.t();
      if (shift !== 'Up' || !isEntireRows(rect))
        throw new EmulatedExcelError('NotImplemented', 'the emulator deletes entire rows only');
      sheet.deleteRows(rect.top, rect.bottom - rect.top + 1);
    });
  }

  clear(applyTo = 'All'): void {
    this.ctx.write(10, () => {
      const { sheet, rect } = this.t();
      for (let r = rect.top; r <= rect.bottom; r++)
        for (let c = rect.left; c <= rect.right; c++) {
          const cell = sheet.cell(r, c);
          if (!cell) continue;
          if (applyTo === 'All' || applyTo === 'Contents') {
            cell.value = null;
            delete cell.formula;
            delete cell.error;
            delete cell.quotePrefix;
          }
          if (applyTo === 'All' || applyTo === 'Formats') {
            delete cell.numberFormat;
            delete cell.fill;
          }
        }
    });
  }

  getMergedAreasOrNullObject(): RangeAreas {
    this.ctx.requireApi('1.13', 'Range.getMergedAreasOrNullObject');
    return new RangeAreas(this.ctx, () => {
      const { sheet, rect } = this.t();
      const hits = sheet.merges.filter(
        (m) => m.top <= rect.bottom && m.bottom >= rect.top && m.left <= rect.right && m.right >= rect.left,
      );
      return hits.length ? hits.map((m) => addressOf({ sheet, rect: m })) : null;
    });
  }

  merge(across = false): void {
    this.ctx.write(10, () => {
      const { sheet, rect } = this.t();
      const rows = across ? Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) => rect.top + i) : [rect.top];
      for (const top of rows) {
        const bottom = across ? top : rect.bottom;
        const m = { top, bottom, left: rect.left, right: rect.right };
        sheet.merges = sheet.merges.filter((x) => x.bottom < m.top || x.top > m.bottom || x.right < m.left || x.left > m.right);
        sheet.merges.push(m);
        // Excel keeps only the top-left value.
        for (let r = m.top; r <= m.bottom; r++)
          for (let c = m.left; c <= m.right; c++)
            if (r !== m.top || c !== m.left) {
              const cell = sheet.cell(r, c);
              if (cell) {
                cell.value = null;
                delete cell.formula;
              }
            }
      }
    });
  }

  unmerge(): void {
    this.ctx.write(10, () => {
      const { sheet, rect } = this.t();
      sheet.merges = sheet.merges.filter(
        (x) => x.bottom < rect.top || x.top > rect.bottom || x.right < rect.left || x.left > rect.right,
      );
    });
  }

  select(): void {
    this.ctx.write(10, () => {
      const { sheet, rect } = this.t();
      this.ctx.model.activeIndex = this.ctx.model.sheets.indexOf(sheet);
      this.ctx.model.selection = { sheet: sheet.name, rect: { ...rect } };
    });
  }

  copyFrom(source: string | Range, copyType = 'All'): void {
    this.ctx.requireApi('1.9', 'Range.copyFrom');
    this.ctx.write(20, () => {
      const { sheet, rect } = this.t();
      const src = typeof source === 'string' ? { sheet, rect: parseAddress(source) } : source.t();
      const h = src.rect.bottom - src.rect.top + 1;
      const w = Math.min(src.rect.right - src.rect.left + 1, 16384);
      const bottom = isEntireRows(rect) ? rect.bottom : Math.max(rect.bottom, rect.top + h - 1);
      const lastCol = isEntireRows(src.rect)
        ? Math.max(-1, ...src.sheet.rows.slice(src.rect.top, src.rect.bottom + 1).map((row) => (row ? row.length - 1 : -1)))
        : rect.left + w - 1;
      for (let r = rect.top; r <= bottom; r++)
        for (let c = rect.left; c <= lastCol; c++) {
          const from = src.sheet.cell(src.rect.top + ((r - rect.top) % h), src.rect.left + ((c - rect.left) % w));
          if (copyType === 'Formats' || copyType === 'All') {
            if (!from && !sheet.cell(r, c)) continue;
            const to = sheet.ensure(r, c);
            if (from?.numberFormat !== undefined) to.numberFormat = from.numberFormat;
            else delete to.numberFormat;
            if (from?.fill !== undefined) to.fill = from.fill;
            else delete to.fill;
            if (from?.style !== undefined) to.style = structuredClone(from.style);
            else delete to.style;
          }
          if (copyType === 'Values' || copyType === 'All') enterValue(sheet, r, c, from?.value ?? '');
        }
    });
  }

  getCell(row: number, col: number): Range {
    return new Range(this.ctx, () => {
      const { sheet, rect } = this.t();
      const r = rect.top + row;
      const c = rect.left + col;
      return { sheet, rect: { top: r, left: c, bottom: r, right: c } };
    });
  }
}

class RangeAreas extends ClientObject {
  constructor(
    ctx: RequestContext,
    private readonly resolver: () => string[] | null,
  ) {
    super(ctx, true);
  }

  protected override isNull(): boolean {
    return this.resolver() === null;
  }

  protected override fetch(name: string): unknown {
    const areas = this.resolver() ?? [];
    if (name === 'address') return areas.join(', ');
    if (name === 'areaCount') return areas.length;
    return super.fetch(name);
  }

  get address(): string {
    return this.read('address') as string;
  }
}

class RangeFormat extends ClientObject {
  readonly fill: RangeFill;
  readonly font: RangeFont;
  readonly borders: { getItem(edge: string): { style: string } };
  constructor(
    ctx: RequestContext,
    private readonly range: Range,
  ) {
    super(ctx);
    this.fill = new RangeFill(ctx, range);
    this.font = new RangeFont(ctx, range);
    const styleEach = (fn: (s: CellStyleModel) => void) => styleCells(ctx, range, fn);
    this.borders = {
      getItem: (edge: string) => ({
        set style(v: string) {
          styleEach((s) => (s.borders = { ...s.borders, [edge]: v }));
        },
        get style(): string {
          throw notLoaded('style');
        },
      }),
    };
  }

  set horizontalAlignment(v: string) {
    styleCells(this.ctx, this.range, (s) => (s.horizontal = v));
  }

  set verticalAlignment(v: string) {
    styleCells(this.ctx, this.range, (s) => (s.vertical = v));
  }

  set wrapText(v: boolean) {
    styleCells(this.ctx, this.range, (s) => (s.wrap = v));
  }

  /** Points, as Excel's columnWidth; the model keeps pixels (4/3 of a point). */
  set columnWidth(points: number) {
    this.ctx.write(10, () => {
      const { sheet, rect } = this.range.t();
      for (let c = rect.left; c <= rect.right; c++) sheet.colWidths[c] = Math.round((points * 4) / 3);
    });
  }
}

/** Applies a style change to every cell of the range (created when missing). */
function styleCells(ctx: RequestContext, range: Range, fn: (s: CellStyleModel) => void): void {
  ctx.write(10, () => {
    const { sheet, rect } = range.t();
    for (let r = rect.top; r <= rect.bottom; r++)
      for (let c = rect.left; c <= rect.right; c++) {
        const cell = sheet.ensure(r, c);
        fn((cell.style ??= {}));
      }
  });
}

class RangeFont extends ClientObject {
  constructor(
    ctx: RequestContext,
    private readonly range: Range,
  ) {
    super(ctx);
  }

  protected override fetch(name: string): unknown {
    const { sheet, rect } = this.range.t();
    const key = ({ name: 'fontName', size: 'fontSize', bold: 'bold', italic: 'italic', color: 'fontColor' } as const)[name as 'name'];
    if (!key) return super.fetch(name);
    let out: unknown;
    for (let r = rect.top; r <= rect.bottom; r++)
      for (let c = rect.left; c <= rect.right; c++) {
        const here = sheet.cell(r, c)?.style?.[key] ?? (key === 'fontName' ? 'Calibri' : key === 'fontSize' ? 11 : key === 'fontColor' ? '#000000' : false);
        if (out === undefined) out = here;
        else if (out !== here) out = null;
      }
    return out ?? null;
  }

  get name(): string {
    return this.read('name') as string;
  }
  set name(v: string) {
    styleCells(this.ctx, this.range, (s) => (s.fontName = v));
  }
  set size(v: number) {
    styleCells(this.ctx, this.range, (s) => (s.fontSize = v));
  }
  set bold(v: boolean) {
    styleCells(this.ctx, this.range, (s) => (s.bold = v));
  }
  set italic(v: boolean) {
    styleCells(this.ctx, this.range, (s) => (s.italic = v));
  }
  set color(v: string) {
    styleCells(this.ctx, this.range, (s) => (s.fontColor = v.toUpperCase()));
  }
}

/** worksheet.pageLayout: records what is set, as the print settings of the sheet. */
class EmulatedPageLayout {
  readonly headersFooters: { defaultForAllPages: { centerFooter: string } };
  constructor(
    private readonly ctx: RequestContext,
    private readonly sheet: () => SheetModel,
  ) {
    const set = (fn: (p: PageLayoutModel) => void) => this.ctx.write(10, () => fn(this.sheet().pageLayout));
    this.headersFooters = {
      defaultForAllPages: {
        set centerFooter(v: string) {
          set((p) => (p.centerFooter = v));
        },
        get centerFooter(): string {
          throw notLoaded('centerFooter');
        },
      },
    };
  }
  private set(fn: (p: PageLayoutModel) => void): void {
    this.ctx.write(10, () => fn(this.sheet().pageLayout));
  }
  set orientation(v: string) {
    this.set((p) => (p.orientation = v));
  }
  set paperSize(v: string) {
    this.set((p) => (p.paperSize = v));
  }
  set zoom(v: PageLayoutModel['zoom']) {
    this.set((p) => (p.zoom = { ...v }));
  }
  set centerHorizontally(v: boolean) {
    this.set((p) => (p.centerHorizontally = v));
  }
  set leftMargin(v: number) {
    this.set((p) => (p.margins = { ...p.margins, left: v }));
  }
  set rightMargin(v: number) {
    this.set((p) => (p.margins = { ...p.margins, right: v }));
  }
  set topMargin(v: number) {
    this.set((p) => (p.margins = { ...p.margins, top: v }));
  }
  set bottomMargin(v: number) {
    this.set((p) => (p.margins = { ...p.margins, bottom: v }));
  }
  setPrintTitleRows(rows: string): void {
    this.set((p) => (p.printTitleRows = rows));
  }
}

class RangeFill extends ClientObject {
  constructor(
    ctx: RequestContext,
    private readonly range: Range,
  ) {
    super(ctx);
  }

  protected override fetch(name: string): unknown {
    if (name !== 'color') return super.fetch(name);
    const { sheet, rect } = this.range.t();
    let color: string | null | undefined;
    for (let r = rect.top; r <= rect.bottom; r++)
      for (let c = rect.left; c <= rect.right; c++) {
        // Like Excel: a cell without fill reports white.
        const here = (sheet.cell(r, c)?.fill ?? '#FFFFFF').toUpperCase();
        if (color === undefined) color = here;
        else if (color !== here) color = null;
      }
    return color ?? null;
  }

  get color(): string {
    return this.read('color') as string;
  }

  set color(v: string) {
    this.ctx.write(v.length, () => {
      const { sheet, rect } = this.range.t();
      for (let r = rect.top; r <= rect.bottom; r++)
        for (let c = rect.left; c <= rect.right; c++) sheet.ensure(r, c).fill = v.toUpperCase();
    });
  }

  clear(): void {
    this.ctx.write(10, () => {
      const { sheet, rect } = this.range.t();
      for (let r = rect.top; r <= rect.bottom; r++)
        for (let c = rect.left; c <= rect.right; c++) {
          const cell = sheet.cell(r, c);
          if (cell) delete cell.fill;
        }
    });
  }
}

interface ListRule {
  list?: { inCellDropDown?: boolean; source: string };
}

class DataValidation extends ClientObject {
  constructor(
    ctx: RequestContext,
    private readonly range: Range,
  ) {
    super(ctx);
  }

  private check(): void {
    this.ctx.requireApi('1.8', 'Range.dataValidation');
  }

  set rule(rule: ListRule) {
    this.check();
    this.ctx.write(JSON.stringify(rule).length, () => {
      const { sheet, rect } = this.range.t();
      if (!rule.list) throw new EmulatedExcelError('NotImplemented', 'the emulator knows list rules only');
      if (!rule.list.source.startsWith('=') && rule.list.source.length > 255)
        throw new EmulatedExcelError('InvalidArgument', 'a list source is at most 255 characters');
      sheet.validations.push({ rect: { ...rect }, listSource: rule.list.source });
    });
  }

  set errorAlert(alert: { style?: string }) {
    this.check();
    this.ctx.write(JSON.stringify(alert).length, () => {
      const { sheet, rect } = this.range.t();
      for (const v of sheet.validations)
        if (v.rect.top === rect.top && v.rect.left === rect.left && alert.style) v.alertStyle = alert.style;
    });
  }

  clear(): void {
    this.check();
    this.ctx.write(10, () => {
      const { sheet, rect } = this.range.t();
      sheet.validations = sheet.validations.filter(
        (v) => v.rect.bottom < rect.top || v.rect.top > rect.bottom || v.rect.right < rect.left || v.rect.left > rect.right,
      );
    });
  }
}

class SettingCollection extends ClientObject {
  getItemOrNullObject(key: string): Setting {
    this.ctx.requireApi('1.4', 'workbook.settings');
    return new Setting(this.ctx, key);
  }

  add(key: string, value: unknown): Setting {
    this.ctx.requireApi('1.4', 'workbook.settings');
    this.ctx.write(JSON.stringify(value).length, () => this.ctx.model.settings.set(key, JSON.parse(JSON.stringify(value))));
    return new Setting(this.ctx, key);
  }
}

class Setting extends ClientObject {
  constructor(
    ctx: RequestContext,
    readonly key: string,
  ) {
    super(ctx, true);
  }

  protected override isNull(): boolean {
    return !this.ctx.model.settings.has(this.key);
  }

  protected override fetch(name: string): unknown {
    if (name === 'value') return this.ctx.model.settings.get(this.key);
    if (name === 'key') return this.key;
    return super.fetch(name);
  }

  get value(): unknown {
    return this.read('value');
  }

  delete(): void {
    this.ctx.write(10, () => this.ctx.model.settings.delete(this.key));
  }
}
