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

/**
 * Parts declared larger than this are inflated by fflate, into one array of the declared size:
 * on the million-empty-row sheet (103 MB) zlib's inflate raised `fix`'s peak memory by ~100 MB
 * (398 → 495 MB, against issue 7's 500 MB), for a part no 100,000-row appendix reaches (35 MB).
 */
const ZLIB_INFLATE_MAX = 64 * 1024 * 1024;

const asBuffer = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength);

function deflater(level: DeflateLevel): { push(chunk: Uint8Array): void; end(): Uint8Array[] } {
  const out: Uint8Array[] = [];
  // Pieces are copied into one segment buffer (they may be reused once pushed): one copy, no
  // allocation per piece; a full segment is deflated with a sync flush.
  let segment: Buffer | undefined;
  let filled = 0;
  const flush = (final: boolean) => {
    const input = segment === undefined ? Buffer.alloc(0) : segment.subarray(0, filled);
    out.push(zlib.deflateRawSync(input, { level, ...(!final && { finishFlush: zlib.constants.Z_SYNC_FLUSH }) }));
    filled = 0;
  };
  return {
    push(chunk) {
      let at = 0;
      while (at < chunk.length) {
        segment ??= Buffer.allocUnsafe(SEGMENT);
        const n = Math.min(chunk.length - at, SEGMENT - filled);
        segment.set(chunk.subarray(at, at + n), filled);
        filled += n;
        at += n;
        if (filled === SEGMENT) flush(false);
      }
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
    if (declared > ZLIB_INFLATE_MAX) return FFLATE_CODEC.inflate(raw, declared);
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
