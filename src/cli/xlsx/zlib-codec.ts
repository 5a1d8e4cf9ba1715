/**
 * Node's zlib as the writer's zip codec (src/xlsx/zip.ts `ZipCodec`): the command line hands it
 * to `fixWorkbook`, the pure writer keeps fflate for the browser. On a 35 MB sheet zlib deflates
 * (level 1) about four times faster than fflate and inflates several times faster; zip.ts makes
 * every check on what comes back (declared size, CRC-32) exactly as with fflate.
 */
import * as zlib from 'zlib';
import { FFLATE_CODEC } from '../../xlsx/zip';
import type { DeflateLevel, ZipCodec } from '../../xlsx/zip';

/**
 * A large part is deflated in segments of about this many bytes: each ends with a sync flush
 * (an empty stored block, byte-aligned, not final), so the segments laid end to end are one
 * deflate stream, and the part is never held whole uncompressed (a million-row sheet).
 */
const SEGMENT = 4 * 1024 * 1024;

const asBuffer = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength);

function deflater(level: DeflateLevel): { push(chunk: Uint8Array): void; end(): Uint8Array[] } {
  const out: Uint8Array[] = [];
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const flush = (final: boolean) => {
    const input = pending.length === 1 ? (pending[0] as Buffer) : Buffer.concat(pending, pendingBytes);
    pending = [];
    pendingBytes = 0;
    out.push(zlib.deflateRawSync(input, { level, ...(!final && { finishFlush: zlib.constants.Z_SYNC_FLUSH }) }));
  };
  return {
    push(chunk) {
      if (chunk.length === 0) return;
      // A copy: the caller may reuse its chunk once pushed.
      pending.push(Buffer.from(chunk));
      pendingBytes += chunk.length;
      if (pendingBytes >= SEGMENT) flush(false);
    },
    end() {
      flush(true);
      return out;
    },
  };
}

const crc32: (data: Uint8Array, previous: number) => number =
  typeof zlib.crc32 === 'function' ? (data, previous) => zlib.crc32(data, previous) >>> 0 : FFLATE_CODEC.crc32;

export const ZLIB_CODEC: ZipCodec = Object.freeze({
  inflate(raw: Uint8Array, declared: number): Uint8Array | 'too-long' {
    try {
      // One output buffer of declared + 1 bytes: a part that holds what it declares never fills
      // it (no second buffer, no copy), and zlib stops with ERR_BUFFER_TOO_LARGE as soon as
      // the output passes the declared size.
      return zlib.inflateRawSync(asBuffer(raw), { chunkSize: Math.max(64, declared + 1), maxOutputLength: Math.max(1, declared) });
    } catch (e) {
      if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return 'too-long';
      throw e;
    }
  },
  deflate: (data: Uint8Array, level: DeflateLevel) => zlib.deflateRawSync(asBuffer(data), { level }),
  deflater,
  crc32,
});
