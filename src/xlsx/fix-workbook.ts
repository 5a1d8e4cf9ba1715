/**
 * The whole `fix` of a workbook read by src/xlsx/read.ts: the engine's safe fixes of each
 * sheet, combined and verified as one batch per sheet (src/core/verify.ts), applied by the surgical
 * writer. What the CLI runs and the web page will run; they only render the result. Pure.
 */
import { checkWorkbook, combineVerified, sheetContexts } from '../core/engine';
import { renderRefusal } from '../core/messages';
import type { CheckOptions } from '../core/config';
import type { Edit, Fix } from '../core/fix';
import type { FixRefusal } from '../core/verify';
import { readSharedStrings } from './package';
import { seenGuard } from './seen-guard';
import type { WorkbookRead } from './read';
import { fixPackage } from './write';
import type { FixOptions, FixOutcome, FixToWrite, SheetFixes } from './write';
import { XS } from './strings';

/** Engine fixes that share their edits (every STT issue carries the same renumbering): written and reported as one. */
export interface FixGroup {
  sheet: string;
  fixes: Fix[];
}

export interface WorkbookFix {
  outcome: FixOutcome;
  /** By the ids the outcome uses (`applied`, `refused`). */
  groups: FixGroup[];
  /** Fixes that need a person's eye (not safe): offered by `phuluc check`, never written by `fix`. */
  manual: number;
  /**
   * Safe fixes not written because the engine refused them, each with its Vietnamese reason:
   * checked at check time or again as one batch and found to create a fault or write over a
   * formula or a date (src/core/verify.ts, `renderRefusal`), or in conflict with another fix.
   * (Fixes the writer refuses are in `outcome.refused`.) `code`: the engine's refusal
   * (`FixRefusal['reason']`, src/core/verify.ts), or `conflict` for a fix in conflict with another.
   */
  refused: Array<{ sheet: string; fix: Fix; reason: string; code: FixRefusal['reason'] | 'conflict' }>;
}

/**
 * Checks the read workbook and applies its safe fixes. Throws XlsxError only for an unreadable
 * package. `write.codec`: the writer's zip codec (fflate when absent; the CLI gives Node's zlib).
 */
export function fixWorkbook(read: WorkbookRead, options: CheckOptions = {}, write: Pick<FixOptions, 'codec'> = {}): WorkbookFix {
  // The check's reports (a RowReport per row) and the verification's repaired grid die here,
  // before the writer runs: the garbage collector need not walk them again while it writes.
  const { groups, requests, manual, refused } = planFixes(read, options);
  // The stale-write guard: every cell written and row deleted must still hold what the check saw.
  const edits = new Map<string, Edit[]>();
  for (const req of requests) edits.set(req.sheet, req.fixes.flatMap((f) => f.edits as Edit[]));
  const sharedStrings = read.sharedStrings ?? readSharedStrings(read.package);
  const outcome = fixPackage(read.package, requests, {
    grids: read.grids,
    ...(sharedStrings && { sharedStrings }),
    seen: seenGuard(edits, sharedStrings, read.date1904),
    ...(write.codec && { codec: write.codec }),
  });
  return { outcome, groups, manual, refused };
}

/** The check, and each sheet's safe fixes combined and verified as one batch: what to write. */
function planFixes(read: WorkbookRead, options: CheckOptions): Pick<WorkbookFix, 'groups' | 'manual' | 'refused'> & { requests: SheetFixes[] } {
  // each sheet re-checked as checkWorkbook saw it: with what its other sheets say (a cover page)
  const contexts = sheetContexts(read.grids);
  const { sheets, fixes, refused: checkRefused } = checkWorkbook(read.grids, options, contexts);
  const groups: FixGroup[] = [];
  const requests: SheetFixes[] = [];
  let manual = 0;
  const refused: WorkbookFix['refused'] = [];
  read.grids.forEach((grid, i) => {
    // Safe fixes the check refused (a fix over a formula, one that creates a fault): listed with the reason.
    for (const r of checkRefused[i] ?? []) if (r.fix.safe) refused.push({ sheet: grid.name, fix: r.fix, reason: renderRefusal(r.refusal), code: r.refusal.reason });
    const sheetFixes: Fix[] = fixes[i] ?? [];
    const safe = sheetFixes.filter((f) => f.safe);
    manual += sheetFixes.length - safe.length;
    // Fixes that carry the very same edits (every STT issue carries the one renumbering) stand
    // or fall together: combined once, written once, reported once.
    const byEdits = new Map<readonly unknown[], Fix[]>();
    for (const f of safe) {
      const same = byEdits.get(f.edits);
      if (same) same.push(f);
      else byEdits.set(f.edits, [f]);
    }
    // One batch per sheet: a fix that would overwrite another's cell or a deleted row is left
    // for a person, and the whole batch is checked again in memory: it creates no issue (a
    // failing fix is left out, src/core/verify.ts). Compared with the issues the check just
    // found on this very grid (same options, same context), not found a second time.
    const batch = combineVerified(grid, [...byEdits.values()].map((same) => same[0] as Fix), options, contexts[i], sheets[i]?.issues);
    for (const f of batch.skipped) {
      refused.push({ sheet: grid.name, fix: f, reason: XS.fixConflict, code: 'conflict' });
    }
    for (const { fix: f, refusal } of batch.refused) {
      refused.push({ sheet: grid.name, fix: f, reason: renderRefusal(refusal), code: refusal.reason });
    }
    const toWrite: FixToWrite[] = [];
    for (const f of batch.applied) {
      groups.push({ sheet: grid.name, fixes: byEdits.get(f.edits) ?? [f] });
      toWrite.push({ id: groups.length - 1, edits: f.edits });
    }
    if (toWrite.length > 0) requests.push({ sheet: grid.name, fixes: toWrite });
  });
  return { groups, requests, manual, refused };
}
