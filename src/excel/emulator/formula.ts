/**
 * The emulator's formulas, computed by the core's one evaluator (src/core/formula): references,
 * + - * / ^ &, comparisons, SUM, ROUND, DATE and the other functions it knows. What it cannot compute
 * is #NAME?, as in Excel when text such as "- Tờ trình" is mistaken for a formula.
 */
import { evaluateFormula as evaluate } from '../../core/formula/evaluate';

export type Lookup = (row: number, col: number) => { value: string | number | boolean | null } | { error: string };
export type Result = { value: string | number | boolean | null } | { error: string };

/**
 * Evaluates `formula` (with or without "=") over the emulated sheet's cells (0-based); dates
 * (DATE) are serials in the workbook's date system (`date1904`), as Excel gives them.
 */
export function evaluateFormula(formula: string, lookup: Lookup, date1904 = false): Result {
  if (formula.includes('#REF!')) return { error: '#REF!' };
  const r = evaluate(
    formula,
    (row, col) => {
      const got = lookup(row, col);
      return 'error' in got ? { error: got.error } : got.value;
    },
    undefined,
    date1904,
  );
  if ('unsupported' in r) return { error: '#NAME?' };
  const v = r.value;
  return v !== null && typeof v === 'object' ? { error: v.error } : { value: v };
}

const REF = /(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?::(\$?)([A-Za-z]{1,3})(\$?)(\d+))?(?![A-Za-z0-9_(!])/g;

/** Applies `f` to every A1 reference outside string literals (cell or range, 1-based rows). */
function mapRefs(formula: string, f: (r1: number, r2: number | null, abs1: boolean, abs2: boolean) => [number, number | null] | null): string {
  const parts = formula.split(/("(?:[^"]|"")*")/);
  return parts
    .map((part, i) => {
      if (i % 2 === 1) return part; // a string literal
      return part.replace(REF, (whole, d1: string, c1: string, d2: string, r1: string, d3?: string, c2?: string, d4?: string, r2?: string) => {
        const out = f(Number(r1), r2 !== undefined ? Number(r2) : null, d2 === '$', d4 === '$');
        if (!out) return '#REF!';
        const [n1, n2] = out;
        const a = `${d1}${c1}${d2}${n1}`;
        return n2 === null ? a : `${a}:${d3 ?? ''}${c2 ?? ''}${d4 ?? ''}${n2}`;
      });
    })
    .join('');
}

/**
 * What Excel does to a formula's references when rows move: `count` rows inserted before 1-based
 * row `at` (count > 0) or deleted from row `at` (count < 0). A reference to a deleted cell becomes
 * #REF!; a range loses its deleted rows, and becomes #REF! only when all of them go.
 */
export function shiftFormulaRows(formula: string, at: number, count: number): string {
  if (count > 0) return mapRefs(formula, (r1, r2) => [r1 >= at ? r1 + count : r1, r2 === null ? null : r2 >= at ? r2 + count : r2]);
  const n = -count;
  const end = at + n - 1;
  const move = (r: number): number => (r > end ? r - n : r);
  return mapRefs(formula, (r1, r2) => {
    if (r2 === null) return r1 >= at && r1 <= end ? null : [move(r1), null];
    const top = Math.min(r1, r2);
    const bottom = Math.max(r1, r2);
    if (top >= at && bottom <= end) return null;
    const newTop = top >= at && top <= end ? at : move(top);
    const newBottom = bottom >= at && bottom <= end ? at - 1 : move(bottom);
    return [newTop, newBottom];
  });
}

/** The formula copied `dr` rows down (relative row references move, `$` rows stay), as a fill does. */
export function offsetFormulaRows(formula: string, dr: number): string {
  return mapRefs(formula, (r1, r2, abs1, abs2) => {
    const a = abs1 ? r1 : r1 + dr;
    const b = r2 === null ? null : abs2 ? r2 : r2 + dr;
    if (a < 1 || (b !== null && b < 1)) return null;
    return [a, b];
  });
}
