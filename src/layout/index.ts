/**
 * What phuluc creates, laid out as sheet descriptions (src/xlsx/create/spec.ts): the CLI writes
 * them into new workbooks, the pane into new sheets of the open one. Pure; reads only the
 * engine's reports and the template library.
 */
export { APPENDIX_HEADER, FIRST_NEW_PLAN_YEAR, NEW_PLAN_YEARS_AHEAD, bodyInitials, newPlanYears, newAppendix, newAppendixSheet, type IncompleteTask, type NewAppendix, type NewAppendixOptions } from './appendix-sheet';
export { ISSUE_LIST_HEADER, ISSUE_LIST_SHEET, LEGACY_ISSUE_LISTS, issueListSheet, type CheckedFileLike, type UnreadableFileLike } from './issues-sheet';
export { periodReportSheet, REPORT_TITLE, type ReportSheetOptions } from './report-sheet';
export { FONT, LANDSCAPE_A4, SIZE } from './style';
export { OUTPUT_PROPERTY, outputProperties, ownOutputKind, type OwnOutputKind } from './own-outputs';
