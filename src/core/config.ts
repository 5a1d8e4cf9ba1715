import type { Grid } from './grid';

/** The plan years phuluc takes, wherever a year is typed: settings, the pane's boxes, --year. */
export const PLAN_YEAR_MIN = 1990;
export const PLAN_YEAR_MAX = 2100;

/**
 * A named thing with the other ways clerks write it (units, funding categories). A unit may carry
 * when it existed (ISO dates `YYYY-MM-DD`, both ends included) and the units that took over its
 * work: a plan dated after `validUntil` that names it gets unit.obsolete with the successor.
 */
export interface DirectoryEntry {
  name: string;
  aliases: string[];
  /** First day the unit exists (informative: a plan dated earlier is not faulted for naming it). */
  validFrom?: string;
  /** Last day the unit exists. */
  validUntil?: string;
  /** The units that took over its work, the usual one first. */
  successors?: string[];
  /**
   * The parts a unit plays in the standard tasks (units/directories/roles.ts: `văn phòng`, `tài
   * chính` …): a new appendix and an inserted template name this unit for them, before the
   * built-in directory's. Only a user's own entries carry them.
   */
  roles?: string[];
}

/** The built-in directories (units/directories): one per kind of body whose plans phuluc checks. */
export type DirectoryId = 'so-2025' | 'xa-2025' | 'ubnd-tinh-2025' | 'so-truoc-2025';

/** What the engine is told beyond the grid. Everything is optional. */
export interface CheckOptions {
  /** Overrides the plan year read from the sheet. */
  planYear?: number;
  /** The department's own units (with `mode`: instead of, or besides, the built-in directory's). */
  units?: readonly DirectoryEntry[];
  /** The department's own funding categories, likewise. */
  funding?: readonly DirectoryEntry[];
  /**
   * How `units` and `funding` combine with the built-in directory: `replace` (the default when a
   * list is given: the list alone) or `extend` (the directory plus the list; config files' default).
   */
  mode?: 'replace' | 'extend';
  /** The built-in directory to use; `auto` (the default) picks it from the title and the plan year. */
  directory?: DirectoryId | 'auto';
}

export type { Grid };
