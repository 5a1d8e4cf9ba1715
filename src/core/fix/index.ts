export type { DeleteRowEdit, Edit, Fix, SeenCell, SetEdit } from './types';
export { applyEdits } from './apply';
export { combineFixes, type Combined } from './combine';
export { deleteRowEdit, matchesSeen, matchesSeenRow, seenOf, seenRowOf, setEdit, staleEdits } from './seen';
