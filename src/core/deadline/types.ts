import type { DeadlineInvalidReason } from '../issues';

export type DeadlineKind =
  | 'quarter'
  | 'month'
  | 'before'
  | 'date'
  | 'period'
  | 'recurring'
  | 'conditional'
  | 'several';

/** A deadline that fits a known form. Results may be shared by the memoised parser: do not mutate. */
export interface DeadlineOk {
  ok: true;
  kind: DeadlineKind;
  /** The input as given (strings untouched; dates as dd/mm/yyyy; numbers as String(n)). */
  text: string;
  /** The spelling a clerk should use (NFC, standard words and numerals). */
  canonical: string;
  /** The trimmed input differs from canonical (including NFD encoding: it looks the same but compares different). */
  nonstandard: boolean;
  /** ISO yyyy-mm-dd: the last day the deadline allows (a range: its end); for 'several' the latest of its parts. */
  due?: string;
  /** Every year the text names, in order of appearance, without repeats. */
  years: number[];
  /** The deadlines of a 'several' cell, one per clause (a quarter, month or date list gives one part each). */
  parts?: DeadlineOk[];
}

export type DeadlineResult =
  | DeadlineOk
  | { ok: false; reason: 'empty'; text: string }
  | { ok: false; reason: 'invalid'; invalid: DeadlineInvalidReason; text: string; years: number[] }
  | { ok: false; reason: 'unrecognized'; text: string };

export type DeadlineInput = string | number | Date | null | undefined;
