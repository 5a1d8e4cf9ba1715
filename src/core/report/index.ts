export type {
  DeadlineSummary,
  DirectoryChoice,
  PlanYearSource,
  RowKind,
  RowReport,
  SheetKind,
  SheetReport,
  StatusSummary,
  Summary,
} from './types';
