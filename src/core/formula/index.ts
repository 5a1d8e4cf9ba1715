export { evaluateFormula, formulaRefs, parseRef, type CellLookup, type FormulaResult, type FormulaValue, type RefRange } from './evaluate';
export { recalculate } from './recalc';
