/**
 * Dates in the engine: a number under a date format is a date, read from its serial in the grid's
 * date system, whatever the display text the adapter saw; no fix ever writes text over a date.
 * The case office-date-us-locale.grid.json is what the Office adapter reads on an en-US PC.
 */
import fc from 'fast-check';
import { readFileSync } from 'fs';
import { join } from 'path';
import { applyEdits, checkSheet, combineFixes } from '../../../src/core';
import type { Cell, Fix, Grid } from '../../../src/core';
import { cellDate } from '../../../src/core/grid';
import { gridFromJson, type CellSpec, type GridJson } from '../../helpers/grid-json';
import { qtSheet, task } from '../../helpers/grid';

const CASE = JSON.parse(
  readFileSync(join(__dirname, '../../fixtures/cases/office-date-us-locale.grid.json'), 'utf8'),
) as GridJson;

const withCase = (changes: Record<string, CellSpec>, extra: Partial<Grid> = {}): Grid => ({
  ...gridFromJson({ ...CASE, cells: { ...CASE.cells, ...changes } }),
  ...extra,
});

function deadlineOf(grid: Grid, row: number) {
  const { report } = checkSheet(grid);
  return report.rows.find((r) => r.row === row)?.deadline;
}

const issuesAt = (grid: Grid, cell: string) => checkSheet(grid).report.issues.filter((i) => i.cell === cell);

/** Every fix that names a cell holding a date and writes something other than a number there. */
function textOverDates(grid: Grid, fixes: Fix[]): string[] {
  const out: string[] = [];
  for (const f of fixes)
    for (const e of f.edits) {
      if (e.kind !== 'set') continue;
      const cell = grid.rows[e.row - 1]?.[e.col];
      if (cellDate(cell, grid.date1904) && typeof e.value !== 'number') out.push(`${f.issue.code} ${e.address}`);
    }
  return out;
}

describe('the en-US Office case: E9 = serial 45580 under m/d/yyyy', () => {
  test.each([undefined, '10/15/2024', '15/10/2024', '2024-10-15', 'Tuesday, October 15, 2024'])(
    'is due 2024-10-15 with no issue, whatever its display text (%p)',
    (text) => {
      const cell: Cell = { value: 45580, numFmt: 'm/d/yyyy' };
      if (text !== undefined) cell.text = text;
      const grid = withCase({ E9: cell });
      expect(deadlineOf(grid, 9)).toEqual({ text: '15/10/2024', kind: 'date', due: '2024-10-15' });
      expect(issuesAt(grid, 'E9')).toEqual([]);
    },
  );

  test('serial 45356 shown 3/5/2024 is 5 March 2024, and no fix writes over it', () => {
    const grid = withCase({ E9: { value: 45356, numFmt: 'm/d/yyyy', text: '3/5/2024' } });
    expect(deadlineOf(grid, 9)).toEqual({ text: '05/03/2024', kind: 'date', due: '2024-03-05' });
    const { fixes } = checkSheet(grid);
    expect(fixes.flatMap((f) => f.edits).filter((e) => e.kind === 'set' && e.address === 'E9')).toEqual([]);
    expect(issuesAt(grid, 'E9')).toEqual([]);
  });

  test('the whole case has no issue but the spelling of E12 (Tháng 6/2024)', () => {
    expect(checkSheet(gridFromJson(CASE)).report.issues.map((i) => `${i.code} ${i.cell}`)).toEqual(['deadline.nonstandard E12']);
  });
});

describe('other date formats, systems and times', () => {
  test.each([
    ['dd/mm/yyyy', 45580, '15/10/2024'],
    ['[$-42A]dd/mm/yyyy', 45580, '15/10/2024'],
    ['[$-1010000]d/m/yyyy;@', 45580, '15/10/2024'],
    ['[$-409]mmmm d, yyyy;@', 45580, 'October 15, 2024'],
    ['d-mmm-yy', 45580, '15-Oct-24'],
    ['yyyy-mm-dd', 45580, '2024-10-15'],
    ['dd"/"mm"/"yyyy', 45580, '15/10/2024'],
    ['dd\\/mm\\/yyyy', 45580, '15/10/2024'],
    ['m/d/yyyy h:mm', 45580.75, '10/15/2024 18:00'],
    ['dd/mm/yyyy hh:mm:ss', 45580.999, '15/10/2024 23:58:34'],
  ])('%s: serial %d (shown %p) is due 2024-10-15', (numFmt, value, text) => {
    const grid = withCase({ E9: { value, numFmt, text } });
    expect(deadlineOf(grid, 9)).toMatchObject({ kind: 'date', due: '2024-10-15' });
    expect(issuesAt(grid, 'E9')).toEqual([]);
  });

  test('the 1904 date system: serial 44118 is 15/10/2024 there, 14/10/2020 in the 1900 system', () => {
    const cell = { value: 44118, numFmt: 'm/d/yyyy', text: '10/15/2024' };
    expect(deadlineOf(withCase({ E9: cell }, { date1904: true }), 9)).toMatchObject({ kind: 'date', due: '2024-10-15' });
    const in1900 = withCase({ E9: cell });
    expect(deadlineOf(in1900, 9)).toMatchObject({ kind: 'date', due: '2020-10-14' });
    expect(issuesAt(in1900, 'E9').map((i) => i.code)).toEqual(['deadline.year-mismatch']);
  });

  test('a real date in another year is a year mismatch, with no fix that writes over it', () => {
    const grid = withCase({ E9: { value: 45200, numFmt: 'dd/mm/yyyy', text: '10/1/2023' } });
    const { report, fixes } = checkSheet(grid);
    expect(report.issues.filter((i) => i.cell === 'E9').map((i) => i.code)).toEqual(['deadline.year-mismatch']);
    expect(fixes.filter((f) => f.edits.some((e) => e.kind === 'set' && e.address === 'E9'))).toEqual([]);
  });

  test('the plan year comes from real dates when neither the title nor the sheet name says it', () => {
    const cells = { ...CASE.cells };
    cells.A2 = 'CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH CỦA SỞ NỘI VỤ';
    cells.A3 = '(Kèm theo Kế hoạch của Sở Nội vụ)';
    for (const [a, v] of [['E7', 45300], ['E8', 45400], ['E9', 45580], ['E11', 45600], ['E12', 45610]] as const)
      cells[a] = { value: v, numFmt: 'm/d/yyyy', text: 'ignored' };
    const { report } = checkSheet(gridFromJson({ ...CASE, cells }));
    expect(report.planYearSource).toBe('deadlines');
    expect(report.planYear).toBe(2024);
  });
});

describe('numbers that are not dates', () => {
  test('a General number that is a year is the year (Năm 2024), and may be rewritten: it is no date', () => {
    const grid = withCase({ E9: 2024 });
    expect(deadlineOf(grid, 9)).toMatchObject({ kind: 'period', due: '2024-12-31' });
    const fix = checkSheet(grid).fixes.find((f) => f.issue.cell === 'E9');
    expect(fix?.edits).toMatchObject([{ kind: 'set', address: 'E9', value: 'Năm 2024' }]);
  });
  test.each([
    ['@', '45580'],
    ['0', '45580'],
    ['#,##0', '45.580'],
  ])('serial-sized number under %s is not read as a date', (numFmt, text) => {
    const grid = withCase({ E9: { value: 45580, numFmt, text } });
    expect(deadlineOf(grid, 9)?.kind).not.toBe('date');
    expect(issuesAt(grid, 'E9').map((i) => i.code)).toEqual(['deadline.unrecognized']);
  });
  test('a time-only format holds a time, not a deadline date', () => {
    const grid = withCase({ E9: { value: 45580.5, numFmt: 'h:mm', text: '12:00 PM' } });
    expect(issuesAt(grid, 'E9').map((i) => i.code)).toEqual(['deadline.unrecognized']);
  });
  test('a date typed as text is read as text (and may be rewritten to the standard form)', () => {
    const grid = withCase({ E9: { value: '15/10/2024', numFmt: 'dd/mm/yyyy' } });
    expect(deadlineOf(grid, 9)).toMatchObject({ kind: 'date', due: '2024-10-15' });
  });
});

describe('no fix ever writes text over a real date', () => {
  test('a page-break fragment under a row whose deadline is a date is reported without a fix', () => {
    const grid = qtSheet([
      ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH'],
      task(1),
      task(2, { value: 45580, numFmt: 'm/d/yyyy', text: '10/15/2024' }),
      [null, null, 'thuộc thẩm quyền của Sở', null, null, null, null, 'và báo cáo', null],
      task(3),
    ]);
    const { report, fixes } = checkSheet(grid);
    expect(report.issues.map((i) => i.code)).toContain('row.fragment');
    expect(fixes.filter((f) => f.issue.code === 'row.fragment')).toEqual([]);
    expect(textOverDates(grid, fixes)).toEqual([]);
  });

  test('a fragment holding a date is not joined as text either', () => {
    const grid = qtSheet([
      ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH'],
      task(1),
      task(2, 'Quý I/2024'),
      [null, null, 'thuộc thẩm quyền của Sở', null, null, null, null, { value: 45580, numFmt: 'dd/mm/yyyy' }, null],
      task(3),
    ]);
    const { fixes } = checkSheet(grid);
    expect(fixes.filter((f) => f.issue.code === 'row.fragment')).toEqual([]);
  });

  const FORMATS = ['m/d/yyyy', 'dd/mm/yyyy', '[$-42A]dd/mm/yyyy', 'd-mmm-yy', 'yyyy-mm-dd', 'm/d/yyyy h:mm'];
  const TEXTS = (v: number) => [undefined, String(v), '3/5/2024', '05/03/2024', '2024-03-05', '#####'];

  test('property: real dates anywhere in the task columns are read by serial, and no fix writes text over them', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            cell: fc.constantFrom('C7', 'D8', 'E7', 'E8', 'E9', 'E11', 'E12', 'F9', 'C11'),
            serial: fc.integer({ min: 43000, max: 47000 }),
            fmt: fc.constantFrom(...FORMATS),
            text: fc.nat(5),
          }),
          { minLength: 1, maxLength: 5 },
        ),
        fc.boolean(),
        (dates, d1904) => {
          const changes: Record<string, CellSpec> = {};
          for (const d of dates) {
            const cell: Cell = { value: d.serial, numFmt: d.fmt };
            const text = TEXTS(d.serial)[d.text];
            if (text !== undefined) cell.text = text;
            changes[d.cell] = cell;
          }
          const grid = withCase(changes, { date1904: d1904 });
          const { report, fixes } = checkSheet(grid);
          expect(textOverDates(grid, fixes)).toEqual([]);
          // Deadline cells that hold a date are read as that date.
          for (const [address, cell] of Object.entries(changes)) {
            if (!address.startsWith('E')) continue;
            const row = Number(address.slice(1));
            const want = cellDate(cell as Cell, d1904)!.toISOString().slice(0, 10);
            expect(report.rows.find((r) => r.row === row)?.deadline).toMatchObject({ kind: 'date', due: want });
            expect(report.issues.filter((i) => i.cell === address && i.code !== 'deadline.year-mismatch')).toEqual([]);
          }
          // Applying every safe fix keeps every date as the same number.
          const fixed = applyEdits(grid, combineFixes(fixes.filter((f) => f.safe)).edits);
          for (const [address, cell] of Object.entries(changes)) {
            const row = Number(address.slice(1)) - 1;
            const col = address.charCodeAt(0) - 65;
            expect(fixed.rows[row]?.[col]?.value).toBe((cell as Cell).value);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
