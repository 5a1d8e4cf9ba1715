import { parseConfigJson } from '../../src/core';
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
    { name: 'not an object', json: [], error: /tệp cấu hình/ },
    { name: 'null', json: null, error: /tệp cấu hình/ },
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
