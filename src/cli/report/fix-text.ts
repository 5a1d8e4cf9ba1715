/**
 * `phuluc fix`'s text report: formatting only, every word from ../strings. The fixes written
 * (with the cell or row of their issue, in the input's numbering, as `check` names them), the
 * ones refused with the reason, what the deleted rows made phuluc rewrite or move (counts; the
 * cells themselves are in `fix --json`), and the notes. Values print as `check` prints them
 * (printableText: a line break in a value continues on the next line, indented).
 */
import type { Fix } from '../../core/fix';
import type { FixGroup, WorkbookFix } from '../../xlsx/fix-workbook';
import type { ShiftCounts } from '../../xlsx/sheet-edit';
import { printable, printableText } from '../printable';
import { C } from '../strings';

const KINDS = ['mergeCells', 'dataValidations', 'conditionalFormats', 'hyperlinks'] as const satisfies ReadonlyArray<keyof ShiftCounts>;

/** One line of a list: `  "Phụ lục" E13: label`, a value's further lines under the label. `sheet`: printable already. */
function entryLine(sheet: string, f: Fix, tail?: string): string {
  const head = `  ${C.fix.where(sheet, f.issue.cell ?? C.fix.row(f.issue.row))}: `;
  return head + printableText(tail === undefined ? f.label : `${f.label} — ${tail}`, head.length);
}

/** What the row deletions changed beyond the fixes' own cells (nothing when no row was deleted). */
export function deletionLines(outcome: WorkbookFix['outcome']): string[] {
  if (outcome.deletedRows.length === 0) return [];
  const formulas = outcome.shifted.reduce((k, s) => k + s.formulas.length, 0);
  const bySheet = outcome.shifted.filter((s) => s.formulas.length > 0).map((s) => C.fix.sheetCount(printable(s.sheet), s.formulas.length));
  const lines = [C.fix.formulasRewritten(formulas, bySheet)];
  for (const s of outcome.shifted) {
    const moved = KINDS.filter((k) => s.counts[k].moved > 0).map((k) => C.fix.kinds[k](s.counts[k].moved));
    const removed = KINDS.filter((k) => s.counts[k].removed > 0).map((k) => C.fix.kinds[k](s.counts[k].removed));
    if (moved.length + removed.length > 0) lines.push(C.fix.shifted(printable(s.sheet), moved, removed));
  }
  if (outcome.shiftedNames.length > 0) lines.push(C.fix.namesRewritten(outcome.shiftedNames.length));
  lines.push(C.fix.details);
  return lines;
}

/** The whole report of a workbook written as `out`. */
export function renderFixText(result: WorkbookFix, out: string): string {
  const { outcome, groups, manual, refused: engineRefused } = result;
  // The sheet's name made printable once, not once for each of tens of thousands of lines.
  const names = new Map<string, string>();
  const name = (sheet: string): string => {
    let n = names.get(sheet);
    if (n === undefined) names.set(sheet, (n = printable(sheet)));
    return n;
  };
  const lines: string[] = [];
  let applied = 0;
  for (const id of outcome.applied) {
    const g = groups[id] as FixGroup;
    applied += g.fixes.length;
    lines.push(entryLine(name(g.sheet), g.fixes[0] as Fix));
  }
  const refusedLines: string[] = [];
  let refused = 0;
  for (const r of outcome.refused) {
    const g = groups[r.id] as FixGroup;
    refused += g.fixes.length;
    refusedLines.push(entryLine(name(g.sheet), g.fixes[0] as Fix, r.reason));
  }
  // Safe fixes the engine refused (over a formula, creating a fault, in conflict): each with its reason.
  for (const r of engineRefused) {
    refused++;
    refusedLines.push(entryLine(name(r.sheet), r.fix, r.reason));
  }
  const text: string[] = [];
  const deleted = outcome.deletedRows.length > 0;
  if (applied === 0) text.push(C.fix.none);
  else text.push(deleted ? C.fix.appliedBeforeDeletion(applied) : C.fix.applied(applied), ...lines);
  if (refused > 0) text.push(C.fix.refused(refused), ...refusedLines);
  text.push(...deletionLines(outcome));
  if (manual > 0) text.push(C.fix.manual(manual));
  for (const n of outcome.notes) {
    const note = C.fix.note('');
    text.push(note + printableText(n, note.length));
  }
  text.push(C.written(printable(out)));
  return text.join('\n') + '\n';
}
