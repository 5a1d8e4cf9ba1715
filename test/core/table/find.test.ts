import { findTable } from '../../../src/core/table/find';
import { SheetView } from '../../../src/core/table/sheet';
import { gridOf } from '../../helpers/grid';

describe('findTable', () => {
  const cases: {
    name: string;
    rows: (string | number | null)[][];
    merges?: string[];
    want: null | { kind: string; headerRows: number[]; columns?: Record<string, number>; firstDataRow?: number };
  }[] = [
    {
      name: 'Quảng Trị: one header row, nine roles',
      rows: [['Phụ lục'], [], ['STT', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động', 'Sản phẩm/kết quả', 'Chủ trì', 'Phối hợp', 'Thời gian thực hiện', 'Kinh phí']],
      want: { kind: 'tasks', headerRows: [2], columns: { stt: 0, objective: 1, task: 2, activity: 3, product: 4, lead: 5, partners: 6, deadline: 7, funding: 8 } },
    },
    {
      name: 'Bình Định: two header rows under "Trách nhiệm cụ thể", abbreviations',
      rows: [['Phụ lục 1'], ['SỐ TT', 'Nhiệm vụ cụ thể', 'Trách nhiệm cụ thể', null, 'Sản phẩm', 'T. gian hoàn thành'], [null, null, 'Đơn vị chủ trì', 'Đơn vị phối hợp']],
      merges: ['C2:D2', 'A2:A3', 'B2:B3', 'E2:E3', 'F2:F3'],
      want: { kind: 'tasks', headerRows: [1, 2], columns: { stt: 0, task: 1, lead: 2, partners: 3, product: 4, deadline: 5 } },
    },
    {
      name: 'other synonyms, NFD text, lower case, column-number row',
      rows: [['TT', 'Nội dung công việc'.normalize('NFD'), 'cơ quan chủ trì', 'Đ. vị phối hợp', 'Thời hạn', 'Nguồn kinh phí'], ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)']],
      want: { kind: 'tasks', headerRows: [0, 1], columns: { stt: 0, task: 1, lead: 2, partners: 3, deadline: 4, funding: 5 } },
    },
    {
      name: 'budget table',
      rows: [['KẾ HOẠCH DỰ TRÙ KINH PHÍ'], ['STT', 'Nội dung chi tiết', 'Đơn vị tính', 'Số lượng', 'Định mức', 'Số tiền']],
      want: { kind: 'budget', headerRows: [1], columns: { stt: 0, item: 1, unit: 2, quantity: 3, rate: 4, amount: 5 } },
    },
    {
      name: 'Đơn vị/cá nhân thực hiện, Thời điểm hoàn thành, Kết quả, sản phẩm, a Ghi chú column',
      rows: [['Số thứ tự', 'Nội dung nhiệm vụ', 'Đơn vị, cá nhân thực hiện', 'Thời điểm hoàn thành', 'Kết quả, sản phẩm', 'Ghi chú']],
      want: { kind: 'tasks', headerRows: [0], columns: { stt: 0, task: 1, lead: 2, deadline: 3, product: 4 } },
    },
    {
      name: 'Cơ quan phụ trách, Hạn hoàn thành',
      rows: [['TT', 'Công việc', 'Cơ quan phụ trách', 'Cơ quan phối hợp', 'Hạn hoàn thành']],
      want: { kind: 'tasks', headerRows: [0], columns: { stt: 0, task: 1, lead: 2, partners: 3, deadline: 4 } },
    },
    {
      name: 'Thời gian merged over Bắt đầu | Kết thúc: the deadline is the end',
      rows: [['STT', 'Nhiệm vụ', 'Chủ trì', 'Thời gian', null], [null, null, null, 'Bắt đầu', 'Kết thúc']],
      merges: ['D1:E1', 'A1:A2', 'B1:B2', 'C1:C2'],
      want: { kind: 'tasks', headerRows: [0, 1], columns: { stt: 0, task: 1, lead: 2, deadline: 4 } },
    },
    {
      name: 'budget of amounts only',
      rows: [['STT', 'Nội dung', 'Kinh phí (đồng)', 'Ghi chú']],
      want: { kind: 'budget', headerRows: [0], columns: { stt: 0, item: 1, amount: 2 } },
    },
    {
      name: 'STT | Nội dung | Kinh phí with who and when under a group header is a task table',
      rows: [['STT', 'Nội dung', 'Kinh phí', 'Trách nhiệm', null], [null, null, null, 'Chủ trì', 'Phối hợp']],
      merges: ['D1:E1', 'A1:A2', 'B1:B2', 'C1:C2'],
      want: { kind: 'tasks', headerRows: [0, 1], columns: { stt: 0, task: 1, funding: 2, lead: 3, partners: 4 } },
    },
    { name: 'empty sheet', rows: [], want: null },
    { name: 'a letter, not a table', rows: [['Kính gửi: Sở Nội vụ'], ['Nội dung: báo cáo kết quả'], ['Thời gian: tháng 3']], want: null },
    { name: 'only two roles', rows: [['STT', 'Nhiệm vụ']], want: null },
    { name: 'a data row of numbers', rows: [['1', '2', '3', '4']], want: null },
    {
      name: 'header below the plan text (row 46)',
      rows: [...Array.from({ length: 45 }, (_, i) => [i % 2 ? 'Các phòng, đơn vị thuộc Sở thực hiện nghiêm các nhiệm vụ được giao.' : null]), ['STT', 'Nhiệm vụ', 'Chủ trì', 'Thời gian thực hiện']],
      want: { kind: 'tasks', headerRows: [45], columns: { stt: 0, task: 1, lead: 2, deadline: 3 } },
    },
    {
      name: 'three rows: Kế hoạch thực hiện over Trách nhiệm thực hiện over Chủ trì | Phối hợp, then (1) (2) …',
      rows: [
        ['STT', 'Nội dung nhiệm vụ', 'Sản phẩm', 'Kế hoạch thực hiện', null, null, 'Nguồn kinh phí'],
        [null, null, null, 'Trách nhiệm thực hiện', null, 'Thời gian hoàn thành', null],
        [null, null, null, 'Chủ trì', 'Phối hợp', null, null],
        ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)'],
        ['1. CẢI CÁCH THỂ CHẾ'],
      ],
      merges: ['A1:A3', 'B1:B3', 'C1:C3', 'D1:F1', 'G1:G3', 'D2:E2', 'F2:F3', 'A5:G5'],
      want: { kind: 'tasks', headerRows: [0, 1, 2, 3], columns: { stt: 0, task: 1, product: 2, lead: 3, partners: 4, deadline: 5, funding: 6 } },
    },
    {
      name: 'three rows: a group row of labels only, then the roles, Thời gian over Bắt đầu | Hoàn thành',
      rows: [
        ['TT', 'Nhiệm vụ', 'Tổ chức thực hiện', null, null, null],
        [null, null, 'Trách nhiệm', null, 'Thời gian thực hiện', null],
        [null, null, 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Bắt đầu', 'Hoàn thành'],
        [1, 'Rà soát', 'Văn phòng Sở', null, 'Quý I/2026', 'Quý II/2026'],
      ],
      merges: ['A1:A3', 'B1:B3', 'C1:F1', 'C2:D2', 'E2:F2'],
      want: { kind: 'tasks', headerRows: [0, 1, 2], columns: { stt: 0, task: 1, lead: 2, partners: 3, deadline: 5 }, firstDataRow: 3 },
    },
    {
      // group labels written over blank cells, never merged (Center Across Selection, or a file
      // written by a script): the same header, not a budget of "STT | Nội dung | Kinh phí"
      name: 'three rows, group labels not merged: Kế hoạch thực hiện over Trách nhiệm thực hiện over Chủ trì | Phối hợp',
      rows: [
        ['STT', 'Nội dung', 'Sản phẩm', 'Kế hoạch thực hiện', null, null, 'Kinh phí'],
        [null, null, null, 'Trách nhiệm thực hiện', null, 'Thời hạn hoàn thành', null],
        [null, null, null, 'Chủ trì', 'Phối hợp', null, null],
        ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH'],
        [1, 'Ban hành kế hoạch', 'Kế hoạch', null, 'Văn phòng Sở', 'Quý I/2026', 'Kinh phí thường xuyên'],
      ],
      want: { kind: 'tasks', headerRows: [0, 1, 2], firstDataRow: 3, columns: { stt: 0, task: 1, product: 2, lead: 3, partners: 4, deadline: 5, funding: 6 } },
    },
    {
      name: 'three rows, not merged: a row of group labels only, then the roles, Thời gian over Bắt đầu | Hoàn thành',
      rows: [
        ['TT', 'Nhiệm vụ', 'Tổ chức thực hiện', null, null, null],
        [null, null, 'Trách nhiệm', null, 'Thời gian thực hiện', null],
        [null, null, 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Bắt đầu', 'Hoàn thành'],
        [1, 'Rà soát', 'Văn phòng Sở', null, 'Quý I/2026', 'Quý II/2026'],
      ],
      want: { kind: 'tasks', headerRows: [0, 1, 2], columns: { stt: 0, task: 1, lead: 2, partners: 3, deadline: 5 }, firstDataRow: 3 },
    },
    {
      name: 'two rows, not merged: Trách nhiệm over Chủ trì | Phối hợp',
      rows: [
        ['STT', 'Nhiệm vụ', 'Trách nhiệm', null, 'Thời gian thực hiện'],
        [null, null, 'Chủ trì', 'Phối hợp', null],
        [1, 'Rà soát văn bản', 'Văn phòng Sở', 'Thanh tra Sở', 'Quý I/2026'],
      ],
      want: { kind: 'tasks', headerRows: [0, 1], firstDataRow: 2, columns: { lead: 2, partners: 3, deadline: 4 } },
    },
    {
      name: 'a blank header cell does not draw the first data row into the header',
      rows: [
        ['STT', 'Nhiệm vụ', null, 'Chủ trì', 'Phối hợp', 'Thời gian thực hiện'],
        [null, 'Rà soát văn bản', 'Kinh phí thường xuyên', 'Văn phòng Sở', null, 'Quý I/2026'],
      ],
      want: { kind: 'tasks', headerRows: [0], firstDataRow: 1 },
    },
    {
      name: 'a two-row header is not stretched over the first data row',
      rows: [
        ['STT', 'Nhiệm vụ', 'Trách nhiệm', null, 'Thời gian thực hiện'],
        [null, null, 'Chủ trì', 'Phối hợp', null],
        [1, 'Rà soát văn bản', 'Văn phòng Sở', 'Thanh tra Sở', 'Quý I/2026'],
      ],
      merges: ['A1:A2', 'B1:B2', 'C1:D1', 'E1:E2'],
      want: { kind: 'tasks', headerRows: [0, 1], firstDataRow: 2 },
    },
    {
      name: 'a one-row header is not stretched over a section row merged across',
      rows: [['STT', 'Nhiệm vụ', 'Chủ trì', 'Phối hợp', 'Thời gian thực hiện'], ['I', 'CẢI CÁCH THỂ CHẾ'], [1, 'Rà soát', 'Văn phòng Sở', null, 'Quý I/2026']],
      merges: ['B2:E2'],
      want: { kind: 'tasks', headerRows: [0], firstDataRow: 1 },
    },
    {
      name: 'a group header over cells that are data, not roles: one row only',
      rows: [['STT', 'Nhiệm vụ', 'Kế hoạch', null, 'Chủ trì'], [null, 'Rà soát', 'Quý I', 'Quý II', 'Văn phòng Sở']],
      merges: ['C1:D1'],
      want: { kind: 'tasks', headerRows: [0], firstDataRow: 1 },
    },
  ];
  test.each(cases)('$name', ({ rows, merges, want }) => {
    const t = findTable(new SheetView(gridOf('S', rows, merges)));
    if (want === null) expect(t).toBeNull();
    else expect(t).toMatchObject(want);
  });
});
