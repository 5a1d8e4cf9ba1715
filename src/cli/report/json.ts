/** The --json output: formatting only. One document, the engine's reports plus each message. */
import type { Issue } from '../../core/issues';
import { renderSuggestion } from '../../core/messages';
import type { SheetReport, Summary } from '../../core/report';
import type { FolderInput } from '../inputs';

export interface CheckedFile {
  /** As the user typed it. */
  file: string;
  sheets: SheetReport[];
  summary: Summary;
}

export interface UnreadableFile {
  file: string;
  kind: string;
  /** Vietnamese, one line. */
  message: string;
}

/** An issue with its Vietnamese message and, when it suggests a value, that value as the sheet shows it. */
export type IssueWithMessage = Issue & { message: string; suggestionText?: string };

function withMessage(i: Issue, render: Render): IssueWithMessage {
  const out: IssueWithMessage = { ...i, message: render(i) };
  const text = renderSuggestion(i);
  if (text !== undefined) out.suggestionText = text;
  return out;
}
export type SheetJson = Omit<SheetReport, 'issues'> & { issues: IssueWithMessage[] };
export interface FileJson {
  file: string;
  sheets: SheetJson[];
  summary: Summary;
}

export type Render = (issue: Issue) => string;

export function fileJson(f: CheckedFile, render: Render): FileJson {
  return {
    file: f.file,
    sheets: f.sheets.map((s) => ({ ...s, issues: s.issues.map((i) => withMessage(i, render)) })),
    summary: f.summary,
  };
}

export function addSummaries(summaries: readonly Summary[]): Summary {
  const t: Summary = { errors: 0, warnings: 0, infos: 0 };
  for (const s of summaries) {
    t.errors += s.errors;
    t.warnings += s.warnings;
    t.infos += s.infos;
  }
  return t;
}

/**
 * One file: `{file, sheets, summary}`. Several: `{files: [...], summary}`, plus `errors` (the
 * files that could not be read) only when there are some, so a script still learns why.
 */
export function renderJson(
  checked: readonly CheckedFile[],
  unreadable: readonly UnreadableFile[],
  render: Render,
  several: boolean,
  folders: readonly FolderInput[] = [],
): string {
  if (!several) {
    const only = checked[0];
    if (!only) return '';
    return JSON.stringify(fileJson(only, render), null, 2) + '\n';
  }
  const doc: { files: FileJson[]; summary: Summary; errors?: UnreadableFile[]; folders?: FolderInput[] } = {
    files: checked.map((f) => fileJson(f, render)),
    summary: addSummaries(checked.map((f) => f.summary)),
  };
  if (folders.length > 0) doc.folders = [...folders];
  if (unreadable.length > 0) doc.errors = [...unreadable];
  return JSON.stringify(doc, null, 2) + '\n';
}
