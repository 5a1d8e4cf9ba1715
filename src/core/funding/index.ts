export { DEFAULT_FUNDING, FUNDING_2025 } from './defaults';
export { createFundingMatcher } from './match';
export type { FundingCellMatch, FundingMatch, FundingMatcher } from './match';
export { parseAmount } from './amount';
/** Funding directories share the units' schema, parser and merge. */
export { directorySchema as fundingDirectorySchema, parseDirectoryJson, mergeDirectory } from '../units/schema';
