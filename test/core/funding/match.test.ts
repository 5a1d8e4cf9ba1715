import { DEFAULT_FUNDING, FUNDING_2025, createFundingMatcher, parseAmount, parseDirectoryJson } from '../../../src/core/funding';
import type { FundingCellMatch, FundingMatch } from '../../../src/core/funding';
import { fixtureCells } from '../text/fixture-strings';

const m = createFundingMatcher(DEFAULT_FUNDING);

describe('parseAmount', () => {
  test.each<[string, number]>([
    ['20.000.000', 20_000_000],
    ['20.000.000đ', 20_000_000],
    ['20.000.000 đồng', 20_000_000],
    ['20 000 000', 20_000_000],
    ['20 triệu đồng', 20_000_000],
    ['20 triệu', 20_000_000],
    ['1,5 tỷ', 1_500_000_000],
    ['1,5 tỷ đồng', 1_500_000_000],
    ['500 nghìn đồng', 500_000],
    ['500 ngàn', 500_000],
    ['6.000.000 VNĐ', 6_000_000],
    ['500000', 500_000],
    ['0', 0],
  ])('%j = %d', (text, value) => {
    expect(parseAmount(text)).toBe(value);
  });

  test.each(['', 'Thường xuyên', '20.00.000', '1,5', '20 triệu USD', 'Khoảng 20 triệu', '20-30 triệu', '1.2.3', 'triệu', '12/2024', '20.000.000 đồng/năm'])(
    '%j is not an amount',
    (text) => {
      expect(parseAmount(text)).toBeUndefined();
    },
  );
});

describe('createFundingMatcher over the defaults', () => {
  test.each<[string, FundingMatch]>([
    ['Thường xuyên', { kind: 'exact', canonical: 'Thường xuyên' }],
    [' Thường  xuyên. ', { kind: 'exact', canonical: 'Thường xuyên' }],
    ['Thường xuyên'.normalize('NFD'), { kind: 'exact', canonical: 'Thường xuyên' }],
    ['thường xuyên', { kind: 'exact', canonical: 'Thường xuyên' }],
    ['Theo kế hoạch', { kind: 'exact', canonical: 'Theo kế hoạch' }],
    ['Lồng ghép', { kind: 'exact', canonical: 'Lồng ghép' }],
    ['Xã hội hóa', { kind: 'exact', canonical: 'Xã hội hóa' }],
    ['Tự chủ', { kind: 'alias', canonical: 'Kinh phí tự chủ', via: 'listed' }],
    ['Không tự chủ', { kind: 'alias', canonical: 'Kinh phí không tự chủ', via: 'listed' }],
    ['Kinh phí chi thường xuyên', { kind: 'alias', canonical: 'Thường xuyên', via: 'listed' }],
    ['NSNN', { kind: 'alias', canonical: 'Ngân sách nhà nước', via: 'listed' }],
    ['Không phát sinh', { kind: 'alias', canonical: 'Không phát sinh kinh phí', via: 'listed' }],
    ['Thường xuyen', { kind: 'alias', canonical: 'Thường xuyên', via: 'variant' }],
    ['Theo Kế hoạch', { kind: 'alias', canonical: 'Theo kế hoạch', via: 'variant' }],
    ['THƯỜNG XUYÊN', { kind: 'alias', canonical: 'Thường xuyên', via: 'variant' }],
    ['Xã hội hoá', { kind: 'alias', canonical: 'Xã hội hóa', via: 'variant' }],
    ['Thuong xuyen', { kind: 'alias', canonical: 'Thường xuyên', via: 'variant' }],
    ['Thường xuyện', { kind: 'alias', canonical: 'Thường xuyên', via: 'variant' }],
    ['Thường xuyêm', { kind: 'near', canonical: 'Thường xuyên' }],
    ['Ngân sách tinh.', { kind: 'alias', canonical: 'Ngân sách tỉnh', via: 'variant' }],
    ['Theo huớng dẫn', { kind: 'alias', canonical: 'Theo hướng dẫn', via: 'variant' }],
    ['Theo hướng dẩn', { kind: 'alias', canonical: 'Theo hướng dẫn', via: 'variant' }],
    ['Lồng ghéo', { kind: 'near', canonical: 'Lồng ghép' }],
    ['20.000.000', { kind: 'amount', value: 20_000_000 }],
    ['20 triệu đồng', { kind: 'amount', value: 20_000_000 }],
    ['', { kind: 'unknown' }],
    ['  ', { kind: 'unknown' }],
    ['Kinh phí', { kind: 'unknown' }],
    ['Ngân sách huyện', { kind: 'unknown' }],
    ['Vốn vay ODA', { kind: 'unknown' }],
    ['Đang xin', { kind: 'unknown' }],
    ['x', { kind: 'unknown' }],
  ])('%j → %j', (text, expected) => {
    expect(m.match(text)).toEqual(expected);
  });

  test('every default name and alias resolves to its own category', () => {
    for (const e of DEFAULT_FUNDING)
      for (const n of [e.name, ...e.aliases]) {
        const r = m.match(n);
        expect([n, r.kind === 'exact' || r.kind === 'alias' ? r.canonical : r.kind]).toEqual([n, e.name]);
      }
  });

  test('the defaults pass the directory schema with no clashes', () => {
    expect(parseDirectoryJson(DEFAULT_FUNDING)).toEqual({ ok: true, entries: DEFAULT_FUNDING });
  });

  test('a user list replaces the categories', () => {
    const u = createFundingMatcher([{ name: 'Quỹ phát triển', aliases: [] }]);
    expect(u.match('Quỹ phát triển')).toEqual({ kind: 'exact', canonical: 'Quỹ phát triển' });
    expect(u.match('Thường xuyên')).toEqual({ kind: 'unknown' });
    expect(u.match('5.000.000')).toEqual({ kind: 'amount', value: 5_000_000 });
  });

  test('every funding cell of the fixtures is a standard category', async () => {
    const cells = await fixtureCells();
    const heads = cells.filter((c) => /^(nguồn )?kinh phí( thực hiện)?$/i.test(c.text.trim()));
    const texts = new Set<string>();
    for (const h of heads)
      for (const c of cells)
        if (c.file === h.file && c.sheet === h.sheet && c.col === h.col && c.row > h.row && c.text !== h.text) texts.add(c.text);
    expect(texts.size).toBeGreaterThan(0);
    for (const t of texts) expect([t, m.match(t).kind]).toEqual([t, 'exact']);
    // reads the three fixture workbooks with exceljs: slow on a loaded machine
  }, 30_000);
});

describe('matchCell: a funding cell as written, several sources and notes, after 2025', () => {
  const f = createFundingMatcher(FUNDING_2025);
  test.each<[string, FundingCellMatch]>([
    ['Ngân sách xã', { kind: 'ok' }],
    ['Ngân sách phường', { kind: 'ok' }],
    ['Nguồn thu sự nghiệp', { kind: 'ok' }],
    ['Chương trình mục tiêu quốc gia', { kind: 'ok' }],
    ['Ngân sách trung ương', { kind: 'ok' }],
    ['Nguồn hợp pháp khác', { kind: 'ok' }],
    ['Ngân sách địa phương', { kind: 'ok' }],
    ['Ngân sách xã; nguồn xã hội hóa', { kind: 'ok' }],
    ['Ngân sách xã, nguồn xã hội hóa', { kind: 'ok' }],
    ['Ngân sách tỉnh và nguồn hợp pháp khác', { kind: 'ok' }],
    ['NSNN + XHH', { kind: 'ok' }],
    ['Ngân sách tỉnh (kinh phí CCHC)', { kind: 'ok' }],
    ['Kinh phí thường xuyên năm 2026', { kind: 'ok' }],
    ['1,5 tỷ đồng', { kind: 'ok' }],
    ['Ngân sách xa', { kind: 'variant', part: 'Ngân sách xa', canonical: 'Ngân sách xã', fixed: 'Ngân sách xã' }],
    ['Ngân sách tỉnh; Xã hội hoa', { kind: 'variant', part: 'Xã hội hoa', canonical: 'Xã hội hóa', fixed: 'Ngân sách tỉnh; Xã hội hóa' }],
    ['Nguồn thu sự nghệp', { kind: 'near', part: 'Nguồn thu sự nghệp', canonical: 'Nguồn thu sự nghiệp', fixed: 'Nguồn thu sự nghiệp' }],
    ['Ngân sách xã; Nguồn thu sự nghệp', { kind: 'near', part: 'Nguồn thu sự nghệp', canonical: 'Nguồn thu sự nghiệp', fixed: 'Ngân sách xã; Nguồn thu sự nghiệp' }],
    ['Ngân sách huyện', { kind: 'unknown', part: 'Ngân sách huyện' }],
    ['Ngân sách xã; Vốn vay ODA', { kind: 'unknown', part: 'Vốn vay ODA' }],
    ['Đang xin', { kind: 'unknown', part: 'Đang xin' }],
  ])('%j → %j', (text, expected) => {
    expect(f.matchCell(text)).toEqual(expected);
  });

  test('the pre-2025 list does not know the commune budget', () => {
    expect(m.matchCell('Ngân sách xã').kind).not.toBe('ok');
  });

  test('a long cell is answered without splitting it into thousands of parts', () => {
    expect(f.matchCell('Ngân sách xã; '.repeat(3000)).kind).not.toBe('ok');
  });
});
