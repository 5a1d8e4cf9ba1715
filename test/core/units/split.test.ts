import fc from 'fast-check';
import { BUILT_IN_DIRECTORIES, DEFAULT_UNITS, createUnitMatcher, createUnitSplitter, splitUnits, unitWork } from '../../../src/core/units';

describe('splitUnits', () => {
  test.each<[string, string[]]>([
    ['Văn phòng Sở', ['Văn phòng Sở']],
    ['Các phòng, đơn vị thuộc Sở', ['Các phòng, đơn vị thuộc Sở']],
    ['UBND huyện, TX, TP', ['UBND huyện, TX, TP']],
    ['UBND các huyện, thị xã, thành phố', ['UBND các huyện, thị xã, thành phố']],
    ['Văn phòng; các phòng, đơn vị liên quan.', ['Văn phòng', 'các phòng, đơn vị liên quan']],
    ['Văn phòng Sở; các phòng, đơn vị liên quan.', ['Văn phòng Sở', 'các phòng, đơn vị liên quan']],
    ['Văn phòng, Các đơn vị trực thuộc', ['Văn phòng', 'Các đơn vị trực thuộc']],
    ['- Trung tâm PVHCC;\n- Các phòng, đơn vị thuộc So', ['Trung tâm PVHCC', 'Các phòng, đơn vị thuộc So']],
    ['Các phòng, đơn vị thuộc Sở; UBND huyện, TX, TP', ['Các phòng, đơn vị thuộc Sở', 'UBND huyện, TX, TP']],
    ['Các phòng, đơn vị trực thuộc, Văn phòng Sở', ['Các phòng, đơn vị trực thuộc', 'Văn phòng Sở']],
    ['Cán bộ một cửa; Các phòng có phát sinh TTHC', ['Cán bộ một cửa', 'Các phòng có phát sinh TTHC']],
    ['Các phòng nghiệp vụ;', ['Các phòng nghiệp vụ']],
    ['Các sở, ban, ngành', ['Các sở, ban, ngành']],
    ['các sở, ban, ngành tỉnh, UBND tỉnh', ['các sở, ban, ngành tỉnh', 'UBND tỉnh']],
    ['Các cơ quan, đơn vị liên quan', ['Các cơ quan, đơn vị liên quan']],
    ['Các phòng, đơn vị thuộc Sở có liên quan', ['Các phòng, đơn vị thuộc Sở có liên quan']],
    ['Các phòng, đơn vị trực', ['Các phòng, đơn vị trực']],
    ['Văn phòng, Thanh tra, Phòng Kế hoạch - Tài chính', ['Văn phòng', 'Thanh tra', 'Phòng Kế hoạch - Tài chính']],
    ['Phòng Kế hoạch - Tài chính', ['Phòng Kế hoạch - Tài chính']],
    ['+ Văn phòng\n+ Thanh tra Sở', ['Văn phòng', 'Thanh tra Sở']],
    ['1. Văn phòng\r\n2. Thanh tra Sở', ['Văn phòng', 'Thanh tra Sở']],
    ['Cán bộ, công chức, viên chức', ['Cán bộ, công chức, viên chức']],
    ['UBND tỉnh, UBND huyện', ['UBND tỉnh', 'UBND huyện']],
    ['Các phòng, Trung tâm PVHCC', ['Các phòng', 'Trung tâm PVHCC']],
    ['Văn phòng,,  ;; ,Thanh tra', ['Văn phòng', 'Thanh tra']],
    ['', []],
    ['   ', []],
    ['-', []],
    [';,.', []],
    ['\n\n- \n', []],
  ])('%j → %j', (text, expected) => {
    expect(splitUnits(text)).toEqual(expected);
  });

  test('uses the given directory to keep its comma-names whole', () => {
    const directory = [{ name: 'Ban Tuyên giáo, Dân vận', aliases: [] }];
    expect(splitUnits('Ban Tuyên giáo, Dân vận; Văn phòng', directory)).toEqual(['Ban Tuyên giáo, Dân vận', 'Văn phòng']);
    // without it, a piece that is no unit of its own still continues the Ban's name
    expect(splitUnits('Ban Tuyên giáo, Dân vận', DEFAULT_UNITS)).toEqual(['Ban Tuyên giáo, Dân vận']);
    const other = [{ name: 'Ban Tuyên giáo', aliases: [] }, { name: 'Dân vận', aliases: [] }];
    expect(splitUnits('Ban Tuyên giáo, Dân vận', other)).toEqual(['Ban Tuyên giáo', 'Dân vận']);
  });

  test.each<[string, string[]]>([
    // a plural of villages or schools goes on with bare kind words: one unit, never a "buôn" of its own
    ['Các thôn, buôn', ['Các thôn, buôn']],
    ['Công an xã\nCác thôn, buôn', ['Công an xã', 'Các thôn, buôn']],
    ['Các thôn, bản, tổ dân phố', ['Các thôn, bản, tổ dân phố']],
    ['Các thôn, buôn, tổ dân phố; Công an xã', ['Các thôn, buôn, tổ dân phố', 'Công an xã']],
    ['Các thôn, ấp, khu phố', ['Các thôn, ấp, khu phố']],
    ['Các trường Mầm non, Tiểu học, THCS', ['Các trường Mầm non, Tiểu học, THCS']],
    ['Trường Mầm non, Tiểu học, THCS trên địa bàn xã', ['Trường Mầm non, Tiểu học, THCS trên địa bàn xã']],
    ['Trường Tiểu học và THCS Ea Kar', ['Trường Tiểu học và THCS Ea Kar']],
    // a unit after them is still its own
    ['Các thôn, buôn, Công an xã', ['Các thôn, buôn', 'Công an xã']],
    ['Các trường Mầm non, Tiểu học, Trạm Y tế xã', ['Các trường Mầm non, Tiểu học', 'Trạm Y tế xã']],
    ['Văn phòng HĐND và UBND xã, Thôn Ea Ktur', ['Văn phòng HĐND và UBND xã', 'Thôn Ea Ktur']],
  ])('in a commune %j → %j', (text, expected) => {
    expect(splitUnits(text, BUILT_IN_DIRECTORIES['xa-2025'].units)).toEqual(expected);
  });

  test('returns a fresh array each call (the cache is not exposed)', () => {
    const split = createUnitSplitter(DEFAULT_UNITS);
    const a = split('Văn phòng, Thanh tra');
    a.push('x');
    expect(split('Văn phòng, Thanh tra')).toEqual(['Văn phòng', 'Thanh tra']);
  });

  test('never throws on odd input', () => {
    for (const s of ['\u0000', ',,,,', '- - -', 'a'.repeat(10_000), '\uD800', ';\n;\n'])
      expect(() => splitUnits(s)).not.toThrow();
  });
});

describe('splitting by meaning, after 2025', () => {
  const so = BUILT_IN_DIRECTORIES['so-2025'].units;
  const xa = BUILT_IN_DIRECTORIES['xa-2025'].units;
  const empty: never[] = [];
  // each case with the post-2025 directory of its body, and with an empty directory: meaning, not a list
  test.each<[string, string[]]>([
    ['Phòng Tổ chức, biên chế và tổ chức phi chính phủ', ['Phòng Tổ chức, biên chế và tổ chức phi chính phủ']],
    ['Phòng Công chức, viên chức; Văn phòng Sở', ['Phòng Công chức, viên chức', 'Văn phòng Sở']],
    ['Phòng Kinh tế, Hạ tầng và Đô thị', ['Phòng Kinh tế, Hạ tầng và Đô thị']],
    ['Phòng Văn hóa - Xã hội và Trung tâm Phục vụ hành chính công xã', ['Phòng Văn hóa - Xã hội', 'Trung tâm Phục vụ hành chính công xã']],
    ['Văn phòng HĐND và UBND xã', ['Văn phòng HĐND và UBND xã']],
    ['Văn phòng HĐND và UBND xã, Công an xã', ['Văn phòng HĐND và UBND xã', 'Công an xã']],
    ['Sở Khoa học và Công nghệ, Sở Văn hóa, Thể thao và Du lịch', ['Sở Khoa học và Công nghệ', 'Sở Văn hóa, Thể thao và Du lịch']],
    ['UBND các xã, phường và các thôn, tổ dân phố', ['UBND các xã, phường', 'các thôn, tổ dân phố']],
    ['Các phòng, ban, đơn vị thuộc Sở', ['Các phòng, ban, đơn vị thuộc Sở']],
    ['Sở Nội vụ và các sở, ban, ngành', ['Sở Nội vụ', 'các sở, ban, ngành']],
    ['Công an xã, Ban Chỉ huy quân sự xã', ['Công an xã', 'Ban Chỉ huy quân sự xã']],
    ['Phòng Nội vụ các huyện, thị xã, thành phố', ['Phòng Nội vụ các huyện, thị xã, thành phố']],
    ['Văn phòng Sở và Thanh tra Sở', ['Văn phòng Sở', 'Thanh tra Sở']],
    ['Trường THCS Ea Kar và Trường Tiểu học Ea Kar', ['Trường THCS Ea Kar', 'Trường Tiểu học Ea Kar']],
    ["Công an xã Ea H'Leo, UBND xã Krông Pắc", ["Công an xã Ea H'Leo", 'UBND xã Krông Pắc']],
    ['Hội Nông dân xã Cư Jút và Đoàn Thanh niên xã Cư Jút', ['Hội Nông dân xã Cư Jút', 'Đoàn Thanh niên xã Cư Jút']],
    ['• Công an xã • Trạm Y tế xã', ['Công an xã', 'Trạm Y tế xã']],
    ['Phòng Tổ chức, biên chế và\ntổ chức phi chính phủ', ['Phòng Tổ chức, biên chế và tổ chức phi chính phủ']],
    ['Văn phòng Sở\nthanh tra Sở', ['Văn phòng Sở', 'thanh tra Sở']],
    ['Phòng Kinh tế, và Phòng Văn hóa - Xã hội', ['Phòng Kinh tế', 'Phòng Văn hóa - Xã hội']],
  ])('%j → %j', (text, expected) => {
    expect(splitUnits(text, so)).toEqual(expected);
    expect(splitUnits(text, xa)).toEqual(expected);
    expect(splitUnits(text, empty)).toEqual(expected);
  });
});

describe('splitting and matching stay linear in the cell length', () => {
  const matcher = createUnitMatcher(BUILT_IN_DIRECTORIES['so-2025'].units);
  const piece = fc.constantFrom(
    'Văn phòng Sở', 'Phòng Tổ chức', 'biên chế và tổ chức phi chính phủ', 'UBND huyện', 'TX', 'TP', 'Các phòng', 'đơn vị',
    'Phòng Văn hóa - Xã hội', 'Trung tâm Phục vụ hành chính công xã', 'Sở Văn hóa', 'Thể thao', 'Du lịch', 'x', 'Phòng Xyzq',
    'a'.repeat(300), 'Văn phỏng Sở', 'Các thôn', 'tổ dân phố',
  );
  const sep = fc.constantFrom(', ', '; ', ' và ', '\n', ', và ', ' - ', ',');
  /** A cell of exactly 32,767 characters (Excel's limit) made of unit-like pieces and separators. */
  const cell = fc.array(fc.tuple(piece, sep), { minLength: 1, maxLength: 60 }).map((parts) => {
    const unit = parts.map(([p, s]) => p + s).join('');
    return unit.repeat(Math.ceil(32_767 / unit.length)).slice(0, 32_767);
  });

  test('work on a 32,767-character cell is bounded by a constant times its length', () => {
    fc.assert(
      fc.property(cell, (text) => {
        // a fresh splitter, so nothing is cached from an earlier run
        const split = createUnitSplitter(matcher);
        const before = unitWork.chars;
        const names = split(text);
        for (const n of names) matcher.match(n);
        const work = unitWork.chars - before;
        expect(text.length).toBe(32_767);
        expect(names.length).toBeGreaterThan(0);
        // measured: about 10 characters looked at per character of the cell; cubic growth would be millions
        expect(work).toBeLessThan(120 * text.length);
      }),
      { numRuns: 25 },
    );
  }, 60_000);

  // the property above draws these only now and then: each on its own, every run
  test.each(['x và ', 'x, ', 'x và x, ', 'Các thôn, ', 'a, b và '])('a 32,767-character cell of %j is read in bounded work per character', (unit) => {
    const text = unit.repeat(Math.ceil(32_767 / unit.length)).slice(0, 32_767);
    const split = createUnitSplitter(matcher);
    const before = unitWork.chars;
    for (const n of split(text)) matcher.match(n);
    expect(unitWork.chars - before).toBeLessThan(60 * text.length);
  });

  test('twice the cell, about twice the work', () => {
    const unit = 'Phòng Tổ chức, biên chế và tổ chức phi chính phủ, UBND huyện, TX, TP, Các phòng, đơn vị; Văn phỏng Sở và Thanh tra Sở, ';
    const work = (n: number) => {
      const split = createUnitSplitter(matcher);
      const text = unit.repeat(n);
      const before = unitWork.chars;
      for (const name of split(text)) matcher.match(name + String(n));
      return unitWork.chars - before;
    };
    const small = work(100);
    const large = work(200);
    expect(large / small).toBeGreaterThan(1.5);
    expect(large / small).toBeLessThan(2.5);
  });
});
