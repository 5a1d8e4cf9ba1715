/**
 * The web page's workbook repairs legacy text in a rich cell (a bold word in a .VnTime cell)
 * through the same adapter contract as Excel: the download hands the .xlsx writer the repair as
 * a legacy edit, so each run is decoded with its bold kept and its .VnTime renamed; a plain
 * write over the same rich cell is refused with a Vietnamese reason, never flattened.
 */
import fs from 'fs';
import path from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { checkSheet, sheetContexts } from '../../src/core/engine';
import type { Edit } from '../../src/core/fix';
import { writeEdited } from '../../src/web/download';
import { MemoryWorkbook } from '../../src/web/memory-adapter';
import { refuseFlatteningRepairs } from '../../src/taskpane/state/rich-text';
import { readWorkbook } from '../../src/xlsx/read';

jest.setTimeout(60_000);

const input = new Uint8Array(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'legacy', 'rich-tcvn3.xlsx')));

async function repairB7(strip: boolean) {
  const read = readWorkbook(input);
  const wb = new MemoryWorkbook(read.grids);
  expect(wb.adapter.keepsTextRuns?.()).toBe(true);
  const g = await wb.adapter.readActiveSheet();
  const checked = refuseFlatteningRepairs(checkSheet(g, {}, sheetContexts(read.grids)[0]), wb.adapter.keepsTextRuns?.() ?? false);
  const fix = checked.fixes.find((f) => f.issue.code === 'text.legacy-encoding' && f.issue.cell === 'B7');
  expect(fix).toBeDefined();
  // `strip`: the same text written as a plain edit (no `legacy`), as any other fix would.
  const ops = fix!.edits.map((e): Edit => (strip && e.kind === 'set' ? { ...e, legacy: undefined } : e));
  await wb.adapter.applyBatch({ label: fix!.label, sheetId: g.sheetId, ops });
  expect((await wb.adapter.readActiveSheet()).rows[6]?.[1]?.value).toBe('Ban hành kế hoạch năm 2026');
  return writeEdited(read, wb);
}

test('a legacy repair is downloaded run by run: the bold run stays bold, .VnTime becomes Times New Roman', async () => {
  const res = await repairB7(false);
  if (!res.ok) throw new Error(res.reasons.join('\n'));
  const back = readWorkbook(res.bytes);
  expect(back.grids[0]!.rows[6]![1]!.value).toBe('Ban hành kế hoạch năm 2026');
  const sst = strFromU8(unzipSync(res.bytes)['xl/sharedStrings.xml']!);
  expect(sst).toContain('<r><rPr><b/><sz val="13"/><color theme="1"/><rFont val="Times New Roman"/><family val="2"/></rPr><t>Ban hành</t></r>');
  expect(sst).toContain('<r><rPr><sz val="13"/><color theme="1"/><rFont val="Times New Roman"/><family val="2"/></rPr><t xml:space="preserve"> kế hoạch năm 2026</t></r>');
  // The cell's own font was .VnTime: it is Times New Roman now (the download carries the edit's font).
  expect(readWorkbook(input).grids[0]!.rows[6]![1]!.font).toBe('.VnTime');
  expect(back.grids[0]!.rows[6]![1]!.font).toBe('Times New Roman');
});

test('a plain write over the same rich cell is refused at download, with the cell named', async () => {
  const res = await repairB7(true);
  expect(res.ok).toBe(false);
  expect(res.ok ? [] : res.reasons).toEqual([expect.stringMatching(/B7.*định dạng từng phần/)]);
});
