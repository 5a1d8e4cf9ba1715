/**
 * Every fix carries the cells its values were computed from (`sources`, with what the check saw),
 * and a combined batch carries its applied fixes' sources: a writer compares them before writing,
 * so a words fix computed from an old total, a renumbering computed from other STT cells or a join
 * computed from the fragment row is refused once those cells change.
 */
import { checkSheet, combineVerified } from '../../../src/core';
import { combineFixes, seenOf, setEdit, staleSources, type Fix, type SourceCell } from '../../../src/core/fix';
import { a1, type Cell, type Grid } from '../../../src/core/grid';
import { gridFromJson, type GridJson } from '../../../src/excel/emulator/samples';
import quangTriJson from '../../../src/demo/quang-tri-2024.grid.json';
import { BUDGET_FIRST, budgetSheet, type BudgetSpec } from '../../helpers/budget-sheet';
import { encodeTCVN3 } from '../../helpers/legacy';

/** The grid with (r, c) 0-based replaced (a clerk's edit since the check). */
function edited(grid: Grid, r: number, c: number, cell: Cell | undefined): Grid {
  const rows = grid.rows.map((row) => (row ? row.slice() : row));
  const row = (rows[r] ?? []).slice();
  row[c] = cell;
  rows[r] = row;
  return { ...grid, rows };
}

const addresses = (s: readonly SourceCell[] | undefined) => new Set((s ?? []).map((x) => x.address));
const written = (f: Fix) => new Set(f.edits.flatMap((e) => (e.kind === 'set' ? [e.address] : [])));

describe('budget repairs carry the whole budget as their sources', () => {
  const cases: [string, BudgetSpec][] = [
    ['words wrong only (the words fix)', { amounts: [6e6, 2e6, 3e6], percent: 10, wordsOff: 1000 }],
    ['savings written too high, total =SUM', { amounts: [6e6, 2e6, 3e6, 3e6], percent: 10, savingsError: 500_000 }],
    ['a typed total that disagrees', { amounts: [12_500_000, 7_300_000], percent: 5, typedTotal: true, totalError: 10_000 }],
    ['a line that disagrees with quantity × rate', { amounts: [4e6, 1e6], percent: 10, lineError: 250_000 }],
  ];

  it.each(cases)('%s: every line amount, quantity and rate, the savings, total and words are sources', (_name, spec) => {
    const grid = budgetSheet(spec);
    const fix = checkSheet(grid).fixes.find((f) => f.issue.code.startsWith('budget.'));
    expect(fix).toBeDefined();
    const src = addresses(fix!.sources);
    const n = spec.amounts.length;
    for (let i = 0; i < n; i++) for (const col of ['D', 'E', 'F', 'B']) expect(src).toContain(`${col}${BUDGET_FIRST + i}`);
    expect(src).toContain(`F${BUDGET_FIRST + n}`); // savings
    expect(src).toContain(`B${BUDGET_FIRST + n}`); // its label (the percentage)
    expect(src).toContain(`F${BUDGET_FIRST + n + 1}`); // total
    expect(src).toContain(`A${BUDGET_FIRST + n + 2}`); // words
    // What the check saw, cell by cell.
    for (const s of fix!.sources!) expect(s.seen).toEqual(seenOf(grid.rows[s.row - 1]?.[s.col]));
  });

  it.each(cases)('%s: an edit of a cell the fix does not write makes the combined batch stale', (_name, spec) => {
    const grid = budgetSheet(spec);
    const fixes = checkSheet(grid).fixes.filter((f) => f.issue.code.startsWith('budget.'));
    const batch = combineVerified(grid, fixes);
    expect(batch.applied.length).toBeGreaterThan(0);
    expect(staleSources(grid, batch.sources)).toEqual([]);
    const writes = new Set(batch.edits.flatMap((e) => (e.kind === 'set' ? [e.address] : [])));
    // Each line's amount the fix does not write, its quantity, and the savings label.
    const targets: [number, number][] = [];
    for (let i = 0; i < spec.amounts.length; i++) {
      if (!writes.has(`F${BUDGET_FIRST + i}`)) targets.push([BUDGET_FIRST - 1 + i, 5]);
      targets.push([BUDGET_FIRST - 1 + i, 3]);
    }
    targets.push([BUDGET_FIRST - 1 + spec.amounts.length, 1]);
    expect(targets.length).toBeGreaterThan(spec.amounts.length);
    for (const [r, c] of targets) {
      const before = grid.rows[r]?.[c];
      const after = edited(grid, r, c, { value: typeof before?.value === 'number' ? before.value + 1000 : 'Dự phòng' });
      expect(staleSources(after, batch.sources).map((s) => s.address)).toEqual([a1(r, c)]);
    }
    // A cell outside the budget (the title, the signature) is no source.
    expect(staleSources(edited(grid, 1, 0, { value: 'KẾ HOẠCH KHÁC' }), batch.sources)).toEqual([]);
    expect(staleSources(edited(grid, grid.rows.length - 1, 1, { value: 'KẾ TOÁN' }), batch.sources)).toEqual([]);
  });

  it('a formula source is compared by its text, not its recalculated value', () => {
    const grid = budgetSheet({ amounts: [6e6, 2e6, 3e6], percent: 10, wordsOff: 1000 });
    const batch = combineVerified(grid, checkSheet(grid).fixes);
    const total = grid.rows.findIndex((row) => row?.[5]?.formula !== undefined);
    const cell = grid.rows[total]![5]!;
    expect(staleSources(edited(grid, total, 5, { ...cell, value: 1 }), batch.sources)).toEqual([]);
    expect(staleSources(edited(grid, total, 5, { ...cell, formula: 'SUM(F7:F8)' }), batch.sources).map((s) => s.address)).toEqual([a1(total, 5)]);
  });
});

describe('Quảng Trị: the renumbering and the page-break join', () => {
  const grid = gridFromJson(quangTriJson as unknown as GridJson);
  const { fixes } = checkSheet(grid);

  it('the renumbering’s sources are every STT cell of the table, also those it does not write', () => {
    const fix = fixes.find((f) => f.issue.code === 'stt.gap')!;
    expect(fix).toBeDefined();
    const src = addresses(fix.sources);
    const writes = written(fix);
    const numbered = grid.rows.flatMap((row, r) => (typeof row?.[0]?.value === 'number' ? [a1(r, 0)] : []));
    expect(numbered.length).toBeGreaterThan(20);
    for (const a of numbered) expect(src).toContain(a);
    const notWritten = numbered.filter((a) => !writes.has(a));
    expect(notWritten.length).toBeGreaterThan(10);
    // Typing another number in any of them (or clearing it) makes the fix stale.
    for (const a of [notWritten[0]!, notWritten[Math.floor(notWritten.length / 2)]!, notWritten[notWritten.length - 1]!]) {
      const r = Number(a.slice(1)) - 1;
      expect(staleSources(edited(grid, r, 0, { value: 99 }), fix.sources!).map((s) => s.address)).toEqual([a]);
      expect(staleSources(edited(grid, r, 0, undefined), fix.sources!).map((s) => s.address)).toEqual([a]);
    }
    // Every numbering issue shares the one renumbering and the one list of sources.
    for (const f of fixes.filter((x) => x.issue.code.startsWith('stt.'))) expect(f.sources).toBe(fix.sources);
  });

  it('the join’s sources are the fragment row and the row it joins, every cell', () => {
    const fix = fixes.find((f) => f.issue.code === 'row.fragment')!;
    expect(fix).toBeDefined();
    const fragment = fix.issue.row;
    const target = (fix.issue as { targetRow?: number }).targetRow ?? fragment - 1;
    const src = addresses(fix.sources);
    const width = Math.max(grid.rows[fragment - 1]?.length ?? 0, grid.rows[target - 1]?.length ?? 0);
    for (const r of [target, fragment]) for (let c = 0; c < width; c++) expect(src).toContain(a1(r - 1, c));
    // An edit of the row it joins, in a cell the join does not write (the lead unit).
    const lead = grid.rows[target - 1]!.findIndex((cell, c) => cell && !written(fix).has(a1(target - 1, c)) && c > 0);
    expect(lead).toBeGreaterThan(0);
    expect(staleSources(edited(grid, target - 1, lead, { value: 'Sở Nội vụ' }), fix.sources!).length).toBe(1);
  });
});

describe('combineFixes carries the sources of the fixes it applies, each cell once', () => {
  const grid = budgetSheet({ amounts: [1e6, 2e6], percent: 10 });
  const src = (r: number, c: number): SourceCell => ({ row: r + 1, col: c, address: a1(r, c), seen: { value: grid.rows[r]?.[c]?.value as number } });
  const issue = checkSheet(budgetSheet({ amounts: [1e6, 2e6], percent: 10, wordsOff: 5 })).report.issues[0]!;
  const fix = (edits: Fix['edits'], sources?: SourceCell[]): Fix => ({ issue, label: 'x', safe: true, edits, ...(sources && { sources }) });

  it.each([
    ['two fixes sharing a source', [fix([setEdit(grid, 6, 1, 'a')], [src(6, 5), src(7, 5)]), fix([setEdit(grid, 7, 1, 'b')], [src(7, 5)])], ['F7', 'F8']],
    ['a fix without sources', [fix([setEdit(grid, 6, 1, 'a')])], []],
    ['a skipped fix’s sources are left out', [fix([setEdit(grid, 6, 1, 'a')], [src(6, 5)]), fix([setEdit(grid, 6, 1, 'other')], [src(7, 4)])], ['F7']],
  ] as [string, Fix[], string[]][])('%s', (_name, list, want) => {
    expect(combineFixes(list).sources.map((s) => s.address)).toEqual(want);
  });
});

describe('sources say what the sheet stores, also where the check read legacy-font text', () => {
  it('a budget typed in TCVN3: the repair’s sources hold the stored bytes, not the decoded text', () => {
    const grid = budgetSheet({ amounts: [6e6, 2e6, 3e6], percent: 10, wordsOff: 1000 });
    const rows = grid.rows.map((row) => (row ? row.slice() : row));
    for (let i = 0; i < 3; i++) rows[BUDGET_FIRST - 1 + i]![1] = { value: encodeTCVN3(`Tổ chức hội nghị lần ${i + 1}`), font: '.VnTime' };
    const legacy: Grid = { ...grid, rows };
    const fix = checkSheet(legacy).fixes.find((f) => f.issue.code.startsWith('budget.'));
    expect(fix).toBeDefined();
    const label = fix!.sources!.find((s) => s.address === `B${BUDGET_FIRST}`)!;
    expect(label.seen).toEqual({ value: encodeTCVN3('Tổ chức hội nghị lần 1') });
    expect(staleSources(legacy, fix!.sources!)).toEqual([]);
  });
});
