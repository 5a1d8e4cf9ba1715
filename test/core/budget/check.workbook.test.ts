/** The JSON grid is only trustworthy if it is what the workbook holds: compare it with the real file. */
import { join } from 'path';
import { readWorkbook } from '../../../src/cli/xlsx/read';
import { checkBudget } from '../../../src/core/budget';
import { a1 } from '../../../src/core/grid';
import type { BudgetTable } from '../../../src/core/table/types';
import { gridFromJson, loadGridJson } from '../../helpers/grid-json';

const TABLE: BudgetTable = {
  kind: 'budget',
  headerRows: [5],
  firstDataRow: 6,
  columns: { stt: 0, item: 1, unit: 2, quantity: 3, rate: 4, amount: 5 },
};

describe('binh-dinh-2022.xlsx "Phụ lục 2"', () => {
  it('holds the values and merges of the JSON copy, and checks clean', async () => {
    const sheets = await readWorkbook(join(__dirname, '../../fixtures/binh-dinh-2022.xlsx'));
    const real = sheets.find((s) => s.name === 'Phụ lục 2');
    expect(real).toBeDefined();
    if (!real) return;
    const copy = gridFromJson(loadGridJson('binh-dinh-budget.json'));
    const values = (g: typeof real) => {
      const out: Record<string, unknown> = {};
      g.rows.forEach((row, r) =>
        row?.forEach((c, col) => {
          if (c && c.value !== null) out[a1(r, col)] = c.value;
        }),
      );
      return out;
    };
    expect(values(copy)).toEqual(values(real));
    expect(copy.merges).toEqual(expect.arrayContaining(real.merges.map((m) => expect.objectContaining(m))));
    expect(checkBudget(real, TABLE).issues).toEqual([]);
  });
});
