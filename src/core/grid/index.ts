export type { Cell, CellValue, Grid, MergeRange } from './types';
export { a1, columnIndex, columnLetter } from './address';
export { cellAt, cellText, formatDate, gridWidth, isBlank } from './read';
