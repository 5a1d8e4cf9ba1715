/**
 * Microsoft's Excel JavaScript client (@microsoft/office-js 1.1.110, dist/excel-web-16.00.debug.js,
 * the same library a task pane loads from the CDN) run in jsdom, with its request executor
 * replaced by a bridge to the emulator: the adapter talks to the real Office.js client, which
 * builds and serialises real requests; the bridge carries them out on the emulated workbook and
 * answers as Excel does. Tests see every request and response body in bytes, exactly as Excel
 * on the web would receive and send them, and the client's own checks (unloaded properties,
 * object paths used across syncs, reference ids) apply.
 *
 * The client's request executor is an internal of that pinned version (`ctx._requestExecutor`).
 */
import fs from 'fs';
import path from 'path';
import { JSDOM } from 'jsdom';
import type { ExcelEmulator } from '../../src/excel/emulator';
import { CellPropertiesResult } from '../../src/excel/emulator/range';

type AnyObject = Record<string, unknown> & { [k: string]: unknown };

interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[] };
}

interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[] };
  QueryInfo?: { Select?: string[]; Expand?: string[] };
}

interface RequestBody {
  Actions: ActionInfo[];
  ObjectPaths: Record<string, ObjectPathInfo>;
}

let excel: { run: (...args: unknown[]) => Promise<unknown> } | undefined;

/** window.Excel of the real client, loaded once per test file (about a second). */
export function officeJsExcel(): { run: (...args: unknown[]) => Promise<unknown> } {
  if (excel) return excel;
  const lib = path.resolve(__dirname, '../../node_modules/@microsoft/office-js/dist/excel-web-16.00.debug.js');
  const dom = new JSDOM('<!doctype html><html><body></body></html>', { runScripts: 'outside-only', url: 'https://localhost/' });
  dom.window.eval(fs.readFileSync(lib, 'utf8'));
  excel = (dom.window as unknown as { Excel: typeof excel }).Excel!;
  return excel;
}

export interface WireStats {
  /** UTF-8 bytes of each request body as Office.js serialised it. */
  requests: number[];
  /** UTF-8 bytes of each response body the bridge answered. */
  responses: number[];
  /** Every method call as Office.js sent it (name and arguments), in order. */
  methods?: { name: string; args: unknown[] }[];
}

const camel = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);
const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

function bytes(v: unknown): number {
  return Buffer.byteLength(JSON.stringify(v), 'utf8');
}

/**
 * `run` and `isSetSupported` for createOfficeAdapter: the real client over `emu`. One emulated
 * Excel.run per real one, one emulated sync per request.
 */
export function officeJsOver(emu: ExcelEmulator): { run: typeof Excel.run; isSetSupported: ExcelEmulator['isSetSupported']; wire: WireStats } {
  const Excel = officeJsExcel();
  const wire: WireStats = { requests: [], responses: [] };
  const run = ((...args: unknown[]) => {
    const batch = args.find((a) => typeof a === 'function') as (ctx: unknown) => Promise<unknown>;
    const options = (args.find((a) => a && typeof a === 'object') ?? {}) as object;
    return (emu.run as unknown as (...a: unknown[]) => Promise<unknown>)(options, async (emuCtx: { workbook: unknown; sync(): Promise<void> }) =>
      Excel.run(options, async (ctx: AnyObject) => {
        ctx._requestExecutor = executor(emuCtx, wire);
        return batch(ctx);
      }),
    );
  }) as unknown as typeof Excel.run;
  return { run, isSetSupported: emu.isSetSupported, wire };
}

function executor(emuCtx: { workbook: unknown; sync(): Promise<void> }, wire: WireStats) {
  const objects = new Map<number, unknown>();
  const refs = new Map<string, unknown>();
  let refCount = 0;
  return {
    async executeAsync(_custom: unknown, _flags: unknown, msg: { Body: RequestBody }) {
      const body = msg.Body;
      wire.requests.push(bytes(body));
      const paths = body.ObjectPaths ?? {};
      const resolve = (id: number): unknown => {
        if (objects.has(id)) return objects.get(id);
        const p = paths[String(id)];
        if (!p) throw Object.assign(new Error(`no object path ${id}`), { code: 'InvalidObjectPath' });
        const args = p.ArgumentInfo?.Arguments ?? [];
        let o: unknown;
        if (p.ObjectPathType === 1) o = emuCtx.workbook;
        else if (p.ObjectPathType === 6) o = refs.get(p.Name);
        else if (p.ObjectPathType === 7) o = null;
        else {
          const parent = resolve(p.ParentObjectPathId!) as AnyObject;
          if (p.ObjectPathType === 4) o = parent[camel(p.Name)];
          else if (p.ObjectPathType === 3) o = (parent[camel(p.Name)] as (...a: unknown[]) => unknown).apply(parent, args);
          else if (p.ObjectPathType === 5) o = (parent.getItem as (...a: unknown[]) => unknown).apply(parent, args);
        }
        objects.set(id, o);
        return o;
      };
      const keep = new Set(body.Actions.filter((a) => a.ActionType === 3 && a.Name === '_KeepReference').map((a) => a.ObjectPathId));
      const done: { a: ActionInfo; o: unknown; result?: unknown }[] = [];
      let error: { Code: string; Message: string } | null = null;
      try {
        for (const a of body.Actions) {
          if (a.ActionType === 3 && (a.Name === '_RemoveReference' || a.Name === '_KeepReference')) continue;
          const o = resolve(a.ObjectPathId) as AnyObject;
          const args = a.ArgumentInfo?.Arguments ?? [];
          if (a.ActionType === 1) done.push({ a, o });
          else if (a.ActionType === 2) {
            (o.load as (p: string[]) => void).call(o, a.QueryInfo?.Select ?? []);
            done.push({ a, o });
          } else if (a.ActionType === 3) {
            wire.methods?.push({ name: a.Name, args });
            done.push({ a, o, result: (o[camel(a.Name)] as (...x: unknown[]) => unknown).apply(o, args) });
          }
          else if (a.ActionType === 4) o[camel(a.Name)] = args[0];
        }
        await emuCtx.sync();
      } catch (e) {
        const err = e as { code?: string; message?: string };
        error = { Code: err.code ?? 'GeneralException', Message: err.message ?? String(e) };
      }
      const results: { ActionId: number; Value: unknown }[] = [];
      if (!error)
        for (const { a, o, result } of done) {
          // A method's answer (getCellProperties' ClientResult): its value, as Excel sends it.
          if (a.ActionType === 3 && result instanceof CellPropertiesResult) {
            results.push({ ActionId: a.Id, Value: (result as { value: unknown }).value });
            continue;
          }
          if (a.ActionType === 1) {
            const isNull = o === null || o === undefined || (typeof o === 'object' && nullObject(o));
            if (isNull) results.push({ ActionId: a.Id, Value: null });
            else if (keep.has(a.ObjectPathId)) {
              const id = `{ref-${++refCount}}`;
              refs.set(id, o);
              results.push({ ActionId: a.Id, Value: { _ReferenceId: id } });
            }
          } else if (a.ActionType === 2) results.push({ ActionId: a.Id, Value: queryValue(o as AnyObject, a.QueryInfo?.Select ?? []) });
        }
      const responseBody = error ? { Error: { ...error, HttpStatusCode: 400, ActionIndex: -1 } } : { Results: results };
      wire.responses.push(bytes(responseBody));
      return {
        HttpStatusCode: error ? 400 : 200,
        ErrorCode: error ? error.Code : '',
        ErrorMessage: error ? error.Message : '',
        Headers: {},
        Body: responseBody,
      };
    },
  };
}

function nullObject(o: object): boolean {
  try {
    return (o as { isNullObject?: boolean }).isNullObject === true;
  } catch {
    return false;
  }
}

/** A query's answer: the loaded properties under Excel's (PascalCase) names; collections as _Items. */
function queryValue(o: AnyObject, select: string[]): unknown {
  if (o === null || nullObject(o)) return null;
  if ('items' in Object.getPrototypeOf(o) || Object.getOwnPropertyNames(Object.getPrototypeOf(o)).includes('items')) {
    const items = (o as unknown as { items: AnyObject[] }).items;
    return {
      _Items: items.map((item) => {
        const v = propsOf(item, select);
        v.Id ??= (item as { id?: unknown }).id;
        return v;
      }),
    };
  }
  return propsOf(o, select);
}

function propsOf(o: AnyObject, select: string[]): Record<string, unknown> {
  const v: Record<string, unknown> = {};
  for (const name of select) v[pascal(name)] = o[name];
  return v;
}
