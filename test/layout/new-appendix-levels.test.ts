/**
 * A new appendix speaks of the body's own level (issue 11 §4, after the 2025 two-level reform):
 * the People's Committee (`Trình UBND … công bố`), the budget (`Ngân sách …`) and the body's own
 * offices are a province's (`tỉnh`), a centrally-run city's (`thành phố`), or a commune's, ward's
 * or special zone's (`xã`, `phường`, `đặc khu`); a department speaks of its province's or city's
 * committee. Expectations are written out by hand per body; every appendix checks with no issue.
 */
import { checkSheet, type Grid } from '../../src/core';
import { bodyProblem, PLACES, placesNamed, type BodyProblem } from '../../src/core/units/directories';
import { existsAt } from '../../src/core/units/directories/places';
import { newAppendix } from '../../src/layout';
import { defaultTemplates, fillLevel, fillUnits, unitsOfSheet, type UnitsOf } from '../../src/templates';
import type { SheetSpec } from '../../src/xlsx/create';

function asGrid(s: SheetSpec): Grid {
  return {
    name: s.name,
    rows: s.rows.map((row) => row.map((c) => (c && c.value !== null && c.value !== '' ? { value: c.value } : undefined))),
    merges: s.merges ?? [],
  };
}

/** The task rows (numbered in column A) as their seven texts. */
function taskRows(s: SheetSpec): string[][] {
  return s.rows.filter((r) => typeof r[0]?.value === 'number').map((r) => [...Array(7).keys()].map((c) => String(r[c]?.value ?? '')));
}

/** One task's row, found by the start of its text (column B). */
function row(s: SheetSpec, taskStart: string): string[] {
  const found = taskRows(s).filter((r) => r[1]!.startsWith(taskStart));
  expect([taskStart, found.length]).toEqual([taskStart, 1]);
  return found[0]!;
}

/** A whole word (JavaScript's \\b knows only ASCII letters): `xã` but not the `Xã hội` of a room's name. */
const W = (w: string) => `(?<!\\p{L})${w}(?!\\p{L})`;
const XA = `${W('xã')}(?! hội)`;

interface Level {
  /** The People's Committee a proposal goes to. */
  ubnd: string;
  /** The budget of the level. */
  budget: string;
  /** How the texts name the body itself (`của …`). */
  self: string;
  /** The unit that publishes the procedures (the lead of `Công khai, minh bạch TTHC`) and its partner. */
  office: string;
  centre: string;
  /** Words that must not appear in any task row. */
  never: RegExp;
  directory: string;
  region: string | undefined;
}

const PROVINCE: Omit<Level, 'region'> = {
  ubnd: 'UBND tỉnh',
  budget: 'Ngân sách tỉnh',
  self: 'UBND tỉnh',
  office: 'Văn phòng UBND tỉnh',
  centre: 'Trung tâm Phục vụ hành chính công tỉnh',
  never: new RegExp(`thành phố|${XA}|phường|đặc khu|Văn phòng Sở`, 'u'),
  directory: 'ubnd-tinh-2025',
};
const CITY: Omit<Level, 'region'> = {
  ubnd: 'UBND thành phố',
  budget: 'Ngân sách thành phố',
  self: 'UBND thành phố',
  office: 'Văn phòng UBND thành phố',
  centre: 'Trung tâm Phục vụ hành chính công thành phố',
  never: new RegExp(`tỉnh|${XA}|phường|đặc khu|Văn phòng Sở`, 'u'),
  directory: 'ubnd-tinh-2025',
};
const commune = (word: string, others: string): Omit<Level, 'region'> => ({
  ubnd: `UBND ${word}`,
  budget: `Ngân sách ${word}`,
  self: `UBND ${word}`,
  office: `Văn phòng HĐND và UBND ${word}`,
  centre: `Trung tâm Phục vụ hành chính công ${word}`,
  never: new RegExp(`tỉnh|thành phố|${W('Sở')}|${others}`, 'u'),
  directory: 'xa-2025',
});
const department = (of: 'tỉnh' | 'thành phố'): Omit<Level, 'region'> => ({
  ubnd: `UBND ${of}`,
  budget: `Ngân sách ${of}`,
  self: 'Sở',
  office: 'Văn phòng Sở',
  centre: 'Trung tâm Phục vụ hành chính công',
  never: new RegExp(`${of === 'tỉnh' ? 'thành phố' : 'tỉnh'}|${XA}|phường|đặc khu|Văn phòng UBND`, 'u'),
  directory: 'so-2025',
});

describe.each<[string, number, Omit<Level, 'region'>, string | undefined]>([
  // body, plan year, the words of its level, the region the check reads from the title
  ['UBND tỉnh Quảng Trị', 2026, PROVINCE, 'tỉnh'],
  ['Ủy ban nhân dân tỉnh Gia Lai', 2027, PROVINCE, 'tỉnh'],
  ['UBND tỉnh', 2026, PROVINCE, undefined],
  ['UBND thành phố Hà Nội', 2026, CITY, 'thành phố'],
  ['Ủy ban nhân dân Thành phố Hồ Chí Minh', 2027, CITY, 'thành phố'],
  ['UBND TP. Cần Thơ', 2026, CITY, 'thành phố'],
  ['UBND thành phố Huế', 2026, CITY, 'thành phố'],
  ['UBND xã Tân Lập', 2026, commune('xã', 'phường|đặc khu'), undefined],
  ['UBND phường Đông Hà', 2027, commune('phường', `${XA}|đặc khu`), undefined],
  ['UBND đặc khu Côn Cỏ', 2026, commune('đặc khu', `${XA}|phường`), undefined],
  ['Sở Nội vụ tỉnh Quảng Trị', 2026, department('tỉnh'), 'tỉnh'],
  ['Sở Tư pháp', 2027, department('tỉnh'), undefined],
  ['Sở Y tế thành phố Đà Nẵng', 2026, department('thành phố'), 'thành phố'],
  ['Sở Nội vụ Thành phố Hồ Chí Minh', 2027, department('thành phố'), 'thành phố'],
])('a new appendix of %s for %d', (body, year, level, region) => {
  const made = newAppendix({ year, body, templates: defaultTemplates() });
  const rows = taskRows(made.sheet);

  test(`proposals go to ${level.ubnd}, the budget is ${level.budget}, the body is ${level.self}`, () => {
    expect(row(made.sheet, `Trình ${level.ubnd} công bố`)[1]).toBe(`Trình ${level.ubnd} công bố danh mục TTHC thuộc thẩm quyền quản lý`);
    expect(row(made.sheet, `Trình ${level.ubnd} phê duyệt`)[1]).toBe(`Trình ${level.ubnd} phê duyệt quy trình nội bộ, quy trình điện tử giải quyết TTHC`);
    expect(row(made.sheet, 'Đề xuất phương án đơn giản hóa')[2]).toBe(`Tờ trình; Quyết định phê duyệt của ${level.ubnd}`);
    expect(row(made.sheet, 'Xây dựng tin, bài')[6]).toBe(level.budget);
    expect(row(made.sheet, 'Tự đánh giá, chấm điểm')[1]).toBe(`Tự đánh giá, chấm điểm Chỉ số CCHC, mức độ hoàn thành nhiệm vụ của ${level.self}`);
    expect(row(made.sheet, 'Công khai, minh bạch TTHC').slice(3, 5)).toEqual([level.office, level.centre]);
  });

  test('no task row speaks of another level, and no placeholder is left', () => {
    const cells = rows.flat();
    expect(cells.filter((t) => level.never.test(t))).toEqual([]);
    expect(cells.filter((t) => /[{}]/u.test(t))).toEqual([]);
    expect(rows).toHaveLength(defaultTemplates().length);
  });

  test('checks with no issue at all, against the directory and region of the body', () => {
    const { report } = checkSheet(asGrid(made.sheet));
    expect(report.directory?.id).toBe(level.directory);
    expect(report.directory?.region).toBe(region);
    expect(made.directory.id).toBe(level.directory);
    expect(report.issues.map((i) => `${i.severity} ${i.code} ${i.cell}`)).toEqual([]);
  });
});

describe('which provincial-level units exist when (Nghị quyết 202/2025/QH15, 1314/NQ-UBTVQH15)', () => {
  test.each([
    // date, provinces, centrally-run cities: 58 + 5 before Huế became a city; 57 + 6 in 2025
    // before the mergers took office; 28 + 6 after
    ['2024-06-01', 58, 5],
    ['2025-03-01', 57, 6],
    ['2025-06-30', 57, 6],
    ['2025-07-01', 28, 6],
    ['2026-01-01', 28, 6],
  ])('on %s: %d provinces and %d cities', (date, provinces, cities) => {
    const at = PLACES.filter((p) => existsAt(p, date));
    expect([at.filter((p) => p.kind === 'tỉnh').length, at.filter((p) => p.kind === 'thành phố').length]).toEqual([provinces, cities]);
  });

  test('every ended unit names a successor that exists the day after it ended', () => {
    const ended = PLACES.filter((p) => p.until !== undefined);
    expect(ended).toHaveLength(30);
    for (const p of ended) {
      const next = PLACES.find((q) => q.name === p.successor?.name && q.kind === p.successor.kind);
      const dayAfter = new Date(Date.parse(`${p.until}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      expect([p.name, next !== undefined && existsAt(next, dayAfter)]).toEqual([p.name, true]);
    }
  });

  test.each([
    ['ubnd tinh quang tri', '2026-01-01', [['tỉnh', 'quang tri', 'Quảng Trị']]],
    ['so noi vu thanh pho ho chi minh', '2026-01-01', [['thành phố', 'ho chi minh', 'Hồ Chí Minh']]],
    ['ubnd tp ho chi minh', '2026-01-01', [['thành phố', 'ho chi minh', 'Hồ Chí Minh']]],
    ['so tai chinh tinh ba ria-vung tau', '2024-01-01', [['tỉnh', 'ba ria-vung tau', 'Bà Rịa - Vũng Tàu']]],
    ['ubnd phuong ba dinh, thanh pho ha noi', '2026-01-01', [['thành phố', 'ha noi', 'Hà Nội']]],
    ['ubnd tinh atlantis', '2026-01-01', [['tỉnh', 'atlantis', undefined]]],
    ['ubnd huyen, thi xa, thanh pho', '2024-01-01', []],
    ['so noi vu', '2026-01-01', []],
  ])('%s (%s) names %j', (folded, date, expected) => {
    expect(placesNamed(folded, date).map((m) => [m.written, m.name, m.place?.name])).toEqual(expected);
  });
});

describe('a body that cannot issue a plan in that year is refused with the reason (bodyProblem)', () => {
  test.each<[string, string, BodyProblem]>([
    ['UBND tỉnh Atlantis', '2026-01-01', { code: 'body.unknown-place', written: 'tỉnh', name: 'atlantis' }],
    ['UBND tỉnh Atlantis', '2024-01-01', { code: 'body.unknown-place', written: 'tỉnh', name: 'atlantis' }],
    ['UBND thành phố Đông Hà', '2026-01-01', { code: 'body.unknown-place', written: 'thành phố', name: 'dong ha' }],
    ['UBND tỉnh Quảng Bình', '2026-01-01', { code: 'body.ended-place', written: 'tỉnh', name: 'Quảng Bình', until: '2025-06-30', successor: { name: 'Quảng Trị', kind: 'tỉnh' } }],
    ['Sở Y tế tỉnh Bình Dương', '2025-07-01', { code: 'body.ended-place', written: 'tỉnh', name: 'Bình Dương', until: '2025-06-30', successor: { name: 'Hồ Chí Minh', kind: 'thành phố' } }],
    ['UBND xã Cam Lộ, tỉnh Quảng Bình', '2026-01-01', { code: 'body.ended-place', written: 'tỉnh', name: 'Quảng Bình', until: '2025-06-30', successor: { name: 'Quảng Trị', kind: 'tỉnh' } }],
    ['UBND tỉnh Thừa Thiên Huế', '2025-01-01', { code: 'body.ended-place', written: 'tỉnh', name: 'Thừa Thiên Huế', until: '2024-12-31', successor: { name: 'Huế', kind: 'thành phố' } }],
    ['UBND tỉnh Hà Nội', '2026-01-01', { code: 'body.wrong-kind', written: 'tỉnh', name: 'Hà Nội', kind: 'thành phố' }],
    ['Sở Nội vụ thành phố Quảng Trị', '2026-01-01', { code: 'body.wrong-kind', written: 'thành phố', name: 'Quảng Trị', kind: 'tỉnh' }],
    ['UBND huyện Cam Lộ', '2026-01-01', { code: 'body.ended-district', until: '2025-06-30' }],
    ['UBND xã Tân Lập, huyện Đan Phượng', '2025-07-01', { code: 'body.ended-district', until: '2025-06-30' }],
  ])('%s on %s', (body, date, problem) => {
    expect(bodyProblem(body, date)).toEqual(problem);
  });

  test.each([
    // the same places on a date they existed, and bodies that name none
    ['UBND tỉnh Quảng Bình', '2024-01-01'],
    ['UBND tỉnh Quảng Bình', '2025-06-30'],
    ['UBND thành phố Đông Hà', '2024-01-01'],
    ['UBND huyện Cam Lộ', '2025-01-01'],
    ['UBND tỉnh Thừa Thiên Huế', '2024-01-01'],
    ['UBND thành phố Huế', '2024-01-01'],
    ['UBND thành phố Huế', '2026-01-01'],
    ['UBND TP. Hồ Chí Minh', '2026-01-01'],
    ['Sở Giao thông vận tải tỉnh Bà Rịa - Vũng Tàu', '2024-01-01'],
    ['Ban Quản lý Khu kinh tế tỉnh Quảng Trị', '2026-01-01'],
    ['UBND xã Tân Lập', '2026-01-01'],
    ['Sở Nội vụ', '2026-01-01'],
  ])('%s on %s is a body of that date', (body, date) => {
    expect(bodyProblem(body, date)).toBeUndefined();
  });
});

describe("the body's own units (Cài đặt, --config) fill the roles", () => {
  const office = { name: 'Phòng Tổ chức - Hành chính', aliases: [], roles: ['văn phòng'] };
  const plain = { name: 'Phòng Tổ chức - Hành chính', aliases: [] };
  test.each<[string, UnitsOf['own'], string, string, string[]]>([
    // what the list is, the list, the template's role text → written, roles missing
    ['extend, an entry with the role', { units: [office], mode: 'extend' }, '{văn phòng}', 'Phòng Tổ chức - Hành chính', []],
    ['replace, an entry with the role', { units: [office], mode: 'replace' }, '{văn phòng}', 'Phòng Tổ chức - Hành chính', []],
    ["extend, no entry with the role: the directory's", { units: [plain], mode: 'extend' }, '{văn phòng}', 'Văn phòng Sở', []],
    ["replace without the directory's unit: none", { units: [plain], mode: 'replace' }, '{văn phòng}', '', ['văn phòng']],
    ['replace, no mode given (as the check: replace)', { units: [plain] }, '{tài chính}', '', ['tài chính']],
    ["replace naming the directory's unit by an alias", { units: [{ name: 'Phòng Kế hoạch - Tài chính', aliases: ['Phòng KHTC'] }], mode: 'replace' }, '{tài chính}', 'Phòng Kế hoạch - Tài chính', []],
    ['a fallback list: the first role the body has', { units: [office], mode: 'replace' }, '{thanh tra|văn phòng}', 'Phòng Tổ chức - Hành chính', []],
    ['no own list', undefined, '{văn phòng}', 'Văn phòng Sở', []],
  ])('%s', (_what, own, text, written, missing) => {
    const units = unitsOfSheet(undefined, { id: 'so-2025' }, 2026, own);
    expect(fillUnits(text, units)).toEqual({ text: written, missing });
  });
});

describe("a city names the province-level entries with thành phố; elsewhere those were a district city's", () => {
  /** The new appendix of `body` for 2026 with the first task's lead or funding replaced. */
  const issuesWith = (body: string, col: 3 | 6, text: string) => {
    const { sheet } = newAppendix({ year: 2026, body, templates: defaultTemplates() });
    const grid = asGrid(sheet);
    const r = grid.rows.findIndex((row) => typeof row?.[0]?.value === 'number');
    const rows = grid.rows.map((row, i) => (i === r ? (row ?? []).map((c, j) => (j === col ? { value: text } : c)) : row));
    return checkSheet({ ...grid, rows }).report.issues.map((i) => `${i.code} ${i.cell}`);
  };

  test.each<[string, 3 | 6, string, boolean]>([
    // body, column (3 lead, 6 funding), text written → accepted with no issue?
    ['UBND phường Ba Đình, thành phố Hà Nội', 6, 'Ngân sách thành phố', true],
    ['Sở Nội vụ thành phố Hải Phòng', 6, 'Ngân sách thành phố', true],
    ['UBND TP. Cần Thơ', 3, 'Văn phòng UBND thành phố', true],
    ['Sở Y tế thành phố Đà Nẵng', 3, 'Thành ủy', true],
    ['UBND phường Đông Hà', 6, 'Ngân sách thành phố', false],
    ['Sở Nội vụ tỉnh Quảng Trị', 6, 'Ngân sách thành phố', false],
    ['UBND tỉnh Gia Lai', 6, 'Ngân sách thành phố', false],
    ['UBND tỉnh Gia Lai', 3, 'Thành ủy', false],
  ])('%s: column %d, %s, accepted: %s', (body, col, text, accepted) => {
    const found = issuesWith(body, col, text);
    if (accepted) expect(found).toEqual([]);
    else expect(found).toEqual([expect.stringMatching(col === 6 ? /^funding\.unknown G\d+$/ : /^unit\.\S+ D\d+$/)]);
  });
});

describe('fillLevel: each level word as each kind of body writes it', () => {
  const text = '{ubnd}; {HĐND}; {ngân sách}; {cấp}; {tỉnh}; {cơ quan}';
  test.each<[string, UnitsOf, string]>([
    ['a province', { directory: 'ubnd-tinh-2025' }, 'UBND tỉnh; HĐND tỉnh; Ngân sách tỉnh; cấp tỉnh; tỉnh; UBND tỉnh'],
    ['a city', { directory: 'ubnd-tinh-2025', region: 'thành phố' }, 'UBND thành phố; HĐND thành phố; Ngân sách thành phố; cấp tỉnh; thành phố; UBND thành phố'],
    ['a department of a province', { directory: 'so-2025', region: 'tỉnh' }, 'UBND tỉnh; HĐND tỉnh; Ngân sách tỉnh; cấp tỉnh; tỉnh; Sở'],
    ['a department of a city', { directory: 'so-2025', region: 'thành phố' }, 'UBND thành phố; HĐND thành phố; Ngân sách thành phố; cấp tỉnh; thành phố; Sở'],
    ['a department before 2025', { directory: 'so-truoc-2025' }, 'UBND tỉnh; HĐND tỉnh; Ngân sách tỉnh; cấp tỉnh; tỉnh; Sở'],
    ['a commune', { directory: 'xa-2025', local: 'xã' }, 'UBND xã; HĐND xã; Ngân sách xã; cấp xã; xã; UBND xã'],
    ['a ward of a city', { directory: 'xa-2025', local: 'phường', region: 'thành phố' }, 'UBND phường; HĐND phường; Ngân sách phường; cấp xã; phường; UBND phường'],
    ['a special zone', { directory: 'xa-2025', local: 'đặc khu' }, 'UBND đặc khu; HĐND đặc khu; Ngân sách đặc khu; cấp xã; đặc khu; UBND đặc khu'],
  ])('%s', (_what, units, expected) => {
    expect(fillLevel(text, units)).toBe(expected);
  });

  test.each([
    // braces that name no level word, a role, or a year are left as written; a stray brace stays
    ['{ủy ban}', '{ủy ban}'],
    ['{ngân sách tỉnh}', '{ngân sách tỉnh}'],
    ['{văn phòng}', '{văn phòng}'],
    ['{thanh tra|văn phòng}', '{thanh tra|văn phòng}'],
    ['{ubnd|hđnd}', '{ubnd|hđnd}'],
    ['{}', '{}'],
    ['{{ubnd}', '{UBND xã'],
  ])('%s in a commune reads %s', (braces, expected) => {
    expect(fillLevel(braces, { directory: 'xa-2025', local: 'xã' })).toBe(expected);
  });
});
