/**
 * The zip container of an .xlsx (ECMA-376 Part 2 uses PKWARE's APPNOTE.TXT zip), read from the
 * central directory with every limit checked BEFORE anything is inflated, and written back with
 * untouched entries copied byte for byte.
 *
 * Pure: bytes in, bytes out (Uint8Array, no Buffer, no fs), so it runs in a browser too.
 * Inflation is fflate's; the container format (a few fixed-layout records) is parsed here
 * because no library hands back the raw compressed bytes of each entry, which a surgical
 * writer needs to copy unchanged parts exactly.
 *
 * API
 *   openZip(bytes, limits?)          → ZipArchive  (throws XlsxError: not-xlsx, corrupt, too-large, unsupported)
 *   ZipArchive.get(name)             → ZipEntry | undefined (exact name, else ASCII case-insensitive)
 *   inflateEntry(entry, codec?)      → Uint8Array  (the part's bytes; CRC-32 checked)
 *   inflateEntryChunks(entry, onChunk) streams the part in chunks (same checks), for large sheets
 *   writeZip(items)                  → Uint8Array  (items: a ZipEntry to copy byte for byte, or {name, data} to deflate)
 *   crc32(bytes)                     → number (unsigned)
 *   FFLATE_CODEC                     the default ZipCodec (fflate: pure, runs in a browser)
 *
 * The writer's codec (`inflateEntry`, `deflateChunks`, `writeZip`) is a parameter: fflate by
 * default; the CLI hands in Node's zlib (src/cli/xlsx/zlib-codec.ts), several times faster on
 * a large sheet. Every check (declared size, CRC-32, the limits) is made here, whichever codec.
 */
import { Deflate, Inflate, deflateSync, inflateSync } from 'fflate';
import { XlsxError, corrupt } from './errors';
import { XS } from './strings';

/** Limits checked on the central directory before any part is inflated. */
export interface ZipLimits {
  /** Most entries a package may have. */
  maxEntries: number;
  /** Largest declared uncompressed size of one entry, in bytes. */
  maxEntryBytes: number;
  /** Largest sum of the declared uncompressed sizes, in bytes. */
  maxTotalBytes: number;
  /**
   * Largest declared expansion (uncompressed / compressed) of an entry larger than
   * `ratioGraceBytes`. Deflate cannot expand more than 1032:1, so a larger declared ratio is
   * a lie or a bomb; well-formed sheets, even a million empty rows, stay far below the default.
   */
  maxRatio: number;
  /** Entries up to this size are exempt from the ratio check (tiny parts compress oddly). */
  ratioGraceBytes: number;
}

const MB = 1024 * 1024;

/**
 * Defaults: a 100,000-row appendix is about 40 MB of sheet XML, a sheet of a million empty
 * rows about 60 MB; these limits leave room above that and stop bombs (a 13 KB file that
 * declares 4.3 GB, or thousands of overlapping entries) at once.
 */
export const DEFAULT_ZIP_LIMITS: Readonly<ZipLimits> = Object.freeze({
  maxEntries: 10000,
  maxEntryBytes: 512 * MB,
  maxTotalBytes: 1024 * MB,
  maxRatio: 1032,
  ratioGraceBytes: 1 * MB,
});

/** One entry as the central directory describes it, with its stored bytes. */
export interface ZipEntry {
  /** The entry name (UTF-8, or CP437/Latin-1 when the UTF-8 flag is off), e.g. "xl/workbook.xml". */
  readonly name: string;
  /** 0 stored, 8 deflated (the only two we read). */
  readonly method: number;
  /** General-purpose bit flags from the central directory (bit 3: data descriptor, bit 11: UTF-8). */
  readonly flags: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  /** Offset of the local file header in the archive. */
  readonly localOffset: number;
  /** The compressed data exactly as stored (a view into the archive bytes; do not modify). */
  readonly raw: Uint8Array;
  /**
   * The whole local record exactly as stored: local header, name, extra, data and, when
   * present, the data descriptor. writeZip copies it verbatim.
   */
  readonly localRecord: Uint8Array;
  /** The central directory record exactly as stored (writeZip patches only its offset). */
  readonly centralRecord: Uint8Array;
  /** True when the name ends with "/" (a folder entry, no data). */
  readonly isDirectory: boolean;
}

export interface ZipArchive {
  /** Entries in central-directory order. */
  readonly entries: readonly ZipEntry[];
  /** The entry with this name (exact match first, then ASCII case-insensitive, as OPC part names are). */
  get(name: string): ZipEntry | undefined;
  /** The archive comment, raw. */
  readonly comment: Uint8Array;
}

/** A new entry already deflated (see deflateChunks), for parts too large to hold uncompressed. */
export interface DeflatedZipEntry {
  name: string;
  /** The raw deflate stream. */
  deflated: Uint8Array;
  crc32: number;
  /** Uncompressed size in bytes. */
  size: number;
}

/** A new entry for writeZip: deflated unless `store` (or empty). */
export interface NewZipEntry {
  name: string;
  data: Uint8Array;
  store?: boolean;
  /** Deflate level 1 (fastest) to 9 (smallest); 6 when absent. */
  level?: DeflateLevel;
}

/** A deflate level: 1 (fastest) to 9 (smallest). */
export type DeflateLevel = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

/**
 * Raw deflate (RFC 1951) and CRC-32, as the writer needs them. zip.ts makes every check on what
 * a codec returns (declared size, CRC-32), so a codec only has to keep to this contract.
 */
export interface ZipCodec {
  /**
   * Inflates a raw deflate stream that should hold `declared` bytes: its bytes, or 'too-long'
   * as soon as the output passes `declared` (inflating stops there: a lying directory never
   * makes it allocate more than `declared` + 1 bytes). A stream that is not deflate or ends
   * early throws (anything).
   */
  inflate(raw: Uint8Array, declared: number): Uint8Array | 'too-long';
  /** One part deflated whole. */
  deflate(data: Uint8Array, level: DeflateLevel): Uint8Array;
  /** A deflater for one part fed piece by piece (pieces may be reused once pushed); `end` gives the raw stream in pieces. */
  deflater(level: DeflateLevel): { push(chunk: Uint8Array): void; end(): Uint8Array[] };
  /** CRC-32 (ISO-HDLC) of `previous`'s data followed by `data`, unsigned (previous: 0 at the start), as zlib's crc32. */
  crc32(data: Uint8Array, previous: number): number;
}

/** fflate: pure JavaScript, so the writer runs in a browser. */
export const FFLATE_CODEC: ZipCodec = Object.freeze({
  inflate(raw: Uint8Array, declared: number): Uint8Array | 'too-long' {
    // One byte more than declared: filling it means the part says less than it holds (cut there).
    const out = inflateSync(raw, { out: new Uint8Array(declared + 1) });
    return out.length > declared ? 'too-long' : out;
  },
  deflate: (data: Uint8Array, level: DeflateLevel) => deflateSync(data, { level }),
  deflater(level: DeflateLevel) {
    const out: Uint8Array[] = [];
    const d = new Deflate({ level }, (data) => void out.push(data));
    return {
      push: (chunk: Uint8Array) => d.push(chunk),
      end() {
        d.push(new Uint8Array(0), true);
        return out;
      },
    };
  },
  crc32: (data: Uint8Array, previous: number) => (crcUpdate((previous ^ 0xffffffff) >>> 0, data) ^ 0xffffffff) >>> 0,
});

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_EOCD64_LOCATOR = 0x07064b50;
const SIG_DESCRIPTOR = 0x08074b50;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** "4,3 GB", "512 MB", "1.032" — figures in a Vietnamese message. */
export function formatBytes(n: number): string {
  const units: Array<[number, string]> = [
    [1024 * MB, 'GB'],
    [MB, 'MB'],
    [1024, 'KB'],
  ];
  for (const [size, unit] of units) {
    if (n >= size) {
      const v = n / size;
      const text = v >= 100 ? String(Math.round(v)) : (Math.round(v * 10) / 10).toString().replace('.', ',');
      return `${text} ${unit}`;
    }
  }
  return `${n} byte`;
}

/**
 * A part that inflates past the size its zip entry declares (a lying zip bomb): found while
 * inflating, which stops there, so the reason does not say "before unpacking" as tooLarge does.
 */
function longerThanDeclared(name: string, declared: number): XlsxError {
  return new XlsxError('too-large', XS.stoppedInflating(XS.entryLonger(printable(name), formatBytes(declared))));
}

function tooLarge(what: string): XlsxError {
  return new XlsxError('too-large', XS.tooLarge(what));
}

/**
 * Reads the central directory of a zip and checks the limits on what it declares.
 * Nothing is inflated here. Throws XlsxError:
 *  - 'corrupt' when the end record or the directory is cut off or inconsistent (entries
 *    outside the file or overlapping each other, sizes that disagree with the local headers);
 *  - 'too-large' with the limit reached (entry count, one entry's size, the total, the ratio);
 *  - 'unsupported' for encrypted entries, other compression methods, split archives;
 *  - 'not-xlsx' is left to the caller (a valid zip of something else is still a zip).
 */
export function openZip(bytes: Uint8Array, limits: Partial<ZipLimits> = {}): ZipArchive {
  const lim: ZipLimits = { ...DEFAULT_ZIP_LIMITS, ...limits };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEocd(bytes, view);
  if (eocd < 0) throw corrupt();

  let disk = view.getUint16(eocd + 4, true);
  let cdDisk = view.getUint16(eocd + 6, true);
  let count = view.getUint16(eocd + 10, true);
  let cdSize = view.getUint32(eocd + 12, true);
  let cdOffset = view.getUint32(eocd + 16, true);
  const commentLength = view.getUint16(eocd + 20, true);
  const comment = bytes.subarray(eocd + 22, Math.min(bytes.length, eocd + 22 + commentLength));

  // ZIP64: the end record's fields are saturated and the real ones are in the ZIP64 end record.
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc >= 0 && view.getUint32(loc, true) === SIG_EOCD64_LOCATOR) {
      const at = readU64(view, loc + 8);
      if (at < 0 || at + 56 > bytes.length || view.getUint32(at, true) !== SIG_EOCD64) throw corrupt();
      disk = view.getUint32(at + 16, true);
      cdDisk = view.getUint32(at + 20, true);
      count = readU64(view, at + 32);
      cdSize = readU64(view, at + 40);
      cdOffset = readU64(view, at + 48);
    }
  }
  if (disk !== 0 || cdDisk !== 0) {
    throw new XlsxError('unsupported', XS.multiVolume);
  }
  if (count > lim.maxEntries) {
    throw tooLarge(XS.tooManyEntries(count.toLocaleString('vi-VN'), lim.maxEntries.toLocaleString('vi-VN')));
  }
  if (cdOffset < 0 || cdSize < 0 || cdOffset + cdSize > bytes.length) throw corrupt();

  const entries: ZipEntry[] = [];
  const exact = new Map<string, ZipEntry>();
  const folded = new Map<string, ZipEntry>();
  let total = 0;
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== SIG_CENTRAL) throw corrupt();
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const crc = view.getUint32(p + 16, true);
    let compressedSize = view.getUint32(p + 20, true);
    let uncompressedSize = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    let localOffset = view.getUint32(p + 42, true);
    const end = p + 46 + nameLength + extraLength + commentLen;
    if (end > bytes.length) throw corrupt();
    const nameBytes = bytes.subarray(p + 46, p + 46 + nameLength);
    const name = decodeName(nameBytes);

    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localOffset === 0xffffffff) {
      // ZIP64 extended information (header 0x0001): only the saturated fields, in this order.
      const z = zip64Extra(view, p + 46 + nameLength, extraLength);
      if (!z) throw corrupt();
      let q = 0;
      const next = () => {
        const v = q + 8 <= z.length ? readU64(view, z.at + q) : -1;
        q += 8;
        return v;
      };
      if (uncompressedSize === 0xffffffff) uncompressedSize = next();
      if (compressedSize === 0xffffffff) compressedSize = next();
      if (localOffset === 0xffffffff) localOffset = next();
      if (uncompressedSize < 0 || compressedSize < 0 || localOffset < 0) throw corrupt();
    }
    const centralRecord = bytes.subarray(p, end);
    p = end;

    const isDirectory = name.endsWith('/');
    // Limits on what is declared, before anything is inflated.
    if (uncompressedSize > lim.maxEntryBytes) {
      throw tooLarge(XS.entryTooLarge(printable(name), formatBytes(uncompressedSize), formatBytes(lim.maxEntryBytes)));
    }
    total += uncompressedSize;
    if (total > lim.maxTotalBytes) {
      throw tooLarge(XS.totalTooLarge(formatBytes(total), formatBytes(lim.maxTotalBytes)));
    }
    if (uncompressedSize > lim.ratioGraceBytes && uncompressedSize > compressedSize * lim.maxRatio) {
      const ratio = compressedSize === 0 ? '∞' : Math.round(uncompressedSize / compressedSize).toLocaleString('vi-VN');
      throw tooLarge(XS.ratioTooHigh(printable(name), ratio, formatBytes(compressedSize), formatBytes(uncompressedSize), lim.maxRatio.toLocaleString('vi-VN')));
    }
    if (flags & 0x1) {
      throw new XlsxError('unsupported', XS.encryptedZip);
    }
    if (method !== 0 && method !== 8) {
      throw new XlsxError('unsupported', XS.unsupportedMethod(method));
    }
    if (method === 0 && compressedSize !== uncompressedSize) throw corrupt();

    // The local header: its name and extra lengths give where the data starts.
    if (localOffset + 30 > bytes.length || view.getUint32(localOffset, true) !== SIG_LOCAL) throw corrupt();
    const localNameLength = view.getUint16(localOffset + 26, true);
    const localExtraLength = view.getUint16(localOffset + 28, true);
    const dataStart = localOffset + 30 + localNameLength + localExtraLength;
    const dataEnd = dataStart + compressedSize;
    if (dataEnd > bytes.length) throw corrupt();
    let recordEnd = dataEnd;
    if (flags & 0x8) recordEnd = descriptorEnd(view, dataEnd, crc, compressedSize, uncompressedSize);

    const entry: ZipEntry = {
      name,
      method,
      flags,
      crc32: crc,
      compressedSize,
      uncompressedSize,
      localOffset,
      raw: bytes.subarray(dataStart, dataEnd),
      localRecord: bytes.subarray(localOffset, recordEnd),
      centralRecord,
      isDirectory,
    };
    if (exact.has(name)) throw corrupt(XS.duplicateEntry(printable(name)));
    exact.set(name, entry);
    const key = name.toLowerCase();
    if (!folded.has(key)) folded.set(key, entry);
    entries.push(entry);
  }

  // Overlapping entries are how "better" zip bombs multiply a small file; no producer writes them.
  const byOffset = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  for (let i = 1; i < byOffset.length; i++) {
    const prev = byOffset[i - 1] as ZipEntry;
    const cur = byOffset[i] as ZipEntry;
    if (cur.localOffset < prev.localOffset + prev.localRecord.length) {
      throw tooLarge(XS.overlappingEntries);
    }
  }

  return {
    entries,
    comment,
    get: (n: string) => exact.get(n) ?? folded.get(n.toLowerCase()),
  };
}

/** The data descriptor after the data (signature optional; 32- or 64-bit sizes): where the record ends. */
function descriptorEnd(view: DataView, at: number, crc: number, csize: number, usize: number): number {
  const len = view.byteLength;
  let q = at;
  if (q + 4 <= len && view.getUint32(q, true) === SIG_DESCRIPTOR) q += 4;
  if (q + 12 <= len && view.getUint32(q, true) === crc) {
    // 32-bit sizes, or 64-bit ones (ZIP64 entries).
    if (view.getUint32(q + 4, true) === csize >>> 0 && view.getUint32(q + 8, true) === usize >>> 0 && csize < 0xffffffff) return q + 12;
    if (q + 20 <= len) return q + 20;
  }
  // A descriptor we cannot recognise: keep the record to the data only.
  return at;
}

function zip64Extra(view: DataView, at: number, length: number): { at: number; length: number } | undefined {
  let q = at;
  const end = at + length;
  while (q + 4 <= end) {
    const id = view.getUint16(q, true);
    const size = view.getUint16(q + 2, true);
    if (id === 0x0001) return { at: q + 4, length: Math.min(size, end - q - 4) };
    q += 4 + size;
  }
  return undefined;
}

/** A 64-bit little-endian size as a number; -1 beyond 2^53 (never a real .xlsx). */
function readU64(view: DataView, at: number): number {
  if (at + 8 > view.byteLength) return -1;
  const lo = view.getUint32(at, true);
  const hi = view.getUint32(at + 4, true);
  if (hi >= 0x200000) return -1;
  return hi * 0x100000000 + lo;
}

function findEocd(bytes: Uint8Array, view: DataView): number {
  // The end record is 22 bytes plus a comment of at most 65,535 bytes.
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && view.getUint32(i, true) === SIG_EOCD) {
      const commentLength = view.getUint16(i + 20, true);
      if (i + 22 + commentLength <= bytes.length) return i;
    }
  }
  return -1;
}

function decodeName(b: Uint8Array): string {
  // UTF-8 whether or not bit 11 says so (many tools write UTF-8 without the flag); Latin-1 otherwise.
  try {
    return utf8.decode(b);
  } catch {
    let s = '';
    for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i] as number);
    return s;
  }
}

/** A part name fit for a message: control characters shown as \xHH. */
function printable(name: string): string {
  // eslint-disable-next-line no-control-regex
  return name.replace(/[\x00-\x1f\x7f-\x9f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** Compressed input is fed to the inflater in slices this big, so one slice inflates to at most ~33 MB. */
const FEED = 32 * 1024;

/**
 * Streams an entry's uncompressed bytes to `onChunk` (chunks are views that may be reused:
 * copy what you keep). Stops with 'too-large' as soon as the output exceeds the declared
 * size (a lying directory), and with 'corrupt' when the data ends early or the CRC-32 differs.
 */
export function inflateEntryChunks(entry: ZipEntry, onChunk: (chunk: Uint8Array) => void): void {
  const declared = entry.uncompressedSize;
  if (entry.method === 0) {
    checkCrc(entry, crc32(entry.raw));
    onChunk(entry.raw);
    return;
  }
  let produced = 0;
  let crc = 0xffffffff;
  let done = false;
  // What the consumer threw (an XML error, a refusal): passed on as it is, never reported as a
  // decompression failure.
  let consumerFailed = false;
  let consumerError: unknown;
  const inflater = new Inflate((chunk, final) => {
    produced += chunk.length;
    if (produced > declared) {
      throw longerThanDeclared(entry.name, declared);
    }
    crc = crcUpdate(crc, chunk);
    if (chunk.length > 0) {
      try {
        onChunk(chunk);
      } catch (e) {
        consumerFailed = true;
        consumerError = e;
        throw e;
      }
    }
    if (final) done = true;
  });
  const raw = entry.raw;
  try {
    if (raw.length === 0) inflater.push(new Uint8Array(0), true);
    for (let i = 0; i < raw.length; i += FEED) {
      inflater.push(raw.subarray(i, Math.min(raw.length, i + FEED)), i + FEED >= raw.length);
    }
  } catch (e) {
    if (consumerFailed) throw consumerError;
    if (e instanceof XlsxError) throw e;
    throw corrupt(XS.inflateFailed(printable(entry.name)));
  }
  if (!done || produced !== declared) throw corrupt(XS.entryTruncated(printable(entry.name)));
  checkCrc(entry, (crc ^ 0xffffffff) >>> 0);
}

/**
 * An entry's uncompressed bytes, in one array of exactly the declared size. Same checks as
 * inflateEntryChunks, in one pass into a buffer one byte larger than declared: a part that
 * outgrows it is cut there and refused as too large; one that falls short or differs, corrupt.
 */
export function inflateEntry(entry: ZipEntry, codec: ZipCodec = FFLATE_CODEC): Uint8Array {
  if (entry.method === 0) {
    checkCrc(entry, codec.crc32(entry.raw, 0));
    return entry.raw;
  }
  const size = entry.uncompressedSize;
  let out: Uint8Array | 'too-long';
  try {
    out = codec.inflate(entry.raw, size);
  } catch {
    throw corrupt(XS.inflateFailed(printable(entry.name)));
  }
  if (out === 'too-long' || out.length > size) {
    throw longerThanDeclared(entry.name, size);
  }
  if (out.length !== size) throw corrupt(XS.entryTruncated(printable(entry.name)));
  checkCrc(entry, codec.crc32(out, 0));
  return out;
}

function checkCrc(entry: ZipEntry, actual: number): void {
  if (actual !== entry.crc32 >>> 0) throw corrupt(XS.badCrc(printable(entry.name)));
}

let CRC_TABLE: Uint32Array | undefined;
/**
 * CRC-32 tables for slicing by 8 (eight bytes a step; the same CRC as a byte at a time): table k
 * at [256k, 256k + 256) is the CRC of a byte followed by k zero bytes.
 */
function crcTable(): Uint32Array {
  if (CRC_TABLE) return CRC_TABLE;
  const t = new Uint32Array(256 * 8);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  for (let k = 1; k < 8; k++) {
    for (let n = 0; n < 256; n++) {
      const prev = t[256 * (k - 1) + n] as number;
      t[256 * k + n] = ((prev >>> 8) ^ (t[prev & 0xff] as number)) >>> 0;
    }
  }
  CRC_TABLE = t;
  return t;
}

function crcUpdate(crc: number, b: Uint8Array): number {
  const t = crcTable();
  let c = crc;
  let i = 0;
  const n = b.length;
  for (const end8 = n - (n & 7); i < end8; i += 8) {
    const a = (c ^ ((b[i] as number) | ((b[i + 1] as number) << 8) | ((b[i + 2] as number) << 16) | ((b[i + 3] as number) << 24))) >>> 0;
    c =
      (t[1792 + (a & 0xff)] as number) ^
      (t[1536 + ((a >>> 8) & 0xff)] as number) ^
      (t[1280 + ((a >>> 16) & 0xff)] as number) ^
      (t[1024 + (a >>> 24)] as number) ^
      (t[768 + (b[i + 4] as number)] as number) ^
      (t[512 + (b[i + 5] as number)] as number) ^
      (t[256 + (b[i + 6] as number)] as number) ^
      (t[b[i + 7] as number] as number);
  }
  for (; i < n; i++) c = (t[(c ^ (b[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return c;
}

/**
 * Deflates a part given as a sequence of byte chunks, computing its CRC-32 and size as it goes,
 * so that a large part is never held uncompressed in one piece (the writer's million-row sheets).
 */
export function deflateChunks(name: string, chunks: Iterable<Uint8Array>, level: DeflateLevel = 6, codec: ZipCodec = FFLATE_CODEC): DeflatedZipEntry {
  const d = codec.deflater(level);
  let crc = 0;
  let size = 0;
  for (const c of chunks) {
    crc = codec.crc32(c, crc);
    size += c.length;
    d.push(c);
  }
  const out = d.end();
  let outSize = 0;
  for (const o of out) outSize += o.length;
  const deflated = new Uint8Array(outSize);
  let at = 0;
  for (const o of out) {
    deflated.set(o, at);
    at += o.length;
  }
  return { name, deflated, crc32: crc >>> 0, size };
}

/** CRC-32 (ISO-HDLC, the zip one) of the bytes, unsigned. */
export function crc32(b: Uint8Array): number {
  return (crcUpdate(0xffffffff, b) ^ 0xffffffff) >>> 0;
}

const utf8Encoder = new TextEncoder();

/**
 * Writes a zip. Each item is either an entry of an opened archive, copied byte for byte (its
 * local record verbatim; its central record with only the local offset patched), or a new
 * entry deflated here (stored when `store` or empty). Order is kept. Names must be unique
 * (Error otherwise: a programming error, not a user's file). Never writes ZIP64: an output
 * past 4 GB throws.
 */
export function writeZip(items: ReadonlyArray<ZipEntry | NewZipEntry | DeflatedZipEntry>, comment: Uint8Array = new Uint8Array(0), codec: ZipCodec = FFLATE_CODEC): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  const seen = new Set<string>();
  let offset = 0;
  for (const item of items) {
    if (seen.has(item.name)) throw new Error(`writeZip: duplicate entry ${item.name}`);
    seen.add(item.name);
    if ('localRecord' in item) {
      const central = item.centralRecord.slice();
      const cv = new DataView(central.buffer);
      if (cv.getUint32(42, true) === 0xffffffff) throw new Error(`writeZip: cannot copy ZIP64 entry ${item.name}`);
      cv.setUint32(42, offset, true);
      locals.push(item.localRecord);
      centrals.push(central);
      offset += item.localRecord.length;
    } else {
      const name = utf8Encoder.encode(item.name);
      const pre = 'deflated' in item ? item : undefined;
      const plain = 'deflated' in item ? undefined : item;
      const store = plain !== undefined && (plain.store === true || plain.data.length === 0);
      const data = pre ? pre.deflated : store ? (plain as NewZipEntry).data : codec.deflate((plain as NewZipEntry).data, (plain as NewZipEntry).level ?? 6);
      const crc = pre ? pre.crc32 : codec.crc32((plain as NewZipEntry).data, 0);
      const size = pre ? pre.size : (plain as NewZipEntry).data.length;
      const nonAscii = name.some((b) => b >= 0x80);
      const flags = nonAscii ? 0x800 : 0;
      const method = store ? 0 : 8;
      const { time, date } = dosTime();
      const local = new Uint8Array(30 + name.length);
      const lv = new DataView(local.buffer);
      lv.setUint32(0, SIG_LOCAL, true);
      lv.setUint16(4, 20, true);
      lv.setUint16(6, flags, true);
      lv.setUint16(8, method, true);
      lv.setUint16(10, time, true);
      lv.setUint16(12, date, true);
      lv.setUint32(14, crc, true);
      lv.setUint32(18, data.length, true);
      lv.setUint32(22, size, true);
      lv.setUint16(26, name.length, true);
      lv.setUint16(28, 0, true);
      local.set(name, 30);
      const central = new Uint8Array(46 + name.length);
      const cv = new DataView(central.buffer);
      cv.setUint32(0, SIG_CENTRAL, true);
      cv.setUint16(4, 20, true); // made by: MS-DOS, 2.0
      cv.setUint16(6, 20, true);
      cv.setUint16(8, flags, true);
      cv.setUint16(10, method, true);
      cv.setUint16(12, time, true);
      cv.setUint16(14, date, true);
      cv.setUint32(16, crc, true);
      cv.setUint32(20, data.length, true);
      cv.setUint32(24, size, true);
      cv.setUint16(28, name.length, true);
      cv.setUint32(42, offset, true);
      central.set(name, 46);
      locals.push(local, data);
      centrals.push(central);
      offset += local.length + data.length;
    }
    if (offset > 0xffffffff) throw new Error('writeZip: output larger than 4 GB');
  }
  let cdSize = 0;
  for (const c of centrals) cdSize += c.length;
  const end = new Uint8Array(22 + comment.length);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, SIG_EOCD, true);
  ev.setUint16(8, centrals.length, true);
  ev.setUint16(10, centrals.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  ev.setUint16(20, comment.length, true);
  end.set(comment, 22);

  const out = new Uint8Array(offset + cdSize + end.length);
  let at = 0;
  for (const part of [...locals, ...centrals, end]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Now as an MS-DOS date and time (local time, 2-second resolution), as zip tools write it. */
function dosTime(d: Date = new Date()): { time: number; date: number } {
  const year = Math.max(1980, d.getFullYear());
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}
