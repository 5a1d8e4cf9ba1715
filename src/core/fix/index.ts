export type { DeleteRowEdit, Edit, Fix, LegacyRepair, SeenCell, SetEdit, SharedRepair, SourceCell } from './types';
export { isFontOnly } from './types';
export { applyEdits } from './apply';
export { combineFixes, type Combined } from './combine';
export { deleteRowEdit, matchesSeen, matchesSeenRow, blockSources, seenOf, seenRowOf, rowSources, setEdit, sourceCell, staleEdits, staleSources } from './seen';
export { locateStale, type CheckedCell, type StaleCell, type StaleVerdict } from './moved';
