export type { BudgetCheck } from './check';
export { checkBudget } from './check';
export type { CellNumber } from './cell-number';
export { readCellNumber } from './cell-number';
export type { SttLevel, TotalLabel } from './labels';
export { savingsPercent, sttLevel, totalLabel } from './labels';
