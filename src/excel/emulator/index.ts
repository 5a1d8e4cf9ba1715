export {
  createExcelEmulator,
  EmulatedExcelError,
  MERGED_AREAS_LIMIT,
  PAYLOAD_LIMIT,
  type EmulatorFaults,
  type ExcelEmulator,
  type EmulatorOptions,
  type EmulatorStats,
  type WriteCall,
} from './api';
export { SheetModel, WorkbookModel, sheetFromGrid, parseAddress, type CellModel, type CellStyleModel, type Locale, type PageLayoutModel, type Rect, type TableModel, type TextRunModel, type RunFontModel } from './model';
export { largeSample } from './samples';
