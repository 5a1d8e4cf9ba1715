/**
 * Sheet protection as Excel enforces it, for the writer: a fix must not do to a protected sheet
 * what Excel would refuse its user (ECMA-376 Part 1, 18.3.1.85 `sheetProtection`).
 *
 * - A sheet is protected when its `sheetProtection` says `sheet` true (1). Each other attribute
 *   is true when the action is *protected* (not allowed); `deleteRows` and `insertRows` default
 *   to true, so only `deleteRows="0"` (`insertRows="0"`) lets rows be deleted (inserted). Values
 *   are read the safe way: anything but false (0) in `sheet` protects, and only false (0) frees
 *   an action or a cell; an unknown spelling never lifts a protection.
 * - On a protected sheet no locked cell may be written. A cell is locked unless its format
 *   (18.8.45 `cellXfs` `xf`) says `<protection locked="0"/>` (18.8.33; locked is the default):
 *   the xf's own `protection`, else, when the xf does not apply its own (`applyProtection` not
 *   true), the `protection` of its cell style (`xfId` in `cellStyleXfs`). A cell the file does not
 *   hold has the format Excel gives an empty cell: its row's (`customFormat`), else its column's
 *   (`col`/@style), else xf 0.
 * - A row may be deleted only when `deleteRows` is false and every cell of the row, all 16,384
 *   columns, empty ones included, is unlocked (Excel: "the cell or chart you're trying to change
 *   is on a protected sheet" otherwise).
 * - Rows may be inserted only when `insertRows` is false; their written cells, formatted like the
 *   template row, must be unlocked too.
 *
 * A workbook's own protection (`workbookProtection` in workbook.xml: lockStructure, lockWindows)
 * protects the list of sheets and their windows, not cells or rows: it stops nothing here.
 * Ranges a protected sheet lets users edit (`protectedRanges`, possibly with a password) are not
 * taken as unlocked: the fix is refused and the user unprotects the sheet.
 *
 * Pure; the sheet is scanned only when its text mentions `sheetProtection`.
 */
import { columnIndex } from '../core/grid/address';
import { parseBoolean } from './package';
import { MAX_COL } from './row-deletion';
import { isMain, walkXml, withFastScan, XmlSyntaxError } from './xml-splice';
import { attr, childNamed, childrenNamed, parseXmlTree } from './xml';
import { XlsxError } from './errors';
import { colLetters } from './row-deletion';
import { XS } from './strings';
import type { WriterEdit } from './write';

/** A protected sheet: what it allows and the formats of the rows a fix touches. */
export interface ProtectedSheet {
  /** Rows may be deleted (`deleteRows` false), each only when all its cells are unlocked. */
  deleteRows: boolean;
  /** Rows may be inserted (`insertRows` false). */
  insertRows: boolean;
  /** The format (cellXfs index) of a cell as Excel has it: 1-based row, 0-based column; only rows asked for are known cell by cell. */
  styleAt(row: number, col: number): number;
  /** Whether any of the 16,384 cells of a row (1-based) has a locked format. */
  rowHasLocked(row: number, locked: (style: number) => boolean): boolean;
}

interface RowFormat {
  /** The row's own format for its empty cells (`s` with `customFormat`), when it has one. */
  style?: number;
  /** Formats of the cells the file holds, by 0-based column. */
  cells: Map<number, number>;
}

/** A `col` element: columns min..max (0-based) with their format. */
interface ColFormat {
  min: number;
  max: number;
  style: number;
}

const styleIndex = (v: string | undefined): number => {
  const n = v === undefined ? 0 : Number(v);
  return Number.isInteger(n) && n >= 0 ? n : 0;
};

/**
 * The sheet's protection, or undefined when it is not protected. `rows` (1-based): the rows whose
 * cells' formats are wanted (the rows a fix writes, deletes or copies the format of).
 */
export function sheetProtection(xml: string, rows: ReadonlySet<number>): ProtectedSheet | undefined {
  if (!xml.includes('sheetProtection')) return undefined;
  let result: { attrs: Array<Readonly<Record<string, string>>>; cols: ColFormat[]; formats: Map<number, RowFormat> };
  try {
    result = withFastScan((mode) => scan(xml, rows, mode));
  } catch (e) {
    // Not well-formed: the writer's own pass over the sheet says so.
    if (e instanceof XmlSyntaxError) return undefined;
    throw e;
  }
  // Two sheetProtection elements (a damaged file): whatever either protects stays protected.
  const on = result.attrs.filter((a) => a.sheet !== undefined && !isFalse(a.sheet));
  if (on.length === 0) return undefined;
  const { cols, formats } = result;
  const colStyle = (col: number): number => cols.find((c) => c.min <= col && col <= c.max)?.style ?? 0;
  return {
    deleteRows: on.every((a) => isFalse(a.deleteRows)),
    insertRows: on.every((a) => isFalse(a.insertRows)),
    styleAt(row, col) {
      const f = formats.get(row);
      const own = f?.cells.get(col);
      if (own !== undefined) return own;
      if (f?.style !== undefined) return f.style;
      return colStyle(col);
    },
    rowHasLocked(row, locked) {
      const f = formats.get(row);
      const cells = f?.cells ?? new Map<number, number>();
      for (const s of cells.values()) if (locked(s)) return true;
      // The empty cells: the row's format, else each column's.
      const emptyIn = (min: number, max: number): boolean => {
        let held = 0;
        for (const c of cells.keys()) if (c >= min && c <= max) held++;
        return held < max - min + 1;
      };
      if (f?.style !== undefined) return locked(f.style) && emptyIn(0, MAX_COL - 1);
      let next = 0;
      for (const c of [...cols].sort((x, y) => x.min - y.min)) {
        const min = Math.max(c.min, next);
        if (min > next && locked(0) && emptyIn(next, min - 1)) return true;
        if (c.max >= min && locked(c.style) && emptyIn(min, c.max)) return true;
        next = Math.max(next, c.max + 1);
      }
      return next <= MAX_COL - 1 && locked(0) && emptyIn(next, MAX_COL - 1);
    },
  };
}

/**
 * An xsd:boolean that says false ("0", "false"). Protection is read strictly the safe way: a
 * sheet is protected unless its `sheet` says false, and an action or a cell is free only when its
 * attribute says false; a misspelling ("no", "False") never lifts a protection.
 */
const isFalse = (v: string | undefined): boolean => v !== undefined && (v.trim() === '0' || v.trim() === 'false');

function scan(xml: string, rows: ReadonlySet<number>, mode: 'fast' | 'strict') {
  const attrs: Array<Readonly<Record<string, string>>> = [];
  const cols: ColFormat[] = [];
  const formats = new Map<number, RowFormat>();
  let sheetData = -1;
  let rowNum = 0;
  let colNum = -1;
  let current: RowFormat | undefined;
  walkXml(
    xml,
    {
      open(el) {
        if (sheetData >= 0 && el.depth === sheetData + 1 && el.local === 'row') {
          const r = el.attributes.r;
          rowNum = r !== undefined && /^\s*\d+\s*$/.test(r) ? Number(r) : rowNum + 1;
          colNum = -1;
          current = undefined;
          if (!rows.has(rowNum)) return true;
          current = { cells: new Map() };
          if (parseBoolean(el.attributes.customFormat) === true) current.style = styleIndex(el.attributes.s);
          formats.set(rowNum, current);
          return;
        }
        if (sheetData >= 0 && el.depth === sheetData + 2 && el.local === 'c') {
          const m = /^\$?([A-Za-z]{1,3})\$?\d+$/.exec(el.attributes.r ?? '');
          colNum = m ? columnIndex(m[1] as string) : colNum + 1;
          current?.cells.set(colNum, styleIndex(el.attributes.s));
          return true;
        }
        if (el.depth !== 1 || !isMain(el.uri)) return el.depth >= 1 && sheetData < 0 && el.local !== 'cols';
        if (el.local === 'sheetData') sheetData = el.depth;
        else if (el.local === 'sheetProtection') attrs.push(el.attributes);
        else if (el.local === 'cols') return;
        else return true;
      },
      close(el) {
        if (el.local === 'col' && el.depth === 2 && sheetData < 0 && isMain(el.uri)) {
          const min = Number(el.attributes.min);
          const max = Number(el.attributes.max);
          if (Number.isInteger(min) && Number.isInteger(max) && min >= 1 && max >= min) cols.push({ min: min - 1, max: Math.min(max, MAX_COL) - 1, style: styleIndex(el.attributes.style) });
        } else if (el.local === 'sheetData' && el.depth === sheetData) sheetData = -2;
      },
    },
    mode,
  );
  return { attrs, cols, formats };
}

/**
 * Which formats (cellXfs indexes) are locked, from styles.xml (see the module's comment); every
 * format is locked when the workbook has no styles part or it cannot be read.
 */
export function lockedStyles(stylesXml: string | undefined): (style: number) => boolean {
  if (stylesXml === undefined) return () => true;
  let unlocked: boolean[];
  try {
    const root = parseXmlTree(stylesXml, 'styles.xml');
    const own = (xf: ReturnType<typeof childNamed>) => {
      const p = xf ? childNamed(xf, 'protection') : undefined;
      if (!p) return undefined;
      const v = attr(p, 'locked');
      return v === undefined ? true : !isFalse(v);
    };
    const styleXfs = childNamed(root, 'cellStyleXfs');
    const base = styleXfs ? childrenNamed(styleXfs, 'xf').map((xf) => own(xf)) : [];
    const xfs = childNamed(root, 'cellXfs');
    unlocked = (xfs ? childrenNamed(xfs, 'xf') : []).map((xf) => {
      const mine = own(xf);
      if (mine !== undefined || parseBoolean(attr(xf, 'applyProtection')) === true) return mine === false;
      return base[styleIndex(attr(xf, 'xfId'))] === false;
    });
  } catch (e) {
    if (e instanceof XlsxError) return () => true;
    throw e;
  }
  return (style) => unlocked[style] !== true;
}

/**
 * Why Excel would not let its user make these edits on a protected sheet (Vietnamese, naming the
 * sheet and the cell or row), or undefined. Cells and rows in the numbering before the fix.
 */
export function protectionRefusal(sheet: string, edits: readonly WriterEdit[], prot: ProtectedSheet, locked: (style: number) => boolean): string | undefined {
  for (const e of edits) {
    if (e.kind === 'set' || e.kind === 'formula') {
      if (locked(prot.styleAt(e.row, e.col))) return XS.protectedCell(sheet, `${colLetters(e.col)}${e.row}`);
    } else if (e.kind === 'delete-row') {
      if (!prot.deleteRows) return XS.protectedNoDelete(sheet, e.row);
      if (prot.rowHasLocked(e.row, locked)) return XS.protectedLockedRow(sheet, e.row);
    } else {
      if (!prot.insertRows) return XS.protectedNoInsert(sheet, e.row);
      for (const values of e.values ?? []) {
        for (let c = 0; c < values.length; c++) {
          const v = values[c];
          if (v === null || v === undefined) continue;
          // A new cell takes the format of the template row's cell (0: no such row, its column's).
          if (locked(prot.styleAt(e.like ?? 0, c))) return XS.protectedNewCell(sheet, e.row);
        }
      }
    }
  }
  return undefined;
}
