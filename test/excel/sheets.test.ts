/**
 * New sheets and the status column over the emulated Excel API (strict about loading, requirement
 * sets and what it supports), read back through the adapter and checked by the engine.
 */
import { checkSheet, parsePeriod, periodReport } from '../../src/core';
import { createOfficeAdapter } from '../../src/excel';
import { createExcelEmulator, sheetFromGrid, WorkbookModel } from '../../src/excel/emulator';
import { freeSheetName } from '../../src/excel/sheets';
import { newAppendixSheet, periodReportSheet } from '../../src/layout';
import { defaultTemplates } from '../../src/templates';
import { progressSheet } from '../helpers/progress-sheet';

function workbook(apiVersion = '1.20') {
  const model = new WorkbookModel([sheetFromGrid(progressSheet())]);
  const emu = createExcelEmulator(model, { apiVersion });
  return { model, emu, adapter: createOfficeAdapter(emu) };
}

describe('addSheet', () => {
  test('a new appendix: values, Times New Roman 13, merges, page setup, print titles, frozen header; then active', async () => {
    const { model, adapter } = workbook();
    const spec = newAppendixSheet({ year: 2027, body: 'Sở Nội vụ', templates: defaultTemplates() });
    const res = await adapter.addSheet!(spec);
    expect(res).toEqual({ name: 'Phụ lục (2)', skipped: [] }); // "Phụ lục" is taken
    const sheet = model.sheet('Phụ lục (2)')!;
    expect(model.active).toBe(sheet);
    expect(sheet.cell(0, 0)).toMatchObject({ value: 'Phụ lục', style: { fontName: 'Times New Roman', fontSize: 13, bold: true, horizontal: 'Center' } });
    expect(sheet.cell(2, 0)?.style?.italic).toBe(true);
    expect(sheet.cell(4, 3)).toMatchObject({ value: 'Đơn vị chủ trì', style: { bold: true, wrap: true, borders: { EdgeTop: 'Continuous', EdgeLeft: 'Continuous' } } });
    expect(sheet.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 6 });
    expect(sheet.frozenRows).toBe(5);
    expect(sheet.pageLayout).toMatchObject({
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: '$5:$5',
      centerFooter: 'Trang &P/&N',
    });
    expect(Math.round(sheet.pageLayout.margins!.left! / (72 / 2.54))).toBe(3);
    // Every cell in the sheet's font.
    for (const row of sheet.rows) for (const cell of row ?? []) if (cell?.value) expect(cell.style?.fontName).toBe('Times New Roman');

    // Read back as Excel would give it: the engine finds the table and raises nothing.
    const grid = await adapter.readActiveSheet();
    const { report } = checkSheet(grid);
    expect(report).toMatchObject({ kind: 'tasks', planYear: 2027, body: 'Sở Nội vụ' });
    expect(report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(report.rows.filter((r) => r.kind === 'task')).toHaveLength(defaultTemplates().length);
  });

  test('a quarterly report sheet, named for its period', async () => {
    const { model, adapter } = workbook();
    const report = checkSheet(progressSheet()).report;
    const spec = periodReportSheet(periodReport(report, parsePeriod('Quý I/2026')!, '2026-04-10'));
    expect((await adapter.addSheet!(spec)).name).toBe('Báo cáo Quý I năm 2026');
    const sheet = model.sheet('Báo cáo Quý I năm 2026')!;
    const header = sheet.rows.findIndex((r) => r?.[0]?.value === 'STT');
    expect(sheet.pageLayout.printTitleRows).toBe(`$${header + 1}:$${header + 1}`);
    // The count a number; its share (1 of 6) the text the report prints, never turned into a
    // number by the PC's regional settings (Excel would read "16,7%" as 0.167 on vi-VN).
    const onTime = sheet.rows.find((r) => r?.[1]?.value === 'Hoàn thành đúng hạn')!;
    expect(onTime[4]?.value).toBe(1);
    expect(onTime[5]?.value).toBe('16,7%');
    expect(onTime[5]?.numberFormat ?? 'General').toBe('General');
    // A second report of the same period gets a name of its own.
    expect((await adapter.addSheet!(spec)).name).toBe('Báo cáo Quý I năm 2026 (2)');
  });

  test('before ExcelApi 1.9 the sheet is still made; what is left out is named', async () => {
    const { model, adapter } = workbook('1.8');
    const res = await adapter.addSheet!(newAppendixSheet({ year: 2027, body: 'Sở Nội vụ' }));
    expect(res.skipped).toEqual(['thiết lập trang in (khổ A4, in lặp dòng tiêu đề)']);
    expect(model.sheet(res.name)?.cell(1, 0)?.value).toBe('CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2027 CỦA SỞ NỘI VỤ');
  });

  test('text that looks like a formula or a number is written as text', async () => {
    const { model, adapter } = workbook();
    await adapter.addSheet!({ name: 'T', rows: [[{ value: '- Tờ trình' }, { value: '=1+1' }, { value: '31/03/2026' }, { value: 5 }]] });
    const row = model.sheet('T')!.rows[0]!;
    expect(row.map((c) => c?.value)).toEqual(['- Tờ trình', '=1+1', '31/03/2026', 5]);
    expect(row.some((c) => c?.formula)).toBe(false);
  });

  test.each([
    ['A', [], 'A'],
    ['A', ['a'], 'A (2)'],
    ['A', ['A', 'A (2)'], 'A (3)'],
    ['x'.repeat(31), ['x'.repeat(31)], `${'x'.repeat(27)} (2)`],
  ])('freeSheetName(%j, %j) = %j', (name, taken, free) => {
    expect(freeSheetName(name, taken)).toBe(free);
  });
});

describe('addStatusColumn', () => {
  // progressSheet: header in row 2 (A:F, F already "Tình hình thực hiện"); use a copy without F.
  function withoutStatus() {
    const g = progressSheet();
    const model = new WorkbookModel([sheetFromGrid({ ...g, rows: g.rows.map((r) => r?.slice(0, 5)), merges: g.merges.map((m) => ({ ...m, right: Math.min(m.right, 4) })) })]);
    const emu = createExcelEmulator(model);
    return { model, adapter: createOfficeAdapter(emu) };
  }

  test('writes the title, copies the header format and adds the drop-down; the engine then finds the column', async () => {
    const { model, adapter } = withoutStatus();
    const sheet = model.active;
    sheet.ensure(1, 4).style = { bold: true, borders: { EdgeTop: 'Continuous' } };
    await adapter.addStatusColumn!({ headerRows: [2], col: 5, formatLike: 4, title: 'Tình hình thực hiện', firstRow: 3, lastRow: 18, items: ['Đã hoàn thành', 'Đang thực hiện', 'Chưa thực hiện'] });
    expect(sheet.cell(1, 5)).toMatchObject({ value: 'Tình hình thực hiện', style: { bold: true, borders: { EdgeTop: 'Continuous' } } });
    expect(sheet.validations).toContainEqual(expect.objectContaining({ rect: { top: 2, left: 5, bottom: 17, right: 5 }, listSource: 'Đã hoàn thành,Đang thực hiện,Chưa thực hiện' }));
    const { report } = checkSheet(await adapter.readActiveSheet());
    expect(report.columns.status).toBe('F');
  });

  test('merges the title down over a two-row header', async () => {
    const { model, adapter } = withoutStatus();
    await adapter.addStatusColumn!({ headerRows: [2, 3], col: 5, formatLike: 4, title: 'Tình hình thực hiện', firstRow: 4, lastRow: 18, items: ['Đã hoàn thành'] });
    expect(model.active.merges).toContainEqual({ top: 1, left: 5, bottom: 2, right: 5 });
  });

  test('refuses, writing nothing, when the column already holds something', async () => {
    const { model, adapter } = withoutStatus();
    model.active.ensure(9, 5).value = 'ghi chú của người dùng';
    const before = JSON.stringify(model.active.rows);
    await expect(
      adapter.addStatusColumn!({ headerRows: [2], col: 5, formatLike: 4, title: 'Tình hình thực hiện', firstRow: 3, lastRow: 18, items: ['Đã hoàn thành'] }),
    ).rejects.toMatchObject({ name: 'WorkbookError', message: expect.stringContaining('Ô F10 đã có dữ liệu') });
    expect(JSON.stringify(model.active.rows)).toBe(before);
    expect(model.active.validations).toEqual([]);
  });

  test('needs ExcelApi 1.8', async () => {
    const g = progressSheet();
    const adapter = createOfficeAdapter(createExcelEmulator(new WorkbookModel([sheetFromGrid(g)]), { apiVersion: '1.7' }));
    await expect(
      adapter.addStatusColumn!({ headerRows: [2], col: 6, formatLike: 5, title: 'x', firstRow: 3, lastRow: 4, items: ['a'] }),
    ).rejects.toMatchObject({ kind: 'unsupported' });
  });
});
