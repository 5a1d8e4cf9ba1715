import { groupIssues, SEVERITY_RANK, type Issue } from '../../../src/core/issues';
import { checkSheet } from '../../../src/core';
import { progressSheet } from '../../helpers/progress-sheet';

describe('groupIssues', () => {
  const issues: Issue[] = checkSheet(progressSheet()).report.issues;

  it('puts every issue in exactly one group of its own code', () => {
    const groups = groupIssues(issues);
    expect(groups.flatMap((g) => g.issues).length).toBe(issues.length);
    for (const g of groups) for (const i of g.issues) expect(i.code).toBe(g.code);
    expect(new Set(groups.map((g) => g.code)).size).toBe(groups.length);
  });

  it('lists errors first, then warnings, then hints; rows ascending in a group', () => {
    const groups = groupIssues([...issues].reverse());
    const ranks = groups.map((g) => SEVERITY_RANK[g.severity]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    for (const g of groups) expect(g.issues.map((i) => i.row)).toEqual(g.issues.map((i) => i.row).sort((a, b) => a - b));
  });

  it('gives nothing for no issues', () => expect(groupIssues([])).toEqual([]));

  it('has a severity rank for each severity, errors most severe', () => {
    expect(SEVERITY_RANK.error).toBeLessThan(SEVERITY_RANK.warning);
    expect(SEVERITY_RANK.warning).toBeLessThan(SEVERITY_RANK.info);
  });
});
