import fc from 'fast-check';
import { formatAmount, formatPercent, parseAmount } from '../../../src/core/money';

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

describe('formatPercent: the Vietnamese way whatever the machine\'s locale', () => {
  it.each<[number, number | undefined, string]>([
    [2 / 3, undefined, '66,7%'],
    [1 / 3, undefined, '33,3%'],
    [1 / 6, undefined, '16,7%'],
    [0, undefined, '0,0%'],
    [1, undefined, '100,0%'],
    [0.5, 0, '50%'],
    [2 / 3, 2, '66,67%'],
    [12.345, undefined, '1.234,5%'],
    [-0.25, undefined, '-25,0%'],
  ])('%p with %p decimals → %p', (share, digits, text) => {
    expect(formatPercent(share, digits)).toBe(text);
  });

  // Never the English form, never a thrown error, never "-0,0%".
  it.each<[number, string]>([
    [NaN, 'NaN'],
    [Infinity, 'Infinity'],
    [-Infinity, '-Infinity'],
    [-0, '0,0%'],
    [-0.00001, '0,0%'],
    [1234.5 / 100, '1.234,5%'],
    [0.0004, '0,0%'],
    [0.9999, '100,0%'],
    [0.667, '66,7%'],
  ])('%p → %p', (share, text) => {
    const shown = formatPercent(share);
    expect(shown).toBe(text);
    expect(shown).not.toMatch(/\d\.\d%|\d,\d{3}\b/);
  });
});
