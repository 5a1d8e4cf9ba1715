/**
 * A1 references and what deleting rows does to them, as Excel does it (Microsoft, "Insert or
 * delete rows and columns": references to moved cells follow them, a reference to a deleted
 * cell becomes #REF!, a range over deleted rows shrinks).
 *
 * Shapes: rows are 1-based (as written in A1), columns 0-based (as in src/core). A reference is
 * an Area: a single cell (`B7`), a rectangle (`B7:C13`), whole columns (`A:C`) or whole rows
 * (`5:6`), each bound with its `$` anchor. Pure; no XML here.
 */

/** Last row and column of a sheet (Excel 2007 and later; ECMA-376 Part 1, 18.3.1.73). */
export const MAX_ROW = 1048576;
export const MAX_COL = 16384;

/** One bound of an area: a row number (1-based) or a column index (0-based), and its `$`. */
export interface Bound {
  n: number;
  abs: boolean;
}

/**
 * A reference. `top`/`bottom` are absent for whole columns, `left`/`right` for whole rows.
 * `single` is a cell written without a colon (`B7`): deleting its row makes it #REF!.
 */
export interface Area {
  single: boolean;
  top?: Bound;
  bottom?: Bound;
  left?: Bound;
  right?: Bound;
}

/** A rectangle without anchors, bounds inclusive (rows 1-based, columns 0-based). */
export interface Rect {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7})$/;
const COL = /^(\$?)([A-Za-z]{1,3})$/;
const ROW = /^(\$?)([0-9]{1,7})$/;

/** "A" → 0, "XFD" → 16383; -1 when past XFD. */
export function colIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + ((letters.charCodeAt(i) | 0x20) - 96);
  return n - 1 < MAX_COL ? n - 1 : -1;
}

/** 0 → "A". */
export function colLetters(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function rowOk(n: number): boolean {
  return n >= 1 && n <= MAX_ROW;
}

/** Parses `B7`, `$B$7`, `B7:C13`, `A:C`, `$5:$6`. Undefined when the text is not a reference. */
export function parseArea(text: string): Area | undefined {
  const colon = text.indexOf(':');
  if (colon < 0) {
    const m = CELL.exec(text);
    if (!m) return undefined;
    const col = colIndex(m[2] as string);
    const row = Number(m[4]);
    if (col < 0 || !rowOk(row)) return undefined;
    const left = { n: col, abs: m[1] === '$' };
    const top = { n: row, abs: m[3] === '$' };
    return { single: true, top, bottom: top, left, right: left };
  }
  const a = text.slice(0, colon);
  const b = text.slice(colon + 1);
  const ca = CELL.exec(a);
  const cb = CELL.exec(b);
  if (ca && cb) {
    const l = colIndex(ca[2] as string);
    const r = colIndex(cb[2] as string);
    const t = Number(ca[4]);
    const btm = Number(cb[4]);
    if (l < 0 || r < 0 || !rowOk(t) || !rowOk(btm)) return undefined;
    return {
      single: false,
      left: { n: l, abs: ca[1] === '$' },
      top: { n: t, abs: ca[3] === '$' },
      right: { n: r, abs: cb[1] === '$' },
      bottom: { n: btm, abs: cb[3] === '$' },
    };
  }
  const ka = COL.exec(a);
  const kb = COL.exec(b);
  if (ka && kb) {
    const l = colIndex(ka[2] as string);
    const r = colIndex(kb[2] as string);
    if (l < 0 || r < 0) return undefined;
    return { single: false, left: { n: l, abs: ka[1] === '$' }, right: { n: r, abs: kb[1] === '$' } };
  }
  const ra = ROW.exec(a);
  const rb = ROW.exec(b);
  if (ra && rb) {
    const t = Number(ra[2]);
    const btm = Number(rb[2]);
    if (!rowOk(t) || !rowOk(btm)) return undefined;
    return { single: false, top: { n: t, abs: ra[1] === '$' }, bottom: { n: btm, abs: rb[1] === '$' } };
  }
  return undefined;
}

const colText = (b: Bound) => `${b.abs ? '$' : ''}${colLetters(b.n)}`;
const rowText = (b: Bound) => `${b.abs ? '$' : ''}${b.n}`;

/** The A1 text of an area, anchors kept, columns in capitals. */
export function formatArea(a: Area): string {
  if (a.top && a.bottom && a.left && a.right) {
    const first = colText(a.left) + rowText(a.top);
    return a.single ? first : `${first}:${colText(a.right)}${rowText(a.bottom)}`;
  }
  if (a.left && a.right) return `${colText(a.left)}:${colText(a.right)}`;
  if (a.top && a.bottom) return `${rowText(a.top)}:${rowText(a.bottom)}`;
  throw new Error('formatArea: empty area');
}

/** The rectangle an area covers (whole columns run over every row, whole rows over every column). */
export function rectOf(a: Area): Rect {
  return {
    top: a.top?.n ?? 1,
    bottom: a.bottom?.n ?? MAX_ROW,
    left: a.left?.n ?? 0,
    right: a.right?.n ?? MAX_COL - 1,
  };
}

/**
 * Rows deleted from one sheet, in the numbering before the deletion (1-based). Answers where
 * a surviving row goes: `newRow(r) = r - (deleted rows above r)`.
 */
export class RowDeletion {
  /** Sorted, unique, 1-based. */
  readonly rows: readonly number[];
  private readonly set: ReadonlySet<number>;

  constructor(rows: Iterable<number>) {
    this.rows = [...new Set(rows)].filter((r) => rowOk(r)).sort((a, b) => a - b);
    this.set = new Set(this.rows);
  }

  get first(): number | undefined {
    return this.rows[0];
  }

  get empty(): boolean {
    return this.rows.length === 0;
  }

  isDeleted(row: number): boolean {
    return this.set.has(row);
  }

  /** Deleted rows strictly above `row`. */
  countBefore(row: number): number {
    return lowerBound(this.rows, row);
  }

  /** Deleted rows at or above `row`. */
  countAtMost(row: number): number {
    return lowerBound(this.rows, row + 1);
  }

  /** The row's number after the deletion; undefined when it is deleted. */
  newRow(row: number): number | undefined {
    return this.set.has(row) ? undefined : row - this.countBefore(row);
  }

  /** True when at least one row in top..bottom survives. */
  survivesIn(top: number, bottom: number): boolean {
    return bottom - top + 1 > this.countAtMost(bottom) - this.countBefore(top);
  }

  /** The first surviving row at or below `row` (old numbering), or undefined. */
  firstSurvivorFrom(row: number, limit = MAX_ROW): number | undefined {
    let r = row;
    while (r <= limit && this.set.has(r)) r++;
    return r <= limit ? r : undefined;
  }
}

function lowerBound(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * What deleting rows does to an area of the same sheet, as Excel does it: a cell on a deleted
 * row, or a range whose rows are all deleted, becomes #REF! (null); a range over deleted rows
 * shrinks; anything below moves up; whole columns never change; a range reaching the last row
 * keeps reaching it. Returns the same object when nothing changes.
 */
export function deleteRowsInArea(a: Area, del: RowDeletion): Area | null {
  if (!a.top || !a.bottom) return a;
  const top = a.top.n;
  const bottom = a.bottom.n;
  if (a.single) {
    if (del.isDeleted(top)) return null;
    const n = top - del.countBefore(top);
    return n === top ? a : { ...a, top: { ...a.top, n }, bottom: { ...a.bottom, n } };
  }
  const lo = Math.min(top, bottom);
  const hi = Math.max(top, bottom);
  const nLo = lo - del.countBefore(lo);
  const nHi = hi === MAX_ROW ? MAX_ROW : hi - del.countAtMost(hi);
  if (nHi < nLo) return null;
  const [nTop, nBottom] = top <= bottom ? [nLo, nHi] : [nHi, nLo];
  if (nTop === top && nBottom === bottom) return a;
  return { ...a, top: { ...a.top, n: nTop }, bottom: { ...a.bottom, n: nBottom } };
}

/**
 * Moves the relative bounds of an area by `dRow` rows and `dCol` columns (how a shared formula
 * or a validation formula reads from another cell). Null when a bound leaves the sheet (#REF!).
 */
export function translateArea(a: Area, dRow: number, dCol: number): Area | null {
  if (dRow === 0 && dCol === 0) return a;
  const mv = (b: Bound | undefined, d: number, max: number, min: number): Bound | undefined | null => {
    if (!b || b.abs || d === 0) return b;
    const n = b.n + d;
    return n < min || n > max ? null : { n, abs: false };
  };
  const top = mv(a.top, dRow, MAX_ROW, 1);
  const bottom = mv(a.bottom, dRow, MAX_ROW, 1);
  const left = mv(a.left, dCol, MAX_COL - 1, 0);
  const right = mv(a.right, dCol, MAX_COL - 1, 0);
  if (top === null || bottom === null || left === null || right === null) return null;
  if (top === a.top && bottom === a.bottom && left === a.left && right === a.right) return a;
  const out: Area = { single: a.single };
  if (top) out.top = top;
  if (bottom) out.bottom = bottom;
  if (left) out.left = left;
  if (right) out.right = right;
  return out;
}

/**
 * A space-separated list of areas (`sqref` of validations, conditional formats, selections).
 * Undefined when one item is not a reference.
 */
export function parseSqref(text: string): Area[] | undefined {
  const out: Area[] = [];
  for (const item of text.split(/\s+/)) {
    if (item === '') continue;
    const a = parseArea(item);
    if (!a) return undefined;
    out.push(a);
  }
  return out;
}

/**
 * Deletes rows in an sqref: items on deleted rows go, ranges shrink, later ones move. Returns
 * the new text ('' when nothing is left), or undefined when the text is not an sqref.
 * Unchanged items keep their exact spelling.
 */
export function deleteRowsInSqref(text: string, del: RowDeletion): string | undefined {
  const items = text.split(/\s+/).filter((s) => s !== '');
  const out: string[] = [];
  for (const item of items) {
    const a = parseArea(item);
    if (!a) return undefined;
    const b = deleteRowsInArea(a, del);
    if (b === null) continue;
    out.push(b === a ? item : formatArea(b));
  }
  return out.join(' ');
}

/** Case-insensitive sheet-name equality, as Excel compares sheet names. */
export function sameSheet(a: string, b: string): boolean {
  return a === b || a.normalize('NFC').toLocaleUpperCase('vi') === b.normalize('NFC').toLocaleUpperCase('vi');
}

/** A sheet name as a formula prefix: quoted when it needs to be (`'Phụ lục'!`), `Sheet1!` otherwise. */
export function sheetPrefix(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !parseArea(name) && !/^R\d*C\d*$/i.test(name)
    ? `${name}!`
    : `'${name.replace(/'/g, "''")}'!`;
}
