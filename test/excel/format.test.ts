/**
 * The sheet view's number-format renderer (the demo and the web checker draw cells with it):
 * date and time formats as Excel shows them (Microsoft, "Number format codes"; ECMA-376 Part 1
 * §18.8.31). Serials: 46096 is 15/03/2026; .5 is noon.
 */
import { formatNumber, isDateFormat } from '../../src/excel/emulator/format';

describe('formatNumber: dates and times', () => {
  const t = 46096 + (14 * 3600 + 5 * 60 + 9) / 86400; // 15/03/2026 14:05:09
  it.each<[number, string, string, ('vi-VN' | 'en-US')?]>([
    // What openpyxl writes for a datetime, and its relatives.
    [t, 'yyyy-mm-dd h:mm:ss', '2026-03-15 14:05:09'],
    [46096, 'yyyy-mm-dd h:mm:ss', '2026-03-15 0:00:00'],
    [t, 'yyyy-mm-dd hh:mm', '2026-03-15 14:05'],
    [t, 'dd/mm/yyyy hh:mm:ss', '15/03/2026 14:05:09'],
    [t, 'h:mm AM/PM', '2:05 CH'],
    [t, 'h:mm AM/PM', '2:05 PM', 'en-US'],
    [46096 + 0.25, 'hh:mm AM/PM', '06:00 SA'],
    [t, 'h:mm a/p', '2:05 p'],
    [t, 'mm:ss', '05:09'], // m before s: minutes
    [t, 'h "giờ" m "phút"', '14 giờ 5 phút'],
    [46096, 'd/m/yy', '15/3/26'],
    [46096, 'dd/mm/yyyy', '15/03/2026'],
    [46096, 'dd"/"mm"/"yyyy', '15/03/2026'],
    [46096, 'dd\\.mm\\.yyyy', '15.03.2026'],
    [46096, '[$-42A]dd/mm/yyyy', '15/03/2026'],
    [46096, 'mmm yyyy', 'Mar 2026', 'en-US'],
    [46096, 'mmmm d, yyyy', 'March 15, 2026', 'en-US'],
    [46096, 'dddd, dd/mm/yyyy', 'Chủ Nhật, 15/03/2026'],
    [46096, 'ddd d mmm', 'Sun 15 Mar', 'en-US'],
    [46096, '"Ngày "dd" tháng "mm" năm "yyyy', 'Ngày 15 tháng 03 năm 2026'],
    [46096, 'm/d/yyyy', '15/03/2026'], // format 14: the PC's short date
    [46096, 'm/d/yyyy', '3/15/2026', 'en-US'],
    // Rounding to the second carries into the minute, the hour and the day.
    [46096 + 86399.6 / 86400, 'yyyy-mm-dd hh:mm:ss', '2026-03-16 00:00:00'],
    [46096 + 59.5 / 86400, 'h:mm:ss', '0:01:00'],
    [46096 + 1.25 / 86400, 'h:mm:ss.00', '0:00:01,25'],
    [46096 + 1.25 / 86400, 'h:mm:ss.0', '0:00:01.3', 'en-US'],
    // Elapsed time.
    [1.5, '[h]:mm', '36:00'],
    [0.5 + 30 / 1440, '[mm]:ss', '750:00'],
    // 1900 leap-year bug: serial 60 is 29/02/1900, 61 is 01/03/1900 (a Thursday).
    [60, 'dd/mm/yyyy', '29/02/1900'],
    [61, 'dddd', 'Thursday', 'en-US'],
  ])('%d as %s → %s', (v, fmt, want, locale = 'vi-VN') => {
    expect(formatNumber(v, fmt, locale)).toBe(want);
  });

  it('the 1904 date system shifts the day, not the time', () => {
    expect(formatNumber(46096 - 1462 + 0.5, 'yyyy-mm-dd h:mm', 'vi-VN', true)).toBe('2026-03-15 12:00');
  });

  it('tells date and time formats from number formats', () => {
    for (const f of ['yyyy-mm-dd h:mm:ss', 'h:mm', 'mm:ss.0', '[h]:mm', 'dd/mm/yyyy', '[$-42A]d mmmm yyyy', 'm/d/yyyy;@']) expect({ f, date: isDateFormat(f) }).toEqual({ f, date: true });
    for (const f of ['General', '#,##0', '0.00%', '"Ngày"0', '#,##0 "đ"', '@', '0.00E+00', '#,##0;[Red]-#,##0']) expect({ f, date: isDateFormat(f) }).toEqual({ f, date: false });
  });

  it('numbers keep their formats', () => {
    expect(formatNumber(1234567.891, '#,##0.00')).toBe('1.234.567,89');
    expect(formatNumber(1234567.491, '#,##0', 'en-US')).toBe('1,234,567');
    expect(formatNumber(0.125, '0.0%')).toBe('12,5%');
  });
});
