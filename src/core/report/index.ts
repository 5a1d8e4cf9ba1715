export type {
  DeadlineSummary,
  DirectoryChoice,
  PlanYearSource,
  RowKind,
  RowReport,
  SheetKind,
  SheetReport,
  Summary,
} from './types';
