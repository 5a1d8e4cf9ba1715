/**
 * What a budget issue says is expected is what the budget's repair writes: the consistent
 * solution (lines at quantity × rate, savings p% of a total that may include them, words
 * spelling that total). A clerk who types the message's number by hand converges; a savings line
 * already right once a wrong line is repaired is not flagged.
 */
import { applyEdits, checkSheet, renderMessage } from '../../../src/core';
import type { Edit, Fix, Grid, Issue, SetEdit } from '../../../src/core';
import { setEdit } from '../../../src/core/fix/seen';
import { amountToWords } from '../../../src/core/money';
import { budgetSheet, type BudgetSpec } from '../../helpers/budget-sheet';

// Lines 1.000.000 + 2.000.000 + 3.000.000; Tiết kiệm chi 10% in F10, TỔNG CỘNG F11, words A12.
const AMOUNTS = [1_000_000, 2_000_000, 3_000_000];
const budgetCodes = (g: Grid) => checkSheet(g).report.issues.filter((i) => i.code.startsWith('budget.'));
const show = (issues: Issue[]) => issues.map((i) => `${i.code}@${i.cell}`).sort();
const setOf = (fix: Fix, address: string): SetEdit | undefined =>
  fix.edits.find((e): e is SetEdit => e.kind === 'set' && e.address === address);

interface Case {
  name: string;
  spec: Omit<BudgetSpec, 'amounts' | 'percent'>;
  issues: string[];
  /** The savings line's right value in this layout. */
  savings?: number;
}

const layouts: { name: string; spec: Partial<BudgetSpec>; savings: number; total: number }[] = [
  { name: 'SUM incl. savings', spec: {}, savings: 666_667, total: 6_666_667 },
  { name: 'typed incl. savings', spec: { typedTotal: true }, savings: 666_667, total: 6_666_667 },
  { name: 'SUM excl. savings', spec: { inside: false }, savings: 600_000, total: 6_000_000 },
  { name: 'typed excl. savings', spec: { inside: false, typedTotal: true }, savings: 600_000, total: 6_000_000 },
];
const faults: Case[] = [
  { name: 'line error only', spec: { lineError: 100_000 }, issues: ['budget.line-mismatch@F7'] },
  { name: 'savings error only', spec: { savingsError: 50_000 }, issues: ['budget.savings-mismatch@F10'] },
  { name: 'line and savings errors', spec: { lineError: 100_000, savingsError: 50_000 }, issues: ['budget.line-mismatch@F7', 'budget.savings-mismatch@F10'] },
  { name: 'savings error down', spec: { savingsError: -7 }, issues: ['budget.savings-mismatch@F10'] },
  { name: 'words error only', spec: { wordsOff: 1000 }, issues: ['budget.words-mismatch@A12'] },
  { name: 'savings and words errors', spec: { savingsError: 50_000, wordsOff: 1000 }, issues: ['budget.savings-mismatch@F10', 'budget.words-mismatch@A12'] },
  { name: 'line and words errors', spec: { lineError: 100_000, wordsOff: 3000 }, issues: ['budget.line-mismatch@F7', 'budget.words-mismatch@A12'] },
  { name: 'no error', spec: {}, issues: [] },
];
const table = layouts.flatMap((l) => faults.map((f) => ({ ...f, layout: l, title: `${l.name}: ${f.name}` })));

describe.each(table)('$title', ({ layout, spec, issues }) => {
  const grid = budgetSheet({ amounts: AMOUNTS, percent: 10, ...layout.spec, ...spec });
  const { report, fixes } = checkSheet(grid);
  const budget = report.issues.filter((i) => i.code.startsWith('budget.'));

  test('flags where the budget differs from its consistent solution, nowhere else', () => {
    expect(show(budget)).toEqual([...issues].sort());
  });

  test('each message states the value its fix writes', () => {
    for (const issue of budget) {
      const fix = fixes.find((f) => f.issue === issue);
      expect(fix).toBeDefined();
      const own = setOf(fix!, issue.cell!);
      expect(own).toBeDefined();
      const message = renderMessage(issue);
      if (issue.code === 'budget.savings-mismatch') {
        expect(issue.data.expected).toBe(layout.savings);
        expect(own!.value).toBe(issue.data.expected);
        expect(message).toContain(`đáng lẽ là ${layout.savings.toLocaleString('de-DE')}`);
      } else if (issue.code === 'budget.line-mismatch') {
        expect(own!.value).toBe(issue.data.expected);
      } else if (issue.code === 'budget.words-mismatch') {
        expect(issue.data.total).toBe(layout.total);
        expect(issue.data.expectedWords).toBe(amountToWords(layout.total));
        expect(String(own!.value)).toContain(issue.data.expectedWords);
      }
    }
  });

  test('pressing the fix, or typing what the messages say, leaves no budget issue', () => {
    if (issues.length === 0) return expect(fixes.filter((f) => f.issue.code.startsWith('budget.'))).toEqual([]);
    const pressed = applyEdits(grid, fixes.find((f) => f.issue.code.startsWith('budget.'))!.edits);
    expect(show(budgetCodes(pressed))).toEqual([]);
    expect(pressed.rows[9]?.[5]?.value).toBe(layout.savings);
    expect(pressed.rows[10]?.[5]?.value).toBe(layout.total);

    // By hand: the clerk types each number the messages give, checks again, and so on.
    let g = grid;
    for (let round = 0; round < 4; round++) {
      const now = budgetCodes(g);
      if (now.length === 0) break;
      const edits: Edit[] = [];
      for (const i of now) {
        const row = i.row - 1;
        const col = i.code === 'budget.words-mismatch' ? 0 : 5; // A or F
        if (i.code === 'budget.savings-mismatch' || i.code === 'budget.line-mismatch') edits.push(setEdit(g, row, col, i.data.expected));
        else if (i.code === 'budget.words-mismatch') edits.push(setEdit(g, row, col, `(Bằng chữ: ${i.data.expectedWords})`));
        else if (i.code === 'budget.total-mismatch') edits.push(setEdit(g, row, col, i.data.sum));
      }
      g = applyEdits(g, edits);
    }
    expect(show(budgetCodes(g))).toEqual([]);
    // Known limit: a typed total that sums only the other lines, once its wrong line is typed
    // right by hand, no longer says whether it sums the savings; the check then settles on the
    // savings inside (a consistent budget too, with other savings).
    const ambiguous = layout.spec.typedTotal === true && layout.spec.inside === false && spec.lineError !== undefined;
    expect(g.rows[9]?.[5]?.value).toBe(ambiguous ? 666_667 : layout.savings);
  });
});
