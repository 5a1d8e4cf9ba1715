/**
 * Every sentence the Office.js adapter gives the user, in Vietnamese: why Excel refused a read
 * or a write, which requirement set a feature needs, what changed since the check, and the
 * labels the adapter writes into Excel itself (undo journal fill names, list titles and prompts).
 * The pane shows the adapter's errors as they are (src/taskpane/errors.ts); this module imports
 * nothing.
 */
export const ES = {
  // Fills as the undo journal names them (journal.ts).
  noFill: 'không tô',
  fillDesc: (color: string, pattern?: string): string =>
    `tô ${color}${pattern && pattern !== 'Solid' ? ` ${pattern}` : ''}`,
  // The lists sheet and its validation prompt (lists.ts).
  listTitle: 'Danh sách chọn',
  notInList: 'Giá trị này không có trong danh sách. Vẫn giữ?',
  // Excel refusing a read or a write; requirement sets (office-adapter.ts).
  writeNotKept: (addresses: string): string =>
    `Excel không giữ đúng nội dung phuluc ghi (${addresses}); đã trả lại như cũ.`,
  apiUnsupported: (message: string | number): string =>
    `Phiên bản Excel này chưa hỗ trợ thao tác cần thiết (${message}).`,
  writeRefused: (message: string | number): string =>
    `Excel từ chối ghi: trang tính có thể đang được bảo vệ (${message}).`,
  readFailed: 'Không đọc được trang tính',
  writeFailed: 'Không ghi được vào trang tính',
  paintNeedsApi14: 'Tô màu cần Excel 2016 bản cập nhật trở lên (ExcelApi 1.4) để nhớ các ô đã tô.',
  listsNeedApi18: 'Danh sách chọn cần Excel 2019 trở lên, Excel cho Microsoft 365 hoặc Excel trên web (ExcelApi 1.8).',
  settingsNeedApi14: 'Phiên bản Excel này không lưu được cài đặt trong tệp (cần ExcelApi 1.4).',
  // Highlighting (paint.ts).
  paintUndoLabel: 'Tô màu các ô có vấn đề',
  // Reading (read.ts).
  sheetTooLarge: (bottom: string | number, width: string | number): string =>
    `Trang tính quá lớn để kiểm tra (${bottom} dòng × ${width} cột).`,
  // Creating sheets (sheets.ts).
  badSheetName: (name: string | number): string =>
    `Tên trang tính không hợp lệ: "${name}".`,
  tooManySheetsNamed: (name: string | number): string =>
    `Đã có quá nhiều trang tính tên "${name}"; hãy đổi tên hoặc xóa bớt.`,
  freezeHeader: 'cố định dòng tiêu đề',
  pageSetup: 'thiết lập trang in (khổ A4, in lặp dòng tiêu đề)',
  listWord: 'danh sách chọn',
  statusListNeedsApi18: 'Cột tình hình thực hiện có danh sách chọn cần Excel 2019 trở lên, Excel cho Microsoft 365 hoặc Excel trên web (ExcelApi 1.8).',
  cellTaken: (col: string, row: string | number, column: string): string =>
    `Ô ${col}${row} đã có dữ liệu; phuluc không ghi đè. Hãy để trống cột ${column} rồi thử lại.`,
  pickFromList: 'Nên chọn một giá trị trong danh sách. Vẫn giữ?',
  // Writing fixes (write.ts).
  checkedSheetGone: 'Trang tính đã được kiểm tra không còn trong sổ làm việc.',
  sheetProtected: (sheetName: string | number): string =>
    `Trang tính "${sheetName}" đang được bảo vệ.`,
  sheetChanged: (name: string | number, address: string | number): string =>
    `Trang tính "${name}" đã thay đổi kể từ lần kiểm tra: ${address}.`,
  formulaIntoTable: (name: string | number): string =>
    `Công thức sẽ rơi vào cột của Bảng "${name}".`,
  changedAfterWrite: (address: string | number): string =>
    `Các ô đã thay đổi sau khi phuluc ghi: ${address}.`,
  // Legacy text in cells with per-run formatting (write.ts).
  richTextNeedsApi118: (cells: string): string =>
    `Ô ${cells} có thể có chữ định dạng từng phần (đậm, nghiêng, phông riêng…); phiên bản Excel này (chưa có ExcelApi 1.18) không ghi được từng phần nên phuluc không ghi, để khỏi mất định dạng. Hãy sửa tay.`,
  richTextLost: (cells: string): string =>
    `Ô ${cells} có chữ định dạng từng phần (đậm, nghiêng, phông riêng…); ghi chữ mới sẽ làm mất định dạng đó nên phuluc không ghi. Hãy sửa tay.`,
  richTextNotKept: (cell: string): string =>
    `Ô ${cell} có chữ định dạng từng phần mà chuyển từng phần không ra đúng chữ đã kiểm tra; phuluc không ghi để khỏi mất định dạng. Hãy sửa tay.`,
} as const;
