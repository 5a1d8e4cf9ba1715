/**
 * Minimal OLE compound files ([MS-CFB]) for tests: a header, one FAT sector, the directory (the
 * root entry and one entry per name, four to a 512-byte sector, so more than three names span
 * several directory sectors) and one data sector holding `data` (a stream body). Streams are
 * empty in the directory; the reader under test only lists names.
 */
export interface CfbSpec {
  names: string[];
  /** Bytes placed in a data sector after the directory (text a stream might hold). */
  data?: Uint8Array;
  /** 9 (512-byte sectors, version 3) or 12 (4096-byte sectors, version 4). */
  sectorShift?: 9 | 12;
  /** Make the directory chain loop back to its first sector. */
  loop?: boolean;
}

export function buildCfb(spec: CfbSpec): Uint8Array {
  const shift = spec.sectorShift ?? 9;
  const size = 1 << shift;
  const entries = ['Root Entry', ...spec.names];
  const perSector = size / 128;
  const dirSectors = Math.ceil(entries.length / perSector);
  const total = 1 + dirSectors + 1; // FAT, directory, data
  const bytes = new Uint8Array(size * (total + 1));
  const view = new DataView(bytes.buffer);
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].forEach((b, i) => (bytes[i] = b));
  view.setUint16(0x18, 0x3e, true);
  view.setUint16(0x1a, shift === 9 ? 3 : 4, true);
  view.setUint16(0x1c, 0xfffe, true);
  view.setUint16(0x1e, shift, true);
  view.setUint16(0x20, 6, true);
  view.setUint32(0x2c, 1, true); // one FAT sector
  view.setUint32(0x30, 1, true); // the directory starts at sector 1
  view.setUint32(0x3c, 0xfffffffe, true); // no mini FAT
  view.setUint32(0x44, 0xfffffffe, true); // no DIFAT sectors
  for (let i = 0; i < 109; i++) view.setUint32(0x4c + i * 4, i === 0 ? 0 : 0xffffffff, true);
  const sector = (n: number) => (n + 1) * size;
  // FAT: sector 0 is the FAT itself, 1..dirSectors the directory chain, then the data sector.
  const fat = sector(0);
  for (let i = 0; i < size / 4; i++) view.setUint32(fat + i * 4, 0xffffffff, true);
  view.setUint32(fat, 0xfffffffd, true);
  for (let d = 1; d <= dirSectors; d++) view.setUint32(fat + d * 4, d === dirSectors ? (spec.loop ? 1 : 0xfffffffe) : d + 1, true);
  view.setUint32(fat + (dirSectors + 1) * 4, 0xfffffffe, true);
  entries.forEach((name, i) => {
    const at = sector(1 + Math.floor(i / perSector)) + (i % perSector) * 128;
    for (let k = 0; k < name.length; k++) view.setUint16(at + k * 2, name.charCodeAt(k), true);
    view.setUint16(at + 0x40, (name.length + 1) * 2, true);
    bytes[at + 0x42] = i === 0 ? 5 : 2;
    view.setUint32(at + 0x44, 0xffffffff, true);
    view.setUint32(at + 0x48, 0xffffffff, true);
    view.setUint32(at + 0x4c, 0xffffffff, true);
    view.setUint32(at + 0x74, 0xfffffffe, true);
  });
  if (spec.data) bytes.set(spec.data.subarray(0, size), sector(1 + dirSectors));
  return bytes;
}
