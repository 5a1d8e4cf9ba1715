/** The engine's public face: everything adapters (CLI, Excel, pane) may use. */
export { checkSheet, checkWorkbook, combineVerified, renumber, renumbering, sheetContexts, summarise, type SheetContext, type SheetResult, type WorkbookResult } from './engine';
export { EAGER_MAX_ROWS, INDIVIDUAL_BUDGET_ROWS, formulasOverwritten, type FixRefusal, type RefusedFix } from './verify';
export {
  parseConfigJson,
  parseSettings,
  parseSettingsText,
  settingsToJson,
  settingsToOptions,
  SETTINGS_VERSION,
  type ConfigResult,
  type Settings,
  type SettingsJson,
  type SettingsResult,
} from './config-parse';
export type { CheckOptions, DirectoryEntry } from './config';
export * from './grid';
export * from './issues';
export * from './report';
export * from './fix';
export { renderMessage, renderRefusal, severityLabel, codeTitle, roleLabel, reportNotes, stateLabel, timingLabel, viDate } from './messages';
export { parseStatus, STATUS_VALUES, type StatusResult, type TaskStatus } from './status';
export * from './progress';
export { evaluateFormula, formulaRefs, recalculate, type FormulaResult, type FormulaValue } from './formula';
