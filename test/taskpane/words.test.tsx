/** @jest-environment jsdom */
/**
 * The pane's words as a clerk reads them: one word for an issue of any severity (vấn đề), the
 * severities' own words only for severities; results said aloud through one polite live region.
 */
import '@testing-library/jest-dom';
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { FakeAdapter } from './fakeAdapter';
import { taskGrid } from './fixture';

jest.setTimeout(60_000);
configure({ asyncUtilTimeout: 15_000 });

async function renderChecked(adapter = new FakeAdapter(taskGrid())) {
  render(<App adapter={adapter} />);
  await waitFor(() => expect(screen.getByRole('button', { name: 'Kiểm tra' })).toBeEnabled());
  fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
  await screen.findByTestId('check-view');
  return adapter;
}
const idle = () => waitFor(() => expect(screen.queryByTestId('busy')).not.toBeInTheDocument());

describe('one word for an issue, the severities for severities', () => {
  it('the tab counts every issue as vấn đề; the tiles count each severity by its own word', async () => {
    await renderChecked();
    const tab = screen.getByTestId('tab-issues');
    const total = screen.getAllByRole('listitem').filter((e) => e.dataset.severity).length;
    expect(tab).toHaveTextContent(new RegExp(`^Vấn đề\\s*${total}$`));
    expect(screen.getByRole('tabpanel')).toHaveAccessibleName('Vấn đề');
    expect(screen.getByTestId('count-error')).toHaveTextContent(/^\d+Lỗi$/);
    expect(screen.getByTestId('count-warning')).toHaveTextContent(/^\d+Cảnh báo$/);
    expect(screen.getByTestId('count-info')).toHaveTextContent(/^\d+Gợi ý$/);
    const toolbar = screen.getByRole('toolbar', { name: 'Sửa và tô màu' });
    expect(toolbar).toHaveTextContent(/\d+ vấn đề sửa tự động được/);
    expect(toolbar.textContent).not.toMatch(/lỗi/i);
  });

  it('no pane text outside the severities calls an issue "lỗi"', async () => {
    await renderChecked();
    // Every "lỗi" on screen is a severity: the tile's word, alone in its text node.
    const pane = screen.getByTestId('pane');
    const walker = document.createTreeWalker(pane, NodeFilter.SHOW_TEXT);
    const texts: string[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (/lỗi/i.test(n.textContent ?? '')) texts.push(n.textContent!.trim());
    expect(texts.length).toBeGreaterThan(0);
    for (const t of texts) expect(t).toBe('Lỗi');
  });
});

describe('results are announced in a polite live region', () => {
  it('is always there, polite and atomic, and empty before anything happens', async () => {
    render(<App adapter={new FakeAdapter(taskGrid())} />);
    const live = screen.getByTestId('live-region');
    expect(live).toHaveAttribute('role', 'status');
    expect(live).toHaveAttribute('aria-live', 'polite');
    expect(live).toHaveAttribute('aria-atomic', 'true');
    expect(live).toBeEmptyDOMElement();
  });

  // What Sửa did, said once: "Đã" and the fix's own label, never "Đã sửa: Sửa …".
  it.each<[string, string]>([
    ['issue-stt.gap-A9', 'Đã đánh số lại (1 ô).'],
    ['issue-unit.unknown-F6', 'Đã sửa ô F6 thành "Văn phòng Sở".'],
    ['issue-deadline.nonstandard-H8', 'Đã sửa ô H8 thành "Quý I/2024".'],
  ])('says what Sửa did on %s, and Đã hoàn tác after Hoàn tác', async (testId, said) => {
    await renderChecked();
    fireEvent.click(within(screen.getByTestId(testId)).getByRole('button', { name: 'Sửa' }));
    await waitFor(() => expect(screen.getByTestId('live-region')).toHaveTextContent(said));
    expect(screen.getByTestId('live-region').textContent).not.toMatch(/sửa:? sửa/iu);
    await idle();
    fireEvent.click(screen.getByRole('button', { name: 'Hoàn tác' }));
    await waitFor(() => expect(screen.getByTestId('live-region')).toHaveTextContent(/^Đã hoàn tác/));
  });

  it('says what Sửa tất cả did, in vấn đề', async () => {
    await renderChecked();
    fireEvent.click(screen.getByRole('button', { name: 'Sửa tất cả' }));
    await waitFor(() => expect(screen.getByTestId('live-region')).toHaveTextContent(/^Đã sửa \d+ vấn đề/));
  });

  it('says Đã chèn after a template is inserted', async () => {
    await renderChecked();
    fireEvent.click(screen.getByRole('tab', { name: 'Chèn nhiệm vụ mẫu' }));
    fireEvent.change(screen.getByRole('searchbox', { name: 'Tìm nhiệm vụ mẫu' }), { target: { value: 'ke hoach kiem soat' } });
    fireEvent.click(await screen.findByTestId('template-tthc-ke-hoach-kiem-soat'));
    fireEvent.click(screen.getByRole('button', { name: 'Chèn vào bảng' }));
    await waitFor(() => expect(screen.getByTestId('live-region')).toHaveTextContent(/^Đã chèn/));
  });
});
