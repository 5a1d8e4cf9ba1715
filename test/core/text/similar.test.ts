import fc from 'fast-check';
import { distance, nearest, typoTolerance } from '../../../src/core/text';

/** Plain Levenshtein, the reference the banded version must agree with. */
function reference(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) (d[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      (d[i] as number[])[j] = Math.min(
        (d[i - 1] as number[])[j]! + 1,
        (d[i] as number[])[j - 1]! + 1,
        (d[i - 1] as number[])[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
  return (d[a.length] as number[])[b.length]!;
}

describe('distance', () => {
  test.each([
    ['', '', 0],
    ['abc', '', 3],
    ['kitten', 'sitting', 3],
    ['van phong', 'van phong', 0],
    ['thanh tra so', 'thanh tra s', 1],
  ])('%j ~ %j = %d', (a, b, d) => {
    expect(distance(a, b)).toBe(d);
    expect(distance(b, a)).toBe(d);
  });

  test('agrees with plain Levenshtein, and saturates at max + 1', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), fc.nat(6), (a, b, max) => {
        const d = reference(a, b);
        expect(distance(a, b)).toBe(d);
        expect(distance(a, b, max)).toBe(Math.min(d, max + 1));
      }),
    );
  });
});

describe('nearest (default key: fold)', () => {
  const units = [
    'Văn phòng Sở',
    'Thanh tra Sở',
    'Phòng Kế hoạch - Tài chính',
    'Phòng Tổ chức - Cán bộ',
    'Sở Nội vụ',
    'Sở Tư pháp',
    'Sở Tài chính',
    'UBND tỉnh',
  ];
  test.each([
    ['Văn phỏng Sở', 'Văn phòng Sở'],
    ['Thanh tra Sơ', 'Thanh tra Sở'],
    ['Van phong So', 'Văn phòng Sở'],
    ['Văn phòmg Sở', 'Văn phòng Sở'],
    ['Thanh tr Sở', 'Thanh tra Sở'],
    ['Phòng Kế hoạch-Tài chín', 'Phòng Kế hoạch - Tài chính'],
    ['Sở Nôi vu', 'Sở Nội vụ'],
  ])('%j → %j', (query, expected) => {
    expect(nearest(query, units)?.value).toBe(expected);
  });

  test.each([
    ['Phòng Kế hoạch - Tài chính', ['Phòng Tổ chức - Cán bộ']],
    ['Thanh tra Sở', ['Văn phòng Sở']],
    ['Sở Nội vụ', ['Sở Tư pháp']],
    ['Sở Ngoại vụ', ['Sở Nội vụ']],
    ['Sở Y tế', ['Sở Nội vụ', 'Sở Tư pháp']],
    ['UBND huyện', ['UBND tỉnh']],
    ['UBND', ['UBND tỉnh']],
    ['Sở Tài chính', ['Sở Tư pháp']],
    ['Phòng Pháp chế', ['Phòng Tổ chức - Cán bộ', 'Sở Tư pháp']],
    ['', ['Văn phòng Sở']],
  ])('%j has no near candidate in %j', (query, candidates) => {
    expect(nearest(query, candidates)).toBeNull();
  });

  test('an equally close pair of different candidates is ambiguous', () => {
    expect(nearest('abcdefgh', ['abcdefgx', 'abcdefgy'], { key: (s) => s })).toBeNull();
    expect(nearest('abcdefgh', ['abcdefgx', 'abcdefgx'], { key: (s) => s })?.value).toBe('abcdefgx');
  });

  test('options override key and tolerance', () => {
    expect(nearest('abc', ['abd'], { key: (s) => s })).toBeNull();
    expect(nearest('abc', ['abd'], { key: (s) => s, maxDistance: 1 })?.distance).toBe(1);
    expect(nearest('abc', ['xyz'], { key: (s) => s, maxDistance: () => 3 })?.value).toBe('xyz');
  });

  test('tolerance grows with length but stays small', () => {
    expect([3, 6, 14, 15, 30, 100].map(typoTolerance)).toEqual([0, 1, 1, 2, 3, 3]);
  });
});
