export type { DeadlineInput, DeadlineKind, DeadlineOk, DeadlineResult } from './types';
export { parseDeadline, createDeadlineParser } from './parse';
export { daysInMonth, endOfMonth, isLeapYear, toRoman } from './calendar';
