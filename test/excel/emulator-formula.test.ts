/**
 * The emulator moves formula references as Excel does when rows are inserted or deleted, with the
 * .xlsx writer's rewriter: own-sheet references move, other sheets' stay, text is kept.
 */
import { createOfficeAdapter } from '../../src/excel';
import { createExcelEmulator, SheetModel, WorkbookModel } from '../../src/excel/emulator';
import { FormulaRewriteError, offsetFormulaRows, shiftFormulaRows } from '../../src/excel/emulator/formula';

const OWN = 'Phụ lục';

describe('shiftFormulaRows', () => {
  it.each<[string, number, number, string]>([
    // Inserts (count > 0) before 1-based row `at`.
    ['=E12', 10, 2, '=E14'],
    ['=E9', 10, 2, '=E9'],
    ['=SUM(E7:E13)', 10, 1, '=SUM(E7:E14)'], // inside the range: it grows
    ['=SUM(E7:E13)', 7, 1, '=SUM(E8:E14)'], // at its top row: it moves
    ['=SUM(E7:E13)', 14, 1, '=SUM(E7:E13)'], // below it: unchanged
    ["='Phụ lục'!E12+Khác!E12", 10, 1, "='Phụ lục'!E13+Khác!E12"], // other sheets stay
    ['=IF(A12="A12", $B$12, 0)', 5, 3, '=IF(A15="A12", $B$15, 0)'], // text kept, anchors move too
    ['E12*2', 1, 1, 'E13*2'], // without "="
    // Deletions (count < 0) from row `at`.
    ['=E12', 9, -1, '=E11'],
    ['=E9', 9, -1, '=#REF!'],
    ["='Phụ lục'!E9", 9, -1, "='Phụ lục'!#REF!"],
    ['=SUM(E7:E13)', 9, -2, '=SUM(E7:E11)'],
    ['=SUM(E9:E10)', 9, -2, '=SUM(#REF!)'],
    ['=Khác!E12', 9, -1, '=Khác!E12'],
  ])('%s with rows moved at %i by %i → %s', (f, at, count, out) => {
    expect(shiftFormulaRows(f, at, count, OWN)).toBe(out);
  });

  it('refuses, with a typed error, a formula it cannot read rather than guess', () => {
    expect(() => shiftFormulaRows('=SUM(E7:E9', 5, 1, OWN)).toThrow(FormulaRewriteError);
  });
});

describe('offsetFormulaRows (a fill down a Table column)', () => {
  it.each<[string, number, string]>([
    ['=D7*E7', 3, '=D10*E10'],
    ['=$D$7*E7', 1, '=$D$7*E8'],
    ['=E2', -2, '=#REF!'],
  ])('%s by %i → %s', (f, dr, out) => expect(offsetFormulaRows(f, dr)).toBe(out));
});

describe('shiftFormulaRows on another sheet (a formula on `own` when rows of `target` move)', () => {
  it.each<[string, number, number, string]>([
    ["='Phụ lục'!E12", 10, 2, "='Phụ lục'!E14"],
    ['=E12', 10, 2, '=E12'], // its own sheet's references stay
    ["=COUNTA('Phụ lục'!B7:B13)-COUNTA('Phụ lục'!B9)", 9, -1, "=COUNTA('Phụ lục'!B7:B12)-COUNTA('Phụ lục'!#REF!)"],
    ["='phụ lục'!E13", 9, -1, "='phụ lục'!E12"], // sheet names match case-insensitively
    ["=SUM('Phụ lục'!$E$7:$E$13)+E1", 14, 3, "=SUM('Phụ lục'!$E$7:$E$13)+E1"],
  ])('%s with rows of «Phụ lục» moved at %i by %i → %s', (f, at, count, out) => {
    expect(shiftFormulaRows(f, at, count, 'Thống kê', OWN)).toBe(out);
  });
});

describe('WorkbookModel: formulas across sheets, as in Excel', () => {
  function book() {
    const tasks = new SheetModel(OWN);
    [10, 20, 30, 40].forEach((v, r) => (tasks.ensure(r, 0).value = v));
    tasks.ensure(4, 0).formula = '=SUM(A1:A4)';
    const stats = new SheetModel('Thống kê');
    stats.ensure(0, 0).formula = "=SUM('Phụ lục'!A1:A4)";
    stats.ensure(1, 0).formula = "='PHỤ LỤC'!A5*2";
    stats.ensure(2, 0).formula = '=A1+A2';
    stats.ensure(3, 0).formula = "='Không có'!A1";
    const notes = new SheetModel('Ghi chú');
    // Reads a sheet that comes after... and before it: the workbook computes until they agree.
    notes.ensure(0, 0).formula = "='Thống kê'!A3+'Phụ lục'!A2";
    const model = new WorkbookModel([notes, tasks, stats]);
    model.recalc();
    return { model, tasks, stats, notes };
  }

  it('computes sheet-qualified references from the other sheets', () => {
    const { stats, notes } = book();
    expect([0, 1, 2].map((r) => stats.text(r, 0))).toEqual(['100', '200', '300']);
    expect(stats.text(3, 0)).toBe('#NAME?'); // no such sheet: not computed, never a guess
    expect(notes.text(0, 0)).toBe('320');
  });

  it('a sheet alone (no workbook) does not read other sheets', () => {
    const alone = new SheetModel('S');
    alone.ensure(0, 0).formula = "='Phụ lục'!A1";
    alone.recalc();
    expect(alone.text(0, 0)).toBe('#NAME?');
  });

  it('moves other sheets\' references when rows are deleted or inserted, then recomputes', () => {
    const { model, tasks, stats, notes } = book();
    model.user(() => tasks.deleteRows(1, 1));
    expect(stats.cell(0, 0)?.formula).toBe("=SUM('Phụ lục'!A1:A3)");
    expect(stats.cell(1, 0)?.formula).toBe("='PHỤ LỤC'!A4*2");
    expect(notes.cell(0, 0)?.formula).toBe("='Thống kê'!A3+'Phụ lục'!#REF!");
    expect(tasks.cell(3, 0)?.formula).toBe('=SUM(A1:A3)');
    expect([0, 1, 2].map((r) => stats.text(r, 0))).toEqual(['80', '160', '240']);
    expect(notes.text(0, 0)).toBe('#REF!');
    model.user(() => tasks.insertRows(0, 2));
    expect(stats.cell(0, 0)?.formula).toBe("=SUM('Phụ lục'!A3:A5)");
    expect(stats.cell(1, 0)?.formula).toBe("='PHỤ LỤC'!A6*2");
    expect(stats.text(1, 0)).toBe('160');
    // Rows of the other sheet move only its own references.
    model.user(() => stats.insertRows(0, 1));
    expect(stats.cell(3, 0)?.formula).toBe('=A2+A3');
    expect(notes.cell(0, 0)?.formula).toBe("='Thống kê'!A4+'Phụ lục'!#REF!");
  });

  it('through the Excel JS API: deleting rows moves references on every sheet', async () => {
    const { model, stats } = book();
    const emu = createExcelEmulator(model);
    await emu.run(async (context) => {
      context.workbook.worksheets.getItem(OWN).getRange('1:2').delete('Up');
      await context.sync();
    });
    expect(stats.cell(0, 0)?.formula).toBe("=SUM('Phụ lục'!A1:A2)");
    expect(stats.text(0, 0)).toBe('70');
    expect(stats.text(1, 0)).toBe('140');
  });

  it('refuses a row deletion whose references it cannot move, and changes no formula', () => {
    const { model, tasks, stats } = book();
    stats.ensure(5, 0).formula = "=SUM('Phụ lục'!A1:A4"; // unbalanced: the rewriter cannot read it
    const before = stats.rows.map((r) => r?.map((c) => c?.formula));
    expect(() => tasks.deleteRows(0, 1)).toThrow(FormulaRewriteError);
    expect(stats.rows.map((r) => r?.map((c) => c?.formula))).toEqual(before);
    expect(model.sheets.length).toBe(3);
  });

  it('Range.select on another sheet activates it (Excel\'s Range.select)', async () => {
    const { model } = book();
    model.activate(model.sheets[2]!);
    await createExcelEmulator(model).run(async (context) => {
      context.workbook.worksheets.getItem(OWN).getRange('A3').select();
      await context.sync();
    });
    expect(model.active.name).toBe(OWN);
    expect(model.selection).toEqual({ sheet: OWN, rect: { top: 2, left: 0, bottom: 2, right: 0 } });
  });
});

describe('the Office adapter selects on the sheet it is given', () => {
  it('activates the issue\'s sheet, then selects the cell; a sheet that is gone is sheet-changed', async () => {
    const a = new SheetModel('Phụ lục');
    a.ensure(0, 0).value = 'x';
    const b = new SheetModel('Thống kê');
    const model = new WorkbookModel([a, b]);
    const adapter = createOfficeAdapter(createExcelEmulator(model));
    const grid = await adapter.readActiveSheet();
    model.activate(b);
    await adapter.selectCell('E13', grid.sheetId);
    expect(model.active).toBe(a);
    expect(model.selection).toEqual({ sheet: 'Phụ lục', rect: { top: 12, left: 4, bottom: 12, right: 4 } });
    await adapter.selectCell('B2');
    expect(model.selection?.sheet).toBe('Phụ lục');
    await expect(adapter.selectCell('A1', '{00000000-FFFF-0000-C000-000000000046}')).rejects.toMatchObject({ kind: 'sheet-changed' });
  });
});
