/**
 * The readable report: formatting only, every word in Vietnamese. Each sheet's issues are grouped
 * by severity, errors first (each group headed with its count), in row order within a group.
 * One quotation style throughout: straight double quotes, as the engine's messages write them.
 */
import type { Issue, Severity } from '../../core/issues';
import { renderSuggestion, severityLabel } from '../../core/messages';
import type { PlanYearSource, SheetKind, SheetReport, Summary } from '../../core/report';
import type { CheckedFile, Render, SkippedFile, UnreadableFile } from './json';
import { addSummaries } from './json';
import type { FolderInput } from '../inputs';
import { printable, printableText } from '../printable';
import { C } from '../strings';

const T = C.text;

/** The severities' words are the engine's, as the pane and the issue list write them. */
export const SEVERITY_LABEL: Record<Severity, string> = { error: severityLabel('error'), warning: severityLabel('warning'), info: severityLabel('info') };
export const KIND_LABEL: Record<SheetKind, string> = T.kind;
const YEAR_SOURCE: Record<PlanYearSource, string> = T.yearSource;
const DIRECTORY_SOURCE: Record<NonNullable<SheetReport['directory']>['source'], string> = T.directorySource;

export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  severity(sev: Severity, s: string): string;
}

const plain: Style = { bold: (s) => s, dim: (s) => s, severity: (_sev, s) => s };

const ansi: Style = {
  bold: (s) => `\x1b[1m${s}\x1b[22m`,
  dim: (s) => `\x1b[2m${s}\x1b[22m`,
  severity: (sev, s) => `\x1b[${sev === 'error' ? 31 : sev === 'warning' ? 33 : 36}m${s}\x1b[39m`,
};

export function styleFor(color: boolean): Style {
  return color ? ansi : plain;
}

/** "10 vấn đề: 3 lỗi, 2 cảnh báo, 5 gợi ý" (or "Không có vấn đề nào"). */
export function summaryLine(s: Summary): string {
  return T.summary(s.errors, s.warnings, s.infos);
}

/** Severities in the order the report lists them. */
export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/** The issues of each severity, errors first, each in row order; empty groups left out. */
export function groupBySeverity(issues: readonly Issue[]): { severity: Severity; issues: Issue[] }[] {
  const sorted = sortIssues(issues);
  return SEVERITY_ORDER.map((severity) => ({ severity, issues: sorted.filter((i) => i.severity === severity) })).filter((g) => g.issues.length > 0);
}

/** Column index of an A1 cell, for sorting issues of one row left to right. */
function colOf(cell: string | undefined): number {
  if (!cell) return -1;
  const m = /^([A-Z]+)/.exec(cell);
  if (!m || !m[1]) return -1;
  let n = 0;
  for (const ch of m[1]) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function sortIssues(issues: readonly Issue[]): Issue[] {
  return issues
    .map((issue, i) => ({ issue, i }))
    .sort((a, b) => a.issue.row - b.issue.row || colOf(a.issue.cell) - colOf(b.issue.cell) || a.i - b.i)
    .map((x) => x.issue);
}

function sheetHeading(s: SheetReport, st: Style): string {
  const parts = [s.ownOutput ? T.ownReport : KIND_LABEL[s.kind]];
  if (s.headerRows.length > 0) parts.push(T.headerRows(s.headerRows));
  if (s.planYear !== undefined) {
    const src = s.planYearSource ? ` (${YEAR_SOURCE[s.planYearSource]})` : '';
    parts.push(T.planYear(s.planYear, src));
  }
  if (s.directory) {
    const custom = s.directory.custom ? T.custom[s.directory.custom] : '';
    parts.push(T.directory(s.directory.name, `${DIRECTORY_SOURCE[s.directory.source]}${custom}`));
  }
  return `  ${st.bold(T.sheet(printable(s.name)))}: ${parts.join('; ')}`;
}

/** One issue: its cell (or row), its severity, the message; the suggested value below it. */
function issueLines(issue: Issue, render: Render, st: Style): string[] {
  const where = (issue.cell ?? C.fix.row(issue.row)).padEnd(7);
  const label = SEVERITY_LABEL[issue.severity];
  // Continuation lines of a value start under the text's first character (styles add no width).
  const head = `      ${where} ${label.padEnd(8)} `.length;
  const lines = [`      ${where} ${st.severity(issue.severity, label.padEnd(8))} ${printableText(render(issue), head)}`];
  const suggestion = renderSuggestion(issue);
  if (suggestion !== undefined) {
    const pad = `      ${' '.repeat(7)} ${' '.repeat(8)} `;
    lines.push(`${pad}${st.dim(T.suggestion)} ${printableText(suggestion, pad.length + T.suggestion.length + 1)}`);
  }
  return lines;
}

export function renderFile(f: CheckedFile, render: Render, st: Style = plain): string {
  const out: string[] = [st.bold(T.file(printable(f.file)))];
  if (f.sheets.length === 0) out.push(T.noSheets);
  for (const s of f.sheets) {
    out.push(sheetHeading(s, st));
    if (s.issues.length === 0) {
      out.push(s.kind === 'none' ? T.skipped : T.noIssues);
      continue;
    }
    for (const g of groupBySeverity(s.issues)) {
      out.push(`    ${st.severity(g.severity, st.bold(T.severityGroup(SEVERITY_LABEL[g.severity], g.issues.length)))}`);
      for (const i of g.issues) out.push(...issueLines(i, render, st));
    }
  }
  out.push(`  ${st.bold(summaryLine(f.summary))}`);
  return out.join('\n') + '\n';
}

/** The last line of a several-file or folder report: how many files were read, and what they hold. */
export function totalLine(summaries: readonly Summary[], unreadable: number, st: Style = plain, skipped = 0): string {
  const total = summaryLine(addSummaries(summaries));
  return st.bold(T.total(summaries.length, total, unreadable, skipped)) + '\n';
}

/** "Bỏ qua D:\\Phu luc\\danh-sach.xlsx: là danh sách vấn đề do phuluc tạo …". */
export function skippedLine(f: SkippedFile): string {
  return T.skippedFile(printable(f.file), printable(f.message));
}

export function renderText(
  checked: readonly CheckedFile[],
  unreadable: readonly UnreadableFile[],
  render: Render,
  st: Style = plain,
  folders: readonly FolderInput[] = [],
): string {
  const parts = folders.filter((f) => f.files > 0).map((f) => folderLine(f) + '\n');
  parts.push(...checked.map((f) => renderFile(f, render, st)));
  if (checked.length + unreadable.length > 1 || folders.length > 0) {
    parts.push(totalLine(checked.map((f) => f.summary), unreadable.length, st));
  }
  return parts.join('\n');
}

/** "Thư mục D:\\Phu luc: 12 tệp bảng tính (tìm cả trong 3 thư mục con)." */
export function folderLine(f: FolderInput): string {
  return T.folder(printable(f.folder), f.files, f.subfolders);
}
