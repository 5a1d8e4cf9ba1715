export { parsePeriod, periodOf, type Period, type PeriodKind } from './period';
export {
  addDays,
  countStates,
  itemText,
  NO_LEAD,
  periodReport,
  progressItems,
  progressOverview,
  type LeadRow,
  type PeriodReport,
  type ProgressItem,
  type ProgressOverview,
  type ProgressState,
  type ReportSection,
  type StateCounts,
  type Timing,
} from './progress';
