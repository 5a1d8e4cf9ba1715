import { deleteRowsInArea, deleteRowsInSqref, formatArea, parseArea, RowDeletion, sheetPrefix, translateArea } from '../../src/xlsx/row-deletion';

describe('parseArea / formatArea', () => {
  it.each(['B7', '$B$7', 'B7:C13', '$A$1:$I$90', 'A:C', '$A:$A', '5:6', '$5:$6', 'XFD1048576'])('round-trips %s', (t) => {
    expect(formatArea(parseArea(t)!)).toBe(t);
  });
  it.each(['', 'B', 'B0', 'XFE1', 'A1048577', 'A1:B', 'Tong', 'R1C1', 'A1:B2:C3', '$$A1'])('rejects %s', (t) => {
    expect(parseArea(t)).toBeUndefined();
  });
});

describe('RowDeletion', () => {
  const d = new RowDeletion([14, 9, 9, 10]);
  it('sorts, dedupes and maps surviving rows up', () => {
    expect(d.rows).toEqual([9, 10, 14]);
    expect([8, 9, 11, 13, 15].map((r) => d.newRow(r))).toEqual([8, undefined, 9, 11, 12]);
    expect(d.survivesIn(9, 10)).toBe(false);
    expect(d.survivesIn(9, 11)).toBe(true);
    expect(d.firstSurvivorFrom(9)).toBe(11);
  });
});

describe('deleteRowsInArea', () => {
  const d = new RowDeletion([9]);
  it.each<[string, string | null]>([
    ['B9', null],
    ['B10', 'B9'],
    ['B8', 'B8'],
    ['B9:C9', null],
    ['B9:C10', 'B9:C9'],
    ['C13:B7', 'C12:B7'],
    ['A:B', 'A:B'],
    ['9:9', null],
    ['$1:$20', '$1:$19'],
  ])('%s → %s', (t, expected) => {
    const r = deleteRowsInArea(parseArea(t)!, d);
    expect(r === null ? null : formatArea(r)).toBe(expected);
  });
  it('returns the same object when nothing changes', () => {
    const a = parseArea('B8:C8')!;
    expect(deleteRowsInArea(a, d)).toBe(a);
  });
});

describe('deleteRowsInSqref', () => {
  it('drops items on deleted rows, shrinks and moves the others, keeps the spelling of unchanged ones', () => {
    expect(deleteRowsInSqref('e7:e8 E9 E10:E13 A1', new RowDeletion([9]))).toBe('e7:e8 E9:E12 A1');
    expect(deleteRowsInSqref('E9', new RowDeletion([9]))).toBe('');
    expect(deleteRowsInSqref('E9 foo', new RowDeletion([9]))).toBeUndefined();
  });
});

describe('translateArea', () => {
  it('moves relative bounds only and fails off the sheet', () => {
    expect(formatArea(translateArea(parseArea('$A1:B$2')!, 2, 1)!)).toBe('$A3:C$2');
    expect(translateArea(parseArea('A1')!, 0, -1)).toBeNull();
  });
});

describe('sheetPrefix', () => {
  it.each([
    ['Sheet1', 'Sheet1!'],
    ['Phụ lục', "'Phụ lục'!"],
    ["It's", "'It''s'!"],
    ['A1', "'A1'!"],
    ['2024', "'2024'!"],
  ])('%s → %s', (name, p) => expect(sheetPrefix(name)).toBe(p));
});
