/**
 * Every sentence the .xlsx package reader and writer give a user, in Vietnamese: why a file is
 * refused (not an .xlsx, damaged, encrypted, over a size limit) and why a fix is refused (what
 * deleting or inserting rows would lose or move). The CLI and the web page show these reasons as
 * they are; the pane shows them through the same errors. Pure data and formatting: this module
 * imports nothing, so src/xlsx stays free of the CLI and the web page.
 *
 * Values are passed already formatted (cell addresses, byte sizes with their unit, part names
 * made printable); quotation is with straight double quotes except where a message's wording is
 * fixed by tests.
 */
/** How a user lifts a sheet's protection, in Vietnamese Excel's own words. */
const UNPROTECT = 'hãy bỏ bảo vệ trang trong Excel (Xem lại › Bỏ bảo vệ trang tính) rồi sửa lại';

export const XS = {
  // Row deletion or insertion blocked by charts, pivot tables, form controls (deletion-blockers.ts).
  chartFromRows: (part: string | number, f: string | number): string =>
    `biểu đồ (${part}) lấy số liệu từ ${f}; phuluc không dời được biểu đồ theo dòng bị xóa hoặc chèn thêm`,
  chartUnreadable: (part: string | number): string =>
    `không đọc được biểu đồ ${part}`,
  pivotSource: (ref: string | number): string =>
    `nguồn của bảng tổng hợp (PivotTable) ${ref}`,
  onOrBelowDeletedRows: (what: string | number, sheet: string | number): string =>
    `${what} trên trang "${sheet}" nằm ở các dòng bị xóa hoặc bên dưới`,
  mayBeOnDeletedRows: (what: string | number): string =>
    `${what} có thể nằm trên các dòng bị xóa`,
  pivotAcrossDeletedRows: (ref: string | number): string =>
    `bảng tổng hợp (PivotTable) ở ${ref} nằm dưới hoặc trên các dòng bị xóa`,
  formControlLink: (part: string | number, f: string | number): string =>
    `điều khiển biểu mẫu (${part}) liên kết tới ${f}; phuluc không dời được liên kết này`,
  // Drawings anchored on the rows a fix deletes (drawing-anchors.ts).
  aShape: 'một hình',
  drawingBlocksDeletion: (what: string | number, why: string | number): string =>
    `${what} trong trang ${why}; phuluc không xóa dòng để khỏi làm lệch hình`,
  drawingAbsolute: 'được đặt cố định (không di chuyển theo ô)',
  drawingOnDeletedRow: (from: string | number): string =>
    `nằm trên dòng ${from} cần xóa`,
  drawingBottomOnDeletedRow: (to: string | number): string =>
    `có cạnh dưới nằm trên dòng ${to} cần xóa`,
  drawingKeepsSize: (hit: string | number): string =>
    `giữ nguyên kích thước khi xóa hoặc chèn dòng ${hit} bên trong nó`,
  // A damaged package (errors.ts).
  damagedPackage: 'tệp .xlsx bị hỏng hoặc chưa tải xong; hãy mở bằng Excel và lưu lại.',
  damagedPackageDetail: (detail: string | number): string =>
    `tệp .xlsx bị hỏng (${detail}); hãy mở bằng Excel và lưu lại.`,
  noContentTypes:
    'Chưa sửa: tệp thiếu phần [Content_Types].xml mà mọi tệp .xlsx phải có (Excel không mở được tệp này); hãy xuất lại tệp từ chương trình đã tạo ra nó rồi sửa.',
  // Fixes that collide within one run (fix-workbook.ts).
  fixConflict: 'Chưa sửa: trùng ô hoặc xung đột với một cách sửa khác trong lần này; kiểm tra lại tệp đã sửa rồi sửa tiếp.',
  // Notes, threaded comments and form controls on deleted rows (notes.ts).
  noteWord: 'ghi chú',
  threadedCommentWord: 'chuỗi nhận xét',
  noteOnDeletedRow: (old: string | number, what: string | number, what2: string | number): string =>
    `ô ${old} trên dòng cần xóa có ${what}; phuluc không xóa dòng để khỏi mất ${what2}`,
  noteCollision: (from: string | number, what: string | number, what2: string | number): string =>
    `ô ${from} có ${what} nhưng ô nhận nội dung của nó cũng có ${what2}`,
  legacyNoteOnDeletedRow: (cell: string | number): string =>
    `ô ${cell} trên dòng cần xóa có ghi chú; phuluc không xóa dòng để khỏi mất ghi chú`,
  formControlOnDeletedRow: (top: string | number): string =>
    `dòng ${top} có nút hoặc điều khiển biểu mẫu; phuluc không xóa dòng để khỏi mất nó`,
  formControlLinkUnreadable: (t: string | number): string =>
    `phuluc không đọc được liên kết ô của điều khiển biểu mẫu (${t})`,
  // Defined names (package-edit.ts).
  definedNameUnreadable: (name: string | number, t: string | number): string =>
    `phuluc không đọc được tên vùng "${name}" (${t}) để dời theo dòng bị xóa hoặc chèn thêm`,
  // What a file is when it is not an .xlsx, and workbook-part faults (package.ts, sniff.ts).
  emptyZip: 'là tệp nén (zip) rỗng, không phải bảng tính Excel .xlsx.',
  isDocx: 'đây là tài liệu Word (.docx), không phải bảng tính Excel .xlsx.',
  isPptx: 'đây là bài trình chiếu PowerPoint (.pptx), không phải bảng tính Excel .xlsx.',
  isOds: 'đây là bảng tính OpenDocument (.ods); hãy mở rồi lưu lại dưới dạng .xlsx.',
  zipNotXlsx: 'là tệp nén (zip) nhưng không phải bảng tính Excel .xlsx.',
  partNotWorkbook: (part: string | number): string =>
    `phần ${part} không phải sổ làm việc`,
  badDate1904: (value: string): string =>
    `thuộc tính date1904 của sổ làm việc có giá trị "${value}", không phải true/false/1/0 như chuẩn OOXML quy định, nên không biết ngày tháng tính theo hệ 1900 hay 1904`,
  partNotXml: (partName: string | number): string =>
    `phần ${partName} không phải XML hợp lệ`,
  // Reading sheets and cells (read.ts).
  noSheets: 'sổ làm việc không liệt kê trang tính nào',
  sheetPartMissing: (name: string | number): string =>
    `sổ làm việc liệt kê trang "${name}" nhưng tệp không có dữ liệu của trang này`,
  sharedStringsMissing: 'thiếu bảng chuỗi dùng chung (sharedStrings.xml) mà các ô cần',
  noWorksheets: 'sổ làm việc không có trang tính chứa ô dữ liệu (chỉ có trang biểu đồ hoặc hộp thoại), không có gì để kiểm tra.',
  rowOutOfRange: (r: string | number): string =>
    `một trang có dòng số ${r}, ngoài giới hạn 1.048.576 dòng của Excel`,
  badNumberCell: (cellCol: string | number, cellRow: string | number): string =>
    `ô ${cellCol}${cellRow} của một trang có giá trị số không hợp lệ`,
  rowTwice: (sheet: string, row: number): string =>
    `trang "${sheet}" ghi dòng ${row} hai lần`,
  rowOutOfOrder: (sheet: string, row: number, after: number): string =>
    `trang "${sheet}" ghi dòng ${row} sau dòng ${after}, không theo thứ tự tăng dần`,
  cellTwice: (sheet: string, cell: string): string =>
    `trang "${sheet}" ghi ô ${cell} hai lần`,
  cellOutOfOrder: (sheet: string, cell: string, after: string): string =>
    `trang "${sheet}" ghi ô ${cell} sau ô ${after}, không theo thứ tự`,
  sharedStringMissing: (v: string | number): string =>
    `ô tham chiếu chuỗi dùng chung số ${v} không có trong bảng`,
  // Editing a sheet: formulas, array formulas, what deleting rows would lose (sheet-edit.ts).
  noRowNumbers: 'trang tính không ghi số dòng, số ô (thuộc tính r) nên phuluc không sửa được an toàn; hãy mở và lưu lại tệp bằng Excel rồi thử lại',
  /** A place on another sheet than the one whose rows a refusal is about: `B2 của trang "Thống kê"`. */
  onSheet: (where: string | number, sheet: string | number): string => `${where} của trang "${sheet}"`,
  formula3d: (where: string | number, formula: string | number): string =>
    `công thức ở ${where} tham chiếu nhiều trang một lúc (${formula})`,
  formulaUnreadable: (where: string | number, formula: string | number): string =>
    `phuluc không đọc được công thức ở ${where} (${formula}) để dời tham chiếu`,
  templateRowBelow: (like: string | number, before: string | number): string =>
    `dòng mẫu ${like} phải ở trên chỗ chèn (dòng ${before})`,
  rowCutsArrayFormula: (row: string | number, ref: string | number, where: string | number): string =>
    `dòng ${row} cắt ngang công thức mảng ${ref} (ô ${where})`,
  rowHasDataTable: (row: string | number, where: string | number): string =>
    `dòng ${row} có bảng dữ liệu (Data Table) ở ô ${where}`,
  sharedFormulaWord: 'công thức dùng chung',
  cellInSharedFormula: (where: string | number, shown: string | number): string =>
    `ô ${where} thuộc công thức dùng chung hoặc công thức mảng (${shown}); phuluc không ghi công thức mới vào đó`,
  cellHasFormula: (where: string | number, shown: string | number): string =>
    `ô ${where} chứa công thức (${shown}); phuluc không ghi đè công thức bằng giá trị`,
  fontChangeFailed: (where: string | number, font: string | number): string =>
    `không đổi được phông chữ của ô ${where} sang ${font} (phần kiểu định dạng của tệp không như mong đợi); phuluc không ghi`,
  sharedFormulaMasterMissing: (where: string | number): string =>
    `phuluc không tìm thấy công thức gốc của ô ${where} (công thức dùng chung)`,
  deleteCutsArrayFormula: (ref: string | number, where: string | number): string =>
    `việc xóa dòng cắt ngang công thức mảng ${ref} (ô ${where})`,
  sheetHasDataTable: (where: string | number): string =>
    `trang có bảng dữ liệu (Data Table) ở ô ${where}`,
  conditionalFormatRange: (text: string | number): string =>
    `định dạng có điều kiện ${text}`,
  deleteLosesAutoFilter: (t: string | number): string =>
    `việc xóa dòng làm mất vùng lọc ${t}`,
  deleteLosesProtectedRange: (t: string | number): string =>
    `việc xóa dòng làm mất vùng được bảo vệ ${t}`,
  sheetHasScenarios: 'trang có kịch bản (Scenario) tham chiếu các ô',
  sheetHasConsolidate: 'trang có vùng hợp nhất dữ liệu (Consolidate)',
  extensionOnDeletedRows: (uri: string | number, t: string | number): string =>
    `trang có phần mở rộng ${uri} tham chiếu các dòng cần xóa (${t})`,
  dataValidationWord: 'danh sách chọn',
  sparklineWord: 'biểu đồ thu nhỏ (sparkline)',
  conditionalFormatWord: 'định dạng có điều kiện',
  deleteLoses: (label: string | number): string =>
    `việc xóa dòng làm mất ${label}`,
  hyperlinkWord: 'siêu liên kết (hyperlink)',
  hyperlinkOnDeletedRow: (t: string | number): string =>
    `ô ${t} trên dòng cần xóa có siêu liên kết (hyperlink); phuluc không xóa dòng để khỏi mất liên kết`,
  richTextLost: (where: string): string =>
    `ô ${where} có chữ định dạng từng phần (đậm, nghiêng, phông riêng…); ghi chữ mới sẽ làm mất định dạng đó nên phuluc không ghi, hãy sửa tay`,
  cellSlotMissing: (col: string | number, row: string | number): string =>
    `không tìm thấy chỗ ghi ô ${col}${row}`,
  // File sniffing before unzipping (sniff.ts).
  emptyFile: 'tệp rỗng (0 byte), không phải bảng tính Excel.',
  isPdf: 'đây là tệp PDF, không phải bảng tính Excel .xlsx.',
  renamedTextHint: ' (có lẽ là tệp văn bản bị đổi đuôi thành .xlsx)',
  isText: (hint: string | number): string =>
    `đây là tệp văn bản${hint}, không phải bảng tính Excel .xlsx.`,
  notXlsx: 'không phải bảng tính Excel .xlsx.',
  damagedOle: 'tệp theo định dạng Office cũ (OLE) nhưng bị hỏng hoặc chưa tải xong, không đọc được; hãy mở bằng Excel và lưu lại dưới dạng .xlsx.',
  encrypted: 'tệp .xlsx được đặt mật khẩu (mã hóa); hãy mở bằng Excel, gỡ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xóa mật khẩu) rồi lưu lại.',
  isXls: 'tệp theo định dạng Excel cũ (.xls); hãy mở bằng Excel và lưu lại dưới dạng .xlsx (Sổ làm việc Excel).',
  isDoc: 'đây là tài liệu Word cũ (.doc), không phải bảng tính Excel .xlsx.',
  isPpt: 'đây là bài trình chiếu PowerPoint cũ (.ppt), không phải bảng tính Excel .xlsx.',
  oleNotWorkbook: 'tệp theo định dạng Office cũ (OLE) nhưng không chứa bảng tính Excel, không phải tệp .xlsx.',
  // Excel tables (ListObjects) across the edited rows (table-parts.ts).
  tableLabel: (name: string, ref: string): string =>
    `bảng ${name} (${ref})`,
  tableHeaderRow: (top: string | number, label: string | number): string =>
    `dòng ${top} là dòng tiêu đề của ${label}`,
  tableTotalsRow: (bottom: string | number, label: string | number): string =>
    `dòng ${bottom} là dòng tổng của ${label}`,
  insertInsideTable: (label: string | number): string =>
    `chèn dòng vào giữa ${label}: phuluc chưa giãn được bảng (ListObject) như Excel`,
  deleteEmptiesTable: (label: string | number): string =>
    `xóa dòng sẽ để ${label} không còn dòng dữ liệu nào`,
  deleteLosesTableFilter: (name: string | number): string =>
    `xóa dòng làm mất vùng lọc của bảng ${name}`,
  tableFormulaUnreadable: (name: string | number, t: string | number): string =>
    `phuluc không đọc được công thức của bảng ${name} (${t})`,
  // The writer: stale cells, missing parts, file extensions (write.ts).
  sheetNotFound: (sheet: string | number): string =>
    `không tìm thấy trang "${sheet}" trong tệp`,
  partMissing: (part: string | number): string =>
    `tệp .xlsx bị hỏng (thiếu phần ${part}); hãy mở bằng Excel và lưu lại.`,
  insertFailed: (count: string | number, row: string | number): string =>
    `không chèn được ${count} dòng trước dòng ${row}`,
  cellWrittenTwice: (col: string | number, row: string | number): string =>
    `ô ${col}${row} cũng được một sửa chữa khác ghi`,
  insertPastLastRow: 'chèn dòng sẽ đẩy dữ liệu ra ngoài dòng cuối của trang (1.048.576); Excel cũng không cho chèn',
  // Protected sheets (protection.ts): what Excel would not let its user do there.
  protectedCell: (sheet: string, cell: string): string =>
    `trang "${sheet}" được bảo vệ (Protect Sheet) và ô ${cell} bị khóa nên Excel không cho sửa; ${UNPROTECT}`,
  protectedNoDelete: (sheet: string, row: number): string =>
    `trang "${sheet}" được bảo vệ (Protect Sheet) và không cho xóa dòng, phuluc không xóa dòng ${row}; ${UNPROTECT}`,
  protectedLockedRow: (sheet: string, row: number): string =>
    `trang "${sheet}" được bảo vệ (Protect Sheet) và dòng ${row} có ô bị khóa nên Excel không cho xóa; ${UNPROTECT}`,
  protectedNoInsert: (sheet: string, row: number): string =>
    `trang "${sheet}" được bảo vệ (Protect Sheet) và không cho chèn dòng, phuluc không chèn dòng trước dòng ${row}; ${UNPROTECT}`,
  protectedNewCell: (sheet: string, row: number): string =>
    `trang "${sheet}" được bảo vệ (Protect Sheet) và các ô của dòng chèn trước dòng ${row} sẽ bị khóa nên Excel không cho ghi; ${UNPROTECT}`,
  cellChanged: (col: string | number, row: string | number): string =>
    `ô ${col}${row} không còn giữ giá trị lúc kiểm tra; phuluc không ghi`,
  rowHiddenMergedValue: (row: string | number, cell: string, merge: string): string =>
    `dòng ${row} có ô ${cell} bị ẩn dưới vùng gộp ${merge} nhưng vẫn chứa dữ liệu (phuluc không thấy khi kiểm tra); xóa dòng sẽ mất dữ liệu đó, phuluc không xóa`,
  rowChanged: (row: string | number): string =>
    `dòng ${row} không còn giữ nội dung lúc kiểm tra; phuluc không xóa`,
  partNotXmlDamaged: (part: string | number): string =>
    `tệp .xlsx bị hỏng (phần ${part} không phải XML hợp lệ); hãy mở bằng Excel và lưu lại.`,
  formulaNowRef: (cell: string | number, name: string | number): string =>
    `công thức ở ô ${cell} của trang "${name}" (địa chỉ trong tệp mới) tham chiếu một dòng đã xóa, nay hiện #REF! (như Excel khi xóa dòng).`,
  partHasDoctype: (part: string | number): string =>
    `phần ${part} có khai báo DTD/thực thể (<!DOCTYPE>), thứ Excel không bao giờ ghi; phuluc không đọc nó để dời theo dòng bị xóa hoặc chèn thêm`,
  partUnreadable: (part: string | number): string =>
    `phuluc không đọc được phần ${part} để dời theo dòng bị xóa hoặc chèn thêm`,
  macroNeedsExt: (want: string, ext: string): string =>
    `tệp gốc có macro (VBA); tệp kết quả phải có đuôi ${want} để giữ macro (phuluc không bỏ macro), Excel không mở tệp có macro mang đuôi ${ext || '(không có đuôi)'}.`,
  noMacroExt: (ext: string | number, want: string | number): string =>
    `tệp gốc không có macro; Excel không mở tệp ${ext} không có macro — hãy đặt đuôi ${want} cho --out.`,
  extMustMatch: (want: string, ext: string): string =>
    `tệp kết quả phải có đuôi ${want} như tệp gốc (Excel không mở được tệp mang đuôi ${ext || '(không có đuôi)'}).`,
  // XML parts (xml.ts).
  doctypeRefused: (partName: string | number): string =>
    `phần "${partName}" có khai báo DTD/thực thể (<!DOCTYPE>), thứ Excel không bao giờ ghi và chuẩn OOXML cấm vì có thể dùng để tấn công (bom thực thể, đọc tệp ngoài); phuluc từ chối tệp để an toàn.`,
  partEmpty: (partName: string | number): string =>
    `phần ${partName} rỗng`,
  // The zip container: size limits, zip bombs, damaged entries (zip.ts).
  tooLarge: (what: string | number): string =>
    `tệp quá lớn: ${what}; phuluc dừng trước khi giải nén.`,
  /** A part found, while inflating it, to be longer than declared: inflating stopped at that size. */
  stoppedInflating: (what: string | number): string =>
    `tệp quá lớn: ${what}; phuluc dừng giải nén ngay tại đó.`,
  multiVolume: 'tệp nén bị chia thành nhiều phần (multi-volume zip); hãy mở bằng Excel và lưu lại.',
  tooManyEntries: (count: string, max: string): string =>
    `có ${count} phần trong gói, vượt giới hạn ${max} phần`,
  entryTooLarge: (name: string | number, uncompressedSize: string | number, maxEntryBytes: string | number): string =>
    `phần "${name}" giải nén ra ${uncompressedSize}, vượt giới hạn ${maxEntryBytes} cho một phần`,
  totalTooLarge: (total: string | number, maxTotalBytes: string | number): string =>
    `các phần giải nén ra hơn ${total}, vượt giới hạn ${maxTotalBytes} cho cả tệp`,
  ratioTooHigh: (name: string | number, ratio: string | number, compressedSize: string | number, uncompressedSize: string | number, maxRatio: string): string =>
    `phần "${name}" nén ${ratio} lần (${compressedSize} thành ${uncompressedSize}), vượt giới hạn ${maxRatio} lần`,
  encryptedZip: 'các phần trong tệp nén được mã hóa (zip có mật khẩu); hãy mở bằng Excel và lưu lại không đặt mật khẩu.',
  unsupportedMethod: (method: string | number): string =>
    `tệp nén dùng phương pháp nén ${method}, không phải Deflate; hãy mở bằng Excel và lưu lại.`,
  duplicateEntry: (name: string | number): string =>
    `hai phần cùng tên "${name}"`,
  overlappingEntries: 'các phần trong tệp nén chồng lên nhau (dấu hiệu bom nén)',
  entryLonger: (name: string | number, declared: string | number): string =>
    `phần "${name}" giải nén ra nhiều hơn ${declared} mà tệp khai báo`,
  inflateFailed: (name: string | number): string =>
    `không giải nén được phần "${name}"`,
  entryTruncated: (name: string | number): string =>
    `phần "${name}" không đủ dữ liệu`,
  badCrc: (name: string | number): string =>
    `phần "${name}" sai mã kiểm tra CRC`,
} as const;
