/**
 * Evaluates the formulas a budget appendix uses, the way Excel does: cell references and ranges
 * on the same sheet, + - * / ^ & %, comparisons, and functions from @formulajs/formulajs (SUM,
 * ROUND, PRODUCT, IF, …). Formulas are split into tokens by excel-formula-tokenizer; the parse
 * (Excel's operator precedence) is ours. Anything else (other sheets, whole columns, arrays,
 * unknown functions) is `unsupported`: the caller keeps Excel's cached value.
 *
 * Excel semantics kept: SUM and the other aggregates skip text, booleans and empty cells inside a
 * range but take them as arguments; an empty cell is 0 in arithmetic; text in arithmetic is
 * #VALUE! unless it reads as a number; errors propagate. Source: Microsoft's Excel function and
 * operator reference ("Calculation operators and precedence").
 */
import {
  ABS,
  AVERAGE,
  COUNT,
  INT,
  MAX,
  MIN,
  MOD,
  PRODUCT,
  ROUND,
  ROUNDDOWN,
  ROUNDUP,
  SUM,
  SUMPRODUCT,
} from '@formulajs/formulajs';
import { tokenize, type Token } from 'excel-formula-tokenizer';
import { columnIndex } from '../grid/address';

/** A value a formula produces or reads. */
export type FormulaValue = number | string | boolean | null | { error: string };

/** The formula's result, or why it cannot be computed here. */
export type FormulaResult = { value: FormulaValue } | { unsupported: string };

/** Reads a cell (0-based) of the formula's own sheet: its value (a formula cell's computed value). */
export type CellLookup = (row: number, col: number) => FormulaValue;

/** A reference in a formula, 0-based and inclusive. */
export interface RefRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

class Unsupported extends Error {}

interface Range {
  kind: 'range';
  ref: RefRange;
}
type Val = FormulaValue | Range;

const REF = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?$/;

/**
 * The same-sheet range a reference operand names ("F7", "$F$7:$F$13", "'Phụ lục'!A1" when
 * `sheet` is "Phụ lục"), or null (another sheet, a whole column, a name).
 */
export function parseRef(operand: string, sheet?: string): RefRange | null {
  let text = operand;
  const bang = text.lastIndexOf('!');
  if (bang >= 0) {
    const name = text.slice(0, bang).replace(/^'(.*)'$/s, '$1').replace(/''/g, "'");
    if (sheet === undefined || name !== sheet) return null;
    text = text.slice(bang + 1);
  }
  const m = REF.exec(text);
  if (!m) return null;
  const r1 = Number(m[2]) - 1;
  const c1 = columnIndex(m[1]!);
  const r2 = m[4] !== undefined ? Number(m[4]) - 1 : r1;
  const c2 = m[3] !== undefined ? columnIndex(m[3]) : c1;
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}

/** The ranges a formula reads on its own sheet; null when it reads something we cannot follow. */
export function formulaRefs(formula: string, sheet?: string): RefRange[] | null {
  let tokens: Token[];
  try {
    tokens = tokenize(`=${formula.replace(/^=/, '')}`);
  } catch {
    return null;
  }
  const out: RefRange[] = [];
  for (const t of tokens) {
    if (t.type !== 'operand' || t.subtype !== 'range') continue;
    const ref = parseRef(t.value, sheet);
    if (!ref) return null;
    out.push(ref);
  }
  return out;
}

/** Thrown by a lookup to abandon the evaluation (a circular reference): evaluateFormula passes it on. */
export class LookupAbort extends Error {}

/**
 * Evaluates a formula (with or without "=") on the cells `lookup` gives. Never throws, except a
 * LookupAbort thrown by `lookup` itself.
 */
export function evaluateFormula(formula: string, lookup: CellLookup, sheet?: string): FormulaResult {
  try {
    const tokens = tokenize(`=${formula.replace(/^=/, '')}`).filter((t) => !(t.type === 'whitespace'));
    const p = new Parser(tokens, lookup, sheet);
    const v = p.expression(0);
    if (!p.done()) throw new Unsupported('trailing tokens');
    return { value: scalar(v, lookup) };
  } catch (e) {
    if (e instanceof LookupAbort) throw e;
    return { unsupported: e instanceof Error ? e.message : String(e) };
  }
}

const INFIX: Record<string, number> = {
  '=': 1,
  '<>': 1,
  '<': 1,
  '>': 1,
  '<=': 1,
  '>=': 1,
  '&': 2,
  '+': 3,
  '-': 3,
  '*': 4,
  '/': 4,
  '^': 5,
};
const POSTFIX_PRECEDENCE = 6;
const PREFIX_PRECEDENCE = 7;

class Parser {
  private i = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly lookup: CellLookup,
    private readonly sheet: string | undefined,
  ) {}

  done(): boolean {
    return this.i >= this.tokens.length;
  }

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }

  /** Pratt parser: an operand or prefix, then infix and postfix operators binding tighter than `min`. */
  expression(min: number): Val {
    let left = this.prefix();
    for (;;) {
      const t = this.peek();
      if (!t) return left;
      if (t.type === 'operator-postfix' && t.value === '%' && POSTFIX_PRECEDENCE > min) {
        this.i++;
        left = arith(left, 100, '/', this.lookup);
        continue;
      }
      if (t.type !== 'operator-infix') return left;
      const prec = INFIX[t.value];
      if (prec === undefined) throw new Unsupported(`operator ${t.value}`);
      if (prec <= min) return left;
      this.i++;
      // ^ is left-associative in Excel too: 2^3^2 = 64.
      const right = this.expression(prec);
      left = binary(left, t.value, right, this.lookup);
    }
  }

  private prefix(): Val {
    const t = this.tokens[this.i++];
    if (!t) throw new Unsupported('unexpected end');
    if (t.type === 'operator-prefix') {
      const v = this.expression(PREFIX_PRECEDENCE);
      return t.value === '-' ? arith(0, v, '-', this.lookup) : arith(0, v, '+', this.lookup);
    }
    if (t.type === 'subexpression' && t.subtype === 'start') {
      const v = this.expression(0);
      this.expect('subexpression', 'stop');
      return v;
    }
    if (t.type === 'function' && t.subtype === 'start') return this.call(t.value.toUpperCase());
    if (t.type === 'operand') {
      switch (t.subtype) {
        case 'number':
          return Number(t.value);
        case 'text':
          return t.value;
        case 'logical':
          return t.value.toUpperCase() === 'TRUE';
        case 'error':
          return { error: t.value };
        case 'range': {
          const ref = parseRef(t.value, this.sheet);
          if (!ref) throw new Unsupported(`reference ${t.value}`);
          return { kind: 'range', ref };
        }
      }
    }
    throw new Unsupported(`token ${t.type}/${t.subtype}`);
  }

  private expect(type: string, subtype: string): void {
    const t = this.tokens[this.i++];
    if (!t || t.type !== type || t.subtype !== subtype) throw new Unsupported(`expected ${type} ${subtype}`);
  }

  private call(name: string): Val {
    const args: Val[] = [];
    const next = this.peek();
    if (next && next.type === 'function' && next.subtype === 'stop') {
      this.i++;
    } else {
      for (;;) {
        args.push(this.expression(0));
        const t = this.tokens[this.i++];
        if (!t) throw new Unsupported('unclosed function');
        if (t.type === 'argument') continue;
        if (t.type === 'function' && t.subtype === 'stop') break;
        throw new Unsupported(`token ${t.type} in arguments`);
      }
    }
    return callFunction(name, args, this.lookup);
  }
}

function isError(v: unknown): v is { error: string } {
  return typeof v === 'object' && v !== null && 'error' in v;
}

function cellsOf(r: Range, lookup: CellLookup): FormulaValue[] {
  const out: FormulaValue[] = [];
  const { top, left, bottom, right } = r.ref;
  if ((bottom - top + 1) * (right - left + 1) > 1_000_000) throw new Unsupported('range too large');
  for (let row = top; row <= bottom; row++) for (let col = left; col <= right; col++) out.push(lookup(row, col));
  return out;
}

/** A single value: a one-cell range reads its cell; a larger range outside a function is unsupported. */
function scalar(v: Val, lookup: CellLookup): FormulaValue {
  if (v !== null && typeof v === 'object' && 'kind' in v) {
    const { top, left, bottom, right } = v.ref;
    if (top === bottom && left === right) return lookup(top, left);
    throw new Unsupported('range as a value');
  }
  return v;
}

/** A value as a number for arithmetic: empty 0, booleans 1/0, numeric text read, other text #VALUE!. */
function toNumber(v: FormulaValue): number | { error: string } {
  if (v === null) return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string') {
    const t = v.trim();
    if (t === '') return { error: '#VALUE!' };
    const n = Number(t);
    return Number.isFinite(n) ? n : { error: '#VALUE!' };
  }
  return v;
}

function arith(a: Val, b: Val, op: string, lookup: CellLookup): FormulaValue {
  const x = toNumber(scalar(a, lookup));
  const y = toNumber(scalar(b, lookup));
  if (isError(x)) return x;
  if (isError(y)) return y;
  switch (op) {
    case '+':
      return x + y;
    case '-':
      return x - y;
    case '*':
      return x * y;
    case '/':
      return y === 0 ? { error: '#DIV/0!' } : x / y;
    case '^':
      return Math.pow(x, y);
  }
  throw new Unsupported(`operator ${op}`);
}

function binary(a: Val, op: string, b: Val, lookup: CellLookup): FormulaValue {
  if (op === '&') {
    const x = scalar(a, lookup);
    const y = scalar(b, lookup);
    if (isError(x)) return x;
    if (isError(y)) return y;
    return text(x) + text(y);
  }
  if (op in { '=': 1, '<>': 1, '<': 1, '>': 1, '<=': 1, '>=': 1 }) {
    const x = scalar(a, lookup);
    const y = scalar(b, lookup);
    if (isError(x)) return x;
    if (isError(y)) return y;
    const c = compare(x, y);
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
      default:
        return c >= 0;
    }
  }
  return arith(a, b, op, lookup);
}

function text(v: FormulaValue): string {
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

/** Excel's comparison: numbers < text < booleans; text compared without case; empty as 0 or "". */
function compare(x: FormulaValue, y: FormulaValue): number {
  const rank = (v: FormulaValue) => (typeof v === 'number' || v === null ? 0 : typeof v === 'string' ? 1 : 2);
  const a = x === null ? (typeof y === 'string' ? '' : 0) : x;
  const b = y === null ? (typeof x === 'string' ? '' : 0) : y;
  const ra = rank(a as FormulaValue);
  const rb = rank(b as FormulaValue);
  if (ra !== rb) return ra - rb;
  if (typeof a === 'string' && typeof b === 'string') {
    const p = a.toLowerCase();
    const q = b.toLowerCase();
    return p < q ? -1 : p > q ? 1 : 0;
  }
  return Number(a) - Number(b);
}

/** Functions whose range arguments keep only numbers (Excel skips text, booleans and empty cells there). */
const NUMERIC_AGGREGATES = new Set(['SUM', 'PRODUCT', 'AVERAGE', 'MIN', 'MAX', 'COUNT', 'SUMPRODUCT']);

/**
 * The functions budget appendices use, from formulajs (named, so that a bundle takes only these).
 * IF is evaluated here (Excel evaluates only the branch it takes).
 */
const FUNCTIONS: Record<string, (...args: never[]) => unknown> = {
  ABS,
  AVERAGE,
  COUNT,
  INT,
  MAX,
  MIN,
  MOD,
  PRODUCT,
  ROUND,
  ROUNDDOWN,
  ROUNDUP,
  SUM,
  SUMPRODUCT,
};

function callFunction(name: string, args: Val[], lookup: CellLookup): FormulaValue {
  const fn = FUNCTIONS[name];
  if (name !== 'IF' && fn === undefined) throw new Unsupported(`function ${name}`);
  if (name === 'IF') {
    // Lazy, as in Excel: only the branch taken is evaluated (already evaluated here, but errors in
    // the other branch must not leak).
    const cond = scalar(args[0] ?? false, lookup);
    if (isError(cond)) return cond;
    const n = toNumber(cond);
    const truthy = isError(n) ? cond !== '' : n !== 0;
    const pick = truthy ? args[1] : args[2];
    return pick === undefined ? truthy : scalar(pick, lookup);
  }
  const numeric = NUMERIC_AGGREGATES.has(name);
  const prepared: unknown[] = [];
  for (const a of args) {
    if (a !== null && typeof a === 'object' && 'kind' in a) {
      const cells = cellsOf(a, lookup);
      const err = cells.find(isError);
      if (err) return err;
      prepared.push(numeric ? cells.filter((c): c is number => typeof c === 'number') : cells);
    } else {
      if (isError(a)) return a;
      if (numeric) {
        const n = toNumber(a);
        if (isError(n)) return n;
        prepared.push(n);
      } else prepared.push(a);
    }
  }
  const out = (fn as unknown as (...xs: unknown[]) => unknown)(...prepared);
  if (out instanceof Error) return { error: out.message.startsWith('#') ? out.message : '#VALUE!' };
  if (typeof out === 'number') return Number.isFinite(out) ? out : { error: '#NUM!' };
  if (typeof out === 'string' || typeof out === 'boolean' || out === null) return out;
  throw new Unsupported(`result of ${name}`);
}
