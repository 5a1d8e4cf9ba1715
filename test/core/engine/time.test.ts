/** Units in time: what ended in 2025 is a fault only in a plan dated after it ended. */
import { checkSheet } from '../../../src/core';
import { gridOf } from '../../helpers/grid';

function plan(signed: string, year: number, lead: string, partners = 'Văn phòng Sở') {
  return gridOf('Phụ lục', [
    ['SỞ NỘI VỤ'],
    [`CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM ${year} CỦA SỞ NỘI VỤ`],
    [`(Kèm theo Kế hoạch số 01/KH-SNV ${signed} của Sở Nội vụ)`],
    ['STT', 'Nhiệm vụ', 'Chủ trì', 'Phối hợp', 'Thời gian thực hiện'],
    [1, 'Kiểm tra công tác cải cách hành chính', lead, partners, `Quý IV/${year}`],
  ]);
}
const obsolete = (signed: string, year: number, lead: string) =>
  checkSheet(plan(signed, year, lead)).report.issues.filter((i) => i.code === 'unit.obsolete').map((i) => [i.cell, i.suggestion]);

describe.each<[string, string, [string, string][], [string, string][], [string, string][]]>([
  // unit, successor, in January 2025, in April 2025, in 2026
  ['UBND các huyện, thị xã, thành phố', 'UBND cấp xã', [], [], [['C5', 'UBND cấp xã']]],
  ['Phòng Nội vụ các huyện, thị xã, thành phố', 'Phòng Văn hóa - Xã hội cấp xã', [], [], [['C5', 'Phòng Văn hóa - Xã hội cấp xã']]],
  ['Thanh tra Sở', 'Thanh tra tỉnh', [], [], [['C5', 'Thanh tra tỉnh']]],
  ['Sở Thông tin và Truyền thông', 'Sở Khoa học và Công nghệ', [], [['C5', 'Sở Khoa học và Công nghệ']], [['C5', 'Sở Khoa học và Công nghệ']]],
  ['Công an huyện', 'several', [], [['C5', 'Công an tỉnh']], [['C5', 'Công an tỉnh']]],
])('%s', (unit, _successor, january, april, later) => {
  test('valid in a plan signed in January 2025', () => {
    expect(obsolete('ngày 10 tháng 01 năm 2025', 2025, unit)).toEqual(january);
  });
  test('as it stood in April 2025', () => {
    expect(obsolete('ngày 02 tháng 4 năm 2025', 2025, unit)).toEqual(april);
  });
  test('a fault in a 2026 plan, with the successor', () => {
    expect(obsolete('ngày 20 tháng 12 năm 2025', 2026, unit)).toEqual(later);
  });
  test('a 2025 plan with no signing date is taken as of 1 January: no fault', () => {
    expect(obsolete('ngày … tháng … năm 2025', 2025, unit)).toEqual([]);
  });
});

test('units that exist are never obsolete, whatever the date', () => {
  for (const unit of ['Văn phòng Sở', 'Phòng Cải cách hành chính', 'UBND cấp xã', 'Thanh tra tỉnh', 'Sở Nội vụ']) {
    expect([unit, obsolete('ngày 20 tháng 12 năm 2025', 2026, unit)]).toEqual([unit, []]);
  }
});

test('an obsolete unit among partners is reported on the partners cell, and its fix names only that cell', () => {
  const { report, fixes } = checkSheet(plan('ngày 20 tháng 12 năm 2025', 2026, 'Phòng Cải cách hành chính', 'Văn phòng Sở; UBND các huyện, thị xã, thành phố'));
  const issue = report.issues.find((i) => i.code === 'unit.obsolete');
  expect(issue).toMatchObject({ cell: 'D5', column: 'partners', data: { name: 'UBND các huyện, thị xã, thành phố', validUntil: '2025-06-30', successors: ['UBND cấp xã'] } });
  const fix = fixes.find((f) => f.issue === issue);
  expect(fix?.safe).toBe(false);
  // the write names its cell and what the check saw there
  expect(fix?.edits).toEqual([
    { kind: 'set', row: 5, col: 3, address: 'D5', value: 'Văn phòng Sở; UBND cấp xã', seen: { value: 'Văn phòng Sở; UBND các huyện, thị xã, thành phố' } },
  ]);
});
