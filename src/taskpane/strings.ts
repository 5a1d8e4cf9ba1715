/**
 * The pane's messages about writing safely: sheet changed since the check, refused undo, lists
 * over the user's own rules, inserts, settings import. Every user-facing sentence issue 6 added
 * lives here (Vietnamese), so that wording and accessibility can be reworked in one place.
 * The message shown where the bundle cannot start is in unsupported-host.json (taskpane.html
 * shows it before any script of ours runs).
 */
export { default as UNSUPPORTED_HOST } from './unsupported-host.json';

/** "1.234" as a clerk writes numbers. */
const NUMBER = new Intl.NumberFormat('vi-VN');
const n = (x: number): string => NUMBER.format(x);

export const S = {
  recheck: 'Kiểm tra lại',

  // A write refused because the sheet is no longer what the check read.
  sheetChangedTitle: 'Trang tính đã thay đổi',
  sheetChanged: (cells: readonly string[], count: number): string =>
    'Trang tính đã thay đổi từ lần kiểm tra trước nên phuluc chưa ghi gì' +
    (cells.length ? ` (ô ${cells.join(', ')}${count > cells.length ? ` và ${n(count - cells.length)} ô khác` : ''} không còn như lúc kiểm tra)` : '') +
    '. Hãy bấm “Kiểm tra lại” rồi sửa.',
  sheetGone: 'Trang tính đã kiểm tra không còn trong tệp (đã bị xóa) nên phuluc chưa ghi gì. Hãy mở trang tính Phụ lục rồi bấm “Kiểm tra lại”.',
  notOnThisPage: 'Chưa làm được ở đây',
  noCheckYet: 'Hãy bấm “Kiểm tra” trước: phuluc chỉ ghi vào trang tính vừa đọc.',

  // Sửa, Sửa tất cả.
  fixNotNow: 'Chưa sửa được lỗi này cùng lúc với các thay đổi khác: hãy bấm “Kiểm tra lại” rồi sửa.',
  fixesRefused: (count: number): string =>
    `${n(count)} cách sửa không được ghi vì sẽ không hết lỗi hoặc gây lỗi mới: hãy xem và sửa tay.`,
  fixesLater: (count: number): string => `${n(count)} lỗi còn lại sẽ sửa được khi bấm “Sửa tất cả” lần nữa.`,

  // Hoàn tác.
  undoneTitle: 'Không hoàn tác được',
  undoStale: (label: string, cells: readonly string[], count: number): string =>
    `Không hoàn tác “${label}”: ` +
    (cells.length ? `ô ${cells.join(', ')}${count > cells.length ? ` và ${n(count - cells.length)} ô khác` : ''} ` : 'các ô phuluc đã ghi ') +
    'đã được sửa sau đó, phuluc không ghi đè lên thay đổi mới. Thao tác này vẫn còn trong danh sách hoàn tác: trả lại các ô đó như phuluc đã ghi (hoặc dùng Ctrl+Z của Excel) rồi bấm “Hoàn tác” lần nữa.',
  undone: (label: string): string => `Đã hoàn tác: ${label}`,
  alreadyUndone: (label: string): string => `“${label}” đã được hoàn tác trong Excel (Ctrl+Z): phuluc không cần ghi gì thêm.`,
  nothingToUndo: 'Không còn thao tác nào để hoàn tác.',
  undoTip: (label: string | null): string =>
    label ? `Hoàn tác: ${label}. Trả lại đúng nội dung trước lần ghi này của phuluc.` : 'Chưa có thao tác nào của phuluc để hoàn tác.',

  // Highlights.
  cleared: (restored: number, changed: number): string =>
    `Đã trả lại màu nền cũ cho ${n(restored)} ô do phuluc tô.` +
    (changed ? ` ${n(changed)} ô đã được tô lại sau đó nên được giữ nguyên.` : ''),
  nothingToClear: 'Không có ô nào do phuluc tô màu trong tệp này: không có gì để xóa.',
  clearNotUndoable: 'Xóa tô màu không hoàn tác được (có thể bấm “Tô màu lỗi” để tô lại).',

  // Danh sách chọn over the user's own data validation.
  ownRulesTitle: 'Cột đã có quy tắc nhập liệu riêng',
  ownRules: (addresses: readonly string[]): string =>
    `Các ô ${addresses.join(', ')} đã có quy tắc kiểm tra dữ liệu do người dùng đặt. Thay bằng danh sách chọn của phuluc? (Bấm “Hoàn tác” sau đó sẽ trả lại quy tắc cũ.)`,
  replaceOwnRules: 'Thay bằng danh sách chọn',
  keepOwnRules: 'Giữ quy tắc cũ',
  keptOwnRules: 'Đã giữ nguyên quy tắc nhập liệu của bạn; không đặt danh sách chọn.',
  listsSet: (columns: number): string => `Đã đặt danh sách chọn cho ${n(columns)} cột (Chủ trì, Kinh phí).`,

  // Inserting a standard task.
  insertWillRenumber: (count: number): string =>
    count === 0
      ? 'Chèn không làm đổi số thứ tự của dòng nào khác.'
      : `Sau khi chèn, ${n(count)} ô số thứ tự bên dưới sẽ được đánh lại cho liền mạch.`,
  insertAsk: (row: number, count: number): string =>
    `Nhiệm vụ sẽ được chèn vào dòng ${n(row)}; ${n(count)} ô số thứ tự bên dưới sẽ được đánh lại cho liền mạch (các lỗi số thứ tự khác được giữ nguyên để bạn xem). Chèn?`,
  insertAskTitle: 'Chèn và đánh lại số thứ tự',
  insertYes: 'Chèn',
  insertNo: 'Thôi',
  insertCancelled: 'Đã thôi, không chèn gì.',
  inserted: (task: string, row: number, renumbered: number): string =>
    `Đã chèn “${task}” vào dòng ${n(row)}` + (renumbered ? `, đánh lại ${n(renumbered)} ô số thứ tự bên dưới.` : '.'),
  insertNeedsCheck: 'Hãy bấm “Kiểm tra” trước để phuluc đọc các mục của bảng.',
  insertNotTasks: 'Trang tính này không phải bảng nhiệm vụ: không chèn được.',
  insertPickRow: 'Hãy chọn một ô trong bảng (dưới dòng tiêu đề) rồi thử lại.',
  insertNoSection: 'Không tìm thấy mục đã chọn trong bảng: hãy bấm “Kiểm tra lại”.',

  // Settings import and export.
  settingsImported: (mode: 'extend' | 'replace', units: number, funding: number, planYear?: number): string =>
    (mode === 'extend'
      ? `Đã nhập cài đặt: thêm ${n(units)} đơn vị và ${n(funding)} nguồn kinh phí vào danh mục sẵn có`
      : `Đã nhập cài đặt: thay danh mục sẵn có bằng ${n(units)} đơn vị và ${n(funding)} nguồn kinh phí`) +
    (planYear ? `, năm kế hoạch ${planYear}` : '') +
    '. Bấm “Lưu cài đặt” để lưu vào tệp Excel.',
  settingsModeLabel: 'Danh mục đơn vị và nguồn kinh phí',
  settingsExtend: 'Thêm vào danh mục có sẵn của phuluc',
  settingsReplace: 'Thay danh mục có sẵn bằng danh mục dưới đây',
  settingsBuiltIn: (units: number, funding: number): string =>
    `Danh mục có sẵn của phuluc: ${n(units)} đơn vị, ${n(funding)} nguồn kinh phí.`,
  settingsUnitsExtend: 'Đơn vị thêm vào danh mục có sẵn',
  settingsFundingExtend: 'Nguồn kinh phí thêm vào danh mục có sẵn',
  settingsPlanYear: 'Năm kế hoạch',
  settingsPlanYearHint: 'Để trống: phuluc đọc năm từ tiêu đề bảng.',
  settingsBadYear: 'Năm kế hoạch phải là một năm có 4 chữ số, ví dụ 2025 (hoặc để trống).',
  settingsSaved: 'Đã lưu cài đặt vào tệp Excel. Lưu cài đặt không hoàn tác bằng nút “Hoàn tác”: muốn trả lại, hãy sửa rồi lưu lại.',
  settingsReplaceWarning:
    'Tệp này dùng chế độ “replace”: danh mục đơn vị và nguồn kinh phí có sẵn của phuluc sẽ không được dùng, chỉ dùng danh mục trong tệp.',
} as const;
