import path from 'path';
import ExcelJS from 'exceljs';
import { createDeadlineParser } from '../../../src/core/deadline';

// Real appendices: every task row (a number in the first column) must have a deadline that parses
// and names no year but the plan's. Rows without a number may be fragments cut by a page break.
const FIXTURES: Array<[file: string, planYear: number]> = [
  ['binh-dinh-2022.xlsx', 2022],
  ['quang-tri-2024.xlsx', 2024],
  ['quang-tri-2024-pasted.xlsx', 2024],
];
const DEADLINE_HEADER = /^(thời gian|t\. gian|thời hạn)/i;

describe.each(FIXTURES)('deadlines of %s', (file, planYear) => {
  test('every task row parses, in the plan year', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(__dirname, '../../fixtures', file));
    const ws = wb.worksheets[0];
    if (!ws) throw new Error('no sheet');
    let col = 0;
    ws.eachRow((row) => {
      row.eachCell((cell, c) => {
        if (col === 0 && typeof cell.value === 'string' && DEADLINE_HEADER.test(cell.value.trim())) col = c;
      });
    });
    expect(col).toBeGreaterThan(0);
    const parse = createDeadlineParser(planYear);
    const seen: string[] = [];
    ws.eachRow((row) => {
      if (typeof row.getCell(1).value !== 'number') return;
      const v = row.getCell(col).value;
      const r = parse(v instanceof Date || typeof v === 'number' || typeof v === 'string' ? v : null);
      seen.push(String(v));
      expect([String(v), r.ok]).toEqual([String(v), true]);
      if (r.ok) for (const y of r.years) expect([String(v), y]).toEqual([String(v), planYear]);
    });
    expect(seen.length).toBeGreaterThan(15);
  });
});
