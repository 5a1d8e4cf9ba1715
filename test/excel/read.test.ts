import { createOfficeAdapter } from '../../src/excel';
import { largeSample } from '../../src/excel/emulator';
import { PAYLOAD_LIMIT } from '../../src/excel/emulator/api';
import type { Grid } from '../../src/core/grid';
import type { ReadProgress } from '../../src/excel/types';
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
    const rows = heavy.rows.map((row) => row?.map((c) => (typeof c?.value === 'string' ? { value: c.value.repeat(40) } : c)));
    const emu = emulatorFor({ ...heavy, rows });
    const grid = await createOfficeAdapter(emu).readActiveSheet();
    expect(grid.rows.length).toBe(rows.length);
    expect(Math.max(...emu.stats.responseBytes)).toBeLessThanOrEqual(PAYLOAD_LIMIT);
  });

  it('falls back to no merges on hosts without ExcelApi 1.13', async () => {
    const emu = emulatorFor(quangTriGrid(), { apiVersion: '1.7' });
    const grid = await createOfficeAdapter(emu).readActiveSheet();
    expect(grid.merges).toEqual([]);
    expect(grid.rows[55]?.[0]?.value).toBe(3);
  });

  it('reads an empty sheet as an empty Grid', async () => {
    const grid = await createOfficeAdapter(emulatorFor({ name: 'Trống', rows: [], merges: [] })).readActiveSheet();
    expect(grid).toEqual({ name: 'Trống', rows: [], merges: [] });
  });
});
