import { promises as fs } from 'fs';
import path from 'path';

/** A folder given on the command line, with what was found in it. */
export interface FolderInput {
  /** As the user typed it. */
  folder: string;
  /** .xlsx files found in it and in its subfolders. */
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
}

const isXlsx = (name: string): boolean => /\.xlsx$/i.test(name) && !name.startsWith('~$');
const byName = (a: string, b: string): number => a.localeCompare(b, 'vi');

/**
 * The files to check: each argument as given, except that a folder stands for the .xlsx files in
 * it and in its subfolders at any depth (sorted by name, a folder's own files before its
 * subfolders'; Excel's "~$" lock files left out), so that a whole tree of appendices can be
 * checked on any shell, Windows' included. Links to folders are not followed (no loops);
 * links to files are. Missing paths pass through for the reader to report.
 */
export async function expandInputs(args: readonly string[]): Promise<Inputs> {
  const files: string[] = [];
  const folders: FolderInput[] = [];
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
  }
  return { files, folders };
}

/** Adds the .xlsx files under `dir` to `out`; returns how many subfolders it searched. */
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
    else if (isXlsx(e.name) && (e.isFile() || (e.isSymbolicLink() && (await fs.stat(path.join(dir, e.name)).catch(() => null))?.isFile()))) own.push(e.name);
  }
  for (const n of own.sort(byName)) out.push(path.join(dir, n));
  let count = subs.length;
  for (const n of subs.sort(byName)) count += await walk(path.join(dir, n), out, unreadable);
  return count;
}
