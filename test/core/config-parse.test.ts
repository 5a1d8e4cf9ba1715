import { readFileSync } from 'fs';
import { join } from 'path';
import { parseConfigJson, parseSettings, parseSettingsText, settingsToJson, settingsToOptions } from '../../src/core';
import { DEFAULT_FUNDING } from '../../src/core/funding';
import { DEFAULT_UNITS } from '../../src/core/units';

describe('parseConfigJson', () => {
  test.each([
    { name: 'empty object: the defaults', json: {}, units: DEFAULT_UNITS.length, funding: DEFAULT_FUNDING.length },
    { name: 'extend adds a unit', json: { units: [{ name: 'Phòng Lao động - Việc làm', aliases: ['P. LĐVL'] }] }, units: DEFAULT_UNITS.length + 1 },
    { name: 'bare names are entries', json: { mode: 'extend', funding: ['Chương trình mục tiêu'] }, funding: DEFAULT_FUNDING.length + 1 },
    { name: 'replace keeps only the user list', json: { mode: 'replace', units: ['Văn phòng Sở', 'Thanh tra Sở'] }, units: 2 },
  ])('$name', ({ json, units, funding }) => {
    const r = parseConfigJson(json);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    if (units !== undefined) expect(r.options.units).toHaveLength(units);
    if (funding !== undefined) expect(r.options.funding).toHaveLength(funding);
  });

  test('planYear passes through', () => {
    const r = parseConfigJson({ planYear: 2025 });
    expect(r.ok && r.options.planYear).toBe(2025);
  });

  test.each([
    { name: 'not an object', json: [], error: /^cài đặt: / },
    { name: 'null', json: null, error: /^cài đặt: / },
    { name: 'unknown key', json: { donvi: [] }, error: /khóa không được hỗ trợ: donvi/ },
    { name: 'bad mode', json: { mode: 'merge' }, error: /^mode: / },
    { name: 'year as text', json: { planYear: '2024' }, error: /^planYear: / },
    { name: 'year out of range', json: { planYear: 1900 }, error: /^planYear: / },
    { name: 'units not a list', json: { units: 'Văn phòng' }, error: /^units: / },
    { name: 'empty unit name', json: { units: [{ name: '' }] }, error: /^units\[0\]\.name: / },
    { name: 'a number as funding', json: { funding: [1] }, error: /^funding\[0\]: / },
    { name: 'aliases not a list', json: { units: [{ name: 'A', aliases: 'B' }] }, error: /^units\[0\]/ },
  ])('rejects $name with a Vietnamese line naming the field', ({ json, error }) => {
    const r = parseConfigJson(json);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.some((e) => error.test(e))).toBe(true);
  });
});


/** The README's --config example, read from the README itself. */
function readmeConfig(): string {
  const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
  const at = readme.indexOf('`--config FILE`');
  const m = /```json\n([\s\S]*?)```/.exec(readme.slice(at));
  return m![1]!;
}

describe('one settings format for the pane and the CLI', () => {
  test('the README --config example: extend keeps the built-in lists and honours planYear', () => {
    const r = parseSettingsText(readmeConfig());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.settings.mode).toBe('extend');
    const o = settingsToOptions(r.settings);
    expect(o.units!.length).toBe(DEFAULT_UNITS.length + 1);
    expect(o.funding!.length).toBe(DEFAULT_FUNDING.length + 1);
    expect(o.planYear).toBe(2025);
  });

  test('what the pane exported before (version, lists, templates; no mode) is accepted, as extend', () => {
    const exported = {
      version: 1,
      units: [{ name: 'Văn phòng Sở', aliases: ['VP'] }, { name: 'Phòng Cải cách hành chính', aliases: [] }],
      funding: [],
      templates: [{ id: 'x', area: 'CẢI CÁCH THỂ CHẾ', task: 'Rà soát', lead: 'Văn phòng Sở', deadline: 'Quý I/{year}' }],
    };
    const r = parseSettingsText(JSON.stringify(exported, null, 2));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.settings.templates).toHaveLength(1);
    const o = settingsToOptions(r.settings);
    // Extend: the built-in units stay (no false warnings), the new one joins them.
    expect(o.units!.length).toBe(DEFAULT_UNITS.length + 1);
    expect(parseConfigJson(exported).ok).toBe(true);
  });

  test('replace uses the user lists; a list left out keeps the built-in one', () => {
    const r = parseSettings({ mode: 'replace', units: ['Văn phòng Sở'] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const o = settingsToOptions(r.settings);
    expect(o.units).toEqual([{ name: 'Văn phòng Sở', aliases: [] }]);
    expect(o.funding).toBe(DEFAULT_FUNDING);
  });

  test('settingsToJson round-trips through parseSettings', () => {
    const r = parseSettings({ mode: 'replace', units: ['A', { name: 'B', aliases: ['b'] }], planYear: 2026, templates: [{ any: 1 }] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const json = settingsToJson(r.settings);
    expect(json).toEqual({ version: 1, mode: 'replace', units: [{ name: 'A', aliases: [] }, { name: 'B', aliases: ['b'] }], planYear: 2026, templates: [{ any: 1 }] });
    expect(parseSettings(JSON.parse(JSON.stringify(json)))).toEqual(r);
  });

  test.each([
    ['{\n  "mode": "extend",\n  "units": [\n    { "name": "A", }\n  ]\n}', 4, 20, /thiếu tên khóa/],
    ['{ "units": [ "A" "B" ] }', 1, 18, /thiếu dấu phẩy/],
    ['{ "planYear": 2025,\n}', 2, 1, /thiếu tên khóa/],
    ["{ 'mode': 'extend' }", 1, 3, /ký tự không hợp lệ/],
    ['{ "mode": "extend" // chú thích\n}', 1, 20, /chú thích/],
    ['{ "units": ["A"', 1, 16, /thiếu dấu đóng ngoặc \]/],
    ['{ "a": "chưa đóng }', 1, 8, /chuỗi chưa đóng/],
    ['{} {}', 1, 4, /thừa/],
  ])('broken JSON %j: a Vietnamese line with line %d and column %d', (text, line, column, why) => {
    const r = parseSettingsText(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toContain(`dòng ${line}, cột ${column}`);
    expect(r.errors[0]).toMatch(why);
  });

  test.each([
    ['', /rỗng/],
    ['   \n', /rỗng/],
    ['\uFEFF{"mode":"extend"}', null],
    ['{"version": 2}', /^version: /],
    ['{"templates": {}}', /^templates: /],
    ['{"planYear": 2024.5}', /^planYear: /],
  ])('%j', (text, error) => {
    const r = parseSettingsText(text);
    if (error === null) expect(r.ok).toBe(true);
    else expect(!r.ok && r.errors.some((e) => error.test(e))).toBe(true);
  });
});
