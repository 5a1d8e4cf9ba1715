/** @jest-environment jsdom */
/** The summary as a clerk meets it: count tiles readable by a screen reader, a plan year that says why it refuses. */
import '@testing-library/jest-dom';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { makeIssue, type Issue } from '../../src/core/issues';
import type { SheetReport } from '../../src/core/report';
import { CheckSummary, planYearProblem } from '../../src/taskpane/components/CheckView';

const issues: Issue[] = [
  makeIssue('deadline.missing', { sheet: 'Phụ lục', row: 7, column: 'deadline', cell: 'H7' }, {}),
  makeIssue('unit.unknown', { sheet: 'Phụ lục', row: 8, column: 'lead', cell: 'F8' }, { name: 'Phòng X' }),
  makeIssue('unit.unknown', { sheet: 'Phụ lục', row: 9, column: 'lead', cell: 'F9' }, { name: 'Phòng Y' }),
];
const report = { name: 'Phụ lục', kind: 'tasks', headerRows: [5], columns: {}, planYear: 2024, planYearSource: 'title', rows: [], issues } as unknown as SheetReport;

function renderSummary(onPlanYear = jest.fn()) {
  render(
    <FluentProvider theme={webLightTheme}>
      <CheckSummary report={report} planYear={undefined} busy={false} onPlanYear={onPlanYear} />
    </FluentProvider>,
  );
  return onPlanYear;
}

describe('count tiles', () => {
  it('are a list named with the total of issues, each tile reading "N <severity>"', () => {
    renderSummary();
    const list = screen.getByRole('list', { name: '3 vấn đề theo mức độ' });
    const tiles = within(list).getAllByRole('listitem');
    expect(tiles.map((t) => t.textContent)).toEqual(['1Lỗi', '2Cảnh báo', '0Gợi ý']);
    // the icons beside the words are hidden, so nothing is read twice
    for (const t of tiles) expect(within(t).queryByRole('img')).toBeNull();
  });
});

describe('the plan-year box says why it refuses a year', () => {
  it.each([
    ['1800', /1800 nằm ngoài khoảng phuluc kiểm tra được \(1990–2100\)/],
    ['20245', /"20245" không phải năm có 4 chữ số/],
    ['năm', /"năm" không phải năm có 4 chữ số/],
    ['', /Hãy nhập năm kế hoạch/],
  ])('%j', (typed, why) => {
    const onPlanYear = renderSummary();
    const input = screen.getByTestId('plan-year');
    fireEvent.change(input, { target: { value: typed } });
    fireEvent.blur(input);
    expect(onPlanYear).not.toHaveBeenCalled();
    expect(screen.getByTestId('plan-year-field')).toHaveTextContent(why);
    // tied to the box for a screen reader, and marked invalid
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(why);
  });

  it('a good year is taken and the message goes', () => {
    const onPlanYear = renderSummary();
    const input = screen.getByTestId('plan-year');
    fireEvent.change(input, { target: { value: '1800' } });
    fireEvent.blur(input);
    fireEvent.change(input, { target: { value: '2025' } });
    fireEvent.blur(input);
    expect(onPlanYear).toHaveBeenCalledWith(2025);
    expect(input).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('its buttons have Vietnamese names', () => {
    renderSummary();
    const field = screen.getByTestId('plan-year-field');
    const names = [...field.querySelectorAll('button')].map((b) => b.getAttribute('aria-label'));
    expect(names).toEqual(['Tăng năm kế hoạch', 'Giảm năm kế hoạch']);
    expect(field.innerHTML).not.toMatch(/Increment|Decrement/);
  });

  it.each([['2024', undefined], ['1990', undefined], ['2100', undefined], ['1989', /ngoài khoảng/], ['2101', /ngoài khoảng/], ['24', /4 chữ số/], ['2024.5', /4 chữ số/]])(
    'planYearProblem(%j)',
    (text, problem) => {
      const r = planYearProblem(text);
      if (problem === undefined) expect(r).toBeUndefined();
      else expect(r).toMatch(problem);
    },
  );
});
