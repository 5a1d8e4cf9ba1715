/**
 * The names in the directory of an OLE compound file ([MS-CFB]: Compound File Binary File
 * Format), so that a file starting with the CFB signature is told apart by what it holds,
 * not by text found anywhere in its bytes:
 *   - a password-protected .xlsx/.xlsm is a CFB holding the streams `EncryptionInfo` and
 *     `EncryptedPackage` ([MS-OFFCRYPTO] 2.3.4.4, 2.3.4.5: the encrypted OOXML package);
 *   - an Excel 97–2003 .xls holds a `Workbook` stream (BIFF8; `Book` for BIFF5, Excel 5/95);
 *   - a Word .doc holds `WordDocument`, a PowerPoint .ppt `PowerPoint Document`.
 *
 * Pure and bounded: every sector number is checked against the file, chains are followed at
 * most once per sector (a looping FAT stops), and nothing but the directory is read.
 *
 * API
 *   cfbEntryNames(bytes) → string[] | undefined   (undefined: not a readable compound file)
 */

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** [MS-CFB] 2.1: sector numbers above MAXREGSECT are markers (DIFSECT, FATSECT, ENDOFCHAIN, FREESECT). */
const MAXREGSECT = 0xfffffffa;
const ENDOFCHAIN = 0xfffffffe;

/**
 * The names of every storage and stream in a compound file's directory ([MS-CFB] 2.6: 128-byte
 * entries, the name in UTF-16LE with its length in bytes at 0x40, the object type at 0x42),
 * root entry excluded. undefined when the bytes are not a compound file or its header, FAT or
 * directory chain points outside the file.
 */
export function cfbEntryNames(bytes: Uint8Array): string[] | undefined {
  if (bytes.length < 512) return undefined;
  for (let i = 0; i < SIGNATURE.length; i++) if (bytes[i] !== SIGNATURE[i]) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => view.getUint32(at, true);
  const shift = view.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) return undefined; // version 3: 512-byte sectors; version 4: 4096
  const size = 1 << shift;
  // Sectors after the header (the last one may be cut short: some writers do not pad it).
  const sectors = Math.ceil((bytes.length - size) / size);
  const offsetOf = (sector: number): number | undefined => (sector <= MAXREGSECT && sector < sectors ? (sector + 1) * size : undefined);

  // The FAT's own sectors: the first 109 in the header's DIFAT, the rest in DIFAT sectors.
  const fatCount = u32(0x2c);
  if (fatCount > sectors) return undefined;
  const fat: number[] = [];
  for (let i = 0; i < 109 && fat.length < fatCount; i++) fat.push(u32(0x4c + i * 4));
  let difat = u32(0x44);
  const perSector = size / 4;
  for (let hops = 0; fat.length < fatCount && difat <= MAXREGSECT; hops++) {
    const at = offsetOf(difat);
    if (at === undefined || hops > sectors || at + size > bytes.length) return undefined;
    for (let i = 0; i < perSector - 1 && fat.length < fatCount; i++) fat.push(u32(at + i * 4));
    difat = u32(at + size - 4);
  }
  const next = (sector: number): number | undefined => {
    const fatSector = fat[Math.floor(sector / perSector)];
    if (fatSector === undefined) return undefined;
    const at = offsetOf(fatSector);
    if (at === undefined) return undefined;
    const slot = at + (sector % perSector) * 4;
    return slot + 4 <= bytes.length ? u32(slot) : undefined;
  };

  const names: string[] = [];
  const seen = new Set<number>();
  for (let sector = u32(0x30); sector !== ENDOFCHAIN; ) {
    const at = offsetOf(sector);
    if (at === undefined || seen.has(sector)) return undefined;
    seen.add(sector);
    for (let e = at; e + 128 <= Math.min(at + size, bytes.length); e += 128) {
      const type = bytes[e + 0x42];
      if (type !== 1 && type !== 2) continue; // 1 storage, 2 stream; 5 root, 0 unused
      const length = view.getUint16(e + 0x40, true);
      if (length < 2 || length > 64 || length % 2 !== 0) continue;
      let name = '';
      for (let k = 0; k < length - 2; k += 2) name += String.fromCharCode(view.getUint16(e + k, true));
      names.push(name);
    }
    const n = next(sector);
    if (n === undefined) return undefined;
    sector = n;
  }
  return names;
}
