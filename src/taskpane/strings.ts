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

  // Results of what the clerk pressed.
  fixAllLabel: (count: number): string => `Sửa tất cả (${n(count)} vấn đề)`,
  /** The words the Dự toán wrote, once (the cell itself says "(Bằng chữ: …)"). */
  budgetWords: (words: string): string => `Số tiền bằng chữ đã ghi: ${words}.`,

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

  // The summary of a check.
  summaryLabel: 'Tóm tắt kết quả kiểm tra',
  resultLabel: 'Kết quả kiểm tra',
  sheet: 'Trang tính',
  sheetKind: { tasks: 'bảng nhiệm vụ', budget: 'bảng dự toán kinh phí', none: 'không nhận ra bảng' } as const,
  taskCount: (count: number): string => `, ${n(count)} nhiệm vụ`,
  budgetLineCount: (count: number): string => `, ${n(count)} dòng chi`,
  directory: 'Danh mục:',
  directorySource: {
    title: ' (tự chọn theo cơ quan ban hành ở tiêu đề)',
    year: ' (tự chọn theo năm kế hoạch)',
    config: ' (chọn trong Cài đặt)',
  } as const,

  // Công cụ.
  toolsLabel: 'Công cụ cho cả bảng',
  renumberTip: 'Đánh lại số thứ tự nhiệm vụ trong từng mục (1, 2, 3…) và số La Mã của các mục (I, II, III…).',
  renumberHint: 'Sửa số thứ tự bị nhảy hoặc trùng sau khi thêm, xóa dòng. Bấm “Hoàn tác” nếu muốn trả lại.',
  listsTip: 'Đặt danh sách thả xuống cho cột Chủ trì và cột Kinh phí, lấy từ danh mục trong Cài đặt.',
  listsHint: 'Sau đó mỗi ô Chủ trì, Kinh phí có mũi tên để chọn tên đúng, tránh gõ sai.',

  // The template library.
  templateNone: 'Không có nhiệm vụ mẫu nào khớp.',
  templateProduct: 'Sản phẩm:',
  templateLead: 'Chủ trì:',
  templatePartners: 'phối hợp:',
  templateDeadline: 'Thời gian:',
  templateFunding: 'kinh phí:',
  templateNoSections: 'Bảng chưa có mục nào (I, II, ...).',
  templateNeedsCheck: 'Hãy bấm “Kiểm tra” để đọc các mục của bảng.',
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
