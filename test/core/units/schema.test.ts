import { DEFAULT_UNITS, mergeDirectory, parseDirectoryJson, unitDirectorySchema } from '../../../src/core/units';

describe('parseDirectoryJson', () => {
  test.each<[string, unknown, unknown]>([
    ['objects', [{ name: 'Văn phòng Sở', aliases: ['VP'] }], [{ name: 'Văn phòng Sở', aliases: ['VP'] }]],
    ['bare names', ['Văn phòng Sở', 'Thanh tra'], [{ name: 'Văn phòng Sở', aliases: [] }, { name: 'Thanh tra', aliases: [] }]],
    ['missing aliases', [{ name: 'A' }], [{ name: 'A', aliases: [] }]],
    ['names normalised', [{ name: '  Văn   phòng '.normalize('NFD'), aliases: [' VP '] }], [{ name: 'Văn phòng', aliases: ['VP'] }]],
    ['empty list', [], []],
  ])('accepts %s', (_label, json, entries) => {
    expect(parseDirectoryJson(json)).toEqual({ ok: true, entries });
  });

  test.each<[string, unknown, string[]]>([
    ['an object', { name: 'A' }, ['danh mục phải là một danh sách (mảng JSON)']],
    ['null', null, ['danh mục phải là một danh sách (mảng JSON)']],
    ['a string', 'Văn phòng', ['danh mục phải là một danh sách (mảng JSON)']],
    ['a blank name', [{ name: '  ' }], ['[0].name: không được để trống']],
    ['a number name', [{ name: 5 }], ['[0].name: phải là chuỗi ký tự']],
    ['no name', [{ aliases: [] }], ['[0].name: phải là chuỗi ký tự']],
    ['a bad alias', ['A', { name: 'B', aliases: ['x', 3] }], ['[1].aliases[1]: phải là chuỗi ký tự']],
    ['aliases not a list', [{ name: 'B', aliases: 'x' }], ['[0].aliases: phải là danh sách tên gọi khác']],
    ['a number item', [7], ['[0]: phải là tên hoặc đối tượng { "name": ..., "aliases": [...] }']],
    ['a blank bare name', [''], ['[0]: phải là tên hoặc đối tượng { "name": ..., "aliases": [...] }']],
    ['a name claimed twice', ['Văn phòng', { name: 'Thanh tra', aliases: ['VĂN PHÒNG'] }], ['[1].aliases[0]: "VĂN PHÒNG" trùng với mục [0]']],
  ])('rejects %s', (_label, json, errors) => {
    expect(parseDirectoryJson(json)).toEqual({ ok: false, errors });
  });

  test('the defaults pass their own schema with no clashes', () => {
    expect(unitDirectorySchema.safeParse(DEFAULT_UNITS).success).toBe(true);
    expect(parseDirectoryJson(DEFAULT_UNITS)).toEqual({ ok: true, entries: DEFAULT_UNITS });
  });
});

describe('mergeDirectory', () => {
  const defaults = [
    { name: 'Văn phòng Sở', aliases: ['Văn phòng', 'VP'] },
    { name: 'Thanh tra Sở', aliases: [] },
  ];
  test('replace keeps only the user list', () => {
    expect(mergeDirectory(defaults, [{ name: 'X', aliases: [] }], 'replace')).toEqual([{ name: 'X', aliases: [] }]);
  });
  test('extend adds new entries and merges a matching one under the user name', () => {
    const merged = mergeDirectory(defaults, [{ name: 'Văn phòng', aliases: ['Phòng Hành chính'] }, { name: 'X', aliases: ['Y'] }], 'extend');
    expect(merged).toEqual([
      { name: 'Văn phòng', aliases: ['Văn phòng Sở', 'VP', 'Phòng Hành chính'] },
      { name: 'Thanh tra Sở', aliases: [] },
      { name: 'X', aliases: ['Y'] },
    ]);
  });
  test('does not mutate its inputs', () => {
    const d = JSON.parse(JSON.stringify(defaults));
    mergeDirectory(d, [{ name: 'VP', aliases: ['Z'] }], 'extend');
    expect(d).toEqual(defaults);
  });
});
