export type {
  DeadlineSummary,
  DirectoryChoice,
  PlanYearSource,
  RowKind,
  RowReport,
  SectionExtent,
  SheetKind,
  SheetReport,
  StatusSummary,
  Summary,
  TableLayout,
  TaskExtent,
} from './types';
export { rowKinds } from './kinds';
