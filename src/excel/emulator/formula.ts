/**
 * The emulator's formulas, computed by the core's one evaluator (src/core/formula): references,
 * + - * / ^ &, comparisons, SUM, ROUND, DATE and the other functions it knows. What it cannot compute
 * is #NAME?, as in Excel when text such as "- Tờ trình" is mistaken for a formula.
 */
import { evaluateFormula as evaluate } from '../../core/formula/evaluate';
import { deleteRowsInFormula, translateFormula, type FormulaFailure, type FormulaResult } from '../../xlsx/formula-rewrite';
import { RowDeletion } from '../../xlsx/row-deletion';

export type Lookup = (row: number, col: number) => { value: string | number | boolean | null } | { error: string };
export type Result = { value: string | number | boolean | null } | { error: string };

/**
 * Evaluates `formula` (with or without "=") over the emulated sheet's cells (0-based). With
 * `own` (the formula's sheet) and `sheets` (the workbook's sheets by name, case-insensitive),
 * sheet-qualified references ('Phụ lục'!E13) read those sheets, as Excel does; without them, or
 * for a sheet that does not exist, the formula is #NAME? (not computed). Dates (DATE) are
 * serials in the workbook's date system (`date1904`), as Excel gives them.
 */
export function evaluateFormula(formula: string, lookup: Lookup, date1904 = false, own?: string, sheets?: (name: string) => Lookup | undefined): Result {
  if (formula.includes('#REF!')) return { error: '#REF!' };
  const read = (at: Lookup) => (row: number, col: number) => {
    const got = at(row, col);
    return 'error' in got ? { error: got.error } : got.value;
  };
  const others = sheets
    ? (name: string) => {
        const at = sheets(name);
        return at ? read(at) : undefined;
      }
    : undefined;
  const r = evaluate(formula, read(lookup), own, date1904, others);
  if ('unsupported' in r) return { error: '#NAME?' };
  const v = r.value;
  return v !== null && typeof v === 'object' ? { error: v.error } : { value: v };
}

/** A formula whose references could not be moved safely (the writer's rewriter refused it). */
export class FormulaRewriteError extends Error {
  constructor(
    readonly formula: string,
    readonly reason: FormulaFailure,
  ) {
    super(`cannot move the references of ${formula} (${reason})`);
    this.name = 'FormulaRewriteError';
  }
}

/** Runs one of the writer's rewrites on an Office.js formula (leading "=" kept as it was). */
function rewrite(formula: string, f: (text: string) => FormulaResult): string {
  const eq = formula.startsWith('=');
  const r = f(eq ? formula.slice(1) : formula);
  if (!r.ok) throw new FormulaRewriteError(formula, r.reason);
  return eq ? `=${r.text}` : r.text;
}

/**
 * What Excel does to the references of a formula on sheet `own` when rows of sheet `target`
 * (its own sheet unless given) move: `count` rows inserted before 1-based row `at` (count > 0)
 * or deleted from row `at` (count < 0). A reference to a deleted cell becomes #REF!; a range
 * loses its deleted rows and becomes #REF! only when all of them go; references to other sheets
 * than `target` stay. The same rewriter as the .xlsx writer's (src/xlsx/formula-rewrite.ts).
 * Throws FormulaRewriteError when it cannot.
 */
export function shiftFormulaRows(formula: string, at: number, count: number, own: string, target: string = own): string {
  if (count === 0) return formula;
  const del =
    count > 0
      ? new RowDeletion([], [{ before: at, count }])
      : new RowDeletion(Array.from({ length: -count }, (_, i) => at + i));
  return rewrite(formula, (text) => deleteRowsInFormula(text, own, target, del));
}

/**
 * The formula copied `dr` rows down (relative row references move, `$` rows stay), as a fill
 * does; a reference moved off the sheet becomes #REF!. Throws FormulaRewriteError when it cannot.
 */
export function offsetFormulaRows(formula: string, dr: number): string {
  return rewrite(formula, (text) => translateFormula(text, dr, 0));
}
