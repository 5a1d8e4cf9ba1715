/** The engine's public face: everything adapters (CLI, Excel, pane) may use. */
export { checkSheet, checkWorkbook, renumber, summarise, type SheetResult, type WorkbookResult } from './engine';
export { parseConfigJson, type ConfigResult } from './config-parse';
export type { CheckOptions, DirectoryEntry } from './config';
export * from './grid';
export * from './issues';
export * from './report';
export * from './fix';
export { renderMessage, severityLabel, codeTitle, roleLabel, stateLabel, timingLabel, viDate } from './messages';
export { parseStatus, STATUS_VALUES, type StatusResult, type TaskStatus } from './status';
export * from './progress';
