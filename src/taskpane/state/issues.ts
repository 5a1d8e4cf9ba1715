/** Pure helpers that turn a report and its fixes into what the pane lists and writes. */
import { combineFixes, type Fix } from '../../core/fix';
import type { Issue, IssueCode, Severity } from '../../core/issues';
import type { Highlight, WriteBatch, WriteOp } from '../../excel/types';
import { S } from '../strings';

export interface Counts {
  error: number;
  warning: number;
  info: number;
}

export function countBySeverity(issues: readonly Issue[]): Counts {
  const c: Counts = { error: 0, warning: 0, info: 0 };
  for (const i of issues) c[i.severity] += 1;
  return c;
}

/** Identifies an issue across re-checks and between the report and its fixes. */
export function issueKey(i: Issue): string {
  return `${i.code}|${i.sheet}|${i.row}|${i.cell ?? ''}|${i.column ?? ''}`;
}

/** The stable test id of an issue item: `issue-<code>-<cell>` (or `r<row>` without a cell). */
export function issueTestId(i: Issue): string {
  return `issue-${i.code}-${i.cell ?? `r${i.row}`}`;
}

export function fixesByIssue(fixes: readonly Fix[]): Map<string, Fix> {
  const m = new Map<string, Fix>();
  for (const f of fixes) if (!m.has(issueKey(f.issue))) m.set(issueKey(f.issue), f);
  return m;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface IssueGroup {
  code: IssueCode;
  severity: Severity;
  issues: Issue[];
}

/** Issues grouped by code: errors first, then warnings, then hints; rows in sheet order. */
export function groupIssues(issues: readonly Issue[]): IssueGroup[] {
  const groups = new Map<IssueCode, IssueGroup>();
  for (const i of issues) {
    let g = groups.get(i.code);
    if (!g) groups.set(i.code, (g = { code: i.code, severity: i.severity, issues: [] }));
    g.issues.push(i);
  }
  const out = [...groups.values()];
  for (const g of out) g.issues.sort((a, b) => a.row - b.row);
  return out.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}

/** One fill per cell (the most severe), errors and warnings only. */
export function highlightsFor(issues: readonly Issue[]): Highlight[] {
  const byCell = new Map<string, Highlight>();
  for (const i of issues) {
    if (!i.cell || i.severity === 'info') continue;
    const prev = byCell.get(i.cell);
    if (!prev || RANK[i.severity] < RANK[prev.severity]) byCell.set(i.cell, { address: i.cell, severity: i.severity });
  }
  return [...byCell.values()];
}

/** A fix as one batch, labelled for the undo button. */
export function fixBatch(fix: Fix): WriteBatch {
  return { label: fix.label, ops: [...fix.edits] };
}

/**
 * Every safe fix in one batch, merged by the engine (shared edits kept once, conflicting fixes
 * left for the re-check to show again).
 */
export function fixAllBatch(fixes: readonly Fix[]): { batch: WriteBatch; applied: number } {
  const { edits, applied } = combineFixes(fixes.filter((f) => f.safe));
  return { batch: { label: S.fixAllLabel(applied.length), ops: edits as WriteOp[] }, applied: applied.length };
}
