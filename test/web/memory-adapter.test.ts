/**
 * The web checker's in-memory workbook keeps the pane's adapter contract (src/excel/types.ts) as
 * strictly as the Office adapter: a write whose expected values do not match is refused and
 * changes nothing; writes land only on the sheet they name; undo restores exactly, and only
 * while the sheet still holds what the write left. And its download (src/web/download.ts): the
 * net edits written by the surgical writer, every other part byte for byte.
 */
import fs from 'fs';
import path from 'path';
import fc from 'fast-check';
import { checkSheet, combineVerified, sheetContexts } from '../../src/core/engine';
import { seenOf, seenRowOf, type Edit } from '../../src/core/fix';
import type { Cell, Grid } from '../../src/core/grid';
import { WorkbookError, type WriteBatch } from '../../src/excel/types';
import { openPackage } from '../../src/xlsx/package';
import { readWorkbook } from '../../src/xlsx/read';
import { editedName, netEdits, writeEdited } from '../../src/web/download';
import { MemoryWorkbook } from '../../src/web/memory-adapter';
import { describeError } from '../../src/taskpane/errors';

const fixtures = path.join(__dirname, '..', 'fixtures');
const bytesOf = (name: string) => new Uint8Array(fs.readFileSync(path.join(fixtures, name)));

function small(): Grid {
  const c = (value: Cell['value'], extra: Partial<Cell> = {}): Cell => ({ value, ...extra });
  return {
    name: 'Phụ lục',
    rows: [
      [c('STT'), c('Nhiệm vụ'), c('Thời gian')],
      [c(1), c('Rà soát TTHC'), c('Quý I/2024')],
      [c(3), c('Tuyên truyền'), c('quý 2/2024')],
      [c(4), c('Báo cáo'), c(45000, { numFmt: 'dd/mm/yyyy' })],
      [c(5), c('Tổng'), c(12, { formula: 'A2+A3' })],
    ],
    merges: [{ top: 2, left: 1, bottom: 3, right: 1 }],
  };
}

async function refusal(p: Promise<unknown>): Promise<WorkbookError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(WorkbookError);
    return e as WorkbookError;
  }
  throw new Error('expected the write to be refused');
}

const snapshot = (wb: MemoryWorkbook) => JSON.stringify(wb.sheets.map((s) => ({ rows: s.rows, merges: s.merges, origin: s.origin })));

describe('MemoryWorkbook adapter: writes', () => {
  it('reads the active sheet as the Grid it holds, with a sheet id', async () => {
    const wb = new MemoryWorkbook([small()]);
    const g = await wb.adapter.readActiveSheet();
    expect(g.sheetId).toBe(wb.sheets[0]!.id);
    expect(g.rows[1]![2]!.value).toBe('Quý I/2024');
    expect(g.merges).toEqual(small().merges);
  });

  it('writes a batch whose seen values match, and Hoàn tác puts the sheet back', async () => {
    const wb = new MemoryWorkbook([small()]);
    const g = await wb.adapter.readActiveSheet();
    const before = snapshot(wb);
    await wb.adapter.applyBatch({
      label: 'Sửa STT',
      sheetId: g.sheetId,
      ops: [{ kind: 'set', row: 3, col: 0, address: 'A3', value: 2, seen: seenOf(g.rows[2]![0]) }],
    });
    expect((await wb.adapter.readActiveSheet()).rows[2]![0]!.value).toBe(2);
    // The formula that reads A3 is computed again, as Excel would.
    expect((await wb.adapter.readActiveSheet()).rows[4]![2]!.value).toBe(3);
    expect(wb.model.active.cell(2, 0)?.value).toBe(2); // the view shows it
    expect(wb.adapter.undoLabel()).toBe('Sửa STT');
    await expect(wb.adapter.undoLast()).resolves.toEqual({ label: 'Sửa STT', status: 'undone' });
    expect(snapshot(wb)).toBe(before);
    expect(wb.adapter.canUndo()).toBe(false);
    await expect(wb.adapter.undoLast()).resolves.toBeNull();
  });

  it.each<{ name: string; ops: (g: Grid) => WriteBatch['ops']; expectCells?: WriteBatch['expect'] }>([
    { name: 'a set whose cell changed', ops: () => [{ kind: 'set', row: 3, col: 0, address: 'A3', value: 2, seen: { value: 2 } }] },
    { name: 'a set over a formula seen as a value', ops: () => [{ kind: 'set', row: 5, col: 2, address: 'C5', value: 3, seen: { value: 12 } }] },
    { name: 'a set over a date seen as text', ops: () => [{ kind: 'set', row: 4, col: 2, address: 'C4', value: 'x', seen: { value: '15/03/2023' } }] },
    { name: 'a set on an empty cell seen full', ops: () => [{ kind: 'set', row: 9, col: 0, address: 'A9', value: 1, seen: { value: 'x' } }] },
    { name: 'a deletion of a row holding more than seen', ops: (g) => [{ kind: 'delete-row', row: 3, seen: seenRowOf(g, 2).slice(0, 2) }] },
    { name: 'a deletion of a row seen otherwise', ops: () => [{ kind: 'delete-row', row: 3, seen: [{ value: 3 }, { value: 'Khác' }] }] },
    { name: 'a good set with a stale expectation', ops: (g) => [{ kind: 'set', row: 3, col: 0, address: 'A3', value: 2, seen: seenOf(g.rows[2]![0]) }],
      expectCells: [{ row: 2, col: 2, seen: { value: 'Quý II/2024' } }] },
    { name: 'a good set after a stale one in the same batch', ops: (g) => [
        { kind: 'set', row: 2, col: 2, address: 'C2', value: 'Quý I/2024', seen: seenOf(g.rows[1]![2]) },
        { kind: 'set', row: 3, col: 2, address: 'C3', value: 'Quý II/2024', seen: { value: 'Quý II/2024' } },
      ] },
  ])('refuses $name, writing nothing', async ({ ops, expectCells }) => {
    const wb = new MemoryWorkbook([small()]);
    const g = await wb.adapter.readActiveSheet();
    const before = snapshot(wb);
    const e = await refusal(wb.adapter.applyBatch({ label: 'x', sheetId: g.sheetId, ops: ops(g), expect: expectCells }));
    expect(e.kind).toBe('sheet-changed');
    expect(e.detail.reason).toBe('cells-changed');
    expect(e.detail.changes!.length).toBeGreaterThan(0);
    expect(snapshot(wb)).toBe(before);
    expect(wb.adapter.canUndo()).toBe(false);
  });

  it('writes only to the sheet the batch names', async () => {
    const other: Grid = { ...small(), name: 'Dự toán' };
    const wb = new MemoryWorkbook([small(), other]);
    const g = await wb.adapter.readActiveSheet();
    const e = await refusal(wb.adapter.applyBatch({ label: 'x', sheetId: 'no-such-sheet', ops: [] }));
    expect(e.kind).toBe('sheet-changed');
    expect(e.detail.reason).toBe('sheet-gone');
    // Another tab active: the batch still lands on the sheet it was computed from.
    wb.activate(1);
    await wb.adapter.applyBatch({ label: 'x', sheetId: g.sheetId, ops: [{ kind: 'set', row: 3, col: 0, address: 'A3', value: 2, seen: { value: 3 } }] });
    expect(wb.sheets[0]!.rows[2]![0]!.value).toBe(2);
    expect(wb.sheets[1]!.rows[2]![0]!.value).toBe(3);
    expect((await wb.adapter.readActiveSheet()).sheetId).toBe(wb.sheets[1]!.id);
  });

  it('selects and scrolls to a cell in the view', async () => {
    const wb = new MemoryWorkbook([small()]);
    await wb.adapter.selectCell('C4');
    expect(wb.model.selection).toEqual({ sheet: 'Phụ lục', rect: { top: 3, left: 2, bottom: 3, right: 2 } });
    await expect(wb.adapter.selectedRow()).resolves.toBe(4);
  });

  it('refuses Hoàn tác when the cells no longer hold what the write left', async () => {
    const wb = new MemoryWorkbook([small()]);
    const g = await wb.adapter.readActiveSheet();
    await wb.adapter.applyBatch({ label: 'Sửa', sheetId: g.sheetId, ops: [{ kind: 'set', row: 3, col: 0, address: 'A3', value: 2, seen: { value: 3 } }] });
    // Someone changes the cell afterwards (as a person would in Excel).
    const s = wb.sheets[0]!;
    s.rows = s.rows.slice();
    s.rows[2] = [{ value: 7 }, ...s.rows[2]!.slice(1)];
    const e = await refusal(wb.adapter.undoLast());
    expect(e.kind).toBe('undo-stale');
    expect(e.detail.changes![0]).toMatchObject({ address: 'A3', expected: '2', found: '7' });
    expect(s.rows[2]![0]!.value).toBe(7);
    expect(wb.adapter.canUndo()).toBe(true);
  });

  it('inserts rows, then sets rows as they are after the insert, deletes rows as before the batch', async () => {
    const wb = new MemoryWorkbook([small()]);
    const g = await wb.adapter.readActiveSheet();
    await wb.adapter.applyBatch({
      label: 'Chèn',
      sheetId: g.sheetId,
      ops: [
        { kind: 'insert-rows', beforeRow: 3, values: [[2, 'Mới', 'Quý II/2024']], formatLikeRow: 2 },
        { kind: 'set', row: 4, col: 0, address: 'A4', value: 3, seen: { value: 3 } },
        { kind: 'set', row: 5, col: 0, address: 'A5', value: 4, seen: { value: 4 } },
        { kind: 'delete-row', row: 5, seen: seenRowOf(g, 4) },
      ],
    });
    const s = wb.sheets[0]!;
    expect(s.rows.map((r) => r[1]?.value)).toEqual(['Nhiệm vụ', 'Rà soát TTHC', 'Mới', 'Tuyên truyền', 'Báo cáo']);
    expect(s.origin).toEqual([0, 1, null, 2, 3]);
    // The merge over B3:B4 moved down with its rows.
    expect(s.merges).toEqual([{ top: 3, left: 1, bottom: 4, right: 1 }]);
    // An inserted row cannot go into the file: the download says so and offers nothing.
    const read = readWorkbook(bytesOf('quang-tri-2024.xlsx'));
    const res = writeEdited(read, wb);
    expect(res.ok).toBe(false);
    expect(!res.ok && res.reasons.join(' ')).toMatch(/dòng chèn thêm/);
  });

  it('refuses drop-down lists (the writer cannot keep them) before changing anything', async () => {
    const wb = new MemoryWorkbook([small()]);
    const g = await wb.adapter.readActiveSheet();
    const e = await refusal(wb.adapter.setListValidation(g.sheetId, [{ col: 2, firstRow: 2, lastRow: 5, items: ['a'] }]));
    expect(e.kind).toBe('unsupported');
    // The pane shows the page's own reason, not the one about old Excel versions.
    const shown = describeError(e);
    expect(shown.message).toMatch(/Danh sách chọn chưa ghi được vào tệp tải về/);
    expect(shown.message).not.toMatch(/Phiên bản Excel/);
  });

  it('property: a random batch is written iff every seen value matches; refused batches change nothing; undo restores', async () => {
    const values = fc.oneof(fc.constantFrom<string | number | null>(null, 'Quý I/2024', 'x', 0, 1, 45000), fc.string({ maxLength: 4 }), fc.integer({ min: -5, max: 5 }));
    const op = fc.record({ row: fc.integer({ min: 1, max: 7 }), col: fc.integer({ min: 0, max: 3 }), value: values, lie: fc.option(values, { freq: 3 }) });
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 6 }), async (ops) => {
        const wb = new MemoryWorkbook([small()]);
        const g = await wb.adapter.readActiveSheet();
        const before = snapshot(wb);
        let honest = true;
        const edits: Edit[] = ops.map((o) => {
          const cell = g.rows[o.row - 1]?.[o.col];
          const seen = o.lie === null ? seenOf(cell) : { value: o.lie };
          // The contract's rule (src/core/fix/seen.ts): a formula by its text, else the value.
          const holds = o.lie === null || (cell?.formula === undefined && cell?.error === undefined && (seenOf(cell).value ?? null) === (o.lie === '' ? null : o.lie));
          if (!holds) honest = false;
          return { kind: 'set', row: o.row, col: o.col, address: 'X', value: o.value, seen };
        });
        let written = true;
        try {
          await wb.adapter.applyBatch({ label: 'p', sheetId: g.sheetId, ops: edits });
        } catch (e) {
          written = false;
          expect((e as WorkbookError).kind).toBe('sheet-changed');
        }
        expect(written).toBe(honest);
        if (!written) expect(snapshot(wb)).toBe(before);
        else {
          const last = new Map(edits.map((e) => [`${e.row},${(e as { col: number }).col}`, e]));
          const now = await wb.adapter.readActiveSheet();
          for (const e of last.values()) if (e.kind === 'set') expect(now.rows[e.row - 1]?.[e.col]?.value ?? null).toBe(e.value === '' ? null : e.value);
          await wb.adapter.undoLast();
          expect(snapshot(wb)).toBe(before);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('the download: net edits through the surgical writer', () => {
  jest.setTimeout(60_000);

  it('writes every safe fix of a real appendix; the fixed values read back, every other part byte for byte', async () => {
    const input = bytesOf('quang-tri-2024.xlsx');
    const read = readWorkbook(input);
    const wb = new MemoryWorkbook(read.grids);
    const g = await wb.adapter.readActiveSheet();
    const contexts = sheetContexts(read.grids);
    const result = checkSheet(g, {}, contexts[0]);
    const safe = result.fixes.filter((f) => f.safe);
    expect(safe.length).toBeGreaterThan(0);
    const batch = combineVerified(g, safe, {}, contexts[0]);
    const ops = batch.applied.flatMap((f) => f.edits);
    expect(ops.length).toBeGreaterThan(0);
    await wb.adapter.applyBatch({ label: 'Sửa tất cả', sheetId: g.sheetId, ops });
    const after = await wb.adapter.readActiveSheet();

    const res = writeEdited(read, wb);
    if (!res.ok) throw new Error(res.reasons.join('\n'));
    const back = readWorkbook(res.bytes);
    // What the file holds now is what the page showed.
    const want = after.rows.map((r) => (r ?? []).map((c) => seenOf(c).value));
    const got = back.grids[0]!.rows.map((r) => (r ?? []).map((c) => seenOf(c).value));
    for (let r = 0; r < Math.max(want.length, got.length); r++) {
      const a = (want[r] ?? []).slice();
      const b = (got[r] ?? []).slice();
      while (a.length && a[a.length - 1] === null) a.pop();
      while (b.length && b[b.length - 1] === null) b.pop();
      expect({ row: r + 1, cells: b }).toEqual({ row: r + 1, cells: a });
    }
    // And the check finds nothing the fixes repaired.
    const again = checkSheet(back.grids[0]!, {}, sheetContexts(back.grids)[0]);
    expect(again.fixes.filter((f) => f.safe)).toEqual([]);
    // Every part that was not edited is the same zip record, byte for byte.
    const a = openPackage(input);
    const b = openPackage(res.bytes);
    expect(res.changedParts.length).toBeGreaterThan(0);
    for (const e of a.zip.entries) {
      if (res.changedParts.includes(e.name)) continue;
      const other = b.zip.get(e.name);
      expect({ part: e.name, present: other !== undefined }).toEqual({ part: e.name, present: true });
      expect({ part: e.name, same: Buffer.from(other!.localRecord).equals(Buffer.from(e.localRecord)) }).toEqual({ part: e.name, same: true });
    }
    for (const p of res.changedParts) expect(p).toMatch(/^xl\/(worksheets\/sheet\d+\.xml|sharedStrings\.xml|calcChain\.xml|_rels\/workbook\.xml\.rels)$|^\[Content_Types\]\.xml$/);
  });

  it('with nothing edited, offers the same bytes', () => {
    const input = bytesOf('quang-tri-2024.xlsx');
    const read = readWorkbook(input);
    const wb = new MemoryWorkbook(read.grids);
    expect(netEdits(wb.sheets[0]!).edits).toEqual([]);
    const res = writeEdited(read, wb);
    expect(res.ok && res.edits).toBe(0);
    expect(res.ok && Buffer.from(res.bytes).equals(Buffer.from(input))).toBe(true);
  });

  it('names the copy "<name> (đã sửa).xlsx" and never the original name', () => {
    expect(editedName('Phụ lục 2024.xlsx')).toBe('Phụ lục 2024 (đã sửa).xlsx');
    expect(editedName('KH.XLSX')).toBe('KH (đã sửa).xlsx');
    expect(editedName('macro.xlsm')).toBe('macro (đã sửa).xlsm');
    expect(editedName('không đuôi')).toBe('không đuôi (đã sửa).xlsx');
  });
});

describe('MemoryWorkbook adapter: formulas (Dự toán)', () => {
  it('computes a formula it writes, and the download refuses it with the reason', async () => {
    const wb = new MemoryWorkbook([small()]);
    const g = await wb.adapter.readActiveSheet();
    await wb.adapter.applyBatch({ label: 'Dự toán', sheetId: g.sheetId, ops: [{ kind: 'formula', row: 6, col: 0, formula: 'SUM(A2:A5)', seen: { value: null } }] });
    const now = await wb.adapter.readActiveSheet();
    expect(now.rows[5]![0]).toMatchObject({ formula: 'SUM(A2:A5)', value: 13 });
    expect(netEdits(wb.sheets[0]!).unwritable.join(' ')).toMatch(/công thức ở A6/);
    await wb.adapter.undoLast();
    expect(netEdits(wb.sheets[0]!)).toEqual({ sheet: 'Phụ lục', edits: [], unwritable: [] });
  });
});
