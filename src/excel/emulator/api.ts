/**
 * An in-memory emulation of the subset of the Excel JavaScript API that src/excel uses, over a
 * WorkbookModel, as strict as Excel where it matters to phuluc: it queues loads and writes until
 * context.sync() and refuses to read a property that was not loaded (PropertyNotLoaded); counts
 * request bytes as Office.js serialises them and refuses requests and responses over 5 MB (Excel
 * on the web); reads typed text by the PC's regional settings (dates, numbers) and shows dates by
 * them; fails writes to a protected sheet; turns a formula in a Table column into a calculated
 * column; returns at most 512 merged areas per call; keeps the commands before a failed one;
 * keeps Excel's own undo records (mergeUndoGroup). Range and friends live in range.ts.
 */
import {
  ClientObject,
  EmulatedExcelError,
  jsonBytes,
  PAYLOAD_LIMIT,
  REQUEST_COST,
  RequestContext,
  versionAtLeast,
  type EmulatorFaults,
  type EmulatorStats,
} from './client';
import { partsToSerial, type Locale } from './format';
import { parseAddress as parseAddressStrict, SheetModel, type WorkbookModel } from './model';
import { MultiRange, Range } from './range';
import { TableCollection } from './tables';

export { EmulatedExcelError, PAYLOAD_LIMIT, CELL_READ_LIMIT, type EmulatorStats, type EmulatorFaults, type WriteCall } from './client';
export { MERGED_AREAS_LIMIT } from './range';
export { enterValue } from './typing';

export interface EmulatorOptions {
  /** Highest ExcelApi requirement set the emulated host supports, e.g. "1.7". Default "1.20". */
  apiVersion?: string;
  /** The PC's regional settings (sets model.locale). */
  locale?: Locale;
  /** Keep Excel's own undo records so that tests can press Ctrl+Z (model.userUndo()). */
  keepHistory?: boolean;
}

export interface ExcelEmulator {
  model: WorkbookModel;
  stats: EmulatorStats;
  /** Failures to inject (tests). */
  faults: EmulatorFaults;
  /** Drop-in for Excel.run (with or without RunOptions). */
  run: typeof Excel.run;
  /** Drop-in for Office.context.requirements.isSetSupported. */
  isSetSupported(name: string, version?: string): boolean;
  resetStats(): void;
}

export function createExcelEmulator(model: WorkbookModel, options: EmulatorOptions = {}): ExcelEmulator {
  const apiVersion = options.apiVersion ?? '1.20';
  if (options.locale) model.locale = options.locale;
  if (options.keepHistory) model.keepHistory = true;
  const stats: EmulatorStats = { runs: 0, syncs: 0, responseBytes: [], requestBytes: [], errors: [], cleanupBytes: [] };
  const counters = { writes: 0 };
  const emu: ExcelEmulator = {
    model,
    stats,
    faults: {},
    isSetSupported: (name, version = '1.1') => name === 'ExcelApi' && versionAtLeast(apiVersion, version),
    resetStats() {
      stats.runs = 0;
      stats.syncs = 0;
      stats.responseBytes = [];
      stats.requestBytes = [];
      stats.errors = [];
      stats.cleanupBytes = [];
    },
    run: (async (...args: unknown[]) => {
      const batch = args.find((a) => typeof a === 'function') as (ctx: unknown) => Promise<unknown>;
      const opts = args.find((a) => a && typeof a === 'object') as { mergeUndoGroup?: boolean } | undefined;
      stats.runs++;
      const merge = !!opts?.mergeUndoGroup && versionAtLeast(apiVersion, '1.20');
      const ctx = new RequestContext(model, stats, apiVersion, emu.faults, counters, merge);
      const result = await batch(new Context(ctx));
      if (ctx.pending()) await ctx.sync();
      // Excel.run then releases every object it tracked, in one more request.
      const cleanup = ctx.cleanupBytes();
      stats.cleanupBytes.push(cleanup);
      if (cleanup > PAYLOAD_LIMIT)
        throw new EmulatedExcelError('RequestPayloadSizeLimitExceeded', `Excel.run's closing request of ${cleanup} bytes`);
      return result;
    }) as unknown as typeof Excel.run,
  };
  return emu;
}

/** What the batch function receives: `workbook` and `sync()`. */
class Context {
  readonly workbook: Workbook;
  constructor(private readonly ctx: RequestContext) {
    this.workbook = new Workbook(ctx);
  }
  sync(): Promise<void> {
    return this.ctx.sync();
  }
}

function path(name: string, args: unknown[] = []): number {
  return name.length + jsonBytes(args);
}

class Workbook extends ClientObject {
  readonly worksheets: WorksheetCollection;
  private settingsObj: SettingCollection | undefined;
  private functionsObj: Functions | undefined;

  constructor(ctx: RequestContext) {
    super(ctx);
    this.worksheets = new WorksheetCollection(ctx, this);
  }

  get settings(): SettingCollection {
    return (this.settingsObj ??= new SettingCollection(this.ctx, this));
  }

  get functions(): Functions {
    this.ctx.requireApi('1.2', 'workbook.functions');
    return (this.functionsObj ??= new Functions(this.ctx, this));
  }

  getSelectedRange(): Range {
    return new Range(
      this.ctx,
      () => {
        const sel = this.ctx.model.selection;
        const sheet = (sel && this.ctx.model.sheet(sel.sheet)) || this.ctx.model.active;
        return { sheet, rect: sel?.rect ?? { top: 0, left: 0, bottom: 0, right: 0 } };
      },
      false,
      path('GetSelectedRange'),
      this,
    );
  }
}

class WorksheetCollection extends ClientObject {
  constructor(ctx: RequestContext, parent: ClientObject) {
    super(ctx, false, path('Worksheets'), false, parent);
  }

  getActiveWorksheet(): Worksheet {
    return new Worksheet(this.ctx, () => this.ctx.model.active, false, path('GetActiveWorksheet'), this);
  }

  /** By name or by id, like Excel. */
  getItem(key: string): Worksheet {
    return new Worksheet(
      this.ctx,
      () => {
        const s = this.ctx.model.sheetByKey(key);
        if (!s) throw new EmulatedExcelError('ItemNotFound', `The requested resource doesn't exist. (sheet ${key})`);
        return s;
      },
      false,
      path('', [key]),
      this,
    );
  }

  getItemOrNullObject(key: string): Worksheet {
    return new Worksheet(this.ctx, () => this.ctx.model.sheetByKey(key) ?? null, true, path('GetItemOrNullObject', [key]), this);
  }

  add(name: string): Worksheet {
    this.queueWrite('worksheets.add', REQUEST_COST.method + name.length, () => name, () => {
      if (this.ctx.model.sheetByKey(name)) throw new EmulatedExcelError('ItemAlreadyExists', `sheet ${name} exists`);
      this.ctx.model.addSheet(new SheetModel(name));
    }, undefined, true);
    return new Worksheet(this.ctx, () => this.ctx.model.sheet(name) ?? null, false, path('Add', [name]), this);
  }
}

class Worksheet extends ClientObject {
  private resolved: SheetModel | null | undefined;
  private protectionObj: WorksheetProtection | undefined;
  private tablesObj: TableCollection | undefined;

  constructor(
    ctx: RequestContext,
    private readonly resolver: () => SheetModel | null,
    nullable = false,
    pathLength = 0,
    parent?: ClientObject,
  ) {
    super(ctx, nullable, pathLength, true, parent);
  }

  /** Resolved once, when first used at a sync (a sheet found by key stays that sheet). */
  private resolve(): SheetModel | null {
    if (this.resolved === undefined) this.resolved = this.resolver();
    return this.resolved;
  }

  protected override isNull(): boolean {
    return this.resolve() === null;
  }

  sheet(): SheetModel {
    const s = this.resolve();
    if (!s || !this.ctx.model.sheets.includes(s)) throw new EmulatedExcelError('InvalidObjectPath', 'the worksheet does not exist');
    return s;
  }

  private sheetName = (): string => this.sheet().name;

  get protection(): WorksheetProtection {
    this.ctx.requireApi('1.2', 'Worksheet.protection');
    return (this.protectionObj ??= new WorksheetProtection(this.ctx, this));
  }

  get tables(): TableCollection {
    return (this.tablesObj ??= new TableCollection(this.ctx, () => this.sheet(), undefined, this));
  }

  protected override fetch(name: string): unknown {
    const s = this.sheet();
    if (name === 'name') return s.name;
    if (name === 'id') return s.id;
    if (name === 'visibility') return s.visibility;
    if (name === 'position') return this.ctx.model.sheets.indexOf(s);
    return super.fetch(name);
  }

  protected override defaultProps(): string[] {
    return ['id', 'name', 'visibility', 'position'];
  }

  get name(): string {
    return this.read('name') as string;
  }

  get id(): string {
    return this.read('id') as string;
  }

  get visibility(): string {
    return this.read('visibility') as string;
  }

  /** Excel: changing visibility clears the undo stack; the last visible sheet cannot be hidden. */
  set visibility(v: 'Visible' | 'Hidden' | 'VeryHidden') {
    this.queueWrite('visibility', REQUEST_COST.setProperty + v.length, this.sheetName, () => {
      const s = this.sheet();
      if (v !== 'Visible' && !this.ctx.model.sheets.some((x) => x !== s && x.visibility === 'Visible'))
        throw new EmulatedExcelError('InvalidOperation', 'a workbook must keep one visible sheet');
      s.visibility = v;
    }, undefined, true);
  }

  delete(): void {
    this.queueWrite('worksheet.delete', REQUEST_COST.method, this.sheetName, () => {
      const s = this.sheet();
      if (!this.ctx.model.sheets.some((x) => x !== s && x.visibility === 'Visible'))
        throw new EmulatedExcelError('InvalidOperation', 'a workbook must keep one visible sheet');
      const active = this.ctx.model.active;
      this.ctx.model.sheets = this.ctx.model.sheets.filter((x) => x !== s);
      this.ctx.model.activeIndex = Math.max(0, this.ctx.model.sheets.indexOf(active === s ? this.ctx.model.sheets[0]! : active));
    }, undefined, true);
  }

  activate(): void {
    this.mention();
    this.ctx.enqueue(() => this.ctx.model.activate(this.sheet()), REQUEST_COST.method);
  }

  getRange(address?: string): Range {
    return new Range(
      this.ctx,
      () => ({ sheet: this.sheet(), rect: address ? parseA1(address) : { top: 0, left: 0, bottom: 1048575, right: 16383 } }),
      false,
      path('GetRange', address ? [address] : []),
      this,
    );
  }

  /** Several areas in one object, e.g. "H7, H9:H12" (ExcelApi 1.9). */
  getRanges(address: string): MultiRange {
    this.ctx.requireApi('1.9', 'Worksheet.getRanges');
    const rects = address.split(/[,;]/).map((a) => a.trim()).filter(Boolean).map(parseA1);
    return new MultiRange(this.ctx, () => rects.map((rect) => ({ sheet: this.sheet(), rect })), address, this);
  }

  getRangeByIndexes(row: number, col: number, rowCount: number, colCount: number): Range {
    if (rowCount < 1 || colCount < 1) throw new EmulatedExcelError('InvalidArgument', 'empty range');
    return new Range(
      this.ctx,
      () => ({ sheet: this.sheet(), rect: { top: row, left: col, bottom: row + rowCount - 1, right: col + colCount - 1 } }),
      false,
      path('GetRangeByIndexes', [row, col, rowCount, colCount]),
      this,
    );
  }

  getUsedRange(valuesOnly = false): Range {
    return new Range(
      this.ctx,
      () => {
        const sheet = this.sheet();
        return { sheet, rect: sheet.usedRect(valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 } };
      },
      false,
      path('GetUsedRange', [valuesOnly]),
      this,
    );
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
      path('GetUsedRangeOrNullObject', [valuesOnly]),
      this,
    );
  }
}

function parseA1(address: string) {
  try {
    return parseAddressStrict(address);
  } catch (e) {
    throw new EmulatedExcelError('InvalidArgument', (e as Error).message);
  }
}


class WorksheetProtection extends ClientObject {
  constructor(
    ctx: RequestContext,
    private readonly worksheet: Worksheet,
  ) {
    super(ctx, false, path('Protection'), false, worksheet);
  }

  protected override fetch(name: string): unknown {
    if (name === 'protected') return this.worksheet.sheet().protected;
    return super.fetch(name);
  }

  get protected(): boolean {
    return this.read('protected') as boolean;
  }

  protect(): void {
    this.queueWrite('protect', REQUEST_COST.method, () => this.worksheet.sheet().name, () => {
      const s = this.worksheet.sheet();
      if (s.protected) throw new EmulatedExcelError('AccessDenied', 'the sheet is already protected');
      s.protected = true;
    });
  }

  unprotect(): void {
    this.queueWrite('unprotect', REQUEST_COST.method, () => this.worksheet.sheet().name, () => {
      const s = this.worksheet.sheet();
      if (!s.protected) throw new EmulatedExcelError('AccessDenied', 'the sheet is not protected');
      s.protected = false;
    });
  }
}

class SettingCollection extends ClientObject {
  constructor(ctx: RequestContext, parent: ClientObject) {
    super(ctx, false, path('Settings'), false, parent);
  }

  getItemOrNullObject(key: string): Setting {
    this.ctx.requireApi('1.4', 'workbook.settings');
    return new Setting(this.ctx, key, true, path('GetItemOrNullObject', [key]), this);
  }

  getItem(key: string): Setting {
    this.ctx.requireApi('1.4', 'workbook.settings');
    return new Setting(this.ctx, key, false, path('', [key]), this);
  }

  add(key: string, value: unknown): Setting {
    this.ctx.requireApi('1.4', 'workbook.settings');
    const copy = JSON.parse(JSON.stringify(value)) as unknown;
    this.queueWrite('settings.add', REQUEST_COST.method + jsonBytes([key, value]), () => '', () => this.ctx.model.settings.set(key, copy));
    return new Setting(this.ctx, key, false, path('Add', [key, value]), this);
  }
}

class Setting extends ClientObject {
  constructor(
    ctx: RequestContext,
    readonly key: string,
    nullable: boolean,
    pathLength: number,
    parent: ClientObject,
  ) {
    super(ctx, nullable, pathLength, true, parent);
  }

  protected override isNull(): boolean {
    return !this.ctx.model.settings.has(this.key);
  }

  protected override fetch(name: string): unknown {
    if (!this.ctx.model.settings.has(this.key)) throw new EmulatedExcelError('ItemNotFound', `no setting ${this.key}`);
    if (name === 'value') return this.ctx.model.settings.get(this.key);
    if (name === 'key') return this.key;
    return super.fetch(name);
  }

  get value(): unknown {
    return this.read('value');
  }

  delete(): void {
    this.queueWrite('setting.delete', REQUEST_COST.method, () => '', () => this.ctx.model.settings.delete(this.key));
  }
}

/** Worksheet functions evaluated without touching a cell (ExcelApi 1.2). Only DATE here. */
class Functions extends ClientObject {
  constructor(ctx: RequestContext, parent: ClientObject) {
    super(ctx, false, path('Functions'), false, parent);
  }

  date(year: number, month: number, day: number): FunctionResult {
    return new FunctionResult(this.ctx, () => partsToSerial(year, month, day, this.ctx.model.date1904), this);
  }
}

class FunctionResult extends ClientObject {
  constructor(
    ctx: RequestContext,
    private readonly compute: () => number,
    parent: ClientObject,
  ) {
    super(ctx, false, path('Date', [0, 0, 0]), false, parent);
  }

  protected override fetch(name: string): unknown {
    if (name === 'value') return this.compute();
    if (name === 'error') return null;
    return super.fetch(name);
  }

  get value(): number {
    return this.read('value') as number;
  }
}
