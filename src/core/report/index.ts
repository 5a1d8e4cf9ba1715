export type {
  DeadlineSummary,
  PlanYearSource,
  RowKind,
  RowReport,
  SheetKind,
  SheetReport,
  Summary,
} from './types';
