export type {
  DeadlineSummary,
  PlanYearSource,
  RowKind,
  RowReport,
  SheetKind,
  SheetReport,
  StatusSummary,
  Summary,
} from './types';
