import { promises as fs } from 'fs';
import path from 'path';
import { ReadError } from './xlsx/errors';

/**
 * Files a folder's batch takes: workbooks phuluc reads (.xlsx, .xlsm) and the spreadsheet files a
 * reviewer may find beside them that it cannot read (.xls, .xlsb, .ods): these are listed as
 * unreadable with their reason rather than left out in silence.
 */
const SPREADSHEET = /\.(xlsx|xlsm|xls|xlsb|ods)$/i;

/**
 * The files to check: each argument as given, except that a folder stands for the spreadsheet
 * files directly inside it (sorted the Vietnamese way; Excel's "~$" lock files left out), so that
 * a whole folder of appendices can be checked on any shell, Windows' included. A folder with no
 * spreadsheet stays as the folder; `rejectFolder` then says so.
 */
export async function expandInputs(args: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const arg of args) {
    const st = await fs.stat(arg).catch(() => null);
    if (!st?.isDirectory()) {
      files.push(arg); // missing files are reported by the reader, with its message
      continue;
    }
    const names = (await fs.readdir(arg)).filter((n) => SPREADSHEET.test(n) && !n.startsWith('~$')).sort((a, b) => a.localeCompare(b, 'vi'));
    if (names.length === 0) files.push(arg);
    else for (const n of names) files.push(path.join(arg, n));
  }
  return files;
}

/**
 * Throws a ReadError (Vietnamese reason) when `file` is a folder: after `expandInputs`, a folder
 * left in the list is one without any spreadsheet file.
 */
export async function rejectFolder(file: string): Promise<void> {
  const st = await fs.stat(file).catch(() => null);
  if (st?.isDirectory()) throw new ReadError('unreadable', file, 'thư mục này không có tệp bảng tính (.xlsx) nào để kiểm tra.');
}
