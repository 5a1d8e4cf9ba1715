import fc from 'fast-check';
import { createDeadlineParser, parseDeadline, type DeadlineKind, type DeadlineResult } from '../../../src/core/deadline';

const PLAN = 2024;

type Good = [input: string, kind: DeadlineKind, canonical: string, due: string | undefined, nonstandard: boolean, years: number[]];

// Forms from DOMAIN.md and the fixtures, then the variants clerks and PDFs produce.
const GOOD: Good[] = [
  ['Quý I/2024', 'quarter', 'Quý I/2024', '2024-03-31', false, [2024]],
  ['Quý II/2024', 'quarter', 'Quý II/2024', '2024-06-30', false, [2024]],
  ['Quý III/2024', 'quarter', 'Quý III/2024', '2024-09-30', false, [2024]],
  ['Quý IV/2024', 'quarter', 'Quý IV/2024', '2024-12-31', false, [2024]],
  ['Quý IV năm 2024', 'quarter', 'Quý IV/2024', '2024-12-31', true, [2024]],
  ['Quí I/2021', 'quarter', 'Quý I/2021', '2021-03-31', true, [2021]],
  ['quý 2/2024', 'quarter', 'Quý II/2024', '2024-06-30', true, [2024]],
  ['Qúy II/2022', 'quarter', 'Quý II/2022', '2022-06-30', true, [2022]],
  ['Quý 1 năm 2024', 'quarter', 'Quý I/2024', '2024-03-31', true, [2024]],
  ['QUÝ III/2023', 'quarter', 'Quý III/2023', '2023-09-30', true, [2023]],
  ['Quý  I / 2024.', 'quarter', 'Quý I/2024', '2024-03-31', true, [2024]],
  ['Quý I/năm 2024', 'quarter', 'Quý I/2024', '2024-03-31', true, [2024]],
  ['Quý l/2024', 'quarter', 'Quý I/2024', '2024-03-31', true, [2024]],
  ['Quy I/2024', 'quarter', 'Quý I/2024', '2024-03-31', true, [2024]],
  ['Quý I', 'quarter', 'Quý I', '2024-03-31', false, []],
  ['Trong quý I/2024', 'quarter', 'Trong quý I/2024', '2024-03-31', false, [2024]],
  ['Tháng 1/2024', 'month', 'Tháng 01/2024', '2024-01-31', true, [2024]],
  ['Tháng 01/2021', 'month', 'Tháng 01/2021', '2021-01-31', false, [2021]],
  ['tháng 4/2020', 'month', 'Tháng 04/2020', '2020-04-30', true, [2020]],
  ['Tháng 02/2024', 'month', 'Tháng 02/2024', '2024-02-29', false, [2024]],
  ['Tháng 02/2023', 'month', 'Tháng 02/2023', '2023-02-28', false, [2023]],
  ['Tháng 12 năm 2024', 'month', 'Tháng 12/2024', '2024-12-31', true, [2024]],
  ['01/2024', 'month', 'Tháng 01/2024', '2024-01-31', true, [2024]],
  ['Trước 15/01/2024', 'before', 'Trước ngày 15/01/2024', '2024-01-15', true, [2024]],
  ['Trước ngày 15/01/2024', 'before', 'Trước ngày 15/01/2024', '2024-01-15', false, [2024]],
  ['Trước ngày 20/4/2020', 'before', 'Trước ngày 20/04/2020', '2020-04-20', true, [2020]],
  ['Chậm nhất ngày 25/4/2020', 'before', 'Chậm nhất ngày 25/04/2020', '2020-04-25', true, [2020]],
  ['Trước 30/8/2024', 'before', 'Trước ngày 30/08/2024', '2024-08-30', true, [2024]],
  ['trước ngày 15 tháng 1 năm 2024', 'before', 'Trước ngày 15/01/2024', '2024-01-15', true, [2024]],
  ['Trước ngày 29/02/2024', 'before', 'Trước ngày 29/02/2024', '2024-02-29', false, [2024]],
  ['31/03/2024', 'date', '31/03/2024', '2024-03-31', false, [2024]],
  ['29/02/2024', 'date', '29/02/2024', '2024-02-29', false, [2024]],
  ['31.12.2024', 'date', '31/12/2024', '2024-12-31', true, [2024]],
  ['15-01-24', 'date', '15/01/2024', '2024-01-15', true, [2024]],
  ['2024-01-15', 'date', '15/01/2024', '2024-01-15', true, [2024]],
  ['Ngày 31/03/2024', 'date', 'Ngày 31/03/2024', '2024-03-31', false, [2024]],
  ['15/01', 'date', '15/01', '2024-01-15', false, []],
  ['Trong năm 2021', 'period', 'Trong năm 2021', '2021-12-31', false, [2021]],
  ['Cả năm', 'period', 'Cả năm', '2024-12-31', false, []],
  ['Năm 2024', 'period', 'Năm 2024', '2024-12-31', false, [2024]],
  ['năm 2024', 'period', 'Năm 2024', '2024-12-31', true, [2024]],
  ['2024', 'period', 'Năm 2024', '2024-12-31', true, [2024]],
  ['6 tháng đầu năm', 'period', '6 tháng đầu năm', '2024-06-30', false, []],
  ['6 tháng cuối năm', 'period', '6 tháng cuối năm', '2024-12-31', false, []],
  ['9 tháng đầu năm 2023', 'period', '9 tháng đầu năm 2023', '2023-09-30', false, [2023]],
  ['Thường xuyên', 'recurring', 'Thường xuyên', undefined, false, []],
  ['thường xuyên', 'recurring', 'Thường xuyên', undefined, true, []],
  ['Thuong xuyen', 'recurring', 'Thường xuyên', undefined, true, []],
  ['Thường Xuyên.', 'recurring', 'Thường xuyên', undefined, true, []],
  ['Thường xuyên trong năm', 'recurring', 'Thường xuyên trong năm', undefined, false, []],
  ['Thường xuyên, liên tục', 'recurring', 'Thường xuyên, liên tục', undefined, false, []],
  ['Định kỳ', 'recurring', 'Định kỳ', undefined, false, []],
  ['Định kì', 'recurring', 'Định kì', undefined, false, []],
  ['Hằng quý', 'recurring', 'Hằng quý', undefined, false, []],
  ['Hàng tháng', 'recurring', 'Hàng tháng', undefined, false, []],
  ['Hàng năm', 'recurring', 'Hàng năm', undefined, false, []],
  ['Định kỳ hằng năm', 'recurring', 'Định kỳ hằng năm', undefined, false, []],
  ['Khi có yêu cầu', 'conditional', 'Khi có yêu cầu', undefined, false, []],
  ['Khi có QĐ công bố của Bộ', 'conditional', 'Khi có QĐ công bố của Bộ', undefined, false, []],
  ['Khi có phản ánh, kiến nghị', 'conditional', 'Khi có phản ánh, kiến nghị', undefined, false, []],
  ['Khi có TTHC ban hành mới hoặc khi có', 'conditional', 'Khi có TTHC ban hành mới hoặc khi có', undefined, false, []],
  ['Sau khi hoàn thành', 'conditional', 'Sau khi hoàn thành', undefined, false, []],
  ['Theo kế hoạch', 'conditional', 'Theo kế hoạch', undefined, false, []],
  ['theo kế hoạch.', 'conditional', 'Theo kế hoạch', undefined, true, []],
  ['Theo quy định', 'conditional', 'Theo quy định', undefined, false, []],
  ['Theo Kế hoạch của UBND tỉnh', 'conditional', 'Theo Kế hoạch của UBND tỉnh', undefined, false, []],
  ['Theo đăng ký năm 2022 và khi có yêu cầu', 'conditional', 'Theo đăng ký năm 2022 và khi có yêu cầu', undefined, false, [2022]],
  ['Theo Nghị định 30/2020/NĐ-CP', 'conditional', 'Theo Nghị định 30/2020/NĐ-CP', undefined, false, []],
  ['Quý I/2024 Định kỳ', 'several', 'Quý I/2024 Định kỳ', '2024-03-31', false, [2024]],
  [
    '- Tổng kết trước ngày 20/4/2020.\n- Gửi Báo cáo về Sở trước ngày 25/4/2020.',
    'several',
    '- Tổng kết trước ngày 20/04/2020\n- Gửi Báo cáo về Sở trước ngày 25/04/2020',
    '2020-04-25',
    true,
    [2020],
  ],
  ['Quý I và Quý III/2024', 'several', 'Quý I và Quý III/2024', '2024-09-30', false, [2024]],
  ['Quý I, II/2024', 'several', 'Quý I, II/2024', '2024-06-30', false, [2024]],
  ['Tháng 6 và tháng 12/2024', 'several', 'Tháng 06 và tháng 12/2024', '2024-12-31', true, [2024]],
  ['Quý IV/2023; Quý I/2024', 'several', 'Quý IV/2023; Quý I/2024', '2024-03-31', false, [2023, 2024]],
  ['Quý II/2024\r\nQuý IV/2024', 'several', 'Quý II/2024\nQuý IV/2024', '2024-12-31', false, [2024]],
  ['Thường xuyên; khi có yêu cầu', 'several', 'Thường xuyên; khi có yêu cầu', undefined, false, []],
  ['Báo cáo quý I/2024', 'quarter', 'Báo cáo quý I/2024', '2024-03-31', false, [2024]],
  ['Hoàn thành trước 30/6/2024', 'before', 'Hoàn thành trước ngày 30/06/2024', '2024-06-30', true, [2024]],
  ['Quý I/2024 (ngày 15/3/2024)', 'several', 'Quý I/2024 (ngày 15/03/2024)', '2024-03-31', true, [2024]],
  ['Năm 2024-2025', 'several', 'Năm 2024-2025', '2025-12-31', false, [2024, 2025]],
  ['Tháng 6 - 12/2024', 'several', 'Tháng 06 - 12/2024', '2024-12-31', true, [2024]],
  ['Quý I/2024 (', 'quarter', 'Quý I/2024', '2024-03-31', true, [2024]],
  ['Quý IV/2024 và', 'quarter', 'Quý IV/2024', '2024-12-31', true, [2024]],
  ['Thường xuyên, đột xuất', 'several', 'Thường xuyên, đột xuất', undefined, false, []],
];

type Bad = [input: string, reason: 'empty' | 'unrecognized' | 'quarter' | 'month' | 'day' | 'date'];

const BAD: Bad[] = [
  ['', 'empty'],
  ['   ', 'empty'],
  ['\n\n', 'empty'],
  ['-', 'empty'],
  ['...', 'empty'],
  ['Quý V/2024', 'quarter'],
  ['Quý 0/2024', 'quarter'],
  ['Quý 5 năm 2024', 'quarter'],
  ['Quý VI/2024', 'quarter'],
  ['Quý I và Quý V/2024', 'quarter'],
  ['Tháng 13/2024', 'month'],
  ['Tháng 0/2024', 'month'],
  ['13/2024', 'month'],
  ['15/13/2024', 'month'],
  ['Trước ngày 15/00/2024', 'month'],
  ['31/02/2024', 'date'],
  ['31/4/2024', 'date'],
  ['30/02', 'date'],
  ['29/02/2023', 'date'],
  ['Trước ngày 31/6/2024', 'date'],
  ['32/01/2024', 'day'],
  ['00/01/2024', 'day'],
  ['Trước 32/12/2024', 'day'],
  ['- Tổng kết trước ngày 20/4/2020.\n- Gửi báo cáo trước ngày 31/4/2020.', 'date'],
  ['abc', 'unrecognized'],
  ['Quý', 'unrecognized'],
  ['Quý IIII/2024', 'unrecognized'],
  ['Quý A/2024', 'unrecognized'],
  ['Tháng', 'unrecognized'],
  ['Trước', 'unrecognized'],
  ['Trước ngày', 'unrecognized'],
  ['Quý I/2024 họp', 'unrecognized'],
  ['Q1/2024', 'unrecognized'],
  ['2024/Quý I', 'unrecognized'],
  ['1/2/3/4', 'unrecognized'],
  ['Văn phòng Sở', 'unrecognized'],
  ['#N/A', 'unrecognized'],
  ['Thường xuyên\nxyz', 'unrecognized'],
  ['=SUM(A1:A2)', 'unrecognized'],
  ['Quyết định', 'unrecognized'],
  ['Quý I/20', 'unrecognized'],
  ['Quý II-III/2024', 'unrecognized'],
  ['3113và', 'unrecognized'],
  ['0012', 'unrecognized'],
  ['Quý I/0024', 'unrecognized'],
];

function summary(r: DeadlineResult): unknown {
  if (!r.ok) return r.reason === 'invalid' ? r.invalid : r.reason;
  return { kind: r.kind, canonical: r.canonical, due: r.due, nonstandard: r.nonstandard, years: r.years };
}

describe('parseDeadline: forms clerks write', () => {
  test.each(GOOD)('%j', (input, kind, canonical, due, nonstandard, years) => {
    expect(summary(parseDeadline(input, PLAN))).toEqual({ kind, canonical, due, nonstandard, years });
  });

  test('keeps the text as given', () => {
    const r = parseDeadline('  quý 2/2024 ', PLAN);
    expect(r.text).toBe('  quý 2/2024 ');
  });

  test('canonical text reads back as itself, standard', () => {
    for (const [input] of GOOD) {
      const first = parseDeadline(input, PLAN);
      if (!first.ok) throw new Error(input);
      const again = parseDeadline(first.canonical, PLAN);
      expect(summary(again)).toEqual({ ...(summary(first) as object), nonstandard: false });
    }
  });

  test('NFD text parses and is nonstandard (it looks the same but compares different)', () => {
    const r = parseDeadline('Quý I/2024'.normalize('NFD'), PLAN);
    expect(r.ok && [r.kind, r.canonical, r.nonstandard]).toEqual(['quarter', 'Quý I/2024', true]);
    const t = parseDeadline('Thường xuyên'.normalize('NFD'));
    expect(t.ok && [t.kind, t.canonical, t.nonstandard]).toEqual(['recurring', 'Thường xuyên', true]);
  });

  test('PDF spaces and invisible marks are tolerated', () => {
    const r = parseDeadline('Quý\u00a0I/2024\u200b', PLAN);
    expect(r.ok && [r.kind, r.canonical, r.nonstandard]).toEqual(['quarter', 'Quý I/2024', true]);
    const e = parseDeadline('Quý I\u2013 2024', PLAN);
    expect(e.ok && e.canonical).toBe('Quý I/2024');
  });

  test('several: one part per clause, due the latest', () => {
    const r = parseDeadline('- Tổng kết trước ngày 20/4/2020.\n- Gửi Báo cáo về Sở trước ngày 25/4/2020.');
    if (!r.ok || !r.parts) throw new Error('expected several');
    expect(r.parts.map((p) => [p.kind, p.due])).toEqual([
      ['before', '2020-04-20'],
      ['before', '2020-04-25'],
    ]);
    const q = parseDeadline('Quý I/2024 Định kỳ');
    expect(q.ok && q.parts?.map((p) => [p.kind, p.canonical, p.due])).toEqual([
      ['quarter', 'Quý I/2024', '2024-03-31'],
      ['recurring', 'Định kỳ', undefined],
    ]);
  });

  test('forms without a year take the plan year for their due date, or have none', () => {
    expect(parseDeadline('Cả năm', 2022)).toMatchObject({ due: '2022-12-31', years: [] });
    expect(parseDeadline('6 tháng đầu năm', 2025)).toMatchObject({ due: '2025-06-30' });
    expect(parseDeadline('Cả năm').ok && (parseDeadline('Cả năm') as { due?: string }).due).toBeUndefined();
    // 29/02 without a year exists only if the plan year is a leap year.
    expect(summary(parseDeadline('29/02', 2023))).toBe('date');
    expect(parseDeadline('29/02', 2024)).toMatchObject({ ok: true, due: '2024-02-29' });
    expect(parseDeadline('29/02')).toMatchObject({ ok: true, kind: 'date' });
  });
});

describe('parseDeadline: what is not a deadline', () => {
  test.each(BAD)('%j → %s', (input, reason) => {
    expect(summary(parseDeadline(input, PLAN))).toBe(reason);
  });

  test('invalid results keep the years named', () => {
    expect(parseDeadline('Quý V/2023', PLAN)).toEqual({
      ok: false,
      reason: 'invalid',
      invalid: 'quarter',
      text: 'Quý V/2023',
      years: [2023],
    });
  });
});

describe('parseDeadline: values that are not strings', () => {
  test('null and undefined are empty', () => {
    expect(parseDeadline(null)).toEqual({ ok: false, reason: 'empty', text: '' });
    expect(parseDeadline(undefined)).toEqual({ ok: false, reason: 'empty', text: '' });
  });

  test('an Excel date is a date, read in UTC', () => {
    expect(parseDeadline(new Date(Date.UTC(2024, 2, 31)))).toEqual({
      ok: true,
      kind: 'date',
      text: '31/03/2024',
      canonical: '31/03/2024',
      nonstandard: false,
      due: '2024-03-31',
      years: [2024],
    });
    expect(summary(parseDeadline(new Date(Number.NaN)))).toBe('unrecognized');
  });

  test.each([
    [45382, '2024-03-31'],
    [45382.75, '2024-03-31'],
    [45292, '2024-01-01'],
    [44196, '2020-12-31'],
  ])('Excel serial %d is the date %s', (n, due) => {
    expect(parseDeadline(n)).toMatchObject({ ok: true, kind: 'date', due, text: String(n) });
  });

  test.each([[0], [1], [-5], [12], [99999], [Number.NaN], [Number.POSITIVE_INFINITY], [3.5]])(
    'number %d is not a deadline',
    (n) => {
      expect(summary(parseDeadline(n))).toBe('unrecognized');
    },
  );

  test('a bare year number is the year', () => {
    expect(parseDeadline(2024)).toMatchObject({ ok: true, kind: 'period', canonical: 'Năm 2024', nonstandard: true });
  });
});

describe('parseDeadline never throws', () => {
  test('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.option(fc.integer({ min: 1900, max: 2100 })), (s, y) => {
        const r = parseDeadline(s, y ?? undefined);
        expect(typeof r.ok).toBe('boolean');
        expect(r.text).toBe(s);
      }),
      { numRuns: 3000 },
    );
  });

  test('on strings built from deadline pieces', () => {
    const piece = fc.constantFrom(
      'Quý', 'quí', 'Tháng', 'trước', 'ngày', 'năm', 'I', 'IV', 'V', '0', '13', '31', '/', '.', '-', ' ', '\n',
      '2024', '29/02', 'và', ',', 'Định kỳ', 'Khi', 'Thường xuyên', '6 tháng đầu năm', '\u0301', '\u00a0',
      '(', ')', 'hằng', '3', '12', 'l', 'Trong ', 'a',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const s = pieces.join('');
        const r = parseDeadline(s, 2024);
        if (r.ok) {
          // Whatever is accepted is stable: its canonical form reads back the same.
          const again = parseDeadline(r.canonical, 2024);
          expect(again.ok && [again.canonical, again.kind, again.due]).toEqual([r.canonical, r.kind, r.due]);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('createDeadlineParser', () => {
  test('gives the same results as parseDeadline, from a cache', () => {
    const parse = createDeadlineParser(PLAN);
    for (const [input] of [...GOOD, ...BAD]) {
      const a = parse(input);
      expect(a).toEqual(parseDeadline(input, PLAN));
      expect(parse(input)).toBe(a);
    }
    expect(parse(45382)).toBe(parse(45382));
    expect(parse(null)).toEqual({ ok: false, reason: 'empty', text: '' });
  });

  test('uses its plan year', () => {
    expect(createDeadlineParser(2021)('Cả năm')).toMatchObject({ due: '2021-12-31' });
    expect(createDeadlineParser()('Cả năm')).not.toHaveProperty('due');
  });
});
