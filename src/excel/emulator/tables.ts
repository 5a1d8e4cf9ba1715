/**
 * Excel Tables (ListObjects) in the emulated API: a sheet's Tables, and Range.getTables
 * (ExcelApi 1.9). What a formula written into a Table does is in range.ts.
 */
import { ClientObject, EmulatedExcelError, jsonBytes, REQUEST_COST, type RequestContext } from './client';
import type { Rect, SheetModel, TableModel } from './model';
import { overlaps, Range, type Target } from './range';

function path(name: string, args: unknown[] = []): number {
  return name.length + jsonBytes(args);
}

export class TableCollection extends ClientObject {
  private itemsLoaded: Table[] | undefined;

  constructor(
    ctx: RequestContext,
    private readonly sheet: () => SheetModel,
    /** Range.getTables: only the Tables that overlap this rectangle (or lie inside it). */
    private readonly within?: () => { rect: Rect; fully: boolean },
    parent?: ClientObject,
  ) {
    super(ctx, false, path(within ? 'GetTables' : 'Tables'), false, parent);
  }

  /** load('items/name,items/id') or load('name'): loads every Table with those properties. */
  override load(props?: string | string[] | Record<string, unknown>): this {
    const raw = typeof props === 'string' ? props.split(',') : Array.isArray(props) ? props : ['name', 'id'];
    const names = ['id', ...raw.map((p) => p.trim().replace(/^items\//, '')).filter((n) => n && n !== 'id')];
    this.mention();
    this.ctx.enqueue(() => {
      const scope = this.within?.();
      const tables = this.sheet().tables.filter((t) => {
        if (!scope) return true;
        const r = scope.rect;
        return scope.fully
          ? t.rect.top >= r.top && t.rect.bottom <= r.bottom && t.rect.left >= r.left && t.rect.right <= r.right
          : overlaps(t.rect, r);
      });
      this.itemsLoaded = tables.map((t) => {
        const table = new Table(this.ctx, t, this.sheet(), this);
        table.preload(names);
        return table;
      });
      this.ctx.respond(20 + tables.length * (30 + names.length * 20));
    }, REQUEST_COST.query + jsonBytes(names));
    return this;
  }

  /** A Table by name or id. */
  getItem(key: string): Table {
    const t = this.sheet().tables.find((x) => x.name === key || x.id === key);
    if (!t) throw new EmulatedExcelError('ItemNotFound', `no table ${key}`);
    return new Table(this.ctx, t, this.sheet(), this);
  }

  get items(): Table[] {
    if (!this.itemsLoaded) throw new EmulatedExcelError('PropertyNotLoaded', "The property 'items' is not available.");
    return this.itemsLoaded;
  }
}

export class Table extends ClientObject {
  constructor(
    ctx: RequestContext,
    private readonly table: TableModel,
    private readonly sheetModel: SheetModel,
    parent: ClientObject,
  ) {
    super(ctx, false, path('', [table.name]), true, parent);
  }

  preload(names: string[]): void {
    for (const n of names) this.loaded.set(n, this.fetch(n));
  }

  protected override fetch(name: string): unknown {
    if (name === 'name') return this.table.name;
    if (name === 'id') return this.table.id;
    if (name === 'showHeaders') return true;
    if (name === 'showTotals') return false;
    return super.fetch(name);
  }

  get name(): string {
    return this.read('name') as string;
  }

  get id(): string {
    return this.read('id') as string;
  }

  private current(): TableModel {
    return this.sheetModel.tables.find((t) => t.id === this.table.id) ?? this.table;
  }

  private part(name: string, f: (t: TableModel) => Target['rect']): Range {
    return new Range(this.ctx, () => ({ sheet: this.sheetModel, rect: f(this.current()) }), false, path(name), this);
  }

  getRange(): Range {
    return this.part('GetRange', (t) => ({ ...t.rect }));
  }

  getDataBodyRange(): Range {
    return this.part('GetDataBodyRange', (t) => ({ ...t.rect, top: t.rect.top + 1 }));
  }

  getHeaderRowRange(): Range {
    return this.part('GetHeaderRowRange', (t) => ({ ...t.rect, bottom: t.rect.top }));
  }
}

