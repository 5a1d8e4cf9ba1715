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
  /** ISO yyyy-mm-dd, when the deadline has a date (several instalments: the last). */
  due?: string;
  /**
   * A deadline of several instalments ("Tháng 3, 6, 9, 12/2026", "Quý I và Quý III/2026"): each
   * instalment's ISO due date, ascending, without repeats; `due` is the last.
   */
  instalments?: string[];
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
  /** 1-based Excel row; the first row of a run (see lastRow). */
  row: number;
  kind: RowKind;
  /**
   * Blank rows, and empty rows after the table, come in runs: one record for consecutive rows of
   * one kind, rows `row` to `lastRow` (1-based, inclusive; absent for a run of one row). The first
   * row of an `after` run may hold text (notes, a signature); rows after it in the run are empty.
   * A sheet whose last row (1,048,576) holds a note reports the million empty rows above it as
   * one record. Use rowKinds() to look a row up.
   */
  lastRow?: number;
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
 * the plan, as the sheet's title says; `cover`: as another sheet (a cover page) says; `year`: from the plan's date alone; `config`: the user's choice), the date units were
 * judged at (`asOf`, ISO), whether the user's own lists extend or replace it (`custom`), and for a
 * commune-level body read from the titles, which kind it is (`local`: a ward names its units `… phường`).
 */
export interface DirectoryChoice {
  id: string;
  name: string;
  source: 'title' | 'cover' | 'year' | 'config';
  asOf?: string;
  custom?: 'extend' | 'replace';
  local?: 'xã' | 'phường' | 'đặc khu';
  /** Whether the plan's province is a province or a centrally-run city (Hà Nội …), when its titles name it. */
  region?: 'tỉnh' | 'thành phố';
}

/**
 * A task (or a group heading over sub-tasks, or an unnumbered heading) and the rows it spans.
 * Rows are 1-based Excel rows.
 */
export interface TaskExtent {
  /** Its own row. */
  row: number;
  /** 'group': a heading with sub-tasks under it (3 over 3.1, 3.2), or an unnumbered heading. */
  kind: 'task' | 'group';
  /** 1 for a task or group, 2 for a sub-task (3.1). */
  level: 1 | 2;
  /** The STT as written. */
  stt?: string;
  /** The STT's top-level number (3 for "3" and "3.1"), when it has one. */
  number?: number;
  /**
   * Its last row: the last activity (continuation) row under it, or a page-break fragment cut
   * from it; its own row when it has none. A group's last row is its last sub-task's.
   * A new task goes below this row, never between a task and its activities.
   */
  lastRow: number;
}

/** A section (I, II …, "Nội dung 3", a lettered part, or an unnumbered title) and what it spans. */
export interface SectionExtent {
  /** The section's own row (its first row). */
  row: number;
  /** Its label as in RowReport.section: "II", "Nội dung 3", "A"; "" for an unnumbered title. */
  label: string;
  title: string;
  numbering: 'roman' | 'content' | 'arabic' | 'part' | 'plain';
  /** The last row of its content, through the last activity row of its last task; its own row when empty. */
  lastRow: number;
  tasks: TaskExtent[];
}

/** How a task table is laid out, from the engine's own classification (task sheets only). */
export interface TableLayout {
  /**
   * How STT counts: 'restart' (1, 2, 3 under I, then 1, 2 under II) or 'through' (1 … 27 over the
   * whole table), as the numbering check detected it.
   */
  numbering: 'restart' | 'through';
  /** Sections in order. */
  sections: SectionExtent[];
  /** Tasks before the first section (all of them in a table without sections). */
  leading: TaskExtent[];
  /** The table's first and last content rows (header excluded; blank rows and notes after it too). */
  firstRow?: number;
  lastRow?: number;
}

export interface SheetReport {
  name: string;
  kind: SheetKind;
  /**
   * The sheet is phuluc's own quarterly report (`phuluc report --out`, Tạo báo cáo quý), kind
   * 'none': a copy of the appendix's tasks, not a plan, so it is not checked (core/own-report.ts).
   */
  ownOutput?: 'period-report';
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
  /** Task sheets: sections and tasks with their extents, and the numbering mode. */
  layout?: TableLayout;
}

export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
}
