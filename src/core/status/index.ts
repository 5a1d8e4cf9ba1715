/**
 * What a status cell (Tình hình thực hiện, Kết quả thực hiện, Tiến độ) says about a task: done,
 * in progress or not started, and for a done task, whether it was late and when it was finished
 * when the cell says so ("Đã hoàn thành ngày 20/4/2026", "Hoàn thành chậm"). Never throws: text
 * that fits no form is a result. Pure; a leaf module like deadline/.
 */
import { foldKeepPunctuation as plain, memoize } from '../text';
import { isoDay } from '../grid/date';

export type TaskStatus = 'done' | 'in-progress' | 'not-started';

/** The standard values, offered in the status column's drop-down list. */
export const STATUS_VALUES: { readonly [S in TaskStatus]: string } = {
  done: 'Đã hoàn thành',
  'in-progress': 'Đang thực hiện',
  'not-started': 'Chưa thực hiện',
};

export type StatusResult =
  | {
      ok: true;
      status: TaskStatus;
      /** STATUS_VALUES[status]. */
      canonical: string;
      /** Done after the deadline, as the cell says ("chậm", "muộn", "quá hạn", "trễ hạn"). */
      late?: boolean;
      /** ISO yyyy-mm-dd: the day it was finished, when the cell gives one (or is a date). */
      completed?: string;
    }
  | { ok: false; reason: 'empty' | 'unrecognized'; text: string };

// Folded (lower case, no diacritics). Order matters: "chưa hoàn thành" before "hoàn thành".
// "Không hoàn thành" (not done at all) counts as not done; "Chưa đến hạn" is not started yet.
const NOT_STARTED = /^(chua (thuc hien|trien khai|bat dau|lam|tien hanh|co|den (thoi )?han)|chua$|khong (thuc hien|hoan thanh)|not started)/;
const IN_PROGRESS =
  /^(dang (thuc hien|trien khai|tien hanh|lam|xay dung|hoan thien|thuc hien|trinh)|dang$|chua hoan thanh|chua xong|tiep tuc|tam (dung|ngung|hoan)|in progress)/;
const DONE = /^(da (hoan thanh|thuc hien xong|xong|thuc hien|hoan tat|ban hanh|trien khai)|hoan thanh|xong|hoan tat|ht|done|completed?)( |$|[.,;:(-])/;
// "không chậm", "không trễ hạn": negated, on time; "không đúng hạn": late.
const LATE = /(?<!khong )\b(cham|muon|tre|qua han)\b|\bkhong dung (han|tien do)\b/;
const ON_TIME = /(?<!khong )\b(dung han|dung tien do|dung thoi han|truoc han)\b|\bkhong (cham|muon|tre|qua han)\b/;
const PERCENT = /^(\d{1,3})\s*%$/;
/**
 * Done only in part, the share right after the word: "Hoàn thành 50%", "Đã hoàn thành 70% khối
 * lượng", "Hoàn thành một phần". A figure later on is a result ("…, tỷ lệ đạt 95%"), not a share.
 */
const PART_DONE = /^(da )?(hoan thanh|thuc hien|hoan tat|xong)( duoc| dat)? (\d{1,2}([.,]\d+)?\s*%|mot phan)/;
const DATE = /(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/;

const parseText = memoize((text: string): StatusResult => {
  const f = plain(text).replace(/^[-+•*\s]+/, '');
  if (f === '' || /^[-.…_\s]*$/.test(f)) return { ok: false, reason: 'empty', text };
  const pct = PERCENT.exec(f);
  if (pct) {
    const n = Number(pct[1]);
    if (n > 100) return { ok: false, reason: 'unrecognized', text };
    return result(n === 100 ? 'done' : n === 0 ? 'not-started' : 'in-progress');
  }
  let status: TaskStatus | null = null;
  if (NOT_STARTED.test(f)) status = 'not-started';
  else if (IN_PROGRESS.test(f)) status = 'in-progress';
  else if (DONE.test(f)) status = PART_DONE.test(f) ? 'in-progress' : 'done';
  if (!status) return { ok: false, reason: 'unrecognized', text };
  const out = result(status);
  if (status === 'done') {
    if (LATE.test(f) && !ON_TIME.test(f)) out.late = true;
    else if (ON_TIME.test(f)) out.late = false;
    const d = DATE.exec(f);
    const iso = d ? isoDay({ year: Number(d[3]), month: Number(d[2]), day: Number(d[1]) }) : undefined;
    if (iso) out.completed = iso;
  }
  return out;
});

function result(status: TaskStatus): Extract<StatusResult, { ok: true }> {
  return { ok: true, status, canonical: STATUS_VALUES[status] };
}

/**
 * Reads a status cell: text, or a date (the day a task was finished, in a "Ngày hoàn thành"
 * style column). Results of the same text are shared: do not mutate.
 */
export function parseStatus(input: string | Date | null | undefined): StatusResult {
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) return { ok: false, reason: 'unrecognized', text: '' };
    return { ...result('done'), completed: input.toISOString().slice(0, 10) };
  }
  return parseText((input ?? '').trim());
}
