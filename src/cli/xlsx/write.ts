/**
 * The CLI's file adapter for writing: never the input, never a half-written file. The bytes
 * come from the pure writer (src/xlsx/write.ts); here they go to disk:
 *
 *  - the output is compared with the input by device and inode (a hard link or a symlink to
 *    the input is the input), before any work and again just before the rename;
 *  - the bytes go to a new temporary file in the output's folder, are flushed to the disk
 *    (fsync), and the temporary file is renamed over the output in one step (POSIX rename is
 *    atomic), so a full disk or a crash leaves the previous file whole, `--force` or not;
 *  - a file replaced (`--force`) keeps its permission bits (a read-only output stays read-only)
 *    and, where the system allows it (root, or a group the user belongs to), its owner and group:
 *    they are given to the temporary file before the rename;
 *  - every failure is a WriteError with one Vietnamese line, and the temporary file is removed.
 */
import { promises as fsp } from 'fs';
import type { Stats } from 'fs';
import * as path from 'path';
import { C } from '../strings';
import { WriteError } from './errors';
import type { FsPath } from '../file-name';

/** Why a write failed, in Vietnamese, from the system's error code. */
export function writeFailureReason(code: string | undefined): string {
  const known = C.write.reasons as Record<string, string>;
  return (code !== undefined && Object.prototype.hasOwnProperty.call(known, code) ? known[code] : undefined) ?? C.write.other(code);
}

async function statOrUndefined(p: FsPath): Promise<Stats | undefined> {
  try {
    return await fsp.stat(p);
  } catch {
    return undefined;
  }
}

const sameFile = (a: Stats, b: Stats) => a.dev === b.dev && a.ino === b.ino;

/** Where a command writes: the file, the input it must not be, and the option that named it (for messages). */
export interface TargetOptions {
  /** A string as typed, or the bytes of a name that is not UTF-8 (../file-name.ts). */
  input: FsPath;
  force: boolean;
  /** The option the user gave the output with: --out (the default), --html, --xlsx. */
  option?: string;
}

/** Why an output that is an input is refused, naming the option the user gave it with. */
export function sameAsInputReason(option: string): string {
  return C.write.sameAsInput(option);
}

/**
 * Refuses, with a WriteError, an output that is the input (same device and inode: the same
 * path, a hard link, a symlink to it), a folder, or (without `force`) a file that exists.
 */
export async function checkTarget(out: string, opts: TargetOptions): Promise<void> {
  const o = await statOrUndefined(out);
  if (!o) return;
  const i = await statOrUndefined(opts.input);
  if (i && sameFile(i, o)) throw new WriteError('same-as-input', out, sameAsInputReason(opts.option ?? '--out'));
  if (o.isDirectory()) throw new WriteError('unwritable', out, writeFailureReason('EISDIR'));
  if (!o.isFile()) throw new WriteError('unwritable', out, C.write.notAFile);
  if (!opts.force) throw new WriteError('exists', out, C.write.exists);
}

/**
 * Gives the new file what the file it replaces had: its owner and group where allowed (best
 * effort: only root may give a file away), then its permission bits (rwx for user, group,
 * others; never setuid, setgid or sticky, which a chown clears anyway).
 */
async function keepOwnership(handle: fsp.FileHandle, previous: Stats): Promise<void> {
  if (previous.uid !== process.getuid?.() || previous.gid !== process.getgid?.()) {
    await handle.chown(previous.uid, previous.gid).catch(() => handle.chown(-1, previous.gid).catch(() => undefined));
  }
  await handle.chmod(previous.mode & 0o777);
}

/** Hooks for tests: how the bytes reach the disk (a full disk is simulated through them). */
export interface WriteHooks {
  write?(handle: fsp.FileHandle, bytes: Uint8Array): Promise<void>;
}

/**
 * Writes `bytes` to `out` through a temporary file in the same folder: write, fsync, rename.
 * Checks the target first (see checkTarget). A file replaced keeps its mode (and its owner
 * where allowed: keepOwnership). Throws WriteError; on any failure the output and
 * the input are as they were and no temporary file is left.
 */
export async function writeFileSafely(out: string, bytes: Uint8Array, opts: TargetOptions, hooks: WriteHooks = {}): Promise<void> {
  await checkTarget(out, opts);
  const previous = await statOrUndefined(out);
  const dir = path.dirname(path.resolve(out));
  const tmp = path.join(dir, `.${path.basename(out)}.phuluc-${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`);
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await fsp.open(tmp, 'wx', 0o666);
    if (hooks.write) await hooks.write(handle, bytes);
    else await handle.writeFile(bytes);
    if (previous?.isFile()) await keepOwnership(handle, previous);
    await handle.sync();
    await handle.close();
    handle = undefined;
    // The output may have appeared, or become the input, since the first check.
    await checkTarget(out, opts);
    await fsp.rename(tmp, out);
  } catch (e) {
    if (handle) await handle.close().catch(() => undefined);
    await fsp.unlink(tmp).catch(() => undefined);
    if (e instanceof WriteError) throw e;
    throw new WriteError('unwritable', out, writeFailureReason((e as NodeJS.ErrnoException).code));
  }
  // The rename itself reaches the disk with the folder (best effort: not every system allows it).
  try {
    const d = await fsp.open(dir, 'r');
    await d.sync().catch(() => undefined);
    await d.close();
  } catch {
    /* ignore */
  }
}
