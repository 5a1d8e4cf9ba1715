/**
 * The emulator's rich-text cells, as strict as Excel (ExcelApi 1.18 textRuns): runs are read and
 * written only through getCellProperties / setCellProperties on a host that has 1.18, read only
 * after the sync that answers them; a value written over a rich cell replaces its runs; a font
 * set on the cell applies to every run; a font the runs do not share reads as null.
 */
import { createExcelEmulator, EmulatedExcelError, sheetFromGrid, WorkbookModel, type SheetModel } from '../../src/excel/emulator';
import { gridOf } from '../helpers/grid';

type Ctx = { workbook: { worksheets: { getActiveWorksheet(): Excel.Worksheet } }; sync(): Promise<void> };

function setup(apiVersion: string): { sheet: SheetModel; run: (f: (s: Excel.Worksheet, ctx: Ctx) => Promise<unknown>) => Promise<unknown> } {
  const sheet = sheetFromGrid(gridOf('S', [['Ban hành kế hoạch', 'x']]));
  sheet.ensure(0, 0).runs = [
    { text: 'Ban hành', font: { name: '.VnTime', bold: true } },
    { text: ' kế hoạch', font: { name: 'Arial' } },
  ];
  const emu = createExcelEmulator(new WorkbookModel([sheet]), { apiVersion });
  const run = (f: (s: Excel.Worksheet, ctx: Ctx) => Promise<unknown>) =>
    (emu.run as unknown as (b: (ctx: Ctx) => Promise<unknown>) => Promise<unknown>)((ctx) => f(ctx.workbook.worksheets.getActiveWorksheet(), ctx));
  return { sheet, run };
}

const codeOf = (e: unknown) => (e instanceof EmulatedExcelError ? e.code : String(e));

describe('on a host with ExcelApi 1.18', () => {
  it('reads each run with its complete font, only after the sync', async () => {
    const { run } = setup('1.18');
    const runs = await run(async (s, ctx) => {
      const props = s.getRange('A1:B1').getCellProperties({ textRuns: true });
      expect(codeOf(catchOf(() => props.value))).toBe('PropertyNotLoaded');
      await ctx.sync();
      return props.value[0]!.map((p) => p.textRuns!.map((r) => [r.text, r.font?.name, r.font?.bold]));
    });
    // A1 rich; B1 plain text: one run in the cell's font.
    expect(runs).toEqual([
      [
        ['Ban hành', '.VnTime', true],
        [' kế hoạch', 'Arial', false],
      ],
      [['x', 'Calibri', false]],
    ]);
  });

  it('writes runs as the cell text; values over a rich cell drop its runs; a cell font reaches every run', async () => {
    const { sheet, run } = setup('1.18');
    await run(async (s, ctx) => {
      s.getRange('B1').setCellProperties([[{ textRuns: [{ text: '0123', font: { italic: true } }, { text: ' ', font: {} }] }]]);
      s.getRange('A1').format.font.name = 'Times New Roman';
      await ctx.sync();
    });
    // Runs text is text, never typed (a number-looking run stays a string).
    expect(sheet.cell(0, 1)).toMatchObject({ value: '0123 ', runs: [{ text: '0123', font: { italic: true } }, { text: ' ' }] });
    expect(sheet.cell(0, 0)?.runs?.map((r) => r.font.name)).toEqual(['Times New Roman', 'Times New Roman']);
    expect(sheet.cell(0, 0)?.runs?.[0]?.font.bold).toBe(true);
    await run(async (s, ctx) => {
      s.getRange('A1').values = [['Mới']];
      await ctx.sync();
    });
    expect(sheet.cell(0, 0)?.value).toBe('Mới');
    expect(sheet.cell(0, 0)?.runs).toBeUndefined();
  });

  it('reports a font name the runs do not share as null, one they share as it is', async () => {
    const { sheet, run } = setup('1.18');
    const read = () =>
      run(async (s, ctx) => {
        const f = s.getRange('A1').format.font.load('name');
        await ctx.sync();
        return f.name;
      });
    expect(await read()).toBeNull();
    sheet.ensure(0, 0).runs = [
      { text: 'Ban hành', font: { name: '.VnTime', bold: true } },
      { text: ' kế hoạch', font: { name: '.VnTime', bold: true } },
    ];
    expect(await read()).toBe('.VnTime');
  });
});

describe.each([
  ['textRuns read on ExcelApi 1.17', '1.17', (s: Excel.Worksheet) => s.getRange('A1').getCellProperties({ textRuns: true }), 'ApiNotFound'],
  ['textRuns written on ExcelApi 1.17', '1.17', (s: Excel.Worksheet) => s.getRange('A1').setCellProperties([[{ textRuns: [{ text: 'a' }] }]]), 'ApiNotFound'],
  ['getCellProperties on ExcelApi 1.8', '1.8', (s: Excel.Worksheet) => s.getRange('A1').getCellProperties({ textRuns: true }), 'ApiNotFound'],
  ['a property the emulator does not answer', '1.20', (s: Excel.Worksheet) => s.getRange('A1').getCellProperties({ format: { font: { bold: true } } }), 'NotImplemented'],
  ['a property the emulator does not write', '1.20', (s: Excel.Worksheet) => s.getRange('A1').setCellProperties([[{ format: { font: { bold: true } } }]]), 'NotImplemented'],
] as const)('refused: %s', (_name, version, call, code) => {
  it(`fails with ${code} and changes nothing`, async () => {
    const { sheet, run } = setup(version);
    const before = structuredClone(sheet.cell(0, 0));
    const error = await run(async (s, ctx) => {
      call(s);
      await ctx.sync();
    }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(codeOf(error)).toBe(code);
    expect(sheet.cell(0, 0)).toEqual(before);
  });
});

test('refused: textRuns of the wrong shape (InvalidArgument), nothing written', async () => {
  const { sheet, run } = setup('1.18');
  const before = structuredClone(sheet.cell(0, 0));
  const error = await run(async (s, ctx) => {
    s.getRange('A1').setCellProperties([[{ textRuns: [{ font: { bold: true } }] as unknown as Excel.RangeTextRun[] }]]);
    await ctx.sync();
  }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(codeOf(error)).toBe('InvalidArgument');
  expect(sheet.cell(0, 0)).toEqual(before);
});

function catchOf(f: () => unknown): unknown {
  try {
    f();
    return undefined;
  } catch (e) {
    return e;
  }
}
