import { createUnitCells, MAX_PER_CELL, type UnitFinding } from '../../../src/core/check/unit-cells';
import { BUILT_IN_DIRECTORIES } from '../../../src/core/units/directories';
import { createUnitMatcher } from '../../../src/core/units/match';
import { createUnitSplitter } from '../../../src/core/units/split';

const units = createUnitMatcher(BUILT_IN_DIRECTORIES['so-2025'].units);
const split = createUnitSplitter(units);

function cellsOf(text: string, asOf = '2026-01-01') {
  const c = createUnitCells({ units, split, asOf });
  c.count(text);
  return c.of(text);
}

/** A cell of `name` repeated with `sep` up to Excel's limit of 32,767 characters. */
function fill(name: string, sep: string, limit = 32_767): string {
  let s = '';
  while (s.length + name.length + sep.length <= limit) s += name + sep;
  return s;
}

/** Characters the findings carry (names, suggestions, fixes): what the report grows by. */
function size(findings: readonly UnitFinding[]): number {
  let n = 0;
  for (const f of findings) n += JSON.stringify(f).length;
  return n;
}

describe('a cell with many faulty names gives one finding per code with one fix for all', () => {
  const crowded: [string, string, UnitFinding['code'], string][] = [
    ['a typo repeated to the cell limit', fill('Văn phỏng Sơ', ', '), 'unit.unknown', 'Văn phòng Sở'],
    ['another typo, separated by semicolons', fill('Phòng Cải cách hanh chính', '; '), 'unit.unknown', 'Phòng Cải cách hành chính'],
    ['an abbreviation repeated', fill('VP', ', '), 'unit.nonstandard', 'Văn phòng Sở'],
    ['an obsolete department repeated', fill('Sở Kế hoạch và Đầu tư', ', '), 'unit.obsolete', 'Sở Tài chính'],
    ['just over the limit per cell', Array(MAX_PER_CELL + 1).fill('Văn phỏng Sơ').join(', '), 'unit.unknown', 'Văn phòng Sở'],
  ];
  test.each(crowded)('%s', (_, text, code, to) => {
    const u = cellsOf(text);
    const mine = u.findings.filter((f) => f.code === code);
    expect(mine).toHaveLength(1);
    const f = mine[0]! as UnitFinding & { fixed: string | null };
    const repeats = u.names.length;
    expect(f.others).toBe(repeats - 1);
    expect(f.fixed).not.toBeNull();
    // the fix is the whole cell corrected once: every name replaced, nothing else changed
    expect(f.fixed!.split(to).length - 1).toBeGreaterThanOrEqual(repeats);
    // work and size: the report carries the cell about once, not once per name
    expect(size(u.findings)).toBeLessThan(2 * (text.length + f.fixed!.length) + 2_000);
  });

  const few: [string, string, number][] = [
    ['one typo', 'Văn phỏng Sơ', 1],
    ['two typos among good names', 'Văn phòng Sở, Văn phỏng Sơ, Phòng Cải cách hanh chính', 2],
    ['exactly the limit', Array(MAX_PER_CELL).fill('Văn phỏng Sơ').join(', '), MAX_PER_CELL],
    ['good names only', fill('Văn phòng Sở', ', ', 2_000), 0],
    ['a well-formed unlisted name repeated (an info, never merged)', fill('Phòng Quản lý xuất nhập cảnh', ', ', 3_000), 0],
  ];
  test.each(few)('%s: one finding per name, each with its own fix', (_, text, n) => {
    const u = cellsOf(text);
    const faults = u.findings.filter((f) => f.code !== 'unit.unlisted');
    expect(faults).toHaveLength(n);
    for (const f of faults) {
      expect(f.others).toBeUndefined();
      if ('fixed' in f && f.fixed !== null) expect(f.fixed.length).toBeLessThan(text.length + 40);
    }
  });
});

describe('a ward plan is answered with ward names, and messages quote the cell', () => {
  const xa = createUnitMatcher(BUILT_IN_DIRECTORIES['xa-2025'].units);
  const xaSplit = createUnitSplitter(xa);
  const suggestion = (text: string, local: 'xã' | 'phường' | 'đặc khu' | undefined) => {
    const c = createUnitCells({ units: xa, split: xaSplit, asOf: '2026-01-01', local });
    c.count(text);
    const f = c.of(text).findings[0];
    if (!f || f.code === 'unit.unlisted') return undefined;
    return f.code === 'unit.obsolete' ? f.successors[0] : f.canonical;
  };
  test.each<[string, 'xã' | 'phường' | 'đặc khu' | undefined, string]>([
    ['UBND huyện', 'phường', 'UBND phường'],
    ['UBND huyện', 'xã', 'UBND xã'],
    ['UBND huyện', undefined, 'UBND xã'],
    ['UBND huyện', 'đặc khu', 'UBND đặc khu'],
    ['Văn phòng HĐND và UBND xa', 'phường', 'Văn phòng HĐND và UBND phường'],
    ['Văn phòng HĐND và UBND xa', 'xã', 'Văn phòng HĐND và UBND xã'],
    ['Văn phòng HĐND và UBND thành phố', 'phường', 'Văn phòng HĐND và UBND phường'],
    ['Phòng Nội vụ thị xã', 'phường', 'Phòng Văn hóa - Xã hội'],
    ['Công an tinh', 'phường', 'Công an tỉnh'],
    ['Hội Nông dan phường', 'phường', 'Hội Nông dân phường'],
  ])('%j in a %s plan → %j', (text, local, expected) => {
    expect(suggestion(text, local)).toBe(expected);
  });

  test.each<[string, string, string | undefined]>([
    ['Công an xã', 'Công an phường', 'Công an phường'],
    ['Phòng Văn hóa - Xã hội', 'Phòng Văn hoá – Xã hội', 'Phòng Văn hoá – Xã hội'],
    ['Văn phòng HĐND và UBND phường', 'Văn phòng HĐND và UBND', 'Văn phòng HĐND và UBND'],
    ['Hội Nông dân phường', 'Hội Nông dân', 'Hội Nông dân'],
    ['UBND xã', 'Các thôn, tổ dân phố', undefined],
    ['HĐND xã', 'Thường trực HĐND xã', undefined],
    ['Đảng ủy xã', 'Ban Thường vụ Đảng ủy xã', undefined],
    ['Lãnh đạo UBND xã', 'Phó Chủ tịch UBND xã', undefined],
    ['Công an xã', 'Các phòng, ban, đơn vị', undefined],
  ])('lead %j, partner %j: same-as-lead quotes %j', (lead, partners, expected) => {
    const c = createUnitCells({ units: xa, split: xaSplit, asOf: '2026-01-01', local: 'phường' });
    c.count(lead);
    c.count(partners);
    expect(c.sharedWithLead(c.of(lead), c.of(partners))).toBe(expected);
  });

  const so = createUnitMatcher(BUILT_IN_DIRECTORIES['so-2025'].units);
  test.each<[string, string, boolean]>([
    ['Chi cục Văn thư - Lưu trữ', 'Trung tâm Lưu trữ lịch sử', false],
    ['Chi cục Văn thư - Lưu trữ', 'Trung tâm Lưu trữ lịch sử tỉnh', false],
    ['Lãnh đạo Sở', 'Phó Giám đốc Sở', false],
    ['Đảng ủy Sở', 'Chi bộ', false],
    ['Chi cục Văn thư - Lưu trữ', 'Chi cục Văn thư, Lưu trữ', true],
    ['Lãnh đạo Sở', 'Ban Giám đốc', true],
    ['Trung tâm Lưu trữ lịch sử', 'Trung tâm Lưu trữ lịch sử tỉnh', true],
  ])('in a department: %j and %j are the same unit: %s', (lead, partners, same) => {
    const c = createUnitCells({ units: so, split: createUnitSplitter(so), asOf: '2026-01-01' });
    c.count(lead);
    c.count(partners);
    expect(c.sharedWithLead(c.of(lead), c.of(partners)) !== undefined).toBe(same);
  });

  test('asked again in any order (row after row of the same cells), each pair keeps its answer', () => {
    const pairs: [string, string, string | undefined][] = [
      ['Văn phòng Sở', 'Văn phòng Sở; Thanh tra Sở', 'Văn phòng Sở'],
      ['Văn phòng Sở', 'Thanh tra Sở', undefined],
      ['Thanh tra Sở', 'Văn phòng Sở; Thanh tra Sở', 'Thanh tra Sở'],
      ['Thanh tra Sở', 'Các phòng, đơn vị thuộc Sở', undefined],
      ['Các phòng, đơn vị thuộc Sở', 'Các phòng, đơn vị thuộc Sở', undefined],
    ];
    const c = createUnitCells({ units: so, split: createUnitSplitter(so), asOf: '2026-01-01' });
    for (const [lead, partners] of pairs) {
      c.count(lead);
      c.count(partners);
    }
    const asked = [...pairs, ...[...pairs].reverse(), ...pairs];
    expect(asked.map(([lead, partners]) => c.sharedWithLead(c.of(lead), c.of(partners)))).toEqual(asked.map((p) => p[2]));
  });
});
