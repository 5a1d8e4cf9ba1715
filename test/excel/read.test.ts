import { createOfficeAdapter } from '../../src/excel';
import { createExcelEmulator, MERGED_AREAS_LIMIT, sheetFromGrid, WorkbookModel, type Locale } from '../../src/excel/emulator';
import { largeSample } from '../../src/excel/emulator';
import { PAYLOAD_LIMIT } from '../../src/excel/emulator/api';
import type { Grid } from '../../src/core/grid';
import type { ReadProgress } from '../../src/excel/types';
import { addBlock } from '../../src/excel/read';
import { emulatorFor, quangTriGrid } from './helpers';

describe('readActiveSheet', () => {
  it('turns the Quảng Trị appendix into the Grid it came from', async () => {
    const source = quangTriGrid();
    const emu = emulatorFor(source);
    const grid = await createOfficeAdapter(emu).readActiveSheet();
    expect(grid.name).toBe('Phụ lục');
    expect(grid.rows[55]?.[0]).toEqual({ value: 3 });
    expect(grid.rows[6]?.[4]).toEqual({ value: '- Tờ trình\n- Quyết định' });
    expect(grid.merges).toEqual(source.merges);
    // Merged non-master cells hold null; the master keeps its value.
    expect(grid.rows[52]?.[1]).toEqual({ value: 'XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH PHỦ ĐIỆN TỬ, CHÍNH PHỦ SỐ' });
    expect(grid.rows[52]?.[2]).toEqual({ value: null });
    expect(grid.rows[3]).toBeUndefined();
    for (let r = 0; r < source.rows.length; r++)
      for (let c = 0; c < 9; c++) {
        const want = source.rows[r]?.[c]?.value ?? null;
        expect([r, c, grid.rows[r]?.[c]?.value ?? null]).toEqual([r, c, want]);
      }
    expect(emu.stats.runs).toBe(1);
    expect(emu.stats.syncs).toBe(2);
  });

  it('keeps dates as serial numbers with their number format (never the text the PC shows), errors as Cell.error, formulas without "="', async () => {
    const grid: Grid = {
      name: 'S',
      rows: [[{ value: 45382, numFmt: 'dd/mm/yyyy' }, { value: 2 }, { value: null, formula: 'A1*B1' }, { value: null, formula: 'XLOOKUP(1)' }]],
      merges: [],
    };
    const read = await createOfficeAdapter(emulatorFor(grid)).readActiveSheet();
    expect(read.rows[0]?.[0]).toEqual({ value: 45382, numFmt: 'dd/mm/yyyy' });
    expect(read.rows[0]?.[2]).toEqual({ value: 90764, formula: 'A1*B1' });
    expect(read.rows[0]?.[3]).toEqual({ value: null, error: '#NAME?', formula: 'XLOOKUP(1)' });
  });

  it('reads 20,000 rows in blocks with one sync per block, every response under 5 MB', async () => {
    const emu = emulatorFor(largeSample(20_000));
    const progress: ReadProgress[] = [];
    const grid = await createOfficeAdapter(emu).readActiveSheet((p) => progress.push(p));
    const blocks = progress.length - 1; // the first report comes before any block
    expect(grid.rows.length).toBeGreaterThan(19_900);
    expect(progress[progress.length - 1]).toEqual({ rowsRead: grid.rows.length, rowsTotal: grid.rows.length });
    expect(emu.stats.runs).toBe(1);
    expect(emu.stats.syncs).toBe(blocks + 1);
    expect(emu.stats.syncs).toBeLessThanOrEqual(2 * blocks + 2);
    expect(blocks).toBeLessThanOrEqual(20);
    expect(Math.max(...emu.stats.responseBytes)).toBeLessThan(PAYLOAD_LIMIT / 2);
    console.log(`20,000 rows: ${blocks} blocks, ${emu.stats.syncs} syncs, largest response ${Math.max(...emu.stats.responseBytes)} bytes`);
  });

  it('shrinks blocks when rows are heavy, and retries a block Excel refused', async () => {
    const heavy = largeSample(6_000);
    const rows = heavy.rows.map((row) => row?.map((c) => (typeof c?.value === 'string' ? { value: c.value.repeat(60) } : c)));
    const emu = emulatorFor({ ...heavy, rows });
    const grid = await createOfficeAdapter(emu).readActiveSheet();
    expect(grid.rows.length).toBe(rows.length);
    expect(grid.rows[5000]?.[2]?.value).toBe(rows[5000]?.[2]?.value);
    // Excel refused the first (200-row) block; every answer it gave stayed under 5 MB.
    expect(emu.stats.errors).toContain('ResponsePayloadSizeLimitExceeded');
    const answered = emu.stats.responseBytes.filter((_, i) => emu.stats.errors[i] === null);
    expect(Math.max(...answered)).toBeLessThanOrEqual(PAYLOAD_LIMIT);
  });

  it('falls back to no merges on hosts without ExcelApi 1.13', async () => {
    const emu = emulatorFor(quangTriGrid(), { apiVersion: '1.7' });
    const grid = await createOfficeAdapter(emu).readActiveSheet();
    expect(grid.merges).toEqual([]);
    expect(grid.rows[55]?.[0]?.value).toBe(3);
  });

  it('reads an empty sheet as an empty Grid', async () => {
    const grid = await createOfficeAdapter(emulatorFor({ name: 'Trống', rows: [], merges: [] })).readActiveSheet();
    expect(grid).toEqual({ name: 'Trống', sheetId: expect.stringMatching(/^{.+}$/), rows: [], merges: [] });
  });

  it(`reads 600 merged areas (more than Excel's ${MERGED_AREAS_LIMIT} per call) in chunks, including areas across blocks`, async () => {
    const base = largeSample(10_000);
    const merges = [...base.merges];
    // Bình Định's density: a merged goal over every few task rows, ~586 per 10,000 rows.
    for (let r = 20; r < 9_980 && merges.length < 600; r += 16) merges.push({ top: r, left: 1, bottom: r + 2, right: 1 });
    for (const m of merges) for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) (base.rows[r] as unknown[] | undefined)?.splice(c, 1, undefined);
    const emu = emulatorFor({ ...base, merges });
    const grid = await createOfficeAdapter(emu).readActiveSheet();
    expect(emu.stats.errors.every((e) => e === null)).toBe(true);
    expect(grid.merges).toHaveLength(merges.length);
    expect(new Set(grid.merges.map((m) => `${m.top},${m.left},${m.bottom},${m.right}`))).toEqual(
      new Set(merges.map((m) => `${m.top},${m.left},${m.bottom},${m.right}`)),
    );
  });

  it('halves the merged-area chunk when Excel refuses one (a sheet denser further down)', async () => {
    const base = largeSample(3_000);
    const merges = [...base.merges];
    for (let r = 1_200; r < 2_990; r += 2) merges.push({ top: r, left: 2, bottom: r, right: 3 }, { top: r, left: 5, bottom: r, right: 6 });
    const emu = emulatorFor({ ...base, merges });
    const grid = await createOfficeAdapter(emu).readActiveSheet();
    expect(emu.stats.errors.filter((e) => e !== null).length).toBeGreaterThan(0);
    expect(grid.merges).toHaveLength(merges.length);
  });

  it.each([
    ['en-US', '3/5/2024'],
    ['vi-VN', '05/03/2024'],
  ] as [Locale, string][])('gives a date cell as its serial and number format whatever the display (%s shows %s)', async (locale, shown) => {
    const grid = { name: 'S', rows: [[{ value: 45356, numFmt: 'm/d/yyyy' }, { value: 45382, numFmt: 'dd/mm/yyyy' }]], merges: [] };
    const emu = createExcelEmulator(new WorkbookModel([sheetFromGrid(grid)]), { locale });
    const read = await createOfficeAdapter(emu).readActiveSheet();
    // The PC shows it as `shown`; the adapter never reads that text.
    expect(emu.model.active.text(0, 0)).toBe(shown);
    expect(read.rows[0]?.[0]).toEqual({ value: 45356, numFmt: 'm/d/yyyy' });
    expect(read.rows[0]?.[1]).toEqual({ value: 45382, numFmt: 'dd/mm/yyyy' });
    expect('date1904' in read).toBe(false);
  });

  it('says when the workbook counts dates from 1904', async () => {
    const model = new WorkbookModel([sheetFromGrid({ name: 'S', rows: [[{ value: 44118, numFmt: 'dd/mm/yyyy' }]], merges: [] })], { date1904: true });
    const read = await createOfficeAdapter(createExcelEmulator(model)).readActiveSheet();
    expect(read).toMatchObject({ date1904: true });
    expect(read.rows[0]?.[0]).toEqual({ value: 44118, numFmt: 'dd/mm/yyyy' });
  });

  it('estimates each block’s answer from what was loaded (UTF-8 bytes of the JSON, within -5%/+30%), without serialising it again', () => {
    const heavy = largeSample(400);
    for (const grid of [quangTriGrid(), heavy, { ...heavy, rows: heavy.rows.map((r) => r?.map((c) => (typeof c?.value === 'string' ? { value: `${c.value}\n"ệ"` } : c))) }]) {
      const sheet = sheetFromGrid(grid);
      const rect = sheet.usedRect(false)!;
      const m = (f: (r: number, c: number) => unknown) =>
        Array.from({ length: rect.bottom + 1 }, (_, r) => Array.from({ length: rect.right + 1 }, (_, c) => f(r, c)));
      const block = {
        values: m((r, c) => sheet.cell(r, c)?.value ?? ''),
        valueTypes: m((r, c) => (typeof sheet.cell(r, c)?.value === 'number' ? 'Double' : sheet.cell(r, c)?.value ? 'String' : 'Empty')),
        formulas: m((r, c) => sheet.cell(r, c)?.formula ?? sheet.cell(r, c)?.value ?? ''),
        numberFormat: m((r, c) => sheet.cell(r, c)?.numberFormat ?? 'General'),
      };
      const exact = Buffer.byteLength(JSON.stringify([block.values, block.valueTypes, block.formulas, block.numberFormat]), 'utf8');
      const estimate = addBlock([], 0, block as unknown as Excel.Range);
      expect(estimate / exact).toBeGreaterThan(0.95);
      expect(estimate / exact).toBeLessThan(1.3);
    }
  });
});
