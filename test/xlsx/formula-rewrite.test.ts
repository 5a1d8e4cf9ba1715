/**
 * References in formulas after a row deletion, as Excel rewrites them; and shared-formula
 * translation. Each row is a formula as stored in a file (no leading "=").
 */
import { deleteRowsInFormula, mapReferences, parseOperand, translateFormula } from '../../src/xlsx/formula-rewrite';
import { RowDeletion } from '../../src/xlsx/row-deletion';

const OWN = 'Phụ lục';

describe('deleteRowsInFormula: row 9 deleted from «Phụ lục»', () => {
  const del = new RowDeletion([9]);
  it.each<[string, string, string]>([
    // formula, sheet it is on, expected
    ['E12', OWN, 'E11'],
    ['E8', OWN, 'E8'],
    ['E9', OWN, '#REF!'],
    ['$E$12', OWN, '$E$11'],
    ['E$12+$E12', OWN, 'E$11+$E11'],
    ["'Phụ lục'!E13", 'Thống kê', "'Phụ lục'!E12"],
    ["'phụ LỤC'!E13", 'Thống kê', "'phụ LỤC'!E12"],
    ["COUNTA('Phụ lục'!B7:B13)-COUNTA('Phụ lục'!B9)", 'Thống kê', "COUNTA('Phụ lục'!B7:B12)-COUNTA('Phụ lục'!#REF!)"],
    ['SUM(B9:B9)', OWN, 'SUM(#REF!)'],
    ['SUM(B7:B9)', OWN, 'SUM(B7:B8)'],
    ['SUM(B9:B13)', OWN, 'SUM(B9:B12)'],
    ['SUM(B10:B13)', OWN, 'SUM(B9:B12)'],
    ['SUM(A:A)', OWN, 'SUM(A:A)'],
    ['SUM($5:$13)', OWN, 'SUM($5:$12)'],
    ['SUM(9:9)', OWN, 'SUM(#REF!)'],
    ['SUM(A2:A1048576)', OWN, 'SUM(A2:A1048576)'],
    ['E12', 'Thống kê', 'E12'],
    ["'Thống kê'!A12+E12", OWN, "'Thống kê'!A12+E11"],
    ['Sheet2!E12', OWN, 'Sheet2!E12'],
    ['[1]Sheet1!E12', OWN, '[1]Sheet1!E12'],
    ["'[1]Phụ lục'!E12", OWN, "'[1]Phụ lục'!E12"],
    ['IF(E12="E12 ""x"" E13",  E13 ,0)', OWN, 'IF(E11="E12 ""x"" E13",  E12 ,0)'],
    ['SUM(\nE10,\r\nE11)', OWN, 'SUM(\nE9,\r\nE10)'],
    ['_xlfn.XLOOKUP(A12,A1:A20,B1:B20)', OWN, '_xlfn.XLOOKUP(A11,A1:A19,B1:B19)'],
    ['Tong+E12', OWN, 'Tong+E11'],
    ['Table1[Col]+E12', OWN, 'Table1[Col]+E11'],
    ['#REF!+E12', OWN, '#REF!+E11'],
    ['Sheet1!#REF!+E12', OWN, 'Sheet1!#REF!+E11'],
    ['-E12%', OWN, '-E11%'],
    ['{1,2;3,4}', OWN, '{1,2;3,4}'],
    ['1.5E+3*E12', OWN, '1.5E+3*E11'],
    ['E12:E13 E12', OWN, 'E11:E12 E11'],
    ["'It''s'!E12", OWN, "'It''s'!E12"],
  ])('%s on «%s» → %s', (formula, own, expected) => {
    const r = deleteRowsInFormula(formula, own, OWN, del);
    expect(r).toEqual({ ok: true, text: expected, changed: expected !== formula });
  });

  it("shifts a quoted name with an apostrophe ('It''s')", () => {
    expect(deleteRowsInFormula("'It''s'!E12+1", 'x', "It's", del)).toEqual({ ok: true, text: "'It''s'!E11+1", changed: true });
  });

  it.each<[string, string | undefined, string]>([
    ['Sheet1:Sheet3!E12', OWN, '3d-reference'],
    ['E12', undefined, 'unqualified'],
    ['A1:INDEX(B1:B5,2)', OWN, 'unparsed'],
    ['E12#', OWN, 'unparsed'],
    ['SUM(E12', OWN, 'unparsed'],
  ])('refuses %s', (formula, own, reason) => {
    expect(deleteRowsInFormula(formula, own, OWN, del)).toEqual({ ok: false, reason });
  });

  it('leaves a defined name qualified with another sheet alone', () => {
    expect(deleteRowsInFormula("'Thống kê'!$A$1:$A$20", undefined, OWN, del)).toEqual({ ok: true, text: "'Thống kê'!$A$1:$A$20", changed: false });
  });

  it('several deleted rows: a range over all of them goes, one over some shrinks', () => {
    const d = new RowDeletion([9, 10, 14]);
    expect(deleteRowsInFormula('SUM(B9:B10)+SUM(B8:B15)+B16+B14', OWN, OWN, d)).toEqual({
      ok: true,
      text: 'SUM(#REF!)+SUM(B8:B12)+B13+#REF!',
      changed: true,
    });
  });
});

describe('translateFormula (shared formulas)', () => {
  it.each<[string, number, number, string]>([
    ['E7*F7', 1, 0, 'E8*F8'],
    ['$E$7*F$7+$G7', 3, 1, '$E$7*G$7+$G10'],
    ['SUM(F7:F9)', 2, 0, 'SUM(F9:F11)'],
    ['A:A', 0, 1, 'B:B'],
    ['A1', -1, 0, '#REF!'],
    ["'Phụ lục'!A1", 1, 0, "'Phụ lục'!A2"],
    ['D7*E7', 1, 0, 'D8*E8'],
    ['$D$7*E$7+$F8', 2, 1, '$D$7*F$7+$F10'],
    ["SUM('Phụ lục'!B7:B13)", 1, 0, "SUM('Phụ lục'!B8:B14)"],
    ["'It''s'!A1", 0, 1, "'It''s'!B1"],
    ['SUM(A:A,3:3)', 1, 1, 'SUM(B:B,4:4)'],
    ['IF(A1="B2",C3,"")', 1, 0, 'IF(A2="B2",C4,"")'], // text in quotes is never a reference
    ['SUM(A1 , B2) + 1E+3', 1, 0, 'SUM(A2 , B3) + 1E+3'], // spacing kept
    ['LOG10(A1)+_xlfn.XLOOKUP(1,A1:A2,B1:B2)', 0, 1, 'LOG10(B1)+_xlfn.XLOOKUP(1,B1:B2,C1:C2)'],
    ['Table1[[#This Row],[Số tiền]]*A1', 1, 0, 'Table1[[#This Row],[Số tiền]]*A2'],
    ['Sheet1!#REF!+A1', 1, 0, 'Sheet1!#REF!+A2'],
    ['{1,2;3,4}', 1, 1, '{1,2;3,4}'],
    ['A1:B2', 0, -1, '#REF!'],
    ['XFD1', 0, 1, '#REF!'],
    ['A1048576', 1, 0, '#REF!'],
    ['[1]Sheet1!A1+B2', 1, 0, '[1]Sheet1!A2+B3'],
    ['TRUE+Budget2024x', 1, 0, 'TRUE+Budget2024x'], // names and logicals are not references
  ])('%s moved by %d rows %d cols → %s', (f, dr, dc, expected) => {
    expect(translateFormula(f, dr, dc)).toMatchObject({ ok: true, text: expected });
  });
});

describe('parseOperand', () => {
  it('splits the prefix of quoted, external and 3-D references', () => {
    expect(parseOperand("'Phụ lục'!$B$7")).toMatchObject({ sheet: 'Phụ lục', prefix: "'Phụ lục'!" });
    expect(parseOperand("'[Book.xlsx]It''s'!A1")).toMatchObject({ book: '[Book.xlsx]', sheet: "It's" });
    expect(parseOperand('Sheet1:Sheet3!A1')).toMatchObject({ sheet: 'Sheet1', sheetTo: 'Sheet3' });
    expect(parseOperand('Name_1')?.area).toBeUndefined();
    expect(parseOperand('A1:B')).toBeUndefined();
  });

  it('mapReferences keeps text it does not replace, byte for byte', () => {
    const f = 'IF( A1 > 0 ,"a""b" & A1 , N("x") )';
    expect(mapReferences(f, () => undefined)).toEqual({ ok: true, text: f, changed: false });
  });
});
