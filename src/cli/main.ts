/**
 * The `phuluc` command. Reads files, calls the engine, prints. Expected failures (unreadable
 * files, bad arguments, refused writes) are exit codes and one Vietnamese line on stderr.
 */
import type * as ExcelJS from 'exceljs';
import { readFileSync } from 'fs';
import path from 'path';
import { checkWorkbook, combineVerified, renderMessage, sheetContexts } from '../core';
import type { CheckOptions } from '../core/config';
import type { Fix } from '../core/fix';
import { parseArgs, USAGE } from './args';
import type { Command } from './args';
import { loadConfig } from './config';
import { expandInputs } from './inputs';
import type { FolderInput } from './inputs';
import { progressLine, progressWanted } from './progress';
import { renderJson } from './report/json';
import type { CheckedFile, UnreadableFile } from './report/json';
import { renderText, styleFor } from './report/text';
import { ReadError, WriteError } from './xlsx/errors';
import { loadWorkbook, readWorkbook, worksheetToGrid } from './xlsx/read';
import { applyEdits, checkTarget, partsLostOnWrite, writeWorkbook } from './xlsx/write';

export interface Io {
  out(s: string): void;
  err(s: string): void;
  /** Colour only for a terminal. */
  color: boolean;
  /** stdout is a terminal (--json to a pipe keeps stderr quiet). */
  outTTY?: boolean;
  /** stderr is a terminal: a long batch redraws its progress line there. */
  errTTY?: boolean;
  /** The terminal's width. */
  columns?: number;
  /** Milliseconds, monotonic (progress waits a second); injectable for tests. */
  clock?: () => number;
}

const processIo = (): Io => ({
  out: (s) => void process.stdout.write(s),
  err: (s) => void process.stderr.write(s),
  color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  outTTY: Boolean(process.stdout.isTTY),
  errTTY: Boolean(process.stderr.isTTY),
  columns: process.stderr.columns,
});

/** The version in package.json (the CLI runs from the source tree through tsx). */
export function version(): string {
  const pkg = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.err(`phuluc: ${parsed.error}\n\n${USAGE}`);
    return 2;
  }
  const command = parsed.command;
  if (command.cmd === 'help') {
    io.out(USAGE);
    return 0;
  }
  if (command.cmd === 'version') {
    io.out(`phuluc ${version()}\n`);
    return 0;
  }
  const options = await optionsFor(command, io);
  if (!options) return 2;
  return command.cmd === 'check' ? check(command, options, io) : fix(command, options, io);
}

async function optionsFor(command: Exclude<Command, { cmd: 'help' | 'version' }>, io: Io): Promise<CheckOptions | undefined> {
  let options: CheckOptions = {};
  if (command.config !== undefined) {
    const r = await loadConfig(command.config);
    if (!r.ok) {
      for (const e of r.errors) io.err(`phuluc: ${e}\n`);
      return undefined;
    }
    options = { ...r.options };
  }
  // The command line wins over the config file.
  if (command.year !== undefined) options.planYear = command.year;
  return options;
}

function readFailure(e: unknown, io: Io): UnreadableFile {
  if (e instanceof ReadError || e instanceof WriteError) {
    io.err(`phuluc: ${e.file}: ${e.reason}\n`);
    return { file: e.file, kind: e.kind, message: e.reason };
  }
  throw e;
}

/**
 * Anything that goes wrong with one file of several: a typed read error as such, and an
 * unexpected exception (a bug) as an `internal` failure of that file alone, so the other files'
 * reports are still printed.
 */
function fileFailure(file: string, e: unknown, io: Io): UnreadableFile {
  if (e instanceof ReadError || e instanceof WriteError) return readFailure(e, io);
  const detail = e instanceof Error ? e.message : String(e);
  const message = `lỗi không mong đợi khi kiểm tra tệp này (${detail.slice(0, 200)}); các tệp khác vẫn được kiểm tra. Xin gửi tệp này cho người phát triển.`;
  io.err(`phuluc: ${file}: ${message}\n`);
  return { file, kind: 'internal', message };
}

/** A folder with no .xlsx file, and subfolders that could not be listed, as unreadable inputs. */
function folderFailures(f: FolderInput, io: Io): UnreadableFile[] {
  const out: UnreadableFile[] = [];
  for (const dir of f.unreadable) {
    const message = 'không mở được thư mục này (không có quyền đọc); các tệp trong đó chưa được kiểm tra.';
    io.err(`phuluc: ${dir}: ${message}\n`);
    out.push({ file: dir, kind: 'unreadable', message });
  }
  if (f.files === 0) {
    const message = f.subfolders > 0 ? `thư mục không có tệp .xlsx nào, kể cả trong ${f.subfolders} thư mục con.` : 'thư mục không có tệp .xlsx nào.';
    io.err(`phuluc: ${f.folder}: ${message}\n`);
    out.push({ file: f.folder, kind: 'empty-folder', message });
  }
  return out;
}

async function check(command: Extract<Command, { cmd: 'check' }>, options: CheckOptions, io: Io): Promise<number> {
  const checked: CheckedFile[] = [];
  const unreadable: UnreadableFile[] = [];
  const { files, folders } = await expandInputs(command.files);
  const wanted = progressWanted({ asked: command.progress ?? false, json: command.json, stdoutTTY: io.outTTY ?? false, errTTY: io.errTTY ?? false });
  const progress = progressLine(io, files.length, wanted);
  // Reasons for unreadable files wait until the progress line is cleared.
  const reasons: string[] = [];
  const quiet: Io = { ...io, err: (s) => void reasons.push(s) };
  for (const f of folders) unreadable.push(...folderFailures(f, quiet));
  for (const [i, file] of files.entries()) {
    progress.update(i, file);
    // One file's failure, whatever it is, never loses another file's report.
    try {
      const grids = await readWorkbook(file);
      const { sheets, summary } = checkWorkbook(grids, options);
      checked.push({ file, sheets, summary });
    } catch (e) {
      unreadable.push(fileFailure(file, e, quiet));
    }
  }
  progress.end();
  for (const r of reasons) io.err(r);
  // A folder always gives the batch's shape: a script cannot know how many files it holds.
  const several = files.length > 1 || folders.length > 0;
  if (command.json) {
    // Several files: always one document (it lists the unreadable ones); one unreadable file: nothing.
    if (several || checked.length > 0) io.out(renderJson(checked, unreadable, renderMessage, several, folders));
  } else if (checked.length > 0) {
    io.out(renderText(checked, unreadable, renderMessage, styleFor(io.color), folders));
  }
  if (unreadable.length > 0) return 2;
  return checked.some((f) => f.summary.errors > 0) ? 1 : 0;
}

async function fix(command: Extract<Command, { cmd: 'fix' }>, options: CheckOptions, io: Io): Promise<number> {
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
      lines.push(`  "${ws.name}" ${f.issue.cell ?? `dòng ${f.issue.row}`}: ${f.label}`);
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
  out.push(`Đã ghi tệp ${command.out}.`);
  const lost = await partsLostOnWrite(command.file);
  if (lost.length > 0) {
    out.push(`Lưu ý: tệp gốc có ${lost.join(', ')}; tệp mới không giữ được phần này (thư viện ghi tệp không hỗ trợ). Tệp gốc vẫn giữ nguyên.`);
  }
  io.out(out.join('\n') + '\n');
  return 0;
}
