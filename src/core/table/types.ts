import type { BudgetRole, TaskRole } from '../issues';

/** A table found in a sheet. Rows and columns here are 0-based grid indexes. */
export interface TableBase {
  /** The header rows (one or two). */
  headerRows: number[];
  /** The first row under the header. */
  firstDataRow: number;
}

export interface TaskTable extends TableBase {
  kind: 'tasks';
  columns: Partial<Record<TaskRole, number>>;
}

export interface BudgetTable extends TableBase {
  kind: 'budget';
  columns: Partial<Record<BudgetRole, number>>;
}

export type Table = TaskTable | BudgetTable;
