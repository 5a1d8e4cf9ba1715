/** @jest-environment jsdom */
/**
 * One repair for several issues (the budget as it should be, the renumbering of the table) is
 * shown once: its Sửa on the first of its issues in the list, the others saying whose Sửa fixes
 * them, so that a clerk never sees two identical buttons. Pressing it resolves them all, and the
 * counts stay honest (as many issues said fixable as Sửa tất cả removes). Which fixes are one
 * repair is the engine's word (`Fix.repair`), compared here with what the pane shows.
 */
import '@testing-library/jest-dom';
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { checkSheet } from '../../src/core';
import type { Fix } from '../../src/core/fix';
import type { Grid } from '../../src/core/grid';
import { App } from '../../src/taskpane/App';
import { groupIssues, issueTestId } from '../../src/taskpane/state/issues';
import { budgetSheet, BUDGET_FIRST } from '../helpers/budget-sheet';
import { FakeAdapter } from './fakeAdapter';
import { gridOf, taskGrid, taskRows } from './fixture';

// The whole pane renders slowly on a loaded two-core machine: explicit timeouts.
jest.setTimeout(60_000);
configure({ asyncUtilTimeout: 15_000 });

/** The task appendix with section II numbered 1, 3, 5: two gaps, one renumbering. */
function twoGaps(): Grid {
  const rows = taskRows();
  const last = rows[rows.length - 1]!;
  rows.push([5, 'Đánh giá TTHC', 'Đánh giá việc giải quyết TTHC', 'Khảo sát', 'Báo cáo', ...last.slice(5)]);
  return gridOf('Phụ lục', rows, taskGrid().merges);
}

/** A budget whose second amount is text pasted from Word, with its total and words wrong. */
function amountAsText(): Grid {
  const grid = budgetSheet({ amounts: [6e6, 2e6, 3e6, 1e6], percent: 10, typedTotal: true, totalError: 300_000, wordsOff: 1000 });
  const row = grid.rows[BUDGET_FIRST]!.slice();
  row[5] = { value: '2.000.000' };
  return { ...grid, rows: grid.rows.map((r, i) => (i === BUDGET_FIRST ? row : r)) };
}

const CASES: [string, () => Grid, { shared: boolean }][] = [
  ['a typed total and its words both wrong (one budget repair)', () => budgetSheet({ amounts: [6e6, 2e6, 3e6], percent: 10, typedTotal: true, totalError: 500_000, wordsOff: 1000 }), { shared: true }],
  ['an amount typed as text, the typed total and the words wrong (one budget repair)', amountAsText, { shared: true }],
  ['two numbering gaps (one renumbering)', twoGaps, { shared: true }],
  // Controls: a repair of one issue shows its own Sửa, with nothing said of others.
  ['only the words wrong', () => budgetSheet({ amounts: [6e6, 2e6, 3e6], percent: 10, typedTotal: true, wordsOff: 1000 }), { shared: false }],
  ['one numbering gap', taskGrid, { shared: false }],
];

/** The engine's shared repairs on this grid: id -> its fixes, in the pane's list order. */
function repairsOf(grid: Grid): { fixes: Fix[]; shared: Map<string, Fix[]>; order: string[] } {
  const { report, fixes } = checkSheet(grid);
  const order = groupIssues(report.issues).flatMap((g) => g.issues.map(issueTestId));
  const shared = new Map<string, Fix[]>();
  for (const f of fixes) if (f.repair) shared.set(f.repair.id, [...(shared.get(f.repair.id) ?? []), f]);
  for (const list of shared.values()) list.sort((a, b) => order.indexOf(issueTestId(a.issue)) - order.indexOf(issueTestId(b.issue)));
  return { fixes, shared, order };
}

async function renderChecked(grid: Grid) {
  const adapter = new FakeAdapter(grid);
  render(<App adapter={adapter} />);
  await waitFor(() => expect(screen.getByRole('button', { name: 'Kiểm tra' })).toBeEnabled());
  fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
  await screen.findByTestId('check-view');
  return adapter;
}

const idle = () => waitFor(() => expect(screen.queryByTestId('busy')).not.toBeInTheDocument());
/** The issues listed (none: the list is not drawn). */
const issueCount = () => Number(/(\d+)/.exec(screen.queryByTestId('issue-list')?.getAttribute('aria-label') ?? '')?.[1] ?? 0);

describe.each(CASES)('%s', (_name, grid, { shared }) => {
  it('shows each repair once: its Sửa on the first of its issues, the others name that issue', async () => {
    const { fixes, shared: repairs } = repairsOf(grid());
    expect(repairs.size > 0).toBe(shared);
    await renderChecked(grid());
    for (const [, list] of repairs) {
      expect(list.length).toBeGreaterThan(1);
      const [owner, ...others] = list;
      const ownerItem = screen.getByTestId(issueTestId(owner!.issue));
      expect(within(ownerItem).getAllByRole('button', { name: 'Sửa' })).toHaveLength(1);
      expect(ownerItem).toHaveTextContent(`sửa cả ${list.length} vấn đề`);
      for (const o of others) {
        const item = screen.getByTestId(issueTestId(o.issue));
        expect(within(item).queryByRole('button', { name: 'Sửa' })).toBeNull();
        expect(within(item).getByTestId('issue-fixed-with')).toHaveTextContent(`Được sửa cùng với vấn đề ở ${owner!.issue.cell}`);
      }
    }
    // No two Sửa buttons of the list do the same thing: one per distinct repair.
    const distinct = new Set(fixes.map((f) => f.repair?.id ?? f));
    expect(screen.getAllByRole('button', { name: 'Sửa' })).toHaveLength(distinct.size);
    if (!shared) expect(screen.queryByText(/sửa cả \d+ vấn đề/)).toBeNull();
  });

  it('one press of that Sửa resolves every issue of the repair, in one batch', async () => {
    const { fixes, shared: repairs } = repairsOf(grid());
    const first = [...repairs.values()][0] ?? [fixes.find((f) => f.issue.code.startsWith('budget.') || f.issue.code.startsWith('stt.'))!];
    const adapter = await renderChecked(grid());
    fireEvent.click(within(screen.getByTestId(issueTestId(first[0]!.issue))).getByRole('button', { name: 'Sửa' }));
    await waitFor(() => expect(adapter.batches).toHaveLength(1));
    await idle();
    for (const f of first) expect(screen.queryByTestId(issueTestId(f.issue))).not.toBeInTheDocument();
    expect(screen.getByTestId('notice-bar')).toHaveTextContent(first.length > 1 ? `giải quyết ${first.length} vấn đề` : 'Đã ');
  });

  it('says as many issues fixable as Sửa tất cả then removes', async () => {
    const { fixes } = repairsOf(grid());
    const safe = fixes.filter((f) => f.safe).length;
    await renderChecked(grid());
    expect(screen.getByText(`${safe} vấn đề sửa tự động được`)).toBeInTheDocument();
    const before = issueCount();
    fireEvent.click(screen.getByRole('button', { name: 'Sửa tất cả' }));
    await waitFor(() => expect(screen.getByTestId('notice-bar')).toHaveTextContent(`Đã sửa ${safe} vấn đề`));
    expect(before - issueCount()).toBe(safe);
  });
});
