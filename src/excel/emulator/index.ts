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
export { SheetModel, WorkbookModel, sheetFromGrid, parseAddress, type CellModel, type Locale, type Rect, type TableModel } from './model';
export { largeSample } from './samples';
