/** @jest-environment jsdom */
// jsdom rendering of the whole pane is slow on a loaded 2-core machine.
jest.setTimeout(60_000);
import '@testing-library/jest-dom';
import { configure, act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/cli/config';
import { checkSheet } from '../../src/core';
import { resolveDirectory } from '../../src/core/units/directories';
import { parseSettingsJson } from '../../src/taskpane/state/settings';
import { WorkbookError } from '../../src/excel/types';
import { App } from '../../src/taskpane/App';
import { FakeAdapter } from './fakeAdapter';
import { taskGrid } from './fixture';

// The whole pane renders slowly on a loaded two-core machine: explicit timeouts instead of
// Jest's 5 s per test and Testing Library's 1 s per wait (npm test failed on them under load).
jest.setTimeout(60_000);
configure({ asyncUtilTimeout: 15_000 });

async function renderChecked(adapter = new FakeAdapter(taskGrid()), initialPlanYear?: number) {
  render(<App adapter={adapter} {...(initialPlanYear ? { initialPlanYear } : {})} />);
  await waitFor(() => expect(adapter.callsOf('loadSettings')).toHaveLength(1));
  await waitFor(() => expect(screen.getByRole('button', { name: 'Kiểm tra' })).toBeEnabled());
  fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
  await screen.findByTestId('check-view');
  return adapter;
}

const idle = () => waitFor(() => expect(screen.queryByTestId('busy')).not.toBeInTheDocument());

describe('Kiểm tra', () => {
  it('reads the sheet, shows counts by severity and the issues grouped by kind', async () => {
    const adapter = await renderChecked();
    expect(adapter.callsOf('readActiveSheet')).toHaveLength(1);
    expect(screen.getByTestId('count-error')).toHaveTextContent('1');
    expect(screen.getByTestId('count-warning')).toHaveTextContent('1');
    expect(screen.getByTestId('count-info')).toHaveTextContent('1');
    expect(screen.getByTestId('count-error')).toHaveTextContent('Lỗi');
    // Groups in severity order, each issue with its cell and message.
    const groups = screen.getAllByTestId(/^issue-group-/).map((g) => g.getAttribute('data-testid'));
    expect(groups).toEqual(['issue-group-stt.gap', 'issue-group-unit.unknown', 'issue-group-deadline.nonstandard']);
    const gap = screen.getByTestId('issue-stt.gap-A9');
    expect(gap).toHaveTextContent('A9');
    expect(gap).toHaveTextContent('Sẽ ghi vào A9: 2.');
    expect(within(gap).getByRole('button', { name: 'Sửa' })).toBeInTheDocument();
    // The unit typo's fix is not safe but still offered one by one.
    expect(within(screen.getByTestId('issue-unit.unknown-F6')).getByRole('button', { name: 'Sửa' })).toBeInTheDocument();
    expect(screen.getByTestId('plan-year')).toHaveValue('2024');
  });

  it('selects the cell of a clicked issue', async () => {
    const adapter = await renderChecked();
    fireEvent.click(screen.getByTestId('issue-stt.gap-A9'));
    await waitFor(() => expect(adapter.selected).toBe('A9'));
    expect(adapter.callsOf('applyBatch')).toHaveLength(0);
  });

  it('re-checks with the plan year typed in', async () => {
    const adapter = await renderChecked();
    const input = screen.getByTestId('plan-year');
    fireEvent.change(input, { target: { value: '2025' } });
    fireEvent.blur(input);
    await screen.findByTestId('issue-group-deadline.year-mismatch');
    expect(screen.getByTestId('plan-year')).toHaveValue('2025');
    // Re-checked on the grid already read: no second read.
    expect(adapter.callsOf('readActiveSheet')).toHaveLength(1);
  });
});

describe('Sửa, Sửa tất cả, Hoàn tác', () => {
  it('applies one fix as a batch of its edits, then reads the sheet again (the clerk may have typed since)', async () => {
    const adapter = await renderChecked();
    const expected = checkSheet(taskGrid()).fixes.find((f) => f.issue.code === 'stt.gap')!;
    fireEvent.click(within(screen.getByTestId('issue-stt.gap-A9')).getByRole('button', { name: 'Sửa' }));
    await waitFor(() => expect(screen.queryByTestId('issue-stt.gap-A9')).not.toBeInTheDocument());
    // The batch names the sheet it was computed from and what the check saw in the cell it writes.
    // And what the fix was computed from: every STT cell (A5 and A8 too, which it does not write).
    const expectCells = expected.sources!.map(({ row, col, seen }) => ({ row, col, seen }));
    expect(adapter.batches).toEqual([{ label: expected.label, sheetId: adapter.sheetId, ops: expected.edits, expect: expectCells, lastRow: taskGrid().rows.length }]);
    expect(expectCells).toEqual(expect.arrayContaining([{ row: 5, col: 0, seen: { value: 1 } }, { row: 8, col: 0, seen: { value: 1 } }]));
    expect(expected.edits).toEqual([expect.objectContaining({ address: 'A9', value: 2, seen: { value: 3 } })]);
    expect(adapter.value('A9')).toBe(2);
    expect(adapter.callsOf('readActiveSheet')).toHaveLength(2);
    expect(screen.getByTestId('count-error')).toHaveTextContent('0');
    expect(screen.getByTestId('notice-bar')).toHaveTextContent('Đã đánh số lại (1 ô).');
    // The report shown is the report of the sheet as it now is.
    const fresh = checkSheet(adapter.grid()).report;
    expect(screen.getByTestId('count-warning')).toHaveTextContent(String(fresh.issues.filter((i) => i.severity === 'warning').length));
  });

  it('reads the sheet again after a fix when it holds formulas too (Excel recalculates them)', async () => {
    const grid = taskGrid();
    const rows = grid.rows.map((r) => [...(r ?? [])]);
    rows[0]![10] = { value: 5, formula: 'A5+A6+2' };
    const adapter = await renderChecked(new FakeAdapter({ ...grid, rows }));
    fireEvent.click(within(screen.getByTestId('issue-stt.gap-A9')).getByRole('button', { name: 'Sửa' }));
    await waitFor(() => expect(screen.queryByTestId('issue-stt.gap-A9')).not.toBeInTheDocument());
    await idle();
    expect(adapter.callsOf('readActiveSheet')).toHaveLength(2);
  });

  it('applies every safe fix in one batch and leaves the unsafe one', async () => {
    const adapter = await renderChecked();
    fireEvent.click(screen.getByRole('button', { name: 'Sửa tất cả' }));
    await waitFor(() => expect(adapter.batches).toHaveLength(1));
    const ops = adapter.batches[0]!.ops;
    expect(ops.map((o) => (o.kind === 'set' ? o.address : o.kind))).toEqual(['A9', 'H8']);
    await idle();
    expect(adapter.value('H8')).toBe('Quý I/2024');
    expect(screen.getByTestId('issue-unit.unknown-F6')).toBeInTheDocument();
    expect(screen.queryByTestId('issue-stt.gap-A9')).not.toBeInTheDocument();
  });

  it('undoes the last batch and re-checks; disabled when there is nothing to undo', async () => {
    const adapter = await renderChecked();
    const undo = screen.getByRole('button', { name: 'Hoàn tác' });
    expect(undo).toBeDisabled();
    fireEvent.click(within(screen.getByTestId('issue-stt.gap-A9')).getByRole('button', { name: 'Sửa' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Hoàn tác' })).toBeEnabled());
    fireEvent.click(screen.getByRole('button', { name: 'Hoàn tác' }));
    await screen.findByTestId('issue-stt.gap-A9');
    expect(adapter.callsOf('undoLast')).toHaveLength(1);
    expect(adapter.value('A9')).toBe(3);
    expect(screen.getByRole('button', { name: 'Hoàn tác' })).toBeDisabled();
  });
});

describe('stale results are never written blindly', () => {
  it('refuses a Sửa when the sheet changed since the check, says so, and re-checks in one click', async () => {
    const adapter = await renderChecked();
    // The clerk types in the cell the fix would write, after the check.
    adapter.rows[8]![0] = { value: 7 };
    fireEvent.click(within(screen.getByTestId('issue-stt.gap-A9')).getByRole('button', { name: 'Sửa' }));
    const bar = await screen.findByTestId('error-bar');
    expect(bar).toHaveTextContent('Trang tính đã thay đổi từ lần kiểm tra trước nên phuluc chưa ghi gì');
    expect(bar).toHaveTextContent('A9');
    expect(adapter.batches).toHaveLength(0);
    expect(adapter.value('A9')).toBe(7);
    fireEvent.click(within(bar).getByRole('button', { name: 'Kiểm tra lại' }));
    await waitFor(() => expect(adapter.callsOf('readActiveSheet')).toHaveLength(2));
    await waitFor(() => expect(screen.queryByTestId('error-bar')).not.toBeInTheDocument());
    // The new check sees 7 where 2 belongs.
    expect(await screen.findByTestId('issue-stt.gap-A9')).toHaveTextContent('Sẽ ghi vào A9: 2.');
  });

  it('refuses Sửa tất cả when a row was inserted by hand above the fixes', async () => {
    const adapter = await renderChecked();
    adapter.rows.splice(4, 0, [{ value: 'dòng mới' }]);
    fireEvent.click(screen.getByRole('button', { name: 'Sửa tất cả' }));
    expect(await screen.findByTestId('error-bar')).toHaveTextContent('Trang tính đã thay đổi');
    expect(adapter.batches).toHaveLength(0);
    expect(screen.getByTestId('btn-recheck')).toBeInTheDocument();
  });

  it('never writes fixes computed on one sheet into another', async () => {
    const adapter = await renderChecked();
    const before = adapter.grid().rows;
    adapter.sheetId = '{OTHER-SHEET}';
    fireEvent.click(screen.getByRole('button', { name: 'Sửa tất cả' }));
    expect(await screen.findByTestId('error-bar')).toHaveTextContent('Trang tính đã thay đổi');
    expect(adapter.batches).toHaveLength(0);
    expect(adapter.grid().rows).toEqual(before);
  });

  it('after a refused Hoàn tác says why and keeps the entry', async () => {
    const adapter = await renderChecked();
    fireEvent.click(within(screen.getByTestId('issue-stt.gap-A9')).getByRole('button', { name: 'Sửa' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Hoàn tác' })).toBeEnabled());
    // The clerk edits the fixed cell again.
    adapter.rows[8]![0] = { value: 9 };
    fireEvent.click(screen.getByRole('button', { name: 'Hoàn tác' }));
    const bar = await screen.findByTestId('error-bar');
    expect(bar).toHaveTextContent('Không hoàn tác "Đánh số lại (1 ô)"');
    expect(bar).toHaveTextContent('A9');
    expect(bar).toHaveTextContent('vẫn còn trong danh sách hoàn tác');
    expect(adapter.value('A9')).toBe(9);
    await idle();
    expect(screen.getByRole('button', { name: 'Hoàn tác' })).toBeEnabled();
    // Put back what phuluc wrote: now Hoàn tác works.
    adapter.rows[8]![0] = { value: 2 };
    fireEvent.click(screen.getByRole('button', { name: 'Hoàn tác' }));
    await waitFor(() => expect(adapter.value('A9')).toBe(3));
  });
});

describe('Danh sách chọn over the user’s own validation', () => {
  it('asks before replacing it, and keeps it when told to', async () => {
    const adapter = await renderChecked();
    adapter.ownValidation = [{ col: 5, address: 'F5:F9', type: 'WholeNumber' }];
    fireEvent.click(screen.getByRole('tab', { name: 'Công cụ' }));
    fireEvent.click(screen.getByRole('button', { name: 'Danh sách chọn' }));
    const question = await screen.findByTestId('question-bar');
    expect(question).toHaveTextContent('F5:F9');
    expect(adapter.validations).toEqual([]);
    fireEvent.click(within(question).getByRole('button', { name: 'Giữ quy tắc cũ' }));
    await waitFor(() => expect(screen.queryByTestId('question-bar')).not.toBeInTheDocument());
    expect(screen.getByTestId('notice-bar')).toHaveTextContent('Đã giữ nguyên quy tắc nhập liệu');
    expect(adapter.callsOf('setListValidation')).toHaveLength(1);
    expect(adapter.validations).toEqual([]);
  });

  it('replaces it only on the clerk’s yes', async () => {
    const adapter = await renderChecked();
    adapter.ownValidation = [{ col: 5, address: 'F5:F9', type: 'List' }];
    fireEvent.click(screen.getByRole('tab', { name: 'Công cụ' }));
    fireEvent.click(screen.getByRole('button', { name: 'Danh sách chọn' }));
    fireEvent.click(within(await screen.findByTestId('question-bar')).getByRole('button', { name: 'Thay bằng danh sách chọn' }));
    await waitFor(() => expect(adapter.validations).toHaveLength(2));
    expect(adapter.callsOf('setListValidation')[1]!.args[2]).toEqual({ replaceOwnRules: true });
  });
});

describe('Tô màu', () => {
  it('paints errors and warnings with their severities, never hints; Xóa tô màu clears', async () => {
    const adapter = await renderChecked();
    fireEvent.click(screen.getByRole('button', { name: 'Tô màu' }));
    await waitFor(() => expect(adapter.callsOf('highlight')).toHaveLength(1));
    expect(adapter.callsOf('highlight')[0]!.args[0]).toEqual(
      expect.arrayContaining([
        { address: 'A9', severity: 'error' },
        { address: 'F6', severity: 'warning' },
      ]),
    );
    expect(adapter.highlights).toHaveLength(2);
    await idle();
    fireEvent.click(screen.getByRole('button', { name: 'Xóa tô màu' }));
    await waitFor(() => expect(adapter.callsOf('clearHighlights')).toHaveLength(1));
  });
});

describe('Chèn nhiệm vụ mẫu', () => {
  it('inserts at the end of the chosen section with the year filled in, says beforehand that nothing is renumbered, leaves the unrelated gap, selects the row', async () => {
    const adapter = await renderChecked();
    fireEvent.click(screen.getByRole('tab', { name: 'Chèn nhiệm vụ mẫu' }));
    fireEvent.change(screen.getByRole('searchbox', { name: 'Tìm nhiệm vụ mẫu' }), { target: { value: 'ke hoach kiem soat' } });
    fireEvent.click(await screen.findByTestId('template-tthc-ke-hoach-kiem-soat'));
    // The section matching the template's area is chosen for us.
    expect(screen.getByTestId('template-section')).toHaveDisplayValue('II CẢI CÁCH THỦ TỤC HÀNH CHÍNH');
    expect(screen.getByTestId('template-renumber-preview')).toHaveTextContent('Chèn không làm đổi số thứ tự của dòng nào khác.');
    fireEvent.click(screen.getByRole('button', { name: 'Chèn vào bảng' }));
    await waitFor(() => expect(adapter.batches.length).toBeGreaterThan(0));
    await idle();
    expect(adapter.batches).toHaveLength(1);
    expect(adapter.batches[0]!.ops).toEqual([
      {
        kind: 'insert-rows',
        beforeRow: 10,
        formatLikeRow: 9,
        values: [[
          4, 'Kiểm soát TTHC', 'Ban hành Kế hoạch kiểm soát TTHC năm 2024', 'Xây dựng, ban hành kế hoạch và triển khai thực hiện',
          'Kế hoạch', 'Văn phòng Sở', 'Các phòng, đơn vị thuộc Sở', 'Quý I/2024', 'Thường xuyên',
        ]],
      },
    ]);
    // Section II numbers 1, 3, 4: the gap (a task lost or mistyped before) is still there for the clerk to see.
    expect([adapter.value('A8'), adapter.value('A9'), adapter.value('A10')]).toEqual([1, 3, 4]);
    fireEvent.click(screen.getByRole('tab', { name: /^Vấn đề/ }));
    expect(await screen.findByTestId('issue-stt.gap-A9')).toBeInTheDocument();
    expect(adapter.selected).toBe('C10');
    expect(screen.getByTestId('notice-bar')).toHaveTextContent('Đã chèn');
  });

  it('below the selected row: after the task, asks before renumbering the tasks below, then inserts in one batch', async () => {
    const adapter = await renderChecked();
    adapter.selection = 5;
    fireEvent.click(screen.getByRole('tab', { name: 'Chèn nhiệm vụ mẫu' }));
    fireEvent.click(screen.getByTestId('template-tc-phap-che'));
    fireEvent.click(screen.getByLabelText('Dưới dòng đang chọn'));
    fireEvent.click(screen.getByRole('button', { name: 'Chèn vào bảng' }));
    const question = await screen.findByTestId('question-bar');
    expect(question).toHaveTextContent('dòng 6; 1 ô số thứ tự bên dưới sẽ được đánh lại');
    expect(adapter.batches).toHaveLength(0);
    fireEvent.click(within(question).getByRole('button', { name: 'Chèn' }));
    await waitFor(() => expect(adapter.batches.length).toBeGreaterThan(0));
    await idle();
    const ops = adapter.batches[0]!.ops;
    expect(ops.map((o) => (o.kind === 'insert-rows' ? `insert ${o.beforeRow}` : o.kind === 'set' ? `${o.address}=${o.value}` : o.kind))).toEqual(['A6=3', 'insert 6']);
    expect(adapter.value('C6')).toBe('Ban hành Kế hoạch công tác pháp chế năm 2024');
    expect(adapter.value('H6')).toBe('Tháng 01/2024');
    expect([adapter.value('A5'), adapter.value('A6'), adapter.value('A7')]).toEqual([1, 2, 3]);
    expect(adapter.selected).toBe('C6');
  });

  it('writes nothing when the clerk says no', async () => {
    const adapter = await renderChecked();
    adapter.selection = 5;
    fireEvent.click(screen.getByRole('tab', { name: 'Chèn nhiệm vụ mẫu' }));
    fireEvent.click(screen.getByTestId('template-tc-phap-che'));
    fireEvent.click(screen.getByLabelText('Dưới dòng đang chọn'));
    fireEvent.click(screen.getByRole('button', { name: 'Chèn vào bảng' }));
    fireEvent.click(within(await screen.findByTestId('question-bar')).getByRole('button', { name: 'Thôi' }));
    await waitFor(() => expect(screen.queryByTestId('question-bar')).not.toBeInTheDocument());
    expect(adapter.batches).toHaveLength(0);
  });
});

describe('Đánh số lại and Danh sách chọn', () => {
  it('applies the engine renumbering', async () => {
    const adapter = await renderChecked();
    fireEvent.click(screen.getByRole('tab', { name: 'Công cụ' }));
    fireEvent.click(screen.getByRole('button', { name: 'Đánh số lại' }));
    await waitFor(() => expect(adapter.batches).toHaveLength(1));
    expect(adapter.batches[0]!.label).toBe('Đánh số lại');
    expect(adapter.value('A9')).toBe(2);
  });

  it('puts drop-downs on the lead and funding columns from the directories', async () => {
    const adapter = await renderChecked();
    fireEvent.click(screen.getByRole('tab', { name: 'Công cụ' }));
    fireEvent.click(screen.getByRole('button', { name: 'Danh sách chọn' }));
    await waitFor(() => expect(adapter.callsOf('setListValidation')).toHaveLength(1));
    const rules = adapter.validations;
    expect(rules.map((r) => [r.col, r.firstRow, r.lastRow])).toEqual([[5, 4, 9], [8, 4, 9]]);
    expect(rules[0]!.items).toContain('Văn phòng Sở');
    expect(rules[1]!.items).toContain('Thường xuyên');
  });
});

describe('errors', () => {
  it('shows a Vietnamese message bar when the adapter throws WorkbookError', async () => {
    const adapter = new FakeAdapter(taskGrid());
    adapter.failures.set('readActiveSheet', new WorkbookError('no-sheet', 'no active worksheet'));
    render(<App adapter={adapter} />);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Kiểm tra' })).toBeEnabled());
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    const bar = await screen.findByTestId('error-bar');
    expect(bar).toHaveTextContent('Không tìm thấy trang tính đang mở');
    expect(bar).not.toHaveTextContent('no active worksheet');
    expect(screen.getByRole('button', { name: 'Kiểm tra' })).toBeEnabled();
  });

  it('turns a failed write into a message bar and keeps the issues listed', async () => {
    const adapter = await renderChecked();
    adapter.failures.set('applyBatch', new WorkbookError('write-failed', 'InvalidOperation'));
    fireEvent.click(within(screen.getByTestId('issue-stt.gap-A9')).getByRole('button', { name: 'Sửa' }));
    expect(await screen.findByTestId('error-bar')).toHaveTextContent('Không ghi được vào trang tính');
    expect(screen.getByTestId('issue-stt.gap-A9')).toBeInTheDocument();
  });

  it('survives an unexpected exception with a generic Vietnamese message', async () => {
    const adapter = new FakeAdapter(taskGrid());
    adapter.failures.set('loadSettings', new TypeError('boom'));
    render(<App adapter={adapter} />);
    expect(await screen.findByTestId('error-bar')).toHaveTextContent('Đã xảy ra lỗi');
  });
});

describe('Cài đặt', () => {
  async function openSettings(adapter = new FakeAdapter(taskGrid())) {
    render(<App adapter={adapter} />);
    await waitFor(() => expect(adapter.callsOf('loadSettings')).toHaveLength(1));
    fireEvent.click(screen.getByRole('button', { name: 'Cài đặt' }));
    return adapter;
  }

  it('rejects bad JSON with a Vietnamese message and loses nothing', async () => {
    const adapter = await openSettings();
    const units = screen.getByTestId('settings-units') as HTMLTextAreaElement;
    fireEvent.change(units, { target: { value: 'Văn phòng Sở | VP\nPhòng Mới' } });
    fireEvent.change(screen.getByTestId('settings-import-text'), { target: { value: '{"units": [' } });
    fireEvent.click(screen.getByRole('button', { name: 'Nhập JSON' }));
    expect(screen.getByTestId('settings-errors')).toHaveTextContent('JSON không hợp lệ ở dòng 1, cột 12');
    expect(units.value).toBe('Văn phòng Sở | VP\nPhòng Mới');
    expect(adapter.callsOf('saveSettings')).toHaveLength(0);
  });

  // A year the settings format refuses would make the saved copy unreadable, lists and all, the
  // next time the workbook is opened: refused here, with the range, and nothing saved.
  it.each(['1800', '2500', '1989', '24', 'năm'])('refuses the plan year %j, saying the range, and saves nothing', async (typed) => {
    const adapter = await openSettings();
    fireEvent.change(screen.getByTestId('settings-plan-year'), { target: { value: typed } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu cài đặt' }));
    expect(screen.getByTestId('settings-errors')).toHaveTextContent('Năm kế hoạch phải là một năm có 4 chữ số, từ 1990 đến 2100');
    await new Promise((r) => setTimeout(r, 50));
    expect(adapter.callsOf('saveSettings')).toHaveLength(0);
  });

  it('rejects a template without its lead, naming the field', async () => {
    await openSettings();
    fireEvent.change(screen.getByTestId('settings-import-text'), {
      target: { value: JSON.stringify({ templates: [{ area: 'CẢI CÁCH THỂ CHẾ', task: 'X', product: 'P', deadline: 'Quý I/{năm}', funding: 'Tự chủ' }] }) },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Nhập JSON' }));
    expect(screen.getByTestId('settings-errors')).toHaveTextContent('Nhiệm vụ mẫu thứ 1: trường "Chủ trì" (lead) bị thiếu.');
  });

  it('imports, saves to the workbook, and the new template joins the library', async () => {
    const adapter = await openSettings();
    const imported = {
      units: [{ name: 'Văn phòng Sở', aliases: ['VP'] }, { name: 'Phòng Công chức' }],
      funding: ['Tự chủ'],
      templates: [{ id: 'rieng-1', area: 'AN TOÀN THÔNG TIN', task: 'Diễn tập an toàn thông tin năm {năm}', product: 'Báo cáo', lead: 'Văn phòng Sở', deadline: 'Quý III/{năm}', funding: 'Tự chủ' }],
    };
    fireEvent.change(screen.getByTestId('settings-import-text'), { target: { value: JSON.stringify(imported) } });
    fireEvent.click(screen.getByRole('button', { name: 'Nhập JSON' }));
    expect(screen.getByTestId('settings-units')).toHaveValue('Văn phòng Sở | VP\nPhòng Công chức');
    fireEvent.click(screen.getByRole('button', { name: 'Lưu cài đặt' }));
    await waitFor(() => expect(adapter.callsOf('saveSettings')).toHaveLength(1));
    expect(adapter.settings).toMatchObject({
      version: 1,
      units: [{ name: 'Văn phòng Sở', aliases: ['VP'] }, { name: 'Phòng Công chức', aliases: [] }],
      funding: [{ name: 'Tự chủ', aliases: [] }],
      templates: [{ id: 'rieng-1', task: 'Diễn tập an toàn thông tin năm {năm}' }],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Cài đặt' }));
    fireEvent.click(screen.getByRole('tab', { name: 'Chèn nhiệm vụ mẫu' }));
    fireEvent.change(screen.getByRole('searchbox', { name: 'Tìm nhiệm vụ mẫu' }), { target: { value: 'dien tap' } });
    expect(await screen.findByTestId('template-rieng-1')).toBeInTheDocument();
  });

  it('loads settings saved in the workbook and checks with them (plan year, added funding category)', async () => {
    const adapter = new FakeAdapter(taskGrid());
    adapter.settings = { version: 1, mode: 'extend', planYear: 2025, funding: ['Quỹ cải cách'] };
    await renderChecked(adapter);
    expect(screen.getByTestId('plan-year')).toHaveValue('2025');
    expect(screen.getByTestId('issue-group-deadline.year-mismatch')).toBeInTheDocument();
    // The built-in units are still known: only the sheet's typo is a warning.
    expect(screen.getByTestId('count-warning')).toHaveTextContent('1');
  });

  it('reads settings an older pane saved (lists without a mode) as replacing the built-in lists, as they meant', async () => {
    const adapter = new FakeAdapter(taskGrid());
    adapter.settings = { version: 1, units: [{ name: 'Văn phòng Sở', aliases: [] }], funding: [], templates: [] };
    await renderChecked(adapter);
    // "Các phòng, đơn vị thuộc Sở" is not in that list: every partner cell is now an unknown unit.
    expect(screen.getByTestId('issue-group-unit.unknown')).toBeInTheDocument();
    expect(Number(screen.getByTestId('count-warning').textContent!.replace(/\D/g, ''))).toBeGreaterThan(1);
  });

  const README_CONFIG = {
    mode: 'extend',
    units: [{ name: 'Phòng Lao động - Việc làm', aliases: ['P. LĐVL'] }],
    funding: [{ name: 'Chương trình mục tiêu', aliases: [] }],
    planYear: 2025,
  };

  it('imports the README’s --config JSON: extends the built-in lists, honours planYear, says so', async () => {
    const adapter = new FakeAdapter(taskGrid());
    render(<App adapter={adapter} />);
    await waitFor(() => expect(adapter.callsOf('loadSettings')).toHaveLength(1));
    fireEvent.click(screen.getByRole('button', { name: 'Cài đặt' }));
    fireEvent.change(screen.getByTestId('settings-import-text'), { target: { value: JSON.stringify(README_CONFIG) } });
    fireEvent.click(screen.getByRole('button', { name: 'Nhập JSON' }));
    expect(screen.getByTestId('settings-info')).toHaveTextContent('thêm 1 đơn vị và 1 nguồn kinh phí vào danh mục có sẵn, năm kế hoạch 2025');
    expect(screen.queryByTestId('settings-replace-warning')).not.toBeInTheDocument();
    expect(screen.getByTestId('settings-units')).toHaveValue('Phòng Lao động - Việc làm | P. LĐVL');
    expect(screen.getByTestId('settings-plan-year')).toHaveValue('2025');
    fireEvent.click(screen.getByRole('button', { name: 'Lưu cài đặt' }));
    await waitFor(() => expect(adapter.callsOf('saveSettings')).toHaveLength(1));
    expect(adapter.settings).toEqual({ version: 1, ...README_CONFIG });
    fireEvent.click(screen.getByRole('button', { name: 'Cài đặt' }));
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await screen.findByTestId('check-view');
    // The built-in units are still known (only the sheet's typo warns); the plan year is 2025.
    expect(screen.getByTestId('count-warning')).toHaveTextContent('1');
    expect(screen.getByTestId('plan-year')).toHaveValue('2025');
    expect(screen.getByTestId('issue-group-deadline.year-mismatch')).toBeInTheDocument();
  });

  it('never replaces the built-in lists silently: a replace file says what it does', async () => {
    await openSettings();
    fireEvent.change(screen.getByTestId('settings-import-text'), { target: { value: JSON.stringify({ ...README_CONFIG, mode: 'replace' }) } });
    fireEvent.click(screen.getByRole('button', { name: 'Nhập JSON' }));
    expect(screen.getByTestId('settings-info')).toHaveTextContent('thay danh mục có sẵn bằng 1 đơn vị và 1 nguồn kinh phí');
    expect(screen.getByTestId('settings-replace-warning')).toHaveTextContent('phuluc chỉ dùng các đơn vị và nguồn kinh phí ghi dưới đây, không dùng danh mục có sẵn');
  });

  it('exports JSON that the CLI accepts with --config, and that imports back unchanged', async () => {
    await openSettings();
    fireEvent.change(screen.getByTestId('settings-import-text'), {
      target: { value: JSON.stringify({ ...README_CONFIG, templates: [{ id: 'rieng-1', area: 'AN TOÀN THÔNG TIN', task: 'Diễn tập năm {năm}', product: 'Báo cáo', lead: 'Văn phòng Sở', deadline: 'Quý III/{năm}', funding: 'Tự chủ' }] }) },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Nhập JSON' }));
    fireEvent.click(screen.getByRole('button', { name: 'Xuất JSON' }));
    const text = (screen.getByTestId('settings-export-text') as HTMLTextAreaElement).value;
    const dir = mkdtempSync(join(tmpdir(), 'phuluc-settings-'));
    const file = join(dir, 'phuluc-cai-dat.json');
    writeFileSync(file, text);
    const cli = await loadConfig(file);
    rmSync(dir, { recursive: true, force: true });
    if (!cli.ok) throw new Error(cli.errors.join('\n'));
    expect(cli.options.planYear).toBe(2025);
    expect(cli.options.units!.some((u) => u.name === 'Phòng Lao động - Việc làm')).toBe(true);
    // Extended, not replaced: the built-in units are there too.
    expect(cli.options.mode).toBe('extend');
    const inUse = resolveDirectory(cli.options, [], [], undefined).units;
    expect(inUse.some((u) => u.name === 'Phòng Lao động - Việc làm')).toBe(true);
    expect(inUse.some((u) => u.name === 'Văn phòng Sở')).toBe(true);
    const again = parseSettingsJson(text);
    expect(again.ok && again.value).toMatchObject({ mode: 'extend', planYear: 2025, templates: [{ id: 'rieng-1' }] });
  });

  it('shows the directory the sheet was checked against; a directory chosen in Cài đặt is saved and used', async () => {
    const adapter = await renderChecked();
    expect(screen.getByTestId('directory-summary')).toHaveTextContent('Danh mục: Sở, trước năm 2025');
    expect(screen.getByTestId('directory-summary')).toHaveTextContent('tự chọn theo cơ quan ban hành ở tiêu đề');
    fireEvent.click(screen.getByRole('button', { name: 'Cài đặt' }));
    fireEvent.change(screen.getByTestId('settings-directory'), { target: { value: 'xa-2025' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu cài đặt' }));
    await waitFor(() => expect(adapter.callsOf('saveSettings')).toHaveLength(1));
    expect(adapter.settings).toMatchObject({ version: 1, directory: 'xa-2025' });
    fireEvent.click(screen.getByRole('button', { name: 'Cài đặt' }));
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await waitFor(() => expect(screen.getByTestId('directory-summary')).toHaveTextContent('Xã, phường, đặc khu'));
    expect(screen.getByTestId('directory-summary')).toHaveTextContent('chọn trong Cài đặt');
  });

  it('keeps the directory choice when a unit list is saved with it, and after the pane reloads', async () => {
    const adapter = new FakeAdapter(taskGrid());
    const { unmount } = render(<App adapter={adapter} />);
    await waitFor(() => expect(adapter.callsOf('loadSettings')).toHaveLength(1));
    fireEvent.click(screen.getByRole('button', { name: 'Cài đặt' }));
    fireEvent.change(screen.getByTestId('settings-directory'), { target: { value: 'so-2025' } });
    fireEvent.change(screen.getByTestId('settings-units'), { target: { value: 'Phòng Lao động - Việc làm | P. LĐVL' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu cài đặt' }));
    await waitFor(() => expect(adapter.callsOf('saveSettings')).toHaveLength(1));
    expect(adapter.settings).toMatchObject({ version: 1, mode: 'extend', directory: 'so-2025', units: [{ name: 'Phòng Lao động - Việc làm', aliases: ['P. LĐVL'] }] });
    // Saving the lists again (directory untouched) keeps it.
    await waitFor(() => expect(screen.getByTestId('settings-directory')).toHaveValue('so-2025'));
    fireEvent.change(screen.getByTestId('settings-units'), { target: { value: 'Phòng Việc làm' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu cài đặt' }));
    await waitFor(() => expect(adapter.callsOf('saveSettings')).toHaveLength(2));
    expect(adapter.settings).toMatchObject({ directory: 'so-2025', units: [{ name: 'Phòng Việc làm' }] });
    unmount();
    render(<App adapter={adapter} />);
    await waitFor(() => expect(adapter.callsOf('loadSettings')).toHaveLength(2));
    fireEvent.click(screen.getByRole('button', { name: 'Cài đặt' }));
    await waitFor(() => expect(screen.getByTestId('settings-directory')).toHaveValue('so-2025'));
    expect(screen.getByTestId('settings-units')).toHaveValue('Phòng Việc làm');
  });

  it('keeps every field of a unit through the text editor and a save (roles, dates, successors)', async () => {
    const adapter = await openSettings();
    const units = [
      { name: 'Phòng Tổ chức - Hành chính', aliases: ['Phòng TCHC'], roles: ['văn phòng', 'thủ tục hành chính'] },
      { name: 'Thanh tra Sở', aliases: [], validUntil: '2025-06-30', successors: ['Thanh tra tỉnh'] },
      { name: 'Phòng Kinh tế', aliases: [], validFrom: '2025-07-01', successors: ['Phòng Kinh tế, Hạ tầng và Đô thị', 'Văn phòng HĐND và UBND xã'] },
    ];
    fireEvent.change(screen.getByTestId('settings-import-text'), { target: { value: JSON.stringify({ mode: 'replace', units }) } });
    fireEvent.click(screen.getByRole('button', { name: 'Nhập JSON' }));
    expect(screen.getByTestId('settings-units')).toHaveValue(
      'Phòng Tổ chức - Hành chính | Phòng TCHC | vai trò: văn phòng; thủ tục hành chính\n' +
        'Thanh tra Sở | đến ngày: 30/06/2025 | thay bằng: Thanh tra tỉnh\n' +
        'Phòng Kinh tế | từ ngày: 01/07/2025 | thay bằng: Phòng Kinh tế, Hạ tầng và Đô thị; Văn phòng HĐND và UBND xã',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Lưu cài đặt' }));
    await waitFor(() => expect(adapter.callsOf('saveSettings')).toHaveLength(1));
    expect(adapter.settings).toMatchObject({ version: 1, mode: 'replace', units });
    // saved again without a change, still every field
    fireEvent.click(screen.getByRole('button', { name: 'Lưu cài đặt' }));
    await waitFor(() => expect(adapter.callsOf('saveSettings')).toHaveLength(2));
    expect((adapter.settings as { units: unknown }).units).toEqual(units);
  });

  it('refuses to save a line it cannot read, naming the list, the line and the field', async () => {
    const adapter = await openSettings();
    fireEvent.change(screen.getByTestId('settings-units'), { target: { value: 'Văn phòng Sở\nPhòng A | vai trò: kế toán' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu cài đặt' }));
    expect(screen.getByTestId('settings-errors')).toHaveTextContent('Đơn vị thêm vào danh mục có sẵn, dòng 2 (vai trò): không phải vai trò nào');
    expect(adapter.callsOf('saveSettings')).toHaveLength(0);
    expect(screen.getByTestId('settings-units')).toHaveValue('Văn phòng Sở\nPhòng A | vai trò: kế toán');
  });

  it('rejects an unknown directory in imported settings, naming the field', async () => {
    await openSettings();
    fireEvent.change(screen.getByTestId('settings-import-text'), { target: { value: JSON.stringify({ directory: 'so-2030' }) } });
    fireEvent.click(screen.getByRole('button', { name: 'Nhập JSON' }));
    expect(screen.getByTestId('settings-errors')).toHaveTextContent(/directory \(dòng 1, cột 14\): chỉ nhận "auto"/);
  });

  it('warns about invalid settings in the workbook and falls back to defaults', async () => {
    const adapter = new FakeAdapter(taskGrid());
    adapter.settings = { units: 'không phải danh sách' };
    render(<App adapter={adapter} />);
    expect(await screen.findByTestId('settings-load-errors')).toHaveTextContent('units: danh mục phải là một danh sách');
  });
});

describe('progress', () => {
  it('shows a progress bar while the sheet is read', async () => {
    const adapter = new FakeAdapter(taskGrid());
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const read = adapter.readActiveSheet.bind(adapter);
    adapter.readActiveSheet = async (onProgress) => {
      onProgress?.({ rowsRead: 3, rowsTotal: 9 });
      await gate;
      return read(onProgress);
    };
    render(<App adapter={adapter} />);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Kiểm tra' })).toBeEnabled());
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    expect(await screen.findByTestId('busy')).toHaveTextContent('Đã đọc 3/9 dòng');
    expect(screen.getByRole('progressbar')).toBeInTheDocument();
    await act(async () => release());
    await screen.findByTestId('check-view');
  });
});
