/**
 * A fix never creates a fault, and a Sửa always fixes its own issue: every fix the engine offers,
 * applied alone to the grid and checked again, removes its own issue and adds none; the batch of
 * Sửa tất cả (combineVerified) adds none either. Checked here with the test's own comparison, on
 * the fixtures, the layout variants and random mutations of the Quảng Trị appendix.
 */
import fc from 'fast-check';
import { applyEdits, checkSheet, combineVerified } from '../../src/core';
import type { Edit, Fix, Grid, Issue } from '../../src/core';
import { setEdit } from '../../src/core/fix';
import { verifyFixes } from '../../src/core/verify';
import { allGrids } from '../helpers/corpus';
import { gridFromJson, loadGridJson, withCells, type CellSpec } from '../helpers/grid-json';

/** code@cell for every issue, rows mapped back through the edits' row deletions. */
function keys(issues: readonly Issue[], edits: readonly Edit[] = []): Set<string> {
  const deleted = edits.filter((e) => e.kind === 'delete-row').map((e) => e.row).sort((a, b) => a - b);
  const back = (row: number) => deleted.reduce((r, d) => (d <= r ? r + 1 : r), row);
  return new Set(issues.map((i) => `${i.code}@${(i.cell ?? '').replace(/\d+$/, '')}${back(i.row)}`));
}
const own = (f: Fix) => `${f.issue.code}@${(f.issue.cell ?? '').replace(/\d+$/, '')}${f.issue.row}`;

/** What goes wrong when this batch is applied: new issues, and fixes whose own issue remains. */
function problems(grid: Grid, fixes: readonly Fix[], edits: readonly Edit[]): string[] {
  const before = keys(checkSheet(grid).report.issues);
  const after = keys(checkSheet(applyEdits(grid, [...edits])).report.issues, edits);
  const out: string[] = [];
  for (const k of after) if (!before.has(k)) out.push(`new ${k}`);
  for (const f of fixes) if (after.has(own(f))) out.push(`kept ${own(f)}`);
  return out;
}

function everyFixAlone(grid: Grid): string[] {
  const { fixes } = checkSheet(grid);
  return fixes.flatMap((f) => problems(grid, [f], f.edits).map((p) => `${f.issue.code}@${f.issue.cell}: ${p}`));
}

function fixAll(grid: Grid): string[] {
  const { fixes } = checkSheet(grid);
  const batch = combineVerified(grid, fixes.filter((f) => f.safe));
  return problems(grid, batch.applied, batch.edits);
}

describe.each(allGrids())('$name', ({ grid }) => {
  test('every fix offered, applied alone, removes its own issue and creates none', () => {
    expect(everyFixAlone(grid)).toEqual([]);
  });
  test('Sửa tất cả creates no issue and removes those it fixes', () => {
    expect(fixAll(grid)).toEqual([]);
  });
  test("given the check's own issues (as phuluc fix does), the batch is the one found by checking again", () => {
    const { report, fixes } = checkSheet(grid);
    const safe = fixes.filter((f) => f.safe);
    expect(combineVerified(grid, safe, {}, {}, report.issues)).toEqual(combineVerified(grid, safe));
  });
});

describe("combineVerified compares with the issues it is given", () => {
  test('told the sheet had no issue, every issue the batch leaves counts as created: nothing is applied', () => {
    const grid = gridFromJson(loadGridJson('quang-tri-2024.json'));
    const { report, fixes } = checkSheet(grid);
    const safe = fixes.filter((f) => f.safe);
    expect(combineVerified(grid, safe, {}, {}, report.issues).applied.length).toBeGreaterThan(0);
    const told = combineVerified(grid, safe, {}, {}, []);
    expect(told.applied).toEqual([]);
    expect(told.refused.some((r) => r.refusal.reason === 'creates-issues')).toBe(true);
  });
});

describe('the faults a join used to create', () => {
  const qt = loadGridJson('quang-tri-2024.json');

  test('G21 already broken to "… TP TP": every fix offered repairs its own issue', () => {
    const grid = withCells(qt, { G21: 'Các phòng, đơn vị thuộc Sở; UBND huyện, TX, TP TP' });
    expect(checkSheet(grid).report.issues.some((i) => i.cell === 'G21')).toBe(true);
    expect(everyFixAlone(grid)).toEqual([]);
  });

  test('a join that would make an unknown unit is refused, saying which issue it would create', () => {
    // Row 22's tail in the partners column repeats a unit that is not at the seam.
    const grid = withCells(qt, { G21: 'Văn phòng Sở, Thanh tra Sở', G22: 'Văn phòng Sở; Phòng Kế' });
    const { fixes, refused } = checkSheet(grid);
    expect(fixes.some((f) => f.issue.code === 'row.fragment' && f.issue.row === 22)).toBe(false);
    const r = refused.find((x) => x.fix.issue.code === 'row.fragment' && x.fix.issue.row === 22);
    expect(r?.refusal.reason).toBe('creates-issues');
    expect(r?.refusal.reason === 'creates-issues' && r.refusal.issues.some((i) => i.cell === 'G21')).toBe(true);
  });

  test('a fragment whose objective tail belongs to its task head joins there, not into the activity row', () => {
    const grid = withCells(qt, {});
    const { fixes } = checkSheet(grid);
    expect(fixes.every((f) => f.issue.code !== 'row.fragment' || f.safe)).toBe(true);
  });
});

describe('verifyFixes on hand-made fixes', () => {
  const grid = withCells(loadGridJson('quang-tri-2024.json'), { H12: 'quý 2/2024', H13: { value: 45580, numFmt: 'dd/mm/yyyy' } });
  const { report, fixes } = checkSheet(grid);
  const recheck = (g: Grid) => checkSheet(g).report.issues;
  const issue = report.issues.find((i) => i.cell === 'H12')!;

  test('the genuine fix passes', () => {
    const genuine = fixes.find((f) => f.issue === issue)!;
    expect(verifyFixes(grid, report.issues, [genuine], recheck).fixes).toEqual([genuine]);
  });
  test('a fix that writes elsewhere keeps its issue: refused', () => {
    const fake: Fix = { issue, label: 'x', safe: true, edits: [setEdit(grid, 11, 4, 'Báo cáo')] };
    expect(verifyFixes(grid, report.issues, [fake], recheck)).toMatchObject({ fixes: [], refused: [{ fix: fake, refusal: { reason: 'keeps-issue' } }] });
  });
  test('a fix that breaks another cell is refused with the issue it creates', () => {
    const fake: Fix = { issue, label: 'x', safe: true, edits: [setEdit(grid, 11, 7, 'Quý II/2024'), setEdit(grid, 11, 5, '')] };
    const v = verifyFixes(grid, report.issues, [fake], recheck);
    expect(v.refused).toEqual([{ fix: fake, refusal: { reason: 'creates-issues', issues: [{ code: 'lead.missing', cell: 'F12' }] } }]);
  });
  test('a fix that writes text over a real date is refused', () => {
    const fake: Fix = { issue, label: 'x', safe: true, edits: [setEdit(grid, 11, 7, 'Quý II/2024'), setEdit(grid, 12, 7, '15/10/2024')] };
    expect(verifyFixes(grid, report.issues, [fake], recheck).refused).toEqual([{ fix: fake, refusal: { reason: 'text-over-date', cells: ['H13'] } }]);
  });
  test('a fix that writes a value over a formula is refused (the STT formula stays a formula)', () => {
    const withFormula = withCells(loadGridJson('quang-tri-2024.json'), { H12: 'quý 2/2024', A13: { value: 2, formula: 'A12+1' } });
    const fake: Fix = { issue, label: 'x', safe: true, edits: [setEdit(withFormula, 11, 7, 'Quý II/2024'), setEdit(withFormula, 12, 0, 2)] };
    expect(verifyFixes(withFormula, report.issues, [fake], recheck).refused).toEqual([{ fix: fake, refusal: { reason: 'value-over-formula', cells: ['A13'] } }]);
    expect(combineVerified(withFormula, [fake]).applied).toEqual([]);
  });
  test('combineVerified leaves out the bad fix and keeps the good one', () => {
    const genuine = fixes.find((f) => f.issue === issue)!;
    const other = report.issues.find((i) => i.code !== 'deadline.nonstandard') ?? issue;
    const bad: Fix = { issue: other, label: 'x', safe: true, edits: [setEdit(grid, 13, 5, '')] };
    const batch = combineVerified(grid, [genuine, bad]);
    expect(batch.applied).toEqual([genuine]);
    expect(batch.refused.map((r) => r.fix)).toEqual([bad]);
    expect(problems(grid, batch.applied, batch.edits)).toEqual([]);
  });
});

// Faults and paste debris planted in the Quảng Trị appendix, several at a time.
const PLANTS: Record<string, CellSpec | undefined>[] = [
  { H12: 'quý 2/2024' },
  { H14: 'Quí I/2024' },
  { I12: 'Thường xuyen' },
  { I15: 'Theo Kế hoạch' },
  { F12: 'Văn phỏng Sở' },
  { F31: 'Thanh tra Sơ' },
  { F13: 'VP' },
  { A14: 4 },
  { A17: 2 },
  { A12: undefined },
  { A16: 'III' },
  { B16: 'CẢI CÁCH THỦ TỤC HÀNH CHÁNH' },
  { H12: 'Quý I/2023' },
  { G21: 'Các phòng, đơn vị thuộc Sở; UBND huyện, TX, TP TP' },
  { H21: 'Khi có TTHC ban hành mới hoặc khi có thay' },
  { F12: 'Thanh tra Sở', G12: 'Thanh tra Sở; Các phòng, đơn vị' },
  { H13: { value: 45356, numFmt: 'm/d/yyyy', text: '3/5/2024' } },
  { G22: 'TX, TP' },
  { B22: 'thẩm quyền quản lý khi có TTHC ban hành mới hoặc khi có thay đổi' },
];

test('property: on random plantings, every fix alone and Sửa tất cả create nothing and fix their own', () => {
  const base = loadGridJson('quang-tri-2024.json');
  fc.assert(
    fc.property(fc.uniqueArray(fc.nat(PLANTS.length - 1), { minLength: 1, maxLength: 5 }), (picks) => {
      const changes: Record<string, CellSpec | undefined> = {};
      for (const p of picks) Object.assign(changes, PLANTS[p]);
      const grid = withCells(base, changes);
      expect(everyFixAlone(grid)).toEqual([]);
      expect(fixAll(grid)).toEqual([]);
    }),
    { numRuns: 60 },
  );
}, 120_000);

test('the pasted sample: Sửa tất cả in one press leaves no fixable issue that a second press would find new', () => {
  const grid = gridFromJson(loadGridJson('quang-tri-2024-pasted.json'));
  const first = combineVerified(grid, checkSheet(grid).fixes.filter((f) => f.safe));
  expect(first.applied.length).toBeGreaterThan(10);
  expect(problems(grid, first.applied, first.edits)).toEqual([]);
});
