import { findTable } from '../../../src/core/table/find';
import { SheetView } from '../../../src/core/table/sheet';
import { gridOf } from '../../helpers/grid';

describe('findTable', () => {
  const cases: { name: string; rows: (string | null)[][]; merges?: string[]; want: null | { kind: string; headerRows: number[]; columns: Record<string, number> } }[] = [
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
    { name: 'header too far down (past 40 rows)', rows: [...Array.from({ length: 45 }, () => ['x']), ['STT', 'Nhiệm vụ', 'Chủ trì', 'Thời gian thực hiện']], want: null },
  ];
  test.each(cases)('$name', ({ rows, merges, want }) => {
    const t = findTable(new SheetView(gridOf('S', rows, merges)));
    if (want === null) expect(t).toBeNull();
    else expect(t).toMatchObject(want);
  });
});
