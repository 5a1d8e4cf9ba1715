/**
 * `phuluc fix`: the file is read by src/xlsx, checked by the engine, its safe fixes applied by
 * the surgical writer (src/xlsx/write.ts: only the cells and rows the fixes name change, every
 * other part of the package is copied byte for byte) and written next to the output through a
 * temporary file (./xlsx/write.ts). What the writer refuses is listed with its reason. With
 * --json, the same result as one JSON document (./report/fix-json.ts), also when nothing could
 * be written (`written: false` and the reason, besides the usual line on stderr).
 */
import type { CheckOptions } from '../core/config';
import { XlsxError } from '../xlsx/errors';
import { fixWorkbook } from '../xlsx/fix-workbook';
import type { WorkbookFix } from '../xlsx/fix-workbook';
import type { WorkbookRead } from '../xlsx/read';
import { outputNameProblem } from '../xlsx/write';
import type { Command } from './args';
import { givenFile } from './file-name';
import type { ArgvBytes } from './file-name';
import type { Io } from './io';
import { readFailure } from './io';
import { fixFailureJson, fixJson, writeFixJson } from './report/fix-json';
import { renderFixText } from './report/fix-text';
import { WriteError } from './xlsx/errors';
import { readWorkbookFile, toReadError } from './xlsx/read';
import { checkTarget, writeFileSafely } from './xlsx/write';
import { ZLIB_CODEC } from './xlsx/zlib-codec';
import type { WriteHooks } from './xlsx/write';

/** `raw`: the bytes of arguments that are not UTF-8, when the system keeps them (file-name.ts, argvBytes). */
export async function fix(command: Extract<Command, { cmd: 'fix' }>, options: CheckOptions, io: Io, hooks: WriteHooks = {}, raw: ArgvBytes = new Map()): Promise<number> {
  const input = givenFile(command.file, raw);
  const opts = { input: input.path, force: command.force };
  /** Nothing written: the reason on stderr (as `check` gives it) and, with --json, in the document. */
  const failed = (e: unknown): number => {
    const f = readFailure(e, io);
    if (command.json) writeFixJson(fixFailureJson(input.name, command.out, f), io.out);
    return 2;
  };
  let read: WorkbookRead;
  try {
    await checkTarget(command.out, opts);
    read = await readWorkbookFile(input.path);
    const problem = outputNameProblem(read.package, command.out);
    if (problem) throw new WriteError('unwritable', command.out, problem);
  } catch (e) {
    return failed(e);
  }
  let result: WorkbookFix;
  try {
    result = fixWorkbook(read, options, { codec: ZLIB_CODEC });
  } catch (e) {
    if (e instanceof XlsxError) return failed(toReadError(e, input.name));
    throw e;
  }
  try {
    await writeFileSafely(command.out, result.outcome.bytes, opts, hooks);
  } catch (e) {
    return failed(e);
  }
  if (command.json) {
    writeFixJson(fixJson(input.name, command.out, result), io.out);
    return 0;
  }
  io.out(renderFixText(result, command.out));
  return 0;
}
