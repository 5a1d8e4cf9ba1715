/** @jest-environment jsdom */
// jsdom rendering of the whole pane is slow on a loaded 2-core machine.
jest.setTimeout(60_000);
import '@testing-library/jest-dom';
import { fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { makeIssue, type Issue } from '../../src/core/issues';
import { IssueList, ISSUE_HEIGHT } from '../../src/taskpane/components/IssueList';

function manyIssues(n: number): Issue[] {
  const out: Issue[] = [];
  for (let r = 0; r < n; r++) {
    out.push(makeIssue('deadline.missing', { sheet: 'Phụ lục', row: r + 5, column: 'deadline', cell: `H${r + 5}` }, {}));
  }
  return out;
}

describe('IssueList', () => {
  it('renders only the items in view for a long list, and follows the scroll', () => {
    const onSelect = jest.fn();
    render(
      <FluentProvider theme={webLightTheme}>
        <IssueList issues={manyIssues(20000)} fixes={[]} disabled={false} onSelect={onSelect} onFix={jest.fn()} />
      </FluentProvider>,
    );
    const items = () => screen.getAllByRole('listitem');
    expect(items().length).toBeLessThan(40);
    expect(screen.getByTestId('issue-deadline.missing-H5')).toBeInTheDocument();
    expect(screen.queryByTestId('issue-deadline.missing-H10004')).not.toBeInTheDocument();
    const list = screen.getByTestId('issue-list');
    fireEvent.scroll(list, { target: { scrollTop: 10000 * ISSUE_HEIGHT } });
    expect(screen.getByTestId('issue-deadline.missing-H10004')).toBeInTheDocument();
    expect(screen.queryByTestId('issue-deadline.missing-H5')).not.toBeInTheDocument();
    expect(items().length).toBeLessThan(40);
    fireEvent.click(screen.getByTestId('issue-deadline.missing-H10004'));
    expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ cell: 'H10004' }));
  });

  it('offers Sửa only on issues that have a fix, without selecting the cell', () => {
    const issues = manyIssues(2);
    const fix = { issue: issues[1]!, label: 'Sửa H6', safe: true, edits: [] };
    const onSelect = jest.fn();
    const onFix = jest.fn();
    render(
      <FluentProvider theme={webLightTheme}>
        <IssueList issues={issues} fixes={[fix]} disabled={false} onSelect={onSelect} onFix={onFix} />
      </FluentProvider>,
    );
    expect(screen.getAllByRole('button', { name: 'Sửa' })).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Sửa' }));
    expect(onFix).toHaveBeenCalledWith(fix);
    expect(onSelect).not.toHaveBeenCalled();
  });
});
