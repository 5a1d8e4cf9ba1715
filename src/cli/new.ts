/**
 * `phuluc new`: a new appendix workbook in the house style of Nghị định 30/2020, built as data
 * (src/layout) and written by the small package builder (src/xlsx/create): no exceljs.
 */
import { C } from './strings';
import { missingUnitsMessage } from '../core/messages';
import { newAppendix as buildAppendix } from '../layout';
import { defaultTemplates } from '../templates';
import { createWorkbook } from '../xlsx/create';
import type { Command } from './args';
import type { Io } from './io';
import { readFailure } from './io';
import { writeOutput } from './output';

export async function newAppendix(command: Extract<Command, { cmd: 'new' }>, io: Io): Promise<number> {
  const { sheet, directory, incomplete } = buildAppendix({ year: command.year, body: command.body, templates: command.tasks ? defaultTemplates() : [] });
  try {
    await writeOutput(command.out, createWorkbook([sheet]), { inputs: [], force: command.force });
  } catch (e) {
    readFailure(e, io);
    return 2;
  }
  const tasks = sheet.rows.filter((r) => typeof r[0]?.value === 'number').length;
  io.out(C.newCreated(command.year, command.body, tasks, command.out));
  if (command.tasks) io.out(C.newDirectory(directory.name));
  for (const t of incomplete) io.err(`${missingUnitsMessage(t.task, t.missing, t.written, directory.name)}\n`);
  return 0;
}
