import type { ColumnRole, Issue } from '../issues';

export type SheetKind = 'tasks' | 'budget' | 'none';
export type PlanYearSource = 'override' | 'title' | 'sheet-name' | 'deadlines';

export type RowKind =
  | 'title'
  | 'header'
  | 'section'
  | 'group'
  | 'task'
  | 'continuation'
  | 'repeated-header'
  | 'fragment'
  | 'blank'
  | 'after'
  // budget sheets
  | 'line'
  | 'savings'
  | 'total'
  | 'words';

export interface DeadlineSummary {
  text: string;
  kind: string;
  /** ISO yyyy-mm-dd, when the deadline has a date. */
  due?: string;
}

/** What a row's status cell (Tình hình thực hiện) says; see src/core/status. */
export interface StatusSummary {
  text: string;
  value: 'done' | 'in-progress' | 'not-started' | 'unrecognized';
  /** Done after the deadline, as the cell says. */
  late?: boolean;
  /** ISO yyyy-mm-dd: when it was finished, when the cell says. */
  completed?: string;
}

export interface RowReport {
  /** 1-based Excel row. */
  row: number;
  kind: RowKind;
  stt?: string;
  /** The Roman numeral (or "Nội dung N") of the section the row is in. */
  section?: string;
  title?: string;
  deadline?: DeadlineSummary;
  lead?: string[];
  /** The lead units by their directory names (a unit no directory knows: as written). */
  leadUnits?: string[];
  partners?: string[];
  funding?: string;
  amount?: number;
  /** Task and activity rows: what the row is about (its activity, else its task, else its objective). */
  text?: string;
  /** Task and activity rows of a table with a status column, when the cell is not blank. */
  status?: StatusSummary;
}

/**
 * The directory of units and funding a task sheet was checked against (units/directories): which
 * built-in one (`id`, its Vietnamese `name`), how it was chosen (`title`: from the body that issued
 * the plan; `year`: from the plan's date alone; `config`: the user's choice), the date units were
 * judged at (`asOf`, ISO), and whether the user's own lists extend or replace it (`custom`).
 */
export interface DirectoryChoice {
  id: string;
  name: string;
  source: 'title' | 'year' | 'config';
  asOf?: string;
  custom?: 'extend' | 'replace';
}

export interface SheetReport {
  name: string;
  kind: SheetKind;
  /** 1-based Excel rows of the header. */
  headerRows: number[];
  /** Column role -> column letter. */
  columns: Partial<Record<ColumnRole, string>>;
  planYear?: number;
  planYearSource?: PlanYearSource;
  /** The body whose plan this is, as the title rows name it ("Sở Nội vụ"). */
  body?: string;
  directory?: DirectoryChoice;
  rows: RowReport[];
  issues: Issue[];
}

export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
}
