/** Pure helpers that turn a report and its fixes into what the pane lists and writes. */
import type { CheckOptions } from '../../core/config';
import type { Fix } from '../../core/fix';
import type { Grid } from '../../core/grid';
import type { FixRefusal, RefusedFix } from '../../core/verify';
import { combineVerified } from '../engine';
import { SEVERITY_RANK, type Issue } from '../../core/issues';
export { groupIssues, type IssueGroup } from '../../core/issues';
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

/**
 * What an issue of the list offers: its own Sửa (`fix`; `resolves` issues in all, more than one
 * when it is a repair shared by several issues, `Fix.repair`), or, for the other issues of a
 * shared repair, the issue whose Sửa fixes it too (`fixedBy`), so that no two rows carry the same
 * button.
 */
export type FixOffer = { kind: 'fix'; fix: Fix; resolves: number } | { kind: 'shared'; fix: Fix; fixedBy: Issue };

/**
 * The offer of each issue with a fix, by issueKey. `issues` in the list's order: a shared repair
 * is offered on the first of its issues there; the engine says which fixes are one repair
 * (`Fix.repair.id`) and which issues it resolves (`Fix.repair.issues`).
 */
export function fixOffers(issues: readonly Issue[], fixes: readonly Fix[]): Map<string, FixOffer> {
  const byIssue = fixesByIssue(fixes);
  const owners = new Map<string, Issue>();
  const out = new Map<string, FixOffer>();
  for (const issue of issues) {
    const key = issueKey(issue);
    const fix = byIssue.get(key);
    if (!fix || out.has(key)) continue;
    const id = fix.repair?.id;
    const owner = id === undefined ? undefined : owners.get(id);
    if (owner) out.set(key, { kind: 'shared', fix, fixedBy: owner });
    else {
      if (id !== undefined) owners.set(id, issue);
      out.set(key, { kind: 'fix', fix, resolves: Math.max(1, fix.repair?.issues.length ?? 1) });
    }
  }
  return out;
}

/** The fixes of every issue `fix`'s repair resolves (just `fix` when it is not shared). */
export function repairGroup(fix: Fix, fixes: readonly Fix[]): Fix[] {
  const id = fix.repair?.id;
  if (id === undefined) return [fix];
  const group = fixes.filter((f) => f.repair?.id === id);
  return group.includes(fix) ? group : [fix, ...group];
}

/** Why each issue's fix was refused at check time (the first refusal of an issue), by issueKey. */
export function refusalsByIssue(refused: readonly RefusedFix[]): Map<string, FixRefusal> {
  const m = new Map<string, FixRefusal>();
  for (const r of refused) if (!m.has(issueKey(r.fix.issue))) m.set(issueKey(r.fix.issue), r.refusal);
  return m;
}

/** One fill per cell (the most severe), errors and warnings only. */
export function highlightsFor(issues: readonly Issue[]): Highlight[] {
  const byCell = new Map<string, Highlight>();
  for (const i of issues) {
    if (!i.cell || i.severity === 'info') continue;
    const prev = byCell.get(i.cell);
    if (!prev || SEVERITY_RANK[i.severity] < SEVERITY_RANK[prev.severity]) byCell.set(i.cell, { address: i.cell, severity: i.severity });
  }
  return [...byCell.values()];
}

/** A batch before it is stamped with its sheet and expectations (state/expect.ts). */
export type BatchDraft = Omit<WriteBatch, 'sheetId'>;

export interface FixPlan {
  batch: BatchDraft;
  /** The fixes the batch carries. */
  applied: Fix[];
  /** Fixes the engine refuses once combined (they would keep their issue or create one), with why. */
  refused: RefusedFix[];
  /** Fixes left for a later press (a conflict, or fine alone but not together). */
  skipped: Fix[];
}

/**
 * The batch for some fixes (one Sửa, or every safe fix for Sửa tất cả), as every applier builds
 * it: the engine's combineVerified merges them and checks the result again on `grid`, so the
 * batch creates no issue and removes each applied fix's own. `grid` and `options` are those the
 * fixes were computed from.
 */
export function planFixes(grid: Grid, fixes: readonly Fix[], options: CheckOptions, label?: string): FixPlan {
  const { edits, applied, sources, refused, skipped } = combineVerified(grid, fixes, options);
  const name = label ?? (applied.length === 1 ? applied[0]!.label : S.fixAllLabel(applied.length));
  const batch: BatchDraft = { label: name, ops: edits as WriteOp[] };
  // The cells the fixes were computed from must still hold what the check saw (the adapter
  // compares them with the written cells' `seen`, and writes nothing when one differs).
  if (sources.length) batch.expect = sources.map((s) => ({ row: s.row, col: s.col, seen: s.seen }));
  return { batch, applied, refused, skipped };
}
