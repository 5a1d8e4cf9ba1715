import { readFileSync } from 'fs';
import { zipSync, strToU8 } from 'fflate';
import { errorOf } from '../helpers/xlsx-error';
import { deflateRawSync } from 'zlib';
import { FFLATE_CODEC, crc32, deflateChunks, formatBytes, inflateEntry, openZip, writeZip } from '../../src/xlsx/zip';
import type { ZipCodec, ZipEntry } from '../../src/xlsx/zip';
import { ZLIB_CODEC } from '../../src/cli/xlsx/zlib-codec';
import { fixture } from '../cli/helpers';

const bytesOf = (name: string) => new Uint8Array(readFileSync(fixture(name)));

/** The writer's two codecs: every check must hold as strongly with either. */
const CODECS: Array<[string, ZipCodec]> = [
  ['fflate', FFLATE_CODEC],
  ['zlib', ZLIB_CODEC],
];

/** Central directory record of an entry inside `zip` (by name), as a DataView over the same buffer. */
function centralView(zip: Uint8Array, name: string): DataView {
  const entry = openZip(zip).get(name) as ZipEntry;
  return new DataView(zip.buffer, zip.byteOffset + (entry.centralRecord.byteOffset - zip.byteOffset), entry.centralRecord.length);
}

describe('openZip on real workbooks', () => {
  it.each(CODECS.flatMap(([c, codec]) => ['binh-dinh-2022.xlsx', 'quang-tri-2024.xlsx', 'cases/iso-date-cells.xlsx'].map((n) => [n, c, codec] as const)))('%s: every entry inflates (%s) to its declared size and CRC', (name, _c, codec) => {
    const zip = openZip(bytesOf(name));
    expect(zip.entries.length).toBeGreaterThan(3);
    expect(zip.get('[Content_Types].xml')).toBeDefined();
    for (const e of zip.entries) {
      const data = inflateEntry(e, codec);
      expect(data.length).toBe(e.uncompressedSize);
      expect(crc32(data)).toBe(e.crc32 >>> 0);
    }
  });

  it('finds part names ASCII case-insensitively, exact names first', () => {
    const zip = openZip(bytesOf('binh-dinh-2022.xlsx'));
    expect(zip.get('XL/WORKBOOK.XML')?.name).toBe('xl/workbook.xml');
    expect(zip.get('xl/nothing.xml')).toBeUndefined();
  });
});

describe('crc32', () => {
  // Known values (ISO-HDLC CRC-32) and every length around the 8-byte steps, against a byte-at-a-time reference.
  const reference = (b: Uint8Array): number => {
    let c = 0xffffffff;
    for (const x of b) {
      c ^= x;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    }
    return (c ^ 0xffffffff) >>> 0;
  };
  it.each([
    ['', 0],
    ['a', 0xe8b7be43],
    ['123456789', 0xcbf43926],
    ['The quick brown fox jumps over the lazy dog', 0x414fa339],
  ])('crc32(%j) = %d', (text, want) => {
    expect(crc32(strToU8(text))).toBe(want);
  });
  it.each([1, 7, 8, 9, 15, 16, 17, 63, 64, 65, 1000, 4099])('%d pseudo-random bytes, at offsets 0 to 7 of a larger buffer, give the reference CRC', (n) => {
    const buf = new Uint8Array(n + 8);
    let s = n * 2654435761;
    for (let i = 0; i < buf.length; i++) buf[i] = (s = (s * 1103515245 + 12345) >>> 0) >>> 24;
    for (let off = 0; off < 8; off++) {
      const view = buf.subarray(off, off + n);
      expect(crc32(view)).toBe(reference(view));
    }
  });
  it('a changed byte changes the CRC', () => {
    const a = strToU8('x'.repeat(37));
    const b = a.slice();
    b[20] = 0x79;
    expect(crc32(a)).not.toBe(crc32(b));
  });
});

describe('writeZip', () => {
  it.each(['binh-dinh-2022.xlsx', 'quang-tri-2024-pasted.xlsx', 'cases/date1904.xlsx'])('%s copied entry by entry is identical part for part', (name) => {
    const original = bytesOf(name);
    const zip = openZip(original);
    const copy = writeZip(zip.entries, zip.comment);
    const again = openZip(copy);
    expect(again.entries.map((e) => e.name)).toEqual(zip.entries.map((e) => e.name));
    again.entries.forEach((e, i) => {
      const o = zip.entries[i] as ZipEntry;
      expect(Buffer.from(e.localRecord).equals(Buffer.from(o.localRecord))).toBe(true);
      expect(Buffer.from(e.raw).equals(Buffer.from(o.raw))).toBe(true);
      // Central records differ at most in the local offset field.
      const a = Buffer.from(e.centralRecord);
      const b = Buffer.from(o.centralRecord);
      expect(a.subarray(0, 42).equals(b.subarray(0, 42)) && a.subarray(46).equals(b.subarray(46))).toBe(true);
    });
  });

  it('mixes copied and new entries; new ones inflate back to their bytes', () => {
    const zip = openZip(bytesOf('binh-dinh-2022.xlsx'));
    const data = strToU8('<x>thay đổi</x>'.repeat(100));
    const out = writeZip([...zip.entries.filter((e) => e.name !== 'xl/workbook.xml'), { name: 'xl/workbook.xml', data }, { name: 'tệp/mới.bin', data: new Uint8Array([1, 2, 3]), store: true }]);
    const back = openZip(out);
    expect(Buffer.from(inflateEntry(back.get('xl/workbook.xml') as ZipEntry)).equals(Buffer.from(data))).toBe(true);
    expect([...inflateEntry(back.get('tệp/mới.bin') as ZipEntry)]).toEqual([1, 2, 3]);
    expect(back.get('tệp/mới.bin')?.flags ?? 0).toBe(0x800);
  });

  it('refuses duplicate names (a programming error)', () => {
    expect(() => writeZip([{ name: 'a', data: new Uint8Array(1) }, { name: 'a', data: new Uint8Array(1) }])).toThrow(/duplicate/);
  });
});

describe.each(CODECS)('limits before inflating (writer codec %s)', (_c, codec) => {
  const small = () => zipSync({ 'xl/workbook.xml': strToU8('<workbook/>'), 'xl/worksheets/sheet1.xml': new Uint8Array(2_000_000) });

  it('a directory that declares 4.3 GB is refused at once, naming the limit', () => {
    const zip = small();
    centralView(zip, 'xl/worksheets/sheet1.xml').setUint32(24, 0xfffffff0, true);
    const e = errorOf(() => openZip(zip));
    expect(e.kind).toBe('too-large');
    expect(e.reason).toMatch(/^tệp quá lớn: .*4 GB.*vượt giới hạn 512 MB/);
    expect(e.reason).not.toMatch(/\n/);
  });

  it('the total of all parts is limited', () => {
    const e = errorOf(() => openZip(small(), { maxTotalBytes: 1_000_000 }));
    expect(e.kind).toBe('too-large');
    expect(e.reason).toMatch(/cả tệp/);
  });

  it('the entry count is limited', () => {
    const e = errorOf(() => openZip(small(), { maxEntries: 1 }));
    expect(e.kind).toBe('too-large');
    expect(e.reason).toMatch(/2 phần.*giới hạn 1 phần/);
  });

  it('the declared ratio is limited', () => {
    const e = errorOf(() => openZip(small(), { maxRatio: 100 }));
    expect(e.kind).toBe('too-large');
    expect(e.reason).toMatch(/nén .* lần/);
  });

  it('a directory that under-declares the size stops inflating as soon as the output passes it', () => {
    const zip = small();
    centralView(zip, 'xl/worksheets/sheet1.xml').setUint32(24, 1000, true);
    const entry = openZip(zip).get('xl/worksheets/sheet1.xml') as ZipEntry;
    const e = errorOf(() => inflateEntry(entry, codec));
    expect(e.kind).toBe('too-large');
  });

  it('overlapping entries (a "better" zip bomb) are refused', () => {
    // Two central records pointing at the same local record.
    const zip = zipSync({ a: new Uint8Array(10), b: new Uint8Array(10) });
    const archive = openZip(zip);
    const first = archive.entries[0] as ZipEntry;
    const v = centralView(zip, 'b');
    v.setUint32(42, first.localOffset, true);
    expect(errorOf(() => openZip(zip)).kind).toBe('too-large');
  });

  it('a wrong CRC is corrupt', () => {
    const zip = small();
    centralView(zip, 'xl/workbook.xml').setUint32(16, 12345, true);
    const entry = openZip(zip).get('xl/workbook.xml') as ZipEntry;
    expect(errorOf(() => inflateEntry(entry, codec)).kind).toBe('corrupt');
  });

  it.each([
    ['nothing', new Uint8Array(0)],
    ['a cut-off zip', zipSync({ a: new Uint8Array(100) }).subarray(0, 60)],
    ['random bytes', new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23])],
  ])('%s is corrupt', (_what, bytes) => {
    expect(errorOf(() => openZip(bytes)).kind).toBe('corrupt');
  });

  it('encrypted entries and other methods are unsupported', () => {
    const zip = zipSync({ a: strToU8('x'.repeat(100)) });
    const v = centralView(zip, 'a');
    v.setUint16(8, v.getUint16(8, true) | 1, true);
    expect(errorOf(() => openZip(zip)).kind).toBe('unsupported');
    const zip2 = zipSync({ a: strToU8('x'.repeat(100)) });
    centralView(zip2, 'a').setUint16(10, 14, true); // LZMA
    expect(errorOf(() => openZip(zip2)).reason).toMatch(/phương pháp nén 14/);
  });

  // What only inflation can tell: the data itself is damaged.
  const oneEntry = (data: Uint8Array) => {
    const zip = zipSync({ 'xl/worksheets/sheet1.xml': data });
    return { zip, entry: () => openZip(zip).get('xl/worksheets/sheet1.xml') as ZipEntry };
  };
  const text = strToU8('<row r="1"><c r="A1"><v>1</v></c></row>'.repeat(2000));

  it('a directory that over-declares the size (the data ends early) is corrupt', () => {
    const { zip, entry } = oneEntry(text);
    centralView(zip, 'xl/worksheets/sheet1.xml').setUint32(24, text.length + 10, true);
    const e = errorOf(() => inflateEntry(entry(), codec));
    expect(e.kind).toBe('corrupt');
  });

  it.each([
    ['cut to a third', (n: number) => Math.floor(n / 3)],
    ['cut one byte short', (n: number) => n - 1],
    ['cut to one byte', () => 1],
  ])('deflate data %s (the directory says so) is corrupt', (_what, cut) => {
    const { zip, entry } = oneEntry(text);
    const v = centralView(zip, 'xl/worksheets/sheet1.xml');
    v.setUint32(20, cut(v.getUint32(20, true)), true);
    expect(errorOf(() => inflateEntry(entry(), codec)).kind).toBe('corrupt');
  });

  it.each([
    ['zeroed from the middle', (raw: Uint8Array) => raw.fill(0, raw.length >> 1)],
    ['garbage', (raw: Uint8Array) => raw.fill(0xff)],
    ['a reserved block type', (raw: Uint8Array) => raw.fill(0x07, 0, 1)],
    ['one flipped byte', (raw: Uint8Array) => void (raw[raw.length >> 1] = (raw[raw.length >> 1] as number) ^ 0x5a)],
  ])('deflate data %s is refused (damaged or longer than declared), never a wrong part', (_what, damage) => {
    const { entry } = oneEntry(text);
    const e = entry();
    damage(e.raw as Uint8Array);
    expect(['corrupt', 'too-large']).toContain(errorOf(() => inflateEntry(e, codec)).kind);
  });

  it.each([0, 1, 7])('a part declaring %d bytes that inflates to more: stopped while inflating, and said so', (declared) => {
    const { zip, entry } = oneEntry(strToU8('x'.repeat(64)));
    centralView(zip, 'xl/worksheets/sheet1.xml').setUint32(24, declared, true);
    const e = errorOf(() => inflateEntry(entry(), codec));
    expect(e.kind).toBe('too-large');
    expect(e.reason).toMatch(/^tệp quá lớn: phần "xl\/worksheets\/sheet1\.xml" giải nén ra nhiều hơn .* mà tệp khai báo; phuluc dừng giải nén ngay tại đó\.$/);
    expect(e.reason).not.toContain('trước khi giải nén');
  });

  it('a part of declared size 0 that holds bytes is too large; one that holds none inflates', () => {
    const { zip, entry } = oneEntry(strToU8('x'));
    centralView(zip, 'xl/worksheets/sheet1.xml').setUint32(24, 0, true);
    expect(errorOf(() => inflateEntry(entry(), codec)).kind).toBe('too-large');
    const empty = openZip(writeZip([{ name: 'e', data: new Uint8Array(0) }])).get('e') as ZipEntry;
    expect(inflateEntry(empty, codec).length).toBe(0);
  });
});

describe.each(CODECS)('deflating with %s', (_c, codec) => {
  // Past the zlib codec's 4 MB segments, in uneven pieces that are reused once pushed.
  const pieces = (n: number): Uint8Array[] => {
    const out: Uint8Array[] = [];
    let s = 7;
    for (let i = 0; i < n; i++) {
      const len = 1 + ((s = (s * 1103515245 + 12345) >>> 0) % 300_000);
      const b = new Uint8Array(len);
      for (let k = 0; k < len; k++) b[k] = k % 97 === 0 ? s & 0xff : 0x61 + (k % 23);
      out.push(b);
    }
    return out;
  };
  it.each([0, 1, 40, 80])('%d pieces deflated as one part inflate back to their bytes, with their CRC and size', (n) => {
    const parts = pieces(n);
    const joined = Buffer.concat(parts);
    const reused = new Uint8Array(300_000);
    // The same bytes through one reused buffer: the deflater must copy what it keeps.
    function* feed() {
      for (const p of parts) {
        reused.set(p);
        yield reused.subarray(0, p.length);
        reused.fill(0);
      }
    }
    const d = deflateChunks('xl/worksheets/sheet1.xml', feed(), 1, codec);
    expect(d.size).toBe(joined.length);
    expect(d.crc32).toBe(crc32(joined));
    const back = openZip(writeZip([d])).get('xl/worksheets/sheet1.xml') as ZipEntry;
    for (const [, other] of CODECS) expect(Buffer.from(inflateEntry(back, other)).equals(joined)).toBe(true);
  });

  it('crc32 runs on from a previous value as zlib does', () => {
    const a = strToU8('The quick brown fox ');
    const b = strToU8('jumps over the lazy dog');
    expect(codec.crc32(b, codec.crc32(a, 0))).toBe(0x414fa339);
    expect(codec.crc32(new Uint8Array(0), 0)).toBe(0);
  });

  it('a whole part deflated by writeZip inflates back with either codec', () => {
    const data = strToU8('<x>thay đổi</x>'.repeat(1000));
    const back = openZip(writeZip([{ name: 'a', data, level: 9 }], new Uint8Array(0), codec)).get('a') as ZipEntry;
    expect(back.method).toBe(8);
    expect(back.compressedSize).toBeLessThan(data.length / 10);
    for (const [, other] of CODECS) expect(Buffer.from(inflateEntry(back, other)).equals(Buffer.from(data))).toBe(true);
    // A raw stream from elsewhere (zlib's own level 9) too.
    expect(Buffer.from(codec.inflate(deflateRawSync(data, { level: 9 }), data.length) as Uint8Array).equals(Buffer.from(data))).toBe(true);
  });
});

describe('formatBytes', () => {
  it.each([
    [512, '512 byte'],
    [2048, '2 KB'],
    [512 * 1024 * 1024, '512 MB'],
    [4.3 * 1024 ** 3, '4,3 GB'],
    [1.25 * 1024 * 1024, '1,3 MB'],
  ])('%p → %p', (n, text) => expect(formatBytes(n)).toBe(text));
});
