/**
 * Range and what hangs off it in the emulated Excel JS API: values, formulas, formats, fills
 * (colour and pattern), merged areas, data validation, row insert/delete. Each rule here is one
 * Excel enforces: a protected sheet refuses writes (AccessDenied); getMergedAreasOrNullObject
 * returns the areas whose top-left cell is in the range and fails above 512 of them; a formula
 * written into an Excel Table's body becomes a calculated column (the whole column gets it).
 */
import { columnLetter } from '../../core/grid';
import { CELL_READ_LIMIT, ClientObject, EmulatedExcelError, jsonBytes, notLoaded, REQUEST_COST, type RequestContext } from './client';
import { offsetFormulaRows } from './formula';
import { parseAddress, type CellModel, type CellStyleModel, type Rect, type RunFontModel, type SheetModel, type TextRunModel, type ValidationModel } from './model';
export { parseAddress };
import { TableCollection } from './tables';
import { enterValue } from './typing';

/** Microsoft: getMergedAreasOrNullObject "will fail" above this many merged areas. */
export const MERGED_AREAS_LIMIT = 512;

export interface Target {
  sheet: SheetModel;
  rect: Rect;
}

export function cellsOf(rect: Rect): number {
  return (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
}

function matrix<T>(rect: Rect, f: (r: number, c: number) => T): T[][] {
  const out: T[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row: T[] = [];
    for (let c = rect.left; c <= rect.right; c++) row.push(f(r, c));
    out.push(row);
  }
  return out;
}

export function addressOf(t: Target): string {
  const { rect } = t;
  const a = `${columnLetter(rect.left)}${rect.top + 1}`;
  const b = `${columnLetter(rect.right)}${rect.bottom + 1}`;
  const quoted = /^[A-Za-z0-9_]+$/.test(t.sheet.name) ? t.sheet.name : `'${t.sheet.name.replace(/'/g, "''")}'`;
  return `${quoted}!${a === b ? a : `${a}:${b}`}`;
}

function isEntireRows(rect: Rect): boolean {
  return rect.left === 0 && rect.right === 16383;
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && a.bottom >= b.top && a.left <= b.right && a.right >= b.left;
}

/** `a` minus `b` as up to four rectangles. */
function subtract(a: Rect, b: Rect): Rect[] {
  if (!overlaps(a, b)) return [a];
  const out: Rect[] = [];
  if (a.top < b.top) out.push({ ...a, bottom: b.top - 1 });
  if (a.bottom > b.bottom) out.push({ ...a, top: b.bottom + 1 });
  const top = Math.max(a.top, b.top);
  const bottom = Math.min(a.bottom, b.bottom);
  if (a.left < b.left) out.push({ top, bottom, left: a.left, right: b.left - 1 });
  if (a.right > b.right) out.push({ top, bottom, left: b.right + 1, right: a.right });
  return out;
}

function guard(sheet: SheetModel): void {
  if (sheet.protected)
    throw new EmulatedExcelError('AccessDenied', 'You cannot perform the requested operation. (the sheet is protected)');
}

function pathBytes(name: string, args: unknown[]): number {
  return name.length + jsonBytes(args);
}

export class Range extends ClientObject {
  private target: Target | null | undefined;
  private formatObj: RangeFormat | undefined;
  private validationObj: DataValidation | undefined;

  constructor(
    ctx: RequestContext,
    private readonly resolver: () => Target | null,
    nullable = false,
    path = 0,
    parent?: ClientObject,
  ) {
    super(ctx, nullable, path, true, parent);
  }

  get format(): RangeFormat {
    return (this.formatObj ??= new RangeFormat(this.ctx, this));
  }

  get dataValidation(): DataValidation {
    this.ctx.requireApi('1.8', 'Range.dataValidation');
    return (this.validationObj ??= new DataValidation(this.ctx, this));
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

  /** Names this object in the current request (for child objects that write through it). */
  touch(): void {
    this.mention();
  }

  /** The request context (for objects got from this range). */
  get context(): RequestContext {
    return this.ctx;
  }

  sheetName = (): string => this.t().sheet.name;
  rect = (): Rect => this.t().rect;

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
      case 'rowHidden': {
        let hidden: boolean | null | undefined;
        for (let r = rect.top; r <= rect.bottom; r++) {
          const h = sheet.hiddenRows.has(r);
          hidden = hidden === undefined ? h : hidden === h ? h : null;
        }
        return hidden ?? false;
      }
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
          return cell?.formula ?? cell?.error ?? cell?.value ?? '';
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
  get rowHidden(): boolean {
    return this.read('rowHidden') as boolean;
  }
  set rowHidden(v: boolean) {
    this.queueWrite('rowHidden', REQUEST_COST.setProperty + 10, this.sheetName, () => {
      const { sheet, rect } = this.t();
      guard(sheet);
      for (let r = rect.top; r <= rect.bottom; r++) {
        if (v) sheet.hiddenRows.add(r);
        else sheet.hiddenRows.delete(r);
      }
    }, this.rect);
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
    this.queueWrite('numberFormat', REQUEST_COST.setProperty + 12 + jsonBytes(v), this.sheetName, () => {
      const { sheet, rect } = this.t();
      guard(sheet);
      this.each(rect, v, 'numberFormat', (r, c, x) => {
        if (x === null || x === undefined) return;
        const cell = sheet.ensure(r, c);
        if (x === 'General') delete cell.numberFormat;
        else cell.numberFormat = String(x);
      });
    }, this.rect);
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
    this.queueWrite(prop, REQUEST_COST.setProperty + prop.length + jsonBytes(v), this.sheetName, () => {
      const { sheet, rect } = this.t();
      guard(sheet);
      this.each(rect, v, prop, (r, c, x) => {
        enterValue(sheet, r, c, x);
        const formula = sheet.cell(r, c)?.formula;
        const table = formula ? sheet.tableAt(r, c) : undefined;
        if (formula && table && r > table.rect.top) {
          // Excel: a formula in a Table column becomes a calculated column, filled down the column.
          table.columnFormulas.set(c, offsetFormulaRows(formula, table.rect.top + 1 - r));
          sheet.fillCalculatedColumn(table, c);
        }
      });
    }, this.rect);
  }

  /**
   * Range.getCellProperties (ExcelApi 1.9): the emulator answers `textRuns` (ExcelApi 1.18) and
   * `format.font.name`, and fails on any other property rather than answer it wrongly. A plain
   * text cell is one run in the cell's font, an empty cell none; each run's font is complete, as
   * Excel reports it. A cell's font name is null when its runs' fonts differ, as RangeFont says.
   */
  getCellProperties(options: Record<string, unknown>): CellPropertiesResult {
    this.ctx.requireApi('1.9', 'Range.getCellProperties');
    const keys = Object.keys(options ?? {});
    const format = options?.format as { font?: Record<string, unknown> } | undefined;
    const formatKeys = format && typeof format === 'object' ? Object.keys(format) : [];
    const fontKeys = format?.font && typeof format.font === 'object' ? Object.keys(format.font) : [];
    if (
      keys.some((k) => k !== 'textRuns' && k !== 'format') ||
      ('format' in (options ?? {}) && (formatKeys.some((k) => k !== 'font') || fontKeys.length === 0 || fontKeys.some((k) => k !== 'name')))
    )
      throw new EmulatedExcelError('NotImplemented', `the emulator's getCellProperties reads textRuns and format.font.name only (asked: ${JSON.stringify(options)})`);
    if (options.textRuns) this.ctx.requireApi('1.18', 'CellPropertiesLoadOptions.textRuns');
    const wantsFont = format?.font?.name === true;
    this.mention();
    const result = new CellPropertiesResult();
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.t();
      if (cellsOf(rect) > CELL_READ_LIMIT) throw new EmulatedExcelError('ResponsePayloadSizeLimitExceeded', `reading ${cellsOf(rect)} cells`);
      const value = matrix(rect, (r, c) => {
        const props: Record<string, unknown> = {};
        if (wantsFont) props.format = { font: { name: fontNameOf(sheet, r, c) } };
        if (options.textRuns) props.textRuns = runsOf(sheet, r, c);
        return props;
      });
      this.ctx.respond(40 + jsonBytes(value));
      result.settle(value);
    }, REQUEST_COST.method + 'GetCellProperties'.length + jsonBytes(options));
    return result;
  }

  /**
   * Range.setCellProperties (ExcelApi 1.9), `textRuns` only (ExcelApi 1.18): the cell's value
   * becomes the runs' text (as text, never typed), each run with its font. Other properties fail
   * (NotImplemented) rather than being ignored.
   */
  setCellProperties(values: Array<Array<Record<string, unknown>>>): void {
    this.ctx.requireApi('1.9', 'Range.setCellProperties');
    for (const row of Array.isArray(values) ? values : [])
      for (const props of Array.isArray(row) ? row : []) {
        const keys = Object.keys(props ?? {});
        if (keys.some((k) => k !== 'textRuns'))
          throw new EmulatedExcelError('NotImplemented', `the emulator's setCellProperties writes textRuns only (given: ${keys.join(', ')})`);
        if ('textRuns' in props) this.ctx.requireApi('1.18', 'SettableCellProperties.textRuns');
      }
    this.queueWrite('setCellProperties', REQUEST_COST.method + 'SetCellProperties'.length + jsonBytes(values), this.sheetName, () => {
      const { sheet, rect } = this.t();
      guard(sheet);
      this.each(rect, values, 'setCellProperties', (r, c, x) => {
        const runs = (x as { textRuns?: unknown }).textRuns;
        if (runs === undefined) return;
        if (!Array.isArray(runs) || runs.some((run) => typeof (run as { text?: unknown })?.text !== 'string'))
          throw new EmulatedExcelError('InvalidArgument', 'textRuns must be an array of { text, font }');
        const model: TextRunModel[] = runs.map((run: { text: string; font?: RunFontModel }) => ({ text: run.text, font: { ...(run.font ?? {}) } }));
        const cell = sheet.ensure(r, c);
        delete cell.formula;
        delete cell.error;
        delete cell.quotePrefix;
        cell.value = model.map((run) => run.text).join('');
        if (model.length > 0) cell.runs = model;
        else delete cell.runs;
      });
    }, this.rect);
  }

  insert(shift: string): Range {
    this.queueWrite('insert', REQUEST_COST.method + 10, this.sheetName, () => {
      const { sheet, rect } = this.t();
      guard(sheet);
      if (shift !== 'Down' || !isEntireRows(rect))
        throw new EmulatedExcelError('NotImplemented', 'the emulator inserts entire rows only');
      const n = rect.bottom - rect.top + 1;
      sheet.insertRows(rect.top, n);
      // Like Excel, new rows take the formats and height of the row above.
      const aboveHeight = sheet.rowHeights.get(rect.top - 1);
      if (aboveHeight !== undefined) for (let i = 0; i < n; i++) sheet.rowHeights.set(rect.top + i, aboveHeight);
      const above = sheet.rows[rect.top - 1];
      if (above)
        for (let i = 0; i < n; i++)
          above.forEach((cell, c) => {
            if (!cell) return;
            const { numberFormat: nf, fill, pattern, patternColor } = cell;
            if (nf === undefined && fill === undefined && pattern === undefined) return;
            const target = sheet.ensure(rect.top + i, c);
            if (nf !== undefined) target.numberFormat = nf;
            if (fill !== undefined) target.fill = fill;
            if (pattern !== undefined) target.pattern = pattern;
            if (patternColor !== undefined) target.patternColor = patternColor;
          });
    }, this.rect);
    return new Range(this.ctx, () => this.t(), false, pathBytes('Insert', [shift]), this);
  }

  delete(shift: string): void {
    this.queueWrite('delete', REQUEST_COST.method + 10, this.sheetName, () => {
      const { sheet, rect } = this.t();
      guard(sheet);
      if (shift !== 'Up' || !isEntireRows(rect))
        throw new EmulatedExcelError('NotImplemented', 'the emulator deletes entire rows only');
      sheet.deleteRows(rect.top, rect.bottom - rect.top + 1);
    }, this.rect);
  }

  clear(applyTo = 'All'): void {
    this.queueWrite('clear', REQUEST_COST.method + 10, this.sheetName, () => {
      const { sheet, rect } = this.t();
      guard(sheet);
      for (let r = rect.top; r <= rect.bottom; r++)
        for (let c = rect.left; c <= rect.right; c++) {
          const cell = sheet.cell(r, c);
          if (!cell) continue;
          if (applyTo === 'All' || applyTo === 'Contents') {
            cell.value = null;
            delete cell.formula;
            delete cell.error;
            delete cell.quotePrefix;
            delete cell.runs;
          }
          if (applyTo === 'All' || applyTo === 'Formats') {
            delete cell.numberFormat;
            delete cell.fill;
            delete cell.pattern;
            delete cell.patternColor;
          }
        }
    }, this.rect);
  }

  getMergedAreasOrNullObject(): RangeAreas {
    this.ctx.requireApi('1.13', 'Range.getMergedAreasOrNullObject');
    return new RangeAreas(this, () => {
      const { sheet, rect } = this.t();
      // As Excel does (office-js issue #3611): only areas whose top-left cell is in the range.
      const hits = sheet.merges.filter((m) => m.top >= rect.top && m.top <= rect.bottom && m.left >= rect.left && m.left <= rect.right);
      if (hits.length > MERGED_AREAS_LIMIT)
        throw new EmulatedExcelError('GeneralException', `There are ${hits.length} merged areas in the range (at most ${MERGED_AREAS_LIMIT}).`);
      return hits.length ? hits.map((m) => addressOf({ sheet, rect: m })) : null;
    });
  }

  merge(across = false): void {
    this.queueWrite('merge', REQUEST_COST.method + 10, this.sheetName, () => {
      const { sheet, rect } = this.t();
      guard(sheet);
      const rows = across ? Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) => rect.top + i) : [rect.top];
      for (const top of rows) {
        const bottom = across ? top : rect.bottom;
        const m = { top, bottom, left: rect.left, right: rect.right };
        sheet.merges = sheet.merges.filter((x) => !overlaps(x, m));
        sheet.merges.push(m);
        // Excel keeps only the top-left value.
        for (let r = m.top; r <= m.bottom; r++)
          for (let c = m.left; c <= m.right; c++)
            if (r !== m.top || c !== m.left) {
              const cell = sheet.cell(r, c);
              if (cell) {
                cell.value = null;
                delete cell.formula;
                delete cell.error;
              }
            }
      }
    }, this.rect);
  }

  unmerge(): void {
    this.queueWrite('unmerge', REQUEST_COST.method + 10, this.sheetName, () => {
      const { sheet, rect } = this.t();
      guard(sheet);
      sheet.merges = sheet.merges.filter((x) => !overlaps(x, rect));
    }, this.rect);
  }

  select(): void {
    this.mention();
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.t();
      this.ctx.model.activeIndex = this.ctx.model.sheets.indexOf(sheet);
      this.ctx.model.selection = { sheet: sheet.name, rect: { ...rect } };
      this.ctx.model.changed();
    }, REQUEST_COST.method);
  }

  copyFrom(source: string | Range, copyType = 'All'): void {
    this.ctx.requireApi('1.9', 'Range.copyFrom');
    this.queueWrite('copyFrom', REQUEST_COST.method + 30 + (typeof source === 'string' ? source.length : 0), this.sheetName, () => {
      const { sheet, rect } = this.t();
      guard(sheet);
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
            for (const k of ['numberFormat', 'fill', 'pattern', 'patternColor'] as const) {
              if (from?.[k] !== undefined) to[k] = from[k];
              else delete to[k];
            }
            if (from?.style !== undefined) to.style = structuredClone(from.style);
            else delete to.style;
          }
          if (copyType === 'Values' || copyType === 'All') enterValue(sheet, r, c, from?.value ?? '');
        }
    }, this.rect);
  }

  getCell(row: number, col: number): Range {
    return new Range(
      this.ctx,
      () => {
        const { sheet, rect } = this.t();
        const r = rect.top + row;
        const c = rect.left + col;
        return { sheet, rect: { top: r, left: c, bottom: r, right: c } };
      },
      false,
      pathBytes('GetCell', [row, col]),
      this,
    );
  }

  getTables(fullyContained = false): TableCollection {
    this.ctx.requireApi('1.9', 'Range.getTables');
    return new TableCollection(this.ctx, () => this.t().sheet, () => ({ rect: this.t().rect, fully: fullyContained }), this);
  }

  getEntireRow(): Range {
    return new Range(
      this.ctx,
      () => {
        const { sheet, rect } = this.t();
        return { sheet, rect: { top: rect.top, bottom: rect.bottom, left: 0, right: 16383 } };
      },
      false,
      pathBytes('GetEntireRow', []),
      this,
    );
  }
}

export class RangeAreas extends ClientObject {
  constructor(
    range: Range,
    private readonly resolver: () => string[] | null,
  ) {
    super(range.context, true, pathBytes('GetMergedAreasOrNullObject', []), true, range);
  }

  private areas: string[] | null | undefined;

  private resolve(): string[] | null {
    if (this.areas === undefined) this.areas = this.resolver();
    return this.areas;
  }

  protected override isNull(): boolean {
    return this.resolve() === null;
  }

  protected override fetch(name: string): unknown {
    const areas = this.resolve() ?? [];
    if (name === 'address') return areas.join(', ');
    if (name === 'areaCount') return areas.length;
    return super.fetch(name);
  }

  get address(): string {
    return this.read('address') as string;
  }

  get areaCount(): number {
    return this.read('areaCount') as number;
  }
}

export class RangeFormat extends ClientObject {
  readonly fill: RangeFill;
  readonly font: RangeFont;
  readonly borders: { getItem(edge: string): { style: string } };
  constructor(
    ctx: RequestContext,
    private readonly range: Range,
  ) {
    super(ctx, false, 6, false, range);
    this.fill = new RangeFill(ctx, { targets: () => [range.t()], sheetName: range.sheetName, rect: range.rect }, this);
    this.font = new RangeFont(ctx, range, this);
    const styleEach = (fn: (s: CellStyleModel) => void) => styleCells(this, range, fn);
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

  /** Queues a style write on the range (for RangeFont and borders). */
  styleWrite(method: string, fn: () => void): void {
    this.range.touch();
    this.queueWrite(method, REQUEST_COST.setProperty + 20, this.range.sheetName, fn, this.range.rect);
  }

  set horizontalAlignment(v: string) {
    styleCells(this, this.range, (s) => (s.horizontal = v));
  }

  set verticalAlignment(v: string) {
    styleCells(this, this.range, (s) => (s.vertical = v));
  }

  set wrapText(v: boolean) {
    styleCells(this, this.range, (s) => (s.wrap = v));
  }

  /** Points, as Excel's columnWidth; the model keeps pixels (4/3 of a point). */
  set columnWidth(points: number) {
    this.styleWrite('columnWidth', () => {
      const { sheet, rect } = this.range.t();
      for (let c = rect.left; c <= rect.right; c++) sheet.colWidths[c] = Math.round((points * 4) / 3);
    });
  }

  protected override fetch(name: string): unknown {
    if (name !== 'rowHeight') return super.fetch(name);
    const { sheet, rect } = this.range.t();
    let h: number | null | undefined;
    for (let r = rect.top; r <= rect.bottom; r++) {
      const here = sheet.rowHeights.get(r) ?? 15;
      h = h === undefined ? here : h === here ? h : null;
    }
    return h ?? 15;
  }

  get rowHeight(): number {
    return this.read('rowHeight') as number;
  }

  set rowHeight(v: number) {
    this.range.touch();
    this.queueWrite('rowHeight', REQUEST_COST.setProperty + 20, this.range.sheetName, () => {
      const { sheet, rect } = this.range.t();
      guard(sheet);
      // The standard height (15 points) is no custom height.
      for (let r = rect.top; r <= rect.bottom; r++) {
        if (v === 15) sheet.rowHeights.delete(r);
        else sheet.rowHeights.set(r, v);
      }
    }, this.range.rect);
  }
}

/** Applies a style change to every cell of the range (created when missing). */
function styleCells(format: RangeFormat, range: Range, fn: (s: CellStyleModel) => void, runFont?: (f: RunFontModel) => RunFontModel): void {
  format.styleWrite('format', () => {
    const { sheet, rect } = range.t();
    guard(sheet);
    for (let r = rect.top; r <= rect.bottom; r++)
      for (let c = rect.left; c <= rect.right; c++) {
        const cell = sheet.ensure(r, c);
        fn((cell.style ??= {}));
        if (runFont && cell.runs) cell.runs = cell.runs.map((run) => ({ text: run.text, font: runFont(run.font) }));
      }
  });
}

/** A cell's text runs as getCellProperties reports them: each with its complete font. */
function runsOf(sheet: SheetModel, r: number, c: number): Array<{ text: string; font: RunFontModel }> {
  const cell = sheet.cell(r, c);
  const s = cell?.style ?? {};
  const base: RunFontModel = {
    name: s.fontName ?? 'Calibri',
    size: s.fontSize ?? 11,
    bold: s.bold ?? false,
    italic: s.italic ?? false,
    color: s.fontColor ?? '#000000',
    underline: 'None',
    strikethrough: false,
    subscript: false,
    superscript: false,
    tintAndShade: 0,
  };
  if (cell?.runs?.length) return cell.runs.map((run) => ({ text: run.text, font: { ...base, ...run.font } }));
  const text = sheet.text(r, c);
  return text === '' ? [] : [{ text, font: base }];
}

/** One cell's font name as Excel reports it: the name its runs share, null when they differ. */
function fontNameOf(sheet: SheetModel, r: number, c: number): string | null {
  const cell = sheet.cell(r, c);
  const own = cell?.style?.fontName ?? 'Calibri';
  if (!cell?.runs?.length) return own;
  const names = new Set(cell.runs.map((run) => run.font.name ?? own));
  return names.size === 1 ? [...names][0]! : null;
}

/** What getCellProperties returns: `value` readable after the sync that answers it. */
export class CellPropertiesResult {
  private answer: Array<Array<Record<string, unknown>>> | undefined;
  settle(value: Array<Array<Record<string, unknown>>>): void {
    this.answer = value;
  }
  get value(): Array<Array<Record<string, unknown>>> {
    if (this.answer === undefined) throw notLoaded('value');
    return this.answer;
  }
}

/** range.format.font: name, size, bold, italic, colour (null when the cells differ, as Excel). */
export class RangeFont extends ClientObject {
  constructor(
    ctx: RequestContext,
    private readonly range: Range,
    private readonly format: RangeFormat,
  ) {
    super(ctx, false, 4, false, format);
  }

  protected override fetch(name: string): unknown {
    const { sheet, rect } = this.range.t();
    const key = ({ name: 'fontName', size: 'fontSize', bold: 'bold', italic: 'italic', color: 'fontColor' } as const)[name as 'name'];
    if (!key) return super.fetch(name);
    let out: unknown;
    for (let r = rect.top; r <= rect.bottom; r++)
      for (let c = rect.left; c <= rect.right; c++) {
        const cell = sheet.cell(r, c);
        const own = cell?.style?.[key] ?? (key === 'fontName' ? 'Calibri' : key === 'fontSize' ? 11 : key === 'fontColor' ? '#000000' : false);
        // A rich cell reports a property its runs share, else null (mixed), like a range of cells.
        const heres = cell?.runs?.length ? cell.runs.map((run) => run.font[name as keyof RunFontModel] ?? own) : [own];
        for (const here of heres) {
          if (out === undefined) out = here;
          else if (out !== here) out = null;
        }
      }
    return out ?? null;
  }

  get name(): string {
    return this.read('name') as string;
  }
  // A font property set on a cell applies to all its text: every run of a rich cell too.
  set name(v: string) {
    if (typeof v !== 'string') throw new EmulatedExcelError('InvalidArgument', 'RangeFont.name must be a string');
    styleCells(this.format, this.range, (s) => (s.fontName = v), (f) => ({ ...f, name: v }));
  }
  set size(v: number) {
    styleCells(this.format, this.range, (s) => (s.fontSize = v), (f) => ({ ...f, size: v }));
  }
  set bold(v: boolean) {
    styleCells(this.format, this.range, (s) => (s.bold = v), (f) => ({ ...f, bold: v }));
  }
  set italic(v: boolean) {
    styleCells(this.format, this.range, (s) => (s.italic = v), (f) => ({ ...f, italic: v }));
  }
  set color(v: string) {
    styleCells(this.format, this.range, (s) => (s.fontColor = v.toUpperCase()), (f) => ({ ...f, color: v.toUpperCase() }));
  }
}

/** What a fill paints: one range, or the areas of a RangeAreas. */
export interface FillHost {
  targets(): Target[];
  sheetName(): string;
  /** The first area, for fault injection. */
  rect(): Rect;
}

/** Cell fill. As Excel reports it: no fill is colour "#FFFFFF" with pattern "None". */
export class RangeFill extends ClientObject {
  constructor(
    ctx: RequestContext,
    private readonly host: FillHost,
    format: ClientObject,
  ) {
    super(ctx, false, 4, false, format);
  }

  protected override fetch(name: string): unknown {
    if (name !== 'color' && name !== 'pattern' && name !== 'patternColor' && name !== 'tintAndShade' && name !== 'patternTintAndShade')
      return super.fetch(name);
    if (name !== 'color') this.ctx.requireApi('1.9', `RangeFill.${name}`);
    let out: string | number | null | undefined;
    for (const { sheet, rect } of this.host.targets())
      for (let r = rect.top; r <= rect.bottom; r++)
        for (let c = rect.left; c <= rect.right; c++) {
          const cell = sheet.cell(r, c);
          const filled = cell?.fill !== undefined || cell?.pattern !== undefined;
          let here: string | number | null;
          if (name === 'color') here = (cell?.fill ?? '#FFFFFF').toUpperCase();
          else if (name === 'pattern') here = filled ? (cell?.pattern ?? 'Solid') : 'None';
          else if (name === 'patternColor') here = cell?.patternColor ?? null;
          else here = 0;
          if (out === undefined) out = here;
          else if (out !== here) out = null;
        }
    return out ?? null;
  }

  get color(): string {
    return this.read('color') as string;
  }

  set color(v: string) {
    this.setProp('color', v, (cell) => {
      // A colour alone is a solid fill (pattern kept when one is set).
      cell.fill = v.toUpperCase();
    });
  }

  get pattern(): string {
    return this.read('pattern') as string;
  }

  set pattern(v: string) {
    this.ctx.requireApi('1.9', 'RangeFill.pattern');
    this.setProp('pattern', v, (cell) => {
      if (v === 'None') {
        delete cell.fill;
        delete cell.pattern;
        delete cell.patternColor;
      } else if (v === 'Solid') {
        delete cell.pattern;
        cell.fill ??= '#FFFFFF';
      } else cell.pattern = v;
    });
  }

  get patternColor(): string | null {
    return this.read('patternColor') as string | null;
  }

  set patternColor(v: string) {
    this.ctx.requireApi('1.9', 'RangeFill.patternColor');
    this.setProp('patternColor', v, (cell) => {
      cell.patternColor = v.toUpperCase();
    });
  }

  get tintAndShade(): number {
    return this.read('tintAndShade') as number;
  }

  set tintAndShade(_v: number) {
    this.ctx.requireApi('1.9', 'RangeFill.tintAndShade');
    this.setProp('tintAndShade', _v, () => undefined);
  }

  get patternTintAndShade(): number {
    return this.read('patternTintAndShade') as number;
  }

  set patternTintAndShade(_v: number) {
    this.ctx.requireApi('1.9', 'RangeFill.patternTintAndShade');
    this.setProp('patternTintAndShade', _v, () => undefined);
  }

  private each(f: (cell: CellModel | undefined, sheet: SheetModel, r: number, c: number) => void): void {
    for (const { sheet, rect } of this.host.targets()) {
      guard(sheet);
      for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) f(sheet.cell(r, c), sheet, r, c);
    }
  }

  private setProp(name: string, v: unknown, f: (cell: CellModel) => void): void {
    this.queueWrite(`fill.${name}`, REQUEST_COST.setProperty + name.length + jsonBytes(v), this.host.sheetName, () => {
      this.each((_, sheet, r, c) => f(sheet.ensure(r, c)));
    }, this.host.rect);
  }

  clear(): void {
    this.queueWrite('fill.clear', REQUEST_COST.method + 5, this.host.sheetName, () => {
      this.each((cell) => {
        if (!cell) return;
        delete cell.fill;
        delete cell.pattern;
        delete cell.patternColor;
      });
    }, this.host.rect);
  }
}

/** The format of a RangeAreas: only its fill here. */
export class AreasFormat extends ClientObject {
  readonly fill: RangeFill;
  constructor(ctx: RequestContext, host: FillHost, areas: ClientObject) {
    super(ctx, false, 6, false, areas);
    this.fill = new RangeFill(ctx, host, this);
  }
}

/** Several ranges of one sheet as one object (Worksheet.getRanges, ExcelApi 1.9). */
export class MultiRange extends ClientObject implements FillHost {
  private formatObj: AreasFormat | undefined;

  constructor(
    ctx: RequestContext,
    private readonly resolve: () => Target[],
    address: string,
    parent: ClientObject,
  ) {
    super(ctx, false, pathBytes('GetRanges', [address]), true, parent);
  }

  targets(): Target[] {
    return this.resolve();
  }

  sheetName = (): string => this.resolve()[0]?.sheet.name ?? '';
  rect = (): Rect => this.resolve()[0]?.rect ?? { top: 0, left: 0, bottom: 0, right: 0 };

  get format(): AreasFormat {
    return (this.formatObj ??= new AreasFormat(this.ctx, this, this));
  }

  protected override fetch(name: string): unknown {
    const t = this.resolve();
    if (name === 'areaCount') return t.length;
    if (name === 'address') return t.map((x) => addressOf(x)).join(', ');
    return super.fetch(name);
  }

  get areaCount(): number {
    return this.read('areaCount') as number;
  }
}

interface RuleInput {
  list?: { inCellDropDown?: boolean; source: string };
  [kind: string]: unknown;
}

const RULE_TYPES: Record<string, string> = {
  list: 'List',
  wholeNumber: 'WholeNumber',
  decimal: 'Decimal',
  date: 'Date',
  time: 'Time',
  textLength: 'TextLength',
  custom: 'Custom',
};

/** Data validation over a range (ExcelApi 1.8). */
export class DataValidation extends ClientObject {
  constructor(
    ctx: RequestContext,
    private readonly range: Range,
  ) {
    super(ctx, false, 14, false, range);
  }

  /** The validations covering each cell of the range (undefined: none). */
  private covering(): (ValidationModel | undefined)[] {
    const { sheet, rect } = this.range.t();
    const out: (ValidationModel | undefined)[] = [];
    for (let r = rect.top; r <= rect.bottom; r++)
      for (let c = rect.left; c <= rect.right; c++)
        out.push(sheet.validations.find((v) => r >= v.rect.top && r <= v.rect.bottom && c >= v.rect.left && c <= v.rect.right));
    return out;
  }

  /**
   * Excel keeps identical rules as one (an OOXML dataValidation with several ranges in its
   * sqref): cells under rules equal in every part report that rule, however they were set.
   */
  private static same(a: ValidationModel | undefined, b: ValidationModel | undefined): boolean {
    if (a === b) return true;
    if (!a || !b) return false;
    // As Excel reports them: an unset prompt or ignoreBlanks is its default.
    const key = (v: ValidationModel) =>
      JSON.stringify([v.type, v.rule, v.errorAlert ?? null, v.prompt?.showPrompt ? v.prompt : null, v.ignoreBlanks ?? true]);
    return key(a) === key(b);
  }

  private single(): ValidationModel | null | undefined {
    const all = this.covering();
    const first = all[0];
    return all.every((v) => DataValidation.same(v, first)) ? first : null;
  }

  protected override fetch(name: string): unknown {
    const all = this.covering();
    switch (name) {
      case 'type': {
        if (all.every((v) => v === undefined)) return 'None';
        const first = all[0];
        if (all.every((v) => DataValidation.same(v, first))) return first?.type ?? 'None';
        if (all.every((v) => v !== undefined && v.type === first?.type)) return 'MixedCriteria';
        return 'Inconsistent';
      }
      case 'rule': {
        const one = this.single();
        return one ? JSON.parse(JSON.stringify(one.rule)) : one === undefined ? {} : null;
      }
      case 'errorAlert': {
        const one = this.single();
        return one?.errorAlert ? { ...one.errorAlert } : one === undefined ? { showAlert: true, style: 'Stop', title: '', message: '' } : null;
      }
      case 'prompt': {
        const one = this.single();
        return one?.prompt ? { ...one.prompt } : one === undefined ? { showPrompt: false, title: '', message: '' } : null;
      }
      case 'ignoreBlanks': {
        const one = this.single();
        return one ? (one.ignoreBlanks ?? true) : one === undefined ? true : null;
      }
      default:
        return super.fetch(name);
    }
  }

  get type(): string {
    return this.read('type') as string;
  }

  get rule(): RuleInput {
    return this.read('rule') as RuleInput;
  }

  set rule(rule: RuleInput) {
    this.range.touch();
    this.queueWrite('dataValidation.rule', REQUEST_COST.setProperty + jsonBytes(rule), this.range.sheetName, () => {
      const { sheet, rect } = this.range.t();
      guard(sheet);
      const kind = Object.keys(rule).find((k) => rule[k] !== undefined && RULE_TYPES[k]);
      if (!kind) throw new EmulatedExcelError('InvalidArgument', 'no data validation rule');
      if (rule.list && !rule.list.source.startsWith('=') && rule.list.source.length > 255)
        throw new EmulatedExcelError('InvalidArgument', 'a list source is at most 255 characters');
      sheet.validations = sheet.validations.flatMap((v) => subtract(v.rect, rect).map((r) => ({ ...v, rect: r })));
      const model: ValidationModel = { rect: { ...rect }, type: RULE_TYPES[kind] ?? kind, rule: JSON.parse(JSON.stringify(rule)) };
      if (rule.list) model.listSource = rule.list.source;
      sheet.validations.push(model);
    }, this.range.rect);
  }

  private setOn(name: string, value: unknown, f: (v: ValidationModel) => void): void {
    this.range.touch();
    this.queueWrite(`dataValidation.${name}`, REQUEST_COST.setProperty + jsonBytes(value), this.range.sheetName, () => {
      const { sheet, rect } = this.range.t();
      guard(sheet);
      for (const v of sheet.validations) if (overlaps(v.rect, rect)) f(v);
    }, this.range.rect);
  }

  get errorAlert(): Record<string, unknown> {
    return this.read('errorAlert') as Record<string, unknown>;
  }

  set errorAlert(alert: Record<string, unknown>) {
    this.setOn('errorAlert', alert, (v) => {
      v.errorAlert = { ...(v.errorAlert ?? {}), ...alert };
      if (typeof alert.style === 'string') v.alertStyle = alert.style;
    });
  }

  get prompt(): Record<string, unknown> {
    return this.read('prompt') as Record<string, unknown>;
  }

  set prompt(p: Record<string, unknown>) {
    this.setOn('prompt', p, (v) => (v.prompt = { ...(v.prompt ?? {}), ...p }));
  }

  get ignoreBlanks(): boolean {
    return this.read('ignoreBlanks') as boolean;
  }

  set ignoreBlanks(b: boolean) {
    this.setOn('ignoreBlanks', b, (v) => (v.ignoreBlanks = b));
  }

  clear(): void {
    this.range.touch();
    this.queueWrite('dataValidation.clear', REQUEST_COST.method, this.range.sheetName, () => {
      const { sheet, rect } = this.range.t();
      guard(sheet);
      sheet.validations = sheet.validations.flatMap((v) => subtract(v.rect, rect).map((r) => ({ ...v, rect: r })));
    }, this.range.rect);
  }
}
