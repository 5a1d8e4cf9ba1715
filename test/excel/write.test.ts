/**
 * applyBatch and undoLast over the strict emulator: every write is checked against the sheet it
 * was computed from, all or nothing, Excel's limits respected, undo never fights Ctrl+Z.
 */
import { WorkbookError, type WriteBatch } from '../../src/excel';
import { SheetModel } from '../../src/excel/emulator';
import { planBatch } from '../../src/excel/write';
import { deleteEdit, opened, seenAt, setEdit, sheetState, valueAt } from './helpers';

async function refusal(p: Promise<unknown>): Promise<WorkbookError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(WorkbookError);
    return e as WorkbookError;
  }
  throw new Error('expected a WorkbookError');
}

describe('applyBatch writes what it was asked and undo puts back exactly', () => {
  it('writes a fix in one Excel.run of two syncs (check, then write and read back); undo restores', async () => {
    const { emu, adapter, grid, sheet, state } = await opened();
    const before = state();
    emu.resetStats();
    await adapter.applyBatch({ sheetId: sheet.id, label: 'Sửa A56', ops: [setEdit(grid, 56, 0, 2)] });
    expect(emu.stats.runs).toBe(1);
    expect(emu.stats.syncs).toBe(2);
    expect(valueAt(emu, 56, 0)).toBe(2);
    expect(adapter.undoLabel()).toBe('Sửa A56');
    expect(await adapter.undoLast()).toEqual({ label: 'Sửa A56', status: 'undone' });
    expect(state()).toEqual(before);
    expect(adapter.canUndo()).toBe(false);
    expect(await adapter.undoLast()).toBeNull();
  });

  it('writes text that Excel would read as a formula, number, date or time as text, in vi-VN and en-US', async () => {
    for (const locale of ['vi-VN', 'en-US'] as const) {
      const { adapter, grid, sheet } = await opened({ locale });
      const texts = ['- Tờ trình\n- Quyết định', '+84 233', '=SUM(A1)', '@Văn phòng', '20.000', '31/03/2024', '15/01', '01/2024', '3/5/2024', '5-Mar', '10:30', 'TRUE', '#N/A', "'quoted", '1 1/2'];
      await adapter.applyBatch({ sheetId: sheet.id, label: 'text', ops: texts.map((t, i) => setEdit(grid, 7 + i, 4, t)) });
      texts.forEach((t, i) => {
        const cell = sheet.cell(6 + i, 4);
        expect([locale, t, cell?.formula, cell?.error, cell?.value]).toEqual([locale, t, undefined, undefined, t]);
      });
    }
  });

  it('writes a number into a text-formatted cell as a number, and restores the format on undo', async () => {
    const { adapter, sheet } = await opened();
    Object.assign(sheet.ensure(6, 8), { value: '20000000', numberFormat: '@' });
    const grid = await adapter.readActiveSheet();
    await adapter.applyBatch({ sheetId: sheet.id, label: 'số', ops: [setEdit(grid, 7, 8, 20000000)] });
    expect(sheet.cell(6, 8)).toMatchObject({ value: 20000000 });
    expect(sheet.cell(6, 8)?.numberFormat).toBeUndefined();
    await adapter.undoLast();
    expect(sheet.cell(6, 8)).toMatchObject({ value: '20000000', numberFormat: '@' });
  });

  it('deletes rows bottom-up after the sets; undo re-inserts them with values, fills, heights and merges', async () => {
    const { emu, adapter, grid, sheet, state } = await opened();
    Object.assign(sheet.ensure(21, 3), { fill: '#FF0000' });
    Object.assign(sheet.ensure(21, 4), { fill: '#FFFF00', pattern: 'Gray50', patternColor: '#0000FF' });
    sheet.rowHeights.set(21, 33);
    const before = state();
    await adapter.applyBatch({
      sheetId: sheet.id,
      label: 'Sửa dòng bị ngắt trang',
      ops: [deleteEdit(grid, 22), setEdit(grid, 21, 7, 'Khi có TTHC ban hành mới hoặc khi có thay đổi'), deleteEdit(grid, 53)],
    });
    expect(valueAt(emu, 21, 7)).toBe('Khi có TTHC ban hành mới hoặc khi có thay đổi');
    expect(valueAt(emu, 22, 0)).toBe(5);
    expect(valueAt(emu, 52, 0)).toBe(1); // old row 54
    expect(sheet.merges.some((m) => m.top === 51)).toBe(false);
    await adapter.undoLast();
    expect(state()).toEqual(before);
  });

  it('restores a merged area that a deleted row cut short, whether the row was its top, middle or bottom', async () => {
    const { adapter, sheet } = await opened();
    // B7:B9 merged (a goal over three tasks), C10:C12 merged, D13:D14 merged.
    sheet.merges.push({ top: 6, left: 1, bottom: 8, right: 1 }, { top: 9, left: 2, bottom: 11, right: 2 }, { top: 12, left: 3, bottom: 13, right: 3 });
    for (const [r, c] of [[7, 1], [8, 1], [10, 2], [11, 2], [13, 3]] as const) sheet.ensure(r, c).value = null;
    const grid = await adapter.readActiveSheet();
    const before = sheetState(sheet);
    await adapter.applyBatch({ sheetId: sheet.id, label: 'x', ops: [deleteEdit(grid, 7), deleteEdit(grid, 11), deleteEdit(grid, 14)] });
    expect(sheet.merges.filter((m) => m.top >= 6 && m.top < 12)).toEqual([
      { top: 6, left: 1, bottom: 7, right: 1 },
      { top: 8, left: 2, bottom: 9, right: 2 },
    ]);
    await adapter.undoLast();
    expect(sheetState(sheet)).toEqual(before);
  });

  it('inserts rows formatted like a neighbour, then sets later rows; undo removes them', async () => {
    const { emu, adapter, grid, sheet, state } = await opened();
    sheet.ensure(59, 7).numberFormat = '@';
    sheet.ensure(59, 0).fill = '#EEEEEE';
    const before = state();
    await adapter.applyBatch({
      sheetId: sheet.id,
      label: 'Chèn nhiệm vụ mẫu',
      ops: [
        { kind: 'insert-rows', beforeRow: 61, values: [[8, 'Mục tiêu', 'Nhiệm vụ mới', '', '- Kế hoạch', 'Văn phòng', null, 'Quý I/2024', 'Thường xuyên']], formatLikeRow: 60 },
        { kind: 'set', row: 62, col: 0, address: 'A62', value: 'VII', seen: seenAt(grid, 61, 0) },
      ],
      expect: [{ row: 60, col: 2, seen: seenAt(grid, 60, 2) }],
    });
    expect(valueAt(emu, 61, 2)).toBe('Nhiệm vụ mới');
    expect(valueAt(emu, 61, 4)).toBe('- Kế hoạch');
    expect(sheet.cell(60, 4)?.formula).toBeUndefined();
    expect(sheet.cell(60, 7)?.numberFormat).toBe('@');
    expect(sheet.cell(60, 0)?.fill).toBe('#EEEEEE');
    expect(valueAt(emu, 62, 1)).toBe('CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH');
    await adapter.undoLast();
    expect(state()).toEqual(before);
  });

  it('writes live formulas with a number format and undoes them', async () => {
    const { emu, adapter, sheet, state } = await opened();
    Object.assign(sheet.ensure(6, 3), { value: 12 });
    Object.assign(sheet.ensure(6, 4), { value: 500000 });
    const grid = await adapter.readActiveSheet();
    const before = state();
    await adapter.applyBatch({
      sheetId: sheet.id,
      label: 'Dự toán',
      ops: [{ kind: 'formula', row: 7, col: 5, formula: 'D7*E7', numFmt: '#,##0', seen: seenAt(grid, 7, 5) }],
    });
    expect(sheet.cell(6, 5)).toMatchObject({ formula: '=D7*E7', value: 6000000, numberFormat: '#,##0' });
    expect(sheet.text(6, 5)).toBe('6.000.000');
    await adapter.undoLast();
    expect(state()).toEqual(before);
    expect(valueAt(emu, 7, 5)).toBe('Các phòng thuộc Sở');
  });

  it('writes a column of renumbered cells as one 2-D array and keeps syncs bounded on large batches', async () => {
    const phases = planBatch({
      label: 'Đánh số lại',
      sheetId: 'x',
      ops: [56, 57, 58].map((row, i) => ({ kind: 'set' as const, row, col: 0, address: `A${row}`, value: i + 2, seen: { value: i + 3 } })),
    });
    expect(phases).toHaveLength(1);
    expect(phases[0]).toMatchObject({ kind: 'cells', runs: [{ col: 0, row: 56, cells: [{}, {}, {}] }] });
    const { emu, adapter, grid, sheet } = await opened();
    emu.resetStats();
    const ops = [];
    for (let row = 7; row <= 73; row++) for (let col = 1; col < 9; col++) ops.push(setEdit(grid, row, col, `x${row}`));
    await adapter.applyBatch({ sheetId: sheet.id, label: 'nhiều', ops });
    expect(emu.stats.syncs).toBe(2);
  });
});

describe('every write is checked against the sheet it was computed from', () => {
  it('never lands on another sheet: after a sheet switch the batch writes its own sheet by id', async () => {
    const { emu, adapter, grid, sheet } = await opened();
    const other = emu.model.addSheet(new SheetModel('Thống kê'));
    other.ensure(55, 0).value = 'không được đụng';
    emu.model.activate(other);
    await adapter.applyBatch({ sheetId: grid.sheetId, label: 'Sửa A56', ops: [setEdit(grid, 56, 0, 2)] });
    expect(other.cell(55, 0)?.value).toBe('không được đụng');
    expect(sheet.cell(55, 0)?.value).toBe(2);
  });

  it('refuses a stale batch after the user inserted a row: nothing written, the cells named', async () => {
    const { emu, adapter, grid, sheet, state } = await opened();
    emu.model.user(() => sheet.insertRows(30, 1));
    const before = state();
    const err = await refusal(
      adapter.applyBatch({ sheetId: sheet.id, label: 'Sửa tất cả', ops: [setEdit(grid, 56, 0, 2), setEdit(grid, 21, 7, 'x'), deleteEdit(grid, 22)] }),
    );
    expect(err.kind).toBe('sheet-changed');
    expect(err.detail.reason).toBe('cells-changed');
    expect(err.detail.changes?.[0]).toEqual({ address: 'A56', expected: '3', found: '' });
    expect(state()).toEqual(before);
    expect(adapter.canUndo()).toBe(false);
  });

  it('refuses a stale batch after the user typed in a cell it writes, and one after a deleted row it would delete changed', async () => {
    const { emu, adapter, grid, sheet, state } = await opened();
    emu.model.user(() => (sheet.ensure(20, 7).value = 'Quý II/2024'));
    const before = state();
    const err = await refusal(adapter.applyBatch({ sheetId: sheet.id, label: 'x', ops: [setEdit(grid, 21, 7, 'Thường xuyên')] }));
    expect(err.detail.changes).toEqual([{ address: 'H21', expected: 'Khi có TTHC ban hành mới hoặc khi có', found: 'Quý II/2024' }]);
    emu.model.user(() => (sheet.ensure(21, 8).value = 'mới gõ'));
    const err2 = await refusal(adapter.applyBatch({ sheetId: sheet.id, label: 'x', ops: [deleteEdit(grid, 22)] }));
    expect(err2.detail.changes?.[0]?.address).toBe('I22');
    expect(sheetState(sheet).rows.length).toBe(before.rows.length);
  });

  it('refuses when the sheet was deleted, with reason sheet-gone', async () => {
    const { emu, adapter, grid } = await opened();
    emu.model.addSheet(new SheetModel('Khác'));
    emu.model.sheets = emu.model.sheets.filter((s) => s.id !== grid.sheetId);
    const err = await refusal(adapter.applyBatch({ sheetId: grid.sheetId, label: 'x', ops: [setEdit(grid, 56, 0, 2)] }));
    expect(err.kind).toBe('sheet-changed');
    expect(err.detail.reason).toBe('sheet-gone');
  });

  it('checks the extra cells a batch depends on (expect)', async () => {
    const { emu, adapter, grid, sheet } = await opened();
    emu.model.user(() => (sheet.ensure(59, 2).value = 'đã sửa tay'));
    const err = await refusal(
      adapter.applyBatch({
        sheetId: sheet.id,
        label: 'Chèn',
        ops: [{ kind: 'insert-rows', beforeRow: 61, values: [['x']] }],
        expect: [{ row: 60, col: 2, seen: seenAt(grid, 60, 2) }],
      }),
    );
    expect(err.detail.changes?.[0]?.address).toBe('C60');
    expect(valueAt(emu, 61, 0)).toBe('VII');
  });
});

describe('all or nothing', () => {
  it('rolls back a batch whose second write request fails: the sheet is as before, no undo entry', async () => {
    const { emu, adapter, grid, sheet, state } = await opened();
    const before = state();
    let writes = 0;
    emu.faults.beforeWrite = () => (++writes === 3 ? 'GeneralException' : undefined);
    const err = await refusal(
      adapter.applyBatch({
        sheetId: sheet.id,
        label: 'x',
        ops: [setEdit(grid, 7, 7, 'Quý I/2024'), setEdit(grid, 9, 7, 'Quý II/2024'), setEdit(grid, 11, 7, 'Quý III/2024'), deleteEdit(grid, 22)],
      }),
    );
    expect(err.kind).toBe('write-failed');
    expect(err.detail.state).toBe('nothing-written');
    emu.faults.beforeWrite = undefined;
    expect(state()).toEqual(before);
    expect(adapter.canUndo()).toBe(false);
  });

  it('rolls back row inserts and deletes already made when a later delete is refused', async () => {
    const { emu, adapter, grid, sheet, state } = await opened();
    const before = state();
    emu.faults.beforeWrite = (call) => (call.method === 'delete' && call.rect?.top === 20 ? 'InvalidOperation' : undefined);
    const err = await refusal(
      adapter.applyBatch({
        sheetId: sheet.id,
        label: 'x',
        ops: [{ kind: 'insert-rows', beforeRow: 10, values: [['chèn']] }, setEdit(grid, 7, 7, 'Quý I/2024'), deleteEdit(grid, 53), deleteEdit(grid, 20)],
      }),
    );
    emu.faults.beforeWrite = undefined;
    expect(err.detail.state).toBe('nothing-written');
    expect(state()).toEqual(before);
  });

  it('keeps an undo entry when Excel refuses the rollback, and Hoàn tác later restores exactly', async () => {
    const { emu, adapter, grid, sheet, state } = await opened();
    const before = state();
    let refuseInserts = true;
    emu.faults.beforeWrite = (call) => {
      if (call.method === 'delete' && call.rect?.top === 29) return 'GeneralException'; // the batch's second delete
      if (refuseInserts && call.method === 'insert') return 'GeneralException'; // the rollback's re-insert of row 53
      return undefined;
    };
    const err = await refusal(
      adapter.applyBatch({ sheetId: sheet.id, label: 'Sửa tất cả', ops: [setEdit(grid, 7, 7, 'Quý I/2024'), deleteEdit(grid, 53), deleteEdit(grid, 30)] }),
    );
    expect(err.detail.state).toBe('undo-available');
    expect(adapter.undoLabel()).toBe('Sửa tất cả');
    refuseInserts = false;
    emu.faults.beforeWrite = undefined;
    expect(await adapter.undoLast()).toEqual({ label: 'Sửa tất cả', status: 'undone' });
    expect(state()).toEqual(before);
  });

  it('tells from the used range whether a row delete happened when Excel’s answer is lost', async () => {
    const { emu, adapter, grid, sheet, state } = await opened();
    const before = state();
    const syncsBefore = emu.stats.syncs;
    // Lose the answer of the third sync of the batch: the one that deletes row 22.
    emu.faults.onSync = (i) => (i === syncsBefore + 3 ? 'lose-response' : undefined);
    const err = await refusal(adapter.applyBatch({ sheetId: sheet.id, label: 'x', ops: [setEdit(grid, 21, 7, 'Thường xuyên'), deleteEdit(grid, 22)] }));
    emu.faults.onSync = undefined;
    expect(err.kind).toBe('write-failed');
    expect(err.detail.state).toBe('nothing-written');
    expect(state()).toEqual(before);
  });

  it('refuses a protected sheet before writing anything', async () => {
    const { adapter, grid, sheet, state } = await opened();
    sheet.protected = true;
    const before = state();
    const err = await refusal(adapter.applyBatch({ sheetId: sheet.id, label: 'x', ops: [setEdit(grid, 56, 0, 2)] }));
    expect(err.kind).toBe('protected');
    expect(state()).toEqual(before);
  });
});

describe('Excel Tables', () => {
  it.each([['1.20'], ['1.8']])('never writes a formula into a Table column (ExcelApi %s): refused, nothing written', async (apiVersion) => {
    const { adapter, sheet, state } = await opened({ apiVersion });
    sheet.addTable('DuToan', { top: 4, left: 0, bottom: 20, right: 8 });
    const grid = await adapter.readActiveSheet();
    const before = state();
    const err = await refusal(
      adapter.applyBatch({
        sheetId: sheet.id,
        label: 'Dự toán',
        ops: [setEdit(grid, 56, 0, 2), { kind: 'formula', row: 7, col: 5, formula: 'D7*E7', seen: seenAt(grid, 7, 5) }],
      }),
    );
    expect(err.kind).toBe('table-formula');
    expect(err.detail).toMatchObject({ cells: ['F7'], table: 'DuToan' });
    expect(state()).toEqual(before);
  });

  it('writes values into a Table and formulas outside it', async () => {
    const { adapter, sheet } = await opened();
    sheet.addTable('DuToan', { top: 4, left: 0, bottom: 20, right: 8 });
    const grid = await adapter.readActiveSheet();
    await adapter.applyBatch({
      sheetId: sheet.id,
      label: 'x',
      ops: [setEdit(grid, 7, 7, 'Quý I/2024'), { kind: 'formula', row: 30, col: 5, formula: 'D30*E30', seen: seenAt(grid, 30, 5) }],
    });
    expect(sheet.cell(6, 7)?.value).toBe('Quý I/2024');
    expect(sheet.cell(29, 5)?.formula).toBe('=D30*E30');
    expect(sheet.cell(8, 5)?.formula).toBeUndefined();
  });
});

describe('Excel’s own undo and phuluc’s never fight', () => {
  it('groups a batch into one Ctrl+Z (ExcelApi 1.20); Hoàn tác afterwards sees it already undone and writes nothing', async () => {
    const { emu, adapter, grid, sheet, state } = await opened();
    const before = state();
    await adapter.applyBatch({ sheetId: sheet.id, label: 'Sửa tất cả', ops: [setEdit(grid, 21, 7, 'Thường xuyên'), deleteEdit(grid, 22), deleteEdit(grid, 53)] });
    expect(emu.model.userUndo()).toBe(true); // one Ctrl+Z undoes the whole batch
    expect(state()).toEqual(before);
    const writesBefore = emu.stats.requestBytes.length;
    expect(await adapter.undoLast()).toEqual({ label: 'Sửa tất cả', status: 'already-undone' });
    expect(state()).toEqual(before);
    expect(adapter.canUndo()).toBe(false);
    expect(emu.stats.requestBytes.length - writesBefore).toBeLessThanOrEqual(2);
  });

  it('sees a template insert undone by Ctrl+Z as already undone', async () => {
    const { emu, adapter, sheet, state } = await opened();
    const before = state();
    await adapter.applyBatch({ sheetId: sheet.id, label: 'Chèn', ops: [{ kind: 'insert-rows', beforeRow: 61, values: [[8, 'x', 'Nhiệm vụ mới']] }] });
    emu.model.userUndo();
    expect(await adapter.undoLast()).toMatchObject({ status: 'already-undone' });
    expect(state()).toEqual(before);
  });

  it('without undo groups (ExcelApi 1.19) a Ctrl+Z undoes part of a batch: Hoàn tác refuses instead of guessing', async () => {
    const { emu, adapter, grid, sheet, state } = await opened({ apiVersion: '1.19' });
    await adapter.applyBatch({ sheetId: sheet.id, label: 'Sửa tất cả', ops: [setEdit(grid, 21, 7, 'Thường xuyên'), deleteEdit(grid, 22)] });
    emu.model.userUndo(); // undoes only the last sync's record (the read-back is not a record; the delete is)
    const now = state();
    const err = await refusal(adapter.undoLast());
    expect(err.kind).toBe('undo-stale');
    expect(state()).toEqual(now);
  });

  it('refuses to undo over a cell the user typed into afterwards, and says which', async () => {
    const { emu, adapter, grid, sheet } = await opened();
    await adapter.applyBatch({ sheetId: sheet.id, label: 'Sửa H21', ops: [setEdit(grid, 21, 7, 'Thường xuyên')] });
    emu.model.user(() => (sheet.ensure(20, 7).value = 'Quý III/2024'));
    const err = await refusal(adapter.undoLast());
    expect(err.kind).toBe('undo-stale');
    expect(err.detail.changes).toEqual([{ address: 'H21', expected: 'Thường xuyên', found: 'Quý III/2024' }]);
    expect(sheet.cell(20, 7)?.value).toBe('Quý III/2024');
    expect(adapter.canUndo()).toBe(true);
  });

  it('refuses to undo deleted rows after the user inserted a row above them', async () => {
    const { emu, adapter, grid, sheet } = await opened();
    await adapter.applyBatch({ sheetId: sheet.id, label: 'x', ops: [deleteEdit(grid, 22)] });
    emu.model.user(() => sheet.insertRows(10, 1));
    const now = sheetState(sheet);
    const err = await refusal(adapter.undoLast());
    expect(err.kind).toBe('undo-stale');
    expect(sheetState(sheet)).toEqual(now);
  });

  it('undoes in order, one action at a time, whatever the action', async () => {
    const { adapter, grid, sheet, state } = await opened();
    const s0 = state();
    await adapter.applyBatch({ sheetId: sheet.id, label: 'Đánh số lại', ops: [setEdit(grid, 56, 0, 2), setEdit(grid, 57, 0, 3)] });
    const s1 = state();
    await adapter.setListValidation(sheet.id, [{ col: 8, firstRow: 7, lastRow: 73, items: ['Thường xuyên', 'Tự chủ'] }]);
    await adapter.highlight(sheet.id, [{ address: 'H8', severity: 'error' }]);
    expect(adapter.undoLabel()).toBe('Tô màu các ô có vấn đề');
    await adapter.undoLast();
    expect(adapter.undoLabel()).toBe('Danh sách chọn');
    await adapter.undoLast();
    expect(state()).toEqual(s1);
    expect(adapter.undoLabel()).toBe('Đánh số lại');
    await adapter.undoLast();
    expect(state()).toEqual(s0);
  });
});

describe('the batch contract', () => {
  it('throws only WorkbookError', async () => {
    const { adapter, sheet } = await opened();
    await expect(adapter.applyBatch({ sheetId: sheet.id, label: 'x', ops: [{ kind: 'insert-rows', beforeRow: 0, values: [['a']] }] } as WriteBatch)).rejects.toBeInstanceOf(WorkbookError);
    expect(adapter.canUndo()).toBe(false);
  });
});
