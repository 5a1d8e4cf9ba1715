export type { Edit, Fix } from './types';
export { applyEdits } from './apply';
export { combineFixes, type Combined } from './combine';
