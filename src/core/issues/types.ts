/**
 * Issues are data: each kind is a typed object with a stable code and its own fields.
 * The list of codes and their severities is derived from this union (see severity.ts),
 * and messages are rendered in one place (messages.ts) by an exhaustive switch.
 */
export type Severity = 'error' | 'warning' | 'info';

export type TaskRole =
  | 'stt'
  | 'objective'
  | 'task'
  | 'activity'
  | 'product'
  | 'lead'
  | 'partners'
  | 'deadline'
  | 'funding'
  /** Tình hình thực hiện: done, in progress, not started (src/core/status). */
  | 'status';
export type BudgetRole = 'stt' | 'item' | 'unit' | 'quantity' | 'rate' | 'amount' | 'words';
export type ColumnRole = TaskRole | BudgetRole;

/** Where an issue is: 1-based Excel row, the column's role, and the A1 cell. */
export interface Location {
  sheet: string;
  row: number;
  column?: ColumnRole;
  cell?: string;
}

/** Per-code payloads. Adding a code here forces severity.ts and messages.ts to handle it. */
export interface IssueFields {
  'header.not-found': Record<string, never>;
  'column.missing': { role: TaskRole };
  'stt.duplicate': { stt: string; firstRow: number };
  'stt.gap': { expected: string; found: string };
  'stt.missing': { expected?: string };
  'section.numbering': { expected: string; found: string };
  'section.nonstandard': { title: string; standard: string };
  'row.repeated-header': Record<string, never>;
  'row.fragment': { targetRow: number };
  'deadline.missing': Record<string, never>;
  'deadline.invalid': { text: string; reason: DeadlineInvalidReason };
  'deadline.year-mismatch': { text: string; year: number; planYear: number };
  'deadline.unrecognized': { text: string };
  'deadline.nonstandard': { text: string; canonical: string };
  'lead.missing': Record<string, never>;
  'partner.same-as-lead': { unit: string };
  /** `others`: more names of the same code in the cell, reported in this one issue (one fix for all). */
  'unit.unknown': { name: string; nearest?: string; others?: number };
  'unit.nonstandard': { name: string; canonical: string; others?: number };
  'unit.obsolete': { name: string; canonical: string; validUntil: string; successors: string[]; others?: number };
  'unit.unlisted': { name: string; count: number };
  'funding.missing': Record<string, never>;
  'funding.unknown': { text: string; nearest?: string };
  'funding.nonstandard': { text: string; canonical: string };
  'budget.line-mismatch': { quantity: number; rate: number; amount: number; expected: number };
  'budget.total-mismatch': { total: number; sum: number };
  'budget.savings-mismatch': { percent: number; amount: number; expected: number };
  'budget.words-missing': { total: number; expectedWords: string };
  'budget.words-mismatch': { words: string; total: number; wordsValue?: number; expectedWords: string };
  'budget.number-format': { text: string; value: number };
  'cell.error-value': { error: string };
  /** A formula whose value the file does not hold and the reader could not compute (Cell.uncomputed). */
  'cell.not-computed': { formula?: string };
  'status.unrecognized': { text: string };
  /** `decoded`: the Unicode text the clerk saw; `font`: the cell's legacy font, when known. */
  'text.legacy-encoding': { text: string; encoding: 'TCVN3' | 'VNI'; decoded: string; font?: string };
  /**
   * Unicode text (converted with Unikey, typed anew) left in a TCVN3/VNI font (`font`), which
   * draws it as garbage on screen and in print. `text` is the cell's text, left as it is.
   */
  'text.legacy-font': { text: string; font: string };
}

export type DeadlineInvalidReason = 'quarter' | 'month' | 'day' | 'date';

export type IssueCode = keyof IssueFields;

/** One issue: its code, severity, location, fields, and (when one exists) the replacement value. */
export type Issue = {
  [C in IssueCode]: {
    code: C;
    severity: Severity;
    data: IssueFields[C];
    suggestion?: string | number;
  } & Location;
}[IssueCode];

export type IssueOf<C extends IssueCode> = Extract<Issue, { code: C }>;
