/** @jest-environment jsdom */
// jsdom rendering of the whole pane is slow on a loaded 2-core machine.
jest.setTimeout(60_000);
/**
 * A fix the engine refuses at check time (it would keep its issue, create one, write text over a
 * date or a value over a formula) has no Sửa: the pane says why, in Vietnamese, under the issue.
 */
import '@testing-library/jest-dom';
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { renderRefusal } from '../../src/core';
import type { Fix } from '../../src/core/fix';
import type { Cell, Grid } from '../../src/core/grid';
import { makeIssue } from '../../src/core/issues';
import type { FixRefusal, RefusedFix } from '../../src/core/verify';
import { gridFromJson, type GridJson } from '../../src/excel/emulator/samples';
import { App } from '../../src/taskpane/App';
import { IssueList } from '../../src/taskpane/components/IssueList';
import { PaneController } from '../../src/taskpane/state/controller';
import { S } from '../../src/taskpane/strings';
import { MemoryWorkbook } from '../../src/web/memory-adapter';
import quangTriJson from '../../src/demo/quang-tri-2024.grid.json';

configure({ asyncUtilTimeout: 15_000 });

const issue = makeIssue('deadline.nonstandard', { sheet: 'Phụ lục', row: 13, column: 'deadline', cell: 'H13' }, { text: 'quý 2/2024', canonical: 'Quý II/2024' }, 'Quý II/2024');
const fix: Fix = { issue, label: 'Sửa H13 thành Quý II/2024', safe: true, edits: [{ kind: 'set', row: 13, col: 7, address: 'H13', value: 'Quý II/2024', seen: { value: 'quý 2/2024' } }] };

function list(refused: RefusedFix[], fixes: Fix[] = []) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <div data-scroll-root="" style={{ height: 650, overflowY: 'auto' }}>
        <IssueList issues={[issue]} fixes={fixes} refused={refused} disabled={false} onSelect={jest.fn()} onFix={jest.fn()} />
      </div>
    </FluentProvider>,
  );
}

describe('IssueList shows why a fix was refused', () => {
  it.each<[string, FixRefusal, string]>([
    ['keeps its issue', { reason: 'keeps-issue' }, 'không hết vấn đề này'],
    ['creates an issue', { reason: 'creates-issues', issues: [{ code: 'unit.unknown', cell: 'G21' }] }, 'ở ô G21'],
    ['text over a date', { reason: 'text-over-date', cells: ['H13'] }, 'ngày tháng thật ở ô H13'],
    ['a value over a formula', { reason: 'value-over-formula', cells: ['A56'] }, 'ô A56 chứa công thức'],
  ])('%s: the reason under the issue, no Sửa', (_what, refusal, part) => {
    list([{ fix, refusal }]);
    const item = screen.getByTestId('issue-deadline.nonstandard-H13');
    const why = within(item).getByTestId('issue-refused');
    expect(why).toHaveTextContent(S.fixRefusedAtCheck(renderRefusal(refusal)));
    expect(why).toHaveTextContent(part);
    expect(why).toHaveTextContent('Không có nút "Sửa"');
    expect(within(item).queryByRole('button', { name: 'Sửa' })).toBeNull();
    // Read out with the issue too.
    expect(item.getAttribute('aria-label')).toContain(part);
  });

  it('an issue with a fix offered shows what Sửa writes, not an old refusal', () => {
    list([{ fix, refusal: { reason: 'keeps-issue' } }], [fix]);
    const item = screen.getByTestId('issue-deadline.nonstandard-H13');
    expect(within(item).queryByTestId('issue-refused')).toBeNull();
    expect(within(item).getByRole('button', { name: 'Sửa' })).toBeInTheDocument();
  });

  it('an issue without a fix nor a refusal shows neither', () => {
    list([]);
    expect(screen.queryByTestId('issue-refused')).toBeNull();
  });
});

/** Quảng Trị with changes (A1 → value or cell). */
function quangTri(cells: Record<string, Cell>): Grid {
  const grid = gridFromJson(quangTriJson as unknown as GridJson);
  const rows = grid.rows.map((row) => (row ? row.slice() : row));
  for (const [a, cell] of Object.entries(cells)) {
    const m = /^([A-Z])(\d+)$/.exec(a)!;
    const r = Number(m[2]) - 1;
    const row = (rows[r] ?? []).slice();
    row[m[1]!.charCodeAt(0) - 65] = cell;
    rows[r] = row;
  }
  return { ...grid, rows };
}

describe('the pane keeps the check’s refusals and shows them', () => {
  it.each<[string, Record<string, Cell>, string, string, FixRefusal['reason']]>([
    ['the numbering gap over an STT formula', { A56: { value: 3, formula: 'A54+2' } }, 'stt.gap', 'A56', 'value-over-formula'],
    ['a join that would make an unknown unit', { G21: { value: 'Văn phòng Sở, Thanh tra Sở' }, G22: { value: 'Văn phòng Sở; Phòng Kế' } }, 'row.fragment', '22', 'creates-issues'],
  ])('%s: PaneState.refused, and the reason on screen', async (_what, cells, code, where, reason) => {
    const wb = new MemoryWorkbook([quangTri(cells)]);
    const pane = new PaneController(wb.adapter);
    await pane.check();
    const r = pane.getState().refused.find((x) => x.fix.issue.code === code);
    expect(r?.refusal.reason).toBe(reason);
    expect(pane.getState().fixes.some((f) => f.issue.code === code && (f.issue.cell === where || String(f.issue.row) === where))).toBe(false);

    render(<App adapter={new MemoryWorkbook([quangTri(cells)]).adapter} />);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Kiểm tra' })).toBeEnabled());
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await screen.findByTestId('check-view');
    const item = await screen.findByTestId(`issue-${code}-${r!.fix.issue.cell ?? `r${r!.fix.issue.row}`}`);
    expect(within(item).getByTestId('issue-refused')).toHaveTextContent(renderRefusal(r!.refusal));
  });
});
