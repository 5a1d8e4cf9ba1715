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
import { a1, type Cell, type Grid } from '../../src/core/grid';
import { WorkbookError, type WriteBatch } from '../../src/excel/types';
import { openPackage } from '../../src/xlsx/package';
import { readWorkbook } from '../../src/xlsx/read';
import { editedName, netEdits, writeEdited } from '../../src/web/download';
import { MemoryWorkbook } from '../../src/web/memory-adapter';
import { describeError } from '../../src/taskpane/errors';
import { PaneController } from '../../src/taskpane/state/controller';

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
    // The download inserts the row before the file's row 3, formatted like the file's row 2.
    const net = netEdits(s);
    expect(net.unwritable).toEqual([]);
    expect(net.edits).toContainEqual({ kind: 'insert-row', row: 3, count: 1, like: 2, values: [[2, 'Mới', 'Quý II/2024']] });
    expect(net.edits).toContainEqual(expect.objectContaining({ kind: 'delete-row', row: 5 }));
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
    // A workbook under another extension: the copy is an .xlsx, without the wrong extension.
    expect(editedName('renamed.txt')).toBe('renamed (đã sửa).xlsx');
    expect(editedName('Phụ lục 2024.xlsx.bak')).toBe('Phụ lục 2024.xlsx (đã sửa).xlsx');
    expect(editedName('ke-hoach.v2.zip')).toBe('ke-hoach.v2 (đã sửa).xlsx');
    expect(editedName('.txt')).toBe('.txt (đã sửa).xlsx');
    expect(editedName('cũ.xls')).toBe('cũ (đã sửa).xlsx');
  });
});

describe('MemoryWorkbook adapter: formulas (Dự toán)', () => {
  it('computes a formula it writes, and the download writes it as a formula', async () => {
    const wb = new MemoryWorkbook([small()]);
    const g = await wb.adapter.readActiveSheet();
    await wb.adapter.applyBatch({ label: 'Dự toán', sheetId: g.sheetId, ops: [{ kind: 'formula', row: 6, col: 0, formula: 'SUM(A2:A5)', seen: { value: null } }] });
    const now = await wb.adapter.readActiveSheet();
    expect(now.rows[5]![0]).toMatchObject({ formula: 'SUM(A2:A5)', value: 13 });
    expect(netEdits(wb.sheets[0]!)).toEqual({ sheet: 'Phụ lục', edits: [{ kind: 'insert-row', row: 6, count: 1, values: [[{ formula: 'SUM(A2:A5)' }]] }], unwritable: [] });
    await wb.adapter.undoLast();
    expect(netEdits(wb.sheets[0]!)).toEqual({ sheet: 'Phụ lục', edits: [], unwritable: [] });
  });
});

describe('the download after Chèn nhiệm vụ mẫu and Dự toán', () => {
  jest.setTimeout(60_000);

  it('writes the inserted row and the formula; references below move as in Excel; the rest reads back as the page showed', async () => {
    const input = bytesOf('quang-tri-2024.xlsx');
    const read = readWorkbook(input);
    const wb = new MemoryWorkbook(read.grids);
    const g = await wb.adapter.readActiveSheet();
    // A task row with a number in some column: insert a sample task above the last data row.
    const height = g.rows.length;
    const at = Math.max(3, height - 1);
    const width = Math.max(...g.rows.map((r) => r?.length ?? 0));
    await wb.adapter.applyBatch({
      label: 'Chèn nhiệm vụ mẫu',
      sheetId: g.sheetId,
      ops: [{ kind: 'insert-rows', beforeRow: at, values: [['', 'Nhiệm vụ mẫu', 'Quý IV/2024']], formatLikeRow: at - 1 }],
    });
    const g2 = await wb.adapter.readActiveSheet();
    const fRow = g2.rows.length + 2;
    await wb.adapter.applyBatch({
      label: 'Dự toán',
      sheetId: g2.sheetId,
      ops: [{ kind: 'formula', row: fRow, col: width - 1, formula: `COUNTA(B1:B${g2.rows.length})`, seen: { value: null } }],
    });
    const after = await wb.adapter.readActiveSheet();

    const res = writeEdited(read, wb);
    if (!res.ok) throw new Error(res.reasons.join('\n'));
    const back = readWorkbook(res.bytes);
    const sheet = back.grids[0]!;
    expect(sheet.rows[at - 1]?.[1]?.value).toBe('Nhiệm vụ mẫu');
    expect(sheet.rows[at - 1]?.[2]?.value).toBe('Quý IV/2024');
    expect(sheet.rows[fRow - 1]?.[width - 1]).toMatchObject({ formula: `COUNTA(B1:B${g2.rows.length})` });
    // Every other cell holds what the page shows (formulas compared by their values).
    for (let r = 0; r < after.rows.length; r++) {
      if (r === fRow - 1) continue;
      const a = Array.from(after.rows[r] ?? [], (c) => (c?.formula !== undefined ? null : (seenOf(c).value ?? null)));
      const b = Array.from(sheet.rows[r] ?? [], (c) => (c?.formula !== undefined ? null : (seenOf(c).value ?? null)));
      while (a.length && a[a.length - 1] === null) a.pop();
      while (b.length && b[b.length - 1] === null) b.pop();
      expect({ row: r + 1, cells: b }).toEqual({ row: r + 1, cells: a });
    }
    // The new formula has no cached value: Excel recalculates on open.
    const wbXml = new TextDecoder().decode(openPackage(res.bytes).part('xl/workbook.xml'));
    expect(wbXml).toMatch(/fullCalcOnLoad="(1|true)"/);
    // Parts the edits do not concern are the same bytes.
    const inPkg = openPackage(input);
    const outPkg = openPackage(res.bytes);
    for (const e of inPkg.zip.entries) {
      if (res.changedParts.includes(e.name) || e.name === 'xl/calcChain.xml') continue;
      expect({ name: e.name, same: Buffer.from(outPkg.part(e.name) ?? []).equals(Buffer.from(inPkg.part(e.name) ?? [])) }).toEqual({ name: e.name, same: true });
    }
    expect(res.changedParts).toEqual(expect.arrayContaining(['xl/worksheets/sheet1.xml']));
  });
});

/** Every formula of every sheet, by sheet and address (without "="). */
function formulasOf(grids: readonly Grid[]): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const g of grids) {
    const m: Record<string, string> = {};
    g.rows.forEach((row, r) => row?.forEach((c, col) => c?.formula !== undefined && (m[a1(r, col)] = c.formula.replace(/^=/, ''))));
    out[g.name] = m;
  }
  return out;
}

/** Sửa tất cả of the sheet `index` through the adapter, as the pane does it; the ops written. */
async function fixAll(wb: MemoryWorkbook, grids: readonly Grid[], index: number): Promise<Edit[]> {
  wb.activate(index);
  const g = await wb.adapter.readActiveSheet();
  const ctx = sheetContexts(grids)[index];
  const result = checkSheet(g, {}, ctx);
  const batch = combineVerified(g, result.fixes.filter((f) => f.safe), {}, ctx);
  const ops = batch.applied.flatMap((f) => f.edits);
  await wb.adapter.applyBatch({ label: 'Sửa tất cả', sheetId: g.sheetId, ops });
  return ops;
}

describe('MemoryWorkbook: formulas across sheets', () => {
  jest.setTimeout(60_000);
  const cases = ['cases/delete-row-references.xlsx', 'web/cross-sheet-references.xlsx'];

  it('shows the values a file stores for formulas on other sheets, never #NAME?', () => {
    const wb = new MemoryWorkbook(readWorkbook(bytesOf('cases/delete-row-references.xlsx')).grids);
    const stats = wb.model.sheets[1]!;
    expect(stats.name).toBe('Thống kê');
    expect(stats.text(0, 1)).toBe('5');
    expect(stats.text(1, 1)).toBe('Tháng 6/2024');
    // openpyxl saves no values: the reader computes them across sheets, and the page shows those.
    const own = new MemoryWorkbook(readWorkbook(bytesOf('web/cross-sheet-references.xlsx')).grids);
    const [tasks, sums, notes] = own.model.sheets;
    expect(tasks!.text(10, 4)).toBe('100');
    expect([0, 1, 2, 3, 4, 5].map((r) => sums!.text(r, 1))).toEqual(['100', '6', 'Rà soát thủ tục hành chính', 'Nhiệm vụ', '170', '100']);
    expect(notes!.text(0, 0)).toBe('Hạn cuối: Quý IV/2025');
    expect(notes!.text(1, 0)).toBe('100');
    // A formula the evaluator cannot compute shows the file's value as well.
    const cached = new MemoryWorkbook([
      { name: 'A', rows: [[{ value: 7 }]], merges: [] },
      { name: 'B', rows: [[{ value: 46000, formula: 'TODAY()', numFmt: 'dd/mm/yyyy' }, { value: 3, formula: "INDIRECT(\"A!A1\")" }]], merges: [] },
    ]);
    expect(cached.model.sheets[1]!.text(0, 0)).toBe('09/12/2025');
    expect(cached.model.sheets[1]!.text(0, 1)).toBe('3');
  });

  it.each(cases)('%s: after Sửa tất cả, every sheet\'s formulas on the page are the downloaded file\'s', async (file) => {
    const read = readWorkbook(bytesOf(file));
    const wb = new MemoryWorkbook(read.grids);
    const ops = await fixAll(wb, read.grids, 0);
    expect(ops.some((o) => o.kind === 'delete-row')).toBe(true);
    const res = writeEdited(read, wb);
    if (!res.ok) throw new Error(res.reasons.join('\n'));
    const back = readWorkbook(res.bytes);
    expect(formulasOf(wb.sheets.map((s) => wb.gridOf(s)))).toEqual(formulasOf(back.grids));
    // And the values shown are the values the file's formulas compute (the reader computes none: compare with the cached-free read).
    for (const [i, s] of wb.sheets.entries()) {
      const page = wb.gridOf(s).rows.map((r) => (r ?? []).map((c) => (c?.formula !== undefined ? seenOf(c).value : undefined)));
      const file = readWorkbook(res.bytes).grids[i]!.rows.map((r) => (r ?? []).map((c) => (c?.formula !== undefined ? seenOf(c).value : undefined)));
      expect({ sheet: s.name, values: page }).toEqual({ sheet: s.name, values: file });
    }
  });

  it('delete-row-references: references to the deleted header go #REF!, the others move up (this sheet and «Thống kê»)', async () => {
    const read = readWorkbook(bytesOf('cases/delete-row-references.xlsx'));
    const wb = new MemoryWorkbook(read.grids);
    // Sửa tất cả while «Thống kê» is shown: the batch names «Phụ lục» by id.
    wb.activate(1);
    wb.activate(0);
    const g = await wb.adapter.readActiveSheet();
    wb.activate(1);
    const result = checkSheet(g, {}, sheetContexts(read.grids)[0]);
    const ops = combineVerified(g, result.fixes.filter((f) => f.safe), {}, sheetContexts(read.grids)[0]).applied.flatMap((f) => f.edits);
    expect(ops).toContainEqual(expect.objectContaining({ kind: 'delete-row', row: 9 }));
    await wb.adapter.applyBatch({ label: 'Sửa tất cả', sheetId: g.sheetId, ops });
    const [tasks, stats] = wb.sheets;
    expect(tasks!.rows[10]![6]).toMatchObject({ formula: 'E11', value: 'Quý II/2024' });
    // COUNTA counts an error value as one (Microsoft: "COUNTA counts cells containing any type of
    // information, including error values"): 6 tasks left, minus 1.
    expect(stats!.rows[0]![1]).toMatchObject({ formula: "COUNTA('Phụ lục'!B7:B12)-COUNTA('Phụ lục'!#REF!)", value: 5 });
    // E13 moved up to E12 (and Sửa tất cả wrote its deadline in the standard form): the formula reads it.
    expect(tasks!.rows[11]![4]!.value).toBe('Tháng 06/2024');
    expect(stats!.rows[1]![1]).toMatchObject({ formula: "'Phụ lục'!E12", value: 'Tháng 06/2024' });
    // The view draws what the sheets hold.
    expect(wb.model.sheets[1]!.text(0, 1)).toBe('5');
    expect(wb.model.sheets[1]!.cell(1, 1)?.formula).toBe("='Phụ lục'!E12");
    // Hoàn tác puts back both sheets.
    await wb.adapter.undoLast();
    expect(stats!.rows[0]![1]).toMatchObject({ formula: "COUNTA('Phụ lục'!B7:B13)-COUNTA('Phụ lục'!B9)", value: 5 });
    expect(stats!.rows[1]![1]).toMatchObject({ formula: "'Phụ lục'!E13", value: 'Tháng 6/2024' });
    expect(wb.model.sheets[1]!.cell(1, 1)?.formula).toBe("='Phụ lục'!E13");
  });

  it('inserted rows move the references of every sheet as the downloaded file has them; values follow', async () => {
    const read = readWorkbook(bytesOf('web/cross-sheet-references.xlsx'));
    const wb = new MemoryWorkbook(read.grids);
    const g = await wb.adapter.readActiveSheet();
    await wb.adapter.applyBatch({
      label: 'Chèn nhiệm vụ mẫu',
      sheetId: g.sheetId,
      ops: [{ kind: 'insert-rows', beforeRow: 9, values: [[4, 'Nhiệm vụ mẫu', 'Sở Tư pháp', 'Quý IV/2025', 5]], formatLikeRow: 8 }],
    });
    const [tasks, sums, notes] = wb.sheets;
    expect(tasks!.rows[11]![4]).toMatchObject({ formula: 'SUM(E5:E11)', value: 105 });
    expect(sums!.rows[0]![1]).toMatchObject({ formula: "SUM('Nhiệm vụ'!E5:E11)", value: 105 });
    expect(sums!.rows[4]![1]).toMatchObject({ formula: "SUM('Nhiệm vụ'!$E$8:$E$11)+B1", value: 180 });
    expect(sums!.rows[5]![1]).toMatchObject({ formula: "'Nhiệm vụ'!E12", value: 105 });
    expect(notes!.rows[0]![0]).toMatchObject({ formula: "\"Hạn cuối: \"&'Nhiệm vụ'!D11" });
    expect(notes!.rows[1]![0]).toMatchObject({ formula: "MAX('Tổng hợp'!B1,'Nhiệm vụ'!E11)", value: 105 });
    const res = writeEdited(read, wb);
    if (!res.ok) throw new Error(res.reasons.join('\n'));
    expect(formulasOf(wb.sheets.map((s) => wb.gridOf(s)))).toEqual(formulasOf(readWorkbook(res.bytes).grids));
    // Then a deletion in the same session: the file still agrees.
    const g2 = await wb.adapter.readActiveSheet();
    await wb.adapter.applyBatch({ label: 'Xoá', sheetId: g2.sheetId, ops: [{ kind: 'delete-row', row: 7, seen: seenRowOf(g2, 6) }] });
    expect(sums!.rows[3]![1]).toMatchObject({ formula: "'Nhiệm vụ'!#REF!", error: '#REF!' });
    const res2 = writeEdited(read, wb);
    if (!res2.ok) throw new Error(res2.reasons.join('\n'));
    expect(formulasOf(wb.sheets.map((s) => wb.gridOf(s)))).toEqual(formulasOf(readWorkbook(res2.bytes).grids));
  });

  it('refuses a batch that would move a formula it cannot read (a 3-D reference), and changes nothing', async () => {
    const grids: Grid[] = [
      { name: 'S1', rows: [[{ value: 1 }], [{ value: 2 }], [{ value: 3 }]], merges: [] },
      { name: 'S2', rows: [[{ value: 4 }]], merges: [] },
      { name: 'Tổng', rows: [[{ value: 10, formula: 'SUM(S1:S2!A1:A3)' }]], merges: [] },
    ];
    const wb = new MemoryWorkbook(grids);
    const before = snapshot(wb);
    const g = await wb.adapter.readActiveSheet();
    const e = await refusal(wb.adapter.applyBatch({ label: 'Xoá', sheetId: g.sheetId, ops: [{ kind: 'delete-row', row: 2, seen: seenRowOf(g, 1) }] }));
    expect(e.kind).toBe('unsupported');
    expect(e.detail.userMessage).toMatch(/Tổng.*SUM\(S1:S2!A1:A3\).*Không có gì bị thay đổi/);
    expect(describeError(e).message).toContain('Không có gì bị thay đổi');
    expect(snapshot(wb)).toBe(before);
    expect(wb.adapter.canUndo()).toBe(false);
    // A set that moves no row needs no rewrite, and is written.
    await wb.adapter.applyBatch({ label: 'Sửa', sheetId: g.sheetId, ops: [{ kind: 'set', row: 1, col: 0, address: 'A1', value: 5, seen: { value: 1 } }] });
    expect(wb.sheets[0]!.rows[0]![0]!.value).toBe(5);
  });
});

describe('MemoryWorkbook: selecting an issue\'s cell', () => {
  it('activates the sheet the issue is on, then selects the cell (as Range.select in Excel)', async () => {
    const read = readWorkbook(bytesOf('cases/delete-row-references.xlsx'));
    const wb = new MemoryWorkbook(read.grids);
    const tasks = await wb.adapter.readActiveSheet();
    wb.activate(1);
    expect(wb.active.name).toBe('Thống kê');
    await wb.adapter.selectCell('E13', tasks.sheetId);
    expect(wb.active.name).toBe('Phụ lục');
    expect(wb.model.active.name).toBe('Phụ lục');
    expect(wb.model.selection).toEqual({ sheet: 'Phụ lục', rect: { top: 12, left: 4, bottom: 12, right: 4 } });
    expect(await wb.adapter.selectedRow()).toBe(13);
    // A row's range (Tiến độ selects a task row), on the other sheet.
    await wb.adapter.selectCell('A2:B2', wb.sheets[1]!.id);
    expect(wb.model.selection).toEqual({ sheet: 'Thống kê', rect: { top: 1, left: 0, bottom: 1, right: 1 } });
    // Without a sheet: the active one. A sheet that is gone: refused.
    await wb.adapter.selectCell('$B$1');
    expect(wb.model.selection).toEqual({ sheet: 'Thống kê', rect: { top: 0, left: 1, bottom: 0, right: 1 } });
    const gone = await refusal(wb.adapter.selectCell('A1', 'web-sheet-0'));
    expect(gone.kind).toBe('sheet-changed');
    await expect(wb.adapter.selectCell('not a cell', tasks.sheetId)).rejects.toBeInstanceOf(WorkbookError);
  });
});

describe('the pane over the web checker\'s workbook, while another sheet is shown', () => {
  jest.setTimeout(60_000);

  it.each(['cases/delete-row-references.xlsx', 'web/cross-sheet-references.xlsx'])('%s: an issue click shows its sheet; Sửa tất cả reports the sheet it fixed, shown', async (file) => {
    const read = readWorkbook(bytesOf(file));
    const wb = new MemoryWorkbook(read.grids);
    const pane = new PaneController(wb.adapter);
    await pane.check();
    const tasks = wb.sheets[0]!;
    const issue = pane.getState().report!.issues.find((i) => i.cell !== undefined && !/^A/.test(i.cell));
    expect(issue).toBeDefined();
    wb.activate(1);
    await pane.selectIssue(issue!);
    expect(wb.active).toBe(tasks);
    const m = /^([A-Z]+)(\d+)/.exec(issue!.cell!)!;
    expect(wb.model.selection).toMatchObject({ sheet: tasks.name, rect: { top: Number(m[2]) - 1 } });

    wb.activate(1);
    await pane.applyAll();
    const st = pane.getState();
    expect(st.error).toBeNull();
    expect(st.notice?.text).toMatch(/^Đã sửa \d+ vấn đề/);
    // The pane's check is of the sheet it fixed, and that sheet is the one shown.
    expect(st.grid?.sheetId).toBe(tasks.id);
    expect(st.grid?.name).toBe(tasks.name);
    expect(wb.active).toBe(tasks);
    expect(wb.model.active.name).toBe(tasks.name);
  });
});
