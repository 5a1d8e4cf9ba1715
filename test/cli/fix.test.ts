/**
 * Round trip of `phuluc fix` on the pasted fixture: the safe fixes are applied and nothing else
 * moves except rows sliding up over the deleted ones.
 */
import { readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { checkWorkbook } from '../../src/core';
import type { Grid } from '../../src/core/grid';
import { cellText } from '../../src/core/grid';
import { main } from '../../src/cli/main';
import { readWorkbook } from '../../src/cli/xlsx/read';
import { captureIo, fixture, tempDir } from './helpers';

const PASTED = fixture('quang-tri-2024-pasted.xlsx');

describe('phuluc fix on the pasted fixture', () => {
  const out = path.join(tempDir(), 'đã-sửa.xlsx');
  let stdout = '';
  let code = -1;
  let before: Grid;
  let after: Grid;
  let deleted: number[];
  let setCells: Set<string>;

  beforeAll(async () => {
    const io = captureIo();
    code = await main(['fix', PASTED, '--out', out], io);
    stdout = io.stdout;
    [before] = (await readWorkbook(PASTED)) as [Grid];
    [after] = (await readWorkbook(out)) as [Grid];
    // The engine is deterministic: its safe fixes on the original say which rows go and which cells change.
    const safe = checkWorkbook([before]).fixes[0]!.filter((f) => f.safe);
    const edits = safe.flatMap((f) => f.edits);
    deleted = edits.flatMap((e) => (e.kind === 'delete-row' ? [e.row] : [])).sort((a, b) => a - b);
    setCells = new Set(edits.flatMap((e) => (e.kind === 'set' ? [`${e.row}:${e.col}`] : [])));
  });

  /** Where an original 1-based row ends up, or undefined when deleted. */
  const newRow = (r: number) => (deleted.includes(r) ? undefined : r - deleted.filter((d) => d < r).length);

  it('exits 0 and prints one line per fix with its cell, then a count', () => {
    expect(code).toBe(0);
    // Rows are deleted, so the heading says the cells are named as in the input.
    expect(stdout).toMatch(/^Đã sửa \d+ vấn đề \(địa chỉ ô theo tệp gốc, trước khi xóa dòng\):/);
    expect(stdout).toMatch(/"Phụ lục" A14: .*14/);
    expect(stdout).toContain(`Đã ghi tệp ${out}.`);
    expect(stdout).not.toContain('Lưu ý');
  });

  it('removes every repeated header row (deletions include the ten the expectation lists)', () => {
    for (const r of [14, 23, 29, 35, 43, 50, 56, 65, 71, 80]) expect(deleted).toContain(r);
    const sttRows = after.rows.map((r, i) => (cellText(r?.[0]) === 'STT' ? i + 1 : 0)).filter(Boolean);
    expect(sttRows).toEqual([5]);
    expect(after.rows).toHaveLength(before.rows.length - deleted.length);
  });

  it('appends the fragment to the row above the page break', () => {
    // Row 24 is the tail of row 22's objective (B), cut by the repeated header at 23.
    const fragment = cellText(before.rows[23]?.[1]);
    const head = cellText(before.rows[21]?.[1]);
    expect(fragment).toBe('quản lý khi có TTHC ban hành mới hoặc khi có thay đổi');
    const joined = cellText(after.rows[newRow(22)! - 1]?.[1]);
    expect(joined.startsWith(head)).toBe(true);
    expect(joined.endsWith(fragment)).toBe(true);
  });

  it('leaves every other cell as it was, on its moved row', () => {
    let compared = 0;
    before.rows.forEach((cells, i) => {
      const to = newRow(i + 1);
      if (to === undefined) return;
      (cells ?? []).forEach((cell, col) => {
        if (setCells.has(`${i + 1}:${col}`)) return;
        expect({ at: `${i + 1}:${col}`, cell: after.rows[to - 1]?.[col] }).toEqual({ at: `${i + 1}:${col}`, cell });
        compared++;
      });
    });
    expect(compared).toBeGreaterThan(500);
  });

  it('moves the merges with their rows and keeps the title merges', () => {
    const expected = before.merges
      .map((m) => ({ ...m, top: newRow(m.top + 1)! - 1, bottom: newRow(m.bottom + 1)! - 1 }))
      .sort((a, b) => a.top - b.top);
    expect(after.merges).toEqual(expected);
    for (const m of after.merges.filter((x) => x.left === 1)) {
      expect(cellText(after.rows[m.top]?.[0])).toMatch(/^[IVX]+$/); // a section row: numeral in A, merged B:I
    }
  });

  it('keeps formats: fonts, borders, alignment and row heights of rows that moved', async () => {
    const a = new ExcelJS.Workbook();
    await a.xlsx.readFile(PASTED);
    const b = new ExcelJS.Workbook();
    await b.xlsx.readFile(out);
    const wa = a.worksheets[0]!;
    const wb = b.worksheets[0]!;
    for (const r of [15, 17, 33, 60, 86]) {
      const to = newRow(r)!;
      expect(wb.getRow(to).height).toEqual(wa.getRow(r).height);
      for (let c = 1; c <= 9; c++) {
        if (setCells.has(`${r}:${c - 1}`)) continue;
        expect(wb.getCell(to, c).style).toEqual(wa.getCell(r, c).style);
      }
    }
  });

  it('checked again: no repeated header, no fragment, and the safe fixes are spent', () => {
    const again = checkWorkbook([after]);
    const codes = again.sheets[0]!.issues.map((i) => i.code);
    expect(codes).not.toContain('row.repeated-header');
    expect(codes).not.toContain('row.fragment');
    expect(again.fixes[0]!.filter((f) => f.safe)).toEqual([]);
  });
});

describe('phuluc fix on a workbook with parts no library models', () => {
  it('keeps a chart part byte for byte and says nothing is lost', async () => {
    const dir = tempDir();
    const files = unzipSync(new Uint8Array(readFileSync(PASTED)));
    files['xl/charts/chart1.xml'] = strToU8('<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>');
    const input = path.join(dir, 'có-biểu-đồ.xlsx');
    writeFileSync(input, zipSync(files));
    const io = captureIo();
    const out = path.join(dir, 'out.xlsx');
    const code = await main(['fix', input, '--out', out], io);
    expect(code).toBe(0);
    expect(io.stdout).not.toMatch(/Lưu ý/);
    const written = unzipSync(new Uint8Array(readFileSync(out)));
    expect(strFromU8(written['xl/charts/chart1.xml']!)).toBe('<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>');
  });
});

describe('phuluc fix lists every refused fix with its reason', () => {
  // The appendix with two faults (A23 numbered 3.5 for 3.4; A28 "CỒNG VỤ"), the two cells now
  // formulas that give the same text, as a user who typed ="3.5" leaves them.
  const source = fixture('appendices/so-noi-vu-2026-loi.xlsx');
  const withFormulas = (): string => {
    const files = unzipSync(new Uint8Array(readFileSync(source)));
    let xml = strFromU8(files['xl/worksheets/sheet1.xml']!);
    xml = xml.replace(/<c r="A23" t="inlineStr"><is><t>3\.5<\/t><\/is><\/c>/, '<c r="A23" t="str"><f>"3."&amp;"5"</f><v>3.5</v></c>');
    xml = xml.replace(/<c r="A28" t="inlineStr"><is><t>([^<]*)<\/t><\/is><\/c>/, '<c r="A28" t="str"><f>"$1"</f><v>$1</v></c>');
    files['xl/worksheets/sheet1.xml'] = strToU8(xml);
    const p = path.join(tempDir(), 'công-thức.xlsx');
    writeFileSync(p, zipSync(files));
    return p;
  };

  it('a safe fix over a formula cell is not written, and the CLI says why', async () => {
    const file = withFormulas();
    const out = path.join(tempDir(), 'ra.xlsx');
    const io = captureIo();
    const code = await main(['fix', file, '--out', out], io);
    expect(code).toBe(0);
    expect(io.stdout).toMatch(/Không sửa \d+ vấn đề/);
    for (const cell of ['A23', 'A28']) {
      const line = io.stdout.split('\n').find((l) => l.includes(` ${cell}:`));
      expect(line).toBeDefined();
      expect(line).toMatch(/ — .*công thức/);
    }
    // Nothing was written over the formulas.
    const [after] = (await readWorkbook(out)) as [Grid];
    expect(after.rows[22]?.[0]?.formula).toBe('"3."&"5"');
    expect(after.rows[27]?.[0]?.formula).toMatch(/^"5\. /);
  });
});
