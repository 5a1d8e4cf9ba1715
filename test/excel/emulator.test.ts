import { createExcelEmulator, SheetModel, WorkbookModel } from '../../src/excel/emulator';

function blank() {
  const sheet = new SheetModel('Sheet1');
  const emu = createExcelEmulator(new WorkbookModel([sheet]));
  return { sheet, emu };
}

describe('Excel emulator', () => {
  it('refuses to read a property that was not loaded and synced, like Excel', async () => {
    const { sheet, emu } = blank();
    sheet.ensure(0, 0).value = 'x';
    await emu.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange('A1');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.values).toEqual([['x']]);
      expect(() => range.text).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('queues writes until sync, in order with loads', async () => {
    const { sheet, emu } = blank();
    sheet.ensure(0, 0).value = 'old';
    await emu.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange('A1');
      range.load('values');
      range.values = [['new']];
      expect(sheet.cell(0, 0)?.value).toBe('old');
      await context.sync();
      expect(range.values).toEqual([['old']]);
    });
    expect(sheet.cell(0, 0)?.value).toBe('new');
  });

  it('turns text written to values that starts with =, +, - or @ into a formula, unless quoted or text-formatted', async () => {
    const { sheet, emu } = blank();
    sheet.ensure(3, 0).numberFormat = '@';
    await emu.run(async (context) => {
      const ws = context.workbook.worksheets.getActiveWorksheet();
      ws.getRange('A1').values = [['- Tờ trình']];
      ws.getRange('A2').values = [['=1+2']];
      ws.getRange('A3').values = [["'- Tờ trình"]];
      ws.getRange('A4').values = [['=1+2']];
      ws.getRange('A5').values = [['20']];
      ws.getRange('A6').values = [['31/03/2024']];
      await context.sync();
    });
    expect(sheet.cell(0, 0)).toMatchObject({ formula: '=- Tờ trình', error: '#NAME?' });
    expect(sheet.cell(1, 0)).toMatchObject({ formula: '=1+2', value: 3 });
    expect(sheet.cell(2, 0)).toMatchObject({ value: '- Tờ trình', quotePrefix: true });
    expect(sheet.cell(2, 0)?.formula).toBeUndefined();
    expect(sheet.cell(3, 0)).toMatchObject({ value: '=1+2' });
    expect(sheet.cell(4, 0)?.value).toBe(20);
    expect(sheet.cell(5, 0)).toMatchObject({ value: 45382, numberFormat: 'm/d/yyyy' });
    expect(sheet.text(5, 0)).toBe('31/03/2024');
  });

  it('reads a quoted text cell back without its apostrophe, in values and formulas', async () => {
    const { sheet, emu } = blank();
    Object.assign(sheet.ensure(0, 0), { value: '=x', quotePrefix: true });
    const got = await emu.run(async (context) => {
      const r = context.workbook.worksheets.getActiveWorksheet().getRange('A1');
      r.load('values,formulas,valueTypes');
      await context.sync();
      return [r.values, r.formulas, r.valueTypes];
    });
    expect(got).toEqual([[['=x']], [['=x']], [['String']]]);
  });

  it('ignores null in a values array (Office.js leaves that cell as it is)', async () => {
    const { sheet, emu } = blank();
    sheet.ensure(0, 0).value = 'keep';
    await emu.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange('A1:B1').values = [[null, 'b']] as never;
    });
    expect(sheet.cell(0, 0)?.value).toBe('keep');
    expect(sheet.cell(0, 1)?.value).toBe('b');
  });

  it('reports no fill as white and rejects badly sized arrays', async () => {
    const { emu } = blank();
    await emu.run(async (context) => {
      const r = context.workbook.worksheets.getActiveWorksheet().getRange('B2');
      r.format.fill.load('color');
      await context.sync();
      expect(r.format.fill.color).toBe('#FFFFFF');
      r.values = [['a', 'b']];
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    });
  });

  it('counts runs, syncs and response bytes, and refuses responses over 5 MB', async () => {
    const { sheet, emu } = blank();
    for (let r = 0; r < 3000; r++) for (let c = 0; c < 4; c++) sheet.ensure(r, c).value = 'x'.repeat(200);
    await emu.run(async (context) => {
      const r = context.workbook.worksheets.getActiveWorksheet().getRange('A1:D3000');
      r.load('values,text,formulas');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    });
    expect(emu.stats.runs).toBe(1);
    expect(emu.stats.syncs).toBe(1);
    expect(emu.stats.responseBytes[0]).toBeGreaterThan(5 * 1024 * 1024);
  });

  it('inserts and deletes whole rows, moving merges; old hosts lack newer APIs', async () => {
    const { sheet, emu } = blank();
    sheet.ensure(2, 0).value = 'row3';
    sheet.merges.push({ top: 2, left: 1, bottom: 2, right: 4 });
    await emu.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange('2:3').insert('Down');
    });
    expect(sheet.cell(4, 0)?.value).toBe('row3');
    expect(sheet.merges).toEqual([{ top: 4, left: 1, bottom: 4, right: 4 }]);
    await emu.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange('5:5').delete('Up');
    });
    expect(sheet.cell(4, 0)).toBeUndefined();
    expect(sheet.merges).toEqual([]);

    const old = createExcelEmulator(new WorkbookModel([new SheetModel('S')]), { apiVersion: '1.7' });
    expect(old.isSetSupported('ExcelApi', '1.7')).toBe(true);
    expect(old.isSetSupported('ExcelApi', '1.13')).toBe(false);
    await old.run(async (context) => {
      const r = context.workbook.worksheets.getActiveWorksheet().getRange('A1');
      expect(() => r.getMergedAreasOrNullObject()).toThrow(expect.objectContaining({ code: 'ApiNotFound' }));
    });
  });
});
