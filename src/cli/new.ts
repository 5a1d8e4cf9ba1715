/**
 * `phuluc new`: a new appendix workbook in the house style of Nghị định 30/2020, built as data
 * (src/layout) and written by the small package builder (src/xlsx/create): no exceljs.
 */
import { isIssuingBody } from '../core/units';
import { bodyProblem } from '../core/units/directories';
import type { CheckOptions } from '../core/config';
import { planReferenceDate } from '../core/check/plan-date';
import { C } from './strings';
import { bodyProblemMessage, missingUnitsMessage, unlistedFundingMessage } from '../core/messages';
import { NEW_PLAN_YEARS_AHEAD, newAppendix as buildAppendix, newPlanYears, type NewAppendixOptions } from '../layout';
import { defaultTemplates } from '../templates';
import { createWorkbook } from '../xlsx/create';
import type { Command } from './args';
import type { Io } from './io';
import { localToday, readFailure } from './io';
import { checkOutputs, writeOutput } from './output';
import { printable } from './printable';

/** The longest body name a title line takes (the longest real ones are about 70 characters). */
const MAX_BODY = 150;
/**
 * What a body's name is written with: letters, digits, spaces and the punctuation names use,
 * `&` among them (`Sở KH&ĐT`, `Sở Văn hóa, Thể thao & Du lịch`; the workbook writer escapes it).
 * No `<`, `>`, `;`, quotes or braces: a name is never markup, an entity or a placeholder.
 */
const BODY_CHARS = /^[\p{L}\p{M}\p{N} ,.\-–()/&]+$/u;

/**
 * Why `new` cannot make this appendix (one Vietnamese line), or undefined: the year must be one a
 * plan can be for (newPlanYears: 2020 … `thisYear` + 5), and the body a state body's name
 * as the directories recognise one (isIssuingBody), in plain text (it is written into the title),
 * of a province or city that exists in that year, in a level that exists then (bodyProblem: not a
 * province merged away in 2025, not a district after 30/6/2025, not a department merged away on
 * 01/3/2025, not a level word with no name as `UBND xã`).
 */
export function newAppendixProblem(o: { year: number; body: string }, thisYear: number): string | undefined {
  const { first, last } = newPlanYears(thisYear);
  if (o.year < first || o.year > last) return C.newAppendix.badYear(o.year, first, last, NEW_PLAN_YEARS_AHEAD);
  const body = o.body.normalize('NFC').trim();
  if (body.length > MAX_BODY) return C.newAppendix.bodyTooLong(body.length, MAX_BODY);
  const wrong = bodyProblem(body, planReferenceDate([], o.year) ?? `${o.year}-01-01`);
  if (!BODY_CHARS.test(body)) return C.newAppendix.bodyCharacters(printable(body));
  if (!isIssuingBody(body)) return C.newAppendix.notABody(printable(body));
  if (wrong) return bodyProblemMessage(printable(body), wrong);
  return undefined;
}

/**
 * Writes the new appendix. `options` come from `--config` (core/config-parse.ts, as for `check`):
 * its `directory`, its units (an entry's `roles` name it in the tasks), funding and `mode`, and
 * `planYear` when `--year` is not given (`--year` wins, as for `check`).
 */
export async function newAppendix(command: Extract<Command, { cmd: 'new' }>, options: CheckOptions, io: Io): Promise<number> {
  const thisYear = Number((io.today ?? localToday)().slice(0, 4));
  const year = command.year ?? options.planYear;
  if (year === undefined) {
    io.err(`phuluc: ${C.newAppendix.noYear}\n`);
    return 2;
  }
  const problem = newAppendixProblem({ year, body: command.body }, thisYear);
  if (problem) {
    io.err(`phuluc: ${problem}\n`);
    return 2;
  }
  try {
    await checkOutputs([{ option: '--out', path: command.out, extensions: ['.xlsx'] }], [], command.force);
  } catch (e) {
    readFailure(e, io);
    return 2;
  }
  const config: NonNullable<NewAppendixOptions['config']> = {};
  if (options.units !== undefined) config.units = options.units;
  if (options.funding !== undefined) config.funding = options.funding;
  if (options.mode !== undefined) config.mode = options.mode;
  const { sheet, directory, incomplete, unitsList, unlistedFunding } = buildAppendix({
    year,
    body: command.body,
    templates: command.tasks ? defaultTemplates() : [],
    config,
    ...(options.directory !== undefined ? { directory: options.directory } : {}),
  });
  try {
    await writeOutput(command.out, createWorkbook([sheet]), { inputs: [], force: command.force });
  } catch (e) {
    readFailure(e, io);
    return 2;
  }
  const tasks = sheet.rows.filter((r) => typeof r[0]?.value === 'number').length;
  io.out(C.newCreated(year, command.body, tasks, command.out));
  if (command.tasks) io.out(C.newDirectory(directory.name, unitsList.kind));
  for (const t of incomplete) io.err(`${missingUnitsMessage(t.task, t.missing, t.written, unitsList)}\n`);
  if (unlistedFunding.length) io.err(`${unlistedFundingMessage(unlistedFunding)}\n`);
  return 0;
}
