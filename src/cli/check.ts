/**
 * `phuluc check`: each file read by src/xlsx (through ./xlsx/read), checked by the engine, and
 * its report written as soon as it is checked (text, or a JSON document written in chunks).
 */
import { checkWorkbook } from '../core/engine';
import { renderMessage } from '../core/messages';
import type { CheckOptions } from '../core/config';
import type { Summary } from '../core/report';
import type { Command } from './args';
import { expandInputs } from './inputs';
import type { FolderInput } from './inputs';
import type { Io } from './io';
import { fileFailure } from './io';
import { printable } from './printable';
import { progressLine, progressWanted } from './progress';
import { JsonReportWriter } from './report/json';
import type { UnreadableFile } from './report/json';
import { folderLine, renderFile, styleFor, totalLine } from './report/text';
import { readWorkbook } from './xlsx/read';

/** A folder with no .xlsx file, and subfolders that could not be listed, as unreadable inputs. */
function folderFailures(f: FolderInput, io: Io): UnreadableFile[] {
  const out: UnreadableFile[] = [];
  for (const dir of f.unreadable) {
    const message = 'không mở được thư mục này (không có quyền đọc); các tệp trong đó chưa được kiểm tra.';
    io.err(`phuluc: ${printable(dir)}: ${message}\n`);
    out.push({ file: dir, kind: 'unreadable', message });
  }
  if (f.files === 0) {
    const message = f.subfolders > 0 ? `thư mục không có tệp .xlsx nào, kể cả trong ${f.subfolders} thư mục con.` : 'thư mục không có tệp .xlsx nào.';
    io.err(`phuluc: ${printable(f.folder)}: ${message}\n`);
    out.push({ file: f.folder, kind: 'empty-folder', message });
  }
  return out;
}

export async function check(command: Extract<Command, { cmd: 'check' }>, options: CheckOptions, io: Io): Promise<number> {
  const unreadable: UnreadableFile[] = [];
  const { files, folders } = await expandInputs(command.files);
  // A folder always gives the batch's shape: a script cannot know how many files it holds.
  const several = files.length > 1 || folders.length > 0;
  const json = command.json ? new JsonReportWriter((s) => io.out(s), renderMessage, several) : undefined;
  const st = styleFor(io.color);
  const summaries: Summary[] = [];
  let errors = false;
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
  for (const [i, file] of files.entries()) {
    progress.update(i, file);
    // One file's failure, whatever it is, never loses another file's report.
    let checked;
    try {
      const grids = await readWorkbook(file);
      const { sheets, summary } = checkWorkbook(grids, options);
      checked = { file, sheets, summary };
    } catch (e) {
      unreadable.push(fileFailure(file, e, quiet));
      continue;
    }
    if (checked.summary.errors > 0) errors = true;
    // Reports stream as files are checked: the progress line is cleared first, redrawn at the next file.
    flush();
    if (json) json.file(checked);
    else io.out((summaries.length > 0 ? '\n' : '') + renderFile(checked, renderMessage, st));
    summaries.push(checked.summary);
  }
  flush();
  // Several files: always one document (it lists the unreadable ones); one unreadable file: nothing.
  if (json) json.end(unreadable, folders);
  else if (several && summaries.length > 0) io.out('\n' + totalLine(summaries, unreadable.length, st));
  if (unreadable.length > 0) return 2;
  return errors ? 1 : 0;
}
