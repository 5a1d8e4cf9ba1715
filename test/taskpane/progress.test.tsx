/** @jest-environment jsdom */
/**
 * The Tiến độ tab and Tạo phụ lục mới over the real adapter and the emulated Excel API. Expected
 * figures come from the row list in test/helpers/progress-sheet.ts (worked out there by hand).
 */
import '@testing-library/jest-dom';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createOfficeAdapter } from '../../src/excel';
import { createExcelEmulator, sheetFromGrid, WorkbookModel } from '../../src/excel/emulator';
import { App } from '../../src/taskpane/App';
import { defaultPeriod } from '../../src/taskpane/components/ProgressPanel';
import { progressSheet } from '../helpers/progress-sheet';
import { gridOf } from '../helpers/grid';

// Rendering the whole pane in jsdom on a shared 2-core machine takes seconds.
jest.setTimeout(60_000);
const slow = { timeout: 15_000 };

function open(withStatus = true) {
  const g = progressSheet();
  const grid = withStatus ? g : { ...g, rows: g.rows.map((r) => r?.slice(0, 5)), merges: g.merges.map((m) => ({ ...m, right: Math.min(m.right, 4) })) };
  const model = new WorkbookModel([sheetFromGrid(grid)]);
  const adapter = createOfficeAdapter(createExcelEmulator(model));
  render(<App adapter={adapter} today="2026-04-10" />);
  return model;
}

async function checkedProgress() {
  await waitFor(() => expect(screen.getByRole('button', { name: 'Kiểm tra' })).toBeEnabled(), slow);
  fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
  await screen.findByTestId('check-view', {}, slow);
  fireEvent.click(screen.getByRole('tab', { name: 'Tiến độ' }));
  return screen.findByTestId('progress-panel', {}, slow);
}

const rowsOf = (list: HTMLElement) => within(list).getAllByRole('button').map((b) => Number(b.getAttribute('data-testid')!.replace('progress-row-', '')));

test('on 10/04/2026: totals, quarters, leads, overdue and due soon; clicking a task selects its row', async () => {
  const model = open();
  await checkedProgress();
  expect(screen.getByTestId('progress-totals')).toHaveTextContent('12 nhiệm vụ: 8 đến hạn trong năm 2026, 1 thường xuyên, 1 theo yêu cầu, 1 chưa có thời hạn, 1 thời hạn năm khác.');
  expect(screen.getByTestId('progress-chart')).toHaveAttribute(
    'aria-label',
    'Quý I: 5 nhiệm vụ, 3 đã hoàn thành; Quý II: 2 nhiệm vụ, 0 đã hoàn thành; Quý III: 0 nhiệm vụ, 0 đã hoàn thành; Quý IV: 1 nhiệm vụ, 0 đã hoàn thành',
  );
  const table = screen.getByTestId('progress-table');
  const lines = within(table).getAllByRole('row').slice(1).map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent));
  expect(lines).toEqual([
    ['Văn phòng Sở', '3', '1', '', '1', '1', '1', '2', '9'],
    ['Thanh tra Sở', '3', '1', '', '', '', '', '', '4'],
  ]);
  expect(rowsOf(screen.getByTestId('progress-overdue'))).toEqual([18, 7, 14]);
  expect(rowsOf(screen.getByTestId('progress-due-soon'))).toEqual([10]);
  expect(screen.queryByTestId('no-status-column')).not.toBeInTheDocument();
  // row 14 is an activity of row 12's task: listed under that task's name
  expect(within(screen.getByTestId('progress-overdue')).getByTestId('progress-row-14')).toHaveTextContent('31/03/2026 — Tuyên truyền CCHC: Tổ chức hội nghị');

  fireEvent.click(screen.getByTestId('progress-row-7'));
  await waitFor(() => expect(model.selection?.rect).toEqual({ top: 6, left: 0, bottom: 6, right: 5 }), slow);
});

test('another date: on 10/03/2026 only the 2025 task is overdue; 15/03 and 31/03 fall due within 30 days', async () => {
  open();
  await checkedProgress();
  fireEvent.change(screen.getByTestId('progress-date'), { target: { value: '2026-03-10' } });
  await waitFor(() => expect(rowsOf(screen.getByTestId('progress-overdue'))).toEqual([18]), slow);
  expect(rowsOf(screen.getByTestId('progress-due-soon'))).toEqual([7, 14]);
});

test('Tạo báo cáo quý writes the Quý I report as a new sheet', async () => {
  const model = open();
  await checkedProgress();
  expect(screen.getByTestId('report-period')).toHaveValue('q1'); // on 10/04 the last quarter ended is Quý I
  fireEvent.click(screen.getByRole('button', { name: 'Tạo báo cáo quý' }));
  await screen.findByTestId('progress-notice', {}, slow);
  expect(screen.getByTestId('progress-notice')).toHaveTextContent('Đã tạo trang tính "Báo cáo Quý I năm 2026"');
  // said to a screen reader too, through the pane's one polite live region
  await waitFor(() => expect(screen.getByTestId('live-region')).toHaveTextContent(/^Đã tạo trang tính "Báo cáo Quý I năm 2026"/), slow);
  const sheet = model.sheet('Báo cáo Quý I năm 2026')!;
  expect(model.active).toBe(sheet);
  const counts = Object.fromEntries(sheet.rows.filter((r) => typeof r?.[4]?.value === 'number').map((r) => [r![1]!.value, r![4]!.value]));
  // due rows 4 5 7 13 14 18: on time 4; late 5, 13; overdue 7, 14, 18
  expect(counts).toMatchObject({ 'Hoàn thành đúng hạn': 1, 'Hoàn thành quá hạn': 2, 'Quá hạn, chưa hoàn thành': 3 });
});

test.each<[string, string, string | null]>([
  ['q1', '2026-04-10', null],
  ['q2', '2026-04-10', null],
  ['q3', '2026-04-10', 'Ngày 10/04/2026 trước khi kỳ Quý III/2026 bắt đầu (01/07/2026)'],
  ['q4', '2026-04-10', 'Ngày 10/04/2026 trước khi kỳ Quý IV/2026 bắt đầu (01/10/2026)'],
  ['q1', '2025-12-31', 'Ngày 31/12/2025 trước khi kỳ Quý I/2026 bắt đầu (01/01/2026)'],
  ['q1', '2026-01-01', null],
])('period %s on %s: a date before the period is said beside Tạo báo cáo quý, which stays enabled', async (period, date, warning) => {
  open();
  await checkedProgress();
  fireEvent.change(screen.getByTestId('progress-date'), { target: { value: date } });
  fireEvent.change(screen.getByTestId('report-period'), { target: { value: period } });
  await waitFor(() => expect(screen.getByTestId('report-period')).toHaveValue(period), slow);
  if (warning) expect(screen.getByTestId('report-date-before-period')).toHaveTextContent(warning);
  else expect(screen.queryByTestId('report-date-before-period')).not.toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Tạo báo cáo quý' })).toBeEnabled();
});

test('a table without a status column: say so, add the column with its drop-down, and see it', async () => {
  const model = open(false);
  await checkedProgress();
  expect(screen.getByTestId('no-status-column')).toBeInTheDocument();
  // without a status column, every task due and past is overdue: rows 18, 7, 4 (31/01), 13 (28/02), 5 and 14 (31/03)
  expect(rowsOf(screen.getByTestId('progress-overdue'))).toEqual([18, 4, 13, 7, 5, 14]);
  fireEvent.click(screen.getByRole('button', { name: 'Thêm cột' }));
  await screen.findByTestId('progress-notice', {}, slow);
  expect(screen.getByTestId('progress-notice')).toHaveTextContent('Đã thêm cột "Tình hình thực hiện" (cột F)');
  await waitFor(() => expect(screen.getByTestId('live-region')).toHaveTextContent(/^Đã thêm cột "Tình hình thực hiện" \(cột F\)/), slow);
  expect(model.active.cell(1, 5)?.value).toBe('Tình hình thực hiện');
  expect(model.active.validations).toContainEqual(expect.objectContaining({ rect: { top: 2, left: 5, bottom: 17, right: 5 } }));
  await waitFor(() => expect(screen.queryByTestId('no-status-column')).not.toBeInTheDocument(), slow);
});

test('Tạo phụ lục mới in Công cụ', async () => {
  const model = open();
  await checkedProgress();
  fireEvent.click(screen.getByRole('tab', { name: 'Công cụ' }));
  expect(screen.getByTestId('new-year')).toHaveValue('2027');
  expect(screen.getByTestId('new-body')).toHaveValue('SỞ NỘI VỤ');
  fireEvent.change(screen.getByTestId('new-body'), { target: { value: 'Sở Nội vụ' } });
  fireEvent.click(screen.getByRole('button', { name: 'Tạo phụ lục mới' }));
  await screen.findByTestId('tools-year-status', {}, slow);
  expect(screen.getByTestId('tools-year-status')).toHaveTextContent('Đã tạo trang tính "Phụ lục (2)"');
  await waitFor(() => expect(screen.getByTestId('live-region')).toHaveTextContent(/^Đã tạo trang tính "Phụ lục \(2\)"/), slow);
  expect(model.sheet('Phụ lục (2)')?.cell(1, 0)?.value).toBe('CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2027 CỦA SỞ NỘI VỤ');
});

test.each<[string, RegExp | null, string | null]>([
  // body typed, the reason shown (null: none), the Trình row written (null: nothing written)
  ['UBND tỉnh Quảng Bình', /tỉnh Quảng Bình đã sáp nhập vào tỉnh Quảng Trị từ 01\/07\/2025/, null],
  ['UBND tỉnh Hà Nội', /Hà Nội là thành phố trực thuộc trung ương, không phải tỉnh/, null],
  ['UBND huyện Cam Lộ', /cấp huyện .* đã kết thúc ngày 30\/06\/2025/, null],
  ['UBND thành phố Hà Nội', null, 'Trình UBND thành phố công bố danh mục TTHC thuộc thẩm quyền quản lý'],
  ['UBND xã Tân Lập', null, 'Trình UBND xã công bố danh mục TTHC thuộc thẩm quyền quản lý'],
])('Tạo phụ lục mới for %s in 2027', async (body, reason, published) => {
  const model = open();
  await checkedProgress();
  fireEvent.click(screen.getByRole('tab', { name: 'Công cụ' }));
  fireEvent.change(screen.getByTestId('new-body'), { target: { value: body } });
  // the standard tasks are ticked by default
  const button = screen.getByRole('button', { name: 'Tạo phụ lục mới' });
  if (reason) {
    expect(screen.getByTestId('new-appendix')).toHaveTextContent(reason);
    expect(button).toBeDisabled();
    expect(model.sheet('Phụ lục (2)')).toBeUndefined();
  } else {
    expect(button).toBeEnabled();
    fireEvent.click(button);
    await screen.findByTestId('tools-year-status', {}, slow);
    const sheet = model.sheet('Phụ lục (2)')!;
    const texts = [...Array(120).keys()].map((r) => sheet.cell(r, 1)?.value);
    expect(texts).toContain(published);
  }
});

test.each([
  ['2026-04-10', 2026, 'q1'],
  ['2026-07-01', 2026, 'q2'],
  ['2026-12-31', 2026, 'q3'],
  ['2026-02-01', 2026, 'q1'],
  ['2027-01-05', 2026, 'q4'],
  ['2025-12-20', 2026, 'q1'],
])('defaultPeriod(%s, %d) = %s', (asOf, year, period) => {
  expect(defaultPeriod(asOf, year)).toBe(period);
});

test('a date cleared or half typed falls back to today (10/04): the figures stay those of today', async () => {
  open();
  await checkedProgress();
  for (const value of ['', '2026-04', '20260410']) {
    fireEvent.change(screen.getByTestId('progress-date'), { target: { value } });
    await waitFor(() => expect(rowsOf(screen.getByTestId('progress-overdue'))).toEqual([18, 7, 14]), slow);
    expect(rowsOf(screen.getByTestId('progress-due-soon'))).toEqual([10]);
  }
});

test('a sheet that is not a task table: the tab says so, offers no report and no column', async () => {
  const model = new WorkbookModel([sheetFromGrid(gridOf('Ghi chú', [['Danh sách cán bộ đầu mối'], ['Họ và tên', 'Điện thoại'], ['Nguyễn Văn A', '0912 345 678']]))]);
  render(<App adapter={createOfficeAdapter(createExcelEmulator(model))} today="2026-04-10" />);
  const panel = await checkedProgress();
  expect(panel).toHaveTextContent('Trang tính này không phải bảng nhiệm vụ');
  expect(screen.queryByRole('button', { name: 'Tạo báo cáo quý' })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Thêm cột' })).not.toBeInTheDocument();
  expect(model.sheets).toHaveLength(1);
});

test('a plan with no dated task: recurring and conditional counted apart, every quarter at zero, nothing overdue or due soon', async () => {
  const g = gridOf('Phụ lục', [
    ['CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026 CỦA SỞ NỘI VỤ'],
    ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian thực hiện', 'Tình hình thực hiện'],
    ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH'],
    [1, 'Báo cáo CCHC hằng quý', 'Văn phòng Sở', null, 'Hằng quý', 'Đang thực hiện'],
    [2, 'Tập huấn nghiệp vụ', 'Văn phòng Sở', null, 'Khi có yêu cầu', null],
    [3, 'Cập nhật cơ sở dữ liệu', 'Văn phòng Sở', null, 'Thường xuyên', null],
  ], ['A1:F1', 'B3:F3']);
  render(<App adapter={createOfficeAdapter(createExcelEmulator(new WorkbookModel([sheetFromGrid(g)])))} today="2026-04-10" />);
  await checkedProgress();
  // two recurring (rows 4, 6) and one conditional (row 5), none due in a quarter
  expect(screen.getByTestId('progress-totals')).toHaveTextContent('3 nhiệm vụ: 0 đến hạn trong năm 2026, 2 thường xuyên, 1 theo yêu cầu');
  expect(screen.getByTestId('progress-chart')).toHaveAttribute('aria-label', expect.stringContaining('Quý I: 0 nhiệm vụ, 0 đã hoàn thành'));
  expect(screen.queryByTestId('progress-overdue')).not.toBeInTheDocument();
  expect(screen.getByTestId('progress-panel')).toHaveTextContent('Không có nhiệm vụ nào quá hạn.');
  expect(screen.getByTestId('progress-panel')).toHaveTextContent('Không có nhiệm vụ nào đến hạn trong 30 ngày tới.');
});
