import type { Issue, Location } from '../issues';
import { makeIssue } from '../issues';
import type { RowReport, StatusSummary } from '../report';
import { parseStatus } from '../status';
import type { SheetView } from '../table/sheet';
import type { TaskTable } from '../table/types';
import { isBlankStandIn } from '../text';

/**
 * The fields of a task or activity row that following the plan through the year reads (the
 * Tiến độ tab, the quarterly report): what the row is about and its status. Sets them on the
 * report; returns the issue of a status cell that says nothing we understand.
 */
export function progressFields(
  view: SheetView,
  r: number,
  cols: TaskTable['columns'],
  report: RowReport,
  at: (r: number, col: number) => Location,
): Issue | undefined {
  // Its activity, else its task, else its objective (no array a row: this runs on every row).
  const about = ownText(view, r, cols.activity) || ownText(view, r, cols.task) || ownText(view, r, cols.objective);
  if (about) report.text = about;
  const col = cols.status;
  if (col === undefined) return undefined;
  const cell = view.cell(r, col);
  if (cell?.error) return undefined; // reported once, as cell.error-value
  // A status merged down over a task's activities belongs to each of them.
  const text = view.seenText(r, col);
  const input = cell?.value instanceof Date ? cell.value : text;
  if (!text && !(input instanceof Date)) return undefined;
  if (typeof input === 'string' && isBlankStandIn(input)) return undefined;
  const res = parseStatus(input);
  if (!res.ok) {
    if (res.reason === 'empty') return undefined;
    report.status = { text, value: 'unrecognized' };
    return view.text(r, col) ? makeIssue('status.unrecognized', at(r, col), { text }) : undefined;
  }
  const status: StatusSummary = { text: text || res.completed || '', value: res.status };
  if (res.late !== undefined) status.late = res.late;
  if (res.completed !== undefined) status.completed = res.completed;
  report.status = status;
  return undefined;
}

function ownText(view: SheetView, r: number, col: number | undefined): string {
  return col === undefined ? '' : view.text(r, col);
}
