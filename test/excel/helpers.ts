import { createOfficeAdapter } from '../../src/excel';
import { createExcelEmulator, sheetFromGrid, WorkbookModel, type CellModel, type EmulatorOptions, type SheetModel } from '../../src/excel/emulator';
import { gridFromJson, type GridJson } from '../../src/excel/emulator/samples';
import type { Grid } from '../../src/core/grid';
import { deleteRowEdit, seenOf, setEdit as coreSetEdit, type Edit, type SeenCell } from '../../src/core/fix';
import type { SheetGrid, WorkbookAdapter } from '../../src/excel/types';
import quangTri from '../../src/demo/quang-tri-2024.grid.json';

export function quangTriGrid(): Grid {
  return gridFromJson(quangTri as unknown as GridJson);
}

export function emulatorFor(grid: Grid, options?: EmulatorOptions) {
  const model = new WorkbookModel([sheetFromGrid(grid)]);
  return createExcelEmulator(model, options);
}

/** The sheet's cell value at an A1-like position (1-based row, 0-based col). */
export function valueAt(emu: ReturnType<typeof emulatorFor>, row: number, col: number) {
  return emu.model.active.cell(row - 1, col)?.value ?? null;
}

/** The sheet as a person sees it: empty cell objects and merge order do not count. */
export function sheetState(sheet: SheetModel) {
  const show = (c: CellModel | undefined) => (c && JSON.stringify(c) !== '{"value":null}' ? JSON.stringify(c) : null);
  return {
    rows: sheet.rows
      .map((r, i) => [i + 1, ...Array.from(r ?? [], show)])
      .filter((r) => r.slice(1).some((c) => c !== null))
      .map((r) => r.slice(0, 1 + Math.max(...r.map((c, j) => (j > 0 && c !== null ? j : 0))))),
    merges: [...sheet.merges].sort((a, b) => a.top - b.top || a.left - b.left),
    // Excel keeps validation per cell: the order of its areas is not observable.
    validations: sheet.validations
      .map((v) => ({ rect: v.rect, type: v.type, rule: v.rule, errorAlert: v.errorAlert }))
      .sort((a, b) => a.rect.left - b.rect.left || a.rect.top - b.rect.top),
    tables: sheet.tables.map((t) => ({ name: t.name, rect: t.rect })),
    hidden: [...sheet.hiddenRows].sort((a, b) => a - b),
    heights: [...sheet.rowHeights].sort((a, b) => a[0] - b[0]),
  };
}

/** A workbook (Quảng Trị appendix) with an adapter, read once: edits carry what the check saw. */
export async function opened(options: EmulatorOptions = {}) {
  const emu = emulatorFor(quangTriGrid(), { keepHistory: true, ...options });
  const adapter: WorkbookAdapter = createOfficeAdapter(emu);
  const grid = await adapter.readActiveSheet();
  const sheet = emu.model.active;
  return { emu, adapter, grid, sheet, state: () => sheetState(sheet) };
}

/** A `set` edit as the engine makes it: with the cell as the check saw it. */
export function setEdit(grid: SheetGrid, row: number, col: number, value: string | number | null): Edit {
  return coreSetEdit(grid, row - 1, col, value);
}

/** A `delete-row` edit with the row the check saw. */
export function deleteEdit(grid: SheetGrid, row: number): Edit {
  return deleteRowEdit(grid, row - 1);
}

/** What the check saw at a cell (1-based row). */
export function seenAt(grid: SheetGrid, row: number, col: number): SeenCell {
  return seenOf(grid.rows[row - 1]?.[col], grid.date1904);
}
