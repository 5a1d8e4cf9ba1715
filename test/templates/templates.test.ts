import {
  DEFAULT_TEMPLATES,
  REFORM_AREAS,
  buildLibrary,
  defaultTemplates,
  fillTemplate,
  fillUnits,
  fillYear,
  parseUserTemplates,
  searchTemplates,
  taskTemplateSchema,
} from '../../src/templates';

describe('default library', () => {
  it('has at least 30 valid templates with unique ids', () => {
    const lib = defaultTemplates();
    expect(lib.length).toBeGreaterThanOrEqual(30);
    expect(new Set(lib.map((t) => t.id)).size).toBe(lib.length);
    for (const t of DEFAULT_TEMPLATES) expect(taskTemplateSchema.safeParse(t).success).toBe(true);
  });

  it('covers every standard reform area, and only those', () => {
    const areas = new Set(defaultTemplates().map((t) => t.area));
    for (const a of REFORM_AREAS) expect(areas).toContain(a);
    for (const a of areas) expect(REFORM_AREAS as readonly string[]).toContain(a);
  });

  it('holds the standard tasks named in the plans', () => {
    const tasks = defaultTemplates().map((t) => t.task);
    for (const needle of [
      'Ban hành Kế hoạch CCHC năm {năm}',
      'Ban hành Kế hoạch tuyên truyền CCHC năm {năm}',
      'Ban hành Kế hoạch kiểm tra công tác CCHC',
      'Ban hành Kế hoạch kiểm soát TTHC năm {năm}',
      'Báo cáo kết quả thực hiện cải cách hành chính',
    ]) {
      expect(tasks).toContain(needle);
    }
    expect(tasks.some((t) => t.startsWith('Tự đánh giá, chấm điểm Chỉ số CCHC'))).toBe(true);
  });

  it('writes deadlines in a canonical form once filled', () => {
    for (const t of defaultTemplates()) {
      const d = fillTemplate(t, 2024).deadline;
      expect(d).not.toMatch(/\{/);
      if (/^Quý/.test(d)) expect(d).toMatch(/^Quý (I|II|III|IV)\/2024$/);
      if (/^Tháng/.test(d)) expect(d).toMatch(/^Tháng \d{2}\/2024$/);
    }
  });

  it('is stored in NFC', () => {
    for (const t of defaultTemplates()) expect(JSON.stringify(t)).toBe(JSON.stringify(t).normalize('NFC'));
  });
});

describe('fillTemplate', () => {
  it('substitutes the plan year in every text field', () => {
    const t = defaultTemplates().find((x) => x.id === 'cd-ke-hoach-cchc')!;
    const f = fillTemplate(t, 2025);
    expect(f.task).toBe('Ban hành Kế hoạch CCHC năm 2025');
    expect(f.objective).toBe('Xây dựng Kế hoạch CCHC năm 2025');
    expect(f.deadline).toBe('Trước ngày 31/01/2025');
    expect(f.lead).toBe('Văn phòng Sở');
  });

  it('understands {năm±n}, {nam}, {year} and decomposed text', () => {
    expect(fillYear('giai đoạn {năm} - {năm+1}', 2024)).toBe('giai đoạn 2024 - 2025');
    expect(fillYear('kết quả năm {năm-1}', 2024)).toBe('kết quả năm 2023');
    expect(fillYear('Quý I/{nam}; {year}', 2024)).toBe('Quý I/2024; 2024');
    expect(fillYear('Quý II/{năm}'.normalize('NFD'), 2026)).toBe('Quý II/2026');
  });

  it('leaves absent optional fields empty', () => {
    const t = taskTemplateSchema.parse({
      id: 'x', area: 'CẢI CÁCH THỂ CHẾ', task: 'T', product: 'P', lead: 'L', deadline: 'Quý I/{năm}', funding: 'Thường xuyên',
    });
    const f = fillTemplate(t, 2024);
    expect(f.objective).toBe('');
    expect(f.activity).toBe('');
    expect(f.partners).toBe('');
  });
});

describe('searchTemplates', () => {
  it('matches without diacritics and groups by area in plan order', () => {
    const groups = searchTemplates(defaultTemplates(), 'kiem soat tthc');
    expect(groups.map((g) => g.area)).toEqual(['CẢI CÁCH THỦ TỤC HÀNH CHÍNH']);
    expect(groups[0]!.templates.map((t) => t.id)).toContain('tthc-ke-hoach-kiem-soat');
  });

  it('matches keywords and several words in any order', () => {
    const g = searchTemplates(defaultTemplates(), 'tuyên truyền kế hoạch');
    const ids = g.flatMap((x) => x.templates.map((t) => t.id));
    expect(ids).toContain('ttr-ke-hoach-tuyen-truyen');
    expect(searchTemplates(defaultTemplates(), 'VBQPPL').flatMap((x) => x.templates).length).toBeGreaterThan(0);
  });

  it('returns every area for an empty query, standard areas first', () => {
    const lib = buildLibrary([
      taskTemplateSchema.parse({
        id: 'u1', area: 'AN TOÀN THÔNG TIN', task: 'Diễn tập', product: 'Báo cáo', lead: 'Văn phòng Sở', deadline: 'Quý II/{năm}', funding: 'Tự chủ',
      }),
    ]);
    const groups = searchTemplates(lib, '  ');
    expect(groups.map((g) => g.area)).toEqual([...REFORM_AREAS, 'AN TOÀN THÔNG TIN']);
  });

  it('finds nothing for nonsense', () => {
    expect(searchTemplates(defaultTemplates(), 'zzzqqq')).toEqual([]);
  });
});

describe('department templates', () => {
  it('extends the library and overrides a default with the same id', () => {
    const r = parseUserTemplates([
      { area: 'CẢI CÁCH THỂ CHẾ', task: 'Rà soát quy chế làm việc năm {năm}', product: 'Quy chế', lead: 'Văn phòng Sở', deadline: 'Quý II/{năm}', funding: 'Tự chủ' },
      { id: 'cd-ke-hoach-cchc', area: 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH', task: 'Ban hành KH CCHC {năm}', product: 'Kế hoạch', lead: 'Văn phòng', deadline: 'Tháng 01/{năm}', funding: 'Tự chủ' },
    ]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value[0]!.id).toMatch(/^rieng-/);
    const lib = buildLibrary(r.value);
    expect(lib.length).toBe(defaultTemplates().length + 1);
    expect(lib.find((t) => t.id === 'cd-ke-hoach-cchc')!.lead).toBe('Văn phòng');
    expect(lib[lib.length - 1]!.task).toBe('Rà soát quy chế làm việc năm {năm}');
  });

  it('gives Vietnamese errors naming the template and the field', () => {
    const r = parseUserTemplates([
      { area: 'CẢI CÁCH THỂ CHẾ', task: 'OK', product: 'P', lead: 'L', deadline: 'D', funding: 'F' },
      { area: 'CẢI CÁCH THỂ CHẾ', task: '', product: 'P', deadline: 'D', funding: 42 },
    ]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual(
      expect.arrayContaining([
        'Nhiệm vụ mẫu thứ 2: trường "Nhiệm vụ" (task) không được để trống.',
        'Nhiệm vụ mẫu thứ 2: trường "Chủ trì" (lead) bị thiếu.',
        'Nhiệm vụ mẫu thứ 2: trường "Kinh phí" (funding) phải là chữ.',
      ]),
    );
    expect(r.errors.every((e) => e.startsWith('Nhiệm vụ mẫu thứ 2'))).toBe(true);
  });

  it('rejects non-arrays, non-objects and duplicate ids', () => {
    const a = parseUserTemplates({ task: 'x' });
    expect(a).toEqual({ ok: false, errors: ['Danh sách nhiệm vụ mẫu phải là một mảng JSON ([...]).'] });
    const b = parseUserTemplates(['chuỗi']);
    expect(b.ok ? [] : b.errors).toEqual(['Nhiệm vụ mẫu thứ 1 phải là một đối tượng JSON ({...}).']);
    const t = { id: 'a', area: 'X', task: 'T', product: 'P', lead: 'L', deadline: 'D', funding: 'F' };
    const c = parseUserTemplates([t, t]);
    expect(c.ok ? [] : c.errors).toEqual(['Nhiệm vụ mẫu thứ 2: trường "Mã" (id) bị trùng: a.']);
  });

  it('accepts nothing as no templates', () => {
    expect(parseUserTemplates(undefined)).toEqual({ ok: true, value: [] });
  });
});

describe('fillUnits: units named by role, resolved through a directory', () => {
  const xa = { directory: 'xa-2025' as const, local: 'xã' as const };
  const phuong = { directory: 'xa-2025' as const, local: 'phường' as const };
  test.each<[string, Parameters<typeof fillUnits>[1], string, string[]]>([
    ['{văn phòng}', xa, 'Văn phòng HĐND và UBND xã', []],
    ['{ Văn Phòng }', phuong, 'Văn phòng HĐND và UBND phường', []],
    ['{văn phòng}'.normalize('NFD'), { directory: 'so-2025' }, 'Văn phòng Sở', []],
    ['{tài chính}', phuong, 'Phòng Kinh tế, Hạ tầng và Đô thị', []],
    ['{tài chính}', { directory: 'ubnd-tinh-2025' }, 'Sở Tài chính', []],
    ['{thanh tra|văn phòng}', { directory: 'so-2025' }, 'Văn phòng Sở', []],
    ['{thanh tra|văn phòng}', { directory: 'so-truoc-2025' }, 'Thanh tra Sở', []],
    ['{thanh tra}', xa, '', ['thanh tra']],
    ['{văn phòng}, {thanh tra}', xa, 'Văn phòng HĐND và UBND xã', ['thanh tra']],
    ['{thanh tra}; {các đơn vị}', xa, 'Các phòng, ban, đơn vị thuộc UBND xã', ['thanh tra']],
    ['Công an xã, {thanh tra}, {tài chính}', xa, 'Công an xã, Phòng Kinh tế', ['thanh tra']],
    // not roles: kept as written, nothing reported
    ['Văn phòng Sở', xa, 'Văn phòng Sở', []],
    ['{ban chỉ đạo}', xa, '{ban chỉ đạo}', []],
    ['{thanh tra|}', xa, '{thanh tra|}', []],
    ['{}', xa, '{}', []],
    ['', xa, '', []],
  ])('%j in %j → %j (missing %j)', (text, units, out, missing) => {
    expect(fillUnits(text, units)).toEqual({ text: out, missing });
  });

  it('fillTemplate defaults to a department of the plan year', () => {
    const t = taskTemplateSchema.parse({ id: 'x', area: 'CẢI CÁCH THỂ CHẾ', task: 'Rà soát của {cơ quan}', product: 'P', lead: '{thanh tra|văn phòng}', deadline: 'Quý I/{năm}', funding: 'Thường xuyên' });
    expect(fillTemplate(t, 2024)).toMatchObject({ lead: 'Thanh tra Sở', task: 'Rà soát của Sở', missing: [] });
    expect(fillTemplate(t, 2026)).toMatchObject({ lead: 'Văn phòng Sở', missing: [] });
    expect(fillTemplate(t, 2026, { directory: 'xa-2025', local: 'phường' })).toMatchObject({ lead: 'Văn phòng HĐND và UBND phường', task: 'Rà soát của UBND phường' });
  });
});
