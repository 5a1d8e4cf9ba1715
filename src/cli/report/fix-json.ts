/**
 * `phuluc fix --json`: formatting only. One JSON document per run (fix takes one file): what was
 * written, what was refused and why (a code for scripts, the Vietnamese reason for people), and
 * what the user should know about the new workbook. Built from src/xlsx/fix-workbook.ts's result.
 */
import type { Fix } from '../../core/fix';
import type { FixRefusal } from '../../core/verify';
import type { FixGroup, WorkbookFix } from '../../xlsx/fix-workbook';
import type { WriterRefusalKind } from '../../xlsx/write';
import { writeJson } from './json';

/** The issue a fix repairs, as `check --json` names it (row 1-based, cell A1). */
export interface FixIssueJson {
  code: string;
  severity: string;
  row: number;
  cell?: string;
}

/**
 * One cell a fix writes, addresses and rows in the input's numbering (before any row is deleted).
 * `old`: the value the check saw (a formula's cached value, with `oldFormula`); `new`: what is
 * written (null clears the cell).
 */
export interface CellChangeJson {
  address: string;
  old: string | number | boolean | null;
  oldFormula?: string;
  new: string | number | null;
}

/** A fix (or fixes that share their edits, as the renumbering of every STT cell) and its edits. */
export interface FixEntryJson {
  sheet: string;
  /** Vietnamese: what the fix does (the text report's line). */
  label: string;
  issues: FixIssueJson[];
  cells: CellChangeJson[];
  /** Rows it deletes, 1-based, in the input's numbering. */
  deletedRows: number[];
}

/**
 * Why a safe fix was not written. Engine refusals (checked again in memory): `keeps-issue`,
 * `creates-issues`, `text-over-date`, `value-over-formula`, `conflict` (another fix writes the
 * same cell or row). Writer refusals (src/xlsx/write.ts): `sheet-not-found`, `cell` (a cell it
 * writes cannot be written as the check saw it), `row-shift` (a row it deletes or inserts holds
 * or is covered by something that cannot be moved or kept: a note, a picture, a chart's data, a
 * pivot table…).
 */
export type RefusalCode = FixRefusal['reason'] | 'conflict' | WriterRefusalKind;

export type RefusedEntryJson = FixEntryJson & { reason: { code: RefusalCode; message: string } };

/** Something the user should know about the new workbook: a formula that now shows #REF!. */
export interface WarningJson {
  code: 'formula-ref';
  sheet: string;
  /** In the new workbook's numbering. */
  cell: string;
  message: string;
}

/** The document a run prints. `written` false (exit 2): `error` says why, nothing else is present. */
export interface FixJson {
  file: string;
  out: string;
  written: boolean;
  error?: { kind: string; message: string };
  summary?: { applied: number; refused: number; manual: number; warnings: number };
  applied?: FixEntryJson[];
  refused?: RefusedEntryJson[];
  warnings?: WarningJson[];
}

function issueJson(f: Fix): FixIssueJson {
  const out: FixIssueJson = { code: f.issue.code, severity: f.issue.severity, row: f.issue.row };
  if (f.issue.cell !== undefined) out.cell = f.issue.cell;
  return out;
}

/** The entry of fixes that share one list of edits (the first one's label and edits). */
function entry(sheet: string, fixes: readonly Fix[]): FixEntryJson {
  const first = fixes[0] as Fix;
  const cells: CellChangeJson[] = [];
  const deletedRows: number[] = [];
  for (const e of first.edits) {
    if (e.kind === 'delete-row') {
      deletedRows.push(e.row);
      continue;
    }
    const c: CellChangeJson = { address: e.address, old: e.seen.value, new: e.value };
    if (e.seen.formula !== undefined) c.oldFormula = e.seen.formula;
    cells.push(c);
  }
  return { sheet, label: first.label, issues: fixes.map(issueJson), cells, deletedRows: deletedRows.sort((a, b) => a - b) };
}

/** The document of a workbook written as `out` (counts as the text report counts: one per issue). */
export function fixJson(file: string, out: string, result: WorkbookFix): FixJson {
  const { outcome, groups, manual } = result;
  const groupAt = (id: number) => groups[id] as FixGroup;
  const applied = outcome.applied.map((id) => entry(groupAt(id).sheet, groupAt(id).fixes));
  const refused: RefusedEntryJson[] = [
    ...outcome.refused.map((r) => ({ ...entry(groupAt(r.id).sheet, groupAt(r.id).fixes), reason: { code: r.kind, message: r.reason } })),
    ...result.refused.map((r) => ({ ...entry(r.sheet, [r.fix]), reason: { code: r.code, message: r.reason } })),
  ];
  const warnings: WarningJson[] = outcome.refErrors.map((w, i) => ({ code: 'formula-ref', sheet: w.sheet, cell: w.cell, message: outcome.notes[i] ?? '' }));
  const count = (xs: readonly FixEntryJson[]) => xs.reduce((n, x) => n + x.issues.length, 0);
  return {
    file,
    out,
    written: true,
    summary: { applied: count(applied), refused: count(refused), manual, warnings: warnings.length },
    applied,
    refused,
    warnings,
  };
}

/** The document of a run that wrote nothing (unreadable input, refused or failed output). */
export function fixFailureJson(file: string, out: string, error: { kind: string; message: string }): FixJson {
  return { file, out, written: false, error: { kind: error.kind, message: error.message } };
}

/** Prints the document: one fix, refusal or warning per line, in chunks (writeJson). */
export function writeFixJson(doc: FixJson, print: (s: string) => void): void {
  writeJson(doc, print, 2);
  print('\n');
}
