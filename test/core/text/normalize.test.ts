import fc from 'fast-check';
import { collapseSpaces, fold, foldKeepPunctuation, foldKeepTones, isUnaccented, lowerFirst, nfc } from '../../../src/core/text';

const NFD = (s: string): string => s.normalize('NFD');

describe('nfc', () => {
  test.each([
    ['  Văn   phòng  Sở ', 'Văn phòng Sở'],
    [NFD('Văn phòng Sở'), 'Văn phòng Sở'],
    ['Văn\nphòng', 'Văn phòng'],
    ['Văn\u200Bphòng', 'Vănphòng'],
    ['\t', ''],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(nfc(input)).toBe(expected);
  });

  test('is idempotent', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => nfc(nfc(s)) === nfc(s)));
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => nfc(nfc(s)) === nfc(s)));
  });
});

describe('collapseSpaces', () => {
  test.each([
    ['- Tờ trình \r\n  - Quyết định ', '- Tờ trình\n- Quyết định'],
    ['a   b\n\n\nc', 'a b\nc'],
    [NFD('Hoà'), 'Hoà'],
  ])('%j → %j', (input, expected) => {
    expect(collapseSpaces(input)).toBe(expected);
  });

  test('is idempotent', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => collapseSpaces(collapseSpaces(s)) === collapseSpaces(s)));
  });
});

describe('fold', () => {
  const same: Array<[string, string]> = [
    ['Kế hoạch - Tài chính', 'Kế hoạch-Tài chính'],
    ['Kế hoạch - Tài chính', 'Kế hoạch – Tài chính'],
    ['Kế hoạch - Tài chính', 'Kế hoạch — Tài chính'],
    ['Kế hoạch - Tài chính', 'Kế hoạch \u2011 Tài chính'],
    ['Văn phòng Sở', 'VĂN PHÒNG SỞ'],
    ['Văn phòng Sở', NFD('Văn phòng Sở')],
    ['Văn phòng Sở', ' Văn  phòng\nSở. '],
    ['Văn phòng Sở', 'Van phong So'],
    ['hòa', 'hoà'],
    ['thủy', 'thuỷ'],
    ['Đơn vị', 'don vi'],
    ['Các phòng, đơn vị', 'Các phòng ,đơn vị'],
    ['Các phòng, đơn vị', 'Các phòng,đơn vị'],
    ['(Chủ trì)', 'chu tri'],
  ];
  test.each(same)('%j folds like %j', (a, b) => {
    expect(fold(a)).toBe(fold(b));
  });

  const different: Array<[string, string]> = [
    ['Quí', 'Quý'],
    ['Các phòng, đơn vị', 'Các phòng đơn vị'],
    ['Kế hoạch-Tài chính', 'Kế hoạch Tài chính'],
    ['Văn phòng Sở', 'Thanh tra Sở'],
    ['Sở Nội vụ', 'Sở Tư pháp'],
    ['1/2024', '12024'],
  ];
  test.each(different)('%j does not fold like %j', (a, b) => {
    expect(fold(a)).not.toBe(fold(b));
  });

  test('keeps only letters, digits, dash and comma', () => {
    expect(fold('Tờ trình/văn bản: “đề nghị”!')).toBe('to trinh van ban de nghi');
  });

  test('is idempotent', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => fold(fold(s)) === fold(s)));
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => fold(fold(s)) === fold(s)));
    const vietnamese = fc.string({ unit: fc.constantFrom(...'aăâeêioôơuưyđ áàảãạ,-–. \n'.split('')) });
    fc.assert(fc.property(vietnamese, (s) => fold(fold(s)) === fold(s)));
  });
});

describe('foldKeepTones', () => {
  test.each([
    ['hòa', 'hoà'],
    ['thủy', 'thuỷ'],
    ['Qúy', 'Quý'],
    ['Kế hoạch - Tài chính', 'KẾ HOẠCH–TÀI CHÍNH'],
    [NFD('Văn phòng'), 'Văn phòng'],
  ])('%j equals %j', (a, b) => {
    expect(foldKeepTones(a)).toBe(foldKeepTones(b));
  });

  test.each([
    ['Văn phòng', 'Văn phỏng'],
    ['Thanh tra Sở', 'Thanh tra Sơ'],
    ['Cải cách', 'Cái cách'],
    ['Quí', 'Quý'],
    ['Văn phòng', 'Van phong'],
  ])('%j differs from %j', (a, b) => {
    expect(foldKeepTones(a)).not.toBe(foldKeepTones(b));
  });

  test('a wrong tone is one character apart', () => {
    expect(foldKeepTones('Văn phỏng').length).toBe(foldKeepTones('Văn phòng').length);
  });
});

describe('isUnaccented / lowerFirst', () => {
  test.each([
    ['Van phong So', true],
    ['VP', true],
    ['Văn phòng', false],
    ['Don vi đ', false],
    [NFD('Sở'), false],
  ])('isUnaccented(%j) = %j', (s, expected) => {
    expect(isUnaccented(s)).toBe(expected);
  });
  test('lowerFirst', () => {
    expect(lowerFirst('Các phòng')).toBe('các phòng');
    expect(lowerFirst('')).toBe('');
  });
});

describe('foldKeepPunctuation', () => {
  it.each([
    ['Đã hoàn thành 100%', 'da hoan thanh 100%'],
    ['  Quý   I/2026 ', 'quy i/2026'],
    ['Hoàn thành ngày 20/3/2026.', 'hoan thanh ngay 20/3/2026.'],
    ['ĐANG THỰC HIỆN', 'dang thuc hien'],
    ['Chưa\nthực hiện', 'chua thuc hien'],
    ['6 tháng đầu năm', '6 thang dau nam'],
    ['\u00D0ã hoàn thành', 'da hoan thanh'], // Ð (eth) typed for Đ
    ['\u00D0ANG TH\u1EF0C HI\u1EC6N', 'dang thuc hien'],
    ['', ''],
  ])('%j → %j', (input, out) => expect(foldKeepPunctuation(input)).toBe(out));

  it('keeps what fold turns into spaces', () => {
    expect(fold('Quý I/2026')).not.toBe(foldKeepPunctuation('Quý I/2026'));
  });
});
