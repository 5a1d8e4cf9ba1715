/** The one date rule: which number formats show dates, and serials to calendar dates in both systems. */
import fc from 'fast-check';
import {
  builtinFormatCode,
  cellDate,
  cellText,
  dateFormatInfo,
  dateToSerial,
  formatDateNumber,
  isDateFormat,
  isDateFormatId,
  serialToDate,
  serialToParts,
} from '../../../src/core/grid';

// Format codes as Excel, LibreOffice, openpyxl and Vietnamese templates write them.
const DATE_FORMATS: [code: string, date: boolean, time: boolean, elapsed: boolean][] = [
  ['m/d/yyyy', true, false, false],
  ['mm-dd-yy', true, false, false],
  ['dd/mm/yyyy', true, false, false],
  ['d/m/yyyy;@', true, false, false],
  ['DD/MM/YYYY', true, false, false],
  ['d-mmm-yy', true, false, false],
  ['d-mmm', true, false, false],
  ['mmm-yy', true, false, false],
  ['mmmm yyyy', true, false, false],
  ['yyyy-mm-dd', true, false, false],
  ['yyyy', true, false, false],
  ['[$-42A]dd/mm/yyyy', true, false, false],
  ['[$-1010000]d/m/yyyy;@', true, false, false],
  ['[$-409]mmmm d, yyyy;@', true, false, false],
  ['[$-x-sysdate]dddd, mmmm dd, yyyy', true, false, false],
  ['[Red]dd/mm/yyyy', true, false, false],
  ['dd"/"mm"/"yyyy', true, false, false],
  ['dd\\/mm\\/yyyy', true, false, false],
  ['"Ngày "dd" tháng "mm" năm "yyyy', true, false, false],
  ['m/d/yyyy h:mm', true, true, false],
  ['dd/mm/yyyy hh:mm:ss', true, true, false],
  ['h:mm', false, true, false],
  ['h:mm AM/PM', false, true, false],
  ['h:mm:ss A/P', false, true, false],
  ['hh:mm:ss', false, true, false],
  ['mm:ss', false, true, false],
  ['mm:ss.0', false, true, false],
  ['[h]:mm:ss', false, true, true],
  ['[h]:mm', false, true, true],
  ['[mm]:ss', false, true, true],
  ['[ss]', false, true, true],
];

// Number, currency, text and odd formats: none of them a date.
const NOT_DATES: (string | undefined)[] = [
  undefined,
  '',
  'General',
  'general',
  '0',
  '0.00',
  '#,##0',
  '#,##0.00',
  '#,##0_);(#,##0)',
  '#,##0_);[Red](#,##0)',
  '_(* #,##0_);_(* (#,##0);_(* "-"_);_(@_)',
  '_-* #,##0\\ _₫_-;\\-* #,##0\\ _₫_-;_-* "-"\\ _₫_-;_-@_-',
  '#,##0 "đồng"',
  '#,##0 [$₫-42A]',
  '[$-42A]#,##0',
  '0%',
  '0.00E+00',
  '##0.0E+0',
  '# ?/?',
  '@',
  '"d"',
  '0 "days"',
  '0 \\d',
  '0_d',
  '0*m',
  '[Blue]0;[Red]-0',
  '[>=1000000]#,##0,,"tr";#,##0',
  '[DBNum1]0',
  ';;;',
  '0;dd/mm/yyyy',
  'General;General;@',
];

describe('dateFormatInfo: which format codes show a date or a time', () => {
  test.each(DATE_FORMATS)('%s is a date/time format', (code, date, time, elapsed) => {
    expect(isDateFormat(code)).toBe(true);
    expect(dateFormatInfo(code)).toEqual({ date, time, elapsed });
  });
  test.each(NOT_DATES.map((c) => [c]))('%p is not a date format', (code) => {
    expect(isDateFormat(code)).toBe(false);
    expect(dateFormatInfo(code)).toBeNull();
  });
  test('arbitrary text never throws, and text in quotes never makes a date', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        dateFormatInfo(s);
        const quoted = `0 "${s.replace(/"/g, '')}"`;
        expect(isDateFormat(quoted)).toBe(false);
      }),
    );
  });
});

describe('built-in number formats (ECMA-376 §18.8.30)', () => {
  test.each([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 31, 36, 45, 46, 47, 50, 55, 58, 71, 75, 81])('id %d is a date/time', (id) => {
    expect(isDateFormatId(id)).toBe(true);
  });
  test.each([0, 1, 2, 3, 4, 9, 10, 11, 12, 13, 37, 38, 39, 40, 41, 44, 48, 49, 59, 62, 67, 70, 164])('id %d is not', (id) => {
    expect(isDateFormatId(id)).toBe(false);
  });
  test('the shared codes agree with the rule, and use Excel\'s own codes (MS-OI29500)', () => {
    for (let id = 0; id <= 49; id++) {
      const code = builtinFormatCode(id);
      if (code !== undefined) expect([id, isDateFormat(code)]).toEqual([id, isDateFormatId(id)]);
    }
    expect(builtinFormatCode(14)).toBe('m/d/yyyy');
    expect(builtinFormatCode(22)).toBe('m/d/yyyy h:mm');
    expect(builtinFormatCode(47)).toBe('mm:ss.0');
    expect(builtinFormatCode(30)).toBeUndefined();
  });
});

const iso = (d: Date | null) => (d ? d.toISOString() : null);

describe('serials to calendar dates', () => {
  test.each([
    [45580, '2024-10-15T00:00:00.000Z'],
    [45356, '2024-03-05T00:00:00.000Z'],
    [45382, '2024-03-31T00:00:00.000Z'],
    [45580.5, '2024-10-15T12:00:00.000Z'],
    [45580.75, '2024-10-15T18:00:00.000Z'],
    [45580.999999999, '2024-10-16T00:00:00.000Z'],
    [1, '1900-01-01T00:00:00.000Z'],
    [59, '1900-02-28T00:00:00.000Z'],
    [61, '1900-03-01T00:00:00.000Z'],
    [2958465, '9999-12-31T00:00:00.000Z'],
  ])('1900 system: %d is %s', (serial, want) => {
    expect(iso(serialToDate(serial))).toBe(want);
  });
  test('serial 60 is 29/02/1900, the day Excel counts but that never was', () => {
    expect(serialToParts(60)).toMatchObject({ year: 1900, month: 2, day: 29 });
    expect(serialToDate(60)).toBeNull();
  });
  test.each([[0], [-1], [2958466], [Number.NaN], [Number.POSITIVE_INFINITY]])('1900 system: %d has no date', (serial) => {
    expect(serialToDate(serial)).toBeNull();
  });
  test.each([
    [0, '1904-01-01T00:00:00.000Z'],
    [1, '1904-01-02T00:00:00.000Z'],
    [44118, '2024-10-15T00:00:00.000Z'],
    [43894.25, '2024-03-05T06:00:00.000Z'],
  ])('1904 system: %d is %s', (serial, want) => {
    expect(iso(serialToDate(serial, true))).toBe(want);
  });
  test('the two systems are 1462 days apart from 01/03/1900 on', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1462, max: 2958465 }), (s) => {
        expect(iso(serialToDate(s - 1462, true))).toBe(iso(serialToDate(s)));
      }),
    );
  });
  test('dateToSerial inverts serialToDate in both systems (whole days and times)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2958465 }), fc.integer({ min: 0, max: 86_399 }), fc.boolean(), (day, sec, d1904) => {
        const serial = day + sec / 86_400;
        const d = serialToDate(serial, d1904);
        if (!d) return;
        expect(dateToSerial(d, d1904)).toBeCloseTo(serial, 6);
      }),
    );
  });
  test('time parts', () => {
    expect(serialToParts(45580.5104166667)).toMatchObject({ hour: 12, minute: 15, second: 0 });
  });
});

describe('cellDate and cellText: a number under a date format is a date, whatever its text', () => {
  test.each([
    [{ value: 45580, numFmt: 'm/d/yyyy', text: '10/15/2024' }, '2024-10-15T00:00:00.000Z', '15/10/2024'],
    [{ value: 45356, numFmt: 'm/d/yyyy', text: '3/5/2024' }, '2024-03-05T00:00:00.000Z', '05/03/2024'],
    [{ value: 45580, numFmt: '[$-42A]dd/mm/yyyy', text: 'whatever' }, '2024-10-15T00:00:00.000Z', '15/10/2024'],
    [{ value: 45580.75, numFmt: 'dd/mm/yyyy hh:mm' }, '2024-10-15T18:00:00.000Z', '15/10/2024 18:00'],
    [{ value: new Date(Date.UTC(2024, 9, 15)) }, '2024-10-15T00:00:00.000Z', '15/10/2024'],
  ])('%p', (cell, date, text) => {
    expect(iso(cellDate(cell) ?? null)).toBe(date);
    expect(cellText(cell)).toBe(text);
  });
  test('the 1904 system', () => {
    const cell = { value: 44118, numFmt: 'dd/mm/yyyy' };
    expect(iso(cellDate(cell, true) ?? null)).toBe('2024-10-15T00:00:00.000Z');
    expect(cellText(cell, true)).toBe('15/10/2024');
    expect(cellText(cell)).toBe('14/10/2020');
  });
  test.each([
    [{ value: 45580 }, '45580'],
    [{ value: 2024 }, '2024'],
    [{ value: 45580, numFmt: '@' }, '45580'],
    [{ value: 45580, numFmt: '0' }, '45580'],
    [{ value: 45580, numFmt: '#,##0', text: '45.580' }, '45.580'],
    [{ value: '15/10/2024', numFmt: 'dd/mm/yyyy' }, '15/10/2024'],
    [{ value: 0.5, numFmt: 'h:mm' }, '12:00'],
    [{ value: 45580.5, numFmt: 'h:mm:ss' }, '12:00:00'],
    [{ value: 1.5, numFmt: '[h]:mm' }, '36:00'],
    [{ value: -5, numFmt: 'dd/mm/yyyy' }, '-5'],
  ])('%p is not a date; shown %p', (cell, text) => {
    expect(cellDate(cell)).toBeUndefined();
    expect(cellText(cell)).toBe(text);
  });
  test('formatDateNumber gives undefined for numbers that are not dates', () => {
    expect(formatDateNumber(45580, '0.00')).toBeUndefined();
    expect(formatDateNumber(45580, undefined)).toBeUndefined();
  });
});
