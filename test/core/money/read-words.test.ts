import fc from 'fast-check';
import { amountToWords, parseWords, wordsMatch } from '../../../src/core/money';

describe('parseWords', () => {
  it.each<[string, number]>([
    ['Hai mươi triệu đồng', 20000000],
    ['(Bằng chữ: Hai mươi triệu đồng)', 20000000],
    ['Bằng chữ: hai mươi triệu đồng chẵn.', 20000000],
    ['Số tiền bằng chữ: Hai mươi triệu đồng./.', 20000000],
    ['Số tiền viết bằng chữ: Hai mươi triệu đồng', 20000000],
    ['HAI MƯƠI TRIỆU ĐỒNG', 20000000],
    ['Hai mươi triệu đồng'.normalize('NFD'), 20000000],
    ['(Bằng chữ: Hai mươi triệu đồng)'.normalize('NFD'), 20000000],
    ['Một trăm linh năm nghìn đồng', 105000],
    ['Một trăm lẻ năm ngàn đồng', 105000],
    ['một trăm linh tư', 104],
    ['Hai mươi mốt nghìn', 21000],
    ['Hai mươi một nghìn', 21000],
    ['Mười lăm nghìn đồng', 15000],
    ['Mười năm nghìn đồng', 15000],
    ['Hai mươi tư', 24],
    ['Hai mươi bốn', 24],
    ['hai mươi nhăm', 25],
    ['Bẩy trăm', 700],
    ['Một triệu không trăm linh năm nghìn đồng', 1005000],
    ['Một triệu năm nghìn đồng', 1005000],
    ['Một tỷ năm trăm triệu', 1500000000],
    ['Một tỉ năm trăm triệu', 1500000000],
    ['Một nghìn tỷ đồng', 1e12],
    ['Một nghìn không trăm linh một tỷ', 1001e9],
    ['Một triệu tỷ không trăm linh năm', 1e15 + 5],
    ['Không đồng', 0],
    ['Năm mươi', 50],
    ['Hai triệu, ba trăm nghìn đồng', 2300000],
  ])('%s → %p', (text, n) => {
    expect(parseWords(text)).toBe(n);
  });

  it.each([
    '',
    '   ',
    'đồng',
    '(Bằng chữ: )',
    'triệu',
    'nghìn đồng',
    'một trăm năm', // 105 or 150? refused
    'hai triệu ba triệu',
    'hai nghìn ba triệu',
    'hai ba',
    'Hai mươi triệu đô la',
    '20 triệu đồng',
    'linh',
    'một linh',
    'mười mười',
    'Văn phòng Sở',
    'một tỷ tỷ tỷ', // beyond safe integers
  ])('%p → null', (text) => {
    expect(parseWords(text)).toBeNull();
  });

  it('never throws and reads only safe integers', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const n = parseWords(s);
        return n === null || Number.isSafeInteger(n);
      }),
    );
  });
});

describe('parseWords ∘ amountToWords', () => {
  const amounts = fc.oneof(
    fc.integer({ min: 0, max: 999_999 }),
    fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }).map((n) => n % 1e15),
    // Round amounts with many zero groups are where "không trăm", "linh" and "nghìn tỷ" appear.
    fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 999 }))
      .map(([a, k, b]) => a * 1000 ** k + b),
  );
  const options = fc.record({
    linh: fc.constantFrom<'linh' | 'lẻ'>('linh', 'lẻ'),
    nghin: fc.constantFrom<'nghìn' | 'ngàn'>('nghìn', 'ngàn'),
    tu: fc.constantFrom<'tư' | 'bốn'>('tư', 'bốn'),
  });

  it('reads back every amount below 10^15', () => {
    fc.assert(fc.property(amounts, (n) => parseWords(amountToWords(n)) === n), { numRuns: 2000 });
  });
  it('reads back every amount with every regional variant', () => {
    fc.assert(fc.property(amounts, options, (n, o) => parseWords(amountToWords(n, o)) === n), { numRuns: 2000 });
  });
  it('reads back lower-case, NFD, wrapped and "chẵn" forms', () => {
    fc.assert(
      fc.property(amounts, (n) => {
        const w = amountToWords(n);
        return (
          parseWords(w.toLowerCase()) === n &&
          parseWords(w.normalize('NFD')) === n &&
          parseWords(`(Bằng chữ: ${w} chẵn)`) === n
        );
      }),
      { numRuns: 500 },
    );
  });
});

describe('wordsMatch', () => {
  it.each<[string, number, boolean]>([
    ['(Bằng chữ: Hai mươi triệu đồng)', 20000000, true],
    ['(Bằng chữ: Hai mươi triệu đồng)', 21000000, false],
    ['(Bằng chữ: Hai mươi mốt triệu đồng)', 20000000, false],
    ['Hai mươi', 20, true],
    ['', 0, false],
    ['không rõ', 0, false],
  ])('%p vs %p → %p', (text, total, expected) => {
    expect(wordsMatch(text, total)).toBe(expected);
  });
});
