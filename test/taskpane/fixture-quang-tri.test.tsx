/** @jest-environment jsdom */
/**
 * The pane on the real Quảng Trị appendix (what the demo shows): find the section VI numbering gap,
 * fix it, undo it, then insert a standard task into section VI and see the section numbered 1..n.
 */
import '@testing-library/jest-dom';
import path from 'node:path';
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { readWorkbook } from '../../src/cli/xlsx/read';
import type { Grid } from '../../src/core/grid';
import { App } from '../../src/taskpane/App';
import { FakeAdapter } from './fakeAdapter';

// The whole pane renders slowly on a loaded two-core machine: explicit timeouts instead of
// Jest's 5 s per test and Testing Library's 1 s per wait (npm test failed on them under load).
jest.setTimeout(60_000);
configure({ asyncUtilTimeout: 15_000 });

let grid: Grid;
beforeAll(async () => {
  const sheets = await readWorkbook(path.join(__dirname, '../fixtures/quang-tri-2024.xlsx'));
  grid = sheets.find((g) => g.name === 'Phụ lục') ?? sheets[0]!;
});

const idle = () => waitFor(() => expect(screen.queryByTestId('busy')).not.toBeInTheDocument());

async function checked() {
  const adapter = new FakeAdapter(grid);
  render(<App adapter={adapter} />);
  await waitFor(() => expect(screen.getByRole('button', { name: 'Kiểm tra' })).toBeEnabled());
  fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
  await screen.findByTestId('check-view');
  return adapter;
}

it('finds the section VI gap at A56, selects it, fixes it and undoes the fix', async () => {
  const adapter = await checked();
  expect(screen.getByTestId('plan-year')).toHaveValue('2024');
  const gap = screen.getByTestId('issue-stt.gap-A56');
  fireEvent.click(gap);
  await waitFor(() => expect(adapter.selected).toBe('A56'));
  const before = adapter.value('A56');
  fireEvent.click(within(gap).getByRole('button', { name: 'Sửa' }));
  await waitFor(() => expect(screen.queryByTestId('issue-stt.gap-A56')).not.toBeInTheDocument());
  expect(adapter.value('A56')).toBe(2);
  await idle();
  fireEvent.click(screen.getByRole('button', { name: 'Hoàn tác' }));
  await screen.findByTestId('issue-stt.gap-A56');
  expect(adapter.value('A56')).toBe(before);
});

it('inserts a standard task at the end of section VI and renumbers the section', async () => {
  const adapter = await checked();
  fireEvent.click(screen.getByRole('tab', { name: 'Chèn nhiệm vụ mẫu' }));
  fireEvent.click(screen.getByTestId('template-cps-ung-dung-cntt'));
  const section = screen.getByTestId('template-section') as HTMLSelectElement;
  expect(section.selectedOptions[0]!.textContent).toMatch(/^VI /);
  fireEvent.click(screen.getByRole('button', { name: 'Chèn vào bảng' }));
  await waitFor(() => expect(adapter.batches.length).toBeGreaterThan(0));
  await idle();
  expect(screen.queryByTestId('error-bar')).not.toBeInTheDocument();
  const op = adapter.batches[0]!.ops[0]!;
  if (op.kind !== 'insert-rows') throw new Error('expected an insert');
  // Section VI now numbers 1..n without a gap, the new task last.
  const stts: unknown[] = [];
  const sectionRow = adapter.rows.findIndex((r) => r[0]?.value === 'VI');
  for (let r = sectionRow + 1; r < op.beforeRow; r++) {
    const v = adapter.rows[r]?.[0]?.value;
    if (typeof v === 'number') stts.push(v);
  }
  expect(stts).toEqual(stts.map((_, i) => i + 1));
  expect(adapter.rows[op.beforeRow - 1]?.map((c) => c?.value)).toContain('Ban hành Kế hoạch ứng dụng công nghệ thông tin năm 2024');
  expect(screen.queryByTestId('issue-stt.gap-A56')).not.toBeInTheDocument();
});
