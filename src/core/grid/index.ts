export type { Cell, CellValue, Grid, MergeRange } from './types';
export { a1, columnIndex, columnLetter } from './address';
export { cellAt, cellText, gridWidth, isBlank, lastValueRow } from './read';
export {
  builtinFormatCode,
  cellDate,
  dateFormatInfo,
  dateToSerial,
  dayText,
  formatDate,
  formatDateNumber,
  isDateFormat,
  isDateFormatId,
  isoDay,
  isoText,
  parseTypedDay,
  serialToDate,
  serialToParts,
  viDate,
  DAYS_1900_TO_1904,
  MAX_SERIAL_1900,
  type DateFormatInfo,
  type ExcelDateParts,
  type TypedDay,
} from './date';
