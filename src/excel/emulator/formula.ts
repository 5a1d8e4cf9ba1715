/**
 * The emulator's formulas, computed by the core's one evaluator (src/core/formula): references,
 * + - * / ^ &, comparisons, SUM, ROUND and the other functions it knows. What it cannot compute
 * is #NAME?, as in Excel when text such as "- Tờ trình" is mistaken for a formula.
 */
import { evaluateFormula as evaluate } from '../../core/formula/evaluate';

export type Lookup = (row: number, col: number) => { value: string | number | boolean | null } | { error: string };
export type Result = { value: string | number | boolean | null } | { error: string };

/** Evaluates `formula` (with or without "=") over the emulated sheet's cells (0-based). */
export function evaluateFormula(formula: string, lookup: Lookup): Result {
  const r = evaluate(formula, (row, col) => {
    const got = lookup(row, col);
    return 'error' in got ? { error: got.error } : got.value;
  });
  if ('unsupported' in r) return { error: '#NAME?' };
  const v = r.value;
  return v !== null && typeof v === 'object' ? { error: v.error } : { value: v };
}
