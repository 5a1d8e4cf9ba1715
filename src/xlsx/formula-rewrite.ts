/**
 * References inside formulas, rewritten in place. Formulas are tokenised with
 * excel-formula-tokenizer; each reference token is then found at its exact place in the original
 * text and only that span is replaced, so spacing, line breaks, string literals and everything
 * else keep their exact characters (the tokenizer's own output drops spaces and unary plus).
 *
 * A formula is taken as written in the file (ECMA-376 Part 1, 18.17: no leading `=`, English
 * function names, `,` between arguments). Anything the locator cannot account for fails with a
 * reason instead of guessing: the caller then refuses the change that needed the rewrite.
 */
import { tokenize } from 'excel-formula-tokenizer';
import type { Area, RowDeletion } from './row-deletion';
import { deleteRowsInArea, formatArea, parseArea, sameSheet, translateArea } from './row-deletion';

/** A reference operand as written: `'Phụ lục'!$B$7:$B$13` → sheet "Phụ lục", area B7:B13. */
export interface RefOperand {
  /** The whole operand text as written in the formula. */
  text: string;
  /** External workbook part, `[1]` (undefined for this workbook). */
  book?: string;
  /** The sheet as named (quotes and doubled apostrophes removed); undefined when not qualified. */
  sheet?: string;
  /** Last sheet of a 3-D reference (`Sheet1:Sheet3!A1`). */
  sheetTo?: string;
  /** The prefix exactly as written, `!` included ('' when not qualified). */
  prefix: string;
  /** The reference, or undefined for a name, a structured reference or an error (`Sheet1!#REF!`). */
  area?: Area;
}

export type FormulaResult = { ok: true; text: string; changed: boolean } | { ok: false; reason: FormulaFailure };

/** Why a formula could not be rewritten safely. */
export type FormulaFailure =
  /** The tokens could not be matched with the text (an unusual construct). */
  | 'unparsed'
  /** A 3-D reference over several sheets. */
  | '3d-reference'
  /** A reference without a sheet where the sheet is not known (a defined name's). */
  | 'unqualified';

/** Separators and operators between operands: never part of an operand's own text. */
const BETWEEN = new Set(Array.from(' \t\r\n(),;{}+-*/^&=<>%@'));
const FUNCTION_NAME = /^[A-Za-z_\\][A-Za-z0-9_.]*$/;
const NAME = /^[A-Za-z_\\\u00A0-\uFFFF][A-Za-z0-9_.?\\\u00A0-\uFFFF]*$/;
const ERRORS = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA']);

interface Located {
  start: number;
  end: number;
  type: string;
  subtype: string;
}

/** The operands of a formula with their exact spans, or undefined when they cannot be matched. */
function locate(formula: string): Located[] | undefined {
  let tokens;
  try {
    tokens = tokenize(formula);
  } catch {
    return undefined;
  }
  const out: Located[] = [];
  let pos = 0;
  let depth = 0;
  for (const t of tokens) {
    if (t.type === 'function' || t.type === 'subexpression') depth += t.subtype === 'start' ? 1 : -1;
    let source: string;
    if (t.type === 'operand') {
      if (t.subtype === 'text') source = `"${t.value.replace(/"/g, '""')}"`;
      else if (t.subtype === 'error') {
        if (!ERRORS.has(t.value)) return undefined;
        source = t.value;
      } else if (t.subtype === 'range' && t.value.startsWith("'")) {
        const q = t.value.lastIndexOf("'");
        source = `'${t.value.slice(1, q).replace(/'/g, "''")}${t.value.slice(q)}`;
      } else source = t.value;
    } else if (t.type === 'function' && t.subtype === 'start' && t.value !== 'ARRAY' && t.value !== 'ARRAYROW') {
      if (!FUNCTION_NAME.test(t.value)) return undefined;
      source = t.value;
    } else if (t.type === 'unknown') {
      source = t.value;
    } else continue; // operators, separators, parentheses: all in BETWEEN
    while (pos < formula.length && BETWEEN.has(formula[pos] as string)) pos++;
    if (!formula.startsWith(source, pos)) return undefined;
    out.push({ start: pos, end: pos + source.length, type: t.type, subtype: t.subtype });
    pos += source.length;
    if (t.type === 'function' && formula[pos] !== '(') return undefined;
  }
  for (; pos < formula.length; pos++) if (!BETWEEN.has(formula[pos] as string)) return undefined;
  if (depth !== 0) return undefined;
  // An unknown token glued to the next operand is that operand's prefix: `[1]` + `'Sheet'!A1`,
  // `Sheet1!` + `#REF!`.
  const merged: Located[] = [];
  for (const l of out) {
    const prev = merged[merged.length - 1];
    if (prev && prev.type === 'unknown' && prev.end === l.start && l.type === 'operand') {
      merged[merged.length - 1] = { start: prev.start, end: l.end, type: 'operand', subtype: l.subtype === 'error' ? 'range' : l.subtype };
    } else merged.push(l);
  }
  return merged;
}

/**
 * Parses a reference operand. Undefined when the text is neither a reference, a name, a
 * structured reference nor an error reference (the caller fails safe).
 */
export function parseOperand(text: string): RefOperand | undefined {
  let rest = text;
  let prefix = '';
  let book: string | undefined;
  let sheet: string | undefined;
  let sheetTo: string | undefined;
  if (rest.startsWith("'")) {
    // Quoted: '[1]Sheet 1'!A1, 'Phụ lục'!A1, 'It''s'!A1
    let i = 1;
    let inner = '';
    for (; i < rest.length; i++) {
      const ch = rest[i] as string;
      if (ch === "'") {
        if (rest[i + 1] === "'") {
          inner += "'";
          i++;
          continue;
        }
        break;
      }
      inner += ch;
    }
    if (rest[i] !== "'" || rest[i + 1] !== '!') return undefined;
    prefix = rest.slice(0, i + 2);
    rest = rest.slice(i + 2);
    const b = /^(.*\[[^\]]*\])(.*)$/s.exec(inner);
    if (b) {
      book = b[1];
      inner = b[2] as string;
    }
    [sheet, sheetTo] = splitSheets(inner);
  } else {
    const bang = rest.indexOf('!');
    if (bang >= 0) {
      let head = rest.slice(0, bang);
      prefix = rest.slice(0, bang + 1);
      rest = rest.slice(bang + 1);
      const b = /^(\[[^\]]*\])(.*)$/s.exec(head);
      if (b) {
        book = b[1];
        head = b[2] as string;
      }
      if (head.includes('[') || head.includes("'")) return undefined;
      if (head !== '') [sheet, sheetTo] = splitSheets(head);
      else if (!book) return undefined;
    }
  }
  const op: RefOperand = { text, prefix, ...(book !== undefined && { book }), ...(sheet !== undefined && { sheet }), ...(sheetTo !== undefined && { sheetTo }) };
  const area = parseArea(rest);
  if (area) return { ...op, area };
  if (rest === '#REF!') return op;
  if (NAME.test(rest) && !rest.includes(':')) return op;
  if (prefix === '' && rest.includes('[')) return op; // structured reference: Table1[Col]
  return undefined;
}

function splitSheets(s: string): [string, string | undefined] {
  const colon = s.indexOf(':');
  return colon < 0 ? [s, undefined] : [s.slice(0, colon), s.slice(colon + 1)];
}

/**
 * Calls `visit` for every reference operand of a formula, in order; where it returns a string,
 * that string replaces the operand's text. Everything else keeps its exact characters.
 */
export function mapReferences(
  formula: string,
  visit: (op: RefOperand) => string | undefined | FormulaFailure | { fail: FormulaFailure },
): FormulaResult {
  const spans = locate(formula);
  if (!spans) return { ok: false, reason: 'unparsed' };
  let out = '';
  let at = 0;
  let changed = false;
  for (const s of spans) {
    if (s.type !== 'operand' || s.subtype !== 'range') continue;
    const text = formula.slice(s.start, s.end);
    const op = parseOperand(text);
    if (!op) return { ok: false, reason: 'unparsed' };
    const r = visit(op);
    if (r === undefined) continue;
    if (typeof r === 'object') return { ok: false, reason: r.fail };
    if (r === text) continue;
    out += formula.slice(at, s.start) + r;
    at = s.end;
    changed = true;
  }
  return { ok: true, text: changed ? out + formula.slice(at) : formula, changed };
}

/** The operands that are references (with a sheet or not), for callers that only look. */
export function referencesOf(formula: string): RefOperand[] | undefined {
  const out: RefOperand[] = [];
  const r = mapReferences(formula, (op) => {
    out.push(op);
    return undefined;
  });
  return r.ok ? out : undefined;
}

/**
 * Rewrites a formula after rows were deleted from sheet `target`, as Excel does: references to
 * that sheet move up or shrink; a reference to a deleted cell becomes `#REF!` (keeping its
 * sheet prefix). `own` is the sheet the formula belongs to (unqualified references point
 * there); undefined for a defined name, whose unqualified references fail ('unqualified').
 * References to other workbooks are left alone; 3-D references fail.
 */
export function deleteRowsInFormula(formula: string, own: string | undefined, target: string, del: RowDeletion): FormulaResult {
  if (del.empty) return { ok: true, text: formula, changed: false };
  return mapReferences(formula, (op) => {
    if (op.book !== undefined) return undefined;
    if (op.sheetTo !== undefined) return { fail: '3d-reference' };
    if (!op.area) return undefined;
    const sheet = op.sheet ?? own;
    if (sheet === undefined) return { fail: 'unqualified' };
    if (!sameSheet(sheet, target)) return undefined;
    const moved = deleteRowsInArea(op.area, del);
    if (moved === op.area) return undefined;
    return op.prefix + (moved === null ? '#REF!' : formatArea(moved));
  });
}

/**
 * The formula as read from a cell `dRow` rows down and `dCol` columns right of the one it is
 * written for (shared formulas, ECMA-376 Part 1, 18.3.1.40; validation and conditional-format
 * formulas, written for the top-left cell of their range). Relative bounds move; a bound that
 * leaves the sheet makes the reference #REF!.
 */
export function translateFormula(formula: string, dRow: number, dCol: number): FormulaResult {
  if (dRow === 0 && dCol === 0) return { ok: true, text: formula, changed: false };
  return mapReferences(formula, (op) => {
    if (!op.area) return undefined;
    const moved = translateArea(op.area, dRow, dCol);
    if (moved === op.area) return undefined;
    return op.prefix + (moved === null ? '#REF!' : formatArea(moved));
  });
}
