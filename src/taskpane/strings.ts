/**
 * Every sentence the pane shows a clerk, in Vietnamese, in one place. One word for an issue of
 * any severity, *vấn đề*; *lỗi*, *cảnh báo*, *gợi ý* only for the severities themselves.
 * What an issue says and what a fix writes come from the engine (src/core/messages).
 */

/** "1.234" as a clerk writes numbers. */
const NUMBER = new Intl.NumberFormat('vi-VN');
const n = (x: number): string => NUMBER.format(x);

export const S = {
  // The Vấn đề tab and its toolbar.
  issuesTab: 'Vấn đề',
  issuesEmpty: 'Các vấn đề tìm được sẽ hiện ở đây, nhóm theo loại. Bấm vào một vấn đề để đến ô đó trên bảng.',
  fixableNow: (count: number): string => `Có ${n(count)} vấn đề sửa được ngay.`,
  fixableHint: (count: number): string => (count ? `${n(count)} vấn đề sửa tự động được` : 'Không có vấn đề nào sửa tự động được'),
  highlight: 'Tô màu',

  // The issue list.
  issueListLabel: (count: number): string => `Danh sách ${n(count)} vấn đề`,
  issueCount: (count: number): string => `${n(count)} vấn đề`,
  groupCollapse: 'Bấm để thu gọn nhóm này',
  groupExpand: 'Bấm để mở nhóm này',
  rowChip: (row: number): string => `Dòng ${row}`,
  selectCell: (cell: string): string => `Bấm để chọn ô ${cell} trên trang tính`,
  fix: 'Sửa',
  suggestion: (value: string): string => `Đề xuất: ${value}`,
  noIssues: 'Không phát hiện vấn đề nào.',
  noIssuesHint: 'Khi sửa bảng, bấm “Kiểm tra” lần nữa để xem lại.',

  // The template library.
  searchClear: 'Xóa nội dung tìm kiếm',
  templateYearUnknown: '[năm] là năm kế hoạch của bảng: phuluc đọc năm khi chèn (bấm “Kiểm tra” để xem trước).',

  // The summary: counts by severity, the plan year.
  countsLabel: (total: number): string => `${n(total)} vấn đề theo mức độ`,
  planYear: 'Năm kế hoạch',
  planYearUp: 'Tăng năm kế hoạch',
  planYearDown: 'Giảm năm kế hoạch',
  planYearUnknown: 'Chưa xác định được năm: hãy nhập năm.',
  planYearNotYear: (text: string): string =>
    text === '' ? 'Hãy nhập năm kế hoạch: 4 chữ số, ví dụ 2024.' : `Chưa đổi năm: “${text}” không phải năm có 4 chữ số (ví dụ 2024).`,
  planYearOutOfRange: (year: number, min: number, max: number): string =>
    `Chưa đổi năm: ${year} nằm ngoài khoảng phuluc kiểm tra được (${min}–${max}).`,
} as const;
