/**
 * `phuluc check`: each file read by src/xlsx (through ./xlsx/read), checked by the engine, and
 * its report written as soon as it is checked (text, or a JSON document written in chunks). A
 * progress bar on stderr for long batches (terminals only); with --html / --xlsx, the reviewers'
 * files are written at the end (the HTML page, and the issue list built by src/xlsx/create).
 */
import { checkWorkbook } from '../core/engine';
import { renderMessage } from '../core/messages';
import type { CheckOptions } from '../core/config';
import type { Summary } from '../core/report';
import type { Command } from './args';
import { expandInputs, rejectFolder } from './inputs';
import type { Io } from './io';
import { fileFailure, localNow, readFailure } from './io';
import { writeOutput } from './output';
import { progressBar } from './progress-bar';
import { JsonReportWriter } from './report/json';
import type { CheckedFile, UnreadableFile } from './report/json';
import { renderFile, styleFor, totalLine } from './report/text';
import { readWorkbook } from './xlsx/read';

export async function check(command: Extract<Command, { cmd: 'check' }>, options: CheckOptions, io: Io): Promise<number> {
  const unreadable: UnreadableFile[] = [];
  const files = await expandInputs(command.files);
  const several = files.length > 1;
  const json = command.json ? new JsonReportWriter((s) => io.out(s), renderMessage, several) : undefined;
  const st = styleFor(io.color);
  const summaries: Summary[] = [];
  let errors = false;
  // Kept only when a reviewers' file (--html, --xlsx) needs every report at the end.
  const keep = command.html !== undefined || command.xlsx !== undefined;
  const all: CheckedFile[] = [];
  const bar = progressBar(io, files.length);
  for (const [i, file] of files.entries()) {
    bar.update(i, file);
    // One file's failure, whatever it is, never loses another file's report.
    let checked: CheckedFile;
    try {
      await rejectFolder(file);
      const grids = await readWorkbook(file);
      const { sheets, summary } = checkWorkbook(grids, options);
      checked = { file, sheets, summary };
    } catch (e) {
      bar.end();
      unreadable.push(fileFailure(file, e, io));
      continue;
    }
    // The bar's line is cleared before the report is printed.
    bar.end();
    if (keep) all.push(checked);
    if (checked.summary.errors > 0) errors = true;
    if (json) json.file(checked);
    else io.out((summaries.length > 0 ? '\n' : '') + renderFile(checked, renderMessage, st));
    summaries.push(checked.summary);
  }
  // Several files: always one document (it lists the unreadable ones); one unreadable file: nothing.
  if (json) json.end(unreadable);
  else if (several && summaries.length > 0) io.out('\n' + totalLine(summaries, unreadable.length, st));
  // The reviewers' files: written even when some inputs were unreadable (they list them).
  if (keep && !(await writeReviewFiles(command, all, unreadable, files, io))) return 2;
  if (unreadable.length > 0) return 2;
  return errors ? 1 : 0;
}

/** --html and --xlsx; false (after one line on stderr) when one cannot be written. */
async function writeReviewFiles(
  command: Extract<Command, { cmd: 'check' }>,
  checked: CheckedFile[],
  unreadable: UnreadableFile[],
  inputs: string[],
  io: Io,
): Promise<boolean> {
  const force = command.force ?? false;
  try {
    if (command.html !== undefined) {
      const { renderHtml } = await import('./report/html');
      const html = renderHtml(checked, unreadable, renderMessage, { generatedAt: (io.now ?? localNow)() });
      await writeOutput(command.html, html, { inputs, force });
      io.err(`Đã ghi báo cáo HTML: ${command.html}\n`);
    }
    if (command.xlsx !== undefined) {
      const [{ issueListSheet }, { createWorkbook }] = await Promise.all([import('../layout'), import('../xlsx/create')]);
      await writeOutput(command.xlsx, createWorkbook([issueListSheet(checked, unreadable)]), { inputs, force });
      io.err(`Đã ghi danh sách lỗi: ${command.xlsx}\n`);
    }
  } catch (e) {
    readFailure(e, io);
    return false;
  }
  return true;
}
