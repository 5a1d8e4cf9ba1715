/**
 * `phuluc report FILE --period "Quý I/2026"`: the engine's report of each task sheet turned into
 * the quarterly progress report (src/core/progress), printed as text or JSON and, with --out,
 * written as a new workbook by the small package builder (src/xlsx/create): no exceljs.
 */
import { C } from './strings';
import { checkWorkbook } from '../core/engine';
import type { CheckOptions } from '../core/config';
import { parsePeriod, periodReport, type PeriodReport } from '../core/progress';
import { periodReportSheet } from '../layout';
import { createWorkbook, type SheetSpec } from '../xlsx/create';
import type { Command } from './args';
import { givenFile } from './file-name';
import { printable } from './printable';
import type { ArgvBytes } from './file-name';
import type { Io } from './io';
import { localToday, readFailure } from './io';
import { checkOutputs, writeOutput } from './output';
import { outputProperties } from '../layout/own-outputs';
import { renderPeriodText } from './report/period-text';
import { readWorkbook } from './xlsx/read';

/** `raw`: the bytes of arguments that are not UTF-8, when the system keeps them (file-name.ts, argvBytes). */
export async function report(command: Extract<Command, { cmd: 'report' }>, options: CheckOptions, io: Io, raw: ArgvBytes = new Map()): Promise<number> {
  const input = givenFile(command.file, raw);
  const period = parsePeriod(command.period);
  if (!period) {
    io.err(C.report.badPeriod(command.period));
    return 2;
  }
  let grids;
  try {
    if (command.out !== undefined) await checkOutputs([{ option: '--out', path: command.out, extensions: ['.xlsx'] }], [input.path], command.force);
    grids = await readWorkbook(input.path);
  } catch (e) {
    readFailure(e, io);
    return 2;
  }
  const asOf = command.date ?? (io.today ?? localToday)();
  if (asOf < period.start) io.err(C.report.dateBeforePeriod(asOf, period.label, period.start));
  const { sheets } = checkWorkbook(grids, options);
  const reports: PeriodReport[] = sheets.filter((s) => s.kind === 'tasks').map((s) => periodReport(s, period, asOf));
  if (reports.length === 0) {
    io.err(C.report.noTasks(printable(input.name)));
    return 2;
  }
  if (command.json) io.out(JSON.stringify({ file: input.name, period: period.label, asOf, reports }, null, 2) + '\n');
  else io.out(renderPeriodText(printable(input.name), reports));
  if (command.out !== undefined) {
    const specs: SheetSpec[] = reports.map((r, i) => periodReportSheet(r, { name: uniqueName(period.sheetName, i), source: C.report.source(r.sheet) }));
    try {
      await writeOutput(command.out, createWorkbook(specs, { properties: outputProperties('period-report') }), { inputs: [input.path], force: command.force });
    } catch (e) {
      readFailure(e, io);
      return 2;
    }
    (command.json ? io.err : io.out)(`${C.written(command.out)}\n`);
  }
  return 0;
}

/** The n-th report sheet's name: "Báo cáo Quý I năm 2026", then "… (2)" (at most 31 characters). */
function uniqueName(name: string, i: number): string {
  if (i === 0) return name;
  const tail = ` (${i + 1})`;
  return name.slice(0, 31 - tail.length) + tail;
}
