/**
 * The emulator's rules that make it as strict as Excel where phuluc depends on it. Each of these
 * failed on the emulator before issue 6 (it was kinder than Excel).
 */
import { createExcelEmulator, MERGED_AREAS_LIMIT, SheetModel, WorkbookModel, type Locale } from '../../src/excel/emulator';

function book(locale: Locale = 'vi-VN', apiVersion?: string) {
  const sheet = new SheetModel('Phụ lục');
  const model = new WorkbookModel([sheet], { locale });
  const emu = createExcelEmulator(model, apiVersion ? { apiVersion } : {});
  return { sheet, model, emu };
}

async function write(emu: ReturnType<typeof book>['emu'], address: string, values: unknown[][], prop: 'values' | 'formulas' = 'values') {
  await emu.run(async (context) => {
    const r = context.workbook.worksheets.getActiveWorksheet().getRange(address);
    if (prop === 'values') r.values = values as never;
    else r.formulas = values as never;
    await context.sync();
  });
}

async function readProp(emu: ReturnType<typeof book>['emu'], address: string, prop: 'text' | 'values' | 'numberFormat') {
  return emu.run(async (context) => {
    const r = context.workbook.worksheets.getActiveWorksheet().getRange(address);
    r.load(prop);
    await context.sync();
    return r[prop] as unknown[][];
  });
}

describe('dates display by the PC regional settings; values stay serials', () => {
  it.each([
    ['en-US', 'm/d/yyyy', 45382, '3/31/2024'],
    ['vi-VN', 'm/d/yyyy', 45382, '31/03/2024'],
    ['en-US', 'm/d/yyyy', 45356, '3/5/2024'],
    ['vi-VN', 'm/d/yyyy', 45356, '05/03/2024'],
    ['en-US', 'dd/mm/yyyy', 45382, '31/03/2024'],
    ['vi-VN', 'dd/mm/yyyy', 45580, '15/10/2024'],
    ['en-US', '#,##0', 2050000, '2,050,000'],
    ['vi-VN', '#,##0', 2050000, '2.050.000'],
    ['en-US', 'General', 1.5, '1.5'],
    ['vi-VN', 'General', 1.5, '1,5'],
  ] as [Locale, string, number, string][])('%s %s %d shows %s', async (locale, fmt, serial, shown) => {
    const { sheet, emu } = book(locale);
    Object.assign(sheet.ensure(0, 0), { value: serial, numberFormat: fmt });
    expect(await readProp(emu, 'A1', 'text')).toEqual([[shown]]);
    expect(await readProp(emu, 'A1', 'values')).toEqual([[serial]]);
    expect(await readProp(emu, 'A1', 'numberFormat')).toEqual([[fmt]]);
  });

  it('counts serials from 1904 in a 1904 workbook (workbook.functions.date)', async () => {
    const { model, emu } = book();
    const serial = async () =>
      emu.run(async (context) => {
        const d = context.workbook.functions.date(2024, 10, 15);
        d.load('value');
        await context.sync();
        return d.value;
      });
    expect(await serial()).toBe(45580);
    model.date1904 = true;
    expect(await serial()).toBe(45580 - 1462);
  });
});

describe('text written to values is read as if typed, in the regional settings', () => {
  const vi: [string, unknown, string?][] = [
    ['15/01', 'date'],
    ['31/03/2024', 45382, 'm/d/yyyy'],
    ['01/2024', 45292, 'm/d/yyyy'],
    ['20.000', 20000],
    ['1,5', 1.5],
    ['5%', 0.05, '0%'],
    ['2024-03-31', 45382, 'm/d/yyyy'],
    ['10:30', 0.4375, 'h:mm'],
    ['#N/A', 'error'],
    ['TRUE', true],
    ['Quý I/2024', 'Quý I/2024'],
    ['Thường xuyên', 'Thường xuyên'],
    ["'15/01", '15/01'],
  ];
  const us: [string, unknown, string?][] = [
    ['15/01', '15/01'],
    ['31/03/2024', '31/03/2024'],
    ['3/5/2024', 45356, 'm/d/yyyy'],
    ['20.000', 20],
    ['20,000', 20000],
    ['5-Mar', 'date'],
    ['Mar 2024', 45352, 'm/d/yyyy'],
  ];
  const cases = [...vi.map((c) => ['vi-VN', c[0], c[1], c[2] ?? '']), ...us.map((c) => ['en-US', c[0], c[1], c[2] ?? ''])];
  it.each(cases as [Locale, string, unknown, string][])(
    '%s: %s',
    async (locale, typed, want, fmt) => {
      const { sheet, emu } = book(locale);
      await write(emu, 'B2', [[typed]]);
      const cell = sheet.cell(1, 1)!;
      if (want === 'date') {
        expect(typeof cell.value).toBe('number');
        expect(cell.numberFormat).toBe('m/d/yyyy');
      } else if (want === 'error') expect(cell.error).toBe(typed);
      else expect(cell.value).toBe(want);
      if (fmt) expect(cell.numberFormat).toBe(fmt);
    },
  );

  it('keeps text in a text-formatted cell and after an apostrophe', async () => {
    const { sheet, emu } = book();
    sheet.ensure(0, 0).numberFormat = '@';
    await write(emu, 'A1:A2', [['15/01'], ["'31/03/2024"]]);
    expect(sheet.cell(0, 0)?.value).toBe('15/01');
    expect(sheet.cell(1, 0)).toMatchObject({ value: '31/03/2024', quotePrefix: true });
  });
});

describe('merged areas', () => {
  it(`returns the areas whose top-left cell is in the range, and fails above ${MERGED_AREAS_LIMIT} of them`, async () => {
    const { sheet, emu } = book();
    for (let i = 0; i < 600; i++) sheet.merges.push({ top: 10 + i * 2, left: 1, bottom: 10 + i * 2, right: 8 });
    sheet.merges.push({ top: 3, left: 0, bottom: 8, right: 0 }); // A4:A9
    const areas = (address: string) =>
      emu.run(async (context) => {
        const m = context.workbook.worksheets.getActiveWorksheet().getRange(address).getMergedAreasOrNullObject();
        m.load('address,areaCount');
        await context.sync();
        return m.isNullObject ? null : { address: m.address, count: m.areaCount };
      });
    // A7:I9 holds a piece of A4:A9 but not its top-left cell.
    expect(await areas('A7:I9')).toBeNull();
    expect(await areas('A1:I10')).toEqual({ address: "'Phụ lục'!A4:A9", count: 1 });
    expect((await areas('A1:I1000'))?.count).toBe(496);
    await expect(areas('A1:I2000')).rejects.toMatchObject({ name: 'RichApi.Error' });
  });

  it('shrinks a merged area when rows inside it are deleted, keeping the value only if its top-left stays', async () => {
    const { sheet, emu } = book();
    sheet.merges.push({ top: 4, left: 1, bottom: 6, right: 1 }, { top: 10, left: 1, bottom: 12, right: 1 }, { top: 20, left: 0, bottom: 20, right: 3 });
    sheet.ensure(4, 1).value = 'Mục tiêu';
    sheet.ensure(10, 1).value = 'Mất';
    await emu.run(async (context) => {
      const ws = context.workbook.worksheets.getActiveWorksheet();
      ws.getRange('21:21').delete('Up'); // the single-row merge goes with its row
      ws.getRange('11:11').delete('Up'); // top row of B11:B13
      ws.getRange('6:6').delete('Up'); // middle row of B5:B7
      await context.sync();
    });
    expect(sheet.merges).toEqual([
      { top: 4, left: 1, bottom: 5, right: 1 },
      { top: 9, left: 1, bottom: 10, right: 1 },
    ]);
    expect(sheet.cell(4, 1)?.value).toBe('Mục tiêu');
    expect(sheet.cell(9, 1)?.value ?? null).toBeNull();
  });
});

describe('Excel Tables', () => {
  it('fills a formula written into one cell of a Table column down the whole column (calculated column)', async () => {
    const { sheet, emu } = book();
    sheet.addTable('Bảng1', { top: 5, left: 0, bottom: 9, right: 5 });
    for (let r = 6; r <= 9; r++) {
      sheet.ensure(r, 3).value = 2;
      sheet.ensure(r, 4).value = r * 1000;
      sheet.ensure(r, 5).value = 'giữ';
    }
    sheet.ensure(12, 5).value = 'ngoài bảng';
    await write(emu, 'F8', [['=D8*E8']], 'formulas');
    expect(sheet.cell(6, 5)).toMatchObject({ formula: '=D7*E7', value: 12000 });
    expect(sheet.cell(9, 5)).toMatchObject({ formula: '=D10*E10', value: 18000 });
    expect(sheet.cell(12, 5)?.value).toBe('ngoài bảng');
    // A row inserted inside the Table gets the calculated column too.
    await emu.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange('9:9').insert('Down');
      await context.sync();
    });
    expect(sheet.tables[0]?.rect.bottom).toBe(10);
    expect(sheet.cell(8, 5)?.formula).toBe('=D9*E9');
  });

  it('lists a sheet’s Tables with their ranges', async () => {
    const { sheet, emu } = book();
    sheet.addTable('Bảng1', { top: 5, left: 0, bottom: 9, right: 5 });
    const got = await emu.run(async (context) => {
      const tables = context.workbook.worksheets.getActiveWorksheet().tables;
      tables.load('items/name');
      await context.sync();
      const ranges = tables.items.map((t) => t.getRange().load('address'));
      await context.sync();
      return tables.items.map((t, i) => [t.name, ranges[i]!.address]);
    });
    expect(got).toEqual([['Bảng1', "'Phụ lục'!A6:F10"]]);
  });
});

describe('sheet protection', () => {
  it('refuses every write to a protected sheet with AccessDenied, and reports the protection', async () => {
    const { sheet, emu } = book();
    sheet.ensure(0, 0).value = 'cũ';
    sheet.protected = true;
    const prot = await emu.run(async (context) => {
      const p = context.workbook.worksheets.getActiveWorksheet().protection;
      p.load('protected');
      await context.sync();
      return p.protected;
    });
    expect(prot).toBe(true);
    await expect(write(emu, 'A1', [['mới']])).rejects.toMatchObject({ code: 'AccessDenied' });
    await expect(
      emu.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange('3:3').insert('Down');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(sheet.cell(0, 0)?.value).toBe('cũ');
  });
});

describe('a failed batch', () => {
  it('keeps the commands before the failing one and runs none after it, as Excel does', async () => {
    const { sheet, emu } = book();
    emu.faults.beforeWrite = (call) => (call.rect?.top === 1 ? 'GeneralException' : undefined);
    await expect(write(emu, 'A1:A3', [['a'], ['b'], ['c']])).resolves.toBeUndefined(); // one command
    expect(sheet.cell(1, 0)?.value).toBe('b');
    emu.faults.beforeWrite = undefined;
    sheet.rows = [];
    await expect(
      emu.run(async (context) => {
        const ws = context.workbook.worksheets.getActiveWorksheet();
        ws.getRange('A1').values = [['một']];
        ws.getRange('A2').values = [['hai', 'thừa']]; // wrong shape: fails in Excel
        ws.getRange('A3').values = [['ba']];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    expect(sheet.cell(0, 0)?.value).toBe('một');
    expect(sheet.cell(2, 0)).toBeUndefined();
  });

  it('can lose its answer after doing everything (injected)', async () => {
    const { sheet, emu } = book();
    emu.faults.onSync = () => 'lose-response';
    await expect(write(emu, 'A1', [['x']])).rejects.toMatchObject({ code: 'GeneralException' });
    expect(sheet.cell(0, 0)?.value).toBe('x');
  });
});

describe('fills', () => {
  it('tells "no fill" from a white fill by the pattern (ExcelApi 1.9) and keeps patterns', async () => {
    const { sheet, emu } = book();
    Object.assign(sheet.ensure(0, 1), { fill: '#FFFFFF', pattern: 'Solid' });
    Object.assign(sheet.ensure(0, 2), { fill: '#FFFF00', pattern: 'Gray50', patternColor: '#FF0000' });
    const got = await emu.run(async (context) => {
      const ws = context.workbook.worksheets.getActiveWorksheet();
      const fills = ['A1', 'B1', 'C1'].map((a) => ws.getRange(a).format.fill.load('color,pattern,patternColor'));
      await context.sync();
      return fills.map((f) => [f.color, f.pattern, f.patternColor]);
    });
    expect(got).toEqual([
      ['#FFFFFF', 'None', null],
      ['#FFFFFF', 'Solid', null],
      ['#FFFF00', 'Gray50', '#FF0000'],
    ]);
  });
});

describe('Excel’s own undo (Ctrl+Z)', () => {
  it('keeps one record per sync, or one per Excel.run with mergeUndoGroup (ExcelApi 1.20)', async () => {
    const { sheet, model, emu } = book();
    model.keepHistory = true;
    const twoSyncs = (options?: { mergeUndoGroup: boolean }) =>
      (emu.run as (...a: unknown[]) => Promise<void>)(...(options ? [options] : []), async (context: Excel.RequestContext) => {
        const ws = context.workbook.worksheets.getActiveWorksheet();
        ws.getRange('A1').values = [['một']];
        await context.sync();
        ws.getRange('A2').values = [['hai']];
        await context.sync();
      });
    await twoSyncs();
    expect(model.userUndo()).toBe(true);
    expect(sheet.cell(0, 0)?.value).toBe('một');
    expect(sheet.cell(1, 0)?.value ?? null).toBeNull();
    model.userUndo();
    expect(sheet.cell(0, 0)?.value ?? null).toBeNull();
    await twoSyncs({ mergeUndoGroup: true });
    model.userUndo();
    expect([sheet.cell(0, 0)?.value ?? null, sheet.cell(1, 0)?.value ?? null]).toEqual([null, null]);
    // Changing a sheet's visibility clears Excel's undo stack.
    await twoSyncs({ mergeUndoGroup: true });
    await emu.run(async (context) => {
      context.workbook.worksheets.add('Ẩn').visibility = 'VeryHidden';
      await context.sync();
    });
    expect(model.userUndo()).toBe(false);
  });
});

describe('sheets by id, formulas that follow rows', () => {
  it('finds a sheet by its id after a rename', async () => {
    const { sheet, emu } = book();
    const id = sheet.id;
    sheet.name = 'Đổi tên';
    const name = await emu.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(id);
      ws.load('name,id');
      await context.sync();
      return [ws.name, ws.id];
    });
    expect(name).toEqual(['Đổi tên', id]);
  });

  it('moves formula references when rows are inserted or deleted', async () => {
    const { sheet, emu } = book();
    sheet.ensure(6, 5).value = 100;
    sheet.ensure(7, 5).value = 200;
    sheet.ensure(9, 5).formula = '=SUM(F7:F8)';
    sheet.ensure(9, 6).formula = '=F8*2';
    sheet.recalc();
    await emu.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange('8:8').insert('Down');
      await context.sync();
    });
    expect(sheet.cell(10, 5)).toMatchObject({ formula: '=SUM(F7:F9)', value: 300 });
    expect(sheet.cell(10, 6)).toMatchObject({ formula: '=F9*2', value: 400 });
    await emu.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange('9:9').delete('Up');
      await context.sync();
    });
    expect(sheet.cell(9, 5)).toMatchObject({ formula: '=SUM(F7:F8)', value: 100 });
    expect(sheet.cell(9, 6)).toMatchObject({ formula: '=#REF!*2', error: '#REF!' });
  });
});

describe('DATE() evaluates as in Excel, through the core’s one evaluator (before: #NAME?)', () => {
  it.each([
    ['vi-VN', false, '=DATE(2024,3,5)', 45356, '05/03/2024'],
    ['en-US', false, '=DATE(2024,3,5)', 45356, '3/5/2024'],
    ['en-US', false, '=DATE(2024,13,1)', 45658, '1/1/2025'],
    ['vi-VN', false, '=DATE(1900,2,29)', 60, '29/02/1900'],
    ['vi-VN', true, '=DATE(2024,3,5)', 43894, '05/03/2024'],
  ] as [Locale, boolean, string, number, string][])('%s (1904: %s) %s = %d, shown %s', async (locale, date1904, formula, serial, shown) => {
    const sheet = new SheetModel('Phụ lục');
    const model = new WorkbookModel([sheet], { locale, date1904 });
    const emu = createExcelEmulator(model);
    await write(emu, 'A1', [[formula]], 'formulas');
    expect(await readProp(emu, 'A1', 'values')).toEqual([[serial]]);
    expect(await readProp(emu, 'A1', 'text')).toEqual([[shown]]);
  });

  it.each([
    ['=DATE(-1,1,1)', '#NUM!'],
    ['=DATE(10000,1,1)', '#NUM!'],
    ['=DATE(B1,1,1)', '#N/A'],
  ])('%s is %s', async (formula, error) => {
    const { sheet, emu } = book();
    sheet.ensure(0, 1).error = '#N/A';
    await write(emu, 'A1', [[formula]], 'formulas');
    expect(sheet.cell(0, 0)?.error).toBe(error);
  });

  it('a DATE referring to cells follows them when they change (recalculation)', async () => {
    const { sheet, emu } = book();
    await write(emu, 'A1:C1', [[2024, 3, 5]]);
    await write(emu, 'D1', [['=DATE(A1,B1,C1)']], 'formulas');
    expect(await readProp(emu, 'D1', 'values')).toEqual([[45356]]);
    await write(emu, 'B1', [[4]]);
    expect(await readProp(emu, 'D1', 'values')).toEqual([[45387]]);
    expect(sheet.cell(0, 3)?.numberFormat).toBe('m/d/yyyy');
  });
});
