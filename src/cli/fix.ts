/**
 * `phuluc fix`: the file is read by src/xlsx, checked by the engine, its safe fixes applied by
 * the surgical writer (src/xlsx/write.ts: only the cells and rows the fixes name change, every
 * other part of the package is copied byte for byte) and written next to the output through a
 * temporary file (./xlsx/write.ts). What the writer refuses is listed with its reason.
 */
import { checkWorkbook } from '../core/engine';
import { combineFixes } from '../core/fix';
import type { CheckOptions } from '../core/config';
import type { Fix } from '../core/fix';
import { XlsxError } from '../xlsx/errors';
import type { WorkbookRead } from '../xlsx/read';
import { fixPackage, outputNameProblem } from '../xlsx/write';
import type { FixOutcome, FixToWrite, SheetFixes } from '../xlsx/write';
import type { Command } from './args';
import type { Io } from './io';
import { readFailure } from './io';
import { printable } from './printable';
import { WriteError } from './xlsx/errors';
import { readWorkbookFile, toReadError } from './xlsx/read';
import { checkTarget, writeFileSafely } from './xlsx/write';
import type { WriteHooks } from './xlsx/write';

/** One line of the log per group of engine fixes that share their edits (one renumbering for every STT issue). */
interface Group {
  sheet: string;
  fixes: Fix[];
}

export async function fix(command: Extract<Command, { cmd: 'fix' }>, options: CheckOptions, io: Io, hooks: WriteHooks = {}): Promise<number> {
  const opts = { input: command.file, force: command.force };
  let read: WorkbookRead;
  try {
    await checkTarget(command.out, opts);
    read = await readWorkbookFile(command.file);
    const problem = outputNameProblem(read.package, command.out);
    if (problem) throw new WriteError('unwritable', command.out, problem);
  } catch (e) {
    readFailure(e, io);
    return 2;
  }
  const { fixes } = checkWorkbook(read.grids, options);

  const groups: Group[] = [];
  const requests: SheetFixes[] = [];
  let manual = 0;
  read.grids.forEach((grid, i) => {
    const sheetFixes: Fix[] = fixes[i] ?? [];
    const safe = sheetFixes.filter((f) => f.safe);
    manual += sheetFixes.length - safe.length;
    // One batch per sheet: shared edits written once, and a fix that would overwrite another's
    // cell or a deleted row left for a person.
    const batch = combineFixes(safe);
    manual += batch.skipped.length;
    const byEdits = new Map<readonly unknown[], Group>();
    const toWrite: FixToWrite[] = [];
    for (const f of batch.applied) {
      let g = byEdits.get(f.edits);
      if (!g) {
        g = { sheet: grid.name, fixes: [] };
        byEdits.set(f.edits, g);
        groups.push(g);
        toWrite.push({ id: groups.length - 1, edits: f.edits });
      }
      g.fixes.push(f);
    }
    if (toWrite.length > 0) requests.push({ sheet: grid.name, fixes: toWrite });
  });

  let outcome: FixOutcome;
  try {
    outcome = fixPackage(read.package, requests, { grids: read.grids });
  } catch (e) {
    if (e instanceof XlsxError) {
      readFailure(toReadError(e, command.file), io);
      return 2;
    }
    throw e;
  }
  try {
    await writeFileSafely(command.out, outcome.bytes, opts, hooks);
  } catch (e) {
    readFailure(e, io);
    return 2;
  }

  const where = (g: Group, f: Fix) => `«${printable(g.sheet)}» ${f.issue.cell ?? `dòng ${f.issue.row}`}`;
  const lines: string[] = [];
  let applied = 0;
  for (const id of outcome.applied) {
    const g = groups[id] as Group;
    applied += g.fixes.length;
    const first = g.fixes[0] as Fix;
    lines.push(`  ${where(g, first)}: ${printable(first.label)}`);
  }
  const refusedLines: string[] = [];
  let refused = 0;
  for (const r of outcome.refused) {
    const g = groups[r.id] as Group;
    refused += g.fixes.length;
    const first = g.fixes[0] as Fix;
    refusedLines.push(`  ${where(g, first)}: ${printable(first.label)} — ${printable(r.reason)}`);
  }
  const out: string[] = [];
  if (applied === 0) out.push('Không có chỗ nào sửa tự động được.');
  else out.push(`Đã sửa ${applied} chỗ:`, ...lines);
  if (refused > 0) out.push(`Không sửa ${refused} chỗ để giữ nguyên tệp an toàn:`, ...refusedLines);
  if (manual > 0) out.push(`Còn ${manual} chỗ có gợi ý sửa nhưng cần người xem lại (chạy phuluc check để xem).`);
  for (const n of outcome.notes) out.push(`Lưu ý: ${printable(n)}`);
  out.push(`Đã ghi tệp ${printable(command.out)}.`);
  io.out(out.join('\n') + '\n');
  return 0;
}
