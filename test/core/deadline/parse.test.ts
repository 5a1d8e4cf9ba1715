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
  ['Quý I/2024 (', 'quarter', 'Quý I/2024', '2024-03-31', true, [2024]],
  ['Quý IV/2024 và', 'quarter', 'Quý IV/2024', '2024-12-31', true, [2024]],
  ['Thường xuyên, đột xuất', 'several', 'Thường xuyên, đột xuất', undefined, false, []],
];

// Forms from other provinces' appendices: ranges, abbreviations, parts of a period, spans of
// years, reporting cadences, dates sharing a year.
const MORE: Good[] = [
  // Ranges of quarters and months: one period, due at the end of the last.
  ['Quý II-III/2024', 'period', 'Quý II-III/2024', '2024-09-30', false, [2024]],
  ['Quý III - IV/2024', 'period', 'Quý III-IV/2024', '2024-12-31', true, [2024]],
  ['Quý I đến Quý II/2024', 'period', 'Quý I đến Quý II/2024', '2024-06-30', false, [2024]],
  ['Từ quý II đến quý IV/2024', 'period', 'Từ quý II đến quý IV/2024', '2024-12-31', false, [2024]],
  ['từ Quý 1 tới quý 3 năm 2024', 'period', 'Từ Quý I tới quý III/2024', '2024-09-30', true, [2024]],
  ['Quý I - Quý IV/2024', 'period', 'Quý I - Quý IV/2024', '2024-12-31', false, [2024]],
  ['Quý IV/2024 - Quý I/2025', 'period', 'Quý IV/2024 - Quý I/2025', '2025-03-31', false, [2024, 2025]],
  ['Quý I-II', 'period', 'Quý I-II', '2024-06-30', false, []],
  ['Tháng 3-6/2024', 'period', 'Tháng 03-06/2024', '2024-06-30', true, [2024]],
  ['Tháng 6 - 12/2024', 'period', 'Tháng 06-12/2024', '2024-12-31', true, [2024]],
  ['Từ tháng 3 đến tháng 6/2024', 'period', 'Từ tháng 03 đến tháng 06/2024', '2024-06-30', true, [2024]],
  ['Tháng 3/2024 - Tháng 6/2024', 'period', 'Tháng 03/2024 - Tháng 06/2024', '2024-06-30', true, [2024]],
  ['Tháng 10/2023 – Tháng 3/2024', 'period', 'Tháng 10/2023 - Tháng 03/2024', '2024-03-31', true, [2023, 2024]],
  ['Tháng 3 - tháng 6 năm 2024', 'period', 'Tháng 03 - tháng 06/2024', '2024-06-30', true, [2024]],
  // Abbreviations (with a year: alone, T3 is also Tuesday).
  ['T3/2024', 'month', 'Tháng 03/2024', '2024-03-31', true, [2024]],
  ['T.12/2024', 'month', 'Tháng 12/2024', '2024-12-31', true, [2024]],
  ['Q1/2024', 'quarter', 'Quý I/2024', '2024-03-31', true, [2024]],
  ['Q.I/2024', 'quarter', 'Quý I/2024', '2024-03-31', true, [2024]],
  ['QI/2024', 'quarter', 'Quý I/2024', '2024-03-31', true, [2024]],
  ['QIV năm 2024', 'quarter', 'Quý IV/2024', '2024-12-31', true, [2024]],
  ['q2/2024', 'quarter', 'Quý II/2024', '2024-06-30', true, [2024]],
  ['Q1, Q3/2024', 'several', 'Quý I, Quý III/2024', '2024-09-30', true, [2024]],
  ['T3-T6/2024', 'period', 'Tháng 03 - Tháng 06/2024', '2024-06-30', true, [2024]],
  // Parts of a year, quarter or month.
  ['Đầu năm 2024', 'period', 'Đầu năm 2024', '2024-03-31', false, [2024]],
  ['Giữa năm 2024', 'period', 'Giữa năm 2024', '2024-06-30', false, [2024]],
  ['Cuối năm 2024', 'period', 'Cuối năm 2024', '2024-12-31', false, [2024]],
  ['cuoi nam 2024', 'period', 'Cuối năm 2024', '2024-12-31', true, [2024]],
  ['Cuối năm', 'period', 'Cuối năm', '2024-12-31', false, []],
  ['Đến hết năm 2024', 'period', 'Đến hết năm 2024', '2024-12-31', false, [2024]],
  ['Cuối quý I/2024', 'period', 'Cuối quý I/2024', '2024-03-31', false, [2024]],
  ['Đầu quý II/2024', 'period', 'Đầu quý II/2024', '2024-04-30', false, [2024]],
  ['Giữa quý II/2024', 'period', 'Giữa quý II/2024', '2024-05-31', false, [2024]],
  ['Cuối tháng 6/2024', 'period', 'Cuối tháng 06/2024', '2024-06-30', true, [2024]],
  ['Đầu tháng 6/2024', 'period', 'Đầu tháng 06/2024', '2024-06-10', true, [2024]],
  ['Giữa tháng 02/2024', 'period', 'Giữa tháng 02/2024', '2024-02-20', false, [2024]],
  ['Cuối Q2/2024', 'period', 'Cuối Quý II/2024', '2024-06-30', true, [2024]],
  ['Đến hết quý I/2024', 'quarter', 'Đến hết quý I/2024', '2024-03-31', false, [2024]],
  ['6 tháng cuối năm 2024', 'period', '6 tháng cuối năm 2024', '2024-12-31', false, [2024]],
  ['9 tháng đầu năm 2024', 'period', '9 tháng đầu năm 2024', '2024-09-30', false, [2024]],
  // Spans of years: every year named, so a 2024 plan flags 2025 and 2021.
  ['Năm 2024-2025', 'period', 'Năm 2024-2025', '2025-12-31', false, [2024, 2025]],
  ['Năm 2024 - 2025', 'period', 'Năm 2024-2025', '2025-12-31', true, [2024, 2025]],
  ['2024-2025', 'period', 'Năm 2024-2025', '2025-12-31', true, [2024, 2025]],
  ['Giai đoạn 2021-2025', 'period', 'Giai đoạn 2021-2025', '2025-12-31', false, [2021, 2025]],
  ['giai đoạn 2021 – 2025', 'period', 'Giai đoạn 2021-2025', '2025-12-31', true, [2021, 2025]],
  ['Từ năm 2024 đến năm 2025', 'period', 'Từ năm 2024 đến năm 2025', '2025-12-31', false, [2024, 2025]],
  ['Đến năm 2025', 'period', 'Đến năm 2025', '2025-12-31', false, [2025]],
  ['Trước 31/12', 'before', 'Trước ngày 31/12', '2024-12-31', true, []],
  ['Đến ngày 30/6/2024', 'before', 'Đến ngày 30/06/2024', '2024-06-30', true, [2024]],
  ['Đến hết ngày 30/06/2024', 'before', 'Đến hết ngày 30/06/2024', '2024-06-30', false, [2024]],
  ['Trước ngày 15 tháng 6/2024', 'before', 'Trước ngày 15/06/2024', '2024-06-15', true, [2024]],
  // Spans between dates.
  ['Từ ngày 01/3/2024 đến ngày 30/6/2024', 'period', 'Từ ngày 01/03/2024 đến ngày 30/06/2024', '2024-06-30', true, [2024]],
  ['Từ 01/3 đến 30/6/2024', 'period', 'Từ 01/03 đến 30/06/2024', '2024-06-30', true, [2024]],
  ['01/03 - 30/06/2024', 'period', '01/03 - 30/06/2024', '2024-06-30', false, [2024]],
  // Reporting cadences.
  ['6 tháng, năm', 'recurring', '6 tháng, năm', undefined, false, []],
  ['Hàng quý, năm', 'recurring', 'Hàng quý, năm', undefined, false, []],
  ['Hằng tháng, quý, năm', 'recurring', 'Hằng tháng, quý, năm', undefined, false, []],
  ['hằng quý,6 tháng,năm', 'recurring', 'Hằng quý, 6 tháng, năm', undefined, true, []],
  ['Quý, 6 tháng và năm', 'recurring', 'Quý, 6 tháng và năm', undefined, false, []],
  ['Định kỳ 6 tháng', 'recurring', 'Định kỳ 6 tháng', undefined, false, []],
  ['Định kỳ hàng quý', 'recurring', 'Định kỳ hàng quý', undefined, false, []],
  ['Định kỳ hằng quý, 6 tháng, năm', 'recurring', 'Định kỳ hằng quý, 6 tháng, năm', undefined, false, []],
  ['Báo cáo định kỳ', 'recurring', 'Báo cáo định kỳ', undefined, false, []],
  ['Thường xuyên; báo cáo định kỳ', 'several', 'Thường xuyên; báo cáo định kỳ', undefined, false, []],
  ['Trước ngày 15 hằng tháng', 'recurring', 'Trước ngày 15 hằng tháng', undefined, false, []],
  ['trước ngày 20 của tháng cuối quý', 'recurring', 'Trước ngày 20 của tháng cuối quý', undefined, true, []],
  ['Năm 2024 và các năm tiếp theo', 'several', 'Năm 2024 và các năm tiếp theo', '2024-12-31', false, [2024]],
  // Mixed.
  ['Quý I/2024 và thường xuyên', 'several', 'Quý I/2024 và thường xuyên', '2024-03-31', false, [2024]],
  ['Quý II, năm 2024', 'quarter', 'Quý II/2024', '2024-06-30', true, [2024]],
  ['Trước ngày 15/6 và 15/12/2024', 'several', 'Trước ngày 15/06 và 15/12/2024', '2024-12-15', true, [2024]],
  ['Trước ngày 15/6, 15/9 và ngày 15/12/2024', 'several', 'Trước ngày 15/06, 15/09 và ngày 15/12/2024', '2024-12-15', true, [2024]],
  ['30/6 và 31/12/2024', 'several', '30/06 và 31/12/2024', '2024-12-31', true, [2024]],
  ['Trước ngày 31/12 hằng năm', 'several', 'Trước ngày 31/12 hằng năm', '2024-12-31', false, []],
  ['Quý II/2024 (trước 30/6/2024)', 'several', 'Quý II/2024 (trước ngày 30/06/2024)', '2024-06-30', true, [2024]],
  ['Hoàn thành đến hết quý I/2024', 'quarter', 'Hoàn thành đến hết quý I/2024', '2024-03-31', false, [2024]],
];

GOOD.push(...MORE);

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
  ['2024/Quý I', 'unrecognized'],
  ['1/2/3/4', 'unrecognized'],
  ['Văn phòng Sở', 'unrecognized'],
  ['#N/A', 'unrecognized'],
  ['Thường xuyên\nxyz', 'unrecognized'],
  ['=SUM(A1:A2)', 'unrecognized'],
  ['Quyết định', 'unrecognized'],
  ['Quý I/20', 'unrecognized'],
  ['3113và', 'unrecognized'],
  ['0012', 'unrecognized'],
  ['Quý I/0024', 'unrecognized'],
  // Impossible or unreadable variants of the new forms.
  ['Quý II-V/2024', 'quarter'],
  ['Quý 0-II/2024', 'quarter'],
  ['Tháng 5-13/2024', 'month'],
  ['Tháng 3/2024 - Tháng 13/2024', 'month'],
  ['T13/2024', 'month'],
  ['T0/2024', 'month'],
  ['Q5/2024', 'quarter'],
  ['Cuối quý V/2024', 'quarter'],
  ['Cuối tháng 13/2024', 'month'],
  ['Trước ngày 15/6 và 31/4/2024', 'date'],
  ['Trước ngày 29/02 và 15/12/2023', 'date'],
  ['Từ 01/3 đến 31/6/2024', 'date'],
  ['Trước ngày 32 hằng tháng', 'day'],
  ['Cuối năm 20244', 'unrecognized'],
  ['Năm 2025-2024', 'unrecognized'],
  ['Năm 2024-2024', 'unrecognized'],
  ['2000-2099', 'unrecognized'],
  ['Giai đoạn 2024', 'unrecognized'],
  ['Giai đoạn', 'unrecognized'],
  ['Quý III-II/2024', 'unrecognized'],
  ['Từ tháng 02-02/2024', 'unrecognized'],
  ['Tháng 6-3/2024', 'unrecognized'],
  ['Từ quý II/2024', 'unrecognized'],
  ['Từ tháng 3/2024', 'unrecognized'],
  ['Từ ngày 01/3/2024', 'unrecognized'],
  ['Quý I/2024 - Quý II/20', 'unrecognized'],
  ['Cuối quý I, II/2024', 'unrecognized'],
  ['Cuối năm 2024-2025', 'unrecognized'],
  ['Q1', 'unrecognized'],
  ['QI', 'unrecognized'],
  ['T3', 'unrecognized'],
  ['T3 hằng tuần', 'unrecognized'],
  ['QL/2024', 'unrecognized'],
  ['QX/2024', 'unrecognized'],
  ['QĐ/2024', 'unrecognized'],
  ['năm', 'unrecognized'],
  ['Năm học', 'unrecognized'],
  ['Ngày, tháng, năm', 'unrecognized'],
  ['Đầu', 'unrecognized'],
  ['Cuối kỳ', 'unrecognized'],
  ['Giữa chừng', 'unrecognized'],
  ['Định kỳ xyz', 'unrecognized'],
  ['Báo cáo', 'unrecognized'],
  ['Từ', 'unrecognized'],
  ['Đến', 'unrecognized'],
  ['Đến Sở Nội vụ', 'unrecognized'],
  ['Thường xuyên đi công tác', 'unrecognized'],
  ['Tổ chức hội nghị tổng kết', 'unrecognized'],
  ['Thứ 3 hằng tuần', 'unrecognized'],
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
  test('on any number or date, however odd (no catch-all hides a throw: these would see it)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.double(), fc.integer(), fc.date({ noInvalidDate: false }), fc.constantFrom(NaN, Infinity, -Infinity, -0, 1e308, 2958466)),
        fc.option(fc.integer({ min: 1900, max: 2100 })),
        (v, y) => {
          const r = parseDeadline(v, y ?? undefined);
          expect(typeof r.ok).toBe('boolean');
        },
      ),
      { numRuns: 2000 },
    );
  });

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

describe('parseDeadline: ranges, abbreviations and parts stay stable', () => {
  // A cadence word before a month number: the month is its own clause however the year is joined,
  // so the canonical form reads back as the same kind (found by the property below, seed -81770401).
  test.each<[string, string, string]>([
    ['Định kỳ tháng 6 - 2023', 'Định kỳ tháng 06/2023', 'several'],
    ['Định kỳ tháng 6/2023', 'Định kỳ tháng 06/2023', 'several'],
    ['Định kỳ tháng 06/2023', 'Định kỳ tháng 06/2023', 'several'],
    ['Định kỳ hằng tháng 6/2023', 'Định kỳ hằng tháng 06/2023', 'month'],
    ['hằng tháng 6/2023', 'hằng tháng 06/2023', 'month'],
    ['hằng tháng 6 - 2023', 'hằng tháng 06/2023', 'month'],
    // no month number after the cadence: one recurring clause, a year may follow
    ['Định kỳ tháng', 'Định kỳ tháng', 'recurring'],
    ['Định kỳ 6 tháng 2024', 'Định kỳ 6 tháng 2024', 'recurring'],
    ['Định kỳ hằng quý', 'Định kỳ hằng quý', 'recurring'],
    ['Hằng tháng', 'Hằng tháng', 'recurring'],
    ['Định kỳ Quý 1', 'Định kỳ Quý I', 'several'],
    ['Định kỳ quý I/2023', 'Định kỳ quý I/2023', 'several'],
    // "quý 1/2023" is the first quarter, not January
    ['Định kỳ Quý 1/2023', 'Định kỳ Quý I/2023', 'several'],
    // two dates joined by a bare hyphen that is no span (the second is earlier): spaced, read back alike
    ['15tháng 3-20/02', '15/03 - 20/02', 'several'],
    ['15/03 - 20/02', '15/03 - 20/02', 'several'],
  ])('%j → %j (%s), and back', (input, canonical, kind) => {
    const r = parseDeadline(input, 2023);
    expect(r.ok && [r.canonical, r.kind]).toEqual([canonical, kind]);
    const again = parseDeadline(canonical, 2023);
    expect(again.ok && [again.canonical, again.kind, again.nonstandard]).toEqual([canonical, kind, false]);
  });

  test('on strings built from the pieces of the newer forms', () => {
    const piece = fc.constantFrom(
      'Quý ', 'Q', 'Q.', 'T', 'Tháng ', 'tháng ', 'I', 'II', 'IV', 'V', 'l', '1', '3', '6', '12', '13', '-', ' - ', ' đến ',
      ' tới ', 'Từ ', 'Đầu ', 'Giữa ', 'Cuối ', 'năm ', 'Năm ', 'Giai đoạn ', '2024', '2025', '2023', '/', ', ', ' và ',
      'hằng ', 'Định kỳ ', '6 tháng', 'báo cáo ', 'ngày ', 'Trước ', '15/6', '31/12', '29/02', 'hết ', ';', ' ',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), fc.option(fc.integer({ min: 2020, max: 2026 })), (pieces, y) => {
        const s = pieces.join('');
        const plan = y ?? undefined;
        const r = parseDeadline(s, plan);
        expect(r.text).toBe(s);
        if (r.ok) {
          const again = parseDeadline(r.canonical, plan);
          expect(again.ok && [again.canonical, again.kind, again.due, again.years, again.nonstandard]).toEqual([
            r.canonical,
            r.kind,
            r.due,
            r.years,
            false,
          ]);
        }
      }),
      { numRuns: 4000 },
    );
  });
});

// Their speed (linear in the length: labels are short, cadence lists bounded) is measured by
// `npm run bench`, not here.
describe('parseDeadline on long cells', () => {
  test.each([['quý, '.repeat(5000) + 'x'], ['hằng tháng, '.repeat(4000) + '!'], ['Quý I/2024 '.repeat(3000) + 'x']])(
    'answers, and does not call them deadlines',
    (s) => {
      expect(parseDeadline(s, PLAN).ok).toBe(false);
    },
    30_000,
  );
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
