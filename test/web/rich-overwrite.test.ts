/**
 * A fix that is not a legacy repair (a deadline written the standard way) over a cell of the
 * file holding rich text: the download's .xlsx writer would refuse it (XS.richTextLost), so the
 * web page's workbook refuses it when the fix is applied, naming the cell, with nothing changed.
 * The same deadline as plain text is written and downloaded; a legacy repair of a rich cell
 * still goes through (decoded run by run at download).
 */
import fs from 'fs';
import path from 'path';
import { checkSheet, sheetContexts } from '../../src/core/engine';
import { writeEdited } from '../../src/web/download';
import { MemoryWorkbook } from '../../src/web/memory-adapter';
import { WorkbookError } from '../../src/excel/types';
import { readWorkbook } from '../../src/xlsx/read';

jest.setTimeout(60_000);

const fixture = (...p: string[]) => new Uint8Array(fs.readFileSync(path.join(__dirname, '..', 'fixtures', ...p)));

async function open(file: Uint8Array) {
  const read = readWorkbook(file);
  const wb = new MemoryWorkbook(read.grids, { richText: read.richText });
  const grid = await wb.adapter.readActiveSheet();
  const fixes = checkSheet(grid, {}, sheetContexts(read.grids)[0]).fixes;
  return { read, wb, grid, fixes };
}

describe.each([
  ['a shared string of two runs', 'rich-deadline.xlsx', true],
  ['an inline string of two runs', 'rich-deadline-inline.xlsx', true],
  ['one plain shared string', 'plain-deadline.xlsx', false],
] as const)('the deadline fix over D8 holding %s', (_name, file, rich) => {
  it(rich ? 'is refused when applied: nothing changed, the cell named' : 'is written and downloaded', async () => {
    const { read, wb, grid, fixes } = await open(fixture('web', file));
    expect(read.richText.get(grid.name)?.has('7,3') ?? false).toBe(rich);
    const fix = fixes.find((f) => f.issue.cell === 'D8' && f.issue.code.startsWith('deadline.'));
    expect(fix?.edits).toEqual([expect.objectContaining({ kind: 'set', row: 8, col: 3, value: 'Quý II/2026' })]);
    const outcome = await wb.adapter.applyBatch({ label: fix!.label, sheetId: grid.sheetId, ops: fix!.edits }).then(
      () => undefined,
      (e: unknown) => e,
    );
    const now = (await wb.adapter.readActiveSheet()).rows[7]?.[3]?.value;
    if (rich) {
      expect(outcome).toBeInstanceOf(WorkbookError);
      expect(outcome).toMatchObject({ kind: 'unsupported', detail: { cells: ['D8'], userMessage: expect.stringMatching(/D8.*định dạng từng phần/) } });
      expect(now).toBe('Quý 2 năm 2026');
      expect(wb.adapter.canUndo()).toBe(false);
    } else {
      expect(outcome).toBeUndefined();
      expect(now).toBe('Quý II/2026');
      const res = writeEdited(read, wb);
      if (!res.ok) throw new Error(res.reasons.join('\n'));
      expect(readWorkbook(res.bytes).grids[0]!.rows[7]![3]!.value).toBe('Quý II/2026');
    }
  });
});

test('Sửa tất cả with the deadline fix over a rich cell: the whole batch refused, the legacy repair of rich B7 alone goes through', async () => {
  const { read, wb, grid, fixes } = await open(fixture('web', 'rich-deadline.xlsx'));
  const legacy = fixes.find((f) => f.issue.code === 'text.legacy-encoding' && f.issue.cell === 'B7');
  const deadline = fixes.find((f) => f.issue.cell === 'D8' && f.issue.code.startsWith('deadline.'));
  expect(read.richText.get(grid.name)?.has('6,1')).toBe(true);
  await expect(wb.adapter.applyBatch({ label: 'Sửa tất cả', sheetId: grid.sheetId, ops: [...legacy!.edits, ...deadline!.edits] })).rejects.toMatchObject({
    kind: 'unsupported',
    detail: { cells: ['D8'] },
  });
  expect((await wb.adapter.readActiveSheet()).rows[6]?.[1]?.value).toBe(grid.rows[6]?.[1]?.value);
  await wb.adapter.applyBatch({ label: legacy!.label, sheetId: grid.sheetId, ops: legacy!.edits });
  expect((await wb.adapter.readActiveSheet()).rows[6]?.[1]?.value).toBe('Ban hành kế hoạch năm 2026');
  const res = writeEdited(read, wb);
  if (!res.ok) throw new Error(res.reasons.join('\n'));
  expect(readWorkbook(res.bytes).grids[0]!.rows[6]![1]!.value).toBe('Ban hành kế hoạch năm 2026');
});
