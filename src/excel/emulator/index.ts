export { createExcelEmulator, EmulatedExcelError, PAYLOAD_LIMIT, type ExcelEmulator, type EmulatorOptions, type EmulatorStats } from './api';
export { SheetModel, WorkbookModel, sheetFromGrid, parseAddress, type CellModel, type CellStyleModel, type PageLayoutModel, type Rect } from './model';
export { largeSample } from './samples';
