/**
 * The `phuluc` command. Reads files, calls the engine, prints. Expected failures (unreadable
 * files, bad arguments, refused writes) are exit codes and one Vietnamese line on stderr.
 */
import type * as ExcelJS from 'exceljs';
import { checkWorkbook, combineVerified, renderMessage, sheetContexts } from '../core';
import type { CheckOptions } from '../core/config';
import type { Fix } from '../core/fix';
import { parseArgs, USAGE } from './args';
import type { Command } from './args';
import { loadConfig } from './config';
import { expandInputs, rejectFolder } from './inputs';
import { renderJson } from './report/json';
import type { CheckedFile, UnreadableFile } from './report/json';
import { renderText, styleFor } from './report/text';
import { renderHtml } from './report/html';
import { renderPeriodText } from './report/period-text';
import { writeOutput } from './output';
import { progressBar } from './progress-bar';
import { issueListSheet, newAppendixSheet, periodReportSheet } from '../layout';
import { createWorkbook, type SheetSpec } from '../xlsx/create';
import { parsePeriod, periodReport, type PeriodReport } from '../core/progress';
import { defaultTemplates } from '../templates';
import { ReadError, WriteError } from './xlsx/errors';
import { loadWorkbook, readWorkbook, worksheetToGrid } from './xlsx/read';
import { applyEdits, checkTarget, partsLostOnWrite, writeWorkbook } from './xlsx/write';

export interface Io {
  out(s: string): void;
  err(s: string): void;
  /** Colour only for a terminal. */
  color: boolean;
  /** stderr is a terminal: long batches draw a progress bar there. */
  errTTY?: boolean;
  /** The terminal's width. */
  columns?: number;
  /** Today, ISO yyyy-mm-dd (the default date of a report); injectable for tests. */
  today?: () => string;
  /** Now, as a report's "made at" line shows it. */
  now?: () => string;
}

const processIo = (): Io => ({
  out: (s) => void process.stdout.write(s),
  err: (s) => void process.stderr.write(s),
  color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  errTTY: Boolean(process.stderr.isTTY),
  columns: process.stderr.columns,
});

/** The local date, ISO. */
export function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function localNow(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}`;
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
  if (command.cmd === 'new') return newAppendix(command, io);
  const options = await optionsFor(command, io);
  if (!options) return 2;
  switch (command.cmd) {
    case 'check':
      return check(command, options, io);
    case 'fix':
      return fix(command, options, io);
    case 'report':
      return report(command, options, io, { today: io.today ?? localToday });
  }
}

async function optionsFor(command: Exclude<Command, { cmd: 'help' | 'new' }>, io: Io): Promise<CheckOptions | undefined> {
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

async function check(command: Extract<Command, { cmd: 'check' }>, options: CheckOptions, io: Io): Promise<number> {
  const checked: CheckedFile[] = [];
  const unreadable: UnreadableFile[] = [];
  const files = await expandInputs(command.files);
  const bar = progressBar(io, files.length);
  // A reason for an unreadable file goes to stderr after the bar's line is cleared.
  const failures: string[] = [];
  const quiet: Io = { ...io, err: (s) => void failures.push(s) };
  for (const [i, file] of files.entries()) {
    bar.update(i, file);
    // One file's failure, whatever it is, never loses another file's report.
    try {
      await rejectFolder(file);
      const grids = await readWorkbook(file);
      const { sheets, summary } = checkWorkbook(grids, options);
      checked.push({ file, sheets, summary });
    } catch (e) {
      unreadable.push(fileFailure(file, e, quiet));
    }
  }
  bar.end();
  for (const f of failures) io.err(f);
  const several = files.length > 1;
  if (command.json) {
    // Several files: always one document (it lists the unreadable ones); one unreadable file: nothing.
    if (several || checked.length > 0) io.out(renderJson(checked, unreadable, renderMessage, several));
  } else if (checked.length > 0) {
    io.out(renderText(checked, unreadable, renderMessage, styleFor(io.color)));
  }
  // The reviewers' files: written even when some inputs were unreadable (they list them).
  const force = command.force ?? false;
  try {
    if (command.html !== undefined) {
      const html = renderHtml(checked, unreadable, renderMessage, { generatedAt: (io.now ?? localNow)() });
      await writeOutput(command.html, html, { inputs: files, force });
      io.err(`Đã ghi báo cáo HTML: ${command.html}\n`);
    }
    if (command.xlsx !== undefined) {
      await writeOutput(command.xlsx, createWorkbook([issueListSheet(checked, unreadable)]), { inputs: files, force });
      io.err(`Đã ghi danh sách lỗi: ${command.xlsx}\n`);
    }
  } catch (e) {
    readFailure(e, io);
    return 2;
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
      lines.push(`  «${ws.name}» ${f.issue.cell ?? `dòng ${f.issue.row}`}: ${f.label}`);
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

async function report(
  command: Extract<Command, { cmd: 'report' }>,
  options: CheckOptions,
  io: Io,
  clock: { today: () => string },
): Promise<number> {
  const period = parsePeriod(command.period);
  if (!period) {
    io.err(`phuluc: Kỳ báo cáo không hợp lệ: «${command.period}» (ví dụ "Quý I/2026", "6 tháng/2026", "9 tháng/2026", "Năm 2026").\n`);
    return 2;
  }
  let grids;
  try {
    if (command.out !== undefined) await checkTarget(command.out, { input: command.file, force: command.force });
    grids = await readWorkbook(command.file);
  } catch (e) {
    readFailure(e, io);
    return 2;
  }
  const asOf = command.date ?? clock.today();
  const { sheets } = checkWorkbook(grids, options);
  const reports: PeriodReport[] = sheets.filter((s) => s.kind === 'tasks').map((s) => periodReport(s, period, asOf));
  if (reports.length === 0) {
    io.err(`phuluc: ${command.file}: không tìm thấy bảng nhiệm vụ nào (dòng tiêu đề STT, Nhiệm vụ, Chủ trì, Thời gian thực hiện...).\n`);
    return 2;
  }
  if (command.json) io.out(JSON.stringify({ file: command.file, period: period.label, asOf, reports }, null, 2) + '\n');
  else io.out(renderPeriodText(command.file, reports));
  if (command.out !== undefined) {
    const specs: SheetSpec[] = reports.map((r, i) => periodReportSheet(r, { name: uniqueName(period.sheetName, i), source: `trang tính «${r.sheet}»` }));
    try {
      await writeOutput(command.out, createWorkbook(specs), { inputs: [command.file], force: command.force });
    } catch (e) {
      readFailure(e, io);
      return 2;
    }
    (command.json ? io.err : io.out)(`Đã ghi tệp ${command.out}.\n`);
  }
  return 0;
}

/** The n-th report sheet's name: "Báo cáo Quý I năm 2026", then "… (2)" (at most 31 characters). */
function uniqueName(name: string, i: number): string {
  if (i === 0) return name;
  const tail = ` (${i + 1})`;
  return name.slice(0, 31 - tail.length) + tail;
}

async function newAppendix(command: Extract<Command, { cmd: 'new' }>, io: Io): Promise<number> {
  const sheet = newAppendixSheet({ year: command.year, body: command.body, templates: command.tasks ? defaultTemplates() : [] });
  try {
    await writeOutput(command.out, createWorkbook([sheet]), { inputs: [], force: command.force });
  } catch (e) {
    readFailure(e, io);
    return 2;
  }
  const tasks = sheet.rows.filter((r) => typeof r[0]?.value === 'number').length;
  const what = tasks > 0 ? `${tasks} nhiệm vụ mẫu` : 'chưa có nhiệm vụ';
  io.out(`Đã tạo phụ lục năm ${command.year} của ${command.body} (${what}): ${command.out}\n`);
  return 0;
}
