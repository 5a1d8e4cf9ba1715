import { createOfficeAdapter, HIGHLIGHT_FILL, LISTS_SHEET, WorkbookError } from '../../src/excel';
import { planBatch } from '../../src/excel/write';
import type { CellModel } from '../../src/excel/emulator';
import { emulatorFor, quangTriGrid, valueAt } from './helpers';
import { deleteRowEdit, setEdit } from '../../src/core/fix';

/** Edits as the engine makes them: each carries what the sample holds where it writes. */
const sample = quangTriGrid();
const set = (row: number, col: number, value: string | number | null) => setEdit(sample, row - 1, col, value);
const del = (row: number) => deleteRowEdit(sample, row - 1);

function setup(options?: { apiVersion?: string }) {
  const emu = emulatorFor(quangTriGrid(), options);
  const adapter = createOfficeAdapter(emu);
  const sheet = emu.model.active;
  /** Everything about the sheet that undo must restore. */
  /** The sheet as a person sees it: empty cell objects and merge order do not count. */
  const state = () => {
    const show = (c: CellModel | undefined) => (c && JSON.stringify(c) !== '{"value":null}' ? JSON.stringify(c) : null);
    return {
      rows: sheet.rows
        .map((r, i) => [i + 1, ...Array.from(r ?? [], show)])
        .filter((r) => r.slice(1).some((c) => c !== null))
        .map((r) => r.slice(0, 1 + Math.max(...r.map((c, j) => (j > 0 && c !== null ? j : 0))))),
      merges: [...sheet.merges].sort((a, b) => a.top - b.top || a.left - b.left),
    };
  };
  return { emu, adapter, sheet, state };
}

describe('applyBatch and undoLast', () => {
  it('writes a fix in one Excel.run and undo puts the old value back', async () => {
    const { emu, adapter, state } = setup();
    const before = state();
    emu.resetStats();
    await adapter.applyBatch({ label: 'Sửa A56', ops: [set(56, 0, 2)] });
    expect(emu.stats.runs).toBe(1);
    expect(emu.stats.syncs).toBe(2);
    expect(valueAt(emu, 56, 0)).toBe(2);
    expect(adapter.canUndo()).toBe(true);
    expect(await adapter.undoLast()).toBe('Sửa A56');
    expect(valueAt(emu, 56, 0)).toBe(3);
    expect(state()).toEqual(before);
    expect(adapter.canUndo()).toBe(false);
    expect(await adapter.undoLast()).toBeNull();
  });

  it('writes text starting with -, +, = or @ as text, never as a formula', async () => {
    const { adapter, sheet } = setup();
    const texts = ['- Tờ trình\n- Quyết định', '+84 233', '=SUM(A1)', '@Văn phòng', '20.000', '31/03/2024', "'quoted"];
    await adapter.applyBatch({
      label: 'text',
      ops: texts.map((value, i) => set(7 + i, 4, value)),
    });
    texts.forEach((t, i) => {
      const cell = sheet.cell(6 + i, 4);
      expect(cell?.formula).toBeUndefined();
      expect(cell?.error).toBeUndefined();
      expect(cell?.value).toBe(t);
    });
    const grid = await adapter.readActiveSheet();
    expect(grid.rows[6]?.[4]).toEqual({ value: texts[0] });
  });

  it('writes a number into a text-formatted cell as a number, and restores the format on undo', async () => {
    const { adapter, sheet } = setup();
    Object.assign(sheet.ensure(6, 8), { value: '20000000', numberFormat: '@' });
    await adapter.applyBatch({ label: 'số', ops: [{ ...set(7, 8, 20000000), seen: { value: '20000000' } }] });
    expect(sheet.cell(6, 8)).toMatchObject({ value: 20000000 });
    expect(sheet.cell(6, 8)?.numberFormat).toBeUndefined();
    await adapter.undoLast();
    expect(sheet.cell(6, 8)).toMatchObject({ value: '20000000', numberFormat: '@' });
  });

  it('deletes rows bottom-up after the sets and undo re-inserts them with values, fills and merges', async () => {
    const { emu, adapter, sheet, state } = setup();
    sheet.ensure(21, 3).fill = '#FF0000';
    const before = state();
    // Page-break repair: append the fragment (row 22) to row 21, drop row 22; also drop section row 53.
    await adapter.applyBatch({
      label: 'Sửa dòng bị ngắt trang',
      ops: [
        del(22),
        set(21, 7, 'Khi có TTHC ban hành mới hoặc khi có thay đổi'),
        del(53),
      ],
    });
    expect(valueAt(emu, 21, 7)).toBe('Khi có TTHC ban hành mới hoặc khi có thay đổi');
    expect(valueAt(emu, 22, 0)).toBe(5);
    expect(valueAt(emu, 52, 0)).toBe(1); // old row 54
    expect(sheet.merges.some((m) => m.top === 51)).toBe(false);
    await adapter.undoLast();
    expect(state()).toEqual(before);
  });

  it('inserts rows formatted like a neighbour, then sets later rows; undo removes them', async () => {
    const { emu, adapter, sheet, state } = setup();
    sheet.ensure(59, 7).numberFormat = '@';
    sheet.ensure(59, 0).fill = '#EEEEEE';
    const before = state();
    await adapter.applyBatch({
      label: 'Chèn nhiệm vụ mẫu',
      ops: [
        { kind: 'insert-rows', beforeRow: 61, values: [[8, 'Mục tiêu', 'Nhiệm vụ mới', '', '- Kế hoạch', 'Văn phòng', null, 'Quý I/2024', 'Thường xuyên']], formatLikeRow: 60 },
        set(62, 0, 'VII'),
      ],
    });
    expect(valueAt(emu, 61, 2)).toBe('Nhiệm vụ mới');
    expect(valueAt(emu, 61, 4)).toBe('- Kế hoạch');
    expect(sheet.cell(60, 4)?.formula).toBeUndefined();
    expect(sheet.cell(60, 7)?.numberFormat).toBe('@');
    expect(sheet.cell(60, 0)?.fill).toBe('#EEEEEE');
    expect(valueAt(emu, 62, 1)).toBe('CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH');
    expect(sheet.merges.some((m) => m.top === 61)).toBe(true);
    await adapter.undoLast();
    expect(state()).toEqual(before);
  });

  it('writes live formulas with a number format and undoes them', async () => {
    const { emu, adapter, sheet, state } = setup();
    Object.assign(sheet.ensure(6, 3), { value: 12 });
    Object.assign(sheet.ensure(6, 4), { value: 500000 });
    const before = state();
    await adapter.applyBatch({ label: 'Dự toán', ops: [{ kind: 'formula', row: 7, col: 5, formula: 'D7*E7', numFmt: '#,##0' }] });
    expect(sheet.cell(6, 5)).toMatchObject({ formula: '=D7*E7', value: 6000000, numberFormat: '#,##0' });
    expect(sheet.text(6, 5)).toBe('6.000.000');
    await adapter.undoLast();
    expect(state()).toEqual(before);
    expect(valueAt(emu, 7, 5)).toBe('Các phòng thuộc Sở');
  });

  it('writes a column of renumbered cells as one 2-D array', () => {
    const phases = planBatch({
      label: 'Đánh số lại',
      ops: [56, 57, 58].map((row, i) => set(row, 0, i + 2)),
    });
    expect(phases).toHaveLength(1);
    expect(phases[0]).toMatchObject({ kind: 'cells', runs: [{ col: 0, row: 56, cells: [{}, {}, {}] }] });
  });

  it('keeps a bounded number of syncs for a large batch', async () => {
    const { emu, adapter } = setup();
    emu.resetStats();
    const ops = [];
    for (let row = 7; row <= 73; row++)
      for (let col = 1; col < 9; col++) ops.push(set(row, col, `x${row}`));
    await adapter.applyBatch({ label: 'nhiều', ops });
    expect(emu.stats.syncs).toBe(2);
  });

  it('throws only WorkbookError', async () => {
    const { adapter } = setup();
    await expect(
      adapter.applyBatch({ label: 'x', ops: [{ kind: 'insert-rows', beforeRow: 0, values: [['a']] }] }),
    ).rejects.toBeInstanceOf(WorkbookError);
    expect(adapter.canUndo()).toBe(false);
  });
});

describe('highlight and clearHighlights', () => {
  it('paints errors and warnings and restores only the cells it painted', async () => {
    const { emu, adapter, sheet } = setup();
    sheet.ensure(7, 7).fill = '#00FF00';
    sheet.ensure(9, 7).fill = '#123456';
    await adapter.highlight([
      { address: 'A56', severity: 'error' },
      { address: 'H8', severity: 'warning' },
      { address: 'H8', severity: 'error' },
      { address: 'I7', severity: 'info' },
    ]);
    expect(sheet.cell(55, 0)?.fill).toBe(HIGHLIGHT_FILL.error);
    expect(sheet.cell(7, 7)?.fill).toBe(HIGHLIGHT_FILL.error);
    expect(sheet.cell(6, 8)?.fill).toBe(HIGHLIGHT_FILL.info);
    // Painting again keeps the original fill to restore.
    await adapter.highlight([{ address: 'H8', severity: 'warning' }]);
    expect(sheet.cell(7, 7)?.fill).toBe(HIGHLIGHT_FILL.warning);
    emu.resetStats();
    await adapter.clearHighlights();
    expect(emu.stats.syncs).toBe(2);
    expect(sheet.cell(55, 0)?.fill).toBeUndefined();
    expect(sheet.cell(7, 7)?.fill).toBe('#00FF00');
    expect(sheet.cell(6, 8)?.fill).toBeUndefined();
    expect(sheet.cell(9, 7)?.fill).toBe('#123456');
  });

  it('follows rows inserted after painting, and leaves cells the user repainted', async () => {
    const { adapter, sheet } = setup();
    await adapter.highlight([{ address: 'A56', severity: 'error' }, { address: 'A57', severity: 'error' }]);
    await adapter.applyBatch({ label: 'chèn', ops: [{ kind: 'insert-rows', beforeRow: 54, values: [['x']] }] });
    sheet.ensure(57, 0).fill = '#0000FF'; // the user repaints old A57, now A58
    await adapter.clearHighlights();
    expect(sheet.cell(56, 0)?.fill).toBeUndefined();
    expect(sheet.cell(57, 0)?.fill).toBe('#0000FF');
  });
});

describe('lists, settings, selection', () => {
  it('sets drop-down lists; comma-laden lists live on a hidden sheet', async () => {
    const { emu, adapter, sheet } = setup();
    await adapter.setListValidation([
      { col: 5, firstRow: 7, lastRow: 73, items: ['Văn phòng Sở', 'Thanh tra Sở', 'Các phòng, đơn vị thuộc Sở'] },
      { col: 8, firstRow: 7, lastRow: 73, items: ['Thường xuyên', 'Tự chủ'] },
    ]);
    expect(sheet.validations).toEqual([
      { rect: { top: 6, left: 5, bottom: 72, right: 5 }, listSource: `='${LISTS_SHEET}'!$A$1:$A$3`, alertStyle: 'Warning' },
      { rect: { top: 6, left: 8, bottom: 72, right: 8 }, listSource: 'Thường xuyên,Tự chủ', alertStyle: 'Warning' },
    ]);
    const lists = emu.model.sheet(LISTS_SHEET);
    expect(lists?.visibility).toBe('Hidden');
    expect(lists?.cell(2, 0)?.value).toBe('Các phòng, đơn vị thuộc Sở');
    expect(emu.model.active.name).toBe('Phụ lục');
  });

  it('refuses lists on hosts without ExcelApi 1.8', async () => {
    const { adapter } = setup({ apiVersion: '1.7' });
    await expect(adapter.setListValidation([{ col: 5, firstRow: 7, lastRow: 9, items: ['a'] }])).rejects.toMatchObject({
      kind: 'unsupported',
    });
  });

  it('keeps settings in the workbook as JSON', async () => {
    const { emu, adapter } = setup();
    expect(await adapter.loadSettings()).toBeNull();
    await adapter.saveSettings({ units: ['Văn phòng Sở'], year: 2024 });
    expect(emu.model.settings.get('phuluc')).toBe('{"units":["Văn phòng Sở"],"year":2024}');
    const again = createOfficeAdapter(emu);
    expect(await again.loadSettings()).toEqual({ units: ['Văn phòng Sở'], year: 2024 });
  });

  it('selects a cell and reads the selected row', async () => {
    const { emu, adapter } = setup();
    expect(await adapter.selectedRow()).toBe(1);
    await adapter.selectCell('A56');
    expect(emu.model.selection).toEqual({ sheet: 'Phụ lục', rect: { top: 55, left: 0, bottom: 55, right: 0 } });
    expect(await adapter.selectedRow()).toBe(56);
  });
});
