/**
 * A fix never creates a fault, and a Sửa always fixes its own issue. Every fix the engine offers
 * is tried on the grid in memory: applied, then the sheet is checked again. The fix must remove
 * its own issue and the check must find no issue it did not find before (issues compared by code
 * and cell, cells mapped through the fix's row deletions). It must also not write text over a
 * real date. A fix that fails is not offered: it is returned among the refused, with the reason.
 *
 * Cost: one check per distinct set of edits (fixes that share their edits, like every numbering
 * issue's renumbering, are tried once). Large sheets are tried in batches (all fixes at once; on
 * a failure, the fixes that touch the rows of the new issues, else halves) so that a clean sheet
 * costs one extra check.
 */
import { applyEdits, combineFixes, type Edit, type Fix, type SourceCell } from './fix';
import { cellDate, type Grid } from './grid';
import type { Issue, IssueCode } from './issues';

/** Why a fix is not offered (see the module comment). */
export type FixRefusal =
  /** Applied alone and checked again, the fix leaves its own issue in place. */
  | { reason: 'keeps-issue' }
  /** The check finds these issues after the fix and not before (cells as before the fix). */
  | { reason: 'creates-issues'; issues: { code: IssueCode; cell: string }[] }
  /** The fix would write text (or nothing) over these cells, which hold real dates. */
  | { reason: 'text-over-date'; cells: string[] }
  /** The fix would write a value over these cells, which hold formulas (as the CLI's writer refuses). */
  | { reason: 'value-over-formula'; cells: string[] }
  /**
   * A legacy-text repair of these cells, which may hold per-run formatting (a bold word), that
   * the host cannot write run by run (Excel without ExcelApi 1.18): writing plain text would
   * drop the formatting. Not made by the engine: the pane adds it for the host it runs on.
   */
  | { reason: 'rich-text-unsupported'; cells: string[] };

export interface RefusedFix {
  fix: Fix;
  refusal: FixRefusal;
}

/** Checks a grid again with the same options (the engine's check, before verification). */
export type Recheck = (grid: Grid) => readonly Issue[];

/** Individual tries cost (distinct edit sets × rows) up to this; past it fixes are tried in batches. */
export const INDIVIDUAL_BUDGET_ROWS = 20_000;
/** Past this many rows the check does not try its fixes at all: appliers try them (combineVerified). */
export const EAGER_MAX_ROWS = 5_000;

export interface Verified {
  fixes: Fix[];
  refused: RefusedFix[];
  /** True when every fix offered was tried (false on sheets past EAGER_MAX_ROWS). */
  verified: boolean;
}

interface Group {
  edits: Edit[];
  fixes: Fix[];
  /** 1-based rows the edits write or delete. */
  rows: Set<number>;
}

/** The key an issue is compared by: code and cell (or row), rows mapped to `row`. */
function keyOf(issue: Issue, row: number): string {
  const cell = issue.cell;
  if (!cell) return `${issue.code}@R${row}`;
  // The cell's column letters (a loop, not a RegExp: the keys of every issue of a big sheet)
  let n = 0;
  while (n < cell.length && cell.charCodeAt(n) >= 65 && cell.charCodeAt(n) <= 90) n++;
  return `${issue.code}@${cell.slice(0, n)}${row}`;
}

function parseKey(key: string): { code: IssueCode; cell: string } {
  const at = key.indexOf('@');
  return { code: key.slice(0, at) as IssueCode, cell: key.slice(at + 1) };
}

/** Maps rows after deleting `deleted` (1-based rows as before) back to rows before. */
function rowMapper(deleted: number[]): (after: number) => number {
  if (deleted.length === 0) return (r) => r;
  const sorted = [...new Set(deleted)].sort((a, b) => a - b);
  return (after) => {
    let r = after;
    for (const d of sorted) if (d <= r) r++;
    return r;
  };
}

class Verifier {
  private readonly before: Set<string>;
  readonly refused = new Map<Fix, FixRefusal>();
  checks = 0;

  constructor(
    private readonly grid: Grid,
    beforeIssues: readonly Issue[],
    private readonly recheck: Recheck,
  ) {
    this.before = new Set(beforeIssues.map((i) => keyOf(i, i.row)));
  }

  /** Applies the edits, checks again; the new issues and the fixes whose own issue remains. */
  private tryEdits(edits: Edit[], fixes: Fix[]): { created: string[]; kept: Fix[] } {
    this.checks++;
    const after = this.recheck(applyEdits(this.grid, edits));
    const toBefore = rowMapper(edits.filter((e) => e.kind === 'delete-row').map((e) => e.row));
    const keys = new Set<string>();
    for (const i of after) keys.add(keyOf(i, toBefore(i.row)));
    const created: string[] = [];
    for (const k of keys) if (!this.before.has(k)) created.push(k);
    const kept = fixes.filter((f) => keys.has(keyOf(f.issue, f.issue.row)));
    return { created, kept };
  }

  /** Tries one group alone: exact. Returns whether it passed; records refusals. */
  tryOne(g: Group): boolean {
    const { created, kept } = this.tryEdits(g.edits, g.fixes);
    if (created.length > 0) {
      const refusal: FixRefusal = { reason: 'creates-issues', issues: created.map(parseKey) };
      for (const f of g.fixes) this.refused.set(f, refusal);
      return false;
    }
    for (const f of kept) this.refused.set(f, { reason: 'keeps-issue' });
    if (kept.length > 0) g.fixes = g.fixes.filter((f) => !kept.includes(f));
    return g.fixes.length > 0;
  }

  /**
   * Tries non-conflicting groups together; on a failure narrows down to the culprits (the groups
   * that touch the rows of the new issues or keep their own, else halves). Returns the groups
   * that passed (each tried alone, or within a set that passed as a whole).
   */
  trySet(groups: Group[], rowsInSheet: number): Group[] {
    if (groups.length === 0) return [];
    if (groups.length === 1) return this.tryOne(groups[0]!) ? groups : [];
    if (groups.length * rowsInSheet <= INDIVIDUAL_BUDGET_ROWS) return groups.filter((g) => this.tryOne(g));
    const all = groups.flatMap((g) => g.fixes);
    const { created, kept } = this.tryEdits(combineFixes(all).edits, all);
    if (created.length === 0 && kept.length === 0) return groups;
    const suspectRows = new Set(created.map((k) => Number(/\d+$/.exec(k)?.[0] ?? NaN)));
    const keptSet = new Set(kept);
    const suspects: Group[] = [];
    const others: Group[] = [];
    for (const g of groups) {
      const touches = g.fixes.some((f) => keptSet.has(f)) || [...g.rows].some((r) => suspectRows.has(r));
      (touches ? suspects : others).push(g);
    }
    const attributed = created.every((k) => {
      const row = Number(/\d+$/.exec(k)?.[0] ?? NaN);
      return suspects.some((g) => g.rows.has(row));
    });
    if (suspects.length > 0 && attributed && suspects.length < groups.length) {
      const okSuspects = suspects.length <= 16 ? suspects.filter((g) => this.tryOne(g)) : this.trySet(suspects, rowsInSheet);
      return [...okSuspects, ...this.trySet(others, rowsInSheet)];
    }
    const half = groups.length >> 1;
    return [...this.trySet(groups.slice(0, half), rowsInSheet), ...this.trySet(groups.slice(half), rowsInSheet)];
  }

  /**
   * Whether the union of these fixes, applied as one batch, passes (no new issue, every own issue
   * gone). `edits`: their combined edits when the caller has them (combineFixes of a pool gives
   * its applied fixes' edits exactly as combineFixes of those fixes alone would).
   */
  tryUnion(fixes: Fix[], edits: Edit[] = combineFixes(fixes).edits): boolean {
    const { created, kept } = this.tryEdits(edits, fixes);
    return created.length === 0 && kept.length === 0;
  }
}

/** Fixes grouped by the edits they share (same array, as lazy fixes share them, or same content). */
function groupsOf(fixes: readonly Fix[]): Group[] {
  const byRef = new Map<Edit[], Group>();
  const byContent = new Map<string, Group>();
  const out: Group[] = [];
  for (const f of fixes) {
    const edits = f.edits;
    let g = byRef.get(edits);
    if (!g) {
      const sig = edits.length <= 8 ? JSON.stringify(edits.map((e) => (e.kind === 'set' ? [e.address, e.value] : e.row))) : undefined;
      g = sig !== undefined ? byContent.get(sig) : undefined;
      if (!g) {
        const rows = new Set<number>();
        for (const e of edits) rows.add(e.row);
        g = { edits, fixes: [], rows };
        out.push(g);
        if (sig !== undefined) byContent.set(sig, g);
      }
      byRef.set(edits, g);
    }
    g.fixes.push(f);
  }
  return out;
}

/**
 * The cells (A1) among `edits` that hold a formula in `grid`: a set edit writes a value (never a
 * formula), so writing there would turn the formula into a constant. Every writer refuses that
 * (the .xlsx writer per cell, the pane per action), so the pane and the CLI agree.
 */
export function formulasOverwritten(grid: Grid, edits: readonly Edit[]): string[] {
  const out: string[] = [];
  for (const e of edits) {
    if (e.kind !== 'set') continue;
    if (grid.rows[e.row - 1]?.[e.col]?.formula !== undefined) out.push(e.address);
  }
  return out;
}

/** The cells among a fix's writes that hold a real date and would get text or be cleared. */
function datesOverwritten(grid: Grid, fix: Fix): string[] {
  const out: string[] = [];
  for (const e of fix.edits) {
    if (e.kind !== 'set' || typeof e.value === 'number') continue;
    if (cellDate(grid.rows[e.row - 1]?.[e.col], grid.date1904)) out.push(e.address);
  }
  return out;
}

/** Refuses fixes that write over formulas or write text over dates; the rest go on. */
function guardDates(grid: Grid, fixes: readonly Fix[], refused: RefusedFix[]): Fix[] {
  const ok: Fix[] = [];
  for (const fix of fixes) {
    const formulas = formulasOverwritten(grid, fix.edits);
    const cells = formulas.length > 0 ? [] : datesOverwritten(grid, fix);
    if (formulas.length > 0) refused.push({ fix, refusal: { reason: 'value-over-formula', cells: formulas } });
    else if (cells.length > 0) refused.push({ fix, refusal: { reason: 'text-over-date', cells } });
    else ok.push(fix);
  }
  return ok;
}

/**
 * Tries every fix of a check (see the module comment) and keeps the ones that pass, in their
 * order. `issues` are the check's own issues on `grid`; `recheck` checks a changed grid the same way.
 */
export function verifyFixes(grid: Grid, issues: readonly Issue[], fixes: readonly Fix[], recheck: Recheck): Verified {
  const refused: RefusedFix[] = [];
  if (fixes.length === 0) return { fixes: [], refused, verified: true };
  if (grid.rows.length > EAGER_MAX_ROWS) return { fixes: [...fixes], refused, verified: false };
  const candidates = guardDates(grid, fixes, refused);
  const v = new Verifier(grid, issues, recheck);
  const rows = Math.max(1, grid.rows.length);
  // Rounds of fixes that do not conflict with each other (conflicting ones are tried in the next).
  let pending = candidates;
  while (pending.length > 0) {
    const { applied, skipped } = combineFixes(pending);
    v.trySet(groupsOf(applied), rows);
    if (skipped.length === pending.length) break;
    pending = skipped;
  }
  for (const [fix, refusal] of v.refused) refused.push({ fix, refusal });
  const out = candidates.filter((f) => !v.refused.has(f));
  return { fixes: out, refused: sortRefused(refused, fixes), verified: true };
}

/**
 * One batch of fixes (Sửa tất cả, `phuluc fix`, or a single Sửa) whose combined result was checked
 * again and creates no issue, while removing each applied fix's own issue. Fixes that fail are
 * refused with their reason; fixes that conflict with another (or pass alone but not together)
 * are skipped, to be applied by a later batch. `issues` are the check's issues on `grid`.
 */
export function combineVerifiedWith(
  grid: Grid,
  issues: readonly Issue[],
  fixes: readonly Fix[],
  recheck: Recheck,
): { edits: Edit[]; applied: Fix[]; sources: SourceCell[]; skipped: Fix[]; refused: RefusedFix[] } {
  const refused: RefusedFix[] = [];
  const v = new Verifier(grid, issues, recheck);
  const rows = Math.max(1, grid.rows.length);
  let pool = guardDates(grid, fixes, refused);
  const deferred: Fix[] = [];
  const done = (combined: { edits: Edit[]; applied: Fix[]; sources: SourceCell[]; skipped: Fix[] }) => {
    for (const [fix, refusal] of v.refused) refused.push({ fix, refusal });
    const skipped = deferred.length > 0 ? [...combined.skipped, ...deferred] : combined.skipped;
    // Not a spread of `combined`: its sources are built only when read (combineFixes).
    return {
      edits: combined.edits,
      applied: combined.applied,
      get sources(): SourceCell[] {
        return combined.sources;
      },
      skipped,
      refused: sortRefused(refused, fixes),
    };
  };
  for (let round = 0; round < 8 && pool.length > 0; round++) {
    const combined = combineFixes(pool);
    if (v.tryUnion(combined.applied, combined.edits)) return done(combined);
    const ok = new Set(v.trySet(groupsOf(combined.applied), rows).flatMap((g) => g.fixes));
    if (combined.applied.every((f) => ok.has(f))) {
      // Each passes alone but not all together: keep the first half now, the rest for a later batch.
      const later = new Set(combined.applied.slice(Math.max(1, combined.applied.length >> 1)));
      for (const f of later) deferred.push(f); // a loop: half of a batch may be 100,000 fixes
      pool = pool.filter((f) => !later.has(f));
    } else pool = pool.filter((f) => !v.refused.has(f));
  }
  // Could not settle (never seen): apply nothing rather than something unverified.
  const refusedSet = new Set([...refused.map((r) => r.fix), ...v.refused.keys()]);
  const deferredSet = new Set(deferred);
  return done({ edits: [], applied: [], sources: [], skipped: fixes.filter((f) => !refusedSet.has(f) && !deferredSet.has(f)) });
}

function sortRefused(refused: RefusedFix[], order: readonly Fix[]): RefusedFix[] {
  if (refused.length < 2) return refused;
  const index = new Map(order.map((f, i) => [f, i]));
  return refused.sort((a, b) => (index.get(a.fix) ?? 0) - (index.get(b.fix) ?? 0));
}
