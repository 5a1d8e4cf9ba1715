/**
 * File names whose bytes are not UTF-8. On Linux a name is any bytes but '/' and NUL, and folders
 * copied from old Windows machines or unpacked from zip archives keep names in TCVN3 or CP1258
 * ("K\xEA ho\xB8ch.xlsx"). Node gives names as strings, each invalid byte turned into U+FFFD,
 * and a path made of that string names no file. So a folder is read with its names as bytes
 * (inputs.ts), such a file is opened by a Buffer path, and reports show its name with each byte
 * that is not UTF-8 written as `\xEA` (upper-case hex). The --json report gives that text as
 * `file` (always valid Unicode) and the path's exact bytes, base64, as `fileBase64`.
 */
import { isUtf8 } from 'buffer';
import { readFileSync } from 'fs';
import path from 'path';

/** What fs opens: a path as typed (string), or the bytes of one whose name is not UTF-8. */
export type FsPath = string | Buffer;

/** A file to read: where it is on disk and how the reports name it. */
export interface InputFile {
  path: FsPath;
  /** The path as reports show it (see nameText); control characters are escaped where it is printed. */
  name: string;
}

/** A file named by a string path: shown as it is. */
export const namedFile = (p: string): InputFile => ({ path: p, name: p });

/**
 * The length of the well-formed UTF-8 sequence at `i` (1 to 4), or 0 when the byte there does
 * not start one (a stray continuation byte, an overlong form, a surrogate, past U+10FFFF, cut short).
 */
function sequenceLength(b: Uint8Array, i: number): number {
  const c = b[i] as number;
  if (c < 0x80) return 1;
  let n: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (c >= 0xc2 && c <= 0xdf) n = 2;
  else if (c >= 0xe0 && c <= 0xef) {
    n = 3;
    if (c === 0xe0) lo = 0xa0;
    if (c === 0xed) hi = 0x9f;
  } else if (c >= 0xf0 && c <= 0xf4) {
    n = 4;
    if (c === 0xf0) lo = 0x90;
    if (c === 0xf4) hi = 0x8f;
  } else return 0;
  if (i + n > b.length) return 0;
  const second = b[i + 1] as number;
  if (second < lo || second > hi) return 0;
  for (let k = 2; k < n; k++) if (((b[i + k] as number) & 0xc0) !== 0x80) return 0;
  return n;
}

/**
 * Bytes of a name or path as text: the UTF-8 in it decoded, and each byte that is not part of a
 * well-formed UTF-8 sequence written `\xHH` (upper-case hex). Never U+FFFD, never a lone surrogate.
 */
export function nameText(bytes: Uint8Array): string {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (isUtf8(b)) return b.toString('utf8');
  let out = '';
  let start = 0;
  for (let i = 0; i < b.length; ) {
    const n = sequenceLength(b, i);
    if (n > 0) {
      i += n;
      continue;
    }
    out += b.toString('utf8', start, i) + `\\x${(b[i] as number).toString(16).toUpperCase().padStart(2, '0')}`;
    start = ++i;
  }
  return out + b.toString('utf8', start);
}

/**
 * A folder's entry as a path: a string when the folder's path is one and the name is UTF-8 (as
 * `path.join` makes it), else the bytes of both joined by the separator.
 */
export function childPath(dir: FsPath, name: Buffer): FsPath {
  if (typeof dir === 'string' && isUtf8(name)) return path.join(dir, name.toString('utf8'));
  const base = typeof dir === 'string' ? Buffer.from(path.join(dir, '.')) : dir;
  const sep = Buffer.from(path.sep);
  return base.length > 0 && base.subarray(base.length - sep.length).equals(sep) ? Buffer.concat([base, name]) : Buffer.concat([base, sep, name]);
}

/** A path as reports name it (see nameText for one that is bytes). */
export const pathName = (p: FsPath): string => (typeof p === 'string' ? p : nameText(p));

/** The exact bytes of a path that is not UTF-8, base64 (the --json report's `fileBase64`); undefined for a string path. */
export const pathBase64 = (p: FsPath): string | undefined => (typeof p === 'string' ? undefined : p.toString('base64'));

/** Arguments Node decoded with U+FFFD, each with the bytes it was given as (see argvBytes). */
export type ArgvBytes = ReadonlyMap<string, Buffer>;

/**
 * The bytes of the command-line arguments that are not UTF-8. Node decodes `process.argv` as
 * UTF-8, each invalid byte becoming U+FFFD, and keeps no copy of the bytes; Linux keeps them in
 * /proc/self/cmdline (NUL-separated), whose last entries are the script's arguments. They are
 * used only when every one of those entries decodes to the argument Node gave (else the command
 * line is not this process's, as under a test runner, or was rewritten: an empty map), and an
 * argument two different byte strings decode to is left out (which one is meant cannot be told).
 * Elsewhere (Windows passes UTF-16, macOS keeps names UTF-8) the map is empty.
 */
export function argvBytes(argv: readonly string[], cmdline: Buffer | undefined = readCmdline()): ArgvBytes {
  const found = new Map<string, Buffer>();
  if (!cmdline || argv.length === 0 || !argv.some((a) => a.includes('\uFFFD'))) return found;
  const entries: Buffer[] = [];
  for (let at = 0; at < cmdline.length; ) {
    let end = cmdline.indexOf(0, at);
    if (end < 0) end = cmdline.length;
    entries.push(cmdline.subarray(at, end));
    at = end + 1;
  }
  if (entries.length < argv.length) return found;
  const tail = entries.slice(entries.length - argv.length);
  if (!tail.every((b, i) => b.toString('utf8') === argv[i])) return found;
  const ambiguous = new Set<string>();
  tail.forEach((b, i) => {
    const arg = argv[i] as string;
    if (isUtf8(b)) return;
    const before = found.get(arg);
    if (before && !before.equals(b)) ambiguous.add(arg);
    else found.set(arg, Buffer.from(b));
  });
  for (const a of ambiguous) found.delete(a);
  return found;
}

function readCmdline(): Buffer | undefined {
  if (process.platform !== 'linux') return undefined;
  try {
    return readFileSync('/proc/self/cmdline');
  } catch {
    return undefined;
  }
}

/** A file named on the command line: by its bytes when they were not UTF-8 (argvBytes), else as typed. */
export function givenFile(arg: string, raw: ArgvBytes): InputFile {
  const bytes = raw.get(arg);
  return bytes ? { path: bytes, name: nameText(bytes) } : namedFile(arg);
}
