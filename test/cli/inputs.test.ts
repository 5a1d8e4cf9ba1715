import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { expandInputs } from '../../src/cli/inputs';

/** A folder tree from a list of relative paths (a trailing / makes an empty folder). */
function tree(paths: readonly string[]): string {
  const root = mkdtempSync(path.join(tmpdir(), 'phuluc-inputs-'));
  for (const p of paths) {
    const full = path.join(root, p);
    if (p.endsWith('/')) mkdirSync(full, { recursive: true });
    else {
      mkdirSync(path.dirname(full), { recursive: true });
      writeFileSync(full, '');
    }
  }
  return root;
}

describe('expandInputs: a folder stands for the spreadsheet files in it and its subfolders', () => {
  it.each<{ name: string; paths: string[]; files: string[]; subfolders: number }>([
    // .xls, .xlsb and .ods are taken too, so that the reader lists them as unreadable (with the
    // reason) rather than them being skipped in silence; text files and Excel lock files are left out.
    { name: 'flat, sorted, without lock files or other types', paths: ['b.xlsx', 'A.XLSX', '~$b.xlsx', 'ghi-chu.txt', 'cu.xls', 'ghi-chu.docx'], files: ['A.XLSX', 'b.xlsx', 'cu.xls'], subfolders: 0 },
    { name: 'every spreadsheet type, at any depth', paths: ['m.xlsm', 'con/o.ods', 'con/b.xlsb', 'con/~$o.ods', 'con/anh.png'], files: ['m.xlsm', 'con/b.xlsb', 'con/o.ods'], subfolders: 1 },
    { name: 'nested: own files first, then each subfolder in order', paths: ['z.xlsx', 'Quý 2/b.xlsx', 'Quý 1/a.xlsx', 'Quý 1/Xã/c.xlsx'], files: ['z.xlsx', 'Quý 1/a.xlsx', 'Quý 1/Xã/c.xlsx', 'Quý 2/b.xlsx'], subfolders: 3 },
    { name: 'only subfolders, files deep down', paths: ['2024/01/k.xlsx', '2024/02/'], files: ['2024/01/k.xlsx'], subfolders: 3 },
    { name: 'empty', paths: [], files: [], subfolders: 0 },
    { name: 'only empty subfolders', paths: ['a/', 'b/c/'], files: [], subfolders: 3 },
    { name: 'subfolders with other files only', paths: ['a/x.docx', 'b/~$y.xlsx'], files: [], subfolders: 2 },
  ])('$name', async ({ paths, files, subfolders }) => {
    const root = tree(paths);
    const r = await expandInputs([root]);
    expect(r.files.map((f) => f.path)).toEqual(files.map((f) => path.join(root, ...f.split('/'))));
    expect(r.folders).toEqual([{ folder: root, files: files.length, subfolders, unreadable: [] }]);
  });

  test('files and missing paths pass through in order, for the reader to judge', async () => {
    const root = tree(['b.xlsx', 'A.XLSX']);
    const r = await expandInputs(['x.xlsx', root, 'khong-co.xlsx']);
    expect(r.files.map((f) => f.path)).toEqual(['x.xlsx', path.join(root, 'A.XLSX'), path.join(root, 'b.xlsx'), 'khong-co.xlsx']);
  });

  test('a link to a folder is not followed (no loop); a link to a file is read', async () => {
    const root = tree(['a/k.xlsx']);
    symlinkSync(root, path.join(root, 'a', 'vong-lap'));
    symlinkSync(path.join(root, 'a', 'k.xlsx'), path.join(root, 'lien-ket.xlsx'));
    const r = await expandInputs([root]);
    expect(r.files.map((f) => f.path)).toEqual([path.join(root, 'lien-ket.xlsx'), path.join(root, 'a', 'k.xlsx')]);
  });
});
