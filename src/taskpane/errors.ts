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
  'sheet-changed': 'Trang tính đã thay đổi kể từ lần kiểm tra trước nên phuluc chưa ghi gì. Hãy bấm Kiểm tra lại rồi sửa.',
  protected: 'Trang tính đang được bảo vệ nên phuluc chưa ghi gì. Hãy bỏ bảo vệ trang tính rồi thử lại.',
  'table-formula':
    'Ô cần ghi công thức nằm trong một Bảng Excel: công thức sẽ bị chép xuống cả cột, nên phuluc chưa ghi gì.',
  'undo-stale': 'Các ô đã bị sửa sau khi phuluc ghi nên không hoàn tác được (phuluc không ghi đè lên thay đổi mới).',
};

export const ERROR_TITLES: Record<WorkbookError['kind'], string> = {
  'no-sheet': 'Không có trang tính',
  'too-large': 'Trang tính quá lớn',
  unsupported: 'Excel không hỗ trợ',
  'write-failed': 'Không ghi được',
  'read-failed': 'Không đọc được',
  'sheet-changed': 'Trang tính đã thay đổi',
  protected: 'Trang tính được bảo vệ',
  'table-formula': 'Ô nằm trong Bảng Excel',
  'undo-stale': 'Không hoàn tác được',
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
