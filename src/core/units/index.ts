export { DEFAULT_UNITS } from './defaults';
export { directorySchema, unitDirectorySchema, parseDirectoryJson, mergeDirectory } from './schema';
export type { ParseDirectoryResult } from './schema';
export { splitUnits, createUnitSplitter } from './split';
export { createUnitMatcher, sameUnit, cleanUnitName } from './match';
export type { UnitMatch, UnitMatcher } from './match';
