/**
 * The same-sheet ranges a formula reads, for dependency walks (recalculation after a write, the
 * budget's total). Tokens by excel-formula-tokenizer.
 */
import { tokenize, type Token } from 'excel-formula-tokenizer';
import { columnIndex } from '../grid/address';

/** A reference in a formula, 0-based and inclusive. */
export interface RefRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

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

