/**
 * Knowing phuluc's own files again: the issue list (`check --xlsx`) and the period report
 * (`report --out`) are not plans, and a folder checked again after they were written there must
 * not read them as such. Each is marked by a custom document property (which Excel and
 * LibreOffice keep when they save the file); a file written before the mark, or by a tool that
 * dropped it, is known by its shape: the issue list's sheet name and header row, or report
 * sheets titled as phuluc titles them. The new appendix is not marked: it becomes the plan.
 */
import type { Grid } from '../core/grid';
import { ISSUE_LIST_HEADER, ISSUE_LIST_SHEET, LEGACY_ISSUE_LISTS } from './issues-sheet';
import { REPORT_TITLE } from './report-sheet';

/** The custom property's name; its value is an OwnOutputKind. */
export const OUTPUT_PROPERTY = 'phuluc';

export type OwnOutputKind = 'issue-list' | 'period-report';

const KINDS: readonly OwnOutputKind[] = ['issue-list', 'period-report'];

/** The custom properties that mark a file phuluc writes as `kind` (see createWorkbook's `properties`). */
export function outputProperties(kind: OwnOutputKind): Record<string, string> {
  return { [OUTPUT_PROPERTY]: kind };
}

const text = (g: Grid, r: number, c: number): string => {
  const v = g.rows[r]?.[c]?.value;
  return typeof v === 'string' ? v.normalize('NFC').trim() : '';
};

/** The list as phuluc writes it now, or as an earlier version wrote it (another sheet name and header). */
const ISSUE_LIST_SHAPES: readonly { sheet: string; header: readonly string[] }[] = [{ sheet: ISSUE_LIST_SHEET, header: ISSUE_LIST_HEADER }, ...LEGACY_ISSUE_LISTS];

function isIssueList(g: Grid): boolean {
  const name = g.name.normalize('NFC');
  return ISSUE_LIST_SHAPES.some((shape) => name === shape.sheet && shape.header.every((h, c) => text(g, 0, c) === h));
}

function isReport(g: Grid): boolean {
  return /^Báo cáo /u.test(g.name.normalize('NFC')) && text(g, 1, 0).startsWith(REPORT_TITLE);
}

/**
 * Which of phuluc's own outputs a workbook is, or undefined for any other workbook (a plan).
 * `properties` are the package's custom properties (src/xlsx/custom-properties.ts), `grids` its
 * worksheets. By shape, every worksheet must be one: a plan with an issue list pasted beside it
 * is still a plan.
 */
export function ownOutputKind(properties: ReadonlyMap<string, string>, grids: readonly Grid[]): OwnOutputKind | undefined {
  const marked = properties.get(OUTPUT_PROPERTY);
  if (marked !== undefined && (KINDS as readonly string[]).includes(marked)) return marked as OwnOutputKind;
  if (grids.length === 0) return undefined;
  if (grids.every(isIssueList)) return 'issue-list';
  if (grids.every(isReport)) return 'period-report';
  return undefined;
}
