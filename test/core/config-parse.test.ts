import { readFileSync } from 'fs';
import { join } from 'path';
import { checkSheet, parseConfigJson, parseSettings, parseSettingsText, settingsToJson, settingsToOptions, type SettingsResult } from '../../src/core';
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
    { name: 'not an object', json: [], error: /cài đặt/ },
    { name: 'null', json: null, error: /cài đặt/ },
    { name: 'unknown key', json: { donvi: [] }, error: /^khóa "donvi" không được hỗ trợ; các khóa được nhận: /u },
    { name: 'bad mode', json: { mode: 'merge' }, error: /^mode: / },
    { name: 'year as text', json: { planYear: '2024' }, error: /^planYear: / },
    { name: 'year out of range', json: { planYear: 1900 }, error: /^planYear: / },
    { name: 'units not a list', json: { units: 'Văn phòng' }, error: /^units: / },
    { name: 'empty unit name', json: { units: [{ name: '' }] }, error: /^units\[0\]\.name: / },
    { name: 'a number as funding', json: { funding: [1] }, error: /^funding\[0\]: / },
    { name: 'aliases not a list', json: { units: [{ name: 'A', aliases: 'B' }] }, error: /^units\[0\]/ },
    { name: 'an unknown directory', json: { directory: 'so-2030' }, error: /^directory: chỉ nhận "auto" hoặc một trong: "so-2025"/ },
    { name: 'a date not written YYYY-MM-DD', json: { units: [{ name: 'A', validUntil: '30/6/2025' }] }, error: /^units\[0\]\.validUntil: phải là ngày viết năm-tháng-ngày, ví dụ "2025-06-30"/ },
    { name: 'a date that does not exist', json: { units: [{ name: 'A', validUntil: '2025-02-30' }] }, error: /^units\[0\]\.validUntil: không phải ngày có thật/ },
    { name: 'valid from after valid until', json: { units: [{ name: 'A', validFrom: '2025-07-01', validUntil: '2025-06-30' }] }, error: /^units\[0\]\.validUntil: validFrom phải trước validUntil/ },
    { name: 'successors not a list', json: { units: [{ name: 'A', successors: 'B' }] }, error: /^units\[0\]\.successors: / },
  ])('rejects $name with a Vietnamese line naming the field', ({ json, error }) => {
    const r = parseConfigJson(json);
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.errors).toContainEqual(expect.stringMatching(error));
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


/** The settings of a result that must be valid (fails the test with its errors otherwise). */
function settingsOf(r: SettingsResult) {
  if (!r.ok) throw new Error(`invalid settings: ${r.errors.join('; ')}`);
  return r.settings;
}

/** The README's --config example, read from the README itself. */
function readmeConfig(): string {
  const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
  const at = readme.indexOf('`--config FILE`');
  const m = /```json\n([\s\S]*?)```/.exec(readme.slice(at));
  return m![1]!;
}

describe('one settings format for the pane and the CLI', () => {
  test('the README --config example: extend keeps the built-in lists and honours planYear', () => {
    const o = settingsToOptions(settingsOf(parseSettingsText(readmeConfig())));
    expect(o.mode).toBe('extend');
    expect(o.directory).toBe('so-2025');
    expect(o.units!.map((u) => u.name)).toEqual(['Phòng Lao động - Việc làm', 'Trung tâm Bảo trợ xã hội']);
    expect(o.funding!.map((u) => u.name)).toEqual(['Chương trình mục tiêu']);
    expect(o.planYear).toBe(2026);
    // Extend: a unit of the built-in directory stays known beside the user's own.
    const g = gridOf('Phụ lục', [
      ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH CỦA SỞ NỘI VỤ'],
      ['STT', 'Nhiệm vụ', 'Chủ trì', 'Thời gian thực hiện'],
      [1, 'Rà soát', 'Văn phòng Sở', 'Quý I/2026'],
      [2, 'Công khai', 'Phòng Lao động - Việc làm', 'Quý II/2026'],
    ]);
    const { report } = checkSheet(g, o);
    expect(report.planYear).toBe(2026);
    expect(report.issues.map((i) => i.code)).toEqual([]);
  });

  test('what the pane exported before (version, lists, templates; no mode) is accepted, as extend', () => {
    const exported = {
      version: 1,
      units: [{ name: 'Văn phòng Sở', aliases: ['VP'] }, { name: 'Phòng Cải cách hành chính', aliases: [] }],
      funding: [],
      templates: [{ id: 'x', area: 'CẢI CÁCH THỂ CHẾ', task: 'Rà soát', lead: 'Văn phòng Sở', deadline: 'Quý I/{year}' }],
    };
    const s = settingsOf(parseSettingsText(JSON.stringify(exported, null, 2)));
    expect(s.templates).toHaveLength(1);
    // Extend: the built-in directory stays (no false warnings), the user's units join it.
    expect(settingsToOptions(s).mode).toBe('extend');
    expect(parseConfigJson(exported).ok).toBe(true);
  });

  test('replace passes the user list alone; a list left out is not given (the directory\'s applies)', () => {
    const o = settingsToOptions(settingsOf(parseSettings({ mode: 'replace', units: ['Văn phòng Sở'] })));
    expect(o).toEqual({ mode: 'replace', units: [{ name: 'Văn phòng Sở', aliases: [] }] });
  });

  test('settingsToJson round-trips through parseSettings', () => {
    const r = parseSettings({ mode: 'replace', directory: 'xa-2025', units: ['A', { name: 'B', aliases: ['b'] }], planYear: 2026, templates: [{ any: 1 }] });
    const json = settingsToJson(settingsOf(r));
    expect(json).toEqual({ version: 1, mode: 'replace', directory: 'xa-2025', units: [{ name: 'A', aliases: [] }, { name: 'B', aliases: ['b'] }], planYear: 2026, templates: [{ any: 1 }] });
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
    expect(r).toEqual({ ok: false, errors: [expect.stringContaining(`dòng ${line}, cột ${column}`)] });
    expect(r.ok ? '' : r.errors[0]).toMatch(why);
  });

  test.each([
    ['', /rỗng/],
    ['   \n', /rỗng/],
    ['\uFEFF{"mode":"extend"}', null],
    ['{"version": 2}', /^version \(dòng 1, cột 13\): /],
    ['{"templates": {}}', /^templates \(dòng 1, cột 15\): /],
    ['{"planYear": 2024.5}', /^planYear \(dòng 1, cột 14\): /],
    ['{\n  "units": [\n    {"name": 3}\n  ]\n}', /^units\[0\]\.name \(dòng 3, cột 14\): /],
    ['{"donvi": 1}', /^khóa "donvi" \(dòng 1, cột 2\) không được hỗ trợ; các khóa được nhận: version, mode, directory, units, funding, planYear, templates$/],
    // a typo on line 3 of a file as a clerk writes it: the key's own line and column, each key once
    ['{\n  "mode": "extend",\n  "unit": ["Phòng A"],\n  "năm": 2025\n}', /^khóa "unit" \(dòng 3, cột 3\) không được hỗ trợ; /],
    ['{\n  "mode": "extend",\n  "unit": ["Phòng A"],\n  "năm": 2025\n}', /^khóa "năm" \(dòng 4, cột 3\) không được hỗ trợ; /],
    ['[1, 2]', /^cài đặt phải là một đối tượng JSON/],
    // UTF-16 ("Unicode" in Notepad) read as UTF-8: its BOM as two U+FFFD, a NUL after each ASCII character
    [Buffer.from('\uFEFF{"mode":"extend"}', 'utf16le').toString('utf8'), /^tệp không phải văn bản UTF-8 \(có vẻ được lưu dạng UTF-16, "Unicode"\): ký tự không đọc được ở dòng 1, cột 1\. Hãy lưu lại tệp với bảng mã UTF-8\.$/],
    [Buffer.from('{"mode":"extend"}', 'utf16le').toString('utf8'), /^tệp không phải văn bản UTF-8 \(có vẻ được lưu dạng UTF-16, "Unicode"\): ký tự không đọc được ở dòng 1, cột 2\./],
    // Windows-1258 bytes of "Phòng" (ò = 0xF2) are not UTF-8
    [Buffer.concat([Buffer.from('{\n "units": ["Ph'), Buffer.from([0xf2]), Buffer.from('ng A"]}')]).toString('utf8'), /^tệp không phải văn bản UTF-8: ký tự không đọc được ở dòng 2, cột 15\./],
    ['{"units": ["Phòng Tư pháp"]}', null],
  ])('%j', (text, error) => {
    const r = parseSettingsText(text);
    if (error === null) expect(r.ok).toBe(true);
    else expect(!r.ok && r.errors.some((e) => error.test(e))).toBe(true);
  });
});
