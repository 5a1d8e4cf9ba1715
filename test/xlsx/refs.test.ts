import { columnName, listReferences, mapReferences, parseCellAddress, parseRangeAddress, shiftFormula } from '../../src/xlsx/refs';

describe('shiftFormula: a formula moved as shared formulas and copy-paste move it', () => {
  it.each([
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
    ['A1', -1, 0, '#REF!'], // moved off the sheet
    ['A1:B2', 0, -1, '#REF!'],
    ['XFD1', 0, 1, '#REF!'],
    ['[1]Sheet1!A1+Sheet1:Sheet3!B2', 1, 0, '[1]Sheet1!A2+Sheet1:Sheet3!B3'],
    ['TRUE+Budget2024x', 1, 0, 'TRUE+Budget2024x'], // names and logicals are not references
  ])('%s moved (%i, %i) → %s', (f, dr, dc, out) => {
    expect(shiftFormula(f, dr, dc)).toBe(out);
  });
});

describe('listReferences', () => {
  it('names kinds, sheets and positions', () => {
    const refs = listReferences("SUM('Phụ lục'!$B$7:B13)+Thống_kê!E1+A:C");
    expect(refs.map((r) => [r.kind, r.sheet, r.prefix, r.text])).toEqual([
      ['range', 'Phụ lục', "'Phụ lục'!", '$B$7:B13'],
      ['cell', 'Thống_kê', 'Thống_kê!', 'E1'],
      ['columns', undefined, '', 'A:C'],
    ]);
    expect(refs[0]?.start).toEqual({ row: 6, col: 1, rowAbsolute: true, colAbsolute: true });
  });

  it('mapReferences replaces only what fn returns, copying the rest byte for byte', () => {
    const f = "IF( 'Phụ lục'!E13 >0 , E12 , \"E12\" )";
    expect(mapReferences(f, (r) => (r.text === 'E12' ? 'E11' : undefined))).toBe("IF( 'Phụ lục'!E13 >0 , E11 , \"E12\" )");
    expect(mapReferences(f, () => undefined)).toBe(f);
  });
});

describe('addresses', () => {
  it.each([
    ['A1', { row: 0, col: 0 }],
    ['$B$7', { row: 6, col: 1 }],
    ['XFD1048576', { row: 1048575, col: 16383 }],
    ['XFE1', undefined],
    ['A1048577', undefined],
    ['A0', undefined],
    ['1A', undefined],
  ])('%s', (a, out) => expect(parseCellAddress(a)).toEqual(out));

  it('ranges, in either corner order', () => {
    expect(parseRangeAddress('C5:A1')).toEqual({ top: 0, left: 0, bottom: 4, right: 2 });
    expect(parseRangeAddress('J1:XFD1048576')).toEqual({ top: 0, left: 9, bottom: 1048575, right: 16383 });
    expect(parseRangeAddress('A:A')).toBeUndefined();
  });

  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [701, 'ZZ'],
    [16383, 'XFD'],
  ])('column %i is %s', (c, name) => expect(columnName(c)).toBe(name));
});
