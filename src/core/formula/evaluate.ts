/**
 * The one formula evaluator of phuluc. It computes the formulas a file holds without a
 * calculated value (openpyxl, exceljs and XlsxWriter save none; XlsxWriter saves 0 and asks
 * Excel to recalculate on load), so that a budget total `=SUM(F7:F9)` is read as Excel would show
 * it rather than as nothing — or worse, as 0 (src/xlsx/read.ts, through evaluatePending); and it
 * recomputes formulas after a write in memory (recalc.ts, through evaluateFormula).
 *
 * Formulas are tokenised with excel-formula-tokenizer and the functions are @formulajs/formulajs
 * (both maintained libraries); this module only parses the tokens by Excel's operator precedence
 * and looks up cells. What it evaluates: numbers, text, TRUE/FALSE, error literals; references
 * to cells and ranges, on this sheet or another ('Phụ lục'!E13, whole columns and rows clipped
 * to the used range); `+ - * / ^ & %`, unary minus, comparisons, parentheses; the functions in
 * FUNCTIONS below (SUM, ROUND, PRODUCT, IF..., and DATE as a serial in the workbook's date system). Anything else — defined names, tables, other
 * workbooks, volatile functions (TODAY, RAND, INDIRECT, OFFSET), text that would have to be
 * read as a number in the user's locale, circular references — is NOT COMPUTED: the cell keeps
 * `uncomputed: true` and a null value. Never a guess, never 0.
 *
 * API
 *   evaluatePending(grids, pending, onComputed) → number of cells evaluated (a workbook's formulas)
 *   evaluateIn(formula, lookup)                  → EvalResult (one formula over sheets `lookup` gives)
 *   evaluateFormula(formula, cellLookup, sheet?, date1904?) → FormulaResult (one formula over its own sheet)
 *
 * Excel semantics kept: SUM and the other aggregates skip text, booleans and empty cells inside a
 * range but take them as arguments; an empty cell is 0 in arithmetic; errors propagate. Source:
 * Microsoft's Excel function and operator reference ("Calculation operators and precedence").
 */
import { tokenize } from 'excel-formula-tokenizer';
import type { Token } from 'excel-formula-tokenizer';
import {
  ABS,
  AVERAGE,
  CONCATENATE,
  COUNT,
  COUNTA,
  COUNTBLANK,
  COUNTIF,
  INT,
  ISBLANK,
  ISERROR,
  ISNUMBER,
  ISTEXT,
  LEFT,
  LEN,
  LOWER,
  MAX,
  MID,
  MIN,
  MOD,
  POWER,
  PRODUCT,
  RIGHT,
  ROUND,
  ROUNDDOWN,
  ROUNDUP,
  SQRT,
  SUM,
  SUMIF,
  SUMPRODUCT,
  TRIM,
  TRUNC,
  UPPER,
} from '@formulajs/formulajs';
import { columnIndex } from '../grid/address';
import type { Cell, Grid } from '../grid/types';

/** A formula cell whose value is to be computed. */
export interface PendingFormula {
  grid: Grid;
  cell: Cell;
  /** 0-based */
  row: number;
  col: number;
}

/** A cell's value as formulas see it: null is a blank cell. */
export type Scalar = number | string | boolean | null;
export interface ErrorValue {
  error: string;
}
type Value = Scalar | ErrorValue;
interface Matrix {
  matrix: Value[][];
}
type Result = Value | Matrix;

export type EvalResult = { ok: true; value: Scalar } | { ok: true; error: string } | { ok: false };

/** Thrown (and caught here) when a formula cannot be evaluated faithfully; a Lookup throws it for a cell without a value. */
export class NotComputable extends Error {}
export const NOT_COMPUTABLE = new NotComputable('not computable');

/** How formulas reach cells: a value, or NOT_COMPUTABLE thrown for cells that have none. */
export interface Lookup {
  /** The grid a reference names ('' for the formula's own sheet), or undefined when there is no such sheet. */
  grid(sheet: string | undefined): Grid | undefined;
  /** The value of a cell (evaluating it first if it is pending). */
  value(grid: Grid, row: number, col: number): Value;
  /**
   * The used size of a grid: whole columns and rows (and ranges past it, which are blank) are
   * clipped to it. Undefined: whole columns and rows are not computed, ranges not clipped.
   * Without this method, the size of `grid.rows`.
   */
  size?(grid: Grid): { rows: number; cols: number } | undefined;
}

const isError = (v: unknown): v is ErrorValue => typeof v === 'object' && v !== null && 'error' in v;
const isMatrix = (v: unknown): v is Matrix => typeof v === 'object' && v !== null && 'matrix' in v;

/**
 * Evaluates every pending formula, each cell at most a few times whatever the order of its
 * dependencies: cells are taken in the order given (document order); a formula that meets
 * pending cells not yet evaluated is put back, those cells are evaluated first (an explicit
 * stack, so a chain of 100,000 formulas cannot overflow the call stack), then it is evaluated
 * again. A cycle, or any formula that cannot be evaluated, leaves its cell — and every cell that
 * depends on it — `uncomputed`. A computed cell gets its value (or error) and loses
 * `uncomputed`; `onComputed` is called on it (to add display text). Returns how many were computed.
 */
export function evaluatePending(grids: readonly Grid[], pending: readonly PendingFormula[], onComputed: (cell: Cell) => void): number {
  const byName = new Map<string, Grid>();
  for (const g of grids) byName.set(g.name.toLowerCase(), g);
  const index = new Map<Grid, Map<number, PendingFormula>>();
  for (const p of pending) {
    let m = index.get(p.grid);
    if (!m) index.set(p.grid, (m = new Map()));
    m.set(p.row * 16384 + p.col, p);
  }
  // queued: on the stack, not started; active: being evaluated, its dependencies above it on the stack.
  const state = new Map<PendingFormula, 'queued' | 'active' | 'failed' | 'done'>();
  let computed = 0;
  // The pending cells the formula being evaluated met before they had a value.
  let missing: PendingFormula[] = [];

  const lookupFor = (own: Grid): Lookup => ({
    grid: (sheet) => (sheet === undefined ? own : byName.get(sheet.toLowerCase())),
    value: (grid, row, col) => {
      const p = index.get(grid)?.get(row * 16384 + col);
      if (p) {
        const s = state.get(p);
        if (s === 'failed') throw NOT_COMPUTABLE;
        if (s === 'active') throw NOT_COMPUTABLE; // a cycle: it waits for this very formula
        if (s === undefined || s === 'queued') {
          missing.push(p);
          return null; // a stand-in: this result is thrown away and the formula evaluated again
        }
      }
      const cell = grid.rows[row]?.[col];
      if (!cell) return null;
      if (cell.uncomputed) throw NOT_COMPUTABLE;
      if (cell.error !== undefined) return { error: cell.error };
      const v = cell.value;
      if (v instanceof Date) throw NOT_COMPUTABLE;
      return v;
    },
  });

  const fail = (p: PendingFormula) => state.set(p, 'failed');
  for (const first of pending) {
    if (state.has(first)) continue;
    const stack: PendingFormula[] = [first];
    while (stack.length > 0) {
      const p = stack[stack.length - 1] as PendingFormula;
      const s = state.get(p);
      if (s === 'done' || s === 'failed') {
        stack.pop();
        continue;
      }
      if (p.cell.formula === undefined) {
        fail(p);
        stack.pop();
        continue;
      }
      state.set(p, 'active');
      missing = [];
      let r: EvalResult;
      try {
        r = evaluateIn(p.cell.formula, lookupFor(p.grid));
      } catch (e) {
        if (!(e instanceof NotComputable)) throw e;
        r = { ok: false };
      }
      // While a dependency is pending, any result (even "not computable") came from a stand-in.
      const need = missing.filter((q) => {
        const t = state.get(q);
        return t === undefined || t === 'queued';
      });
      if (need.length > 0) {
        for (const q of need) {
          state.set(q, 'queued');
          stack.push(q);
        }
        continue;
      }
      stack.pop();
      if (!r.ok) {
        fail(p);
        continue;
      }
      if ('error' in r) {
        p.cell.value = null;
        p.cell.error = r.error;
      } else p.cell.value = r.value;
      delete p.cell.uncomputed;
      onComputed(p.cell);
      state.set(p, 'done');
      computed++;
    }
  }
  return computed;
}

/**
 * Evaluates one formula (without "=") against the cells `lookup` gives. A result that is a
 * blank reference reads as 0, as Excel shows `=A1` of an empty A1.
 */
export function evaluateIn(formula: string, lookup: Lookup): EvalResult {
  let tokens: Token[];
  try {
    tokens = deletedReferences(tokenize(formula).filter((t) => t.type !== 'white-space' && t.type !== 'noop'));
  } catch {
    return { ok: false };
  }
  try {
    const p = new Parser(tokens);
    const node = p.expression(0);
    if (!p.done()) return { ok: false };
    let v = scalarOf(evalNode(node, lookup));
    if (v === null) v = 0;
    if (isError(v)) return { ok: true, error: v.error };
    return { ok: true, value: v };
  } catch (e) {
    if (e instanceof NotComputable) return { ok: false };
    throw e;
  }
}

/**
 * A reference to deleted cells on another sheet ('Phụ lục'!#REF!, as Excel and the writer leave
 * it) comes from the tokenizer as an unknown "'Phụ lục'!" and the error #REF!: one #REF! operand.
 */
function deletedReferences(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (t.type === 'unknown' && t.value.endsWith('!') && next?.type === 'operand' && next.subtype === 'error' && next.value.toUpperCase() === '#REF!') {
      out.push(next);
      i++;
    } else out.push(t);
  }
  return out;
}

// ---- parsing ----

type Node =
  | { k: 'lit'; v: Value }
  | { k: 'ref'; text: string }
  | { k: 'neg'; a: Node }
  | { k: 'pct'; a: Node }
  | { k: 'bin'; op: string; a: Node; b: Node }
  | { k: 'call'; name: string; args: Node[] };

/** Excel's precedence, low to high (comparison, &, + -, * /, ^); negation and % bind tighter than ^. */
const INFIX: Record<string, number> = { '=': 1, '<>': 1, '<': 1, '>': 1, '<=': 1, '>=': 1, '&': 2, '+': 3, '-': 3, '*': 4, '/': 4, '^': 5 };
const PREFIX_LEVEL = 6;

class Parser {
  private i = 0;
  constructor(private readonly t: Token[]) {}

  done(): boolean {
    return this.i >= this.t.length;
  }

  private peek(): Token | undefined {
    return this.t[this.i];
  }

  private next(): Token {
    const tok = this.t[this.i++];
    if (!tok) throw NOT_COMPUTABLE;
    return tok;
  }

  expression(min: number): Node {
    let left = this.prefix();
    for (;;) {
      const tok = this.peek();
      if (!tok) return left;
      if (tok.type === 'operator-postfix' && tok.value === '%') {
        this.i++;
        left = { k: 'pct', a: left };
        continue;
      }
      if (tok.type !== 'operator-infix') return left;
      const prec = INFIX[tok.value];
      if (prec === undefined) throw NOT_COMPUTABLE; // intersection, union
      if (prec < min) return left;
      this.i++;
      const right = this.expression(prec + 1);
      left = { k: 'bin', op: tok.value, a: left, b: right };
    }
  }

  private prefix(): Node {
    const tok = this.next();
    switch (tok.type) {
      case 'operator-prefix': {
        const a = this.expression(PREFIX_LEVEL);
        return tok.value === '-' ? { k: 'neg', a } : a;
      }
      case 'operand':
        return operand(tok);
      case 'subexpression': {
        if (tok.subtype !== 'start') throw NOT_COMPUTABLE;
        const inner = this.expression(0);
        const close = this.next();
        if (close.type !== 'subexpression' || close.subtype !== 'stop') throw NOT_COMPUTABLE;
        return inner;
      }
      case 'function': {
        if (tok.subtype !== 'start') throw NOT_COMPUTABLE;
        const name = tok.value.toUpperCase().replace(/^_XL(?:FN|WS)\./, '');
        if (name === 'ARRAY' || name === 'ARRAYROW') throw NOT_COMPUTABLE;
        const args: Node[] = [];
        if (this.peek()?.type === 'function' && this.peek()?.subtype === 'stop') {
          this.i++;
          return { k: 'call', name, args };
        }
        for (;;) {
          const t = this.peek();
          if (t && t.type === 'argument') throw NOT_COMPUTABLE; // an omitted argument
          args.push(this.expression(0));
          const sep = this.next();
          if (sep.type === 'argument') continue;
          if (sep.type === 'function' && sep.subtype === 'stop') break;
          throw NOT_COMPUTABLE;
        }
        return { k: 'call', name, args };
      }
      default:
        throw NOT_COMPUTABLE;
    }
  }
}

const ERROR_LITERALS = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A']);

function operand(tok: Token): Node {
  switch (tok.subtype) {
    case 'number': {
      const n = Number(tok.value);
      if (!Number.isFinite(n)) throw NOT_COMPUTABLE;
      return { k: 'lit', v: n };
    }
    case 'text':
      return { k: 'lit', v: tok.value };
    case 'logical':
      return { k: 'lit', v: tok.value.toUpperCase() === 'TRUE' };
    case 'error':
      if (!ERROR_LITERALS.has(tok.value.toUpperCase())) throw NOT_COMPUTABLE;
      return { k: 'lit', v: { error: tok.value.toUpperCase() } };
    case 'range':
      return { k: 'ref', text: tok.value };
    default:
      throw NOT_COMPUTABLE;
  }
}

// ---- evaluation ----

function evalNode(n: Node, lookup: Lookup): Result {
  switch (n.k) {
    case 'lit':
      return n.v;
    case 'ref':
      return reference(n.text, lookup);
    case 'neg':
      // -x is x × -1 and x% is x / 100 in Excel, errors and #VALUE! included.
      return binary('*', scalarOf(evalNode(n.a, lookup)), -1);
    case 'pct':
      return binary('/', scalarOf(evalNode(n.a, lookup)), 100);
    case 'bin':
      return binary(n.op, scalarOf(evalNode(n.a, lookup)), scalarOf(evalNode(n.b, lookup)));
    case 'call':
      return call(n.name, n.args, lookup);
  }
}

/**
 * A reference token ("B7", "'Phụ lục'!B7:B13", "A:A"): the tokenizer has already unescaped a
 * quoted sheet name, so the sheet is what lies between the quotes.
 */
function reference(text: string, lookup: Lookup): Result {
  let sheet: string | undefined;
  let address = text;
  const bang = text.lastIndexOf('!');
  if (bang >= 0) {
    const prefix = text.slice(0, bang);
    address = text.slice(bang + 1);
    sheet = prefix.startsWith("'") && prefix.endsWith("'") ? prefix.slice(1, -1) : prefix;
    if (sheet.startsWith('[') || sheet.includes(':')) throw NOT_COMPUTABLE; // another workbook, 3-D
  }
  // A reference whose cells were deleted ('Phụ lục'!#REF!, as Excel and the writer leave it) is the #REF! error.
  if (address.toUpperCase() === '#REF!') return { error: '#REF!' };
  const ref = parseArea(address);
  if (!ref) throw NOT_COMPUTABLE; // a name, a table
  const grid = lookup.grid(sheet);
  if (!grid) return { error: '#REF!' };
  return rangeValues(ref, grid, lookup);
}

/** One end of an area: a column, a row or both (0-based). */
interface AreaEnd {
  row?: number;
  col?: number;
}
/** A cell, or a range between two ends of the same kind (A1:B2, A:B, 1:2). */
interface Area {
  kind: 'cell' | 'range';
  start: AreaEnd;
  end?: AreaEnd;
}

const AREA_END = /^\$?([A-Za-z]{1,3})?\$?(\d{1,7})?$/;

function areaEnd(text: string): AreaEnd | undefined {
  const m = AREA_END.exec(text);
  if (!m || (m[1] === undefined && m[2] === undefined)) return undefined;
  const end: AreaEnd = {};
  if (m[1] !== undefined) {
    end.col = columnIndex(m[1]);
    if (end.col >= 16384) return undefined;
  }
  if (m[2] !== undefined) {
    end.row = Number(m[2]) - 1;
    if (end.row < 0 || end.row >= 1048576) return undefined;
  }
  return end;
}

/** An A1 address without a sheet ("B7", "$B$7:$B$13", "A:A", "2:3"), or undefined (a name, a table). */
function parseArea(address: string): Area | undefined {
  const parts = address.split(':');
  if (parts.length > 2) return undefined;
  const a = areaEnd(parts[0] ?? '');
  if (!a) return undefined;
  if (parts.length === 1) return a.row !== undefined && a.col !== undefined ? { kind: 'cell', start: a } : undefined;
  const b = areaEnd(parts[1] ?? '');
  if (!b || (a.row === undefined) !== (b.row === undefined) || (a.col === undefined) !== (b.col === undefined)) return undefined;
  return { kind: 'range', start: a, end: b };
}

function usedSize(grid: Grid): { rows: number; cols: number } {
  let cols = 0;
  for (const r of grid.rows) if (r && r.length > cols) cols = r.length;
  return { rows: grid.rows.length, cols };
}

function rangeValues(ref: Area, grid: Grid, lookup: Lookup): Result {
  if (ref.kind === 'cell') return lookup.value(grid, ref.start.row as number, ref.start.col as number);
  const end = ref.end as AreaEnd;
  const size = lookup.size ? lookup.size(grid) : usedSize(grid);
  const whole = ref.start.row === undefined || ref.start.col === undefined;
  if (whole && !size) throw NOT_COMPUTABLE;
  const rows = size ? size.rows : 1048576;
  const cols = size ? size.cols : 16384;
  const top = Math.min(ref.start.row ?? 0, end.row ?? 0);
  const bottom = Math.min(Math.max(ref.start.row ?? rows - 1, end.row ?? rows - 1), rows - 1);
  const left = Math.min(ref.start.col ?? 0, end.col ?? 0);
  const right = Math.min(Math.max(ref.start.col ?? cols - 1, end.col ?? cols - 1), cols - 1);
  if ((bottom - top + 1) * (right - left + 1) > 5_000_000) throw NOT_COMPUTABLE;
  const matrix: Value[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row: Value[] = [];
    for (let c = left; c <= right; c++) row.push(lookup.value(grid, r, c));
    matrix.push(row);
  }
  return { matrix };
}

/** A single value: a 1×1 range is its cell; a larger range in a scalar place is not computed (implicit intersection). */
function scalarOf(v: Result): Value {
  if (!isMatrix(v)) return v;
  if (v.matrix.length === 1 && v.matrix[0]?.length === 1) return v.matrix[0][0] as Value;
  if (v.matrix.length === 0) return null;
  throw NOT_COMPUTABLE;
}

/** A value as a number in arithmetic: blanks 0, TRUE 1; digits-only text; other text depends on the locale. */
function toNumber(v: Scalar): number {
  if (typeof v === 'number') return v;
  if (v === null) return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const t = v.trim();
  // Text without a digit is no number in any locale; digits alone are the same in every locale.
  if (!/\d/.test(t)) throw new ValueError();
  if (/^[+-]?\d{1,15}$/.test(t)) return Number(t);
  throw NOT_COMPUTABLE;
}

/** #VALUE! raised inside an operator. */
class ValueError extends Error {}

function toText(v: Scalar): string {
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') {
    if (Number.isInteger(v) && Math.abs(v) < 1e15) return String(v);
    throw NOT_COMPUTABLE; // General's rendering of fractions and large numbers is not ours to guess
  }
  return v;
}

function binary(op: string, a: Value, b: Value): Value {
  if (isError(a)) return a;
  if (isError(b)) return b;
  try {
    switch (op) {
      case '+':
        return finite(toNumber(a) + toNumber(b));
      case '-':
        return finite(toNumber(a) - toNumber(b));
      case '*':
        return finite(toNumber(a) * toNumber(b));
      case '/': {
        const d = toNumber(b);
        const x = toNumber(a);
        return d === 0 ? { error: '#DIV/0!' } : finite(x / d);
      }
      case '^': {
        const x = toNumber(a);
        const y = toNumber(b);
        if (x === 0 && y === 0) return { error: '#NUM!' };
        return finite(Math.pow(x, y));
      }
      case '&':
        return toText(a) + toText(b);
      default:
        return compare(op, a, b);
    }
  } catch (e) {
    if (e instanceof ValueError) return { error: '#VALUE!' };
    throw e;
  }
}

function finite(x: number): Value {
  return Number.isFinite(x) ? x : { error: '#NUM!' };
}

/** Excel's comparison: numbers < text < logicals; text without regard to case; a blank is 0, "" or FALSE. */
function compare(op: string, a: Scalar, b: Scalar): boolean {
  const rank = (v: Scalar) => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  let x: Scalar = a;
  let y: Scalar = b;
  if (x === null) x = y === null ? 0 : typeof y === 'number' ? 0 : typeof y === 'string' ? '' : false;
  if (y === null) y = typeof x === 'number' ? 0 : typeof x === 'string' ? '' : false;
  let c: number;
  if (rank(x) !== rank(y)) c = rank(x) - rank(y);
  else if (typeof x === 'string') {
    const p = x.toLowerCase();
    const q = (y as string).toLowerCase();
    c = p < q ? -1 : p > q ? 1 : 0;
  } else c = Number(x) - Number(y);
  switch (op) {
    case '=':
      return c === 0;
    case '<>':
      return c !== 0;
    case '<':
      return c < 0;
    case '>':
      return c > 0;
    case '<=':
      return c <= 0;
    case '>=':
      return c >= 0;
  }
  throw NOT_COMPUTABLE;
}

// ---- functions ----

type JsArg = unknown;
type Fn = (...args: JsArg[]) => unknown;

/**
 * The functions evaluated, all from @formulajs/formulajs: deterministic ones whose result does
 * not depend on the user's locale. IF, IFERROR, AND, OR, NOT are evaluated here, lazily where
 * Excel is lazy (the branch IF does not take may hold anything).
 */
const FUNCTIONS: Readonly<Record<string, Fn>> = {
  SUM,
  PRODUCT,
  ROUND,
  ROUNDUP,
  ROUNDDOWN,
  INT,
  TRUNC,
  ABS,
  MOD,
  POWER,
  SQRT,
  MIN,
  MAX,
  AVERAGE,
  COUNT,
  COUNTA,
  COUNTBLANK,
  COUNTIF,
  SUMIF,
  SUMPRODUCT,
  CONCATENATE,
  CONCAT: CONCATENATE,
  LEFT,
  RIGHT,
  MID,
  LEN,
  TRIM,
  UPPER,
  LOWER,
  ISBLANK,
  ISNUMBER,
  ISTEXT,
  ISERROR,
};

/** Functions whose arguments are text: a number given to them must be rendered as General would. */
const TEXT_FUNCTIONS = new Set(['CONCATENATE', 'CONCAT', 'LEFT', 'RIGHT', 'MID', 'LEN', 'TRIM', 'UPPER', 'LOWER']);
/** Functions that skip text and logicals met in a range (Excel; formulajs would add "12" as 12). */
const NUMBERS_IN_RANGES = new Set(['SUM', 'PRODUCT', 'MIN', 'MAX', 'AVERAGE', 'COUNT', 'SUMPRODUCT']);
/** Functions that take text arguments as they are (criteria, counts, type tests). */
const ANY_FUNCTIONS = new Set(['COUNTA', 'COUNTBLANK', 'COUNTIF', 'SUMIF', 'ISBLANK', 'ISNUMBER', 'ISTEXT', 'ISERROR']);

function call(name: string, args: Node[], lookup: Lookup): Result {
  switch (name) {
    case 'IF': {
      if (args.length < 1 || args.length > 3) throw NOT_COMPUTABLE;
      const c = scalarOf(evalNode(args[0] as Node, lookup));
      if (isError(c)) return c;
      const truth = truthy(c);
      if (truth === undefined) return { error: '#VALUE!' };
      const branch = truth ? args[1] : args[2];
      if (!branch) return truth ? 0 : false; // IF(x) / IF(x, y) with the branch left out
      return evalNode(branch, lookup);
    }
    case 'IFERROR': {
      if (args.length !== 2) throw NOT_COMPUTABLE;
      const v = scalarOf(evalNode(args[0] as Node, lookup));
      return isError(v) ? evalNode(args[1] as Node, lookup) : v;
    }
    case 'AND':
    case 'OR': {
      if (args.length === 0) throw NOT_COMPUTABLE;
      let any = false;
      let all = true;
      let seen = false;
      for (const a of args) {
        const r = evalNode(a, lookup);
        const values = isMatrix(r) ? r.matrix.flat() : [r];
        for (const v of values) {
          if (isError(v)) return v;
          // In ranges text and blanks are skipped; a direct text argument is #VALUE!.
          if (v === null || (typeof v === 'string' && isMatrix(r))) continue;
          const t = truthy(v);
          if (t === undefined) return { error: '#VALUE!' };
          seen = true;
          any ||= t;
          all &&= t;
        }
      }
      if (!seen) return { error: '#VALUE!' };
      return name === 'AND' ? all : any;
    }
    case 'DATE':
      return date(args, lookup);
    case 'NOT': {
      if (args.length !== 1) throw NOT_COMPUTABLE;
      const v = scalarOf(evalNode(args[0] as Node, lookup));
      if (isError(v)) return v;
      const t = truthy(v);
      return t === undefined ? { error: '#VALUE!' } : !t;
    }
  }
  const fn = FUNCTIONS[name];
  if (!fn) throw NOT_COMPUTABLE;
  const numbersOnly = NUMBERS_IN_RANGES.has(name);
  const jsArgs = args.map((a) => {
    const r = evalNode(a, lookup);
    // A reference, even to one cell, gives only its numbers (text and logicals skipped), as in Excel.
    if (numbersOnly && (isMatrix(r) || a.k === 'ref')) {
      const m = isMatrix(r) ? r.matrix : [[r]];
      return toJs({ matrix: m.map((row) => row.map((v) => (typeof v === 'string' || typeof v === 'boolean' ? null : v))) });
    }
    return toJs(r);
  });
  for (let i = 0; i < jsArgs.length; i++) {
    const a = jsArgs[i];
    if (TEXT_FUNCTIONS.has(name)) {
      if (typeof a === 'number') jsArgs[i] = toText(a);
    } else if (!ANY_FUNCTIONS.has(name) && typeof a === 'string') {
      // Text given directly to a numeric function is read as a number in the user's locale.
      const t = a.trim();
      if (!/^[+-]?\d{1,15}$/.test(t)) throw NOT_COMPUTABLE;
      jsArgs[i] = Number(t);
    }
  }
  let out: unknown;
  try {
    out = fn(...jsArgs);
  } catch {
    throw NOT_COMPUTABLE;
  }
  return fromJs(out);
}

/**
 * DATE(year, month, day) as Excel computes it (Microsoft's DATE function reference): each
 * argument truncated to an integer; a year 0–1899 is added to 1900, a year below 0 or from
 * 10000 is #NUM!; months and days past their range carry into the next or previous month and
 * year. The result is the
 * serial in the workbook's date system: the 1900 system counts Excel's fake 29/02/1900 (serial
 * 60, so DATE(1900,2,29) is 60), and a result before the system's first day (serial < 0, or a
 * year past 9999) is #NUM!. formulajs's DATE gives a JS Date in the local time zone: not used.
 */
function date(args: Node[], lookup: Lookup): Result {
  if (args.length !== 3) throw NOT_COMPUTABLE;
  const parts: number[] = [];
  for (const a of args) {
    const v = scalarOf(evalNode(a, lookup));
    if (isError(v)) return v;
    let n: number;
    if (typeof v === 'number') n = v;
    else if (v === null) n = 0;
    else if (typeof v === 'boolean') n = v ? 1 : 0;
    else {
      // Text read as a number in the user's locale: only plain integers are certain.
      const t = v.trim();
      if (!/^[+-]?\d{1,15}$/.test(t)) throw NOT_COMPUTABLE;
      n = Number(t);
    }
    parts.push(Math.trunc(n));
  }
  const [typed, month, day] = parts as [number, number, number];
  if (typed < 0 || typed >= 10000) return { error: '#NUM!' };
  const year = typed < 1900 ? typed + 1900 : typed;
  const date1904 = lookup.grid(undefined)?.date1904 === true;
  // The first of the month (months carried into years), then the days added to it.
  const firstOfMonth = Date.UTC(year, month - 1, 1);
  const y = new Date(firstOfMonth).getUTCFullYear();
  if (y > 9999 || y < 1900) return { error: '#NUM!' };
  const firstSerial = date1904 ? (firstOfMonth - Date.UTC(1904, 0, 1)) / 86_400_000 : serial1900(firstOfMonth);
  const serial = firstSerial + day - 1;
  const last = date1904 ? (Date.UTC(9999, 11, 31) - Date.UTC(1904, 0, 1)) / 86_400_000 : serial1900(Date.UTC(9999, 11, 31));
  if (serial < 0 || serial > last) return { error: '#NUM!' };
  return serial;
}

/** The 1900-system serial of the first of a month (ms UTC): from March 1900 on, one more for the fake 29/02/1900. */
function serial1900(ms: number): number {
  const days = (ms - Date.UTC(1899, 11, 31)) / 86_400_000;
  return ms >= Date.UTC(1900, 2, 1) ? days + 1 : days;
}

function truthy(v: Scalar): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (v === null) return false;
  const t = v.trim().toUpperCase();
  if (t === 'TRUE') return true;
  if (t === 'FALSE') return false;
  return undefined;
}

/** Our values as formulajs takes them: errors as Error objects, ranges as 2-D arrays, blanks null. */
function toJs(r: Result): JsArg {
  const one = (v: Value): JsArg => (isError(v) ? errorObject(v.error) : v);
  if (isMatrix(r)) return r.matrix.map((row) => row.map(one));
  return one(r);
}

function errorObject(code: string): Error {
  const e = new Error(code);
  e.name = code;
  return e;
}

function fromJs(out: unknown): Value {
  if (out instanceof Error) {
    const code = out.message.toUpperCase();
    if (ERROR_LITERALS.has(code)) return { error: code };
    throw NOT_COMPUTABLE;
  }
  if (typeof out === 'number') return Number.isFinite(out) ? out : { error: '#NUM!' };
  if (typeof out === 'string' || typeof out === 'boolean') return out;
  throw NOT_COMPUTABLE; // Dates, arrays, undefined
}

// ---- one sheet's formulas (recalculation after a write) ----

/** A value a formula produces or reads. */
export type FormulaValue = number | string | boolean | null | { error: string };

/** The formula's result, or why it cannot be computed here (the caller keeps Excel's cached value). */
export type FormulaResult = { value: FormulaValue } | { unsupported: string };

/** Reads a cell (0-based) of the formula's own sheet: its value (a formula cell's computed value). */
export type CellLookup = (row: number, col: number) => FormulaValue;

/** Thrown by a CellLookup to abandon the evaluation (a circular reference): evaluateFormula passes it on. */
export class LookupAbort extends Error {}

/**
 * The other sheets of the workbook, by name (case-insensitive, as Excel matches sheet names):
 * a CellLookup over that sheet, or undefined when there is no such sheet.
 */
export type SheetLookup = (name: string) => CellLookup | undefined;

/**
 * Evaluates a formula (with or without "=") over the cells of its own sheet that `lookup` gives
 * and, when `sheets` is given, over the workbook's other sheets it names ('Phụ lục'!E13, as
 * Excel resolves a sheet-qualified reference). A reference to a sheet `sheets` does not know
 * (or any other sheet without `sheets`), a whole column or row, a name is `unsupported`. Never
 * throws, except a LookupAbort thrown by a lookup itself. The same evaluator as evaluateIn.
 */
export function evaluateFormula(formula: string, lookup: CellLookup, sheet?: string, date1904 = false, sheets?: SheetLookup): FormulaResult {
  const own: Grid = { name: sheet ?? '', rows: [], merges: [], ...(date1904 && { date1904 }) };
  const others = new Map<string, { grid: Grid; lookup: CellLookup }>();
  const byGrid = new Map<Grid, CellLookup>([[own, lookup]]);
  const onSheet: Lookup = {
    grid: (name) => {
      if (name === undefined || (sheet !== undefined && name.toLowerCase() === sheet.toLowerCase())) return own;
      const key = name.toLowerCase();
      let other = others.get(key);
      if (!other) {
        const found = sheets?.(name);
        if (!found) throw NOT_COMPUTABLE;
        other = { grid: { name, rows: [], merges: [] }, lookup: found };
        others.set(key, other);
        byGrid.set(other.grid, found);
      }
      return other.grid;
    },
    value: (grid, row, col) => {
      const at = byGrid.get(grid);
      if (!at) throw NOT_COMPUTABLE;
      return at(row, col);
    },
    size: () => undefined,
  };
  try {
    const r = evaluateIn(formula.replace(/^=/, ''), onSheet);
    if (!r.ok) return { unsupported: 'not computable' };
    return 'error' in r ? { value: { error: r.error } } : { value: r.value };
  } catch (e) {
    if (e instanceof LookupAbort) throw e;
    return { unsupported: e instanceof Error ? e.message : String(e) };
  }
}
