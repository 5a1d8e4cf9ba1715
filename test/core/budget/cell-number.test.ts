import { readCellNumber } from '../../../src/core/budget';
import type { Cell } from '../../../src/core/grid';

describe('readCellNumber', () => {
  it.each<[Cell | undefined, ReturnType<typeof readCellNumber>]>([
    [undefined, { kind: 'absent' }],
    [{ value: null }, { kind: 'absent' }],
    [{ value: '' }, { kind: 'absent' }],
    [{ value: '-' }, { kind: 'absent' }],
    [{ value: true }, { kind: 'absent' }],
    [{ value: new Date(0) }, { kind: 'absent' }],
    [{ value: NaN }, { kind: 'absent' }],
    [{ value: 6000000 }, { kind: 'number', value: 6000000 }],
    [{ value: '6.000.000' }, { kind: 'number', value: 6000000, text: '6.000.000' }],
    [{ value: '12 tháng' }, { kind: 'number', value: 12, text: '12 tháng', unit: 'tháng' }],
    [{ value: 'Theo thực tế' }, { kind: 'text', text: 'Theo thực tế' }],
    [{ value: null, error: '#N/A' }, { kind: 'error', error: '#N/A' }],
    [{ value: 5, error: '#VALUE!' }, { kind: 'error', error: '#VALUE!' }],
  ])('%p → %p', (cell, expected) => {
    expect(readCellNumber(cell)).toEqual(expected);
  });
});
