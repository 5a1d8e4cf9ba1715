export { STANDARD_AREAS, matchArea, bareTitle } from './areas';
export type { AreaId, AreaMatch, ReformArea } from './areas';
