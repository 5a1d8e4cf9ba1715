/**
 * A new appendix names the units of the body whose plan it is (issue 11, §4): the library's tasks
 * name their units by role, resolved through the directory the checker picks from the title, so
 * a commune's appendix names its Văn phòng HĐND và UBND, a province's its departments, and each
 * kind checks with no issue at all (no error, no warning, no unit hint).
 */
import { checkSheet, type Grid } from '../../src/core';
import type { DirectoryId } from '../../src/core/config';
import { BUILT_IN_DIRECTORIES, createUnitMatcher, splitUnits } from '../../src/core/units';
import { newAppendix } from '../../src/layout';
import { defaultTemplates, parseUserTemplates, type TaskTemplate } from '../../src/templates';
import type { SheetSpec } from '../../src/xlsx/create';

function asGrid(s: SheetSpec): Grid {
  return {
    name: s.name,
    rows: s.rows.map((row) => row.map((c) => (c && c.value !== null && c.value !== '' ? { value: c.value } : undefined))),
    merges: s.merges ?? [],
  };
}

/** The texts of a column (3: lead, 4: partners) on the task rows (numbered in column A). */
function column(s: SheetSpec, col: number): string[] {
  return s.rows.filter((r) => typeof r[0]?.value === 'number').map((r) => String(r[col]?.value ?? ''));
}

// Units of another kind of body that must never appear in a body's appendix.
const DEPARTMENT_UNITS = ['Văn phòng Sở', 'Các phòng, đơn vị thuộc Sở', 'Phòng Kế hoạch - Tài chính', 'Thanh tra Sở', 'Trung tâm Phục vụ hành chính công'];
const COMMUNE_UNITS = ['Văn phòng HĐND và UBND xã', 'Văn phòng HĐND và UBND phường', 'Phòng Kinh tế', 'Phòng Văn hóa - Xã hội'];
const PROVINCE_UNITS = ['Sở Nội vụ', 'Văn phòng UBND tỉnh', 'Sở Tài chính', 'Thanh tra tỉnh', 'Các sở, ban, ngành'];

describe.each<[string, number, DirectoryId, string[], string[]]>([
  // body, year, the directory picked, units the appendix must name, units it must not
  ['UBND xã Tân Lập', 2027, 'xa-2025', ['Văn phòng HĐND và UBND xã', 'Phòng Văn hóa - Xã hội', 'Phòng Kinh tế', 'Các phòng, ban, đơn vị thuộc UBND xã'], [...DEPARTMENT_UNITS, ...PROVINCE_UNITS, 'Văn phòng HĐND và UBND phường']],
  ['Ủy ban nhân dân xã Cam Lộ', 2026, 'xa-2025', ['Văn phòng HĐND và UBND xã', 'Trung tâm Phục vụ hành chính công xã'], [...DEPARTMENT_UNITS, ...PROVINCE_UNITS]],
  ['UBND phường Đông Hà', 2026, 'xa-2025', ['Văn phòng HĐND và UBND phường', 'Phòng Kinh tế, Hạ tầng và Đô thị', 'Các phòng, ban, đơn vị thuộc UBND phường', 'Trung tâm Phục vụ hành chính công phường'], [...DEPARTMENT_UNITS, ...PROVINCE_UNITS, 'Văn phòng HĐND và UBND xã', 'Phòng Kinh tế']],
  ['UBND đặc khu Côn Cỏ', 2026, 'xa-2025', ['Văn phòng HĐND và UBND đặc khu', 'Phòng Kinh tế'], [...DEPARTMENT_UNITS, ...PROVINCE_UNITS, 'Văn phòng HĐND và UBND xã']],
  ['UBND tỉnh Quảng Trị', 2027, 'ubnd-tinh-2025', ['Sở Nội vụ', 'Văn phòng UBND tỉnh', 'Sở Tài chính', 'Sở Tư pháp', 'Thanh tra tỉnh', 'Các sở, ban, ngành'], [...DEPARTMENT_UNITS, ...COMMUNE_UNITS]],
  ['Sở Nội vụ', 2027, 'so-2025', ['Văn phòng Sở', 'Phòng Kế hoạch - Tài chính', 'Các phòng, đơn vị thuộc Sở'], [...COMMUNE_UNITS, 'Thanh tra Sở', 'Thanh tra tỉnh', 'Văn phòng UBND tỉnh']],
  ['Sở Tư pháp', 2026, 'so-2025', ['Văn phòng Sở', 'Các phòng, đơn vị thuộc Sở'], [...COMMUNE_UNITS, 'Thanh tra Sở', 'Thanh tra tỉnh']],
  ['Sở Lao động - Thương binh và Xã hội', 2024, 'so-truoc-2025', ['Văn phòng Sở', 'Thanh tra Sở', 'Phòng Kế hoạch - Tài chính'], [...COMMUNE_UNITS, 'Thanh tra tỉnh']],
])('a new appendix of %s for %d', (body, year, directory, named, notNamed) => {
  const made = newAppendix({ year, body, templates: defaultTemplates() });
  const leads = column(made.sheet, 3);
  const partners = column(made.sheet, 4);
  const all = new Set([...leads, ...partners].filter(Boolean));

  test(`names the units of ${directory}, and only units that directory knows`, () => {
    expect(made.directory.id).toBe(directory);
    expect(made.incomplete).toEqual([]);
    // every standard task is written, each with a lead
    expect(leads).toHaveLength(defaultTemplates().length);
    expect(leads.filter((l) => l === '')).toEqual([]);
    for (const n of named) expect([n, all.has(n)]).toEqual([n, true]);
    for (const n of notNamed) expect([n, all.has(n)]).toEqual([n, false]);
    // exact names or aliases of the directory, never a near miss or a name known by form only
    const matcher = createUnitMatcher(BUILT_IN_DIRECTORIES[directory].units);
    for (const text of all) for (const unit of splitUnits(text, matcher)) expect([unit, matcher.match(unit).kind]).toEqual([unit, expect.stringMatching(/^(exact|alias)$/)]);
  });

  test('checks with no issue at all (no error, no warning, no unit hint), against that directory', () => {
    const { report } = checkSheet(asGrid(made.sheet));
    expect(report.directory?.id).toBe(directory);
    expect(report.planYear).toBe(year);
    expect(report.issues.map((i) => `${i.severity} ${i.code}`)).toEqual([]);
  });
});

describe('a role the body has no unit for', () => {
  // a department's own template naming the inspectorate: a commune and (after 1/7/2025) a department have none
  const own = (lead: string, partners: string): TaskTemplate => {
    const r = parseUserTemplates([{ id: 'rieng', area: 'CẢI CÁCH THỂ CHẾ', task: 'Thanh tra việc thực hiện quy chế', product: 'Kết luận', lead, partners, deadline: 'Quý II/{năm}', funding: 'Thường xuyên' }]);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    return r.value[0]!;
  };

  test.each<[string, number, string, string, boolean, string, string]>([
    // body, year, lead, partners → written?, lead written, partners written
    ['UBND xã Tân Lập', 2027, '{thanh tra}', '{các đơn vị}', false, '', ''],
    ['Sở Nội vụ', 2026, '{thanh tra}', '{văn phòng}', false, '', ''],
    ['UBND xã Tân Lập', 2027, '{văn phòng}', '{thanh tra}', true, 'Văn phòng HĐND và UBND xã', ''],
    ['UBND phường Đông Hà', 2027, '{văn phòng}', '{thanh tra}, {tài chính}', true, 'Văn phòng HĐND và UBND phường', 'Phòng Kinh tế, Hạ tầng và Đô thị'],
    ['UBND xã Tân Lập', 2027, '{văn phòng}', '{tài chính}; {thanh tra}', true, 'Văn phòng HĐND và UBND xã', 'Phòng Kinh tế'],
    ['UBND tỉnh Quảng Trị', 2027, '{thanh tra}', '{văn phòng}', true, 'Thanh tra tỉnh', 'Văn phòng UBND tỉnh'],
    ['Sở Nội vụ', 2024, '{thanh tra}', '{các đơn vị}', true, 'Thanh tra Sở', 'Các phòng, đơn vị thuộc Sở'],
  ])('%s %d: lead %s, partners %s', (body, year, lead, partners, written, leadText, partnersText) => {
    const made = newAppendix({ year, body, templates: [own(lead, partners)] });
    const leads = column(made.sheet, 3);
    expect(leads).toEqual(written ? [leadText] : []);
    if (written) expect(column(made.sheet, 4)).toEqual([partnersText]);
    // the lead and partner cells are exactly the above: no other body's inspectorate written
    const missing = `${lead} ${partners}`.includes('{thanh tra}') && !(year < 2025 || body.startsWith('UBND tỉnh'));
    expect(made.incomplete).toEqual(missing ? [{ task: 'Thanh tra việc thực hiện quy chế', missing: ['thanh tra'], written }] : []);
  });

  test('braces that name no role are kept as written (a unit is never guessed)', () => {
    const made = newAppendix({ year: 2027, body: 'UBND xã Tân Lập', templates: [own('{ban chỉ đạo}', '')] });
    expect(column(made.sheet, 3)).toEqual(['{ban chỉ đạo}']);
    expect(made.incomplete).toEqual([]);
  });

  test('the directory chosen by the user wins over the title', () => {
    const made = newAppendix({ year: 2027, body: 'UBND xã Tân Lập', templates: defaultTemplates(), directory: 'so-2025' });
    expect(made.directory.id).toBe('so-2025');
    expect(column(made.sheet, 3)).toContain('Văn phòng Sở');
  });
});

describe('the texts name the body itself as the body is called ({cơ quan})', () => {
  test.each([
    ['UBND xã Tân Lập', 'UBND xã'],
    ['UBND phường Đông Hà', 'UBND phường'],
    ['UBND đặc khu Côn Cỏ', 'UBND đặc khu'],
    ['UBND tỉnh Quảng Trị', 'UBND tỉnh'],
    ['Sở Nội vụ', 'Sở'],
  ])('%s: “của %s”, never another body’s word or a bare placeholder', (body, word) => {
    const { sheet } = newAppendix({ year: 2027, body, templates: defaultTemplates() });
    const tasks = column(sheet, 1);
    expect(tasks).toContain(`Tự đánh giá, chấm điểm Chỉ số CCHC, mức độ hoàn thành nhiệm vụ của ${word}`);
    expect(tasks.filter((t) => /\{|\}/u.test(t))).toEqual([]);
    if (word !== 'Sở') expect(tasks.filter((t) => /(của|thuộc) Sở\b/u.test(t))).toEqual([]);
  });
});
