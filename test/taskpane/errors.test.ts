import { WorkbookError, type CellChange } from '../../src/excel/types';
import { describeError } from '../../src/taskpane/errors';

const change = (address: string, extra: Partial<CellChange> = {}): CellChange => ({ address, expected: '1', found: '2', ...extra });

describe('describeError names each changed cell once', () => {
  const cases: { name: string; changes: CellChange[]; changeCount?: number; named: string; more?: string }[] = [
    { name: 'no duplicates', changes: ['B22', 'D22'].map((a) => change(a)), named: 'ô B22, D22 không' },
    {
      name: 'an address listed twice (value and formula)',
      changes: ['B22', 'D22', 'G22', 'H22', 'B22', 'I22', 'J22', 'K22'].map((a) => change(a)),
      named: 'ô B22, D22, G22, H22, I22 và 2 ô khác',
    },
    { name: 'all the same cell', changes: [change('F9'), change('F9'), change('F9')], named: 'ô F9 không' },
    {
      name: 'list cut: the unlisted changes still counted',
      changes: ['A1', 'A1', 'A2'].map((a) => change(a)),
      changeCount: 10,
      named: 'ô A1, A2 và 7 ô khác',
    },
  ];
  test.each(cases)('sheet-changed: $name', ({ changes, changeCount, named }) => {
    const detail = changeCount === undefined ? { reason: 'cells-changed' as const, changes } : { reason: 'cells-changed' as const, changes, changeCount };
    const message = describeError(new WorkbookError('sheet-changed', 'x', detail)).message;
    expect(message).toContain(named);
    const listed = /\(ô ([^)]*?)(?: và| không)/.exec(message)![1]!.split(', ');
    expect(new Set(listed).size).toBe(listed.length);
  });
  test.each(cases)('undo-stale: $name', ({ changes, changeCount, named }) => {
    const detail = changeCount === undefined ? { changes } : { changes, changeCount };
    const message = describeError(new WorkbookError('undo-stale', 'x', detail), { undoLabel: 'Sửa' }).message;
    expect(message).toContain(named.replace(/ không$/, ''));
  });
  test('undo-stale after rows moved: typed cells named once', () => {
    const changes = [change('C5'), change('C5'), change('D5'), change('E9', { moved: true })];
    const message = describeError(new WorkbookError('undo-stale', 'x', { changes, changeCount: 4, rowsMoved: 1 }), { undoLabel: 'Sửa' }).message;
    expect(message).toContain('ô C5, D5');
    expect(message).not.toMatch(/C5.*C5/);
    expect(message).not.toContain('E9');
  });
});

describe('describeError: a formula refused inside an Excel Table names the cells and the Table', () => {
  test.each<[string, string[], string | undefined, string]>([
    ['one cell', ['F7'], 'Bảng1', 'Ô F7 cần ghi công thức nằm trong Bảng Excel "Bảng1"'],
    ['three cells', ['F7', 'F8', 'F9'], 'Bảng1', 'Ô F7, F8, F9 cần'],
    ['a cell twice, listed once', ['F7', 'F7', 'F8'], 'Bảng1', 'Ô F7, F8 cần'],
    ['more than five', ['F7', 'F8', 'F9', 'F10', 'F11', 'F12', 'F13'], 'Dự toán', 'Ô F7, F8, F9, F10, F11 và 2 ô khác cần ghi công thức nằm trong Bảng Excel "Dự toán"'],
    ['no table name', ['F7'], undefined, 'Ô F7 cần ghi công thức nằm trong Bảng Excel:'],
  ])('%s', (_, cells, table, expected) => {
    const detail = table === undefined ? { cells } : { cells, table };
    expect(describeError(new WorkbookError('table-formula', 'x', detail)).message).toContain(expected);
  });

  test('without cells it still explains (the general message)', () => {
    const m = describeError(new WorkbookError('table-formula', 'x', {})).message;
    expect(m).toContain('Bảng Excel');
    expect(m).not.toMatch(/^Ô [A-Z]+\d/);
  });
});
