/**
 * Writing what the CLI creates (reports, issue lists, new appendices): never over an input, never
 * two results into one file, and every output judged before the first byte is written, so a
 * command that would fail on its second output fails before writing its first.
 */
import { promises as fsp } from 'fs';
import type { Stats } from 'fs';
import * as path from 'path';
import { C } from './strings';
import type { FsPath } from './file-name';
import { WriteError } from './xlsx/errors';
import { checkTarget, sameAsInputReason, writeFailureReason, writeFileSafely } from './xlsx/write';

/** One file a command will write, as the user named it. */
export interface OutputTarget {
  /** The option that named it: --out, --html, --xlsx. */
  option: string;
  path: string;
  /** The names it may end with, lower case (".xlsx"); the first is the one messages suggest. */
  extensions: readonly string[];
}

/** A path as the disk sees it: links resolved, and the file's identity when it exists. */
interface Resolved {
  key: string;
  stat: Stats | undefined;
}

/** Windows' and macOS's usual file systems do not tell "A.xlsx" from "a.xlsx". */
const CASE_BLIND = process.platform === 'win32' || process.platform === 'darwin';

async function resolve(p: FsPath): Promise<Resolved> {
  // A path that is not UTF-8 is an input found in a folder, which exists: told apart by its
  // identity (device and inode), its key never equal to a string path's.
  if (typeof p !== 'string') return { key: `\u0000${p.toString('hex')}`, stat: await fsp.stat(p).catch(() => undefined) };
  const abs = path.resolve(p);
  let real: string;
  try {
    real = await fsp.realpath(abs);
  } catch {
    // Not there yet (or a dangling link, which the rename replaces): its folder's real path.
    const dir = await fsp.realpath(path.dirname(abs)).catch(() => path.dirname(abs));
    real = path.join(dir, path.basename(abs));
  }
  const stat = await fsp.stat(abs).catch(() => undefined);
  return { key: CASE_BLIND ? real.toLowerCase() : real, stat };
}

const same = (a: Resolved, b: Resolved): boolean =>
  a.key === b.key || (a.stat !== undefined && b.stat !== undefined && a.stat.dev === b.stat.dev && a.stat.ino === b.stat.ino);

function extensionOf(p: string): string {
  const base = path.basename(p);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

/**
 * Judges every output of a command before anything is written. Throws the first WriteError, in this order:
 *  - an output that is one of `inputs` (--force or not: phuluc never writes over what it reads);
 *  - two outputs that are one file (the same path, through links or a hard link): one would
 *    silently replace the other;
 *  - a name without one of its extensions (`--out ke-hoach.txt` would hold an .xlsx Excel will not open);
 *  - a folder, a missing folder to write in, or (without `force`) a file that exists.
 */
export async function checkOutputs(targets: readonly OutputTarget[], inputs: readonly FsPath[], force: boolean): Promise<void> {
  const outs = await Promise.all(targets.map((t) => resolve(t.path)));
  const ins = await Promise.all(inputs.map(resolve));
  targets.forEach((t, i) => {
    if (ins.some((input) => same(input, outs[i] as Resolved))) throw new WriteError('same-as-input', t.path, sameAsInputReason(t.option));
  });
  targets.forEach((t, i) => {
    for (let j = 0; j < i; j++) {
      if (same(outs[i] as Resolved, outs[j] as Resolved)) {
        const first = (targets[j] as OutputTarget).option;
        throw new WriteError('same-output', t.path, C.write.sameOutput(t.option, first));
      }
    }
  });
  for (const t of targets) {
    const ext = extensionOf(t.path);
    if (!t.extensions.includes(ext)) {
      throw new WriteError('bad-name', t.path, C.write.badExtension(t.option, t.extensions[0] ?? '', ext));
    }
  }
  for (const [i, t] of targets.entries()) {
    const o = outs[i] as Resolved;
    if (o.stat?.isDirectory()) throw new WriteError('unwritable', t.path, writeFailureReason('EISDIR'));
    if (o.stat && !o.stat.isFile()) throw new WriteError('unwritable', t.path, C.write.notAFile);
    if (o.stat && !force) throw new WriteError('exists', t.path, C.write.exists);
    const dir = await fsp.stat(path.dirname(path.resolve(t.path))).catch(() => undefined);
    if (!dir) throw new WriteError('unwritable', t.path, writeFailureReason('ENOENT'));
    if (!dir.isDirectory()) throw new WriteError('unwritable', t.path, writeFailureReason('ENOTDIR'));
  }
}

/**
 * Writes `data` to `out`, refusing to overwrite any of `inputs` (same file on disk, links
 * included) or, unless `force`, an existing file. Throws only WriteError (with a Vietnamese reason
 * naming `option`, --out by default). Callers judge all their outputs first (checkOutputs);
 * the checks here are repeated because the disk may have changed since.
 */
export async function writeOutput(
  out: string,
  data: Uint8Array | string,
  opts: { inputs: readonly FsPath[]; force: boolean; option?: string },
): Promise<void> {
  const option = opts.option ?? '--out';
  // An input first (that is never allowed, --force or not), then an existing file.
  for (const input of opts.inputs) await checkTarget(out, { input, force: true, option });
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  // Through a temporary file renamed over the output: a failed write leaves nothing half-written.
  await writeFileSafely(out, bytes, { input: opts.inputs[0] ?? '', force: opts.force, option });
}

/** The output `file` is (the same file on disk, or the same path once links are resolved), if any. */
export async function outputMatching(file: FsPath, targets: readonly OutputTarget[]): Promise<OutputTarget | undefined> {
  if (targets.length === 0) return undefined;
  const f = await resolve(file);
  for (const t of targets) if (same(f, await resolve(t.path))) return t;
  return undefined;
}
