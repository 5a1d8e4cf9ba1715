import type { Issue } from '../issues';
import type { Edit, Fix } from './types';

/**
 * A fix whose edits and label are built on first use: a large sheet has thousands of fixes and
 * most are never applied. A class (not an object literal with getters) keeps creation cheap.
 */
export class LazyFix implements Fix {
  private built: Edit[] | undefined;
  private text: string | undefined;

  constructor(
    readonly issue: Issue,
    readonly safe: boolean,
    private readonly make: () => Edit[],
    private readonly describe: (issue: Issue, edits: Edit[]) => string,
  ) {}

  get edits(): Edit[] {
    return (this.built ??= this.make());
  }

  get label(): string {
    return (this.text ??= this.describe(this.issue, this.edits));
  }
}
