/**
 * The emulator moves formula references as Excel does when rows are inserted or deleted, with the
 * .xlsx writer's rewriter: own-sheet references move, other sheets' stay, text is kept.
 */
import { FormulaRewriteError, offsetFormulaRows, shiftFormulaRows } from '../../src/excel/emulator/formula';

const OWN = 'Phụ lục';

describe('shiftFormulaRows', () => {
  it.each<[string, number, number, string]>([
    // Inserts (count > 0) before 1-based row `at`.
    ['=E12', 10, 2, '=E14'],
    ['=E9', 10, 2, '=E9'],
    ['=SUM(E7:E13)', 10, 1, '=SUM(E7:E14)'], // inside the range: it grows
    ['=SUM(E7:E13)', 7, 1, '=SUM(E8:E14)'], // at its top row: it moves
    ['=SUM(E7:E13)', 14, 1, '=SUM(E7:E13)'], // below it: unchanged
    ["='Phụ lục'!E12+Khác!E12", 10, 1, "='Phụ lục'!E13+Khác!E12"], // other sheets stay
    ['=IF(A12="A12", $B$12, 0)', 5, 3, '=IF(A15="A12", $B$15, 0)'], // text kept, anchors move too
    ['E12*2', 1, 1, 'E13*2'], // without "="
    // Deletions (count < 0) from row `at`.
    ['=E12', 9, -1, '=E11'],
    ['=E9', 9, -1, '=#REF!'],
    ["='Phụ lục'!E9", 9, -1, "='Phụ lục'!#REF!"],
    ['=SUM(E7:E13)', 9, -2, '=SUM(E7:E11)'],
    ['=SUM(E9:E10)', 9, -2, '=SUM(#REF!)'],
    ['=Khác!E12', 9, -1, '=Khác!E12'],
  ])('%s with rows moved at %i by %i → %s', (f, at, count, out) => {
    expect(shiftFormulaRows(f, at, count, OWN)).toBe(out);
  });

  it('refuses, with a typed error, a formula it cannot read rather than guess', () => {
    expect(() => shiftFormulaRows('=SUM(E7:E9', 5, 1, OWN)).toThrow(FormulaRewriteError);
  });
});

describe('offsetFormulaRows (a fill down a Table column)', () => {
  it.each<[string, number, string]>([
    ['=D7*E7', 3, '=D10*E10'],
    ['=$D$7*E7', 1, '=$D$7*E8'],
    ['=E2', -2, '=#REF!'],
  ])('%s by %i → %s', (f, dr, out) => expect(offsetFormulaRows(f, dr)).toBe(out));
});
