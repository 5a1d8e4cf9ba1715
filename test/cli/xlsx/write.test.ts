import { readFileSync, symlinkSync, writeFileSync } from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Edit } from '../../../src/core/fix';
import { WriteError } from '../../../src/cli/xlsx/errors';
import { mergesOf, readWorkbook } from '../../../src/cli/xlsx/read';
import { applyEdits, checkTarget, deleteRows, writeWorkbook } from '../../../src/cli/xlsx/write';
import { fixture, tempDir } from '../helpers';

const dir = tempDir();

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

async function roundTrip(wb: ExcelJS.Workbook, name: string) {
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return { file, grids: await readWorkbook(file) };
}

const rangeText = (m: { top: number; left: number; bottom: number; right: number }) => `${m.top}:${m.left}-${m.bottom}:${m.right}`;

describe('deleteRows', () => {
  it('moves the merges below deleted rows up with their rows (pasted fixture)', async () => {
    const wb = await load(fixture('quang-tri-2024-pasted.xlsx'));
    const ws = wb.worksheets[0] as ExcelJS.Worksheet;
    const before = ws.rowCount;
    // Repeated headers at 14 and 23; the section rows II (17) and III (33) are merged B:I.
    deleteRows(ws, [23, 14]);
    const { grids } = await roundTrip(wb, 'deleted.xlsx');
    const g = grids[0]!;
    expect(g.rows).toHaveLength(before - 2);
    expect(g.rows[15]?.[0]?.value).toBe('II'); // was row 17, now 16
    expect(g.rows[15]?.[1]?.value).toBe('CẢI CÁCH THỦ TỤC HÀNH CHÍNH');
    expect(g.rows[30]?.[0]?.value).toBe('III'); // was 33, now 31
    expect(g.merges).toContainEqual({ top: 15, left: 1, bottom: 15, right: 8 });
    expect(g.merges).toContainEqual({ top: 30, left: 1, bottom: 30, right: 8 });
    expect(g.merges).not.toContainEqual({ top: 16, left: 1, bottom: 16, right: 8 });
    // Merges above the first deleted row are untouched.
    expect(g.merges).toContainEqual({ top: 5, left: 1, bottom: 5, right: 8 });
    // A task row under a merge still has its own cells (not copies of a merge master).
    expect(g.rows[16]?.[0]?.value).toBe(1);
    expect(g.rows[16]?.[1]?.value).toBe('Kiểm soát TTHC');
  });

  it.each<[string, number[], string[]]>([
    // A 3-row merge B2:C4 and a 1-row merge A6:C6 in a 7-row sheet (1-based rows).
    ['a row above both merges', [1], ['1:2-3:3', '5:1-5:3']],
    ['a row inside the tall merge shrinks it', [3], ['2:2-3:3', '5:1-5:3']],
    ['the master row of the tall merge', [2], ['2:2-3:3', '5:1-5:3']],
    ['every row of the tall merge drops it', [2, 3, 4], ['3:1-3:3']],
    ['the row of the wide merge drops it', [6], ['2:2-4:3']],
    ['a row below every merge changes nothing', [7], ['2:2-4:3', '6:1-6:3']],
    ['rows out of order and repeated', [5, 1, 5], ['1:2-3:3', '4:1-4:3']],
    ['nothing', [], ['2:2-4:3', '6:1-6:3']],
  ])('deleting %s', (_what, rows, merges) => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    for (let r = 1; r <= 7; r++) ws.getRow(r).values = [`a${r}`, `b${r}`, `c${r}`];
    ws.mergeCells('B2:C4');
    ws.mergeCells('A6:C6');
    deleteRows(ws, rows);
    expect(mergesOf(ws).map(rangeText).sort()).toEqual([...merges].sort());
    const kept = [1, 2, 3, 4, 5, 6, 7].filter((r) => !rows.includes(r));
    expect(ws.rowCount).toBe(kept.length);
  });

  it('keeps values, formats, formulas, row heights and hidden rows as they were', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = 'xoá';
    ws.getCell('A2').value = 6000000;
    ws.getCell('A2').numFmt = '#,##0';
    ws.getCell('B2').value = 'đậm';
    ws.getCell('B2').font = { bold: true, name: 'Times New Roman', size: 13 };
    ws.getCell('C2').value = { formula: 'A2*2', result: 12000000 };
    ws.getRow(2).height = 40;
    ws.getCell('A3').value = 'ẩn';
    ws.getRow(3).hidden = true;
    ws.getCell('A4').value = '- Tờ trình\n- Quyết định';
    deleteRows(ws, [1]);
    const { file, grids } = await roundTrip(wb, 'formats.xlsx');
    const g = grids[0]!;
    expect(g.rows[0]?.[0]).toEqual({ value: 6000000, numFmt: '#,##0', text: '6.000.000' });
    expect(g.rows[0]?.[2]).toMatchObject({ formula: 'A2*2', value: 12000000 });
    expect(g.rows[2]?.[0]?.value).toBe('- Tờ trình\n- Quyết định');
    expect(g.hiddenRows).toEqual([1]);
    const back = await load(file);
    const s = back.worksheets[0]!;
    expect(s.getCell('B1').font).toMatchObject({ bold: true, name: 'Times New Roman', size: 13 });
    expect(s.getRow(1).height).toBe(40);
    expect(s.rowCount).toBe(3);
  });
});

describe('deleteRows and merged cells\' formats', () => {
  it('keeps the borders of the non-master cells of a merge that moves', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = 'xoá';
    ws.getCell('A2').value = 'II';
    ws.getCell('B2').value = 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH';
    const border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } } as const;
    for (const a of ['B2', 'C2', 'D2']) ws.getCell(a).border = border;
    ws.mergeCells('B2:D2');
    deleteRows(ws, [1]);
    const { file } = await roundTrip(wb, 'merged-borders.xlsx');
    const s = (await load(file)).worksheets[0]!;
    expect(mergesOf(s).map(rangeText)).toEqual(['1:2-1:4']);
    for (const a of ['B1', 'C1', 'D1']) expect(s.getCell(a).border).toEqual(border);
    expect(s.getCell('B1').value).toBe('CẢI CÁCH THỦ TỤC HÀNH CHÍNH');
  });
});

describe('applyEdits', () => {
  it('applies sets before deletions, naming rows as they were', () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    for (let r = 1; r <= 4; r++) ws.getRow(r).values = [`a${r}`, `b${r}`];
    const edits: Edit[] = [
      { kind: 'delete-row', row: 2, seen: [{ value: 'a2' }, { value: 'b2' }] },
      { kind: 'set', row: 3, col: 1, address: 'B3', value: 'b3 sửa', seen: { value: 'b3' } },
      { kind: 'set', row: 1, col: 0, address: 'A1', value: null, seen: { value: 'a1' } },
    ];
    applyEdits(ws, edits);
    expect(ws.getCell('A1').value).toBeNull();
    expect(ws.getCell('B2').value).toBe('b3 sửa'); // row 3 moved up to 2
    expect(ws.getCell('A3').value).toBe('a4');
    expect(ws.rowCount).toBe(3);
  });

  it.each(['=SUM(A1:A3)', '+84 123', '- Tờ trình', '@Văn phòng', '=1+1'])(
    'writes %p as text, never as a formula',
    async (text) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('S');
      applyEdits(ws, [{ kind: 'set', row: 1, col: 0, address: 'A1', value: text, seen: { value: null } }]);
      const { file, grids } = await roundTrip(wb, `text-${Buffer.from(text).toString('hex')}.xlsx`);
      expect(grids[0]!.rows[0]?.[0]).toEqual({ value: text });
      const zip = await JSZip.loadAsync(readFileSync(file));
      const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
      expect(sheet).not.toMatch(/<f[ >]/);
      expect(sheet).toMatch(/<c r="A1"[^>]*t="(s|str|inlineStr)"/);
    },
  );
});

describe('checkTarget and writeWorkbook', () => {
  const input = path.join(dir, 'input.xlsx');
  const existing = path.join(dir, 'existing.xlsx');
  beforeAll(() => {
    writeFileSync(input, 'x');
    writeFileSync(existing, 'x');
    symlinkSync(input, path.join(dir, 'link.xlsx'));
  });

  it.each<[string, string, boolean, string | null]>([
    ['the input itself', input, false, 'same-as-input'],
    ['the input through a relative path', path.relative(process.cwd(), input), true, 'same-as-input'],
    ['a symlink to the input', path.join(dir, 'link.xlsx'), true, 'same-as-input'],
    ['an existing file', existing, false, 'exists'],
    ['an existing file with --force', existing, true, null],
    ['a new file', path.join(dir, 'new.xlsx'), false, null],
  ])('%s', async (_what, out, force, kind) => {
    const r = await checkTarget(out, { input, force }).then(
      () => null,
      (e: unknown) => e,
    );
    if (kind === null) expect(r).toBeNull();
    else {
      expect(r).toBeInstanceOf(WriteError);
      expect((r as WriteError).kind).toBe(kind);
    }
  });

  it('reports a folder that does not exist as unwritable', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('S');
    const out = path.join(dir, 'không-có', 'out.xlsx');
    await expect(writeWorkbook(wb, out, { input, force: false })).rejects.toMatchObject({ kind: 'unwritable' });
  });
});
