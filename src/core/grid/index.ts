export type { Cell, CellValue, Grid, MergeRange } from './types';
export { a1, columnIndex, columnLetter } from './address';
export { cellAt, cellText, formatDate, gridWidth, isBlank, lastValueRow } from './read';
export {
  builtinFormatCode,
  cellDate,
  dateFormatInfo,
  dateToSerial,
  formatDateNumber,
  isDateFormat,
  isDateFormatId,
  serialToDate,
  serialToParts,
  DAYS_1900_TO_1904,
  MAX_SERIAL_1900,
  type DateFormatInfo,
  type ExcelDateParts,
} from './date';
