import { checkSheet, parseConfigJson } from '../../src/core';
import { gridOf } from '../helpers/grid';

describe('parseConfigJson', () => {
  test.each([
    { name: 'empty object: the directory picked per sheet, nothing added', json: {}, want: { mode: 'extend' } },
    {
      name: 'extend adds a unit, with its dates and successor',
      json: { units: [{ name: 'Phòng Lao động - Việc làm', aliases: ['P. LĐVL'], validUntil: '2025-02-28', successors: ['Sở Nội vụ'] }] },
      want: { mode: 'extend', units: [{ name: 'Phòng Lao động - Việc làm', aliases: ['P. LĐVL'], validUntil: '2025-02-28', successors: ['Sở Nội vụ'] }] },
    },
    { name: 'bare names are entries', json: { mode: 'extend', funding: ['Chương trình mục tiêu'] }, want: { mode: 'extend', funding: [{ name: 'Chương trình mục tiêu', aliases: [] }] } },
    { name: 'replace keeps only the user list', json: { mode: 'replace', units: ['Văn phòng Sở', 'Thanh tra Sở'] }, want: { mode: 'replace', units: [{ name: 'Văn phòng Sở', aliases: [] }, { name: 'Thanh tra Sở', aliases: [] }] } },
    { name: 'a directory chosen by name', json: { directory: 'xa-2025' }, want: { mode: 'extend', directory: 'xa-2025' } },
    { name: 'auto', json: { directory: 'auto' }, want: { mode: 'extend', directory: 'auto' } },
  ])('$name', ({ json, want }) => {
    expect(parseConfigJson(json)).toEqual({ ok: true, options: want });
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
    { name: 'an unknown directory', json: { directory: 'so-2030' }, error: /^directory: chỉ nhận "auto" hoặc một trong: "so-2025"/ },
    { name: 'a date not written YYYY-MM-DD', json: { units: [{ name: 'A', validUntil: '30/6/2025' }] }, error: /^units\[0\]\.validUntil: phải là ngày dạng "YYYY-MM-DD"/ },
    { name: 'a date that does not exist', json: { units: [{ name: 'A', validUntil: '2025-02-30' }] }, error: /^units\[0\]\.validUntil: không phải ngày có thật/ },
    { name: 'valid from after valid until', json: { units: [{ name: 'A', validFrom: '2025-07-01', validUntil: '2025-06-30' }] }, error: /^units\[0\]\.validUntil: validFrom phải trước validUntil/ },
    { name: 'successors not a list', json: { units: [{ name: 'A', successors: 'B' }] }, error: /^units\[0\]\.successors: / },
  ])('rejects $name with a Vietnamese line naming the field', ({ json, error }) => {
    const r = parseConfigJson(json);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.some((e) => error.test(e))).toBe(true);
  });
});

describe('the config reaches the engine', () => {
  const sheet = (title: string, lead: string) =>
    gridOf('Phụ lục', [
      [title],
      ['STT', 'Nhiệm vụ', 'Chủ trì', 'Thời gian thực hiện'],
      [1, 'Rà soát', lead, 'Quý I/2026'],
      [2, 'Công khai', lead, 'Quý II/2026'],
    ]);
  const options = (json: unknown) => {
    const r = parseConfigJson(json);
    if (!r.ok) throw new Error(r.errors.join('; '));
    return r.options;
  };

  test('auto picks from the title; a named directory wins; the report says which and how', () => {
    const g = sheet('KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026 CỦA UBND XÃ CAM LỘ', 'Công an xã');
    expect(checkSheet(g, options({})).report.directory).toMatchObject({ id: 'xa-2025', source: 'title', asOf: '2026-01-01' });
    expect(checkSheet(g, options({ directory: 'so-2025' })).report.directory).toMatchObject({ id: 'so-2025', source: 'config' });
  });

  test('extend adds the department\'s own unit to the directory; replace leaves only its list', () => {
    const g = sheet('KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026 CỦA SỞ NỘI VỤ', 'Phòng Xyz');
    const codes = (json: unknown) => checkSheet(g, options(json)).report.issues.map((i) => `${i.code}@${i.cell}`);
    expect(codes({})).toEqual(['unit.unlisted@C3']);
    expect(codes({ units: ['Phòng Xyz'] })).toEqual([]);
    expect(checkSheet(g, options({ units: ['Phòng Xyz'] })).report.directory).toMatchObject({ id: 'so-2025', custom: 'extend' });
    // replace: the directory's own units are no longer known
    const h = sheet('KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026 CỦA SỞ NỘI VỤ', 'Văn phòng Sở');
    expect(checkSheet(h, options({ mode: 'replace', units: ['Phòng Xyz'] })).report.issues.map((i) => i.code)).toEqual(['unit.unlisted']);
  });

  test('a user entry that ended is obsolete in a plan dated after it', () => {
    const g = sheet('KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026 CỦA SỞ NỘI VỤ', 'Phòng Xyz');
    const issues = checkSheet(g, options({ units: [{ name: 'Phòng Xyz', validUntil: '2025-12-31', successors: ['Văn phòng Sở'] }] })).report.issues;
    expect(issues.map((i) => [i.code, i.cell, i.suggestion])).toEqual([
      ['unit.obsolete', 'C3', 'Văn phòng Sở'],
      ['unit.obsolete', 'C4', 'Văn phòng Sở'],
    ]);
  });
});
