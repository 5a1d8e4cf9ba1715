/**
 * Every sentence the pane shows a clerk, in Vietnamese, in one place. One word for an issue of
 * any severity, *vấn đề*; *lỗi*, *cảnh báo*, *gợi ý* only for the severities themselves.
 * What an issue says and what a fix writes come from the engine (src/core/messages).
 * The message shown where the bundle cannot start is in unsupported-host.json (taskpane.html
 * shows it before any script of ours runs).
 */
export { default as UNSUPPORTED_HOST } from './unsupported-host.json';

/** "1.234" as a clerk writes numbers. */
const NUMBER = new Intl.NumberFormat('vi-VN');
const n = (x: number): string => NUMBER.format(x);
/** A row number as Excel's row headers show it (1234, no thousands dot), like a cell address. */
const row = (r: number): string => String(r);

/** Cells named in a message: at most a few, and how many in all. */
export interface CellList {
  cells: readonly string[];
  count: number;
}

/** "ô A12, A13 và 4 ô khác". */
const cellList = ({ cells, count }: CellList): string =>
  `ô ${cells.join(', ')}${count > cells.length ? ` và ${n(count - cells.length)} ô khác` : ''}`;

export const S = {
  // The frame: title, buttons, tabs.
  appTitle: 'Phụ lục CCHC',
  settingsButton: 'Cài đặt',
  checkButton: 'Kiểm tra',
  undoButton: 'Hoàn tác',
  budgetButton: 'Dự toán',
  close: 'Đóng',
  settingsTitle: 'Cài đặt của tệp này',
  settingsClose: 'Đóng cài đặt',
  progressTab: 'Tiến độ',
  fixAllButton: 'Sửa tất cả',
  clearHighlights: 'Xóa tô màu',
  recheck: 'Kiểm tra lại',

  // A write refused because the sheet is no longer what the check read.
  sheetChangedTitle: 'Trang tính đã thay đổi',
  tableFormula: (cells: readonly string[], count: number, table: string | undefined): string =>
    `Ô ${cells.join(', ')}${count > cells.length ? ` và ${n(count - cells.length)} ô khác` : ''} cần ghi công thức nằm trong Bảng Excel` +
    (table ? ` "${table}"` : '') +
    ': công thức sẽ bị chép xuống cả cột, nên phuluc chưa ghi gì. Hãy chuyển Bảng thành vùng ô thường rồi thử lại, hoặc tự ghi công thức.',
  sheetChanged: (cells: readonly string[], count: number): string =>
    'Trang tính đã thay đổi từ lần kiểm tra trước nên phuluc chưa ghi gì' +
    (cells.length ? ` (ô ${cells.join(', ')}${count > cells.length ? ` và ${n(count - cells.length)} ô khác` : ''} không còn như lúc kiểm tra)` : '') +
    '. Hãy bấm "Kiểm tra lại" rồi sửa.',
  /**
   * A write refused because rows were inserted (rows > 0) or deleted by hand since the check:
   * `moved` are cells that only moved (named where they are now), `typed` cells changed (where
   * they are now), `unplaced` cells whose place now cannot be told (where the check saw them).
   */
  sheetMoved: (rows: number, moved: CellList, typed: CellList, unplaced: CellList): string =>
    `Trang tính đã thay đổi từ lần kiểm tra trước nên phuluc chưa ghi gì: ${n(Math.abs(rows))} dòng đã được ${rows > 0 ? 'chèn' : 'xóa'}` +
    (moved.count ? `, các ô phuluc định ghi hoặc dựa vào nay nằm ở ${cellList(moved)}` : '') +
    (typed.count ? `; ${cellList(typed)} (vị trí hiện nay) không còn như lúc kiểm tra` : '') +
    (unplaced.count ? `; ${cellList(unplaced)} (vị trí lúc kiểm tra) đã bị xóa hoặc sửa, không rõ nay ở đâu` : '') +
    '. phuluc không ghi theo số dòng cũ để khỏi ghi nhầm dòng. Hãy bấm "Kiểm tra lại" rồi sửa.',
  /**
   * A write refused: cells changed, and the sheet's last row moved by `rows` since the check
   * while no cell was found moved: rows may have been inserted or deleted (or typed below the
   * table); `changed` are named where the check saw them.
   */
  sheetMaybeMoved: (rows: number, changed: CellList): string =>
    `Trang tính đã thay đổi từ lần kiểm tra trước nên phuluc chưa ghi gì: ${cellList(changed)} (vị trí lúc kiểm tra) không còn như lúc kiểm tra, ` +
    `và trang tính nay ${rows > 0 ? 'dài thêm' : 'ngắn đi'} ${n(Math.abs(rows))} dòng (có thể đã ${rows > 0 ? 'chèn' : 'xóa'} dòng) nên các ô đó có thể đã dời chỗ. ` +
    'phuluc không ghi theo số dòng cũ để khỏi ghi nhầm dòng. Hãy bấm "Kiểm tra lại" rồi sửa.',
  sheetGone: 'Trang tính đã kiểm tra không còn trong tệp (đã bị xóa) nên phuluc chưa ghi gì. Hãy mở trang tính Phụ lục rồi bấm "Kiểm tra lại".',
  notOnThisPage: 'Chưa làm được ở đây',
  sttFormulas: (cells: readonly string[]): string =>
    `Cột số thứ tự có công thức (ô ${cells.slice(0, 5).join(', ')}${cells.length > 5 ? '…' : ''}): phuluc không ghi đè công thức bằng số nên chưa ghi gì. Hãy đánh số lại bằng tay hoặc sửa công thức.`,
  noCheckYet: 'Hãy bấm "Kiểm tra" trước: phuluc chỉ ghi vào trang tính vừa đọc.',

  // Sửa, Sửa tất cả.
  /** Under an issue whose fix the engine refused at check time: `why` is the core's renderRefusal. */
  fixRefusedAtCheck: (why: string): string => `Không có nút "Sửa" cho vấn đề này. ${why}`,
  /** After what a shared repair's Sửa writes: it resolves `count` issues at once. */
  fixResolvesMany: (count: number): string => `Một lần bấm "Sửa" này sửa cả ${n(count)} vấn đề.`,
  /** Under the other issues of a shared repair: the issue (its cell, else its row) whose Sửa fixes it too. */
  fixedWith: (cell: string | undefined, row: number): string =>
    `Được sửa cùng với vấn đề ở ${cell ?? `dòng ${row}`}: bấm "Sửa" ở vấn đề đó.`,
  /** Notice after a shared repair's Sửa. */
  fixedMany: (done: string, count: number): string => `${done} Lần sửa này giải quyết ${n(count)} vấn đề.`,
  fixNotNow: 'Chưa sửa được vấn đề này cùng lúc với các thay đổi khác: hãy bấm "Kiểm tra lại" rồi sửa.',
  fixesRefused: (count: number): string =>
    `${n(count)} cách sửa không được ghi vì sẽ không hết vấn đề hoặc gây vấn đề mới: hãy xem và sửa tay.`,
  fixesLater: (count: number): string => `${n(count)} vấn đề còn lại sẽ sửa được khi bấm "Sửa tất cả" lần nữa.`,

  // Hoàn tác.
  undoneTitle: 'Không hoàn tác được',
  undoStale: (label: string, cells: readonly string[], count: number): string =>
    `Không hoàn tác "${label}": ` +
    (cells.length ? `ô ${cells.join(', ')}${count > cells.length ? ` và ${n(count - cells.length)} ô khác` : ''} ` : 'các ô phuluc đã ghi ') +
    'đã được sửa sau đó, phuluc không ghi đè lên thay đổi mới. Thao tác này vẫn còn trong danh sách hoàn tác: trả lại các ô đó như phuluc đã ghi (hoặc dùng Ctrl+Z của Excel) rồi bấm "Hoàn tác" lần nữa.',
  /**
   * Hoàn tác refused because rows were inserted (rows > 0) or deleted above phuluc's cells since:
   * `cells` are where they are now.
   */
  undoMoved: (label: string, rows: number, cells: readonly string[], count: number): string =>
    `Không hoàn tác "${label}": sau khi phuluc ghi, ${n(Math.abs(rows))} dòng đã được ${rows > 0 ? 'chèn' : 'xóa'} phía trên nên các ô phuluc đã ghi nay nằm ở ` +
    (cells.length ? `ô ${cells.join(', ')}${count > cells.length ? ` và ${n(count - cells.length)} ô khác` : ''}` : 'chỗ khác') +
    '. phuluc không ghi lại theo vị trí cũ để khỏi ghi nhầm dòng. Hãy dùng Ctrl+Z của Excel (hoặc xóa/chèn lại các dòng đó) rồi bấm "Hoàn tác" lần nữa.',
  undone: (label: string): string => `Đã hoàn tác: ${label}`,
  alreadyUndone: (label: string): string => `"${label}" đã được hoàn tác trong Excel (Ctrl+Z): phuluc không cần ghi gì thêm.`,
  nothingToUndo: 'Không còn thao tác nào để hoàn tác.',
  undoTip: (label: string | null): string =>
    label ? `Hoàn tác: ${label}. Trả lại đúng nội dung trước lần ghi này của phuluc.` : 'Chưa có thao tác nào của phuluc để hoàn tác.',

  // Highlights.
  cleared: (restored: number, changed: number): string =>
    `Đã trả lại màu nền cũ cho ${n(restored)} ô do phuluc tô.` +
    (changed ? ` ${n(changed)} ô đã được tô lại sau đó nên được giữ nguyên.` : ''),
  nothingToClear: 'Không có ô nào do phuluc tô màu trong tệp này: không có gì để xóa.',
  clearNotUndoable: 'Xóa tô màu không hoàn tác được (có thể bấm "Tô màu" để tô lại).',

  // Danh sách chọn over the user's own data validation.
  ownRulesTitle: 'Cột đã có quy tắc nhập liệu riêng',
  ownRules: (addresses: readonly string[]): string =>
    `Các ô ${addresses.join(', ')} đã có quy tắc kiểm tra dữ liệu do người dùng đặt. Thay bằng danh sách chọn của phuluc? (Bấm "Hoàn tác" sau đó sẽ trả lại quy tắc cũ.)`,
  replaceOwnRules: 'Thay bằng danh sách chọn',
  keepOwnRules: 'Giữ quy tắc cũ',
  keptOwnRules: 'Đã giữ nguyên quy tắc nhập liệu của bạn; không đặt danh sách chọn.',
  /** The headers of the columns the lists went on: "Chủ trì", "Kinh phí" (one or both). */
  listsSet: (columns: readonly string[]): string =>
    `Đã đặt danh sách chọn cho ${columns.length === 1 ? 'cột' : `${n(columns.length)} cột`} ${columns.join(', ')}.`,

  // Inserting a standard task.
  insertWillRenumber: (count: number): string =>
    count === 0
      ? 'Chèn không làm đổi số thứ tự của dòng nào khác.'
      : `Sau khi chèn, ${n(count)} ô số thứ tự bên dưới sẽ được đánh lại cho liền mạch.`,
  insertAsk: (at: number, count: number): string =>
    `Nhiệm vụ sẽ được chèn vào dòng ${row(at)}; ${n(count)} ô số thứ tự bên dưới sẽ được đánh lại cho liền mạch (các vấn đề số thứ tự khác được giữ nguyên để bạn xem). Chèn?`,
  insertAskTitle: 'Chèn và đánh lại số thứ tự',
  insertYes: 'Chèn',
  insertNo: 'Thôi',
  insertCancelled: 'Đã thôi, không chèn gì.',
  inserted: (task: string, at: number, renumbered: number): string =>
    `Đã chèn "${task}" vào dòng ${row(at)}` + (renumbered ? `, đánh lại ${n(renumbered)} ô số thứ tự bên dưới.` : '.'),
  insertNeedsCheck: 'Hãy bấm "Kiểm tra" trước để phuluc đọc các mục của bảng.',
  insertNotTasks: 'Trang tính này không phải bảng nhiệm vụ: không chèn được.',
  insertPickRow: 'Hãy chọn một ô trong bảng (dưới dòng tiêu đề) rồi thử lại.',
  /** The insert would land inside a merged area spanning the task above and the next task. */
  insertInsideMerge: (merge: string) =>
    `Không chèn được: vùng ô gộp ${merge} trải qua cả nhiệm vụ này và nhiệm vụ kế tiếp, dòng mới sẽ nằm trong vùng gộp (Excel nới vùng gộp ra, che ô của nhiệm vụ mới). Hãy bỏ gộp vùng ${merge} hoặc chọn nhiệm vụ khác rồi thử lại.`,
  insertNoSection: 'Không tìm thấy mục đã chọn trong bảng: hãy bấm "Kiểm tra lại".',

  // Settings import and export.
  settingsImported: (mode: 'extend' | 'replace', units: number, funding: number, planYear?: number): string =>
    (mode === 'extend'
      ? `Đã nhập cài đặt: thêm ${n(units)} đơn vị và ${n(funding)} nguồn kinh phí vào danh mục có sẵn`
      : `Đã nhập cài đặt: thay danh mục có sẵn bằng ${n(units)} đơn vị và ${n(funding)} nguồn kinh phí`) +
    (planYear ? `, năm kế hoạch ${planYear}` : '') +
    '. Bấm "Lưu cài đặt" để lưu vào tệp Excel.',
  settingsModeLabel: 'Danh mục đơn vị và nguồn kinh phí',
  settingsExtend: 'Thêm vào danh mục có sẵn của phuluc',
  settingsReplace: 'Thay danh mục có sẵn bằng danh mục dưới đây',
  settingsBuiltIn: (units: number, funding: number): string =>
    `Danh mục có sẵn của phuluc: ${n(units)} đơn vị, ${n(funding)} nguồn kinh phí.`,
  settingsUnitsExtend: 'Đơn vị thêm vào danh mục có sẵn',
  settingsFundingExtend: 'Nguồn kinh phí thêm vào danh mục có sẵn',
  settingsPlanYear: 'Năm kế hoạch',
  settingsPlanYearHint: 'Để trống: phuluc đọc năm từ tiêu đề bảng.',
  settingsBadYear: (min: number, max: number): string =>
    `Năm kế hoạch phải là một năm có 4 chữ số, từ ${min} đến ${max}, ví dụ 2025 (hoặc để trống).`,
  settingsSaved: 'Đã lưu cài đặt vào tệp Excel. Lưu cài đặt không hoàn tác bằng nút "Hoàn tác": muốn trả lại, hãy sửa rồi lưu lại.',
  settingsReplaceWarning:
    'Đã chọn thay danh mục có sẵn: khi lưu, phuluc chỉ dùng các đơn vị và nguồn kinh phí ghi dưới đây, không dùng danh mục có sẵn của phuluc nữa.',

  // The pane's frame: what each action does (hover and screen readers), first run, tabs.
  tips: {
  check: 'Đọc trang tính đang mở và liệt kê các vấn đề: số thứ tự, thời hạn, đơn vị, kinh phí, dự toán.',
  highlight: 'Tô nền các ô có lỗi (đỏ) và cảnh báo (vàng) ngay trên trang tính, để in ra hoặc gửi người khác sửa.',
  clear: 'Trả lại màu nền cũ cho những ô do phuluc tô; màu bạn tự tô được giữ nguyên.',
  fixAll: 'Sửa mọi vấn đề sửa được an toàn: cách viết chuẩn, số lưu dạng chữ, dòng bị ngắt trang, đánh số. Vấn đề cần người xem thì để lại.',
  undo: 'Trả lại đúng nội dung trước lần ghi gần nhất của phuluc (sửa, chèn, đánh số, công thức).',
  budget: 'Ghi công thức Thành tiền = Số lượng × Định mức, Tổng cộng = SUM và số tiền bằng chữ.',
  settings: 'Danh mục đơn vị, nguồn kinh phí và nhiệm vụ mẫu riêng, lưu ngay trong tệp Excel này.',
  },
  paneLabel: 'Kiểm tra Phụ lục cải cách hành chính',
  introTitle: 'Kiểm tra bảng Phụ lục nhiệm vụ cải cách hành chính.',
  introText: 'Mở trang tính Phụ lục rồi bấm "Kiểm tra": phuluc tìm các vấn đề về số thứ tự, thời hạn, đơn vị, kinh phí và giúp sửa ngay trên bảng.',
  budgetHint: 'Ghi công thức thành tiền, tổng cộng và số tiền bằng chữ cho bảng này.',
  budgetToolHint: 'Dự toán: mở trang tính dự toán kinh phí rồi bấm "Kiểm tra"; nút "Dự toán" sẽ hiện trong phần kết quả.',
  rowsRead: (read: number, total: number): string => `Đã đọc ${n(read)}/${n(total)} dòng.`,
  closeNotice: 'Đóng thông báo',
  tabsLabel: 'Việc cần làm',
  toolbarLabel: 'Sửa và tô màu',
  insertTab: 'Chèn nhiệm vụ mẫu',
  toolsTab: 'Công cụ',
  crashedTitle: 'Ngăn tác vụ gặp lỗi',
  crashed: 'Hãy đóng rồi mở lại ngăn tác vụ. Dữ liệu trong bảng tính không bị ảnh hưởng.',

  // The Vấn đề tab and its toolbar.
  issuesTab: 'Vấn đề',
  issuesEmpty: 'Các vấn đề tìm được sẽ hiện ở đây, nhóm theo loại. Bấm vào một vấn đề để đến ô đó trên bảng.',
  fixableNow: (count: number): string => `Có ${n(count)} vấn đề sửa được ngay.`,
  fixableHint: (count: number): string => (count ? `${n(count)} vấn đề sửa tự động được` : 'Không có vấn đề nào sửa tự động được'),
  highlight: 'Tô màu',

  // What the pane is doing (the progress line), and what it did (the notice and the live region).
  busyLoadingSettings: 'Đang tải cài đặt…',
  busyChecking: 'Đang kiểm tra…',
  busyRechecking: 'Đang kiểm tra lại…',
  busyFixing: 'Đang sửa…',
  busyFixingAll: 'Đang sửa tất cả…',
  busyUndoing: 'Đang hoàn tác…',
  busyHighlighting: 'Đang tô màu…',
  busyClearing: 'Đang xóa tô màu…',
  busyRenumbering: 'Đang đánh số lại…',
  busyLists: 'Đang đặt danh sách chọn…',
  busyBudget: 'Đang lập công thức dự toán…',
  busyInserting: 'Đang chèn nhiệm vụ…',
  busySavingSettings: 'Đang lưu cài đặt…',
  settingsInvalid: 'Cài đặt lưu trong tệp không hợp lệ, đang dùng mặc định:',
  nothingToFix: 'Không có vấn đề nào sửa tự động được.',
  fixedAll: (fixed: number, left: number): string => `Đã sửa ${n(fixed)} vấn đề. Còn ${n(left)} vấn đề cần xem.`,
  highlighted: (cells: number): string => `Đã tô màu ${n(cells)} ô (đỏ: lỗi, vàng: cảnh báo).`,
  nothingToHighlight: 'Không có ô nào cần tô màu.',
  numberingRight: 'Số thứ tự đã đúng, không cần đánh số lại.',
  renumberLabel: 'Đánh số lại',
  renumbered: (cells: number): string => `Đã đánh số lại ${n(cells)} ô.`,
  notBudget: 'Trang tính này không phải bảng dự toán kinh phí.',
  nothingToWrite: 'Không có gì để ghi.',
  budgetLabel: 'Công thức dự toán',
  budgetWritten: (formulas: number): string => `Đã ghi ${n(formulas)} công thức thành tiền và công thức tổng cộng.`,
  rowMessage: (at: number, message: string): string => `Dòng ${row(at)}: ${message}`,
  insertLabel: (task: string): string => `Chèn nhiệm vụ: ${task}`,

  // Results of what the clerk pressed.
  fixAllLabel: (count: number): string => `Sửa tất cả (${n(count)} vấn đề)`,
  /** The words the Dự toán wrote, once (the cell itself says "(Bằng chữ: …)"). */
  budgetWords: (words: string): string => `Số tiền bằng chữ đã ghi: ${words}.`,

  // The issue list.
  issueListLabel: (count: number): string => `Danh sách ${n(count)} vấn đề`,
  issueCount: (count: number): string => `${n(count)} vấn đề`,
  groupCollapse: 'Bấm để thu gọn nhóm này',
  groupExpand: 'Bấm để mở nhóm này',
  rowChip: (at: number): string => `Dòng ${row(at)}`,
  selectCell: (cell: string): string => `Bấm để chọn ô ${cell} trên trang tính`,
  fix: 'Sửa',
  suggestion: (value: string): string => `Đề xuất: ${value}`,
  noIssues: 'Không phát hiện vấn đề nào.',
  noIssuesHint: 'Khi sửa bảng, bấm "Kiểm tra" lần nữa để xem lại.',

  // The summary of a check.
  summaryLabel: 'Tóm tắt kết quả kiểm tra',
  resultLabel: 'Kết quả kiểm tra',
  sheet: 'Trang tính',
  sheetKind: { tasks: 'bảng nhiệm vụ', budget: 'bảng dự toán kinh phí', none: 'không nhận ra bảng' } as const,
  /** A sheet that is phuluc's own quarterly report (Tạo báo cáo quý), in place of its kind. */
  ownReport: 'báo cáo tiến độ do phuluc tạo, không phải phụ lục nên không kiểm tra',
  taskCount: (count: number): string => `, ${n(count)} nhiệm vụ`,
  budgetLineCount: (count: number): string => `, ${n(count)} dòng chi`,
  directory: 'Danh mục:',
  directorySource: {
    title: ' (tự chọn theo cơ quan ban hành ở tiêu đề)',
    cover: ' (tự chọn theo cơ quan ban hành ở trang bìa)',
    year: ' (tự chọn theo năm kế hoạch)',
    config: ' (chọn trong Cài đặt)',
  } as const,

  // Công cụ.
  toolsLabel: 'Công cụ cho cả bảng',
  renumberTip: 'Đánh lại số thứ tự nhiệm vụ trong từng mục (1, 2, 3…) và số La Mã của các mục (I, II, III…).',
  renumberHint: 'Sửa số thứ tự bị nhảy hoặc trùng sau khi thêm, xóa dòng. Bấm "Hoàn tác" nếu muốn trả lại.',
  listsTip: 'Đặt danh sách thả xuống cho cột Chủ trì và cột Kinh phí, lấy từ danh mục trong Cài đặt.',
  listsButton: 'Danh sách chọn',
  listsNotTasks: 'Danh sách chọn chỉ dùng cho bảng nhiệm vụ.',
  listsNoColumns: 'Bảng không có cột Chủ trì hoặc Kinh phí để đặt danh sách chọn.',
  noAmountColumn: 'Không tìm thấy cột Số tiền của bảng dự toán.',
  noOffice: 'Không tải được Office.js: hãy mở phần bổ trợ này trong Excel.',
  listsHint: 'Sau đó mỗi ô Chủ trì, Kinh phí có mũi tên để chọn tên đúng, tránh gõ sai.',

  // The template library.
  templateNone: 'Không có nhiệm vụ mẫu nào khớp.',
  templateSearchPlaceholder: 'Tìm nhiệm vụ (gõ không dấu cũng được)',
  templateSearch: 'Tìm nhiệm vụ mẫu',
  templateLibrary: 'Thư viện nhiệm vụ mẫu',
  templateWhere: 'Vị trí chèn',
  templateAtSectionEnd: 'Cuối mục',
  templateBelowSelection: 'Dưới dòng đang chọn',
  templateSection: 'Mục',
  templateInsert: 'Chèn vào bảng',
  templateProduct: 'Sản phẩm:',
  templateLead: 'Chủ trì:',
  templatePartners: 'phối hợp:',
  templateDeadline: 'Thời gian:',
  templateFunding: 'kinh phí:',
  templateNoSections: 'Bảng chưa có mục nào (I, II, ...).',
  templateNeedsCheck: 'Hãy bấm "Kiểm tra" để đọc các mục của bảng.',
  searchClear: 'Xóa nội dung tìm kiếm',
  templateYearUnknown: '[năm] là năm kế hoạch của bảng: phuluc đọc năm khi chèn (bấm "Kiểm tra" để xem trước).',

  // The summary: counts by severity, the plan year.
  countsLabel: (total: number): string => `${n(total)} vấn đề theo mức độ`,
  /** A tile's number, as a clerk writes numbers (1.234). */
  count: (x: number): string => n(x),
  planYear: 'Năm kế hoạch',
  planYearUp: 'Tăng năm kế hoạch',
  planYearDown: 'Giảm năm kế hoạch',
  planYearUnknown: 'Chưa xác định được năm: hãy nhập năm.',
  planYearNotYear: (text: string): string =>
    text === '' ? 'Hãy nhập năm kế hoạch: 4 chữ số, ví dụ 2024.' : `Chưa đổi năm: "${text}" không phải năm có 4 chữ số (ví dụ 2024).`,
  planYearOutOfRange: (year: number, min: number, max: number): string =>
    `Chưa đổi năm: ${year} nằm ngoài khoảng phuluc kiểm tra được (${min}–${max}).`,

  // What the workbook refused, by WorkbookError kind (src/taskpane/errors.ts adds the kinds that take details).
  errors: {
    messages: {
      'no-sheet': 'Không tìm thấy trang tính đang mở. Hãy mở trang tính Phụ lục rồi thử lại.',
      'too-large': 'Trang tính quá lớn để đọc trong một lần. Hãy xóa các dòng, cột thừa ở cuối bảng rồi thử lại.',
      unsupported: 'Phiên bản Excel này không hỗ trợ thao tác này. Cần Excel cho Microsoft 365, Excel 2021 trở lên hoặc Excel trên web.',
      'write-failed':
        'Không ghi được vào trang tính. Trang tính có thể đang được bảo vệ hoặc một ô đang được sửa: hãy thoát khỏi ô đang sửa rồi thử lại.',
      'read-failed': 'Không đọc được trang tính. Hãy thử lại; nếu vẫn lỗi, đóng và mở lại tệp.',
      protected: 'Trang tính đang được bảo vệ nên phuluc chưa ghi gì. Hãy bỏ bảo vệ trang tính rồi thử lại.',
      'table-formula': 'Ô cần ghi công thức nằm trong một Bảng Excel: công thức sẽ bị chép xuống cả cột, nên phuluc chưa ghi gì.',
      'undo-stale': 'Các ô đã bị sửa sau khi phuluc ghi nên không hoàn tác được (phuluc không ghi đè lên thay đổi mới).',
    },
    titles: {
      'no-sheet': 'Không có trang tính',
      'too-large': 'Trang tính quá lớn',
      unsupported: 'Excel không hỗ trợ',
      'write-failed': 'Không ghi được',
      'read-failed': 'Không đọc được',
      protected: 'Trang tính được bảo vệ',
      'table-formula': 'Ô nằm trong Bảng Excel',
    },
    unexpectedTitle: 'Đã xảy ra lỗi',
    unexpected: 'Thao tác chưa thực hiện được do một lỗi không lường trước. Hãy thử lại; nếu vẫn lỗi, hãy đóng rồi mở lại ngăn tác vụ.',
  },

  // The Cài đặt panel.
  settingsPanel: {
    templatesNotJson: 'Ô "Nhiệm vụ mẫu riêng" không phải JSON hợp lệ: kiểm tra dấu ngoặc, dấu phẩy và dấu nháy kép.',
    fileUnreadable: 'Không đọc được tệp đã chọn.',
    exported: 'Đã xuất cài đặt (tệp phuluc-cai-dat.json; nội dung cũng hiện bên dưới để sao chép).',
    invalidTitle: 'Cài đặt chưa hợp lệ',
    directory: 'Danh mục có sẵn',
    directoryHint: 'Tự chọn: theo cơ quan ban hành ở tiêu đề (Sở, UBND xã/phường, UBND tỉnh) và năm kế hoạch.',
    directoryAuto: 'Tự chọn theo tiêu đề và năm kế hoạch',
    units: 'Danh sách đơn vị',
    unitsHint:
      'Mỗi dòng một đơn vị; tên khác cách nhau bằng dấu |, ví dụ: Văn phòng Sở | Văn phòng. Nếu cần, thêm sau dấu |: vai trò: văn phòng; tài chính | từ ngày: 01/03/2025 | đến ngày: 30/06/2025 | thay bằng: Sở Nội vụ; Sở Tài chính',
    /** The words naming a directory line's fields after its names (`| vai trò: văn phòng`), as the pane writes and reads them. */
    fields: { roles: 'vai trò', validFrom: 'từ ngày', validUntil: 'đến ngày', successors: 'thay bằng' },
    /** A field of a line as its errors name it. */
    fieldNames: { name: 'tên', aliases: 'tên khác' },
    lineError: (list: string, line: number, field: string | undefined, message: string): string =>
      `${list}, dòng ${line}${field ? ` (${field})` : ''}: ${message}`,
    badDate: (text: string): string => `"${text}" không phải ngày viết ngày/tháng/năm, ví dụ 01/03/2025`,
    noName: 'chưa có tên đơn vị trước dấu |',
    twice: 'ghi hai lần trên một dòng',
    sameAs: (line: number): string => `dòng ${line}`,
    fromBeforeUntil: '"từ ngày" phải trước "đến ngày"',
    funding: 'Nguồn kinh phí',
    fundingHint: 'Mỗi dòng một loại; tên khác cách nhau bằng dấu |',
    templates: 'Nhiệm vụ mẫu riêng (JSON)',
    templatesHint:
      'Ví dụ: [{"area": "CẢI CÁCH THỂ CHẾ", "task": "...", "product": "Kế hoạch", "lead": "Văn phòng Sở", "deadline": "Quý I/{năm}", "funding": "Thường xuyên"}]',
    save: 'Lưu cài đặt',
    export: 'Xuất JSON',
    import: 'Nhập cài đặt từ JSON',
    importHint: 'Dán nội dung tệp JSON rồi bấm "Nhập JSON", hoặc chọn tệp.',
    importButton: 'Nhập JSON',
    pickFile: 'Chọn tệp JSON',
    fileLabel: 'Tệp cài đặt JSON',
    exportedLabel: 'Nội dung đã xuất',
    savedInFile: 'Cài đặt được lưu ngay trong tệp Excel: mọi người mở tệp này đều dùng chung.',
  },

  // What the Tiến độ tab and the new appendix write.
  sheets: {
    statusColumnTitle: 'Tình hình thực hiện',
    notWritten: 'Không ghi được',
    busyAddingColumn: 'Đang thêm cột Tình hình thực hiện…',
    cannotAddColumn: 'Excel này chưa thêm được cột.',
    columnAdded: (column: string, items: readonly string[]): string =>
      `Đã thêm cột "Tình hình thực hiện" (cột ${column}) có danh sách chọn: ${items.join(', ')}.`,
    cannotAddSheet: 'Excel này chưa thêm được trang tính.',
    skipped: (what: readonly string[]): string => ` Phiên bản Excel này chưa làm được: ${what.join(', ')}.`,
    sheetCreated: (name: string, what: string, skipped: string): string =>
      `Đã tạo trang tính "${name}" (${what}).${skipped} Mở lại trang tính phụ lục để tiếp tục kiểm tra.`,
    busyReport: 'Đang tạo báo cáo…',
    reportSource: (sheet: string): string => `trang tính "${sheet}"`,
    reportWhat: (period: string): string => `báo cáo ${period}`,
    busyAppendix: 'Đang tạo phụ lục mới…',
    appendixWhat: (year: number, templates: number): string =>
      templates ? `phụ lục năm ${year}, ${n(templates)} nhiệm vụ mẫu` : `phụ lục năm ${year}`,
  },

  // Công cụ: a new appendix.
  newAppendix: {
    create: 'Tạo phụ lục mới',
    title: 'Phụ lục mới',
    badYear: (min: number, max: number): string => `Nhập năm 4 chữ số, từ ${min} đến ${max}.`,
    body: 'Cơ quan ban hành',
    noBody: 'Nhập tên cơ quan, ví dụ Sở Nội vụ.',
    bodyExample: 'Sở Nội vụ',
    withTasks: (count: number): string => `Điền sẵn ${n(count)} nhiệm vụ mẫu của năm`,
    hint:
      'Trang tính mới theo thể thức Nghị định 30/2020: nhãn "Phụ lục", tên in hoa, dòng "(Kèm theo …)" in nghiêng, các lĩnh vực cải cách làm mục; Times New Roman 13, khổ A4 ngang, in lặp dòng tiêu đề.',
    tip: 'Tạo trang tính phụ lục nhiệm vụ mới, đúng thể thức, để nhập nhiệm vụ mà không phải kẻ lại bảng.',
  },

  // The Tiến độ tab.
  progress: {
    quarter: (roman: string): string => `Quý ${roman}`,
    half: '6 tháng đầu năm',
    nineMonths: '9 tháng',
    year: 'Cả năm',
    periodOption: (label: string, year: number): string => `${label} năm ${year}`,
    notTasks: 'Trang tính này không phải bảng nhiệm vụ. Mở trang tính Phụ lục nhiệm vụ rồi bấm "Kiểm tra".',
    empty: 'Bấm "Kiểm tra" trên trang tính Phụ lục để xem tiến độ: nhiệm vụ theo quý, theo đơn vị chủ trì, việc sắp đến hạn và quá hạn.',
    asOf: 'Tính đến ngày',
    noStatusColumn: 'Bảng chưa có cột "Tình hình thực hiện": mọi nhiệm vụ đã đến hạn được tính là chưa hoàn thành.',
    addColumnOffer: ' Thêm cột (có danh sách chọn) ngay sau cột cuối của bảng:',
    addColumnTip:
      'Thêm cột "Tình hình thực hiện" sau cột cuối của bảng, định dạng như dòng tiêu đề, với danh sách chọn Đã hoàn thành / Đang thực hiện / Chưa thực hiện.',
    addColumn: 'Thêm cột',
    byQuarter: 'Nhiệm vụ theo quý',
    totals: (
      t: { items: number; dated: number; otherYear: number; recurring: number; conditional: number; undated: number },
      planYear: number | null | undefined,
    ): string =>
      `${n(t.items)} nhiệm vụ: ${n(t.dated - t.otherYear)} ${planYear ? `đến hạn trong năm ${planYear}` : 'có thời hạn'}, ${n(t.recurring)} thường xuyên, ${n(t.conditional)} theo yêu cầu` +
      (t.undated ? `, ${n(t.undated)} chưa có thời hạn` : '') +
      (t.otherYear ? `, ${n(t.otherYear)} thời hạn năm khác` : '') +
      '.',
    bar: (roman: string, total: number, done: number): string => `Quý ${roman}: ${n(total)} nhiệm vụ, ${n(done)} đã hoàn thành`,
    done: 'Đã hoàn thành',
    notDone: 'Chưa hoàn thành',
    tableCaption: 'Số nhiệm vụ theo đơn vị chủ trì và quý đến hạn (TX: thường xuyên; YC: theo yêu cầu)',
    unit: 'Đơn vị',
    recurringTitle: 'Thường xuyên',
    recurring: 'TX',
    conditionalTitle: 'Theo yêu cầu, khi phát sinh',
    conditional: 'YC',
    otherTitle: 'Chưa có thời hạn, hoặc thời hạn năm khác',
    other: 'Khác',
    total: 'Tổng',
    overdue: (count: number): string => `Quá hạn (${n(count)})`,
    noOverdue: 'Không có nhiệm vụ nào quá hạn.',
    dueSoon: (count: number): string => `Đến hạn trong 30 ngày tới (${n(count)})`,
    noDueSoon: 'Không có nhiệm vụ nào đến hạn trong 30 ngày tới.',
    reportTitle: 'Báo cáo định kỳ',
    period: 'Kỳ báo cáo',
    reportHint: (asOf: string): string =>
      `Ghi một trang tính mới: các nhiệm vụ đến hạn trong kỳ theo từng mục, kèm số liệu hoàn thành đúng hạn, quá hạn, đang thực hiện, chưa thực hiện — tính đến ngày ${asOf}, khổ A4 ngang, in lặp dòng tiêu đề.`,
    /** The chosen date before the chosen period starts: allowed (a report prepared ahead), but said. */
    dateBeforePeriod: (asOf: string, label: string, start: string): string =>
      `Ngày ${asOf} trước khi kỳ ${label} bắt đầu (${start}): báo cáo vẫn được lập theo ngày này, hãy xem lại ô "Tính đến ngày".`,
    createReportTip: 'Tạo trang tính báo cáo tình hình thực hiện nhiệm vụ trong kỳ đã chọn, theo thể thức Nghị định 30/2020.',
    createReport: 'Tạo báo cáo quý',
    judged: (states: readonly string[]): string => `Đánh giá: ${states.join(', ')}… theo thời hạn trong bảng và ngày đã chọn.`,
  },
} as const;
