/** @jest-environment jsdom */
/**
 * Tạo phụ lục mới takes the years `phuluc new` takes (newPlanYears: 2020 … this year + 5), and says
 * the range when it refuses one: the pane and the CLI never disagree on a year.
 */
jest.setTimeout(60_000);
import '@testing-library/jest-dom';
import { fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { newAppendixProblem } from '../../src/cli/new';
import { NewAppendixForm } from '../../src/taskpane/components/NewAppendixForm';

const THIS_YEAR = 2026;

function form(onCreate: jest.Mock): void {
  render(
    <FluentProvider theme={webLightTheme}>
      <NewAppendixForm defaultYear={2027} thisYear={THIS_YEAR} defaultBody="Sở Nội vụ" templateCount={3} busy={false} onCreate={onCreate} />
    </FluentProvider>,
  );
}

// typed text, accepted by the pane
test.each<[string, boolean]>([
  ['2020', true],
  ['2026', true],
  ['2031', true],
  ['2019', false],
  ['2010', false],
  ['2000', false],
  ['2032', false],
  ['2100', false],
  ['1800', false],
  ['20245', false],
  ['', false],
  ['năm', false],
])('year %p: accepted %p, as phuluc new decides', (typed, accepted) => {
  const onCreate = jest.fn();
  form(onCreate);
  fireEvent.change(screen.getByTestId('new-year'), { target: { value: typed } });
  const button = screen.getByRole('button', { name: 'Tạo phụ lục mới' });
  if (/^\d{4}$/.test(typed)) {
    // the CLI's verdict on the same year, the same day
    expect(newAppendixProblem({ year: Number(typed), body: 'Sở Nội vụ' }, THIS_YEAR) === undefined).toBe(accepted);
  }
  if (accepted) {
    expect(button).toBeEnabled();
    fireEvent.click(button);
    expect(onCreate).toHaveBeenCalledWith(expect.objectContaining({ year: Number(typed) }));
  } else {
    expect(button).toBeDisabled();
    expect(screen.getByTestId('new-appendix')).toHaveTextContent('Nhập năm 4 chữ số, từ 2020 đến 2031.');
  }
});
