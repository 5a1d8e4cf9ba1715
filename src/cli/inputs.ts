import { promises as fs } from 'fs';
import type { Dirent } from 'fs';
import path from 'path';
import { childPath, givenFile, nameText } from './file-name';
import type { ArgvBytes, FsPath, InputFile } from './file-name';

/** A folder given on the command line, with what was found in it. */
export interface FolderInput {
  /** As the user typed it. */
  folder: string;
  /** Spreadsheet files found in it and in its subfolders (see SPREADSHEET). */
  files: number;
  /** Subfolders searched (at any depth). */
  subfolders: number;
  /** Folders under it that could not be listed (no permission), so they are not skipped in silence; named as reports show them. */
  unreadable: string[];
}

export interface Inputs {
  /**
   * The files to check, in the order given; a folder's files sorted, each folder's own first.
   * A file found in a folder whose name (or a folder's on the way) is not UTF-8 has its bytes as
   * its path (file-name.ts), so that it is opened by what the disk holds.
   */
  files: InputFile[];
  /** Every folder argument, with its count; those with 0 files are reported as such. */
  folders: FolderInput[];
  /** The files found by searching a folder (not named on the command line). */
  fromFolders: ReadonlySet<InputFile>;
}

/**
 * Files a folder's batch takes: workbooks phuluc reads (.xlsx, .xlsm) and the spreadsheet files a
 * reviewer may find beside them that it cannot read (.xls, .xlsb, .ods): these are listed as
 * unreadable with their reason rather than left out in silence. Excel's "~$" lock files are left out.
 */
const SPREADSHEET = /\.(xlsx|xlsm|xls|xlsb|ods)$/i;
const isSpreadsheet = (name: string): boolean => SPREADSHEET.test(name) && !name.startsWith('~$');
/** A folder's entry: its name as shown (invalid bytes escaped), and the file it is. */
interface Entry {
  base: string;
  file: InputFile;
}
const byName = (a: Entry, b: Entry): number => a.base.localeCompare(b.base, 'vi');

/**
 * The files to check: each argument as given, except that a folder stands for the spreadsheet
 * files in it and in its subfolders at any depth (sorted the Vietnamese way, a folder's own files
 * before its subfolders'), so that a whole tree of appendices can be checked on any shell,
 * Windows' included. Links to folders are not followed (no loops); links to files are. Missing
 * paths pass through for the reader to report; a folder without any spreadsheet is reported by
 * the caller from its `FolderInput` (files: 0).
 */
export async function expandInputs(args: readonly string[], raw: ArgvBytes = new Map()): Promise<Inputs> {
  const files: InputFile[] = [];
  const folders: FolderInput[] = [];
  const fromFolders = new Set<InputFile>();
  for (const arg of args) {
    const given = givenFile(arg, raw);
    const st = await fs.stat(given.path).catch(() => null);
    if (!st?.isDirectory()) {
      files.push(given); // missing files are reported by the reader, with its message
      continue;
    }
    const found: InputFile[] = [];
    const unreadable: string[] = [];
    const subfolders = await walk(given.path, given.name, found, unreadable);
    folders.push({ folder: given.name, files: found.length, subfolders, unreadable });
    files.push(...found);
    for (const f of found) fromFolders.add(f);
  }
  return { files, folders, fromFolders };
}

/**
 * Adds the spreadsheet files under `dir` (named `name` in reports) to `out`; returns how many
 * subfolders it searched. A folder is listed by name (strings, the cheap way); when a name came
 * back with U+FFFD, Node could not decode its bytes, and the folder is listed again as bytes: a
 * name that is not UTF-8 is kept as it is on disk (its path becomes bytes, file-name.ts) and
 * shown with its invalid bytes escaped. A path that is a string is also its name in reports.
 */
async function walk(dir: FsPath, name: string, out: InputFile[], unreadable: string[]): Promise<number> {
  const entries = await list(dir);
  if (!entries) {
    unreadable.push(name);
    return 0;
  }
  const own: Entry[] = [];
  const subs: Entry[] = [];
  for (const e of entries) {
    const bytes = typeof e.name === 'string' ? undefined : e.name;
    const base = bytes ? nameText(bytes) : (e.name as string);
    if (e.isDirectory()) subs.push({ base, file: entryFile(dir, name, base, bytes) });
    else if (isSpreadsheet(base)) {
      const f = entryFile(dir, name, base, bytes);
      if (e.isFile() || (e.isSymbolicLink() && (await fs.stat(f.path).catch(() => null))?.isFile())) own.push({ base, file: f });
    }
  }
  for (const f of own.sort(byName)) out.push(f.file);
  let count = subs.length;
  for (const d of subs.sort(byName)) count += await walk(d.file.path, d.file.name, out, unreadable);
  return count;
}

/** The entry `base` (its bytes, when listed so) of the folder `dir` named `name`. */
function entryFile(dir: FsPath, name: string, base: string, bytes: Buffer | undefined): InputFile {
  const p = bytes ? childPath(dir, bytes) : path.join(dir as string, base);
  return { path: p, name: typeof p === 'string' ? p : path.join(name, base) };
}

/** A folder entry, named by a string or, when it is not UTF-8 or the folder's path is bytes, by its bytes. */
type Listed = Dirent & { name: string | Buffer };

/** The folder's entries (see walk), or null when it cannot be listed. */
async function list(dir: FsPath): Promise<Listed[] | null> {
  if (typeof dir === 'string') {
    const named = await fs.readdir(dir, { withFileTypes: true }).catch(() => null);
    if (!named || !named.some((e) => e.name.includes('\uFFFD'))) return named;
  }
  // Typed with string names by @types/node; with encoding 'buffer' they are the names' bytes.
  return (await fs.readdir(dir, { withFileTypes: true, encoding: 'buffer' }).catch(() => null)) as Listed[] | null;
}
