/** The unit each built-in directory gives a role: a name that directory knows, of the body's own kind. */
import type { DirectoryId } from '../../../src/core/config';
import { BUILT_IN_DIRECTORIES, DIRECTORY_IDS, createUnitMatcher } from '../../../src/core/units';
import { UNIT_ROLES, unitForRole, unitRole } from '../../../src/core/units/directories';

const LOCALS = ['xã', 'phường', 'đặc khu'] as const;

describe('unitForRole', () => {
  type Local = (typeof LOCALS)[number] | undefined;
  const cases: [DirectoryId, Local][] = DIRECTORY_IDS.flatMap((id): [DirectoryId, Local][] => (id === 'xa-2025' ? LOCALS.map((l): [DirectoryId, Local] => [id, l]) : [[id, undefined]]));
  test.each<[DirectoryId, Local]>(cases)('%s (%s): every role it fills names a listed unit of the directory', (id, local) => {
    const matcher = createUnitMatcher(BUILT_IN_DIRECTORIES[id].units);
    for (const role of UNIT_ROLES) {
      const name = unitForRole(id, role, local);
      if (name === undefined) continue;
      const m = matcher.match(name);
      // listed as written: the name or an alias, never a variant spelling, a near miss or unknown
      expect([role, name, m.kind === 'exact' || (m.kind === 'alias' && m.via === 'listed')]).toEqual([role, name, true]);
      // a ward's units are a ward's: never `… xã` (and a commune's never `… phường`)
      if (local === 'phường') expect(name).not.toMatch(/ xã$/u);
      if (local === 'xã') expect(name).not.toMatch(/ (phường|đặc khu)$/u);
    }
  });

  test.each<[DirectoryId, string, string | undefined]>([
    ['so-2025', 'thanh tra', undefined], // Thanh tra Sở ended on 30/6/2025 (Luật Thanh tra 2025)
    ['so-truoc-2025', 'thanh tra', 'Thanh tra Sở'],
    ['xa-2025', 'thanh tra', undefined], // a commune has no inspectorate
    ['ubnd-tinh-2025', 'thanh tra', 'Thanh tra tỉnh'],
    ['ubnd-tinh-2025', 'cải cách hành chính', 'Sở Nội vụ'],
    ['xa-2025', 'tài chính', 'Phòng Kinh tế'],
    ['so-2025', 'văn phòng', 'Văn phòng Sở'],
  ])('%s: %s → %s', (id, role, name) => {
    expect(unitForRole(id, unitRole(role)!, 'xã')).toBe(name);
  });

  test.each([
    ['Văn phòng', 'văn phòng'],
    ['  THANH   TRA ', 'thanh tra'],
    ['ban chỉ đạo', undefined],
    ['', undefined],
    ['năm', undefined],
  ])('unitRole(%j) is %s', (word, role) => {
    expect(unitRole(word)).toBe(role);
  });
});
