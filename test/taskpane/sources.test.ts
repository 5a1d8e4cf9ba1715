/**
 * A Sửa (or Sửa tất cả) is written only while the cells its values were computed from still hold
 * what the check saw, not only the cells it writes (issue 6): a words fix after a budget line was
 * edited, a renumbering after a neighbour's STT was edited, a join after the fragment row or the
 * row it joins was edited, a unit fix after its cell was edited. Over both hosts the pane runs on:
 * the Office adapter over the emulated Excel, and the web checker's in-memory workbook.
 */
import { createOfficeAdapter } from '../../src/excel';
import { createExcelEmulator, sheetFromGrid, WorkbookModel } from '../../src/excel/emulator';
import { gridFromJson, type GridJson } from '../../src/excel/emulator/samples';
import { PaneController } from '../../src/taskpane/state/controller';
import { MemoryWorkbook } from '../../src/web/memory-adapter';
import type { Fix } from '../../src/core/fix';
import { columnIndex, type Cell, type Grid } from '../../src/core/grid';
import quangTriJson from '../../src/demo/quang-tri-2024.grid.json';
import { budgetSheet, BUDGET_FIRST } from '../helpers/budget-sheet';

jest.setTimeout(60_000);

interface Host {
  pane: PaneController;
  /** The clerk types `value` into a cell (A1) after the check. */
  edit(address: string, value: Cell['value']): void;
  /** The active sheet's cells, as plain values, for before/after comparison. */
  cells(): unknown;
}

const at = (address: string) => {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  return { r: Number(m[2]) - 1, c: columnIndex(m[1]!) };
};

function excelHost(grid: Grid): Host {
  const model = new WorkbookModel([sheetFromGrid(grid)]);
  const pane = new PaneController(createOfficeAdapter(createExcelEmulator(model)));
  const sheet = model.sheets[0]!;
  return {
    pane,
    edit(address, value) {
      const { r, c } = at(address);
      model.user(() => {
        const cell = sheet.ensure(r, c);
        delete cell.formula;
        cell.value = value as never;
      });
    },
    cells: () => JSON.stringify(sheet.rows.map((row) => row?.map((x) => (x ? [x.value, x.formula ?? null] : null)))),
  };
}

function webHost(grid: Grid): Host {
  const wb = new MemoryWorkbook([grid]);
  const pane = new PaneController(wb.adapter);
  const sheet = wb.sheets[0]!;
  return {
    pane,
    edit(address, value) {
      const { r, c } = at(address);
      const row = (sheet.rows[r] ?? []).slice();
      row[c] = { value } as Cell;
      sheet.rows[r] = row;
    },
    cells: () => JSON.stringify(sheet.rows.map((row) => row?.map((x) => (x ? [x.value, x.formula ?? null] : null)))),
  };
}

const HOSTS: [string, (g: Grid) => Host][] = [
  ['Excel (emulated)', excelHost],
  ['web checker', webHost],
];

type Case = {
  name: string;
  grid: () => Grid;
  /** The fix to press. */
  pick: (fixes: readonly Fix[]) => Fix | undefined;
  /** The cell the clerk edits after the check (one the fix does not write), and what is typed. */
  edit: (fix: Fix) => [string, Cell['value']];
  /** Sửa tất cả instead of the fix's own Sửa. */
  all?: boolean;
};

const written = (f: Fix) => new Set(f.edits.flatMap((e) => (e.kind === 'set' ? [e.address] : [])));
const quangTri = () => gridFromJson(quangTriJson as unknown as GridJson);
const budget = () => budgetSheet({ amounts: [6e6, 2e6, 3e6], percent: 10, wordsOff: 1000, typedTotal: true });
const budgetSum = () => budgetSheet({ amounts: [6e6, 2e6, 3e6, 3e6], percent: 10, savingsError: 500_000 });
const isBudget = (fixes: readonly Fix[]) => fixes.find((f) => f.issue.code.startsWith('budget.'));

const CASES: Case[] = [
  { name: 'words fix, a line amount edited since', grid: budget, pick: isBudget, edit: () => [`F${BUDGET_FIRST + 1}`, 2_500_000] },
  { name: 'words fix, a quantity edited since', grid: budget, pick: isBudget, edit: () => [`D${BUDGET_FIRST}`, 2] },
  { name: 'words fix, the total edited since', grid: budget, pick: isBudget, edit: () => [`F${BUDGET_FIRST + 4}`, 12_300_000] },
  { name: 'words fix by Sửa tất cả, a line amount edited since', grid: budget, pick: isBudget, edit: () => [`F${BUDGET_FIRST + 2}`, 3_100_000], all: true },
  { name: 'budget repair, the savings label edited since', grid: budgetSum, pick: isBudget, edit: () => [`B${BUDGET_FIRST + 4}`, 'Tiết kiệm chi 5%'] },
  // The header says which column is the amount: a repair computed under another header is stale.
  { name: 'budget repair, the amount column’s header edited since', grid: budgetSum, pick: isBudget, edit: () => [`F${BUDGET_FIRST - 1}`, 'Ghi chú'] },
  { name: 'words fix, the rate column’s header edited since', grid: budget, pick: isBudget, edit: () => [`E${BUDGET_FIRST - 1}`, 'Số tiền'] },
  {
    name: 'renumbering, a neighbour’s STT edited since',
    grid: quangTri,
    pick: (f) => f.find((x) => x.issue.code === 'stt.gap'),
    edit: (fix) => {
      const grid = quangTri();
      const r = grid.rows.findIndex((row, i) => typeof row?.[0]?.value === 'number' && !written(fix).has(`A${i + 1}`) && i > 30);
      return [`A${r + 1}`, 41];
    },
  },
  {
    name: 'renumbering by Sửa tất cả, a neighbour’s STT edited since',
    grid: quangTri,
    pick: (f) => f.find((x) => x.issue.code === 'stt.gap'),
    edit: (fix) => {
      const grid = quangTri();
      const r = grid.rows.findIndex((row, i) => typeof row?.[0]?.value === 'number' && !written(fix).has(`A${i + 1}`));
      return [`A${r + 1}`, 7];
    },
    all: true,
  },
  {
    name: 'page-break join, the fragment row edited since',
    grid: quangTri,
    pick: (f) => f.find((x) => x.issue.code === 'row.fragment'),
    edit: (fix) => [`${fix.issue.cell!.replace(/\d+$/, '')}${fix.issue.row}`, 'TX, TP và các xã'],
  },
  {
    name: 'page-break join, the row it joins edited since (a cell the join does not write)',
    grid: quangTri,
    pick: (f) => f.find((x) => x.issue.code === 'row.fragment'),
    edit: (fix) => [`F${fix.issue.row - 1}`, 'Sở Tư pháp'],
  },
];

describe.each(HOSTS)('%s', (_host, make) => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s: nothing written, the sheet-changed message and a re-check', async (_name, c) => {
    const host = make(c.grid());
    await host.pane.check();
    const fix = c.pick(host.pane.getState().fixes);
    expect(fix).toBeDefined();
    const [address, value] = c.edit(fix!);
    expect(written(fix!).has(address)).toBe(false);
    host.edit(address, value);
    const before = host.cells();
    if (c.all) await host.pane.applyAll();
    else await host.pane.applyFix(fix!);
    expect(host.pane.getState().error).toMatchObject({ title: 'Trang tính đã thay đổi', action: 'recheck' });
    expect(host.pane.getState().error!.message).toContain(address);
    expect(host.cells()).toBe(before);
    // Checked again, the fix is computed from the sheet as it is now.
    await host.pane.check();
    expect(host.pane.getState().error).toBeNull();
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s: without the edit the same press writes (the control)', async (_name, c) => {
    const host = make(c.grid());
    await host.pane.check();
    const fix = c.pick(host.pane.getState().fixes)!;
    const before = host.cells();
    if (c.all) await host.pane.applyAll();
    else await host.pane.applyFix(fix);
    expect(host.pane.getState().error).toBeNull();
    expect(host.cells()).not.toBe(before);
  });

  // Issue 6: a Fix kept from an earlier check (the list has been checked again since, after
  // another Sửa) sends what that check saw, not what the pane's grid holds when it is pressed.
  it.each([
    ['the row it joins edited since', (x: Fix): [string, Cell['value']] => [`F${x.issue.row - 1}`, 'Sở Tư pháp']],
    ['the fragment row edited since', (x: Fix): [string, Cell['value']] => [`${x.issue.cell!.replace(/\d+$/, '')}${x.issue.row}`, 'TX, TP và các xã']],
    ['nothing edited since (the control)', null],
  ] as const)('a join from an earlier check, after another Sửa, %s', async (_name, edit) => {
    const host = make(quangTri());
    await host.pane.check();
    const join = host.pane.getState().fixes.find((f) => f.issue.code === 'row.fragment')!;
    const rows = new Set([join.issue.row - 1, join.issue.row, ...join.edits.map((e) => e.row)]);
    const other = host.pane.getState().fixes.find((f) => f.safe && f.issue.code !== 'row.fragment' && f.edits.every((e) => e.kind === 'set' && !rows.has(e.row)))!;
    expect(other).toBeDefined();
    await host.pane.applyFix(other);
    expect(host.pane.getState().error).toBeNull();
    expect(host.pane.getState().fixes).not.toContain(join);
    const before = host.cells();
    if (!edit) {
      await host.pane.applyFix(join);
      expect(host.pane.getState().error).toBeNull();
      expect(host.cells()).not.toBe(before);
      return;
    }
    const [address, value] = edit(join);
    expect(written(join).has(address)).toBe(false);
    host.edit(address, value);
    const edited = host.cells();
    await host.pane.applyFix(join);
    expect(host.pane.getState().error).toMatchObject({ title: 'Trang tính đã thay đổi', action: 'recheck' });
    expect(host.pane.getState().error!.message).toContain(address);
    expect(host.cells()).toBe(edited);
  });

  it('a unit fix after its own cell was edited writes nothing', async () => {
    const host = make(quangTri());
    await host.pane.check();
    const fix = host.pane.getState().fixes.find((f) => f.issue.code.startsWith('unit.') || f.issue.code.startsWith('funding.'));
    expect(fix).toBeDefined();
    host.edit(fix!.issue.cell!, 'UBND các xã, phường');
    const before = host.cells();
    await host.pane.applyFix(fix!);
    expect(host.pane.getState().error).toMatchObject({ action: 'recheck' });
    expect(host.cells()).toBe(before);
  });
});
