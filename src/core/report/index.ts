export type {
  DeadlineSummary,
  PlanYearSource,
  RowKind,
  RowReport,
  SectionExtent,
  SheetKind,
  SheetReport,
  Summary,
  TableLayout,
  TaskExtent,
} from './types';
