import { parseDeadline } from '../deadline';
import { parseStatus } from '../status';
import { headerKey, taskRoleOf } from './headers';
import type { SheetView } from './sheet';
import type { TaskTable } from './types';

/** "Tiến độ" (thực hiện, hoàn thành): a deadline in some plans, the progress in follow-up sheets. */
const TIEN_DO = /^tien do( thuc hien| hoan thanh| trien khai)?$/;
/** Data rows looked at to tell progress values from deadlines. */
const SAMPLE = 60;

/**
 * Settles what a "Tiến độ" column holds. It is the status column when the header also has a
 * deadline column of its own (Thời gian thực hiện | Tiến độ), or when its cells read as progress
 * (Đã hoàn thành, Đang thực hiện) more often than as deadlines (Quý I/2024); otherwise it stays the
 * deadline. Header names alone cannot tell: both uses are common. Returns the table unchanged
 * when there is nothing to settle.
 */
export function settleStatusColumn(view: SheetView, table: TaskTable): TaskTable {
  if (table.columns.status !== undefined) return table;
  const keys = new Map<number, string>();
  for (const r of table.headerRows) for (const { col, text } of view.rowTexts(r)) keys.set(col, headerKey(text));
  const tienDo = [...keys].find(([, key]) => TIEN_DO.test(key))?.[0];
  if (tienDo === undefined) return settleKetQua(view, table, keys);
  const otherDeadline = [...keys].find(([col, key]) => col !== tienDo && !TIEN_DO.test(key) && taskRoleOf(key) === 'deadline')?.[0];
  const columns = { ...table.columns };
  if (otherDeadline !== undefined) {
    columns.status = tienDo;
    if (columns.deadline === tienDo) columns.deadline = otherDeadline;
    return { ...table, columns };
  }
  if (columns.deadline !== tienDo || !readsAsProgress(view, table, tienDo)) return table;
  columns.status = tienDo;
  delete columns.deadline;
  return { ...table, columns };
}

/** A bare "Kết quả" header: the product in most plans, the progress in some follow-up sheets. */
const KET_QUA = /^ket qua$/;

/**
 * A bare "Kết quả" column beside a product column of its own (Sản phẩm | Kết quả) is the status
 * column when its cells read as progress (Đã hoàn thành, Đang thực hiện) more often than not; a
 * lone "Kết quả" stays the product, whatever it holds.
 */
function settleKetQua(view: SheetView, table: TaskTable, keys: ReadonlyMap<number, string>): TaskTable {
  const ketQua = [...keys].find(([, key]) => KET_QUA.test(key))?.[0];
  if (ketQua === undefined) return table;
  const product = [...keys].find(([col, key]) => col !== ketQua && taskRoleOf(key) === 'product')?.[0];
  if (product === undefined || !readsAsProgress(view, table, ketQua)) return table;
  const columns = { ...table.columns, status: ketQua };
  if (columns.product === ketQua || columns.product === undefined) columns.product = product;
  return { ...table, columns };
}

function readsAsProgress(view: SheetView, table: TaskTable, col: number): boolean {
  let progress = 0;
  let deadlines = 0;
  const end = Math.min(view.height, table.firstDataRow + SAMPLE);
  for (let r = table.firstDataRow; r < end; r++) {
    const text = view.text(r, col);
    if (!text) continue;
    if (parseStatus(text).ok) progress++;
    else if (parseDeadline(text).ok) deadlines++;
  }
  return progress >= 2 && progress > deadlines;
}
