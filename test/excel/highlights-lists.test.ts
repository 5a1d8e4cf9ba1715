/**
 * Highlights kept in the workbook (exact previous fills, after the pane reloads) and drop-down
 * lists that never replace a user's own validation, on a VeryHidden sheet, one list per table.
 */
import { createOfficeAdapter, HIGHLIGHT_FILL, LISTS_SHEET, WorkbookError } from '../../src/excel';
import { SheetModel, sheetFromGrid } from '../../src/excel/emulator';
import { opened, quangTriGrid } from './helpers';

describe('highlights', () => {
  it('paints the most severe colour once per cell and gives back exactly the previous fill, after the pane reloads', async () => {
    const { emu, adapter, sheet } = await opened();
    Object.assign(sheet.ensure(7, 7), { fill: '#00FF00' });
    Object.assign(sheet.ensure(8, 7), { fill: '#FFFFFF' }); // white, not "no fill"
    Object.assign(sheet.ensure(9, 7), { fill: '#FFFF00', pattern: 'Gray50', patternColor: '#0000FF' });
    Object.assign(sheet.ensure(10, 7), { fill: '#123456' });
    expect(
      await adapter.highlight(sheet.id, [
        { address: 'A56', severity: 'error' },
        { address: 'H8', severity: 'warning' },
        { address: 'H8', severity: 'error' },
        { address: 'H9:H10', severity: 'warning' },
      ]),
    ).toEqual({ painted: 4 });
    expect(sheet.cell(55, 0)?.fill).toBe(HIGHLIGHT_FILL.error);
    expect(sheet.cell(7, 7)?.fill).toBe(HIGHLIGHT_FILL.error);
    expect(sheet.cell(9, 7)).toMatchObject({ fill: HIGHLIGHT_FILL.warning });
    expect(sheet.cell(9, 7)?.pattern).toBeUndefined();
    // Painting again keeps the original fill to restore.
    await adapter.highlight(sheet.id, [{ address: 'H8', severity: 'warning' }]);
    expect(sheet.cell(7, 7)?.fill).toBe(HIGHLIGHT_FILL.warning);

    // The pane reloads: a new adapter knows nothing but what the workbook keeps.
    const reloaded = createOfficeAdapter(emu);
    expect(await reloaded.clearHighlights()).toEqual({ restored: 4, changed: 0, undoable: false });
    expect(sheet.cell(55, 0)?.fill).toBeUndefined();
    expect(sheet.cell(7, 7)?.fill).toBe('#00FF00');
    expect(sheet.cell(8, 7)).toMatchObject({ fill: '#FFFFFF' });
    expect(sheet.cell(9, 7)).toMatchObject({ fill: '#FFFF00', pattern: 'Gray50', patternColor: '#0000FF' });
    expect(sheet.cell(10, 7)?.fill).toBe('#123456');
    // And says truthfully that there is nothing left to clear.
    expect(await reloaded.clearHighlights()).toEqual({ restored: 0, changed: 0, undoable: false });
  });

  it('leaves a cell the user repainted since, and counts it', async () => {
    const { emu, adapter, sheet } = await opened();
    await adapter.highlight(sheet.id, [{ address: 'A56', severity: 'error' }, { address: 'A57', severity: 'error' }]);
    emu.model.user(() => (sheet.ensure(56, 0).fill = '#0000FF'));
    expect(await adapter.clearHighlights()).toMatchObject({ restored: 1, changed: 1 });
    expect(sheet.cell(55, 0)?.fill).toBeUndefined();
    expect(sheet.cell(56, 0)?.fill).toBe('#0000FF');
  });

  it('follows rows phuluc inserts or deletes afterwards', async () => {
    const { emu, adapter, sheet } = await opened();
    await adapter.highlight(sheet.id, [{ address: 'A56', severity: 'error' }, { address: 'H21', severity: 'warning' }]);
    await adapter.applyBatch({ sheetId: sheet.id, label: 'chèn', ops: [{ kind: 'insert-rows', beforeRow: 54, values: [['x']] }] });
    expect(sheet.cell(56, 0)?.fill).toBe(HIGHLIGHT_FILL.error); // A57 now
    expect(await createOfficeAdapter(emu).clearHighlights()).toMatchObject({ restored: 2 });
    expect(sheet.cell(56, 0)?.fill).toBeUndefined();
    expect(sheet.cell(20, 7)?.fill).toBeUndefined();
  });

  it('Hoàn tác after Tô màu gives the fills back; a protected sheet is refused', async () => {
    const { adapter, sheet, state } = await opened();
    Object.assign(sheet.ensure(7, 7), { fill: '#00FF00' });
    const before = state();
    await adapter.highlight(sheet.id, [{ address: 'H8', severity: 'error' }]);
    expect(await adapter.undoLast()).toMatchObject({ status: 'undone' });
    expect(state()).toEqual(before);
    expect(await adapter.clearHighlights()).toMatchObject({ restored: 0 });
    sheet.protected = true;
    await expect(adapter.highlight(sheet.id, [{ address: 'H8', severity: 'error' }])).rejects.toMatchObject({ kind: 'protected' });
  });

  it('refuses to paint where it could not remember what it painted (no ExcelApi 1.4), and paints without patterns before 1.9', async () => {
    const old = await opened({ apiVersion: '1.3' });
    await expect(old.adapter.highlight(old.sheet.id, [{ address: 'H8', severity: 'error' }])).rejects.toMatchObject({ kind: 'unsupported' });
    expect(old.sheet.cell(7, 7)?.fill).toBeUndefined();
    const mid = await opened({ apiVersion: '1.8' });
    Object.assign(mid.sheet.ensure(7, 7), { fill: '#00FF00' });
    await mid.adapter.highlight(mid.sheet.id, [{ address: 'H8', severity: 'error' }, { address: 'A56', severity: 'warning' }]);
    expect(mid.sheet.cell(7, 7)?.fill).toBe(HIGHLIGHT_FILL.error);
    expect(await mid.adapter.clearHighlights()).toMatchObject({ restored: 2 });
    expect(mid.sheet.cell(7, 7)?.fill).toBe('#00FF00');
    expect(mid.sheet.cell(55, 0)?.fill).toBeUndefined();
  });
});

describe('Danh sách chọn', () => {
  const lead = ['Văn phòng Sở', 'Thanh tra Sở', 'Các phòng, đơn vị thuộc Sở'];
  const funding = ['Thường xuyên', 'Tự chủ'];

  it('sets lists, long or comma-laden ones on a VeryHidden sheet keyed by the appendix sheet, and undo removes all of it', async () => {
    const { emu, adapter, sheet, state } = await opened();
    const before = state();
    expect(
      await adapter.setListValidation(sheet.id, [
        { col: 5, firstRow: 7, lastRow: 73, items: lead },
        { col: 8, firstRow: 7, lastRow: 73, items: funding },
      ]),
    ).toEqual({ status: 'done', columns: 2 });
    expect(sheet.validations.map((v) => [v.rect, v.listSource])).toEqual([
      [{ top: 6, left: 5, bottom: 72, right: 5 }, `='${LISTS_SHEET}'!$A$2:$A$4`],
      [{ top: 6, left: 8, bottom: 72, right: 8 }, 'Thường xuyên,Tự chủ'],
    ]);
    const lists = emu.model.sheet(LISTS_SHEET)!;
    expect(lists.visibility).toBe('VeryHidden');
    expect(lists.cell(0, 0)?.value).toBe(`${sheet.id}!F`);
    expect(lists.cell(3, 0)?.value).toBe('Các phòng, đơn vị thuộc Sở');
    expect(emu.model.active.name).toBe('Phụ lục');
    await adapter.undoLast();
    expect(state()).toEqual(before);
    expect(emu.model.sheet(LISTS_SHEET)).toBeUndefined();
  });

  it('never replaces the user’s own validation without asking; with consent it does, and undo puts theirs back', async () => {
    const { adapter, sheet, state } = await opened();
    sheet.validations.push({
      rect: { top: 19, left: 5, bottom: 24, right: 5 },
      type: 'List',
      rule: { list: { inCellDropDown: true, source: 'A,B' } },
      listSource: 'A,B',
      errorAlert: { showAlert: true, style: 'Stop', title: 'Của tôi', message: '' },
    });
    sheet.validations.push({ rect: { top: 40, left: 8, bottom: 40, right: 8 }, type: 'WholeNumber', rule: { wholeNumber: { formula1: 0, operator: 'GreaterThan' } } });
    const before = state();
    const rules = [
      { col: 5, firstRow: 7, lastRow: 73, items: lead },
      { col: 8, firstRow: 7, lastRow: 73, items: funding },
    ];
    expect(await adapter.setListValidation(sheet.id, rules)).toEqual({
      status: 'has-own-rules',
      cells: [
        { col: 5, address: 'F20:F25', type: 'List' },
        { col: 8, address: 'I41', type: 'WholeNumber' },
      ],
    });
    expect(state()).toEqual(before);
    expect(adapter.canUndo()).toBe(false);
    expect(await adapter.setListValidation(sheet.id, rules, { replaceOwnRules: true })).toEqual({ status: 'done', columns: 2 });
    expect(sheet.validations.every((v) => v.errorAlert?.title === 'phuluc')).toBe(true);
    await adapter.undoLast();
    expect(state()).toEqual(before);
  });

  it('replaces its own earlier lists without asking, reusing its column', async () => {
    const { emu, adapter, sheet } = await opened();
    await adapter.setListValidation(sheet.id, [{ col: 5, firstRow: 7, lastRow: 73, items: lead }]);
    expect(await adapter.setListValidation(sheet.id, [{ col: 5, firstRow: 7, lastRow: 73, items: [...lead, 'Sở Nội vụ, Sở Tài chính'] }])).toMatchObject({ status: 'done' });
    const lists = emu.model.sheet(LISTS_SHEET)!;
    expect(lists.cell(0, 1)).toBeUndefined();
    expect(lists.cell(4, 0)?.value).toBe('Sở Nội vụ, Sở Tài chính');
    expect(sheet.validations).toHaveLength(1);
  });

  it('keeps one list per appendix sheet: two sheets do not overwrite each other', async () => {
    const { emu, adapter, sheet } = await opened();
    const second = emu.model.addSheet(sheetFromGrid({ ...quangTriGrid(), name: 'Phụ lục 2' }));
    await adapter.setListValidation(sheet.id, [{ col: 5, firstRow: 7, lastRow: 73, items: lead }]);
    await adapter.setListValidation(second.id, [{ col: 5, firstRow: 7, lastRow: 73, items: ['Phòng Nội vụ', 'Phòng Tư pháp, Hộ tịch'] }]);
    const lists = emu.model.sheet(LISTS_SHEET)!;
    expect([lists.cell(0, 0)?.value, lists.cell(0, 1)?.value]).toEqual([`${sheet.id}!F`, `${second.id}!F`]);
    expect(sheet.validations[0]?.listSource).toBe(`='${LISTS_SHEET}'!$A$2:$A$4`);
    expect(second.validations[0]?.listSource).toBe(`='${LISTS_SHEET}'!$B$2:$B$3`);
    expect(lists.cell(3, 0)?.value).toBe('Các phòng, đơn vị thuộc Sở');
  });

  it('refuses lists on hosts without ExcelApi 1.8, and on a protected sheet', async () => {
    const old = await opened({ apiVersion: '1.7' });
    await expect(old.adapter.setListValidation(old.sheet.id, [{ col: 5, firstRow: 7, lastRow: 9, items: ['a'] }])).rejects.toMatchObject({ kind: 'unsupported' });
    const { adapter, sheet } = await opened();
    sheet.protected = true;
    const err = await adapter.setListValidation(sheet.id, [{ col: 5, firstRow: 7, lastRow: 9, items: ['a'] }]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkbookError);
    expect((err as WorkbookError).kind).toBe('protected');
  });

  it('refuses a sheet that is gone', async () => {
    const { emu, adapter, sheet } = await opened();
    emu.model.addSheet(new SheetModel('Khác'));
    emu.model.sheets = emu.model.sheets.filter((s) => s !== sheet);
    await expect(adapter.setListValidation(sheet.id, [{ col: 5, firstRow: 7, lastRow: 9, items: ['a'] }])).rejects.toMatchObject({
      kind: 'sheet-changed',
      detail: { reason: 'sheet-gone' },
    });
  });
});
