/** @jest-environment jsdom */
// jsdom rendering of the whole pane is slow on a loaded 2-core machine.
jest.setTimeout(60_000);
import '@testing-library/jest-dom';
import { configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { checkSheet } from '../../src/core';
import { amountToWords } from '../../src/core/money/words';
import { splitWordsCell } from '../../src/core/money/words-cell';
import { App } from '../../src/taskpane/App';
import { planBudget } from '../../src/taskpane/budget';
import { FakeAdapter } from './fakeAdapter';
import { gridOf, HEADER } from './fixture';

// The whole pane renders slowly on a loaded two-core machine: explicit timeouts instead of
// Jest's 5 s per test and Testing Library's 1 s per wait (npm test failed on them under load).
jest.setTimeout(60_000);
configure({ asyncUtilTimeout: 15_000 });

/** The Bình Định budget appendix (DOMAIN.md), with line 2's amount wrong and the words missing a total. */
function budgetGrid() {
  return gridOf('Dự toán', [
    ['Phụ lục 2', null, null, null, null, null],
    ['KẾ HOẠCH DỰ TRÙ KINH PHÍ', null, null, null, null, null],
    ['STT', 'Nội dung chi tiết', 'Đơn vị tính', 'Số lượng', 'Định mức', 'Số tiền'],
    [1, 'Hỗ trợ công chức làm việc tại Trung tâm hành chính công tỉnh', 'Người', '12 tháng', 500000, 6000000],
    [2, 'Tổ chức tập huấn nâng cao trình độ', 'Lớp', 1, 2000000, 2500000],
    [3, 'Tổ chức kiểm tra tình hình thực hiện cải cách hành chính', 'Đơn vị', '06', '-', 3000000],
    [4, 'Xây dựng tin, bài, ấn phẩm về cải cách hành chính', 'Ấn phẩm', '-', '-', 3000000],
    [5, 'Khen thưởng', 'Tập thể/cá nhân', '-', '-', 2000000],
    [6, 'Chi khác', '-', '-', '-', 2000000],
    [7, 'Tiết kiệm chi 10%', null, null, null, 2000000],
    ['TỔNG CỘNG', null, null, null, null, 20500000],
    ['(Bằng chữ: Hai mươi triệu năm trăm nghìn đồng)', null, null, null, null, null],
  ]);
}

describe('planBudget', () => {
  it('writes quantity × rate where both are numbers, SUM for the total, and the words', () => {
    const grid = budgetGrid();
    const { report } = checkSheet(grid);
    expect(report.kind).toBe('budget');
    const plan = planBudget(grid, report, (n) => amountToWords(n), splitWordsCell);
    expect(plan.formulas).toBe(2);
    expect(plan.ops).toEqual(
      expect.arrayContaining([
        { kind: 'formula', row: 4, col: 5, formula: '12*E4', numFmt: '#,##0', seen: { value: 6000000 } },
        { kind: 'formula', row: 5, col: 5, formula: 'D5*E5', numFmt: '#,##0', seen: { value: 2500000 } },
        { kind: 'formula', row: 11, col: 5, formula: 'SUM(F4:F10)', numFmt: '#,##0', seen: { value: 20500000 } },
      ]),
    );
    expect(plan.total).toBe(20000000);
    expect(plan.wordsText).toBe('(Bằng chữ: Hai mươi triệu đồng)');
    expect(plan.ops).toContainEqual({
      kind: 'set',
      row: 12,
      col: 0,
      address: 'A12',
      value: '(Bằng chữ: Hai mươi triệu đồng)',
      seen: { value: '(Bằng chữ: Hai mươi triệu năm trăm nghìn đồng)' },
    });
  });
});

describe('Dự toán', () => {
  it('is offered on a budget sheet and writes the formulas in one batch', async () => {
    const adapter = new FakeAdapter(budgetGrid());
    render(<App adapter={adapter} />);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Kiểm tra' })).toBeEnabled());
    expect(screen.queryByRole('button', { name: 'Dự toán' })).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Dự toán' }));
    await waitFor(() => expect(adapter.batches).toHaveLength(1));
    expect(adapter.batches[0]!.label).toBe('Công thức dự toán');
    expect(adapter.value('F11')).toBe('=SUM(F4:F10)');
    expect(adapter.value('A12')).toBe('(Bằng chữ: Hai mươi triệu đồng)');
    expect(await screen.findByTestId('notice-bar')).toHaveTextContent('Đã ghi 2 công thức');
    // the words once, not "Bằng chữ: (Bằng chữ: …)"
    expect(screen.getByTestId('notice-bar')).toHaveTextContent('Số tiền bằng chữ đã ghi: Hai mươi triệu đồng.');
    expect(screen.getByTestId('notice-bar').textContent!.match(/[Bb]ằng chữ/g)).toHaveLength(1);
  });

  it('is not offered on a task sheet', async () => {
    const adapter = new FakeAdapter(gridOf('Phụ lục', [['CÁC NHIỆM VỤ NĂM 2024'], HEADER, [1, 'a', 'b', 'c', 'd', 'Văn phòng Sở', '', 'Quý I/2024', 'Thường xuyên']]));
    render(<App adapter={adapter} />);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Kiểm tra' })).toBeEnabled());
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await screen.findByTestId('check-view');
    expect(screen.queryByRole('button', { name: 'Dự toán' })).not.toBeInTheDocument();
  });
});
