/** The issue list for reviewers who live in Excel: one row per issue, filters, header frozen. */
import { renderMessage, renderSuggestion, severityLabel } from '../core/messages';
import type { SheetReport } from '../core/report';
import type { CellSpec, SheetSpec } from '../xlsx/create';
import { c, S } from './style';
import { LS } from './strings';

/** The issue list's sheet name (how phuluc knows its own list again, with the header). */
export const ISSUE_LIST_SHEET = LS.issuesSheetName;
export const ISSUE_LIST_HEADER: readonly string[] = [LS.fileHeader, LS.sheetHeader, LS.cellHeader, LS.codeHeader, LS.severityHeader, LS.messageHeader, LS.suggestionHeader];
/** Lists written before the one-word rule (*vấn đề*): another sheet name and header, same columns. */
export const LEGACY_ISSUE_LISTS: readonly { sheet: string; header: readonly string[] }[] = [
  { sheet: LS.legacyIssueList.sheetName, header: LS.legacyIssueList.header },
];

export interface CheckedFileLike {
  file: string;
  sheets: readonly SheetReport[];
}

export interface UnreadableFileLike {
  file: string;
  kind: string;
  message: string;
}

export function issueListSheet(files: readonly CheckedFileLike[], unreadable: readonly UnreadableFileLike[] = []): SheetSpec {
  const cell = { vertical: 'top', wrap: true } as const;
  const rows: CellSpec[][] = [ISSUE_LIST_HEADER.map((h) => c(h, { ...S.header, border: false }))];
  for (const f of files) {
    for (const s of f.sheets) {
      for (const i of s.issues) {
        rows.push([
          c(f.file, cell),
          c(s.name, cell),
          c(i.cell ?? LS.rowN(i.row), cell),
          c(i.code, cell),
          c(severityLabel(i.severity), cell),
          c(renderMessage(i), cell),
          // The suggested value as the sheet shows it (amounts 20.500.000), as the CLI and the pane print it.
          c(renderSuggestion(i) ?? '', cell),
        ]);
      }
    }
  }
  for (const u of unreadable) rows.push([c(u.file, cell), c('', cell), c('', cell), c(`file.${u.kind}`, cell), c(severityLabel('error'), cell), c(LS.unreadableFile(u.message), cell), c('', cell)]);
  const last = Math.max(rows.length - 1, 1);
  return {
    name: ISSUE_LIST_SHEET,
    rows,
    widths: [34, 16, 8, 24, 10, 70, 36],
    freeze: { rows: 1, cols: 0 },
    autoFilter: { top: 0, left: 0, bottom: last, right: ISSUE_LIST_HEADER.length - 1 },
    page: { orientation: 'landscape', paper: 'A4', fitToWidth: true, pageNumbers: true },
    printTitleRows: { first: 0, last: 0 },
  };
}
