/**
 * combineFixes: identical writes once, conflicting fixes skipped whole (a cell written
 * differently, a write into a deleted row, a deletion of a row another fix writes into unless it
 * shares that very write); sources built when read. applyEdits: the input grid is never changed,
 * and rows no edit writes are shared.
 */
import { applyEdits, combineFixes, type DeleteRowEdit, type Edit, type Fix, type SetEdit, type SourceCell } from '../../../src/core/fix';
import { a1, type Grid } from '../../../src/core/grid';
import type { Issue } from '../../../src/core/issues';

const issue = { code: 'deadline.nonstandard', sheet: 'S', row: 1, cell: 'A1' } as unknown as Issue;
const set = (row: number, col: number, value: string | number | null): SetEdit => ({ kind: 'set', row, col, address: a1(row - 1, col), value, seen: { value: null } });
const del = (row: number): DeleteRowEdit => ({ kind: 'delete-row', row, seen: [] });
const fix = (label: string, edits: Edit[], sources?: SourceCell[]): Fix => ({ issue, label, safe: true, edits, ...(sources && { sources }) });

describe('combineFixes: which fixes are applied and which skipped', () => {
  const shared = set(4, 1, 'x'); // one edit object two fixes carry (a shared repair)
  const cases: Array<[string, Fix[], string[], string[]]> = [
    ['disjoint cells', [fix('a', [set(2, 0, 1)]), fix('b', [set(3, 0, 2)])], ['a', 'b'], []],
    ['the same cell, the same value', [fix('a', [set(2, 0, 'v')]), fix('b', [set(2, 0, 'v')])], ['a', 'b'], []],
    ['the same cell, another value', [fix('a', [set(2, 0, 'v')]), fix('b', [set(2, 0, 'w')])], ['a'], ['b']],
    ['null against empty text', [fix('a', [set(2, 0, null)]), fix('b', [set(2, 0, '')])], ['a'], ['b']],
    ['the same column, another row', [fix('a', [set(2, 3, 'v')]), fix('b', [set(3, 3, 'w')])], ['a', 'b'], []],
    ['a write into a deleted row', [fix('a', [del(5)]), fix('b', [set(5, 2, 'v')])], ['a'], ['b']],
    ['a deletion of a written row', [fix('a', [set(5, 2, 'v')]), fix('b', [del(5)])], ['a'], ['b']],
    ['a deletion of another row', [fix('a', [set(5, 2, 'v')]), fix('b', [del(6)])], ['a', 'b'], []],
    ['the same row deleted twice', [fix('a', [del(6)]), fix('b', [del(6)])], ['a', 'b'], []],
    ['a deletion sharing the very write', [fix('a', [shared]), fix('b', [shared, del(4)])], ['a', 'b'], []],
    ['a deletion with an equal but other write', [fix('a', [set(4, 1, 'x')]), fix('b', [set(4, 1, 'x'), del(4)])], ['a'], ['b']],
    ['a deletion sharing one write of two on the row', [fix('a', [shared, set(4, 2, 'y')]), fix('b', [shared, del(4)])], ['a'], ['b']],
    ['a row counted from before the first deletion', [fix('a', [set(7, 0, 1), set(7, 1, 2)]), fix('b', [del(9)]), fix('c', [del(7)])], ['a', 'b'], ['c']],
    ['a row written after the first deletion', [fix('a', [del(9)]), fix('b', [set(7, 0, 1)]), fix('c', [del(7)])], ['a', 'b'], ['c']],
    ['a skipped fix leaves no write behind', [fix('a', [set(2, 0, 'v')]), fix('b', [set(2, 0, 'w'), set(3, 0, 'z')]), fix('c', [set(3, 0, 'q')])], ['a', 'c'], ['b']],
    ['a conflict within the later fix only', [fix('a', [set(2, 0, 'v')]), fix('b', [set(3, 0, 'z'), del(3)])], ['a', 'b'], []],
  ];
  test.each(cases)('%s', (_name, fixes, applied, skipped) => {
    const res = combineFixes(fixes);
    expect(res.applied.map((f) => f.label)).toEqual(applied);
    expect(res.skipped.map((f) => f.label)).toEqual(skipped);
  });
});

test('edits: each cell once in the order first written, then deletions bottom-up', () => {
  const res = combineFixes([fix('a', [set(3, 0, 'a'), del(10)]), fix('b', [set(2, 1, 'b'), set(3, 0, 'a'), del(20)]), fix('c', [del(12)])]);
  expect(res.edits.map((e) => (e.kind === 'set' ? `${e.address}=${String(e.value)}` : `-${e.row}`))).toEqual(['A3=a', 'B2=b', '-20', '-12', '-10']);
});

test('sources: each cell once, from the applied fixes only, built when read', () => {
  const src = (address: string, value: string): SourceCell => ({ row: Number(address.slice(1)), col: address.charCodeAt(0) - 65, address, seen: { value } });
  let reads = 0;
  const lazy: Fix = {
    issue,
    label: 'lazy',
    safe: true,
    edits: [set(2, 0, 1)],
    get sources() {
      reads++;
      return [src('B2', 'first'), src('B3', 'x')];
    },
  };
  const res = combineFixes([lazy, fix('b', [set(3, 0, 2)], [src('B2', 'second'), src('B4', 'y')]), fix('c', [set(2, 0, 9)], [src('B9', 'z')])]);
  expect(reads).toBe(0);
  expect(res.sources.map((s) => `${s.address}:${String(s.seen.value)}`)).toEqual(['B2:first', 'B3:x', 'B4:y']);
  expect(res.sources).toBe(res.sources);
  expect(reads).toBe(1);
});

describe('applyEdits leaves its input alone and shares the rows it does not write', () => {
  const grid = (): Grid => ({
    name: 'S',
    rows: [[{ value: 'a' }], [{ value: 'b' }, { value: 'c' }], undefined, [{ value: 'd', numFmt: '@' }]],
    merges: [{ top: 3, left: 0, bottom: 3, right: 1 }],
  });
  const cases: Array<[string, Edit[], string[], number[]]> = [
    ['one write', [set(2, 1, 'x')], ['a', 'b|x', '', 'd'], [0, 3]],
    ['two writes in one row', [set(2, 0, 'x'), set(2, 1, 'y')], ['a', 'x|y', '', 'd'], [0, 3]],
    ['a write into a hole', [set(3, 2, 'z')], ['a', 'b|c', '||z', 'd'], [0, 1, 3]],
    ['a write past the end', [set(6, 0, 'e')], ['a', 'b|c', '', 'd', '', 'e'], [0, 1, 3]],
    ['a deletion', [del(1)], ['b|c', '', 'd'], [0, 2]],
    ['a write and a deletion', [set(4, 0, 5), del(2)], ['a', '', '5'], [0]],
  ];
  test.each(cases)('%s', (_name, edits, texts, sharedRows) => {
    const before = grid();
    const snapshot = JSON.stringify(before);
    const after = applyEdits(before, edits);
    expect(JSON.stringify(before)).toBe(snapshot);
    expect(after.rows.map((r) => (r ?? []).map((c) => (c?.value === undefined || c.value === null ? '' : String(c.value))).join('|'))).toEqual(texts);
    const shared = after.rows.flatMap((r, i) => (r !== undefined && before.rows.includes(r) ? [i] : []));
    expect(shared).toEqual(sharedRows);
  });
});
