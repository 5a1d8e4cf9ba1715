/**
 * Edits carry what the check saw (the stale-write guard): every producer fills it in, and the one
 * comparison rule (matchesSeen) tells a writer when the sheet changed since the check.
 */
import fc from 'fast-check';
import { checkSheet, combineFixes, renumber } from '../../../src/core';
import type { Cell, Edit, Grid, SeenCell } from '../../../src/core';
import { matchesSeen, matchesSeenRow, seenOf, seenRowOf, staleEdits } from '../../../src/core/fix';
import { allGrids } from '../../helpers/corpus';
import { gridFromJson, loadGridJson, withCells } from '../../helpers/grid-json';

const CORPUS = allGrids();

function allEdits(grid: Grid): Edit[] {
  const { fixes } = checkSheet(grid);
  return [...fixes.flatMap((f) => f.edits), ...renumber(grid)];
}

describe.each(CORPUS)('$name: every edit carries what the check saw', ({ grid }) => {
  const edits = allEdits(grid);
  test('sets carry the cell, row deletions the whole row, as the grid holds them', () => {
    for (const e of edits) {
      if (e.kind === 'set') expect([e.address, e.seen]).toEqual([e.address, seenOf(grid.rows[e.row - 1]?.[e.col], grid.date1904)]);
      else expect([e.row, e.seen]).toEqual([e.row, seenRowOf(grid, e.row - 1)]);
    }
  });
  test('none is stale on the grid it was computed from', () => {
    expect(staleEdits(grid, edits)).toEqual([]);
  });
});

describe('a changed sheet makes the edits that name it stale', () => {
  const json = loadGridJson('quang-tri-2024-pasted.json');
  const grid = gridFromJson(json);
  const edits = combineFixes(checkSheet(grid).fixes.filter((f) => f.safe)).edits;

  test('the pasted sample has both kinds of edit', () => {
    expect(edits.some((e) => e.kind === 'set')).toBe(true);
    expect(edits.some((e) => e.kind === 'delete-row')).toBe(true);
    expect(staleEdits(grid, edits)).toEqual([]);
  });

  test('property: changing any one cell an edit names makes exactly the edits on it stale', () => {
    const targets = edits.flatMap((e) =>
      e.kind === 'set' ? [{ row: e.row - 1, col: e.col }] : e.seen.map((_, col) => ({ row: e.row - 1, col })),
    );
    fc.assert(
      fc.property(fc.constantFrom(...targets), fc.constantFrom<Cell | undefined>({ value: 'sửa tay' }, { value: 7 }, undefined, { value: null, formula: 'A1' }), (t, now) => {
        const before = grid.rows[t.row]?.[t.col];
        if (JSON.stringify(seenOf(before)) === JSON.stringify(seenOf(now))) return;
        const rows = grid.rows.map((r) => (r ? r.slice() : r));
        const row = (rows[t.row] ?? []).slice();
        row[t.col] = now;
        rows[t.row] = row;
        const stale = staleEdits({ ...grid, rows }, edits);
        const expected = edits.filter((e) => e.row - 1 === t.row && (e.kind === 'delete-row' || e.col === t.col));
        expect(stale).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  test('a deleted row that gained a cell in a further column is stale', () => {
    const del = edits.find((e) => e.kind === 'delete-row')!;
    const changed = withCells(json, { [`Z${del.row}`]: 'ghi chú mới' });
    expect(staleEdits(changed, [del])).toEqual([del]);
  });

  test('combineFixes keeps what each deletion saw', () => {
    for (const e of edits) if (e.kind === 'delete-row') expect(e.seen.length).toBeGreaterThan(0);
  });
});

describe('matchesSeen: the one comparison rule', () => {
  const date = new Date(Date.UTC(2024, 9, 15));
  const CASES: [what: string, seen: SeenCell, now: Cell | undefined, same: boolean, date1904?: boolean][] = [
    ['same text', { value: 'Quý I/2024' }, { value: 'Quý I/2024' }, true],
    ['other text', { value: 'Quý I/2024' }, { value: 'Quý II/2024' }, false],
    ['text with a trailing space', { value: 'Quý I/2024' }, { value: 'Quý I/2024 ' }, false],
    ['same number', { value: 3 }, { value: 3 }, true],
    ['number became text', { value: 3 }, { value: '3' }, false],
    ['empty, read as a missing cell', { value: null }, undefined, true],
    ['empty, read as ""', { value: null }, { value: '' }, true],
    ['empty that got a value', { value: null }, { value: 'x' }, false],
    ['a value that was cleared', { value: 'x' }, undefined, false],
    ['a date read by another writer as a Date', { value: 45580 }, { value: date }, true],
    ['a date read as a Date in the 1904 system', { value: 44118 }, { value: date }, true, true],
    ['a date that moved a day', { value: 45581 }, { value: date }, false],
    ['same formula, recalculated', { value: 100, formula: 'SUM(F7:F9)' }, { value: 200, formula: 'SUM(F7:F9)' }, true],
    ['same formula with "="', { value: 100, formula: 'SUM(F7:F9)' }, { value: 100, formula: '=SUM(F7:F9)' }, true],
    ['other formula', { value: 100, formula: 'SUM(F7:F9)' }, { value: 100, formula: 'SUM(F7:F10)' }, false],
    ['formula replaced by its value', { value: 100, formula: 'SUM(F7:F9)' }, { value: 100 }, false],
    ['value replaced by a formula', { value: 100 }, { value: 100, formula: 'F7' }, false],
    ['same error', { value: null, error: '#N/A' }, { value: null, error: '#N/A' }, true],
    ['an error that was fixed', { value: null, error: '#N/A' }, { value: 1 }, false],
  ];
  test.each(CASES.map(([what, seen, now, same, date1904]) => ({ what, seen, now, same, date1904 })))('$what', ({ seen, now, same, date1904 }) => {
    expect(matchesSeen(seen, now, date1904)).toBe(same);
  });
  test('rows: same cells, trailing empties ignored; any extra or changed cell differs', () => {
    expect(matchesSeenRow([{ value: 'a' }, { value: null }, { value: 'c' }], [{ value: 'a' }, undefined, { value: 'c' }, undefined])).toBe(true);
    expect(matchesSeenRow([{ value: 'a' }], [{ value: 'a' }, undefined, { value: 'c' }])).toBe(false);
    expect(matchesSeenRow([{ value: 'a' }, { value: 'b' }], [{ value: 'a' }])).toBe(false);
  });
});
