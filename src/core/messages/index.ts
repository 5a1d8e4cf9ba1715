export { renderMessage, renderRefusal, severityLabel, codeTitle, roleLabel } from './render';
export { fixLabel, renumberLabel, budgetRepairLabel, toNumberLabel, renderSuggestion } from './fix-labels';
export type { BudgetRepairCell } from './fix-labels';
