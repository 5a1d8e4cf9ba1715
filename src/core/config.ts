import type { Grid } from './grid';

/** A named thing with the other ways clerks write it (units, funding categories). */
export interface DirectoryEntry {
  name: string;
  aliases: string[];
}

/** What the engine is told beyond the grid. Everything is optional. */
export interface CheckOptions {
  /** Overrides the plan year read from the sheet. */
  planYear?: number;
  /** The units that may lead or partner (defaults: units/defaults). */
  units?: readonly DirectoryEntry[];
  /** Funding categories (defaults: funding/defaults). */
  funding?: readonly DirectoryEntry[];
}

export type { Grid };
