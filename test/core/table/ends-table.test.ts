import { endsTable } from '../../../src/core/table/classify';

test.each([
  ['Nơi nhận:', 1, true],
  ['KT. GIÁM ĐỐC', 2, true],
  ['KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 1, true],
  ['GIÁM ĐỐC', 1, true],
  ['Ghi chú: các phòng báo cáo trước ngày 15', 1, true],
  ['- Lưu: VT, VP.', 1, true],
  ['(Bằng chữ: Hai mươi triệu đồng)', 1, true],
  ['Người lập biểu', 3, true],
  ['Giám đốc Sở chủ trì họp đánh giá', 3, false],
  ['Lưu trữ hồ sơ điện tử', 2, false],
  ['Kế toán tài sản công', 2, false],
  ['Thủ trưởng các đơn vị tổ chức thực hiện', 1, false],
  ['GIÁM ĐỐC', 6, false],
])('%j (%i cells) ends the table: %s', (text, cells, want) => {
  expect(endsTable(text, cells)).toBe(want);
});
