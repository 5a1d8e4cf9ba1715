import type { IssueCode, IssueFields, Issue, Location, Severity } from './types';

/** Every code with its severity. A Record over IssueCode: a new code will not compile until listed. */
export const SEVERITY: { readonly [C in IssueCode]: Severity } = {
  'header.not-found': 'error',
  'column.missing': 'warning',
  'stt.duplicate': 'error',
  'stt.gap': 'error',
  'stt.missing': 'error',
  'section.numbering': 'error',
  'section.nonstandard': 'warning',
  'row.repeated-header': 'warning',
  'row.fragment': 'warning',
  'deadline.missing': 'error',
  'deadline.invalid': 'error',
  'deadline.year-mismatch': 'error',
  'deadline.unrecognized': 'warning',
  'deadline.nonstandard': 'info',
  'lead.missing': 'error',
  'partner.same-as-lead': 'warning',
  'unit.unknown': 'warning',
  'unit.nonstandard': 'info',
  'unit.obsolete': 'warning',
  'unit.unlisted': 'info',
  'funding.missing': 'warning',
  'funding.unknown': 'warning',
  'funding.nonstandard': 'info',
  'budget.line-mismatch': 'error',
  'budget.total-mismatch': 'error',
  'budget.savings-mismatch': 'warning',
  'budget.words-missing': 'warning',
  'budget.words-mismatch': 'error',
  'budget.number-format': 'warning',
  'cell.error-value': 'warning',
  'status.unrecognized': 'warning',
  'cell.not-computed': 'warning',
  'text.legacy-encoding': 'warning',
  'text.legacy-font': 'warning',
};

/** The list of codes, derived from the type (via SEVERITY's exhaustive keys). */
export const ISSUE_CODES = Object.keys(SEVERITY) as IssueCode[];

/** Builds an issue with the severity its code carries. */
export function makeIssue<C extends IssueCode>(
  code: C,
  where: Location,
  data: IssueFields[C],
  suggestion?: string | number,
): Issue {
  // One shape for every issue, built without spreading: large sheets make tens of thousands.
  // Absent fields stay undefined (left out of JSON).
  return {
    code,
    severity: SEVERITY[code],
    sheet: where.sheet,
    row: where.row,
    column: where.column,
    cell: where.cell,
    data,
    suggestion,
  } as Issue;
}
