import { DEFAULT_UNITS, createUnitSplitter, splitUnits } from '../../../src/core/units';

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
    expect(splitUnits('Ban Tuyên giáo, Dân vận', DEFAULT_UNITS)).toEqual(['Ban Tuyên giáo', 'Dân vận']);
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
