import fc from 'fast-check';
import { formatAmount, parseAmount } from '../../../src/core/money';

describe('formatAmount', () => {
  it.each<[number, string]>([
    [0, '0'],
    [7, '7'],
    [999, '999'],
    [1000, '1.000'],
    [6000000, '6.000.000'],
    [20000000, '20.000.000'],
    [1234567890123, '1.234.567.890.123'],
    [-2000000, '-2.000.000'],
    [1234.5, '1.234,5'],
    [0.25, '0,25'],
    [NaN, 'NaN'],
    [Infinity, 'Infinity'],
  ])('%p → %p', (n, text) => {
    expect(formatAmount(n)).toBe(text);
  });

  it('is read back by parseAmount', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), (n) => {
        const r = parseAmount(formatAmount(n));
        return r.ok && r.value === n;
      }),
    );
  });
});
