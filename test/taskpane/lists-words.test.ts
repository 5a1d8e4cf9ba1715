/** The drop-down lists' notice names the columns the lists went on, not always both. */
import type { SheetReport } from '../../src/core/report';
import { listRules } from '../../src/taskpane/lists';
import { S } from '../../src/taskpane/strings';

const report = (columns: SheetReport['columns'], kind: SheetReport['kind'] = 'tasks'): SheetReport =>
  ({ name: 'Phụ lục', kind, headerRows: [3], columns, rows: [], issues: [] }) as unknown as SheetReport;
const units = [{ name: 'Văn phòng Sở', aliases: [] }];
const funding = [{ name: 'Thường xuyên', aliases: [] }];

describe('listRules and the notice', () => {
  test.each<[string, SheetReport, number, string | undefined]>([
    ['both columns', report({ lead: 'F', funding: 'I' }), 2, 'Đã đặt danh sách chọn cho 2 cột Chủ trì, Kinh phí.'],
    ['only the lead column', report({ lead: 'F' }), 1, 'Đã đặt danh sách chọn cho cột Chủ trì.'],
    ['only the funding column', report({ funding: 'I' }), 1, 'Đã đặt danh sách chọn cho cột Kinh phí.'],
    ['neither', report({ task: 'C' }), 0, undefined],
    ['a budget sheet', report({ amount: 'F' }, 'budget'), 0, undefined],
  ])('%s', (_what, r, rules, said) => {
    const got = listRules(r, units, funding);
    expect(got.rules).toHaveLength(rules);
    expect(got.columns).toHaveLength(rules);
    if (said === undefined) expect(got.problem).toBeDefined();
    else {
      expect(got.problem).toBeUndefined();
      expect(S.listsSet(got.columns)).toBe(said);
    }
  });
});
