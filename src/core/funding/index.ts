export { DEFAULT_FUNDING } from './defaults';
export { createFundingMatcher } from './match';
export type { FundingMatch, FundingMatcher } from './match';
export { parseAmount } from './amount';
/** Funding directories share the units' schema, parser and merge. */
export { directorySchema as fundingDirectorySchema, parseDirectoryJson, mergeDirectory } from '../units/schema';
