import { createExcelEmulator, sheetFromGrid, WorkbookModel, type EmulatorOptions } from '../../src/excel/emulator';
import { gridFromJson, type GridJson } from '../../src/excel/emulator/samples';
import type { Grid } from '../../src/core/grid';
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
