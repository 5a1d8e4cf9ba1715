/**
 * `phuluc fix`: the file is read by src/xlsx, checked by the engine, its safe fixes applied by
 * the surgical writer (src/xlsx/write.ts: only the cells and rows the fixes name change, every
 * other part of the package is copied byte for byte) and written next to the output through a
 * temporary file (./xlsx/write.ts). What the writer refuses is listed with its reason. With
 * --json, the same result as one JSON document (./report/fix-json.ts), also when nothing could
 * be written (`written: false` and the reason, besides the usual line on stderr).
 */
import { C } from './strings';
import type { CheckOptions } from '../core/config';
import type { Fix } from '../core/fix';
import { XlsxError } from '../xlsx/errors';
import { fixWorkbook } from '../xlsx/fix-workbook';
import type { FixGroup, WorkbookFix } from '../xlsx/fix-workbook';
import type { WorkbookRead } from '../xlsx/read';
import { outputNameProblem } from '../xlsx/write';
import type { Command } from './args';
import type { Io } from './io';
import { readFailure } from './io';
import { printable } from './printable';
import { fixFailureJson, fixJson, writeFixJson } from './report/fix-json';
import { WriteError } from './xlsx/errors';
import { readWorkbookFile, toReadError } from './xlsx/read';
import { checkTarget, writeFileSafely } from './xlsx/write';
import type { WriteHooks } from './xlsx/write';

export async function fix(command: Extract<Command, { cmd: 'fix' }>, options: CheckOptions, io: Io, hooks: WriteHooks = {}): Promise<number> {
  const opts = { input: command.file, force: command.force };
  /** Nothing written: the reason on stderr (as `check` gives it) and, with --json, in the document. */
  const failed = (e: unknown): number => {
    const f = readFailure(e, io);
    if (command.json) writeFixJson(fixFailureJson(command.file, command.out, f), io.out);
    return 2;
  };
  let read: WorkbookRead;
  try {
    await checkTarget(command.out, opts);
    read = await readWorkbookFile(command.file);
    const problem = outputNameProblem(read.package, command.out);
    if (problem) throw new WriteError('unwritable', command.out, problem);
  } catch (e) {
    return failed(e);
  }
  let result: WorkbookFix;
  try {
    result = fixWorkbook(read, options);
  } catch (e) {
    if (e instanceof XlsxError) return failed(toReadError(e, command.file));
    throw e;
  }
  const { outcome, groups, manual, refused: engineRefused } = result;
  try {
    await writeFileSafely(command.out, outcome.bytes, opts, hooks);
  } catch (e) {
    return failed(e);
  }
  if (command.json) {
    writeFixJson(fixJson(command.file, command.out, result), io.out);
    return 0;
  }

  const where = (g: FixGroup, f: Fix) => C.fix.where(printable(g.sheet), f.issue.cell ?? C.fix.row(f.issue.row));
  const lines: string[] = [];
  let applied = 0;
  for (const id of outcome.applied) {
    const g = groups[id] as FixGroup;
    applied += g.fixes.length;
    const first = g.fixes[0] as Fix;
    lines.push(`  ${where(g, first)}: ${printable(first.label)}`);
  }
  const refusedLines: string[] = [];
  let refused = 0;
  for (const r of outcome.refused) {
    const g = groups[r.id] as FixGroup;
    refused += g.fixes.length;
    const first = g.fixes[0] as Fix;
    refusedLines.push(`  ${where(g, first)}: ${printable(first.label)} — ${printable(r.reason)}`);
  }
  // Safe fixes the engine refused (over a formula, creating a fault, in conflict): each with its reason.
  for (const r of engineRefused) {
    refused++;
    refusedLines.push(`  ${C.fix.where(printable(r.sheet), r.fix.issue.cell ?? C.fix.row(r.fix.issue.row))}: ${printable(r.fix.label)} — ${printable(r.reason)}`);
  }
  const out: string[] = [];
  if (applied === 0) out.push(C.fix.none);
  else out.push(C.fix.applied(applied), ...lines);
  if (refused > 0) out.push(C.fix.refused(refused), ...refusedLines);
  if (manual > 0) out.push(C.fix.manual(manual));
  for (const n of outcome.notes) out.push(C.fix.note(printable(n)));
  out.push(C.written(printable(command.out)));
  io.out(out.join('\n') + '\n');
  return 0;
}
