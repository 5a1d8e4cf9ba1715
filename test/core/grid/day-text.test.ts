/**
 * One date form for everything a user reads (issue 11): dd/mm/yyyy with the day and the month
 * always two digits, `01/07/2025`, never `01/7/2025` beside it. Expectations worked by hand.
 */
import { dayText, formatDate, formatDateNumber, viDate } from '../../../src/core/grid';
import { bodyProblemMessage, instalmentDeadline, renderMessage, reportNotes } from '../../../src/core/messages';
import { BUILT_IN_DIRECTORIES } from '../../../src/core/units';
import type { Issue } from '../../../src/core/issues';

describe('dayText and viDate: the one form', () => {
  test.each<[number, number, number, string]>([
    [2025, 7, 1, '01/07/2025'],
    [2025, 12, 31, '31/12/2025'],
    [2026, 3, 5, '05/03/2026'],
    [2024, 2, 29, '29/02/2024'],
    [1990, 10, 9, '09/10/1990'],
  ])('dayText(%d, %d, %d) is %s', (y, m, d, text) => {
    expect(dayText(y, m, d)).toBe(text);
  });

  test.each<[string, string]>([
    ['2025-07-01', '01/07/2025'],
    ['2026-03-31', '31/03/2026'],
    ['2025-02-28', '28/02/2025'],
    ['2025-7-1', '01/07/2025'], // an unpadded ISO-like date is padded, not passed through half-done
    ['2030-10-10', '10/10/2030'],
  ])('viDate(%s) is %s', (iso, text) => {
    expect(viDate(iso)).toBe(text);
  });

  // not an ISO date: returned as it is, never cut into a wrong one
  test.each(['', '01/07/2025', '2025/07/01', '20250701', '2025-07', 'ngày 1 tháng 7', '2025-07-01T00:00:00Z', ' 2025-07-01'])(
    'viDate(%j) leaves it as it is',
    (text) => {
      expect(viDate(text)).toBe(text);
    },
  );

  test.each<[Date, string]>([
    [new Date(Date.UTC(2025, 6, 1)), '01/07/2025'],
    [new Date(Date.UTC(2026, 0, 9)), '09/01/2026'],
    [new Date(Date.UTC(2026, 11, 31, 23, 59)), '31/12/2026'],
  ])('formatDate(%s) is %s', (d, text) => {
    expect(formatDate(d)).toBe(text);
  });

  test.each<[number, string, string]>([
    [45839, 'd/m/yyyy', '01/07/2025'], // a cell formatted without padding is still shown padded
    [45839, 'm/d/yyyy', '01/07/2025'],
    [45839.5, 'd/m/yyyy h:mm', '01/07/2025 12:00'],
  ])('the date number %d under %s shows %s', (serial, fmt, text) => {
    expect(formatDateNumber(serial, fmt)).toBe(text);
  });
});

describe('every message that names a date writes it dd/mm/yyyy', () => {
  const UNPADDED = /(?<!\d)(\d\/\d{1,2}|\d{1,2}\/\d)\/\d{4}/u;

  test.each<[string, string, RegExp]>([
    ['a province merged away', bodyProblemMessage('UBND tỉnh Quảng Bình', { code: 'body.ended-place', written: 'tỉnh', name: 'Quảng Bình', until: '2025-06-30', successor: { name: 'Quảng Trị', kind: 'tỉnh' } }), /từ 01\/07\/2025;/u],
    ['a district after the reform', bodyProblemMessage('UBND huyện Cam Lộ', { code: 'body.ended-district', until: '2025-06-30' }), /kết thúc ngày 30\/06\/2025;/u],
    ['an ended department', bodyProblemMessage('Sở KH&ĐT', { code: 'body.ended-department', name: 'Sở Kế hoạch và Đầu tư', until: '2025-02-28', successors: ['Sở Tài chính'] }), /kết thúc ngày 28\/02\/2025 /u],
    ['an unknown city', bodyProblemMessage('UBND thành phố Đông Hà', { code: 'body.unknown-place', written: 'thành phố', name: 'dong ha' }), /từ 01\/07\/2025\)/u],
    ['an instalment', instalmentDeadline('Hằng quý', '2026-03-31'), /^Hằng quý \(đợt 31\/03\/2026\)$/u],
    ['the xã directory', BUILT_IN_DIRECTORIES['xa-2025'].name, /từ 01\/07\/2025 /u],
  ])('%s', (_what, text, expected) => {
    expect(text).toMatch(expected);
    expect(text).not.toMatch(UNPADDED);
  });

  test('a report date before its period', () => {
    const [note] = reportNotes({ hasStatusColumn: true, planYear: 2026, period: { label: 'Quý II/2026', year: 2026, start: '2026-04-01', end: '2026-06-30' } as never, asOf: '2026-03-05' });
    expect(note).toBe('ngày báo cáo 05/03/2026 ở trước kỳ báo cáo Quý II/2026 (từ 01/04/2026); chưa nhiệm vụ nào quá hạn tại ngày đó, hãy kiểm tra lại ngày báo cáo.');
  });

  test('a unit that no longer exists', () => {
    const text = renderMessage({ code: 'unit.obsolete', severity: 'warning', cell: 'D9', row: 9, data: { name: 'Thanh tra Sở', canonical: 'Thanh tra Sở', validUntil: '2025-06-30', successors: ['Thanh tra tỉnh'] } } as unknown as Issue);
    expect(text).toMatch(/sau ngày 30\/06\/2025/u);
    expect(text).not.toMatch(UNPADDED);
  });
});
