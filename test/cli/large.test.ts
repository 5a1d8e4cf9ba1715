/**
 * A 100,000-row appendix written to a real .xlsx, read back and checked: no crash, nothing lost.
 * Not a timing test (no assertion on time); the jest timeout only guards against a hang.
 */
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { synthesize } from '../../bench/synthetic';
import { checkSheet } from '../../src/core';
import { readWorkbook } from '../../src/cli/xlsx/read';
import { tempDir } from './helpers';

const ROWS = 100000;

async function writeStreaming(file: string, syn: ReturnType<typeof synthesize>): Promise<void> {
  // The streaming writer is several times faster than Workbook.xlsx.writeFile at this size.
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: false });
  const ws = wb.addWorksheet(syn.grid.name);
  const mergeAt = new Map(syn.grid.merges.map((m) => [m.top, m]));
  syn.grid.rows.forEach((cells, r) => {
    const row = ws.addRow((cells ?? []).map((c) => (c ? c.value : null)));
    const m = mergeAt.get(r);
    // Merges must be declared before their row is committed.
    if (m) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    row.commit();
  });
  ws.commit();
  await wb.commit();
}

it(`reads and checks a ${ROWS.toLocaleString('en')}-row workbook`, async () => {
  const syn = synthesize({ rows: ROWS });
  const file = path.join(tempDir(), 'lớn.xlsx');
  await writeStreaming(file, syn);

  const grids = await readWorkbook(file);
  expect(grids).toHaveLength(1);
  const g = grids[0]!;
  expect(g.rows).toHaveLength(syn.grid.rows.length);
  expect(g.merges).toHaveLength(syn.grid.merges.length);
  // Spot checks at the far end: numbers stay numbers, multi-line text keeps its "\n".
  const last = g.rows[g.rows.length - 1]!;
  expect(last[7]?.value).toEqual(syn.grid.rows[syn.grid.rows.length - 1]![7]!.value);
  expect(g.rows.some((r) => typeof r?.[4]?.value === 'string' && (r[4].value as string).includes('\n'))).toBe(true);

  const { report } = checkSheet(g);
  expect(report.kind).toBe('tasks');
  expect(report.planYear).toBe(2024);
  const quarterV = syn.faults.find((f) => f.kind === 'quarter-v')!;
  expect(report.issues.some((i) => i.row === quarterV.row && i.code === 'deadline.invalid')).toBe(true);
}, 120000);
