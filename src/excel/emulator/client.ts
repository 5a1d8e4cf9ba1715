/**
 * The request/response machinery of the emulated Excel JS API: a RequestContext that queues every
 * load and write until context.sync() like Office.js, counts request and response bytes as
 * Office.js serialises them (calibrated against Microsoft's client, see test/excel/officejs),
 * refuses requests and responses over Excel on the web's 5 MB, runs a failed batch's commands up
 * to the failing one (the ones before it stay done, as in Excel), keeps Excel's own undo records,
 * and lets tests inject failures.
 */
import type { Rect, WorkbookModel } from './model';

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
  /** Bytes of each sync's request as Office.js serialises it, in order. */
  requestBytes: number[];
  /** Each sync's error code, or null when it succeeded. */
  errors: (string | null)[];
  /** Bytes of the request each Excel.run sends at its end to release tracked objects. */
  cleanupBytes: number[];
}

/** One write command as it runs, for fault injection. */
export interface WriteCall {
  /** Counts every write command the emulator ran or tried, from 1. */
  index: number;
  /** e.g. "values", "formulas", "insert", "delete", "fill.color". */
  method: string;
  sheet: string;
  rect?: Rect;
}

export interface EmulatorFaults {
  /** Before each write command runs: return an error code (e.g. "GeneralException") to fail it. */
  beforeWrite?(call: WriteCall): string | undefined;
  /**
   * Before each sync (1-based count over the emulator's life): 'refuse' fails it before anything
   * runs; 'lose-response' runs every command, then fails as if Excel's answer was lost.
   */
  onSync?(index: number): 'refuse' | 'lose-response' | undefined;
}

/**
 * Request bytes per Office.js command, measured with @microsoft/office-js 1.1.110 inside
 * Excel.run (see test/excel/officejs/calibration.test.ts). A new object costs its object path,
 * its instantiate action and, for objects Excel.run tracks, a _KeepReference call; an object
 * used again in a later request is named by its reference id.
 */
export const REQUEST_COST = {
  /** `{"AutoKeepReference":true,"Actions":[],"ObjectPaths":{}}` */
  base: 55,
  /** An object path and its instantiate action, without its name, arguments and ids. */
  newObject: 112,
  /** A _KeepReference call and a second instantiate action. */
  trackedObject: 150,
  /** An object named by its reference id in a later request, with its instantiate action. */
  reference: 120,
  setProperty: 72,
  method: 72,
  query: 70,
  /** One object's _RemoveReference in the request Excel.run sends when it ends. */
  removeReference: 96,
  /** `{"ActionId":N,"Value":{"_ReferenceId":"{ref-N}"}},` in the answer. */
  referenceAnswer: 48,
};

const digits = (n: number): number => (n < 10 ? 1 : n < 100 ? 2 : n < 1000 ? 3 : n < 10000 ? 4 : n < 100000 ? 5 : 6);

interface Action {
  run: () => void;
  /** The emulator's own bookkeeping (resolving an OrNullObject): not a command Office.js sends. */
  internal?: boolean;
  /** Write commands are subject to protection and fault hooks. */
  write?: { method: string; sheet: () => string; rect?: () => Rect | undefined };
  /** Changing a sheet's visibility or adding/deleting a sheet clears Excel's undo stack. */
  clearsUndo?: boolean;
}

/** Exact JSON sizes of the strings the emulator answers with (the model's strings repeat across reads). */
const stringSizes = new Map<string, number>();

/** UTF-8 bytes of `v` as JSON, without building the string for arrays. */
export function jsonBytes(v: unknown): number {
  if (v === null || v === undefined) return 4;
  if (typeof v === 'string') {
    let n = stringSizes.get(v);
    if (n === undefined) {
      n = stringBytes(v);
      if (stringSizes.size > 400_000) stringSizes.clear();
      stringSizes.set(v, n);
    }
    return n;
  }
  if (typeof v === 'number') return Number.isFinite(v) ? String(v).length : 4;
  if (typeof v === 'boolean') return v ? 4 : 5;
  if (Array.isArray(v)) {
    let n = 2 + Math.max(0, v.length - 1);
    for (const x of v) n += jsonBytes(x);
    return n;
  }
  return utf8Length(JSON.stringify(v));
}

function stringBytes(s: string): number {
  let n = 2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20) n += c === 10 || c === 13 || c === 9 || c === 8 || c === 12 ? 2 : 6;
    else if (c === 34 || c === 92) n += 2;
    else if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** UTF-8 bytes of a string as it is (no JSON escaping). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export class RequestContext {
  private queue: Action[] = [];
  private responseBytes = 0;
  private requestBytes = REQUEST_COST.base;
  /** Requests sent so far in this context (objects remember the last one that named them). */
  requestSeq = 1;
  private recordedUndo = false;
  /** Ids of object paths and actions, as Office.js numbers them (their digits count). */
  private ids = 0;
  /** Objects Excel.run tracks: it releases each in one request when the run ends. */
  tracked = 0;

  constructor(
    readonly model: WorkbookModel,
    private readonly stats: EmulatorStats,
    readonly apiVersion: string,
    private readonly faults: EmulatorFaults,
    private readonly counters: { writes: number },
    private readonly mergeUndoGroup: boolean,
  ) {}

  /** Commands queued that Office.js would send (not the emulator's own bookkeeping). */
  pending(): boolean {
    return this.queue.some((a) => !a.internal);
  }

  /** A new id (object path or action); returns its digits. */
  nextIdDigits(): number {
    return digits(++this.ids);
  }

  /** Bytes an object adds to the current request when a command names it. */
  charge(bytes: number): void {
    this.requestBytes += bytes;
  }

  /** Queues a command; `bytes` > 0 for one that goes into the request (an action with its id). */
  enqueue(action: Action | (() => void), bytes = 0): void {
    if (bytes > 0) this.requestBytes += bytes + 2 * this.nextIdDigits();
    this.queue.push(typeof action === 'function' ? { run: action, internal: bytes === 0 } : action);
  }

  /** The request Excel.run sends at its end to release tracked objects (0: none). */
  cleanupBytes(): number {
    if (!this.tracked) return 0;
    let n = REQUEST_COST.base;
    for (let i = 0; i < this.tracked; i++) n += REQUEST_COST.removeReference + 2 * this.nextIdDigits();
    return n;
  }

  respond(bytes: number): void {
    this.responseBytes += bytes;
  }

  /** Answer bytes of the current request known when queueing (instantiate results). */
  private answered = 0;
  expectAnswer(bytes: number): void {
    this.answered += bytes;
  }

  requireApi(version: string, what: string): void {
    if (!versionAtLeast(this.apiVersion, version))
      throw new EmulatedExcelError('ApiNotFound', `${what} needs ExcelApi ${version}`);
  }

  async sync(): Promise<void> {
    try {
      await this.execute();
      this.stats.errors.push(null);
    } catch (e) {
      this.stats.errors.push(String((e as { code?: unknown }).code ?? 'Error'));
      throw e;
    }
  }

  private async execute(): Promise<void> {
    this.stats.syncs++;
    const index = this.stats.syncs;
    const queue = this.queue;
    this.queue = [];
    const requestBytes = this.requestBytes;
    this.requestBytes = REQUEST_COST.base;
    this.responseBytes = 30 + this.answered;
    this.answered = 0;
    this.requestSeq++;
    this.stats.requestBytes.push(requestBytes);
    if (requestBytes > PAYLOAD_LIMIT) {
      this.stats.responseBytes.push(0);
      throw new EmulatedExcelError('RequestPayloadSizeLimitExceeded', `request of ${requestBytes} bytes`);
    }
    const fault = this.faults.onSync?.(index);
    if (fault === 'refuse') {
      this.stats.responseBytes.push(0);
      throw new EmulatedExcelError('GeneralException', 'the request failed (injected)');
    }
    const writes = queue.some((a) => a.write);
    if (writes && !(this.mergeUndoGroup && this.recordedUndo)) {
      this.model.recordUndo();
      this.recordedUndo = true;
    }
    let wrote = false;
    try {
      for (const action of queue) {
        if (action.write) {
          const call: WriteCall = { index: ++this.counters.writes, method: action.write.method, sheet: action.write.sheet() };
          const rect = action.write.rect?.();
          if (rect) call.rect = rect;
          const code = this.faults.beforeWrite?.(call);
          if (code) throw new EmulatedExcelError(code, `${call.method} failed (injected)`);
          wrote = true;
        }
        action.run();
        if (action.clearsUndo) this.model.clearUndo();
      }
    } finally {
      this.stats.responseBytes.push(this.responseBytes);
      if (wrote) {
        this.model.recalc();
        this.model.changed();
      }
    }
    if (this.responseBytes > PAYLOAD_LIMIT)
      throw new EmulatedExcelError('ResponsePayloadSizeLimitExceeded', `response of ${this.responseBytes} bytes`);
    if (fault === 'lose-response') throw new EmulatedExcelError('GeneralException', 'the response was lost (injected)');
    await Promise.resolve();
  }
}

export function versionAtLeast(have: string, want: string): boolean {
  const [ha = 0, hb = 0] = have.split('.').map(Number);
  const [wa = 0, wb = 0] = want.split('.').map(Number);
  return ha > wa || (ha === wa && hb >= wb);
}

/** Base of every proxy: loaded properties are readable only after load() and sync(). */
export class ClientObject {
  protected loaded = new Map<string, unknown>();
  private nullResolved: boolean | undefined;
  /** The request that last named this object (its path is sent once per request). */
  private namedIn = 0;

  private pathDigits = 0;

  constructor(
    protected readonly ctx: RequestContext,
    private readonly nullable = false,
    /** Bytes of this object's path: its method or property name and arguments. */
    private readonly pathBytes = 0,
    /** Excel.run tracks Ranges, Worksheets, Tables... (one more call per new object). */
    private readonly tracked = false,
    /** The object this one was got from: its path goes into every request that names this one. */
    private readonly parent?: ClientObject,
  ) {
    if (nullable) ctx.enqueue(() => (this.nullResolved = this.isNull()));
  }

  /**
   * Charges this object's path to the current request, once per request, as Office.js sends it:
   * the first time with its parents' paths, its instantiate action (and for tracked objects a
   * _KeepReference call); later, once Excel has given it a reference id, by that id alone.
   */
  protected mention(): void {
    if (this.namedIn === this.ctx.requestSeq) return;
    const first = this.namedIn === 0;
    this.namedIn = this.ctx.requestSeq;
    if (first || !this.tracked) {
      this.parent?.mention();
      if (first) this.pathDigits = this.ctx.nextIdDigits();
      let n = REQUEST_COST.newObject + this.pathBytes + 4 * this.pathDigits + this.ctx.nextIdDigits();
      if (first && this.tracked) {
        const id = this.ctx.nextIdDigits();
        n += REQUEST_COST.trackedObject + 2 * this.pathDigits + this.ctx.nextIdDigits() + id;
        this.ctx.tracked++;
        // Excel answers both instantiate actions with the reference id it keeps.
        this.ctx.expectAnswer(2 * (REQUEST_COST.referenceAnswer + id + digits(this.ctx.tracked)));
      }
      this.ctx.charge(n);
    } else this.ctx.charge(REQUEST_COST.reference + 3 * this.pathDigits + this.ctx.nextIdDigits());
  }

  /** Queues a write command on this object. */
  protected queueWrite(method: string, bytes: number, sheet: () => string, run: () => void, rect?: () => Rect | undefined, clearsUndo = false): void {
    this.mention();
    const action: Action = { run, write: { method, sheet } };
    if (rect && action.write) action.write.rect = rect;
    if (clearsUndo) action.clearsUndo = true;
    this.ctx.enqueue(action, bytes);
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

  protected fetch(name: string): unknown {
    throw new EmulatedExcelError('InvalidArgument', `unknown property ${name}`);
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
    this.mention();
    this.ctx.enqueue(() => {
      if (this.isNull()) return;
      let bytes = 40;
      for (const n of names) {
        const v = this.fetch(n);
        bytes += n.length + 4 + jsonBytes(v);
        this.loaded.set(n, v);
      }
      this.ctx.respond(bytes);
    }, REQUEST_COST.query + jsonBytes(names));
    return this;
  }

  protected defaultProps(): string[] {
    return [];
  }
}

export function notLoaded(name: string): EmulatedExcelError {
  return new EmulatedExcelError(
    'PropertyNotLoaded',
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}
