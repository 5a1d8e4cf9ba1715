import { amountToWords } from '../../../src/core/money';

/** Written by hand from accounting usage (DOMAIN.md), not from the library's output. */
const GOLDEN: Array<[number | bigint, string]> = [
  [0, 'Không đồng'],
  [1, 'Một đồng'],
  [4, 'Bốn đồng'],
  [5, 'Năm đồng'],
  [10, 'Mười đồng'],
  [11, 'Mười một đồng'],
  [14, 'Mười bốn đồng'],
  [15, 'Mười lăm đồng'],
  [20, 'Hai mươi đồng'],
  [21, 'Hai mươi mốt đồng'],
  [24, 'Hai mươi tư đồng'],
  [25, 'Hai mươi lăm đồng'],
  [55, 'Năm mươi lăm đồng'],
  [99, 'Chín mươi chín đồng'],
  [100, 'Một trăm đồng'],
  [101, 'Một trăm linh một đồng'],
  [104, 'Một trăm linh bốn đồng'],
  [105, 'Một trăm linh năm đồng'],
  [110, 'Một trăm mười đồng'],
  [115, 'Một trăm mười lăm đồng'],
  [121, 'Một trăm hai mươi mốt đồng'],
  [1000, 'Một nghìn đồng'],
  [1001, 'Một nghìn không trăm linh một đồng'],
  [1010, 'Một nghìn không trăm mười đồng'],
  [1100, 'Một nghìn một trăm đồng'],
  [15000, 'Mười lăm nghìn đồng'],
  [21000, 'Hai mươi mốt nghìn đồng'],
  [105000, 'Một trăm linh năm nghìn đồng'],
  [500000, 'Năm trăm nghìn đồng'],
  [1000000, 'Một triệu đồng'],
  [1005000, 'Một triệu không trăm linh năm nghìn đồng'],
  [1000005, 'Một triệu không trăm linh năm đồng'],
  [1500000, 'Một triệu năm trăm nghìn đồng'],
  [2000000, 'Hai triệu đồng'],
  [6000000, 'Sáu triệu đồng'],
  [20000000, 'Hai mươi triệu đồng'],
  [24500000, 'Hai mươi tư triệu năm trăm nghìn đồng'],
  [125750000, 'Một trăm hai mươi lăm triệu bảy trăm năm mươi nghìn đồng'],
  [1000000000, 'Một tỷ đồng'],
  [1500000000, 'Một tỷ năm trăm triệu đồng'],
  [2000000001, 'Hai tỷ không trăm linh một đồng'],
  [10000000000, 'Mười tỷ đồng'],
  [1000000000000, 'Một nghìn tỷ đồng'],
  [1001000000000, 'Một nghìn không trăm linh một tỷ đồng'],
  [1000000000000000, 'Một triệu tỷ đồng'],
  [999999999999999, 'Chín trăm chín mươi chín nghìn chín trăm chín mươi chín tỷ chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín đồng'],
  [1000000000000000000n, 'Một tỷ tỷ đồng'],
  [-5000, 'Âm năm nghìn đồng'],
  [1234.4, 'Một nghìn hai trăm ba mươi tư đồng'], // rounded to the đồng
  [1234.6, 'Một nghìn hai trăm ba mươi lăm đồng'],
];

describe('amountToWords', () => {
  it('has a golden table of at least 40 amounts', () => expect(GOLDEN.length).toBeGreaterThanOrEqual(40));
  it.each(GOLDEN)('%p → %s', (n, words) => {
    expect(amountToWords(n)).toBe(words);
  });

  it.each<[number, Parameters<typeof amountToWords>[1], string]>([
    [105000, { linh: 'lẻ' }, 'Một trăm lẻ năm nghìn đồng'],
    [24000, { nghin: 'ngàn' }, 'Hai mươi tư ngàn đồng'],
    [24, { tu: 'bốn' }, 'Hai mươi bốn đồng'],
    [14, { tu: 'bốn' }, 'Mười bốn đồng'],
    [1004024, { linh: 'lẻ', nghin: 'ngàn', tu: 'bốn' }, 'Một triệu không trăm lẻ bốn ngàn không trăm hai mươi bốn đồng'],
  ])('%p with %p → %s', (n, opts, words) => {
    expect(amountToWords(n, opts)).toBe(words);
  });

  it.each([NaN, Infinity, -Infinity])('gives "" for %p', (n) => {
    expect(amountToWords(n)).toBe('');
  });
});
