export type {
  BudgetRole,
  ColumnRole,
  DeadlineInvalidReason,
  Issue,
  IssueCode,
  IssueFields,
  IssueOf,
  Location,
  Severity,
  TaskRole,
} from './types';
export { ISSUE_CODES, SEVERITY, makeIssue } from './severity';
export { groupIssues, SEVERITY_RANK, type IssueGroup } from './group';
