/**
 * `phuluc fix`: reads and writes through exceljs (until the surgical writer replaces it).
 * Loaded only for this command: exceljs costs about a second to load.
 */
import type * as ExcelJS from 'exceljs';
import { checkWorkbook, combineVerified, sheetContexts } from '../core/engine';
import type { CheckOptions } from '../core/config';
import type { Fix } from '../core/fix';
import type { Command } from './args';
import type { Io } from './io';
import { readFailure } from './io';
import { printable } from './printable';
import { loadWorkbook, worksheetToGrid } from './xlsx/exceljs';
import { applyEdits, checkTarget, partsLostOnWrite, writeWorkbook } from './xlsx/write';

export async function fix(command: Extract<Command, { cmd: 'fix' }>, options: CheckOptions, io: Io): Promise<number> {
  let wb: ExcelJS.Workbook;
  try {
    await checkTarget(command.out, { input: command.file, force: command.force });
    wb = await loadWorkbook(command.file);
  } catch (e) {
    readFailure(e, io);
    return 2;
  }
  const grids = wb.worksheets.map(worksheetToGrid);
  const { fixes } = checkWorkbook(grids, options);
  // each sheet re-checked as checkWorkbook saw it: with what its other sheets say (a cover page)
  const contexts = sheetContexts(grids);

  const lines: string[] = [];
  let applied = 0;
  let manual = 0;
  wb.worksheets.forEach((ws, i) => {
    const sheetFixes: Fix[] = fixes[i] ?? [];
    const safe = sheetFixes.filter((f) => f.safe);
    manual += sheetFixes.length - safe.length;
    // One batch per sheet: shared edits (one renumbering for every STT issue) written once,
    // a fix that would overwrite another's cell or a deleted row left for a person, and the
    // whole batch checked again in memory: it creates no issue (a failing fix is left out).
    const batch = combineVerified(grids[i]!, safe, options, contexts[i]);
    manual += batch.skipped.length + batch.refused.length;
    // Every STT issue carries the same renumbering (the same edits): list it once.
    const listed = new Set<readonly unknown[]>();
    for (const f of batch.applied) {
      if (listed.has(f.edits)) continue;
      listed.add(f.edits);
      lines.push(`  «${printable(ws.name)}» ${f.issue.cell ?? `dòng ${f.issue.row}`}: ${printable(f.label)}`);
    }
    applied += batch.applied.length;
    applyEdits(ws, batch.edits);
  });

  try {
    await writeWorkbook(wb, command.out, { input: command.file, force: command.force });
  } catch (e) {
    readFailure(e, io);
    return 2;
  }
  const out: string[] = [];
  if (applied === 0) out.push('Không có chỗ nào sửa tự động được.');
  else {
    out.push(`Đã sửa ${applied} chỗ:`);
    for (const l of lines) out.push(l);
  }
  if (manual > 0) out.push(`Còn ${manual} chỗ có gợi ý sửa nhưng cần người xem lại (chạy phuluc check để xem).`);
  out.push(`Đã ghi tệp ${printable(command.out)}.`);
  const lost = await partsLostOnWrite(command.file);
  if (lost.length > 0) {
    out.push(`Lưu ý: tệp gốc có ${lost.join(', ')}; tệp mới không giữ được phần này (thư viện ghi tệp không hỗ trợ). Tệp gốc vẫn giữ nguyên.`);
  }
  io.out(out.join('\n') + '\n');
  return 0;
}
