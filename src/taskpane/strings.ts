/**
 * Every sentence the pane shows a clerk, in Vietnamese, in one place. One word for an issue of
 * any severity, *vấn đề*; *lỗi*, *cảnh báo*, *gợi ý* only for the severities themselves.
 * What an issue says and what a fix writes come from the engine (src/core/messages).
 */

/** "1.234" as a clerk writes numbers. */
const NUMBER = new Intl.NumberFormat('vi-VN');
const n = (x: number): string => NUMBER.format(x);

export const S = {
  // The issue list.
  issueListLabel: (count: number): string => `Danh sách ${n(count)} vấn đề`,
  issueCount: (count: number): string => `${n(count)} vấn đề`,
  groupCollapse: 'Bấm để thu gọn nhóm này',
  groupExpand: 'Bấm để mở nhóm này',
  rowChip: (row: number): string => `Dòng ${row}`,
  selectCell: (cell: string): string => `Bấm để chọn ô ${cell} trên trang tính`,
  fix: 'Sửa',
  suggestion: (value: string): string => `Đề xuất: ${value}`,
} as const;
