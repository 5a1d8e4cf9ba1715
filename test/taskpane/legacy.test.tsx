/** @jest-environment jsdom */
/**
 * Old-font text in the pane: the issue shows the stored text and its Unicode form (the preview),
 * Sửa's tooltip names both, and one press writes the Unicode text in a Unicode font.
 */
import '@testing-library/jest-dom';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { encodeTCVN3, encodeVNI } from '../helpers/legacy';
import { FakeAdapter } from './fakeAdapter';
import { gridOf, taskRows } from './fixture';

jest.setTimeout(60_000);
const slow = { timeout: 15_000 };

describe.each([
  ['TCVN3', encodeTCVN3, '.VnTime'],
  ['VNI', encodeVNI, 'VNI-Times'],
])('a lead typed in %s', (_name, encode, font) => {
  it('shows before and after, and Sửa writes Unicode in Times New Roman; the unit is then known', async () => {
    const rows = taskRows();
    const stored = encode('Văn phòng Sở');
    rows[4]![5] = stored; // F5
    const plain = gridOf('Phụ lục', rows, [
      { top: 0, left: 0, bottom: 0, right: 8 },
      { top: 1, left: 0, bottom: 1, right: 8 },
      { top: 3, left: 1, bottom: 3, right: 8 },
      { top: 6, left: 1, bottom: 6, right: 8 },
    ]);
    // the cell carries its old font, as the CLI reader gives it
    const grid = { ...plain, rows: plain.rows.map((r, i) => (i === 4 ? r!.map((cell, c) => (c === 5 ? { value: stored, font } : cell)) : r)) };
    const adapter = new FakeAdapter(grid);
    render(<App adapter={adapter} />);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Kiểm tra' })).toBeEnabled(), slow);
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    const card = await screen.findByTestId('issue-text.legacy-encoding-F5', {}, slow);
    expect(card).toHaveTextContent(stored);
    expect(card).toHaveTextContent('Văn phòng Sở');
    // the lead is read decoded: no unknown-unit issue on the garbage
    expect(screen.queryByTestId('issue-unit.unknown-F5')).not.toBeInTheDocument();
    const sua = within(card).getByRole('button', { name: 'Sửa' });
    // before Sửa is pressed, the card shows what it will write (the pane's preview, not a tooltip)
    expect(within(card).getByTestId('issue-detail')).toHaveTextContent('Sẽ ghi vào F5: Văn phòng Sở');
    fireEvent.click(sua);
    await waitFor(() => expect(screen.queryByTestId('issue-text.legacy-encoding-F5')).not.toBeInTheDocument(), slow);
    expect(adapter.value('F5')).toBe('Văn phòng Sở');
    expect(adapter.batches[0]!.ops).toEqual([expect.objectContaining({ address: 'F5', value: 'Văn phòng Sở', font: 'Times New Roman' })]);
  });
});

test('on an Excel without ExcelApi 1.18 the repair is refused under the issue, and nothing is written', async () => {
  const rows = taskRows();
  const stored = encodeTCVN3('Văn phòng Sở');
  rows[4]![5] = stored; // F5
  const plain = gridOf('Phụ lục', rows, [
    { top: 0, left: 0, bottom: 0, right: 8 },
    { top: 1, left: 0, bottom: 1, right: 8 },
    { top: 3, left: 1, bottom: 3, right: 8 },
    { top: 6, left: 1, bottom: 6, right: 8 },
  ]);
  const grid = { ...plain, rows: plain.rows.map((r, i) => (i === 4 ? r!.map((cell, c) => (c === 5 ? { value: stored, font: '.VnTime' } : cell)) : r)) };
  const adapter = new FakeAdapter(grid);
  adapter.keepsRuns = false;
  render(<App adapter={adapter} />);
  await waitFor(() => expect(screen.getByRole('button', { name: 'Kiểm tra' })).toBeEnabled(), slow);
  fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
  const card = await screen.findByTestId('issue-text.legacy-encoding-F5', {}, slow);
  // The Unicode form is still shown as the suggestion; the card says why there is no Sửa.
  expect(card).toHaveTextContent('Văn phòng Sở');
  expect(within(card).queryByRole('button', { name: 'Sửa' })).not.toBeInTheDocument();
  expect(within(card).getByTestId('issue-refused')).toHaveTextContent(/F5.*định dạng từng phần/);
  expect(adapter.batches.flatMap((b) => b.ops).filter((op) => 'address' in op && op.address === 'F5')).toEqual([]);
  expect(adapter.value('F5')).toBe(stored);
});

