/** Every sheet the engine tests know: the real appendices kept as JSON grids and the layout variants. */
import { readdirSync } from 'fs';
import { join } from 'path';
import type { Grid } from '../../src/core';
import { VARIANTS } from '../core/engine/variants';
import { gridFromJson, loadGridJson } from './grid-json';

export interface NamedGrid {
  name: string;
  grid: Grid;
}

export function fixtureGrids(): NamedGrid[] {
  return readdirSync(join(__dirname, '../fixtures/grids'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: f, grid: gridFromJson(loadGridJson(f)) }));
}

export function allGrids(): NamedGrid[] {
  return [...fixtureGrids(), ...VARIANTS.map((v) => ({ name: v.name, grid: v.grid }))];
}
