import { WorkbookError } from '../excel/types';

/** What the user reads when the workbook refuses: one Vietnamese sentence per kind. */
const MESSAGES: Record<WorkbookError['kind'], string> = {
  'no-sheet': 'Không tìm thấy trang tính đang mở. Hãy mở trang tính Phụ lục rồi thử lại.',
  'too-large': 'Trang tính quá lớn để đọc trong một lần. Hãy xóa các dòng, cột thừa ở cuối bảng rồi thử lại.',
  unsupported:
    'Phiên bản Excel này không hỗ trợ thao tác này. Cần Excel cho Microsoft 365, Excel 2021 trở lên hoặc Excel trên web.',
  'write-failed':
    'Không ghi được vào trang tính. Trang tính có thể đang được bảo vệ hoặc một ô đang được sửa: hãy thoát khỏi ô đang sửa rồi thử lại.',
  'read-failed': 'Không đọc được trang tính. Hãy thử lại; nếu vẫn lỗi, đóng và mở lại tệp.',
};

export const ERROR_TITLES: Record<WorkbookError['kind'], string> = {
  'no-sheet': 'Không có trang tính',
  'too-large': 'Trang tính quá lớn',
  unsupported: 'Excel không hỗ trợ',
  'write-failed': 'Không ghi được',
  'read-failed': 'Không đọc được',
};

export interface PaneError {
  title: string;
  message: string;
}

/** Any thrown value as a Vietnamese title and message; never throws. */
export function describeError(e: unknown): PaneError {
  if (e instanceof WorkbookError || (e instanceof Error && e.name === 'WorkbookError' && 'kind' in e)) {
    const kind = (e as WorkbookError).kind;
    if (kind in MESSAGES) return { title: ERROR_TITLES[kind], message: MESSAGES[kind] };
  }
  return {
    title: 'Đã xảy ra lỗi',
    message: 'Thao tác chưa thực hiện được do một lỗi không lường trước. Hãy thử lại; nếu vẫn lỗi, hãy đóng rồi mở lại ngăn tác vụ.',
  };
}
