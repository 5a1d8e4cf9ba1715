/** @jest-environment jsdom */
// jsdom rendering of the whole pane is slow on a loaded 2-core machine.
jest.setTimeout(60_000);
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

it('inserts a standard task at the end of section VI as its next number, leaving the section’s gap for the clerk', async () => {
  const adapter = await checked();
  fireEvent.click(screen.getByRole('tab', { name: 'Chèn nhiệm vụ mẫu' }));
  fireEvent.click(screen.getByTestId('template-cps-ung-dung-cntt'));
  const section = screen.getByTestId('template-section') as HTMLSelectElement;
  expect(section.selectedOptions[0]!.textContent).toMatch(/^VI /);
  expect(screen.getByTestId('template-renumber-preview')).toHaveTextContent('Chèn không làm đổi số thứ tự');
  const sttsOf = (from: number, to: number) => {
    const out: unknown[] = [];
    for (let r = from; r < to; r++) {
      const v = adapter.rows[r]?.[0]?.value;
      if (typeof v === 'number') out.push(v);
    }
    return out;
  };
  const sectionRow = adapter.rows.findIndex((r) => r[0]?.value === 'VI');
  const nextSection = adapter.rows.findIndex((r, i) => i > sectionRow && r[0]?.value === 'VII');
  const before = sttsOf(sectionRow + 1, nextSection);
  fireEvent.click(screen.getByRole('button', { name: 'Chèn vào bảng' }));
  await waitFor(() => expect(adapter.batches.length).toBeGreaterThan(0));
  await idle();
  expect(screen.queryByTestId('error-bar')).not.toBeInTheDocument();
  const op = adapter.batches[0]!.ops[0]!;
  if (op.kind !== 'insert-rows') throw new Error('expected an insert');
  // The new task takes the next number after the section's last; nothing else is renumbered.
  expect(sttsOf(sectionRow + 1, op.beforeRow + 1)).toEqual([...before, (before[before.length - 1] as number) + 1]);
  expect(adapter.rows[op.beforeRow - 1]?.map((c) => c?.value)).toContain('Ban hành Kế hoạch ứng dụng công nghệ thông tin năm 2024');
  fireEvent.click(screen.getByRole('tab', { name: /^Vấn đề/ }));
  expect(await screen.findByTestId('issue-stt.gap-A56')).toBeInTheDocument();
});
