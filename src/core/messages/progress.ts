/** The Vietnamese words of progress (Tiến độ tab, quarterly reports), in one place. */
import type { PeriodReport, ProgressState, Timing } from '../progress';
import { viDate } from '../grid/date';

/** The quarterly report sheet's title before its period and body; phuluc knows its own report by it. */
export const REPORT_TITLE_HEAD = 'TÌNH HÌNH THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH';
/** The report list's last two columns, which no appendix has: the verdict and the appendix row. */
export const REPORT_OWN_HEADERS = ['Đánh giá', 'Dòng'] as const;

/** The lead-unit name a task with no chủ trì is listed under (per-unit counts, the Tiến độ tab). */
export const NO_LEAD = '(chưa có đơn vị chủ trì)';

/** A deadline with its current instalment's date, as reports write it: "Hằng quý (đợt 31/03/2026)". */
export function instalmentDeadline(text: string, dueIso: string): string {
  return `${text} (đợt ${viDate(dueIso)})`;
}

const STATE_LABEL: { readonly [S in ProgressState]: string } = {
  'done-on-time': 'Hoàn thành đúng hạn',
  'done-late': 'Hoàn thành quá hạn',
  'in-progress': 'Đang thực hiện',
  'not-started': 'Chưa thực hiện',
  overdue: 'Quá hạn, chưa hoàn thành',
};

/** Where a task stands, as a report says it. */
export function stateLabel(s: ProgressState): string {
  return STATE_LABEL[s];
}

const TIMING_LABEL: { readonly [T in Timing]: string } = {
  dated: 'Có thời hạn',
  recurring: 'Thường xuyên, định kỳ',
  conditional: 'Theo yêu cầu, khi phát sinh',
  undated: 'Chưa có thời hạn',
};

export function timingLabel(t: Timing): string {
  return TIMING_LABEL[t];
}

/** dd/mm/yyyy from an ISO date: the one date form (grid/date.ts, dayText). */
export { viDate };

/**
 * What a reader of a period report must know to read its figures right, one Vietnamese sentence
 * each: the table has no status column (every task due is counted as not done); the period is
 * of another year than the plan's (its tasks fall outside it, so the counts are near zero); the
 * report's date is before the period (nothing can be overdue yet); tasks say they were done after
 * the report's date (counted as not done on it).
 */
export function reportNotes(r: Pick<PeriodReport, 'hasStatusColumn' | 'planYear' | 'period' | 'asOf'> & { completedAfterDate?: number }): string[] {
  const notes: string[] = [];
  if (!r.hasStatusColumn) notes.push('bảng phụ lục chưa có cột Tình hình thực hiện; các nhiệm vụ đã đến hạn được tính là chưa hoàn thành.');
  if (r.planYear !== undefined && r.planYear !== r.period.year) {
    notes.push(`kỳ báo cáo (${r.period.label}) không thuộc năm kế hoạch ${r.planYear} của phụ lục; hãy kiểm tra lại năm của kỳ báo cáo.`);
  }
  if (r.asOf < r.period.start) {
    notes.push(`ngày báo cáo ${viDate(r.asOf)} ở trước kỳ báo cáo ${r.period.label} (từ ${viDate(r.period.start)}); chưa nhiệm vụ nào quá hạn tại ngày đó, hãy kiểm tra lại ngày báo cáo.`);
  }
  if (r.completedAfterDate) {
    notes.push(`${r.completedAfterDate.toLocaleString('vi-VN')} nhiệm vụ ghi ngày hoàn thành sau ngày báo cáo ${viDate(r.asOf)}; được tính là chưa hoàn thành tại ngày đó.`);
  }
  return notes;
}
