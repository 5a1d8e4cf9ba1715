/**
 * What the web checker's end-to-end journeys check the same way in every browser (Chromium,
 * Firefox, WebKit): the file a download saved against the page's values and the input, and the
 * broken files each dropped or opened with the reason the CLI's reader gives.
 */
import fs from 'fs';
import path from 'path';
import { seenOf } from '../../src/core/fix';
import type { XlsxError } from '../../src/xlsx/errors';
import { openPackage } from '../../src/xlsx/package';
import { readWorkbook } from '../../src/xlsx/read';
import { buildCfb } from '../xlsx/cfb-build';

/**
 * The downloaded `saved` file of the Quảng Trị fixture after Sửa tất cả: the renumbered STT are
 * there, two rows fewer, every row as the page showed it (`shown`, the page's values), and only
 * the edited sheet and the shared strings differ from the input, part for part.
 */
export function expectSavedAsShown(fixture: string, saved: string, shown: unknown[][]): void {
  const input0 = new Uint8Array(fs.readFileSync(fixture));
  const output = new Uint8Array(fs.readFileSync(saved));
  const back = readWorkbook(output).grids[0]!;
  expect(back.rows[53]![0]!.value).toBe(2);
  expect(back.rows[55]![0]!.value).toBe(4);
  expect(back.rows.length).toBe(readWorkbook(input0).grids[0]!.rows.length - 2);
  const trim = (row: unknown[]) => {
    const r = row.slice();
    while (r.length > 0 && r[r.length - 1] === null) r.pop();
    return r;
  };
  const values = back.rows.map((r) => (r ?? []).map((c) => seenOf(c).value));
  expect(values.length).toBe(shown.length);
  for (let r = 0; r < shown.length; r++) expect({ row: r + 1, cells: trim(values[r] ?? []) }).toEqual({ row: r + 1, cells: trim(shown[r] ?? []) });
  const a = openPackage(input0);
  const b = openPackage(output);
  expect(b.zip.entries.map((e) => e.name).sort()).toEqual(a.zip.entries.map((e) => e.name).sort());
  const changed = a.zip.entries.filter((e) => !Buffer.from(b.zip.get(e.name)!.localRecord).equals(Buffer.from(e.localRecord))).map((e) => e.name);
  expect(changed.length).toBeGreaterThan(0);
  for (const p of changed) expect(p).toMatch(/^xl\/(worksheets\/sheet\d+\.xml|sharedStrings\.xml)$/);
}

/**
 * Three files the page must refuse (a cut .xlsx, an old .xls, a password-protected .xlsx), made
 * from `fixture`, each with the reason the CLI's reader gives (`name: reason`, as the page lists
 * them).
 */
export function brokenFiles(fixture: string): { files: { name: string; bytes: Buffer }[]; reasons: string[] } {
  const good = fs.readFileSync(fixture);
  const files = [
    { name: 'phu-luc-hong.xlsx', bytes: good.subarray(0, Math.floor(good.length / 2)) },
    { name: 'cu.xls', bytes: Buffer.from(buildCfb({ names: ['Workbook'] })) },
    { name: 'mat-khau.xlsx', bytes: Buffer.from(buildCfb({ names: ['EncryptionInfo', 'EncryptedPackage'] })) },
  ];
  const reasons = files.map((f) => {
    try {
      readWorkbook(new Uint8Array(f.bytes), { extension: path.extname(f.name) });
    } catch (e) {
      return `${f.name}: ${(e as XlsxError).reason}`;
    }
    throw new Error(`${f.name} was read`);
  });
  expect(reasons[0]).toContain('bị hỏng');
  expect(reasons[1]).toContain('Excel cũ (.xls)');
  expect(reasons[2]).toContain('mật khẩu');
  return { files, reasons };
}
