/**
 * The web page's workbook applies the font-only fix of Unicode text left in a TCVN3/VNI font
 * (test/fixtures/legacy/legacy-font.xlsx): in memory the cells keep their text and get Times New
 * Roman, the check after it has no `text.legacy-font`, and the download hands the .xlsx writer
 * the same edits, so the file's cells (a rich cell's runs too, bold kept) say the same. A batch
 * whose cell changed since the check is refused whole.
 */
import fs from 'fs';
import path from 'path';
import { checkSheet, sheetContexts } from '../../src/core/engine';
import { combineFixes, type SetEdit } from '../../src/core/fix';
import { writeEdited } from '../../src/web/download';
import { MemoryWorkbook } from '../../src/web/memory-adapter';
import { refuseFlatteningRepairs } from '../../src/taskpane/state/rich-text';
import { readWorkbook } from '../../src/xlsx/read';

jest.setTimeout(60_000);

const dir = path.join(__dirname, '..', 'fixtures', 'legacy');
const input = new Uint8Array(fs.readFileSync(path.join(dir, 'legacy-font.xlsx')));
const expected = JSON.parse(fs.readFileSync(path.join(dir, 'legacy-font.expect.json'), 'utf8')) as Record<string, { code: string | null; font: string }>;
const planted = Object.entries(expected).filter(([, p]) => p.code === 'text.legacy-font').map(([cell]) => cell);
const at = (cell: string): [number, number] => [Number(cell.slice(1)) - 1, cell.charCodeAt(0) - 65];

async function checked(wb: MemoryWorkbook, read: ReturnType<typeof readWorkbook>) {
  const g = await wb.adapter.readActiveSheet();
  return { g, result: refuseFlatteningRepairs(checkSheet(g, {}, sheetContexts(read.grids)[0]), wb.adapter.keepsTextRuns?.() ?? false) };
}

test('every text.legacy-font fix applied: text kept, Times New Roman in memory and in the download', async () => {
  const read = readWorkbook(input);
  const wb = new MemoryWorkbook(read.grids);
  const { g, result } = await checked(wb, read);
  const fixes = result.fixes.filter((f) => f.issue.code === 'text.legacy-font');
  expect(fixes.map((f) => f.issue.cell).sort()).toEqual([...planted].sort());
  const combined = combineFixes(fixes);
  expect(combined.skipped).toEqual([]);
  await wb.adapter.applyBatch({ label: 'fonts', sheetId: g.sheetId, ops: combined.edits });

  const after = await checked(wb, read);
  expect(after.result.report.issues.filter((i) => i.code === 'text.legacy-font')).toEqual([]);
  const res = await writeEdited(read, wb);
  if (!res.ok) throw new Error(res.reasons.join('\n'));
  const back = readWorkbook(res.bytes).grids[0]!;
  for (const cell of planted) {
    const [r, c] = at(cell);
    expect([cell, back.rows[r]![c]!.value, back.rows[r]![c]!.font]).toEqual([cell, read.grids[0]!.rows[r]![c]!.value, 'Times New Roman']);
    expect([cell, after.g.rows[r]![c]!.font]).toEqual([cell, 'Times New Roman']);
  }
  // Cells no fix named keep their legacy fonts (text cells: the reader gives their font).
  for (const [cell, p] of Object.entries(expected)) {
    const [r, c] = at(cell);
    const now = back.rows[r]![c]!;
    if (p.code === null && typeof now.value === 'string') expect([cell, now.font]).toEqual([cell, p.font]);
  }
});

test('a cell changed since the check: the batch is refused, nothing written', async () => {
  const read = readWorkbook(input);
  const wb = new MemoryWorkbook(read.grids);
  const { g, result } = await checked(wb, read);
  const fix = result.fixes.find((f) => f.issue.code === 'text.legacy-font' && f.issue.cell === planted[0])!;
  const [r, c] = at(planted[0]!);
  // Another edit of the same cell first (as a person typing in the page would).
  await wb.adapter.applyBatch({ label: 'typed', sheetId: g.sheetId, ops: [{ kind: 'set', row: r + 1, col: c, address: planted[0]!, value: 'Nhiệm vụ khác', seen: (fix.edits[0] as SetEdit).seen }] });
  await expect(wb.adapter.applyBatch({ label: fix.label, sheetId: g.sheetId, ops: fix.edits })).rejects.toMatchObject({ kind: 'sheet-changed' });
  expect((await wb.adapter.readActiveSheet()).rows[r]![c]).toMatchObject({ value: 'Nhiệm vụ khác', font: expected[planted[0]!]!.font });
});
