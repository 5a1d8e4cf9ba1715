import { readFileSync } from 'fs';
import { zipSync, strToU8 } from 'fflate';
import { errorOf } from '../helpers/xlsx-error';
import { crc32, formatBytes, inflateEntry, openZip, writeZip } from '../../src/xlsx/zip';
import type { ZipEntry } from '../../src/xlsx/zip';
import { fixture } from '../cli/helpers';

const bytesOf = (name: string) => new Uint8Array(readFileSync(fixture(name)));

/** Central directory record of an entry inside `zip` (by name), as a DataView over the same buffer. */
function centralView(zip: Uint8Array, name: string): DataView {
  const entry = openZip(zip).get(name) as ZipEntry;
  return new DataView(zip.buffer, zip.byteOffset + (entry.centralRecord.byteOffset - zip.byteOffset), entry.centralRecord.length);
}

describe('openZip on real workbooks', () => {
  it.each(['binh-dinh-2022.xlsx', 'quang-tri-2024.xlsx', 'cases/iso-date-cells.xlsx'])('%s: every entry inflates to its declared size and CRC', (name) => {
    const zip = openZip(bytesOf(name));
    expect(zip.entries.length).toBeGreaterThan(3);
    expect(zip.get('[Content_Types].xml')).toBeDefined();
    for (const e of zip.entries) {
      const data = inflateEntry(e);
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

describe('limits before inflating', () => {
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
    const e = errorOf(() => inflateEntry(entry));
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
    expect(errorOf(() => inflateEntry(entry)).kind).toBe('corrupt');
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
