/**
 * A Sửa pressed after the clerk edited the sheet by hand since the check (issue 6): when rows
 * were inserted or deleted, the refusal names the cells where they are now (or says plainly that
 * their place cannot be told), never where the check saw them; nothing is written. Edits that
 * move none of the cells the fix depends on let it write, on the sheet it was computed from.
 * Over both hosts the pane runs on: the Office adapter over the emulated Excel, and the web
 * checker's in-memory workbook.
 */
import { createOfficeAdapter } from '../../src/excel';
import { createExcelEmulator, sheetFromGrid, WorkbookModel } from '../../src/excel/emulator';
import { gridFromJson, type GridJson } from '../../src/excel/emulator/samples';
import { PaneController } from '../../src/taskpane/state/controller';
import { MemoryWorkbook } from '../../src/web/memory-adapter';
import type { Fix, SetEdit } from '../../src/core/fix';
import { columnIndex, type Cell, type Grid } from '../../src/core/grid';
import quangTriJson from '../../src/demo/quang-tri-2024.grid.json';
import { budgetSheet } from '../helpers/budget-sheet';
import { checkSheet } from '../../src/core';

jest.setTimeout(60_000);

/** A workbook of two sheets (the appendix, then a copy named "Khác") as the clerk sees it. */
interface Host {
  pane: PaneController;
  insertRows(sheet: number, at0: number, n: number): void;
  deleteRows(sheet: number, at0: number, n: number): void;
  type(sheet: number, address: string, value: string | number): void;
  activate(sheet: number): void;
  value(sheet: number, address: string): unknown;
  /** One sheet's cells, as plain values, for before/after comparison. */
  cells(sheet: number): string;
}

const at = (address: string) => {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  return { r: Number(m[2]) - 1, c: columnIndex(m[1]!) };
};
const plain = (rows: readonly ((Cell | { value: unknown; formula?: string } | undefined)[] | undefined)[]) =>
  JSON.stringify(rows.map((row) => row?.map((x) => (x ? [x.value, x.formula ?? null] : null))));

function excelHost(grid: Grid): Host {
  const model = new WorkbookModel([sheetFromGrid(grid), sheetFromGrid({ ...grid, name: 'Khác' })]);
  const pane = new PaneController(createOfficeAdapter(createExcelEmulator(model)));
  const sheet = (i: number) => model.sheets[i]!;
  return {
    pane,
    insertRows: (i, at0, n) => model.user(() => sheet(i).insertRows(at0, n)),
    deleteRows: (i, at0, n) => model.user(() => sheet(i).deleteRows(at0, n)),
    type: (i, address, value) =>
      model.user(() => {
        const { r, c } = at(address);
        const cell = sheet(i).ensure(r, c);
        delete cell.formula;
        cell.value = value;
      }),
    activate: (i) => model.activate(sheet(i)),
    value: (i, address) => sheet(i).cell(at(address).r, at(address).c)?.value ?? null,
    cells: (i) => plain(sheet(i).rows),
  };
}

function webHost(grid: Grid): Host {
  const wb = new MemoryWorkbook([grid, { ...grid, name: 'Khác' }]);
  const pane = new PaneController(wb.adapter);
  const sheet = (i: number) => wb.sheets[i]!;
  return {
    pane,
    insertRows(i, at0, n) {
      const s = sheet(i);
      const blank = <T>(x: T) => Array.from({ length: n }, () => x);
      s.rows = [...s.rows.slice(0, at0), ...blank(null).map(() => []), ...s.rows.slice(at0)];
      s.origin = [...s.origin.slice(0, at0), ...blank(null), ...s.origin.slice(at0)];
      s.formatLike = [...s.formatLike.slice(0, at0), ...blank(null), ...s.formatLike.slice(at0)];
    },
    deleteRows(i, at0, n) {
      const s = sheet(i);
      s.rows = [...s.rows.slice(0, at0), ...s.rows.slice(at0 + n)];
      s.origin = [...s.origin.slice(0, at0), ...s.origin.slice(at0 + n)];
      s.formatLike = [...s.formatLike.slice(0, at0), ...s.formatLike.slice(at0 + n)];
    },
    type(i, address, value) {
      const { r, c } = at(address);
      const s = sheet(i);
      const row = (s.rows[r] ?? []).slice();
      row[c] = { value };
      s.rows = s.rows.map((x, k) => (k === r ? row : x));
    },
    activate: (i) => wb.activate(i),
    value: (i, address) => sheet(i).rows[at(address).r]?.[at(address).c]?.value ?? null,
    cells: (i) => plain(sheet(i).rows),
  };
}

const HOSTS: [string, (g: Grid) => Host][] = [
  ['Excel (emulated)', excelHost],
  ['web checker', webHost],
];

// ---- the fixes pressed ----------------------------------------------------------------------

interface FixCase {
  name: string;
  grid: () => Grid;
  pick: (fixes: readonly Fix[]) => Fix | undefined;
}

const quangTri = () => gridFromJson(quangTriJson as unknown as GridJson);
const FIXES: FixCase[] = [
  {
    name: 'a one-cell fix',
    grid: quangTri,
    pick: (f) => f.find((x) => !x.sources && x.edits.length === 1 && x.edits[0]!.kind === 'set' && x.issue.row > 10),
  },
  { name: 'the renumbering', grid: quangTri, pick: (f) => f.find((x) => x.issue.code === 'stt.gap') },
  {
    name: 'the budget words',
    grid: () => budgetSheet({ amounts: [6e6, 2e6, 3e6], percent: 10, wordsOff: 1000, typedTotal: true }),
    pick: (f) => f.find((x) => x.issue.code.startsWith('budget.')),
  },
];

/** The cells a fix writes (A1, in order) and the non-empty rows it depends on (sorted). */
function shape(fix: Fix) {
  const written = fix.edits.flatMap((e) => (e.kind === 'set' ? [e.address] : []));
  const full = new Set<number>(fix.edits.map((e) => e.row));
  const every = new Set<number>(full);
  for (const s of fix.sources ?? []) {
    every.add(s.row);
    if (s.seen.value !== null || s.seen.formula !== undefined) full.add(s.row);
  }
  const sorted = [...full].sort((a, b) => a - b);
  /** `rows`: the non-empty ones; `all`: with the rows of its empty sources. */
  return { written, first: sorted[0]!, last: sorted[sorted.length - 1]!, rows: sorted, all: [...every].sort((a, b) => a - b) };
}
const moveBy = (address: string, n: number) => address.replace(/\d+$/, (d) => String(Number(d) + n));

/** The addresses a refusal lists after `lead` ("nay nằm ở ô A12, A13 và 4 ô khác"). */
function listed(message: string, lead: RegExp): string[] {
  const m = new RegExp(`${lead.source}ô ((?:[A-Z]+\\d+)(?:, [A-Z]+\\d+)*)`).exec(message);
  return m ? m[1]!.split(', ') : [];
}
const MOVED = /nay nằm ở /;
const TYPED = /; (?=ô [^;]*\(vị trí hiện nay\))/;
const UNPLACED = /; (?=ô [^;]*\(vị trí lúc kiểm tra\))/;

// ---- the clerk's edits ----------------------------------------------------------------------

interface EditCase {
  name: string;
  /** Whether this fix can take this edit (e.g. deleting a row between needs rows between). */
  applies?: (fix: Fix) => boolean;
  edit: (host: Host, fix: Fix) => void;
  /** Refused, with these checks on the message; or undefined: written on the checked sheet. */
  refused?: (message: string, fix: Fix, host: Host) => void;
}

const EDITS: EditCase[] = [
  {
    name: 'two rows inserted above',
    edit: (h, f) => h.insertRows(0, shape(f).first - 1, 2),
    refused: (msg, f, h) => {
      expect(msg).toContain('2 dòng đã được chèn');
      const names = listed(msg, MOVED);
      expect(names[0]).toBe(moveBy(shape(f).written[0]!, 2));
      // Every cell named is where the checked cell went: two rows down.
      for (const a of names) expect(shape(f).all).toContain(Number(/\d+$/.exec(a)![0]) - 2);
      // A one-cell fix: its old address is named nowhere.
      if (shape(f).rows.length === 1) expect(msg).not.toMatch(new RegExp(`\\b${shape(f).written[0]}\\b`));
      expect(h.value(0, names[0]!)).not.toBeNull();
    },
  },
  {
    name: 'a row deleted above',
    edit: (h) => h.deleteRows(0, 0, 1),
    refused: (msg, f) => {
      expect(msg).toContain('1 dòng đã được xóa');
      expect(listed(msg, MOVED)[0]).toBe(moveBy(shape(f).written[0]!, -1));
      for (const a of listed(msg, MOVED)) expect(shape(f).all).toContain(Number(/\d+$/.exec(a)![0]) + 1);
    },
  },
  {
    name: 'a row inserted above the last row the fix depends on',
    applies: (f) => shape(f).rows.length > 1,
    edit: (h, f) => h.insertRows(0, shape(f).last - 1, 1),
    refused: (msg, f) => {
      expect(msg).toContain('1 dòng đã được chèn');
      const names = listed(msg, MOVED);
      expect(names.length).toBeGreaterThan(0);
      // Only cells at or below the insert moved, each one row down.
      for (const a of names) {
        const row = Number(/\d+$/.exec(a)![0]) - 1;
        expect(row).toBeGreaterThanOrEqual(shape(f).last);
        expect(shape(f).all).toContain(row);
      }
    },
  },
  {
    name: 'a row the fix depends on (not one it writes) deleted',
    // Not the row just under the first: a budget's first line under its header (a source since the
    // header says which column is which) votes "typed over" by its unit and quantity (moved.ts).
    applies: (f) => shape(f).rows.some((r) => r > shape(f).first + 1 && r < shape(f).last && !shape(f).written.some((a) => a.endsWith(String(r)))),
    edit: (h, f) => {
      const s = shape(f);
      const r = s.rows.find((x) => x > s.first + 1 && x < s.last && !s.written.some((a) => Number(/\d+$/.exec(a)![0]) === x))!;
      h.deleteRows(0, r - 1, 1);
    },
    refused: (msg, f) => {
      const s = shape(f);
      const r = s.rows.find((x) => x > s.first + 1 && x < s.last && !s.written.some((a) => Number(/\d+$/.exec(a)![0]) === x))!;
      expect(msg).toContain('1 dòng đã được xóa');
      // The deleted row's cells cannot be placed: named where the check saw them, and said so.
      const unplaced = listed(msg, UNPLACED);
      expect(unplaced.length).toBeGreaterThan(0);
      for (const a of unplaced) expect(Number(/\d+$/.exec(a)![0])).toBe(r);
      expect(msg).toContain('không rõ nay ở đâu');
    },
  },
  {
    name: 'the cell the fix writes typed over',
    edit: (h, f) => h.type(0, shape(f).written[0]!, 'Gõ tay'),
    refused: (msg, f) => {
      expect(msg).not.toContain('dòng đã được');
      expect(msg).toContain(`ô ${shape(f).written[0]}`);
    },
  },
  {
    name: 'the cell the fix writes typed over, then a row inserted above',
    edit: (h, f) => {
      h.type(0, shape(f).written[0]!, 'Gõ tay');
      h.insertRows(0, shape(f).first - 1, 1);
    },
    refused: (msg, f, h) => {
      if (shape(f).rows.length === 1) {
        // Nothing left to tell where the one cell went: said plainly, named as at the check.
        expect(msg).toContain('nay dài thêm 1 dòng (có thể đã chèn dòng)');
        expect(msg).toContain(`ô ${shape(f).written[0]} (vị trí lúc kiểm tra)`);
        expect(h.value(0, moveBy(shape(f).written[0]!, 1))).toBe('Gõ tay');
      } else {
        expect(msg).toContain('1 dòng đã được chèn');
        const typed = listed(msg, TYPED);
        expect(typed).toEqual([moveBy(shape(f).written[0]!, 1)]);
        expect(h.value(0, typed[0]!)).toBe('Gõ tay');
      }
    },
  },
  {
    name: 'another sheet shown, then a row inserted above on the checked sheet',
    edit: (h, f) => {
      h.activate(1);
      h.insertRows(0, shape(f).first - 1, 1);
    },
    refused: (msg, f) => {
      expect(msg).toContain('1 dòng đã được chèn');
      expect(listed(msg, MOVED)[0]).toBe(moveBy(shape(f).written[0]!, 1));
    },
  },
  // The controls: edits that move none of the cells the fix depends on.
  { name: 'a row inserted below everything the fix depends on', edit: (h, f) => h.insertRows(0, shape(f).last, 1) },
  { name: 'another sheet shown', edit: (h) => h.activate(1) },
  {
    name: 'another sheet shown and a row inserted there',
    edit: (h, f) => {
      h.activate(1);
      h.insertRows(1, shape(f).first - 1, 3);
    },
  },
];

/** The fix each case presses, as the engine offers it on the sheet before any edit. */
const engineFix = (fc: FixCase): Fix => fc.pick(checkSheet(fc.grid()).fixes)!;
const CASES = FIXES.flatMap((f) => EDITS.filter((e) => !e.applies || e.applies(engineFix(f))).map((e) => [`${f.name}, ${e.name}`, f, e] as const));

describe.each(HOSTS)('%s', (_host, make) => {
  it.each(CASES)('%s', async (_name, fc, ec) => {
    const host = make(fc.grid());
    await host.pane.check();
    const fix = fc.pick(host.pane.getState().fixes);
    expect(fix).toBeDefined();
    ec.edit(host, fix!);
    const before = [host.cells(0), host.cells(1)];
    await host.pane.applyFix(fix!);
    const error = host.pane.getState().error;
    if (ec.refused) {
      expect(error).toMatchObject({ title: 'Trang tính đã thay đổi', action: 'recheck' });
      ec.refused(error!.message, fix!, host);
      // Nothing written, on either sheet.
      expect([host.cells(0), host.cells(1)]).toEqual(before);
      // Every Sửa of the stale check is withdrawn until Kiểm tra lại: another fix's own cells may
      // still match over a table that now reads differently.
      expect(host.pane.getState().fixes).toEqual([]);
      await host.pane.applyAll();
      expect([host.cells(0), host.cells(1)]).toEqual(before);
      await host.pane.check();
      expect(host.pane.getState().error).toBeNull();
      // The Quảng Trị sheet has about ten other repairs: offered again by the fresh check. (The
      // budget's one repair may be gone: its cell now holds the clerk's text.)
      if (fc.grid === quangTri) expect(host.pane.getState().fixes.length).toBeGreaterThan(5);
    } else {
      expect(error).toBeNull();
      // Written where the check saw it, on the checked sheet; the other sheet as the clerk left it.
      const e = fix!.edits.find((x): x is SetEdit => x.kind === 'set')!;
      expect(host.value(0, e.address)).toBe(e.value);
      expect(host.cells(1)).toBe(before[1]);
      expect(host.cells(0)).not.toBe(before[0]);
    }
  });
});

it('the table is not vacuous: each fix meets at least three refusing edits and two that write', () => {
  for (const fc of FIXES) {
    const fix = engineFix(fc);
    expect(fix).toBeDefined();
    const usable = CASES.filter(([, f]) => f === fc).map(([, , e]) => e);
    expect(usable.filter((e) => e.refused).length).toBeGreaterThanOrEqual(3);
    expect(usable.filter((e) => !e.refused).length).toBeGreaterThanOrEqual(2);
  }
  // A row the fix depends on deleted: run on the fixes with such rows (the renumbering at least).
  expect(CASES.filter(([, , e]) => e.name.startsWith('a row the fix depends on')).map(([, f]) => f.name)).toContain('the renumbering');
});
