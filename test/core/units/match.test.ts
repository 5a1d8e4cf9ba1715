import type { DirectoryEntry } from '../../../src/core/config';
import { BUILT_IN_DIRECTORIES, DEFAULT_UNITS, DIRECTORY_IDS, createUnitMatcher, parseDirectoryJson, sameUnit, splitUnits } from '../../../src/core/units';
import type { UnitMatch } from '../../../src/core/units';
import { fixtureCells } from '../text/fixture-strings';

const m = createUnitMatcher(DEFAULT_UNITS);
const NFD = (s: string): string => s.normalize('NFD');
/** The match without the directory entry it carries (checked on its own below). */
type Bare = { kind: 'exact' | 'near'; canonical: string } | { kind: 'alias'; canonical: string; via: string } | { kind: 'unknown' };
function bare(x: UnitMatch): Bare {
  if (x.kind === 'unknown') return { kind: 'unknown' };
  if (x.kind === 'alias') return { kind: 'alias', canonical: x.canonical, via: x.via };
  return { kind: x.kind, canonical: x.canonical };
}

describe('createUnitMatcher over the default directory', () => {
  test.each<[string, Bare]>([
    ['Văn phòng Sở', { kind: 'exact', canonical: 'Văn phòng Sở' }],
    ['  Văn  phòng Sở. ', { kind: 'exact', canonical: 'Văn phòng Sở' }],
    [NFD('Văn phòng Sở'), { kind: 'exact', canonical: 'Văn phòng Sở' }],
    ['các phòng, đơn vị thuộc Sở', { kind: 'exact', canonical: 'Các phòng, đơn vị thuộc Sở' }],
    ['Văn phòng', { kind: 'alias', canonical: 'Văn phòng Sở', via: 'listed' }],
    ['VP', { kind: 'alias', canonical: 'Văn phòng Sở', via: 'listed' }],
    ['Thanh tra', { kind: 'alias', canonical: 'Thanh tra Sở', via: 'listed' }],
    ['Phòng Kế hoạch-Tài chính', { kind: 'alias', canonical: 'Phòng Kế hoạch - Tài chính', via: 'listed' }],
    ['KH-TC', { kind: 'alias', canonical: 'Phòng Kế hoạch - Tài chính', via: 'listed' }],
    ['Trung tâm PVHCC', { kind: 'alias', canonical: 'Trung tâm Phục vụ hành chính công', via: 'listed' }],
    ['UBND huyện, TX, TP', { kind: 'alias', canonical: 'UBND cấp huyện', via: 'listed' }],
    ['VĂN PHÒNG SỞ', { kind: 'alias', canonical: 'Văn phòng Sở', via: 'variant' }],
    ['Phòng Kế hoạch – Tài chính', { kind: 'alias', canonical: 'Phòng Kế hoạch - Tài chính', via: 'variant' }],
    ['Uỷ ban nhân dân tỉnh', { kind: 'alias', canonical: 'UBND tỉnh', via: 'variant' }],
    ['Van phong So', { kind: 'alias', canonical: 'Văn phòng Sở', via: 'variant' }],
    ['Văn phòng Sở tổng hợp', { kind: 'alias', canonical: 'Văn phòng Sở', via: 'qualified' }],
    ['Các phòng, đơn vị thuộc Sở có liên quan', { kind: 'alias', canonical: 'Các phòng, đơn vị thuộc Sở', via: 'qualified' }],
    ['Văn phòng Sở (chủ trì)', { kind: 'alias', canonical: 'Văn phòng Sở', via: 'qualified' }],
    ['Văn phỏng', { kind: 'near', canonical: 'Văn phòng Sở' }],
    ['Thanh tra Sơ', { kind: 'near', canonical: 'Thanh tra Sở' }],
    ['Văn phòng Sỏ', { kind: 'near', canonical: 'Văn phòng Sở' }],
    ['Văn phòmg Sở', { kind: 'near', canonical: 'Văn phòng Sở' }],
    ['Phòng Kế hoach - Tài chính', { kind: 'near', canonical: 'Phòng Kế hoạch - Tài chính' }],
    ['Phòng Kế hoạch - Tài chinh', { kind: 'near', canonical: 'Phòng Kế hoạch - Tài chính' }],
    ['Các phòng, đơn vị thuộc So', { kind: 'near', canonical: 'Các phòng, đơn vị thuộc Sở' }],
    ['Các phòng, đơn vị trực', { kind: 'near', canonical: 'Các phòng, đơn vị thuộc Sở' }],
    ['Văn phỏng Sở tổng hợp', { kind: 'near', canonical: 'Văn phòng Sở' }],
    ['Sở Nôi vụ', { kind: 'near', canonical: 'Sở Nội vụ' }],
    ['Sở Ngoại vụ', { kind: 'unknown' }],
    ['Sở Công Thương', { kind: 'unknown' }],
    ['Thanh tra tỉnh', { kind: 'unknown' }],
    ['Văn phòng UBND huyện', { kind: 'unknown' }],
    ['Phòng Lao động', { kind: 'unknown' }],
    ['Các đơn', { kind: 'unknown' }],
    ['TP', { kind: 'unknown' }],
    ['vị', { kind: 'unknown' }],
    ['UBND', { kind: 'unknown' }],
    ['Sở', { kind: 'unknown' }],
    ['', { kind: 'unknown' }],
    ['-', { kind: 'unknown' }],
    ['12345', { kind: 'unknown' }],
  ])('%j → %j', (name, expected) => {
    expect(bare(m.match(name))).toEqual(expected);
  });

  test('genuinely different units never match each other', () => {
    const pairs: Array<[string, string]> = [
      ['Phòng Kế hoạch - Tài chính', 'Phòng Tổ chức - Cán bộ'],
      ['Thanh tra Sở', 'Văn phòng Sở'],
      ['Sở Nội vụ', 'Sở Tư pháp'],
      ['Sở Tài chính', 'Sở Tư pháp'],
      ['UBND tỉnh', 'UBND cấp huyện'],
      ['Lãnh đạo Sở', 'Giám đốc Sở'],
    ];
    for (const [a, b] of pairs) {
      const only = createUnitMatcher([{ name: b, aliases: [] }]);
      expect(bare(only.match(a))).toEqual({ kind: 'unknown' });
    }
  });

  test('every name and alias of the defaults resolves to its own entry', () => {
    for (const e of DEFAULT_UNITS)
      for (const n of [e.name, ...e.aliases]) expect([n, m.canonical(n)]).toEqual([n, e.name]);
  });

  test('a user directory is honoured, first claim wins', () => {
    const dir: DirectoryEntry[] = [
      { name: 'Sở Nội vụ', aliases: ['Phòng Lao động'] },
      { name: 'Phòng Lao động', aliases: [] },
    ];
    const u = createUnitMatcher(dir);
    expect(bare(u.match('Phòng Lao động'))).toEqual({ kind: 'alias', canonical: 'Sở Nội vụ', via: 'listed' });
    expect(bare(u.match('Văn phòng'))).toEqual({ kind: 'unknown' });
    expect(bare(createUnitMatcher([]).match('Văn phòng'))).toEqual({ kind: 'unknown' });
  });
});

describe('sameUnit', () => {
  test.each<[string, string, boolean]>([
    ['Văn phòng', 'Văn phòng Sở', true],
    ['VP', 'Văn phòng Sở tổng hợp', true],
    ['Văn phỏng', 'Văn phòng Sở', true],
    ['Các phòng, đơn vị', 'Các phòng thuộc Sở', true],
    ['Phòng Xyz', 'phòng xyz', true],
    ['Văn phòng', 'Thanh tra', false],
    ['Văn phòng', 'Phòng Xyz', false],
    ['Phòng Xyz', 'Phòng Abc', false],
    ['', '', false],
    ['Văn phòng', '', false],
  ])('%j ~ %j = %j', (a, b, expected) => {
    expect(sameUnit(a, b, m)).toBe(expected);
  });
});

describe('the fixture appendices', () => {
  /** Lead and partner cells: the columns under a `Chủ trì` / `Phối hợp` header, header repeats excluded. */
  async function unitCells(): Promise<string[]> {
    const cells = await fixtureCells();
    const header = /^(đơn vị |cơ quan )?(chủ trì|phối hợp)$/i;
    const out: string[] = [];
    for (const h of cells.filter((c) => header.test(c.text.trim()))) {
      for (const c of cells)
        if (c.file === h.file && c.sheet === h.sheet && c.col === h.col && c.row > h.row && !header.test(c.text.trim()))
          out.push(c.text);
    }
    return [...new Set(out)];
  }

  test('raise no unit finding except the page-break debris and cut names', async () => {
    const texts = await unitCells();
    expect(texts.length).toBeGreaterThan(20);
    const findings = new Map<string, string>();
    for (const t of texts)
      for (const u of splitUnits(t)) {
        const r = m.match(u);
        if (r.kind === 'near' || r.kind === 'unknown' || (r.kind === 'alias' && r.via === 'variant')) findings.set(u, r.kind);
      }
    expect(Object.fromEntries(findings)).toEqual({
      // `Văn phòng, Các đơn` / `vị`: one name cut in two by a page break
      'Các đơn': 'unknown',
      'vị': 'unknown',
      // the tail of `UBND huyện, TX, TP` pushed into a fragment row
      TP: 'unknown',
      // `Các phòng, đơn vị trực` (thuộc lost when pasted)
      'Các phòng, đơn vị trực': 'near',
    });
    // reads the three fixture workbooks with exceljs: slow on a loaded machine
  }, 30_000);
});

describe('near misses stay within one level and kind', () => {
  const provincial: DirectoryEntry[] = [{ name: 'Trung tâm Phục vụ hành chính công', aliases: ['Trung tâm Phục vụ hành chính công tỉnh'] }];
  const p = createUnitMatcher(provincial);
  test.each<[string, Bare]>([
    // a commune's own centre is another unit, never a typo of the province's
    ['Trung tâm Phục vụ hành chính công xã', { kind: 'unknown' }],
    ['Trung tâm Phục vụ hành chính công phường', { kind: 'unknown' }],
    ['Trung tâm Phục vụ hành chính công cấp xã', { kind: 'unknown' }],
    // typos at the same level are still typos
    ['Trung tâm Phục vụ hành chính cong', { kind: 'near', canonical: 'Trung tâm Phục vụ hành chính công' }],
    ['Trung tâm Phục vụ hành chính công tinh', { kind: 'near', canonical: 'Trung tâm Phục vụ hành chính công' }],
    ['Trung tam Phuc vu hanh chinh cong tinh', { kind: 'alias', canonical: 'Trung tâm Phục vụ hành chính công', via: 'variant' }],
    ['Trung tâm Phục vụ hành chính công tỉnh Quảng Trị', { kind: 'alias', canonical: 'Trung tâm Phục vụ hành chính công', via: 'qualified' }],
  ])('%j → %j', (name, expected) => {
    expect(bare(p.match(name))).toEqual(expected);
  });

  test('a known name followed by more whole words is another name, not a typo of it', () => {
    // an edit distance of 3 reaches " Sở": the unit of the Sở is not the name with "Sở" dropped
    const d = createUnitMatcher([
      { name: 'Các đơn vị sự nghiệp trực thuộc', aliases: [] },
      { name: 'Các phòng chuyên môn, đơn vị trực thuộc', aliases: [] },
      { name: 'Phòng Văn hóa - Xã hội', aliases: [] },
    ]);
    expect(bare(d.match('Các đơn vị sự nghiệp trực thuộc Sở'))).toEqual({ kind: 'unknown' });
    expect(bare(d.match('Các phòng chuyên môn, đơn vị trực thuộc Sở'))).toEqual({ kind: 'unknown' });
    // a typo inside the words is still one, and so is a word joined on without its space
    expect(bare(d.match('Các đơn vị sự nghiệp trực thuôc'))).toEqual({ kind: 'near', canonical: 'Các đơn vị sự nghiệp trực thuộc' });
    expect(bare(d.match('Các đơn vị sự nghiệp trực thuộcc'))).toEqual({ kind: 'near', canonical: 'Các đơn vị sự nghiệp trực thuộc' });
    expect(bare(d.match('Phòng Văn hóa - Xã hộii'))).toEqual({ kind: 'near', canonical: 'Phòng Văn hóa - Xã hội' });
  });

  test('a unit of another kind one letter away is not suggested (Ban ≠ Phòng)', () => {
    const d = createUnitMatcher([{ name: 'Phòng Tôn giáo', aliases: [] }]);
    expect(bare(d.match('Ban Tôn giáo'))).toEqual({ kind: 'unknown' });
    expect(bare(d.match('Phong Ton giao'))).toEqual({ kind: 'alias', canonical: 'Phòng Tôn giáo', via: 'variant' });
    expect(bare(d.match('Phòng Tốn giáo'))).toEqual({ kind: 'near', canonical: 'Phòng Tôn giáo' });
  });

  test('a place after a name that says its level, or after a department, qualifies it; after others it names another unit', () => {
    const d = createUnitMatcher([
      { name: 'UBND xã', aliases: [] },
      { name: 'Sở Tư pháp', aliases: [] },
      { name: 'Thanh tra Sở', aliases: ['Thanh tra'] },
    ]);
    expect(bare(d.match('UBND xã Cam Lộ'))).toEqual({ kind: 'alias', canonical: 'UBND xã', via: 'qualified' });
    expect(bare(d.match('Sở Tư pháp tỉnh Quảng Trị'))).toEqual({ kind: 'alias', canonical: 'Sở Tư pháp', via: 'qualified' });
    expect(bare(d.match('Sở Tư pháp tỉnh'))).toEqual({ kind: 'alias', canonical: 'Sở Tư pháp', via: 'qualified' });
    expect(bare(d.match('Thanh tra tỉnh'))).toEqual({ kind: 'unknown' });
    expect(bare(d.match('UBND xã huyện'))).toEqual({ kind: 'unknown' });
    expect(bare(d.match('Thanh tra Sở Tư pháp'))).toEqual({ kind: 'unknown' });
  });

  test('a near miss suggests the listed spelling it is a typo of', () => {
    const d = createUnitMatcher([{ name: 'Công an xã', aliases: ['Công an phường'] }]);
    const r = d.match('Công an phưòng');
    expect(r).toMatchObject({ kind: 'near', canonical: 'Công an xã', closest: 'Công an phường' });
  });

  test('the match carries its entry, with the dates and successors', () => {
    const entry: DirectoryEntry = { name: 'Phòng Nội vụ huyện', aliases: [], validUntil: '2025-06-30', successors: ['Phòng Văn hóa - Xã hội'] };
    const d = createUnitMatcher([entry]);
    expect(d.match('Phòng Nội vụ huyện')).toMatchObject({ kind: 'exact', entry });
    expect(d.match('Phòng Nội vu huyện')).toMatchObject({ kind: 'near', entry });
  });
});

describe('the built-in directories', () => {
  test.each(DIRECTORY_IDS)('%s: every name and alias resolves to its own entry', (id) => {
    const dir = BUILT_IN_DIRECTORIES[id];
    const u = createUnitMatcher(dir.units);
    for (const e of dir.units) for (const n of [e.name, ...e.aliases]) expect([n, u.canonical(n)]).toEqual([n, e.name]);
    expect(parseDirectoryJson(JSON.parse(JSON.stringify(dir.units)))).toEqual({ ok: true, entries: dir.units });
    expect(parseDirectoryJson(JSON.parse(JSON.stringify(dir.funding)))).toEqual({ ok: true, entries: dir.funding });
  });

  test.each(DIRECTORY_IDS.filter((id) => id !== 'so-truoc-2025'))('%s: every successor named is a unit of the same directory', (id) => {
    const dir = BUILT_IN_DIRECTORIES[id];
    const u = createUnitMatcher(dir.units);
    const missing: string[] = [];
    for (const e of dir.units) for (const s of e.successors ?? []) if (u.match(s).kind !== 'exact' && u.match(s).kind !== 'alias') missing.push(`${e.name} → ${s}`);
    expect(missing).toEqual([]);
  });

  test.each<[string, string, string]>([
    // the valid units, each known to the directory of its kind of body
    ['so-2025', 'Phòng Cải cách hành chính', 'Phòng Cải cách hành chính'],
    ['so-2025', 'Phòng Tổ chức, biên chế và tổ chức phi chính phủ', 'Phòng Tổ chức, biên chế và tổ chức phi chính phủ'],
    ['so-2025', 'Phòng Công chức, viên chức', 'Phòng Công chức, viên chức'],
    ['so-2025', 'Các phòng, ban, đơn vị thuộc Sở', 'Các phòng, đơn vị thuộc Sở'],
    ['so-2025', 'UBND các xã, phường', 'UBND cấp xã'],
    ['so-2025', 'Trung tâm Phục vụ hành chính công xã', 'Trung tâm Phục vụ hành chính công cấp xã'],
    ['xa-2025', 'Văn phòng HĐND và UBND xã', 'Văn phòng HĐND và UBND xã'],
    ['xa-2025', 'Công an xã', 'Công an xã'],
    ['xa-2025', 'Các thôn', 'Các thôn, tổ dân phố'],
    ['xa-2025', 'Các tổ dân phố', 'Các thôn, tổ dân phố'],
    ['xa-2025', 'Phòng Kinh tế, Hạ tầng và Đô thị', 'Phòng Kinh tế, Hạ tầng và Đô thị'],
    ['xa-2025', 'Trung tâm Phục vụ hành chính công phường', 'Trung tâm Phục vụ hành chính công xã'],
    ['xa-2025', 'Ban Chỉ huy quân sự xã', 'Ban Chỉ huy quân sự xã'],
    ['ubnd-tinh-2025', 'Sở Nông nghiệp và Môi trường', 'Sở Nông nghiệp và Môi trường'],
    ['ubnd-tinh-2025', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở Văn hóa, Thể thao và Du lịch'],
    ['so-truoc-2025', 'Phòng Kế hoạch - Tài chính', 'Phòng Kế hoạch - Tài chính'],
  ])('%s knows %j as %j', (id, name, canonical) => {
    const u = createUnitMatcher(BUILT_IN_DIRECTORIES[id as keyof typeof BUILT_IN_DIRECTORIES].units);
    const r = u.match(name);
    expect(r.kind === 'exact' || r.kind === 'alias' ? r.canonical : r.kind).toBe(canonical);
  });

  test.each<[string, string, string]>([
    // what ended in 2025, with when and who took over
    ['so-2025', 'UBND các huyện, thị xã, thành phố', '2025-06-30'],
    ['so-2025', 'Phòng Nội vụ huyện', '2025-06-30'],
    ['so-2025', 'Thanh tra Sở', '2025-06-30'],
    ['so-2025', 'Sở Lao động - Thương binh và Xã hội', '2025-02-28'],
    ['so-2025', 'Sở Thông tin và Truyền thông', '2025-02-28'],
    ['xa-2025', 'UBND huyện', '2025-06-30'],
    ['xa-2025', 'Phòng Tài chính - Kế hoạch huyện', '2025-06-30'],
    ['ubnd-tinh-2025', 'Sở Kế hoạch và Đầu tư', '2025-02-28'],
    ['so-truoc-2025', 'UBND huyện, TX, TP', '2025-06-30'],
  ])('%s dates %j until %s, with a successor', (id, name, until) => {
    const u = createUnitMatcher(BUILT_IN_DIRECTORIES[id as keyof typeof BUILT_IN_DIRECTORIES].units);
    const r = u.match(name);
    expect(r.kind === 'unknown' ? undefined : r.entry.validUntil).toBe(until);
    expect(r.kind === 'unknown' ? [] : r.entry.successors ?? []).not.toEqual([]);
  });
});
