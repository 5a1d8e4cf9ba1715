/** Every string cell of the real fixture workbooks, for tests that must hold on real text. */
import * as path from 'path';
import ExcelJS from 'exceljs';

export const FIXTURES = ['binh-dinh-2022.xlsx', 'quang-tri-2024.xlsx', 'quang-tri-2024-pasted.xlsx'];

export interface FixtureCell {
  file: string;
  sheet: string;
  row: number;
  col: number;
  text: string;
}

export async function fixtureCells(): Promise<FixtureCell[]> {
  const out: FixtureCell[] = [];
  for (const file of FIXTURES) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(__dirname, '..', '..', 'fixtures', file));
    wb.eachSheet((ws) => {
      ws.eachRow((row, r) => {
        row.eachCell((cell, c) => {
          if (cell.isMerged && cell.master.address !== cell.address) return;
          const v = cell.value;
          if (typeof v === 'string' && v.trim() !== '') out.push({ file, sheet: ws.name, row: r, col: c, text: v });
        });
      });
    });
  }
  return out;
}
