import { WorkbookError, type WorkbookErrorDetail } from '../excel/types';
import { S } from './strings';

/** What the user reads when the workbook refuses: one Vietnamese sentence per kind. */
const MESSAGES: Record<WorkbookError['kind'], string> = {
  'no-sheet': 'Không tìm thấy trang tính đang mở. Hãy mở trang tính Phụ lục rồi thử lại.',
  'too-large': 'Trang tính quá lớn để đọc trong một lần. Hãy xóa các dòng, cột thừa ở cuối bảng rồi thử lại.',
  unsupported:
    'Phiên bản Excel này không hỗ trợ thao tác này. Cần Excel cho Microsoft 365, Excel 2021 trở lên hoặc Excel trên web.',
  'write-failed':
    'Không ghi được vào trang tính. Trang tính có thể đang được bảo vệ hoặc một ô đang được sửa: hãy thoát khỏi ô đang sửa rồi thử lại.',
  'read-failed': 'Không đọc được trang tính. Hãy thử lại; nếu vẫn lỗi, đóng và mở lại tệp.',
  'sheet-changed': S.sheetChanged([], 0),
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
  'sheet-changed': S.sheetChangedTitle,
  protected: 'Trang tính được bảo vệ',
  'table-formula': 'Ô nằm trong Bảng Excel',
  'undo-stale': S.undoneTitle,
};

export interface PaneError {
  title: string;
  message: string;
  /** A one-click way out shown with the message: 'recheck' reads and checks the sheet again. */
  action?: 'recheck';
}

/** Where the error happened, for messages that name it (the undo entry's label). */
export interface ErrorContext {
  undoLabel?: string | null;
}

function isWorkbookError(e: unknown): e is WorkbookError {
  return e instanceof WorkbookError || (e instanceof Error && e.name === 'WorkbookError' && 'kind' in e);
}

function changedCells(d: WorkbookErrorDetail): { cells: string[]; count: number } {
  const cells = (d.changes ?? []).slice(0, 5).map((c) => c.address);
  return { cells, count: Math.max(d.changeCount ?? 0, d.changes?.length ?? 0, cells.length) };
}

/** Any thrown value as a Vietnamese title and message (and a way out); never throws. */
export function describeError(e: unknown, context: ErrorContext = {}): PaneError {
  if (isWorkbookError(e)) {
    const kind = e.kind;
    const detail: WorkbookErrorDetail = e.detail ?? {};
    if (kind === 'sheet-changed') {
      const message = detail.reason === 'sheet-gone' ? S.sheetGone : S.sheetChanged(changedCells(detail).cells, changedCells(detail).count);
      return { title: ERROR_TITLES[kind], message, action: 'recheck' };
    }
    if (kind === 'undo-stale' && context.undoLabel) {
      const { cells, count } = changedCells(detail);
      if (detail.rowsMoved) {
        // Cells typed over are named first (where they are now); else the cells that only moved.
        const typed = (detail.changes ?? []).filter((c) => !c.moved);
        if (typed.length) return { title: ERROR_TITLES[kind], message: S.undoStale(context.undoLabel, typed.slice(0, 5).map((c) => c.address), typed.length) };
        return { title: ERROR_TITLES[kind], message: S.undoMoved(context.undoLabel, detail.rowsMoved, cells, count) };
      }
      return { title: ERROR_TITLES[kind], message: S.undoStale(context.undoLabel, cells, count) };
    }
    if (kind === 'unsupported' && detail.userMessage) return { title: S.notOnThisPage, message: detail.userMessage };
    if (kind === 'no-sheet' && e.message === S.noCheckYet) return { title: ERROR_TITLES[kind], message: S.noCheckYet };
    if (kind in MESSAGES) return { title: ERROR_TITLES[kind], message: MESSAGES[kind] };
  }
  return {
    title: 'Đã xảy ra lỗi',
    message: 'Thao tác chưa thực hiện được do một lỗi không lường trước. Hãy thử lại; nếu vẫn lỗi, hãy đóng rồi mở lại ngăn tác vụ.',
  };
}
