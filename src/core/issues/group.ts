/**
 * Issues grouped by kind, as the pane lists them and the HTML report prints them: one group per
 * issue code, errors first, then warnings, then hints; within a group, rows in sheet order.
 */
import type { Issue, IssueCode, Severity } from './types';

/** How severe a severity is, most severe first (0): errors, warnings, hints. */
export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface IssueGroup {
  code: IssueCode;
  severity: Severity;
  issues: Issue[];
}

/** Every issue in exactly one group; groups by severity (stable for equal severities), rows ascending. */
export function groupIssues(issues: readonly Issue[]): IssueGroup[] {
  const groups = new Map<IssueCode, IssueGroup>();
  for (const i of issues) {
    let g = groups.get(i.code);
    if (!g) groups.set(i.code, (g = { code: i.code, severity: i.severity, issues: [] }));
    g.issues.push(i);
  }
  const out = [...groups.values()];
  for (const g of out) g.issues.sort((a, b) => a.row - b.row);
  return out.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}
