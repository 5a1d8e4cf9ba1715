export { renderMessage, renderRefusal, severityLabel, codeTitle, roleLabel } from './render';
export { instalmentDeadline, REPORT_OWN_HEADERS, REPORT_TITLE_HEAD, reportNotes, stateLabel, timingLabel, viDate } from './progress';
export { fixDone, fixLabel, fixPreview, legacyLabel, renumberLabel, budgetRepairLabel, toNumberLabel, renderSuggestion, PREVIEW_CELLS } from './fix-labels';
export type { BudgetRepairCell } from './fix-labels';
export { CONFIG_MESSAGES } from './config';
export { bodyProblemMessage, missingUnitsMessage, unlistedFundingMessage, type UnitsList } from './templates';
