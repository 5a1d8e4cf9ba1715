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
