/**
 * The Vietnamese text phuluc writes into the sheets it lays out: the appendix created from the
 * template library (title, "Kèm theo" line, column headers), the issues list sheet and the
 * progress report sheet. One module, so the wording of a created sheet is read and changed in
 * one place; the layout modules only place these texts in cells.
 */
import { REPORT_OWN_HEADERS, REPORT_TITLE_HEAD } from '../core/messages/progress';

/** The report's title before its period and body; phuluc also finds its own reports by it (core). */
const REPORT_TITLE = REPORT_TITLE_HEAD;

export const LS = {
  // The appendix created from the template library (appendix-sheet.ts).
  taskHeader: 'Nhiệm vụ',
  productHeader: 'Sản phẩm',
  leadHeader: 'Đơn vị chủ trì',
  partnersHeader: 'Đơn vị phối hợp',
  deadlineHeader: 'Thời gian hoàn thành',
  fundingHeader: 'Kinh phí thực hiện',
  appendixTitle: (year: string | number, bodyUpper: string): string =>
    `CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM ${year} CỦA ${bodyUpper}`,
  appendixAttached: (initials: string, year: string | number, body: string): string =>
    `(Kèm theo Kế hoạch số        /KH-${initials} ngày      tháng      năm ${year} của ${body})`,
  appendixLabel: 'Phụ lục',
  // The issues list sheet (issues-sheet.ts).
  fileHeader: 'Tệp',
  sheetHeader: 'Trang tính',
  cellHeader: 'Ô',
  // One word for an issue of any severity, *vấn đề*; *lỗi / cảnh báo / gợi ý* name the severities
  // (the Mức độ column), so neither the sheet nor a header says *lỗi* for all of them, and the
  // suggested value is *Đề xuất* (as the CLI and the pane print it), not *Gợi ý*, a severity.
  codeHeader: 'Mã vấn đề',
  severityHeader: 'Mức độ',
  messageHeader: 'Nội dung',
  suggestionHeader: 'Đề xuất',
  rowN: (row: string | number): string =>
    `Dòng ${row}`,
  unreadableFile: (message: string | number): string =>
    `Không đọc được tệp: ${message}`,
  issuesSheetName: 'Danh sách vấn đề',
  /** The sheet name and header of issue lists written before the one-word rule, known again by shape. */
  legacyIssueList: {
    sheetName: 'Danh sách lỗi',
    header: ['Tệp', 'Trang tính', 'Ô', 'Mã lỗi', 'Mức độ', 'Nội dung', 'Gợi ý sửa'],
  },
  // The progress report sheet (report-sheet.ts).
  dueHeader: 'Thời hạn',
  statusHeader: 'Tình hình thực hiện',
  verdictHeader: REPORT_OWN_HEADERS[0],
  rowHeader: REPORT_OWN_HEADERS[1],
  ofBody: (bodyUpper: string): string =>
    ` CỦA ${bodyUpper}`,
  reportTitleHead: REPORT_TITLE,
  reportTitle: (periodUpper: string, owner: string): string =>
    `${REPORT_TITLE} ${periodUpper}${owner}`,
  reportAsOf: (date: string, source?: string): string =>
    `(Số liệu tính đến ngày ${date}${source ? `; theo ${source}` : ''})`,
  resultHeader: 'Kết quả thực hiện',
  countHeader: 'Số nhiệm vụ',
  shareHeader: 'Tỷ lệ',
  dueTasks: (end: string | number): string =>
    `Nhiệm vụ đến hạn (đến hết ngày ${end})`,
  doneOnTime: 'Hoàn thành đúng hạn',
  doneLate: 'Hoàn thành quá hạn',
  inProgress: 'Đang thực hiện, chưa đến hạn',
  notStarted: 'Chưa thực hiện, chưa đến hạn',
  overdue: 'Quá hạn, chưa hoàn thành',
  ongoingTasks: (done: string | number, inProgress: string | number, notStarted: string | number): string =>
    `Nhiệm vụ thường xuyên, theo yêu cầu (đã hoàn thành ${done}, đang thực hiện ${inProgress}, chưa thực hiện ${notStarted})`,
  notYetDue: 'Nhiệm vụ chưa đến hạn (sau kỳ báo cáo)',
  noDeadline: 'Nhiệm vụ chưa có thời hạn',
  note: (note: string | number): string =>
    `Ghi chú: ${note}`,
  tasksSection: 'NHIỆM VỤ',
  noneDue: 'Không có nhiệm vụ nào đến hạn trong kỳ.',
  ongoingSection: 'NHIỆM VỤ THƯỜNG XUYÊN, THEO YÊU CẦU',
  noDeadlineSection: 'NHIỆM VỤ CHƯA CÓ THỜI HẠN',
} as const;
