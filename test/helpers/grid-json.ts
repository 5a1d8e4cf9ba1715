/** A tiny loader for grids kept as JSON in test/fixtures/grids: { name, merges: ["A1:F1"], cells: { A1: value | Cell } }. */
import { readFileSync } from 'fs';
import { join } from 'path';
import { columnIndex } from '../../src/core/grid';
import type { Cell, CellValue, Grid, MergeRange } from '../../src/core/grid';

export type CellSpec = CellValue | Cell;
export interface GridJson {
  name: string;
  merges?: string[];
  cells: Record<string, CellSpec>;
}

function parseA1(address: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(`bad address ${address}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1] as string) };
}

function toCell(spec: CellSpec): Cell {
  return spec !== null && typeof spec === 'object' && !(spec instanceof Date) ? spec : { value: spec };
}

export function gridFromJson(json: GridJson): Grid {
  const rows: Cell[][] = [];
  for (const [address, spec] of Object.entries(json.cells)) {
    const { row, col } = parseA1(address);
    (rows[row] ??= [])[col] = toCell(spec);
  }
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  const merges: MergeRange[] = (json.merges ?? []).map((range) => {
    const [from, to] = range.split(':') as [string, string];
    const a = parseA1(from);
    const b = parseA1(to);
    return { top: a.row, left: a.col, bottom: b.row, right: b.col };
  });
  return { name: json.name, rows, merges };
}

export function loadGridJson(file: string): GridJson {
  return JSON.parse(readFileSync(join(__dirname, '../fixtures/grids', file), 'utf8')) as GridJson;
}

/** The same grid with some cells replaced (undefined removes a cell). */
export function withCells(json: GridJson, changes: Record<string, CellSpec | undefined>): Grid {
  const cells = { ...json.cells };
  for (const [address, spec] of Object.entries(changes)) {
    if (spec === undefined) delete cells[address];
    else cells[address] = spec;
  }
  return gridFromJson({ ...json, cells });
}
