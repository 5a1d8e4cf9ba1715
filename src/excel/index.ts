export { createOfficeAdapter, HIGHLIGHT_FILL, LISTS_SHEET, SETTINGS_KEY } from './office-adapter';
export type { ExcelApiInput } from './office-api';
export { needsQuote, textInput } from './office-api';
export * from './types';
export { freeSheetName, SheetRefusal, type AddSheetResult, type StatusColumnRequest } from './sheets';
