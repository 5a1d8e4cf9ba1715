/** @jest-environment jsdom */
/** The template library as a keyboard and a screen reader meet it, and the year it previews. */
import '@testing-library/jest-dom';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { SheetReport } from '../../src/core/report';
import { TemplatePicker } from '../../src/taskpane/components/TemplatePicker';
import { buildLibrary } from '../../src/templates';
import { fillYear } from '../../src/templates/fill';

const library = buildLibrary();
const report2024 = { name: 'Phụ lục', kind: 'tasks', headerRows: [5], columns: {}, planYear: 2024, planYearSource: 'title', rows: [], issues: [] } as unknown as SheetReport;

function renderPicker(report: SheetReport | null, planYear?: number) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <TemplatePicker library={library} grid={null} report={report} planYear={planYear} busy={false} onInsert={jest.fn()} />
    </FluentProvider>,
  );
}

describe('the template library is one Tab stop, arrows inside', () => {
  it('exactly one option is tabbable; ↓ ↑ Home End move focus and the Tab stop', () => {
    renderPicker(report2024);
    const box = screen.getByRole('listbox', { name: 'Thư viện nhiệm vụ mẫu' });
    const options = within(box).getAllByRole('option');
    expect(options.length).toBeGreaterThan(20);
    const stops = () => options.filter((o) => o.tabIndex === 0);
    expect(stops()).toEqual([options[0]]);
    act(() => options[0]!.focus());
    fireEvent.keyDown(options[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(options[1]);
    expect(stops()).toEqual([options[1]]);
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement).toBe(options[options.length - 1]);
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(options[options.length - 1]);
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(document.activeElement).toBe(options[0]);
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(options[0]);
    expect(stops()).toHaveLength(1);
  });

  it('the search box’s clear button has a Vietnamese name', () => {
    renderPicker(report2024);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Tìm nhiệm vụ mẫu' }), { target: { value: 'ke hoach' } });
    const picker = screen.getByTestId('template-picker');
    expect(picker.innerHTML).not.toMatch(/aria-label="clear"/);
    expect(picker.querySelector('[aria-label="Xóa nội dung tìm kiếm"]')).not.toBeNull();
  });
});

describe('templates preview the year that will be written', () => {
  const first = () => within(screen.getByRole('listbox')).getAllByRole('option')[0]!;

  it('a 2024 sheet: 2024, whatever today is', () => {
    renderPicker(report2024);
    expect(first()).toHaveTextContent('2024');
    expect(screen.queryByTestId('template-year-note')).toBeNull();
  });

  it('a year typed in the pane wins', () => {
    renderPicker(report2024, 2026);
    expect(first()).toHaveTextContent('2026');
  });

  it('before a check: no year is guessed; "[năm]" and a note saying where it comes from', () => {
    renderPicker(null);
    expect(first()).toHaveTextContent('[năm]');
    expect(first().textContent).not.toContain(String(new Date().getFullYear()));
    expect(screen.getByTestId('template-year-note')).toHaveTextContent('năm kế hoạch của bảng');
  });

  it.each([
    ['Quý I/{năm}', 2024, 'Quý I/2024'],
    ['Năm {nam+1}', 2024, 'Năm 2025'],
    ['Quý I/{năm}', undefined, 'Quý I/[năm]'],
    ['Từ {year - 1} đến {năm}', undefined, 'Từ [năm - 1] đến [năm]'],
  ])('fillYear(%j, %j)', (text, year, want) => expect(fillYear(text, year)).toBe(want));
});
