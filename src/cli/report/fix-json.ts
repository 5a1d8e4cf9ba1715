/**
 * `phuluc fix --json`: formatting only. One JSON document per run (fix takes one file): what was
 * written, what was refused and why (a code for scripts, the Vietnamese reason for people), and
 * what the user should know about the new workbook. Built from src/xlsx/fix-workbook.ts's result.
 */
import type { Fix } from '../../core/fix';
import type { FixRefusal } from '../../core/verify';
import type { FixGroup, WorkbookFix } from '../../xlsx/fix-workbook';
import type { WriterRefusalKind } from '../../xlsx/write';
import { RowDeletion, colLetters } from '../../xlsx/row-deletion';
import { writeJson } from './json';

/** The issue a fix repairs, as `check --json` names it (row 1-based, cell A1). */
export interface FixIssueJson {
  code: string;
  severity: string;
  row: number;
  cell?: string;
}

/**
 * One cell a fix writes. `address`: in the input's numbering (before any row is deleted), as
 * `check` names it; `newAddress` (written fixes only): where the cell is in the new workbook,
 * after the rows deleted above it. `old`: the value the check saw (a formula's cached value,
 * with `oldFormula`); `new`: what is written (null clears the cell).
 */
export interface CellChangeJson {
  address: string;
  newAddress?: string;
  old: string | number | boolean | null;
  oldFormula?: string;
  new: string | number | null;
}

/**
 * A formula the deleted rows made the writer rewrite (references moved up, ranges shrunk, a
 * reference into a deleted row turned into #REF!): its cell in the input (`address`) and in the
 * new workbook (`newAddress`), its text before and after (as stored, without `=`), and `ref`
 * when it now reads #REF!.
 */
export interface RewrittenFormulaJson {
  sheet: string;
  address: string;
  newAddress: string;
  old: string;
  new: string;
  ref: boolean;
}

/** How many of one kind the deleted rows moved (or shrank) and removed with them. */
export interface ShiftCountJson {
  moved: number;
  removed: number;
}

/** Per sheet: formulas rewritten, and merges, validations, conditional formats and hyperlinks that followed the rows. */
export interface ShiftedSheetJson {
  sheet: string;
  formulas: number;
  mergeCells: ShiftCountJson;
  dataValidations: ShiftCountJson;
  conditionalFormats: ShiftCountJson;
  hyperlinks: ShiftCountJson;
}

/** A defined name (a print area or titles too) the deleted rows made the writer rewrite; `sheet` for a sheet-local name. */
export interface RewrittenNameJson {
  name: string;
  sheet?: string;
  old: string;
  new: string;
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
 * pivot table…), `package` (no [Content_Types].xml), `protected` (the sheet is protected and
 * Excel would not let its user write that cell, delete or insert that row: src/xlsx/protection.ts).
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
  summary?: { applied: number; refused: number; manual: number; warnings: number; formulasRewritten: number; namesRewritten: number };
  applied?: FixEntryJson[];
  refused?: RefusedEntryJson[];
  /** What the deleted rows changed beyond the fixes' own cells (empty when no row was deleted). */
  rewritten?: RewrittenFormulaJson[];
  shifted?: ShiftedSheetJson[];
  names?: RewrittenNameJson[];
  warnings?: WarningJson[];
}

function issueJson(f: Fix): FixIssueJson {
  const out: FixIssueJson = { code: f.issue.code, severity: f.issue.severity, row: f.issue.row };
  if (f.issue.cell !== undefined) out.cell = f.issue.cell;
  return out;
}

/** The entry of fixes that share one list of edits (the first one's label and edits); `moved` gives a written cell's new address. */
function entry(sheet: string, fixes: readonly Fix[], moved?: (address: string) => string): FixEntryJson {
  const first = fixes[0] as Fix;
  const cells: CellChangeJson[] = [];
  const deletedRows: number[] = [];
  for (const e of first.edits) {
    if (e.kind === 'delete-row') {
      deletedRows.push(e.row);
      continue;
    }
    const c: CellChangeJson = { address: e.address, ...(moved && { newAddress: moved(e.address) }), old: e.seen.value, new: e.value };
    if (e.seen.formula !== undefined) c.oldFormula = e.seen.formula;
    cells.push(c);
  }
  return { sheet, label: first.label, issues: fixes.map(issueJson), cells, deletedRows: deletedRows.sort((a, b) => a - b) };
}

/** The document of a workbook written as `out` (counts as the text report counts: one per issue). */
export function fixJson(file: string, out: string, result: WorkbookFix): FixJson {
  const { outcome, groups, manual } = result;
  const groupAt = (id: number) => groups[id] as FixGroup;
  const deletions = new Map(outcome.deletedRows.map((d) => [d.sheet, new RowDeletion(d.rows)]));
  /** A cell's address in the new workbook (the rows deleted above it are gone). */
  const newAddress = (sheet: string, address: string): string => {
    const d = deletions.get(sheet);
    const m = /^([A-Z]+)(\d+)$/.exec(address);
    if (!d || !m) return address;
    return `${m[1]}${d.newRow(Number(m[2])) ?? Number(m[2])}`;
  };
  const applied = outcome.applied.map((id) => entry(groupAt(id).sheet, groupAt(id).fixes, (a) => newAddress(groupAt(id).sheet, a)));
  const refused: RefusedEntryJson[] = [
    ...outcome.refused.map((r) => ({ ...entry(groupAt(r.id).sheet, groupAt(r.id).fixes), reason: { code: r.kind, message: r.reason } })),
    ...result.refused.map((r) => ({ ...entry(r.sheet, [r.fix]), reason: { code: r.code, message: r.reason } })),
  ];
  const warnings: WarningJson[] = outcome.refErrors.map((w, i) => ({ code: 'formula-ref', sheet: w.sheet, cell: w.cell, message: outcome.notes[i] ?? '' }));
  const rewritten: RewrittenFormulaJson[] = outcome.shifted.flatMap((s) =>
    s.formulas.map((f) => ({ sheet: s.sheet, address: `${colLetters(f.col)}${f.row}`, newAddress: `${colLetters(f.col)}${f.newRow}`, old: f.from, new: f.to, ref: f.ref })),
  );
  const shifted: ShiftedSheetJson[] = outcome.shifted.map((s) => ({ sheet: s.sheet, formulas: s.formulas.length, ...s.counts }));
  const names: RewrittenNameJson[] = outcome.shiftedNames.map((x) => ({ name: x.name, ...(x.sheet !== undefined && { sheet: x.sheet }), old: x.from, new: x.to }));
  const count = (xs: readonly FixEntryJson[]) => xs.reduce((n, x) => n + x.issues.length, 0);
  return {
    file,
    out,
    written: true,
    summary: { applied: count(applied), refused: count(refused), manual, warnings: warnings.length, formulasRewritten: rewritten.length, namesRewritten: names.length },
    applied,
    refused,
    rewritten,
    shifted,
    names,
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
