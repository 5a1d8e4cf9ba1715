import * as fc from 'fast-check';
import { isoDay, isoText, parseTypedDay } from '../../../src/core/grid/date';

describe('parseTypedDay + isoDay: a day as users type one', () => {
  test.each([
    ['2026-03-31', '2026-03-31'],
    ['2026-3-1', '2026-03-01'],
    ['31/03/2026', '2026-03-31'],
    ['1/3/2026', '2026-03-01'],
    ['31.03.2026', '2026-03-31'],
    ['31-03-2026', '2026-03-31'],
    [' 31 / 03 / 2026 ', '2026-03-31'],
    ['29/02/2024', '2024-02-29'],
    ['29/02/2000', '2000-02-29'],
    ['31/12/2099', '2099-12-31'],
  ])('%j is %s', (text, iso) => {
    const d = parseTypedDay(text);
    expect(d).toBeDefined();
    expect(isoDay(d!)).toBe(iso);
  });

  test.each(['', '2026', '31/03', '03/2026', 'Quý I/2026', '2026/03/31', '31/03/26', '2026-03-31T00:00', 'ngày 31/03/2026', '31_03_2026', '١/٣/٢٠٢٦'])(
    '%j is not a typed day',
    (text) => expect(parseTypedDay(text)).toBeUndefined(),
  );

  test.each([
    ['31/04/2026'],
    ['29/02/2025'],
    ['29/02/1900'],
    ['29/02/0100'],
    ['00/01/2026'],
    ['01/00/2026'],
    ['01/13/2026'],
    ['32/01/2026'],
  ])('%j is read but is no day: isoDay gives undefined, isoText still writes it', (text) => {
    const d = parseTypedDay(text);
    expect(d).toBeDefined();
    expect(isoDay(d!)).toBeUndefined();
    expect(isoText(d!)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test('isoDay agrees with the calendar for every day of 1990–2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (year, month, day) => {
        const real = new Date(Date.UTC(year, month - 1, day));
        const exists = real.getUTCMonth() === month - 1;
        expect(isoDay({ year, month, day })).toBe(exists ? real.toISOString().slice(0, 10) : undefined);
        expect(parseTypedDay(`${day}/${month}/${year}`)).toEqual({ year, month, day });
      }),
    );
  });
});
