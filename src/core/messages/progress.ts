/** The Vietnamese words of progress (Tiến độ tab, quarterly reports), in one place. */
import type { ProgressState, Timing } from '../progress';

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

/** dd/mm/yyyy from an ISO date. */
export function viDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
