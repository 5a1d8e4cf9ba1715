import type { Issue } from '../issues';

/**
 * A cell as the check saw it. A writer compares it with the sheet before writing and refuses the
 * whole batch when any differs (the sheet changed since the check): see `matchesSeen` in seen.ts,
 * the one comparison rule every writer uses.
 */
export interface SeenCell {
  /**
   * The stored value: text, a number (a date as its serial in the grid's date system: Office.js
   * gives dates as serials), a boolean, or null for an empty cell (also a merged non-master cell
   * and an error). For a formula cell, its cached result: not compared, since recalculation
   * changes it.
   */
  value: string | number | boolean | null;
  /** The formula without its leading "=", when the cell held one: then the formula is compared. */
  formula?: string;
  /** The error value ("#N/A", "#REF!") the cell held, if any. */
  error?: string;
}

/** Writes `value` into one cell. Rows are 1-based, columns 0-based, `address` is the A1 form. */
export interface SetEdit {
  kind: 'set';
  row: number;
  col: number;
  address: string;
  /** What to write: text (always written as text, never as a formula), a number, or null to clear. */
  value: string | number | null;
  /** The cell as the check saw it (value or formula): the writer writes only if it still holds this. */
  seen: SeenCell;
  /**
   * Also set the cell's font name (keeping its size and style): a cell typed in a TCVN3/VNI font
   * (.VnTime) shows Unicode text as garbage, so its repaired text needs a Unicode font.
   */
  font?: string;
  /**
   * The write repairs text typed in a legacy font (TCVN3/VNI): a writer that keeps per-run
   * formatting (rich text) decodes each run with `encoding` (capitals per the run's font, else
   * `font`, the cell's), so bold and italic words stay; one that cannot refuses the write.
   * `unicode`: the text is Unicode already and `value` is the cell's text unchanged; only the
   * fonts change (the cell's to `font`, each run's TCVN3/VNI font to Times New Roman).
   */
  legacy?: LegacyRepair;
}

/** How a legacy repair reads a cell's runs (see `SetEdit.legacy`). */
export interface LegacyRepair {
  encoding: 'TCVN3' | 'VNI' | 'unicode';
  font?: string;
}

/** Whether an edit only gives a Unicode cell a Unicode font (its text written back unchanged). */
export function isFontOnly(e: Edit): boolean {
  return e.kind === 'set' && e.legacy?.encoding === 'unicode';
}

/** Deletes one whole row (1-based, as the sheet was at the check). */
export interface DeleteRowEdit {
  kind: 'delete-row';
  row: number;
  /**
   * The row's cells as the check saw them, from column A (index 0) to its last non-empty cell;
   * empty cells are `{ value: null }`. The writer deletes only if the row still holds exactly
   * these (and nothing in a further column).
   */
  seen: SeenCell[];
}

/**
 * A repair as data: the exact writes, nothing else. Row deletions are applied after all sets,
 * bottom-up, so set edits always name rows as they are before the fix. Every edit carries what
 * the check saw where it writes, so that any writer can refuse a stale batch.
 */
export type Edit = SetEdit | DeleteRowEdit;

/**
 * A cell a fix's value was computed from, as the check saw it (1-based row, 0-based column, A1
 * address). A fix writes only while every source still holds `seen`: a words fix computed from
 * the old total, a renumbering computed from the other STT cells, a join computed from the
 * fragment row are all wrong once those cells change. Writers compare sources as they compare
 * `seen` (`matchesSeen`), before writing, and write nothing of the batch when one differs.
 */
export interface SourceCell {
  row: number;
  col: number;
  address: string;
  seen: SeenCell;
}

export interface Fix {
  /** The issue this fix repairs. */
  issue: Issue;
  /** Vietnamese, for the pane's button and the CLI's log: "Sửa H12 thành Quý II/2024". */
  label: string;
  /** Safe fixes are applied by "Sửa tất cả" and `phuluc fix`; others need a person's eye. */
  safe: boolean;
  edits: Edit[];
  /**
   * The cells (besides those it writes, whose `seen` the edits carry) its values were computed
   * from; absent when the fix depends only on the cells it writes.
   */
  sources?: readonly SourceCell[];
  /**
   * Present when this fix is one repair for several issues (the budget as it should be, the
   * renumbering of the table): the fix of each issue it resolves carries the same `repair`, and
   * all write the same edits. A list shows the repair once; applying it resolves every issue.
   */
  repair?: SharedRepair;
}

/** One repair that resolves several issues at once (see `Fix.repair`). */
export interface SharedRepair {
  /** Names the repair within a sheet's fixes: "renumber", "budget:7" (the budget's first line row). */
  id: string;
  /** Every issue it resolves (each has its own fix carrying this repair). */
  issues: readonly Issue[];
}
