/**
 * A1 references inside formula text, found and rewritten without touching anything else of the
 * formula (spacing, quoting, function names, literals stay byte for byte). Used to expand shared
 * formulas (each follower cell gets the master's formula with its relative references moved, as
 * ECMA-376 Part 1, 18.3.1.40 describes) and by the writer to shift references when rows go.
 *
 * excel-formula-tokenizer is used to evaluate formulas (src/core/formula/evaluate.ts), but it cannot
 * rebuild the formula text it read (it drops spaces and unary plus, unescapes sheet names), so
 * rewriting references is done by this scanner, which knows just enough of the grammar to skip
 * string literals, quoted sheet names, structured references, array constants and error literals.
 *
 * API
 *   mapReferences(formula, fn)  → string   (fn returns the replacement text of a reference, or undefined to keep it)
 *   listReferences(formula)     → FormulaRef[]
 *   shiftFormula(formula, dRows, dCols) → string  (relative parts moved; out of the sheet → #REF!)
 *   parseCellAddress("B7")      → {row, col} 0-based | undefined;  columnName(col)
 */

/** Excel's grid: 1,048,576 rows × 16,384 columns (XFD). */
export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

/** One end of a reference, 0-based. For whole-row references col is undefined, and vice versa. */
export interface RefEnd {
  row?: number;
  col?: number;
  rowAbsolute: boolean;
  colAbsolute: boolean;
}

export interface FormulaRef {
  /** The sheet prefix as written, "!" included ("'Phụ lục'!", "Sheet2!", "[1]Sheet1!"), or "". */
  prefix: string;
  /** The sheet name the prefix names (quotes removed, '' unescaped); undefined when there is none or it is 3-D/external. */
  sheet?: string;
  /** True for "[1]Sheet1!A1" (another workbook) and "Sheet1:Sheet3!A1" (3-D). */
  externalOr3d: boolean;
  kind: 'cell' | 'range' | 'columns' | 'rows';
  start: RefEnd;
  /** For ranges (A1:B2, A:C, 3:5). */
  end?: RefEnd;
  /** The reference text without the prefix, as written. */
  text: string;
  /** Offsets of the whole reference (prefix included) in the formula. */
  from: number;
  to: number;
}

const WORD = /[A-Za-z0-9_.$\\\u00A0-\uFFFF?]/;
const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})$/;
const COL = /^(\$?)([A-Za-z]{1,3})$/;
const ROW = /^(\$?)(\d{1,7})$/;

/** "B" → 1 (0-based); undefined beyond XFD. */
export function columnIndexOf(letters: string): number | undefined {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n >= 1 && n <= MAX_COLS ? n - 1 : undefined;
}

/** 0 → "A", 26 → "AA". */
export function columnName(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "B7" or "$B$7" → {row: 6, col: 1}; undefined for anything else or outside the sheet. */
export function parseCellAddress(a: string): { row: number; col: number } | undefined {
  const m = CELL.exec(a);
  if (!m) return undefined;
  const col = columnIndexOf(m[2] as string);
  const row = Number(m[4]) - 1;
  if (col === undefined || row < 0 || row >= MAX_ROWS) return undefined;
  return { row, col };
}

/** "A1:C5" → 0-based inclusive rectangle; a single cell gives a 1×1 one; undefined when malformed. */
export function parseRangeAddress(a: string): { top: number; left: number; bottom: number; right: number } | undefined {
  const [p, q] = a.split(':');
  const s = parseCellAddress(p ?? '');
  const e = q === undefined ? s : parseCellAddress(q);
  if (!s || !e) return undefined;
  return {
    top: Math.min(s.row, e.row),
    left: Math.min(s.col, e.col),
    bottom: Math.max(s.row, e.row),
    right: Math.max(s.col, e.col),
  };
}

function cellEnd(text: string): RefEnd | undefined {
  const m = CELL.exec(text);
  if (!m) return undefined;
  const col = columnIndexOf(m[2] as string);
  const row = Number(m[4]) - 1;
  if (col === undefined || row < 0 || row >= MAX_ROWS) return undefined;
  return { row, col, colAbsolute: m[1] === '$', rowAbsolute: m[3] === '$' };
}

function colEnd(text: string): RefEnd | undefined {
  const m = COL.exec(text);
  if (!m) return undefined;
  const col = columnIndexOf(m[2] as string);
  return col === undefined ? undefined : { col, colAbsolute: m[1] === '$', rowAbsolute: false };
}

function rowEnd(text: string): RefEnd | undefined {
  const m = ROW.exec(text);
  if (!m) return undefined;
  const row = Number(m[2]) - 1;
  return row < 0 || row >= MAX_ROWS ? undefined : { row, rowAbsolute: m[1] === '$', colAbsolute: false };
}

/** Reads a "word" (identifier-ish run) from i. */
function wordAt(f: string, i: number): number {
  let j = i;
  while (j < f.length && WORD.test(f[j] as string)) j++;
  return j;
}

function skipQuoted(f: string, i: number, q: string): number {
  // f[i] is the opening quote; returns the index after the closing one ("" / '' are escapes).
  let j = i + 1;
  while (j < f.length) {
    if (f[j] === q) {
      if (f[j + 1] === q) j += 2;
      else return j + 1;
    } else j++;
  }
  return f.length;
}

function skipBracket(f: string, i: number): number {
  let depth = 0;
  let j = i;
  while (j < f.length) {
    const ch = f[j];
    if (ch === "'" && depth > 0) {
      j += 2; // ' escapes the next character inside structured references
      continue;
    }
    if (ch === '[') depth++;
    else if (ch === ']') {
      depth--;
      if (depth === 0) return j + 1;
    }
    j++;
  }
  return f.length;
}

/**
 * Calls `fn` for every A1 reference in the formula (cells, ranges, whole columns and rows, with
 * or without a sheet prefix) and replaces it with what `fn` returns (prefix included), or keeps
 * it when `fn` returns undefined. Text outside references is copied unchanged.
 */
export function mapReferences(formula: string, fn: (ref: FormulaRef) => string | undefined): string {
  const f = formula;
  let out = '';
  let copied = 0;
  let i = 0;
  while (i < f.length) {
    const ch = f[i] as string;
    if (ch === '"') {
      i = skipQuoted(f, i, '"');
      continue;
    }
    if (ch === '{') {
      // Array constants hold only literals.
      let j = i + 1;
      while (j < f.length && f[j] !== '}') j = f[j] === '"' ? skipQuoted(f, j, '"') : j + 1;
      i = j + 1;
      continue;
    }
    if (ch === '#') {
      // Error literals (#REF!, #N/A, #DIV/0!) and the spill operator after a reference.
      let j = i + 1;
      while (j < f.length && /[A-Za-z0-9/_]/.test(f[j] as string)) j++;
      if (f[j] === '!' || f[j] === '?') j++;
      i = j;
      continue;
    }

    // Where the reference itself starts, after any sheet prefix.
    let j: number;
    let prefix = '';
    let sheet: string | undefined;
    let externalOr3d = false;
    if (ch === "'") {
      const k = skipQuoted(f, i, "'");
      if (f[k] !== '!') {
        i = k;
        continue;
      }
      prefix = f.slice(i, k + 1);
      const inner = f.slice(i + 1, k - 1).replace(/''/g, "'");
      if (/^\[[^\]]*\]/.test(inner) || inner.includes(':')) externalOr3d = true;
      else sheet = inner;
      j = k + 1;
    } else if (ch === '[') {
      // [1]Sheet1!A1 (another workbook); a structured reference's brackets are skipped whole.
      const k = skipBracket(f, i);
      const w = wordAt(f, k);
      if (w === k || f[w] !== '!') {
        i = k;
        continue;
      }
      prefix = f.slice(i, w + 1);
      externalOr3d = true;
      j = w + 1;
    } else if (WORD.test(ch)) {
      const w = wordAt(f, i);
      j = i;
      if (f[w] === '!') {
        prefix = f.slice(i, w + 1);
        sheet = f.slice(i, w);
        j = w + 1;
      } else if (f[w] === ':' && WORD.test(f[w + 1] ?? '')) {
        const w2 = wordAt(f, w + 1);
        if (f[w2] === '!') {
          // Sheet1:Sheet3!A1 (3-D)
          prefix = f.slice(i, w2 + 1);
          externalOr3d = true;
          j = w2 + 1;
        }
      }
    } else {
      i++;
      continue;
    }

    const ref = referenceAt(f, i, j, prefix);
    if (ref) {
      ref.externalOr3d = externalOr3d;
      if (sheet !== undefined) ref.sheet = sheet;
      const replacement = fn(ref);
      if (replacement !== undefined) {
        out += f.slice(copied, ref.from) + replacement;
        copied = ref.to;
      }
      i = ref.to;
    } else {
      // A function or defined name, a number, TRUE, a table name: skip the whole word (after a
      // prefix, what follows it is looked at afresh: Sheet1!#REF!).
      i = j > i ? j : Math.max(wordAt(f, j), j + 1);
    }
  }
  return copied === 0 ? f : out + f.slice(copied);
}

/** The reference starting at j (its prefix from `from`), or undefined when the word there is not one. */
function referenceAt(f: string, from: number, j: number, prefix: string): FormulaRef | undefined {
  const w = wordAt(f, j);
  const first = f.slice(j, w);
  const next = f[w];
  if (first === '' || next === '(' || next === '[') return undefined;
  const make = (kind: FormulaRef['kind'], start: RefEnd, end: RefEnd | undefined, to: number): FormulaRef => {
    const r: FormulaRef = { prefix, externalOr3d: false, kind, start, text: f.slice(j, to), from, to };
    if (end) r.end = end;
    return r;
  };
  if (next === ':') {
    const w2 = wordAt(f, w + 1);
    const second = f.slice(w + 1, w2);
    const after = f[w2];
    if (second !== '' && after !== '(' && after !== '[' && after !== '!') {
      const cs = cellEnd(first);
      const ce = cellEnd(second);
      if (cs && ce) return make('range', cs, ce, w2);
      const ks = colEnd(first);
      const ke = colEnd(second);
      if (ks && ke) return make('columns', ks, ke, w2);
      const rs = rowEnd(first);
      const re = rowEnd(second);
      if (rs && re) return make('rows', rs, re, w2);
    }
  }
  const c = cellEnd(first);
  return c ? make('cell', c, undefined, w) : undefined;
}

/** Every A1 reference in the formula, in order. */
export function listReferences(formula: string): FormulaRef[] {
  const refs: FormulaRef[] = [];
  mapReferences(formula, (r) => {
    refs.push(r);
    return undefined;
  });
  return refs;
}

/** A reference end as text ("$B7", "C", "$12"). */
export function formatRefEnd(e: RefEnd): string {
  let s = '';
  if (e.col !== undefined) s += (e.colAbsolute ? '$' : '') + columnName(e.col);
  if (e.row !== undefined) s += (e.rowAbsolute ? '$' : '') + String(e.row + 1);
  return s;
}

function moveEnd(e: RefEnd, dRows: number, dCols: number): RefEnd | undefined {
  const out: RefEnd = { ...e };
  if (e.row !== undefined && !e.rowAbsolute) out.row = e.row + dRows;
  if (e.col !== undefined && !e.colAbsolute) out.col = e.col + dCols;
  if (out.row !== undefined && (out.row < 0 || out.row >= MAX_ROWS)) return undefined;
  if (out.col !== undefined && (out.col < 0 || out.col >= MAX_COLS)) return undefined;
  return out;
}

/**
 * The formula as it reads in a cell dRows below and dCols right of the one it was written for:
 * relative rows and columns move, `$` parts stay (how shared formulas and copy-paste work). A
 * reference moved off the sheet becomes #REF!, as in Excel.
 */
export function shiftFormula(formula: string, dRows: number, dCols: number): string {
  if (dRows === 0 && dCols === 0) return formula;
  return mapReferences(formula, (ref) => {
    const s = moveEnd(ref.start, dRows, dCols);
    const e = ref.end ? moveEnd(ref.end, dRows, dCols) : undefined;
    if (!s || (ref.end && !e)) return `${ref.prefix}#REF!`;
    return ref.prefix + formatRefEnd(s) + (e ? `:${formatRefEnd(e)}` : '');
  });
}
