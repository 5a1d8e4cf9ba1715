import { promises as fs } from 'fs';
import path from 'path';

/**
 * The files to check: each argument as given, except that a folder stands for the .xlsx files
 * directly inside it (sorted; Excel's "~$" lock files left out), so that a whole folder of
 * appendices can be checked on any shell, Windows' included.
 */
export async function expandInputs(args: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const arg of args) {
    const st = await fs.stat(arg).catch(() => null);
    if (!st?.isDirectory()) {
      files.push(arg); // missing files are reported by the reader, with its message
      continue;
    }
    const names = (await fs.readdir(arg)).filter((n) => /\.xlsx$/i.test(n) && !n.startsWith('~$')).sort((a, b) => a.localeCompare(b, 'vi'));
    // An empty folder stays as the folder: the reader says what it is.
    if (names.length === 0) files.push(arg);
    else for (const n of names) files.push(path.join(arg, n));
  }
  return files;
}
