import type { Issue } from '../issues';
import type { Edit, Fix, SharedRepair, SourceCell } from './types';

/**
 * A fix whose edits and label are built on first use: a large sheet has thousands of fixes and
 * most are never applied. A class (not an object literal with getters) keeps creation cheap.
 */
export class LazyFix implements Fix {
  private built: Edit[] | undefined;
  private text: string | undefined;
  private from: readonly SourceCell[] | undefined;

  constructor(
    readonly issue: Issue,
    readonly safe: boolean,
    private readonly make: () => Edit[],
    private readonly describe: (issue: Issue, edits: Edit[]) => string,
    private readonly makeSources?: () => readonly SourceCell[],
    readonly repair?: SharedRepair,
  ) {}

  get sources(): readonly SourceCell[] | undefined {
    return this.makeSources ? (this.from ??= this.makeSources()) : undefined;
  }

  get edits(): Edit[] {
    return (this.built ??= this.make());
  }

  get label(): string {
    return (this.text ??= this.describe(this.issue, this.edits));
  }
}
