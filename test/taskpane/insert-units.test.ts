/**
 * Chèn nhiệm vụ mẫu writes the units of the sheet's own directory (issue 11 §4): in a ward's
 * appendix the library's `{thủ tục hành chính}` is the ward's Văn phòng HĐND và UBND phường, not a
 * department's Văn phòng Sở; a role the ward has no unit for is said, and nothing is written.
 */
import { createOfficeAdapter } from '../../src/excel';
import { createExcelEmulator, sheetFromGrid, WorkbookModel, type SheetModel } from '../../src/excel/emulator';
import { PaneController } from '../../src/taskpane/state/controller';
import { newAppendixSheet } from '../../src/layout';
import { defaultTemplates, parseUserTemplates } from '../../src/templates';
import type { Grid } from '../../src/core';
import { differences, snapshot } from './harness';

jest.setTimeout(60_000);

function open(body: string, year: number) {
  const spec = newAppendixSheet({ year, body, templates: defaultTemplates().filter((t) => t.id === 'cd-ke-hoach-cchc') });
  const grid: Grid = {
    name: spec.name,
    rows: spec.rows.map((row) => row.map((c) => (c && c.value !== null && c.value !== '' ? { value: c.value } : undefined))),
    merges: spec.merges ?? [],
  };
  const model = new WorkbookModel([sheetFromGrid(grid)]);
  const pane = new PaneController(createOfficeAdapter(createExcelEmulator(model)));
  return { model, pane, sheet: model.sheets[0]! as SheetModel };
}

const rowTexts = (s: SheetModel, row: number) => [...Array(7).keys()].map((c) => s.cell(row - 1, c)?.value ?? null);

describe('Chèn nhiệm vụ mẫu names the sheet directory’s units', () => {
  test.each([
    ['UBND phường Đông Hà', 2026, 'Văn phòng HĐND và UBND phường', 'Trung tâm Phục vụ hành chính công phường'],
    ['UBND xã Tân Lập', 2027, 'Văn phòng HĐND và UBND xã', 'Trung tâm Phục vụ hành chính công xã'],
    ['UBND tỉnh Quảng Trị', 2027, 'Văn phòng UBND tỉnh', 'Trung tâm Phục vụ hành chính công tỉnh'],
    ['Sở Nội vụ', 2027, 'Văn phòng Sở', 'Trung tâm Phục vụ hành chính công'],
  ])('%s %d: lead %s, partner %s; the sheet still checks clean', async (body, year, lead, partner) => {
    const { pane, sheet } = open(body, year);
    await pane.check();
    const report = pane.getState().report!;
    expect(report.issues).toEqual([]);
    const section = report.layout!.sections.find((s) => s.title.includes('THỦ TỤC HÀNH CHÍNH'))!;
    const template = pane.library.find((t) => t.id === 'tthc-cong-khai')!;
    await pane.insertTemplate(template, { kind: 'section-end', sectionRow: section.row });
    if (pane.getState().question) await pane.answer(true);
    expect(pane.getState().error).toBeNull();
    const row = section.row + 1;
    expect(rowTexts(sheet, row).slice(1, 5)).toEqual([expect.stringContaining('Công khai'), expect.any(String), lead, partner]);
    await pane.check();
    expect(pane.getState().report!.issues.map((i) => `${i.severity} ${i.code} ${i.cell}`)).toEqual([]);
  });

  test('a lead the ward has no unit for is said, and nothing is written', async () => {
    const { model, pane } = open('UBND phường Đông Hà', 2026);
    const own = parseUserTemplates([{ id: 'rieng', area: 'CẢI CÁCH THỂ CHẾ', task: 'Tiếp công dân định kỳ', product: 'Sổ tiếp công dân', lead: '{thanh tra}', partners: '{văn phòng}', deadline: 'Thường xuyên', funding: 'Thường xuyên' }]);
    if (!own.ok) throw new Error(own.errors.join('\n'));
    await pane.check();
    const before = snapshot(model);
    const section = pane.getState().report!.layout!.sections[1]!;
    await pane.insertTemplate(own.value[0]!, { kind: 'section-end', sectionRow: section.row });
    expect(pane.getState().notice).toMatchObject({ intent: 'warning', text: expect.stringContaining('Bỏ qua nhiệm vụ mẫu "Tiếp công dân định kỳ"') });
    expect(pane.getState().notice!.text).toContain('"thanh tra"');
    expect(differences(before, snapshot(model))).toEqual([]);
  });
});

describe('Chèn nhiệm vụ mẫu speaks of the level of the sheet body (tỉnh, thành phố, xã, phường, đặc khu)', () => {
  test.each([
    // body, year, committee, budget, the lead of the procedures' publication
    ['UBND thành phố Hà Nội', 2026, 'UBND thành phố', 'Ngân sách thành phố', 'Văn phòng UBND thành phố'],
    ['UBND tỉnh Quảng Trị', 2027, 'UBND tỉnh', 'Ngân sách tỉnh', 'Văn phòng UBND tỉnh'],
    ['UBND xã Tân Lập', 2026, 'UBND xã', 'Ngân sách xã', 'Văn phòng HĐND và UBND xã'],
    ['UBND phường Ba Đình, thành phố Hà Nội', 2026, 'UBND phường', 'Ngân sách phường', 'Văn phòng HĐND và UBND phường'],
    ['UBND đặc khu Côn Cỏ', 2027, 'UBND đặc khu', 'Ngân sách đặc khu', 'Văn phòng HĐND và UBND đặc khu'],
    ['Sở Y tế thành phố Đà Nẵng', 2026, 'UBND thành phố', 'Ngân sách thành phố', 'Văn phòng Sở'],
  ])('%s %d: "Trình %s ...", funding %s, lead %s; the sheet checks clean', async (body, year, ubnd, budget, lead) => {
    const { pane, sheet } = open(body, year);
    const insert = async (id: string, area: string) => {
      await pane.check();
      const section = pane.getState().report!.layout!.sections.find((s) => s.title.includes(area))!;
      await pane.insertTemplate(pane.library.find((t) => t.id === id)!, { kind: 'section-end', sectionRow: section.row });
      if (pane.getState().question) await pane.answer(true);
      expect(pane.getState().error).toBeNull();
      return section.row + 1;
    };
    const published = await insert('tthc-cong-bo', 'THỦ TỤC HÀNH CHÍNH');
    expect(rowTexts(sheet, published).slice(1, 4)).toEqual([`Trình ${ubnd} công bố danh mục TTHC thuộc thẩm quyền quản lý`, 'Tờ trình', lead]);
    const news = await insert('ttr-tin-bai', 'THÔNG TIN, TUYÊN TRUYỀN');
    expect(rowTexts(sheet, news)[6]).toBe(budget);
    await pane.check();
    expect(pane.getState().report!.issues.map((i) => `${i.severity} ${i.code} ${i.cell}`)).toEqual([]);
  });
});

describe('Chèn nhiệm vụ mẫu with Cài đặt units: the message names the list in effect', () => {
  const own = parseUserTemplates([{ id: 'rieng', area: 'CẢI CÁCH THỂ CHẾ', task: 'Tiếp công dân định kỳ', product: 'Sổ tiếp công dân', lead: '{tài chính}', partners: '{văn phòng}', deadline: 'Thường xuyên', funding: 'Thường xuyên' }]);

  test.each<[string, 'replace' | 'extend', string | null]>([
    // mode, what the notice says (null: the task is written, nothing said)
    ['replace', 'replace', 'danh sách đơn vị riêng trong cài đặt (dùng thay danh mục "Sở, từ năm 2025'],
    ['extend', 'extend', null], // the directory's Phòng Kế hoạch - Tài chính is there
  ])('%s', async (_what, mode, said) => {
    if (!own.ok) throw new Error(own.errors.join('\n'));
    const { model, pane } = open('Sở Nội vụ', 2027);
    await pane.saveSettings({ ...pane.getState().settings, mode, units: [{ name: 'Văn phòng Sở', aliases: [] }] });
    await pane.check();
    const before = snapshot(model);
    const section = pane.getState().report!.layout!.sections[0]!;
    await pane.insertTemplate(own.value[0]!, { kind: 'section-end', sectionRow: section.row });
    if (pane.getState().question) await pane.answer(true);
    if (said === null) {
      expect(pane.getState().notice?.intent).not.toBe('warning');
      expect(differences(before, snapshot(model)).length).toBeGreaterThan(0);
    } else {
      expect(pane.getState().notice).toMatchObject({ intent: 'warning', text: expect.stringContaining(said) });
      expect(pane.getState().notice!.text).toContain('không có đơn vị chủ trì "tài chính"');
      // nothing written but the settings saved before the insert
      expect(differences(before, snapshot(model))).toEqual([]);
    }
  });
});
