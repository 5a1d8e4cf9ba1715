export {
  evaluateFormula,
  evaluateIn,
  evaluatePending,
  LookupAbort,
  NOT_COMPUTABLE,
  NotComputable,
  type CellLookup,
  type EvalResult,
  type FormulaResult,
  type FormulaValue,
  type Lookup,
  type PendingFormula,
  type SheetLookup,
} from './evaluate';
export { formulaRefs, parseRef, type RefRange } from './refs';
export { recalculate } from './recalc';
