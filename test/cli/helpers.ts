import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import * as os from 'os';
import * as path from 'path';

export const FIXTURES = path.join(__dirname, '..', 'fixtures');
export const fixture = (name: string): string => path.join(FIXTURES, name);

export function tempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'phuluc-cli-'));
}

/** An Io that records what main() prints. */
export function captureIo(color = false) {
  const io = { stdout: '', stderr: '', color, out: (s: string) => void (io.stdout += s), err: (s: string) => void (io.stderr += s) };
  return io;
}

/**
 * delete-row-references.xlsx (row 9 repeats the header) with two defined names over the appendix
 * (one a sheet-local print area) and a merge G9:H9 on the repeated header's empty cells.
 */
export function withNames(): string {
  const files = unzipSync(new Uint8Array(readFileSync(fixture('cases/delete-row-references.xlsx'))));
  const wb = strFromU8(files['xl/workbook.xml']!).replace(
    '</sheets>',
    "</sheets><definedNames><definedName name=\"NhiemVu\">'Phụ lục'!$B$7:$B$13</definedName><definedName name=\"_xlnm.Print_Area\" localSheetId=\"0\">'Phụ lục'!$A$1:$G$13</definedName></definedNames>",
  );
  const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!).replace('<mergeCells count="5">', '<mergeCells count="6"><mergeCell ref="G9:H9"/>');
  files['xl/workbook.xml'] = strToU8(wb);
  files['xl/worksheets/sheet1.xml'] = strToU8(sheet);
  const p = path.join(tempDir(), 'có-tên.xlsx');
  writeFileSync(p, zipSync(files));
  return p;
}
