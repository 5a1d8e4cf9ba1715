import fc from 'fast-check';
import { parseAmount } from '../../../src/core/money';

describe('parseAmount', () => {
  it.each<[string | number, number, string | undefined]>([
    ['6.000.000', 6000000, undefined],
    ['6,000,000', 6000000, undefined], // pasted from an English-locale tool
    ['6 000 000', 6000000, undefined],
    ['6\u00a0000\u00a0000', 6000000, undefined],
    ['6.000.000,5', 6000000.5, undefined],
    ['6,000,000.50', 6000000.5, undefined],
    ['1.500', 1500, undefined],
    ['1,500', 1500, undefined],
    ['1,5', 1.5, undefined],
    ['1.5', 1.5, undefined],
    ['0,500', 0.5, undefined],
    ['  7  ', 7, undefined],
    ['007', 7, undefined],
    ['-5', -5, undefined],
    ['+5', 5, undefined],
    ['20 triệu đồng', 20000000, 'đồng'],
    ['20 triệu', 20000000, undefined],
    ['20 Triệu', 20000000, undefined],
    ['1,5 tỷ', 1500000000, undefined],
    ['1,5 tỉ đồng', 1500000000, 'đồng'],
    ['1 tỷ 500 triệu', 1500000000, undefined],
    ['500 nghìn', 500000, undefined],
    ['500 ngàn', 500000, undefined],
    ['500k', 500000, undefined],
    ['0,1 triệu', 100000, undefined],
    ['12 tháng', 12, 'tháng'],
    ['6 người', 6, 'người'],
    ['500.000đ', 500000, 'đ'],
    ['500.000 đ/người', 500000, 'đ/người'],
    ['6.000.000 VNĐ', 6000000, 'VNĐ'],
    ['12 tháng'.normalize('NFD'), 12, 'tháng'],
  ])('%p → %p (unit %p)', (text, value, unit) => {
    const r = parseAmount(text);
    expect(r).toEqual(unit === undefined ? { ok: true, value, fromText: true } : { ok: true, value, fromText: true, unit });
  });

  it.each<[number, number]>([
    [6000000, 6000000],
    [0, 0],
    [-1.5, -1.5],
  ])('the number %p is itself, not text', (n, value) => {
    expect(parseAmount(n)).toEqual({ ok: true, value, fromText: false });
  });

  it.each<[string | number | null | undefined, string]>([
    [null, 'empty'],
    [undefined, 'empty'],
    ['', 'empty'],
    ['   ', 'empty'],
    ['-', 'not-given'],
    ['–', 'not-given'],
    ['—', 'not-given'],
    ['--', 'not-given'],
    [NaN, 'unrecognized'],
    [Infinity, 'unrecognized'],
    ['abc', 'unrecognized'],
    ['Người', 'unrecognized'],
    ['Tập thể/cá nhân', 'unrecognized'],
    ['triệu', 'unrecognized'],
    ['12 6', 'unrecognized'],
    ['6..000', 'unrecognized'],
    ['6.00.000', 'unrecognized'],
    ['6.000,000.000', 'unrecognized'],
    ['1.2.3', 'unrecognized'],
    ['10%', 'unrecognized'],
    ['1 tỷ 2 tỷ', 'unrecognized'], // scales must fall
    ['31/03/2024', 'unrecognized'],
    ['Quý I/2024', 'unrecognized'],
    ['2 người 3', 'unrecognized'],
    ['x5', 'unrecognized'],
    ['5-6', 'unrecognized'],
  ])('%p → %p', (input, reason) => {
    expect(parseAmount(input)).toEqual({ ok: false, reason });
  });

  it('never throws, and every number it returns is finite', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.double(), fc.constant(null)), (s) => {
        const r = parseAmount(s);
        return !r.ok || Number.isFinite(r.value);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads back any amount written with dot thousands', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e15 }), (n) => {
        const text = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
        const r = parseAmount(text);
        return r.ok && r.value === n && r.fromText;
      }),
    );
  });
});
