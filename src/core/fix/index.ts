export type { Edit, Fix } from './types';
