/**
 * The CLI's file adapter for reading: the file's bytes (fs), handed to the pure reader in
 * src/xlsx, whose typed errors become a ReadError with one Vietnamese line. Nothing here knows
 * the .xlsx format.
 */
import { promises as fsp } from 'fs';
import type { Grid } from '../../core/grid';
import { XlsxError } from '../../xlsx/errors';
import { readWorkbook as readXlsx } from '../../xlsx/read';
import type { WorkbookRead } from '../../xlsx/read';
import { C } from '../strings';
import { ReadError } from './errors';
import type { ReadErrorKind } from './errors';
import { pathName } from '../file-name';
import type { FsPath } from '../file-name';

import { formatBytes } from '../../xlsx/zip';

export { formatNumber } from '../../xlsx/format';

/** The largest file read into memory: a compressed .xlsx this big would unpack past every zip limit. */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

/** Reads every worksheet of an .xlsx file into Grids. Throws only ReadError. */
export async function readWorkbook(file: FsPath): Promise<Grid[]> {
  return (await readWorkbookFile(file)).grids;
}

/**
 * The whole read (grids, sheets, date system, formulas evaluated). Throws only ReadError, which
 * names the file as reports do (a path given as bytes: its invalid bytes escaped, file-name.ts).
 */
export async function readWorkbookFile(file: FsPath): Promise<WorkbookRead> {
  const bytes = await readFileBytes(file);
  const name = pathName(file);
  try {
    return readXlsx(bytes, { extension: extensionOf(name) });
  } catch (e) {
    throw toReadError(e, name);
  }
}

function extensionOf(file: string): string {
  const slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  const dot = file.lastIndexOf('.');
  return dot > slash ? file.slice(dot).toLowerCase() : '';
}

const KIND: Record<XlsxError['kind'], ReadErrorKind> = {
  'not-xlsx': 'not-xlsx',
  encrypted: 'encrypted',
  corrupt: 'unreadable',
  unsupported: 'unreadable',
  'too-large': 'too-large',
};

/** An XlsxError as the CLI's ReadError; anything else is a bug and is rethrown. */
export function toReadError(e: unknown, file: string): ReadError {
  if (e instanceof ReadError) return e;
  if (e instanceof XlsxError) return new ReadError(KIND[e.kind], file, e.reason);
  throw e;
}

/**
 * The file's bytes, or a ReadError saying why not (missing, a folder, a device, no permission,
 * over MAX_FILE_BYTES). A pipe (`cat a.xlsx | phuluc check /dev/stdin`) is read up to
 * MAX_FILE_BYTES and refused past it; a device (`/dev/zero`, a terminal) or a socket is refused
 * before reading, since it never ends or waits for typing.
 */
export async function readFileBytes(path: FsPath): Promise<Uint8Array> {
  const file = pathName(path);
  try {
    const st = await fsp.stat(path);
    if (st.isDirectory()) throw new ReadError('unreadable', file, C.read.folder);
    if (st.isFIFO()) return await readPipe(path, file);
    if (!st.isFile()) throw new ReadError('unreadable', file, C.read.notAFile);
    if (st.size > MAX_FILE_BYTES) {
      throw new ReadError('too-large', file, C.read.tooLarge(formatBytes(st.size), formatBytes(MAX_FILE_BYTES)));
    }
    const buf = await fsp.readFile(path);
    return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  } catch (e) {
    if (e instanceof ReadError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    // A name typed with bytes that are not UTF-8 reaches Node with U+FFFD in their place (see
    // file-name.ts): no file has that name, and "not found" alone would puzzle its owner.
    if (code === 'ENOENT') throw new ReadError('missing', file, typeof path === 'string' && path.includes('\uFFFD') ? C.read.missingNotUtf8 : C.read.missing);
    if (code === 'EACCES' || code === 'EPERM') throw new ReadError('unreadable', file, C.read.denied);
    if (code === 'ERR_FS_FILE_TOO_LARGE') throw new ReadError('too-large', file, C.read.over2GB);
    throw new ReadError('unreadable', file, C.read.other(code));
  }
}

/** A pipe's bytes to its end, refused (ReadError 'too-large') once they pass MAX_FILE_BYTES. */
async function readPipe(path: FsPath, file: string): Promise<Uint8Array> {
  const handle = await fsp.open(path, 'r');
  try {
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const chunk = new Uint8Array(1024 * 1024);
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > MAX_FILE_BYTES) throw new ReadError('too-large', file, C.read.pipeTooLarge(formatBytes(MAX_FILE_BYTES)));
      chunks.push(chunk.subarray(0, bytesRead));
    }
    const bytes = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
      bytes.set(c, at);
      at += c.length;
    }
    return bytes;
  } finally {
    await handle.close();
  }
}
