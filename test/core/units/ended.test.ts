import { createUnitCells } from '../../../src/core/check/unit-cells';
import { BUILT_IN_DIRECTORIES } from '../../../src/core/units/directories';
import { endedByName } from '../../../src/core/units/ended';
import { createUnitMatcher } from '../../../src/core/units/match';
import { createUnitSplitter } from '../../../src/core/units/split';

describe('endedByName: district bodies and department inspectorates by the shape of the name', () => {
  test.each<[string, string[]]>([
    ['Phòng Nội vụ thị xã', ['Phòng Văn hóa - Xã hội cấp xã']],
    ['Phòng Nội vụ thành phố', ['Phòng Văn hóa - Xã hội cấp xã']],
    ['Văn phòng HĐND và UBND thành phố', ['Văn phòng HĐND và UBND cấp xã']],
    ['Văn phòng HĐND - UBND thị xã Quảng Trị', ['Văn phòng HĐND và UBND cấp xã']],
    ['Phòng Lao động - TB&XH huyện', ['Phòng Văn hóa - Xã hội cấp xã']],
    ['Phòng Giáo dục huyện Cam Lộ', ['Phòng Văn hóa - Xã hội cấp xã']],
    ['Phòng Tài nguyên - Môi trường quận', ['Phòng Kinh tế cấp xã']],
    ['Phòng Quản lý đô thị thành phố', ['Phòng Kinh tế, Hạ tầng và Đô thị cấp xã']],
    ['Trung tâm Văn hóa - Thể thao huyện', []],
    ['Trung tâm Phát triển quỹ đất huyện Gio Linh', []],
    ['Các phòng chuyên môn thuộc UBND cấp huyện', []],
    ['Các phòng chuyên môn thành phố', []],
    ['Chủ tịch UBND huyện', []],
    ['Thanh tra Sở Nội vụ', ['Thanh tra tỉnh']],
    ['Thanh tra Sở Y tế', ['Thanh tra tỉnh']],
    ['Chánh Thanh tra Sở Xây dựng', ['Thanh tra tỉnh']],
    ['Thanh tra các sở', ['Thanh tra tỉnh']],
    ['thanh tra sở tư pháp', ['Thanh tra tỉnh']],
  ])('%j ended on 30/6/2025 (successors %j)', (name, successors) => {
    expect(endedByName(name)).toEqual({ validUntil: '2025-06-30', successors });
  });

  test.each([
    'UBND thành phố Đông Hà',
    'UBND thành phố',
    'Văn phòng UBND thành phố',
    'Thanh tra thành phố',
    'Thanh tra tỉnh',
    'Trung tâm Phục vụ hành chính công thành phố',
    'Sở Nội vụ thành phố Hà Nội',
    'Phòng Cảnh sát giao thông Công an thành phố',
    'Trung tâm Y tế huyện Cam Lộ',
    'Trường THPT huyện Hải Lăng',
    'Chi cục Thuế khu vực',
    'Công an xã',
    'Phòng Văn hóa - Xã hội',
    'Văn phòng HĐND và UBND phường',
    'Phòng Kinh tế',
    'Bưu điện huyện',
    'Kho bạc Nhà nước huyện',
    'Phòng ' + 'Nội vụ huyện '.repeat(30),
    '',
  ])('%j is not', (name) => {
    expect(endedByName(name)).toBeUndefined();
  });
});

describe('unit.obsolete by pattern only for plans dated after the change', () => {
  const units = createUnitMatcher(BUILT_IN_DIRECTORIES['so-2025'].units);
  const split = createUnitSplitter(units);
  const codes = (text: string, asOf: string | undefined) => {
    const c = createUnitCells({ units, split, asOf });
    c.count(text);
    return c.of(text).findings.map((f) => f.code);
  };
  test.each(['Phòng Nội vụ thị xã', 'Phòng Nội vụ thành phố', 'Thanh tra Sở Y tế', 'Trung tâm Văn hóa - Thể thao huyện'])('%j', (name) => {
    expect(codes(name, '2026-01-01')).toEqual(['unit.obsolete']);
    expect(codes(name, '2025-07-01')).toEqual(['unit.obsolete']);
    expect(codes(name, '2025-01-15')).not.toContain('unit.obsolete');
    expect(codes(name, '2025-06-30')).not.toContain('unit.obsolete');
    expect(codes(name, undefined)).not.toContain('unit.obsolete');
  });
});
