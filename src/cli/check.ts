/**
 * `phuluc check`: each file read by src/xlsx (through ./xlsx/read), checked by the engine, and
 * its report written as soon as it is checked (text, or a JSON document written in chunks). A
 * progress line on stderr for long batches (./progress); with --html / --xlsx, the reviewers'
 * files are written at the end (the HTML page, and the issue list built by src/xlsx/create).
 */
import { C } from './strings';
import { checkWorkbook } from '../core/engine';
import { renderMessage } from '../core/messages';
import type { CheckOptions } from '../core/config';
import type { Summary } from '../core/report';
import type { Command } from './args';
import { pathBase64 } from './file-name';
import type { ArgvBytes, FsPath, InputFile } from './file-name';
import { expandInputs } from './inputs';
import type { FolderInput } from './inputs';
import type { Io } from './io';
import { fileFailure, localNow, readFailure } from './io';
import { checkOutputs, outputMatching, writeOutput } from './output';
import type { OutputTarget } from './output';
import { printable } from './printable';
import { progressLine, progressWanted } from './progress';
import { JsonReportWriter } from './report/json';
import type { CheckedFile, SkippedFile, UnreadableFile } from './report/json';
import { folderLine, renderFile, skippedLine, styleFor, totalLine } from './report/text';
import { readWorkbookFile } from './xlsx/read';
import { readCustomProperties } from '../xlsx/custom-properties';
import { outputProperties, ownOutputKind } from '../layout/own-outputs';

/** Whether a file is phuluc's issue list (false when it cannot be read: it is then judged as an input). */
async function isIssueList(file: FsPath): Promise<boolean> {
  try {
    const read = await readWorkbookFile(file);
    return ownOutputKind(readCustomProperties(read.package), read.grids) === 'issue-list';
  } catch {
    return false;
  }
}

/** The reviewers' files a check writes (--html, --xlsx), in the order they are written. */
function reviewTargets(command: Extract<Command, { cmd: 'check' }>): OutputTarget[] {
  const out: OutputTarget[] = [];
  if (command.html !== undefined) out.push({ option: '--html', path: command.html, extensions: ['.html', '.htm'] });
  if (command.xlsx !== undefined) out.push({ option: '--xlsx', path: command.xlsx, extensions: ['.xlsx'] });
  return out;
}

/** A folder with no spreadsheet file, and subfolders that could not be listed, as unreadable inputs. */
function folderFailures(f: FolderInput, io: Io): UnreadableFile[] {
  const out: UnreadableFile[] = [];
  for (const dir of f.unreadable) {
    const message = C.check.folderUnreadable;
    io.err(`phuluc: ${printable(dir)}: ${message}\n`);
    out.push({ file: dir, kind: 'unreadable', message });
  }
  if (f.files === 0) {
    const message = C.check.noWorkbooks(f.subfolders);
    io.err(`phuluc: ${printable(f.folder)}: ${message}\n`);
    out.push({ file: f.folder, kind: 'empty-folder', message });
  }
  return out;
}

/** `raw`: the bytes of arguments that are not UTF-8, when the system keeps them (file-name.ts, argvBytes). */
export async function check(command: Extract<Command, { cmd: 'check' }>, options: CheckOptions, io: Io, raw: ArgvBytes = new Map()): Promise<number> {
  const unreadable: UnreadableFile[] = [];
  const skipped: SkippedFile[] = [];
  const expanded = await expandInputs(command.files, raw);
  const { folders, fromFolders } = expanded;
  const targets = reviewTargets(command);
  // A file found in a folder that this run writes (check DIR --xlsx DIR/issues.xlsx, run again)
  // is the previous run's output, not a plan: left out, and said so. Only if it is phuluc's issue
  // list: a plan named as the output stays an input, and the output is refused below.
  const files: InputFile[] = [];
  for (const file of expanded.files) {
    const own = fromFolders.has(file) ? await outputMatching(file.path, targets) : undefined;
    if (own && (await isIssueList(file.path))) {
      skipped.push({ ...named(file), kind: 'own-output', message: C.check.ownOutput(own.option) });
    } else files.push(file);
  }
  const inputs = files.map((f) => f.path);
  // Every output judged before anything is written or printed.
  try {
    await checkOutputs(targets, inputs, command.force ?? false);
  } catch (e) {
    readFailure(e, io);
    return 2;
  }
  // A folder always gives the batch's shape: a script cannot know how many files it holds.
  const several = files.length > 1 || folders.length > 0;
  const json = command.json ? new JsonReportWriter((s) => io.out(s), renderMessage, several) : undefined;
  const st = styleFor(io.color);
  const summaries: Summary[] = [];
  let errors = false;
  // Kept only when a reviewers' file (--html, --xlsx) needs every report at the end.
  const keep = command.html !== undefined || command.xlsx !== undefined;
  const all: CheckedFile[] = [];
  const wanted = progressWanted({ asked: command.progress ?? false, json: command.json, stdoutTTY: io.outTTY ?? false, errTTY: io.errTTY ?? false });
  const progress = progressLine(io, files.length, wanted);
  // While the progress line is drawn, reasons wait; the line is cleared before any report text.
  const reasons: string[] = [];
  const quiet: Io = { ...io, err: (s) => void reasons.push(s) };
  const flush = () => {
    progress.end();
    for (const r of reasons.splice(0)) io.err(r);
  };
  for (const f of folders) unreadable.push(...folderFailures(f, io));
  const found = folders.filter((f) => f.files > 0);
  if (!json && found.length > 0) io.out(found.map((f) => folderLine(f) + '\n').join('') + '\n');
  if (!json && skipped.length > 0) io.out(skipped.map((f) => skippedLine(f) + '\n').join('') + '\n');
  for (const [i, file] of files.entries()) {
    // Nobody reads the report any more (`| head -1`) and no file is to be written: stop here.
    if (io.outState?.closed && !keep) break;
    progress.update(i, printable(file.name));
    // One file's failure, whatever it is, never loses another file's report.
    let checked: CheckedFile;
    try {
      const done = await readAndCheck(file, options, fromFolders.has(file));
      if ('skipped' in done) {
        const f = done.skipped;
        skipped.push(f);
        flush();
        if (!json) io.out((summaries.length > 0 ? '\n' : '') + skippedLine(f) + '\n');
        continue;
      }
      checked = done.checked;
    } catch (e) {
      const { kind, message } = fileFailure(file.name, e, quiet);
      unreadable.push({ ...named(file), kind, message });
      continue;
    }
    if (keep) all.push(checked);
    if (checked.summary.errors > 0) errors = true;
    // Reports stream as files are checked: the progress line is cleared first, redrawn at the next file.
    flush();
    if (json) json.file(checked);
    else io.out((summaries.length > 0 ? '\n' : '') + renderFile(checked, renderMessage, st));
    summaries.push(checked.summary);
  }
  flush();
  // Always one document: several files list the unreadable ones; one unreadable file gets the same shape with its entry.
  if (json) json.end(unreadable, folders, skipped);
  else if (several && summaries.length > 0) io.out('\n' + totalLine(summaries, unreadable.length, st, skipped.length));
  // The reviewers' files: written even when some inputs were unreadable (they list them).
  if (keep && !(await writeReviewFiles(command, all, unreadable, skipped, inputs, io))) return 2;
  if (unreadable.length > 0) return 2;
  return errors ? 1 : 0;
}

/**
 * Reads and checks one file, or says it is phuluc's own issue list or report when it was found
 * in a folder (a file named on the command line is checked as asked). Its own function so that
 * the grids and the engine's fixes are garbage once it returns, before the report is written.
 */
async function readAndCheck(file: InputFile, options: CheckOptions, fromFolder: boolean): Promise<{ checked: CheckedFile } | { skipped: SkippedFile }> {
  const read = await readWorkbookFile(file.path);
  const own = fromFolder ? ownOutputKind(readCustomProperties(read.package), read.grids) : undefined;
  if (own) return { skipped: { ...named(file), kind: own, message: C.check.skipped[own] } };
  const { sheets, summary } = checkWorkbook(read.grids, options);
  return { checked: { ...named(file), sheets, summary } };
}

/**
 * A report entry for `file`: named as reports show it, with the exact bytes of a path that is not
 * UTF-8 (`fileBase64`, for --json; file-name.ts) right after the name.
 */
function named(file: InputFile): { file: string; fileBase64?: string } {
  const base64 = pathBase64(file.path);
  return base64 === undefined ? { file: file.name } : { file: file.name, fileBase64: base64 };
}

/** --html and --xlsx; false (after one line on stderr) when one cannot be written. */
async function writeReviewFiles(
  command: Extract<Command, { cmd: 'check' }>,
  checked: CheckedFile[],
  unreadable: UnreadableFile[],
  skipped: SkippedFile[],
  inputs: FsPath[],
  io: Io,
): Promise<boolean> {
  const force = command.force ?? false;
  try {
    if (command.html !== undefined) {
      const { renderHtml } = await import('./report/html');
      const html = renderHtml(checked, unreadable, renderMessage, { generatedAt: (io.now ?? localNow)(), skipped });
      await writeOutput(command.html, html, { inputs, force, option: '--html' });
      io.err(C.check.htmlWritten(command.html));
    }
    if (command.xlsx !== undefined) {
      const [{ issueListSheet }, { createWorkbook }] = await Promise.all([import('../layout'), import('../xlsx/create')]);
      await writeOutput(command.xlsx, createWorkbook([issueListSheet(checked, unreadable)], { properties: outputProperties('issue-list') }), {
        inputs,
        force,
        option: '--xlsx',
      });
      io.err(C.check.xlsxWritten(command.xlsx));
    }
  } catch (e) {
    readFailure(e, io);
    return false;
  }
  return true;
}
