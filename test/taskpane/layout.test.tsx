/** @jest-environment jsdom */
// jsdom rendering of the whole pane is slow on a loaded 2-core machine.
jest.setTimeout(60_000);
/**
 * What a first-time clerk meets: the note before the first check, the tabs, the all-clear, folding
 * groups, notices that can be closed.
 */
import '@testing-library/jest-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { makeIssue, type Issue } from '../../src/core/issues';
import { App } from '../../src/taskpane/App';
import { IssueList } from '../../src/taskpane/components/IssueList';
import { FakeAdapter } from './fakeAdapter';
import { gridOf, taskGrid, taskRows } from './fixture';
import { checkSheet, parsePeriod, periodReport, type Grid } from '../../src/core';
import { periodReportSheet } from '../../src/layout';
import { progressSheet } from '../helpers/progress-sheet';

/** The Quý I/2026 report of the progress sheet as the pane adds it, read back as a grid. */
function reportGrid(): Grid {
  const spec = periodReportSheet(periodReport(checkSheet(progressSheet()).report, parsePeriod('Quý I/2026')!, '2026-04-10'));
  return {
    name: spec.name,
    rows: spec.rows.map((row) => row.map((c) => (c && c.value !== null && c.value !== '' ? { value: c.value } : undefined))),
    merges: spec.merges ?? [],
  };
}

// The whole pane renders slowly on a loaded two-core machine: explicit timeouts instead of
// Jest's 5 s per test and Testing Library's 1 s per wait (npm test failed on them under load).
jest.setTimeout(60_000);
configure({ asyncUtilTimeout: 15_000 });

async function start(adapter = new FakeAdapter(taskGrid())) {
  render(<App adapter={adapter} />);
  await waitFor(() => expect(screen.getByRole('button', { name: 'Kiểm tra' })).toBeEnabled());
  return adapter;
}

async function check() {
  fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
  await screen.findByTestId('check-view');
  await waitFor(() => expect(screen.queryByTestId('busy')).not.toBeInTheDocument());
}

describe('first run', () => {
  it('says what the pane does and what to press, then gives way to the result', async () => {
    await start();
    expect(screen.getByTestId('intro')).toHaveTextContent('bấm "Kiểm tra"');
    expect(screen.getByRole('tab', { name: /Vấn đề/ })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tab', { name: 'Chèn nhiệm vụ mẫu' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Công cụ' })).toBeInTheDocument();
    await check();
    expect(screen.queryByTestId('intro')).not.toBeInTheDocument();
    expect(screen.getByTestId('sheet-summary')).toHaveTextContent('bảng nhiệm vụ, 4 nhiệm vụ');
    // Sửa tất cả says how much it would do.
    expect(screen.getByRole('toolbar', { name: 'Sửa và tô màu' })).toHaveTextContent('2 vấn đề sửa tự động được');
  });

  // The sheet Tạo báo cáo quý added quotes the appendix (its "Tháng 3/2026", its "Thanh tra Sở"):
  // checked, it is named as phuluc's report, with no issue of its own; the appendix is still checked.
  it.each<[string, () => Grid, string, boolean]>([
    ['the quarterly report sheet', () => reportGrid(), 'báo cáo tiến độ do phuluc tạo, không phải phụ lục nên không kiểm tra', false],
    ['the appendix it was made from', () => progressSheet(), 'bảng nhiệm vụ', true],
  ])('checking %s', async (_what, grid, kind, issues) => {
    await start(new FakeAdapter(grid()));
    await check();
    expect(screen.getByTestId('sheet-summary')).toHaveTextContent(kind);
    expect(screen.queryAllByTestId(/^issue-/).length > 0).toBe(issues);
  });

  it('Kiểm tra brings the issues back from another tab, and closes Cài đặt', async () => {
    await start();
    fireEvent.click(screen.getByRole('tab', { name: 'Công cụ' }));
    expect(screen.getByTestId('tools-panel')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Cài đặt' }));
    expect(screen.getByTestId('settings-panel')).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Công cụ' })).not.toBeInTheDocument();
    await check();
    expect(screen.queryByTestId('settings-panel')).not.toBeInTheDocument();
    expect(screen.getByRole('tab', { name: /Vấn đề/ })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByTestId('issue-stt.gap-A9')).toBeInTheDocument();
  });
});

describe('results', () => {
  it('says so plainly when nothing is wrong', async () => {
    const rows = taskRows();
    rows[5]![5] = 'Văn phòng Sở';
    rows[7]![7] = 'Quý I/2024';
    rows[8]![0] = 2;
    await start(new FakeAdapter(gridOf('Phụ lục', rows)));
    await check();
    expect(screen.getByTestId('no-issues')).toHaveTextContent('Không phát hiện vấn đề nào.');
    expect(screen.getByTestId('count-error')).toHaveTextContent('0');
    expect(screen.getByRole('button', { name: 'Sửa tất cả' })).toBeDisabled();
  });

  it('lets a success notice be closed', async () => {
    await start();
    await check();
    fireEvent.click(within(screen.getByTestId('issue-stt.gap-A9')).getByRole('button', { name: 'Sửa' }));
    const notice = await screen.findByTestId('notice-bar');
    expect(notice).toHaveTextContent('Đã đánh số lại (1 ô).');
    fireEvent.click(within(notice).getByRole('button', { name: 'Đóng thông báo' }));
    expect(screen.queryByTestId('notice-bar')).not.toBeInTheDocument();
  });
});

describe('issue groups', () => {
  function issues(): Issue[] {
    return [
      makeIssue('deadline.missing', { sheet: 'Phụ lục', row: 5, column: 'deadline', cell: 'H5' }, {}),
      makeIssue('deadline.missing', { sheet: 'Phụ lục', row: 6, column: 'deadline', cell: 'H6' }, {}),
    ];
  }

  it('fold away and open again, keeping their count', () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <IssueList issues={issues()} fixes={[]} disabled={false} onSelect={jest.fn()} onFix={jest.fn()} />
      </FluentProvider>,
    );
    const group = screen.getByTestId('issue-group-deadline.missing');
    const toggle = within(group).getByRole('button');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(group).toHaveTextContent('2');
    expect(screen.getByTestId('issue-deadline.missing-H6')).toBeInTheDocument();
    fireEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByTestId('issue-deadline.missing-H6')).not.toBeInTheDocument();
    expect(screen.getByTestId('issue-group-deadline.missing')).toHaveTextContent('2');
    fireEvent.click(toggle);
    expect(screen.getByTestId('issue-deadline.missing-H6')).toBeInTheDocument();
  });

  it('show each issue with its severity and cell', () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <IssueList issues={issues()} fixes={[]} disabled={false} onSelect={jest.fn()} onFix={jest.fn()} />
      </FluentProvider>,
    );
    const item = screen.getByTestId('issue-deadline.missing-H5');
    expect(item.getAttribute('aria-label')).toMatch(/^Lỗi, H5: /);
    expect(within(item).getByRole('img', { name: 'Lỗi' })).toBeInTheDocument();
  });
});
