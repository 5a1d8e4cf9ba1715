import { promises as fs } from 'fs';
import path from 'path';

/** A folder given on the command line, with what was found in it. */
export interface FolderInput {
  /** As the user typed it. */
  folder: string;
  /** Spreadsheet files found in it and in its subfolders (see SPREADSHEET). */
  files: number;
  /** Subfolders searched (at any depth). */
  subfolders: number;
  /** Folders under it that could not be listed (no permission), so they are not skipped in silence. */
  unreadable: string[];
}

export interface Inputs {
  /** The files to check, in the order given; a folder's files sorted, each folder's own first. */
  files: string[];
  /** Every folder argument, with its count; those with 0 files are reported as such. */
  folders: FolderInput[];
  /** The files found by searching a folder (not named on the command line). */
  fromFolders: ReadonlySet<string>;
}

/**
 * Files a folder's batch takes: workbooks phuluc reads (.xlsx, .xlsm) and the spreadsheet files a
 * reviewer may find beside them that it cannot read (.xls, .xlsb, .ods): these are listed as
 * unreadable with their reason rather than left out in silence. Excel's "~$" lock files are left out.
 */
const SPREADSHEET = /\.(xlsx|xlsm|xls|xlsb|ods)$/i;
const isSpreadsheet = (name: string): boolean => SPREADSHEET.test(name) && !name.startsWith('~$');
const byName = (a: string, b: string): number => a.localeCompare(b, 'vi');

/**
 * The files to check: each argument as given, except that a folder stands for the spreadsheet
 * files in it and in its subfolders at any depth (sorted the Vietnamese way, a folder's own files
 * before its subfolders'), so that a whole tree of appendices can be checked on any shell,
 * Windows' included. Links to folders are not followed (no loops); links to files are. Missing
 * paths pass through for the reader to report; a folder without any spreadsheet is reported by
 * the caller from its `FolderInput` (files: 0).
 */
export async function expandInputs(args: readonly string[]): Promise<Inputs> {
  const files: string[] = [];
  const folders: FolderInput[] = [];
  const fromFolders = new Set<string>();
  for (const arg of args) {
    const st = await fs.stat(arg).catch(() => null);
    if (!st?.isDirectory()) {
      files.push(arg); // missing files are reported by the reader, with its message
      continue;
    }
    const found: string[] = [];
    const unreadable: string[] = [];
    const subfolders = await walk(arg, found, unreadable);
    folders.push({ folder: arg, files: found.length, subfolders, unreadable });
    files.push(...found);
    for (const f of found) fromFolders.add(f);
  }
  return { files, folders, fromFolders };
}

/** Adds the spreadsheet files under `dir` to `out`; returns how many subfolders it searched. */
async function walk(dir: string, out: string[], unreadable: string[]): Promise<number> {
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => null);
  if (!entries) {
    unreadable.push(dir);
    return 0;
  }
  const own: string[] = [];
  const subs: string[] = [];
  for (const e of entries) {
    if (e.isDirectory()) subs.push(e.name);
    else if (isSpreadsheet(e.name) && (e.isFile() || (e.isSymbolicLink() && (await fs.stat(path.join(dir, e.name)).catch(() => null))?.isFile()))) own.push(e.name);
  }
  for (const n of own.sort(byName)) out.push(path.join(dir, n));
  let count = subs.length;
  for (const n of subs.sort(byName)) count += await walk(path.join(dir, n), out, unreadable);
  return count;
}
