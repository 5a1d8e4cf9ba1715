export type {
  DeadlineSummary,
  DirectoryChoice,
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
