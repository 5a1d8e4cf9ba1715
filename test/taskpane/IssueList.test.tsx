/** @jest-environment jsdom */
// jsdom rendering of the whole pane is slow on a loaded 2-core machine.
jest.setTimeout(60_000);
import '@testing-library/jest-dom';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Fix } from '../../src/core/fix';
import type { SetEdit } from '../../src/core/fix';
import { makeIssue, type Issue } from '../../src/core/issues';
import { IssueList, ISSUE_BASE_HEIGHT } from '../../src/taskpane/components/IssueList';

function manyIssues(n: number): Issue[] {
  const out: Issue[] = [];
  for (let r = 0; r < n; r++) {
    out.push(makeIssue('deadline.missing', { sheet: 'Phụ lục', row: r + 5, column: 'deadline', cell: `H${r + 5}` }, {}));
  }
  return out;
}

/** A write of `value` at the 0-based cell (r, col), over an empty cell. */
function setEdit(r: number, col: number, value: string | number): SetEdit {
  return { kind: 'set', row: r + 1, col, address: `${String.fromCharCode(65 + col)}${r + 1}`, value, seen: { value: null } };
}

/** The list inside a scroll container, as the pane holds it. */
function renderList(issues: Issue[], fixes: Fix[] = [], handlers: { onSelect?: jest.Mock; onFix?: jest.Mock } = {}) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <div data-scroll-root="" data-testid="scroll-root" style={{ height: 650, overflowY: 'auto' }}>
        <IssueList issues={issues} fixes={fixes} disabled={false} onSelect={handlers.onSelect ?? jest.fn()} onFix={handlers.onFix ?? jest.fn()} />
      </div>
    </FluentProvider>,
  );
}

describe('IssueList group counts', () => {
  // A group's badge counts its issues as a clerk writes numbers, and says so to a screen reader.
  it.each<[number, string]>([
    [7, '7'],
    [1240, '1.240'],
    [20000, '20.000'],
  ])('%d issues: the badge reads %s', (n, shown) => {
    renderList(manyIssues(n));
    const badge = screen.getByTestId('group-count');
    expect(badge).toHaveTextContent(new RegExp(`^${shown.replace('.', '\\.')}$`));
    expect(badge).toHaveAccessibleName(`${shown} vấn đề`);
  });
});

describe('IssueList', () => {
  it('renders only the items in view for a long list, and follows the pane’s scroll', () => {
    const onSelect = jest.fn();
    renderList(manyIssues(20000), [], { onSelect });
    const items = () => screen.getAllByRole('listitem');
    expect(items().length).toBeLessThan(40);
    expect(screen.getByTestId('issue-deadline.missing-H5')).toBeInTheDocument();
    expect(screen.queryByTestId('issue-deadline.missing-H10004')).not.toBeInTheDocument();
    // One line of message: the base height and one line.
    fireEvent.scroll(screen.getByTestId('scroll-root'), { target: { scrollTop: 10000 * (ISSUE_BASE_HEIGHT + 16) } });
    expect(screen.getByTestId('issue-deadline.missing-H10004')).toBeInTheDocument();
    expect(screen.queryByTestId('issue-deadline.missing-H50')).not.toBeInTheDocument();
    expect(items().length).toBeLessThan(40);
    fireEvent.click(screen.getByTestId('issue-deadline.missing-H10004'));
    expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ cell: 'H10004' }));
  });

  it('offers Sửa only on issues that have a fix, without selecting the cell', () => {
    const issues = manyIssues(2);
    const fix = { issue: issues[1]!, label: 'Sửa H6', safe: true, edits: [setEdit(5, 7, 'Quý II/2024')] };
    const onSelect = jest.fn();
    const onFix = jest.fn();
    renderList(issues, [fix], { onSelect, onFix });
    expect(screen.getAllByRole('button', { name: 'Sửa' })).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Sửa' }));
    expect(onFix).toHaveBeenCalledWith(fix);
    expect(onSelect).not.toHaveBeenCalled();
  });
});

describe('IssueList: the whole value Sửa will write, before it is pressed', () => {
  const long = 'Văn phòng Sở; Phòng Kế hoạch - Tài chính; Phòng Tổ chức cán bộ; Trung tâm Dịch vụ việc làm; Thanh tra Sở';
  const issue = makeIssue('unit.nonstandard', { sheet: 'Phụ lục', row: 12, column: 'lead', cell: 'F12' }, { name: 'VP Sở', canonical: long }, long);

  it('one cell: its address and the full text, on as many lines as it takes (no "…", no tooltip)', () => {
    const fix: Fix = { issue, label: 'x', safe: true, edits: [setEdit(11, 5, long)] };
    renderList([issue], [fix]);
    const detail = within(screen.getByTestId('issue-unit.nonstandard-F12')).getByTestId('issue-detail');
    expect(detail).toHaveTextContent(`Sẽ ghi vào F12: ${long}.`);
    expect(detail.textContent).not.toContain('…');
    expect(detail.querySelector('[title]')).toBeNull();
    // the button says what it writes to a screen reader too
    expect(screen.getByRole('button', { name: 'Sửa' })).toHaveAccessibleDescription(`Sẽ ghi vào F12: ${long}.`);
  });

  it('several cells: how many, each with its value (amounts as the sheet writes them)', () => {
    const b = makeIssue('budget.total-mismatch', { sheet: 'Dự toán', row: 20, column: 'amount', cell: 'F20' }, { total: 1, sum: 20500000 }, 20500000);
    const fix: Fix = { issue: b, label: 'x', safe: true, edits: [setEdit(19, 5, 20500000), setEdit(21, 1, 'Hai mươi triệu năm trăm nghìn đồng')] };
    renderList([b], [fix]);
    expect(screen.getByTestId('issue-detail')).toHaveTextContent('Sẽ ghi 2 ô: F20: 20.500.000; B22: Hai mươi triệu năm trăm nghìn đồng.');
  });

  // The budget's one repair: lines, the savings line no issue named, the total and the words.
  it('a budget repair of more than five cells: every cell with its amount, not only how many', () => {
    const b = makeIssue('budget.line-mismatch', { sheet: 'Dự toán', row: 7, column: 'amount', cell: 'F7' }, { amount: 6500000, quantity: 12, rate: 500000, expected: 6000000 }, 6000000);
    const edits = [
      setEdit(6, 5, 6000000), setEdit(7, 5, 2000000), setEdit(8, 5, 3600000), setEdit(12, 5, 2066667), setEdit(13, 5, 20666667),
      setEdit(14, 0, '(Bằng chữ: Hai mươi triệu sáu trăm sáu mươi sáu nghìn sáu trăm sáu mươi bảy đồng)'),
    ];
    renderList([b], [{ issue: b, label: 'x', safe: true, edits }]);
    expect(screen.getByTestId('issue-detail')).toHaveTextContent(
      'Sẽ ghi 6 ô: F7: 6.000.000; F8: 2.000.000; F9: 3.600.000; F13: 2.066.667; F14: 20.666.667; ' +
        'A15: (Bằng chữ: Hai mươi triệu sáu trăm sáu mươi sáu nghìn sáu trăm sáu mươi bảy đồng).',
    );
  });

  it('a renumbering: how many cells, before it is pressed', () => {
    const gap = makeIssue('stt.gap', { sheet: 'Phụ lục', row: 9, column: 'stt', cell: 'A9' }, { expected: '3', found: '4' }, '3');
    const edits = Array.from({ length: 40 }, (_, i) => setEdit(8 + i, 0, i + 3));
    renderList([gap], [{ issue: gap, label: 'Đánh số lại (40 ô)', safe: true, edits }]);
    expect(screen.getByTestId('issue-detail')).toHaveTextContent('Sẽ đánh lại số thứ tự của 40 ô.');
  });

  it('no fix: the suggestion alone, whole', () => {
    const i = makeIssue('budget.line-mismatch', { sheet: 'Dự toán', row: 8, column: 'amount', cell: 'F8' }, { amount: 1, quantity: 2, rate: 10250000, expected: 20500000 }, 20500000);
    renderList([i]);
    expect(screen.getByTestId('issue-detail')).toHaveTextContent('Đề xuất: 20.500.000');
    expect(screen.queryByRole('button', { name: 'Sửa' })).toBeNull();
  });
});

describe('IssueList: one Tab stop, arrow keys inside (roving tab index)', () => {
  const issues = [
    ...manyIssues(3),
    makeIssue('unit.unknown', { sheet: 'Phụ lục', row: 7, column: 'lead', cell: 'F7' }, { name: 'Phòng X' }),
  ];
  const tabbable = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>('[tabindex="0"], button:not([tabindex])')].filter((e) => !e.hasAttribute('disabled'));

  it('exactly one row takes Tab; ↓ ↑ Home End move focus and the Tab stop with it', () => {
    renderList(issues);
    const list = screen.getByTestId('issue-list');
    expect(tabbable(list)).toHaveLength(1);
    const first = tabbable(list)[0]!;
    expect(first).toHaveAttribute('aria-expanded'); // the first group's header
    act(() => first.focus());
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(screen.getByTestId('issue-deadline.missing-H5'));
    expect(tabbable(list)).toEqual([document.activeElement]);
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(screen.getByTestId('issue-deadline.missing-H6'));
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement).toBe(screen.getByTestId('issue-unit.unknown-F7'));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    expect(document.activeElement).toHaveAttribute('aria-expanded'); // the warnings' group
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(document.activeElement).toBe(first);
    expect(tabbable(list)).toHaveLength(1);
  });

  it('Enter on an issue selects its cell; Enter on a group folds it', () => {
    const onSelect = jest.fn();
    renderList(issues, [], { onSelect });
    const first = screen.getByTestId('issue-deadline.missing-H5');
    act(() => first.focus());
    fireEvent.keyDown(first, { key: 'Enter' });
    expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ cell: 'H5' }));
    fireEvent.keyDown(first, { key: 'ArrowUp' });
    fireEvent.click(document.activeElement!);
    expect(screen.queryByTestId('issue-deadline.missing-H5')).toBeNull();
  });

  it('the focused issue’s Sửa is the only other Tab stop', () => {
    const fixes: Fix[] = issues.slice(0, 3).map((i) => ({ issue: i, label: 'x', safe: true, edits: [setEdit(i.row - 1, 7, 'Quý IV/2024')] }));
    renderList(issues, fixes);
    const list = screen.getByTestId('issue-list');
    const row = screen.getByTestId('issue-deadline.missing-H6');
    act(() => row.focus());
    const stops = tabbable(list);
    expect(stops).toHaveLength(2);
    expect(stops[0]).toBe(row);
    expect(within(row).getByRole('button', { name: 'Sửa' })).toBe(stops[1]);
  });
});
