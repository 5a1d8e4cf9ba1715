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
import type { Io } from './io';
import { fileFailure } from './io';
import { JsonReportWriter } from './report/json';
import type { UnreadableFile } from './report/json';
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
  for (const file of files) {
    // One file's failure, whatever it is, never loses another file's report.
    let checked;
    try {
      const grids = await readWorkbook(file);
      const { sheets, summary } = checkWorkbook(grids, options);
      checked = { file, sheets, summary };
    } catch (e) {
      unreadable.push(fileFailure(file, e, io));
      continue;
    }
    if (checked.summary.errors > 0) errors = true;
    if (json) json.file(checked);
    else io.out((summaries.length > 0 ? '\n' : '') + renderFile(checked, renderMessage, st));
    summaries.push(checked.summary);
  }
  // Several files: always one document (it lists the unreadable ones); one unreadable file: nothing.
  if (json) json.end(unreadable);
  else if (several && summaries.length > 0) io.out('\n' + totalLine(summaries, unreadable.length, st));
  if (unreadable.length > 0) return 2;
  return errors ? 1 : 0;
}
