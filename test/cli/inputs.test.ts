import { mkdtempSync, mkdirSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { expandInputs } from '../../src/cli/inputs';

describe('expandInputs', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'phuluc-inputs-'));
  const folder = path.join(dir, 'phu-luc');
  const empty = path.join(dir, 'trong');
  mkdirSync(folder);
  mkdirSync(empty);
  for (const n of ['b.xlsx', 'A.XLSX', '~$b.xlsx', 'ghi-chu.txt', 'cu.xls']) writeFileSync(path.join(folder, n), '');

  // .xls is taken too, so that the reader lists it as unreadable (an old format) rather than it
  // being skipped in silence; text files and Excel lock files are left out.
  const sheets = [path.join(folder, 'A.XLSX'), path.join(folder, 'b.xlsx'), path.join(folder, 'cu.xls')];
  test('a folder stands for its spreadsheet files, sorted, without Excel lock files', async () => {
    expect(await expandInputs([folder])).toEqual(sheets);
  });
  test('files and missing paths pass through in order, for the reader to judge', async () => {
    expect(await expandInputs(['x.xlsx', folder, 'khong-co.xlsx'])).toEqual(['x.xlsx', ...sheets, 'khong-co.xlsx']);
  });
  test('an empty folder stays itself, so it is reported rather than silently skipped', async () => {
    expect(await expandInputs([empty])).toEqual([empty]);
  });
});
