/**
 * A sheet whose last row (1,048,576) holds a value: the engine must not keep a record per blank
 * row above it. Runs of blank rows (and of empty rows after the table) are one record each
 * (RowReport.lastRow); rowKinds() looks any row up. Structure and sizes only, never time.
 */
import { checkSheet } from '../../../src/core';
import type { Cell, Grid } from '../../../src/core/grid';
import { rowKinds } from '../../../src/core/report';

const LAST = 1_048_576;

/** A 4-task appendix (a blank row between tasks 2 and 3), then `tail` cells at 1-based rows. */
function appendix(tail: [row: number, col: number, text: string][]): Grid {
  const rows: (Cell | undefined)[][] = [];
  const put = (row: number, values: (string | number)[]) => (rows[row - 1] = values.map((v) => (v === '' ? undefined : { value: v })));
  put(1, ['PHỤ LỤC KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026']);
  put(3, ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành']);
  put(4, ['I', 'CẢI CÁCH THỂ CHẾ']);
  put(5, [1, 'Rà soát văn bản quy phạm pháp luật', 'Văn phòng Sở', 'Các phòng', 'Quý II/2026']);
  put(6, [2, 'Kiểm tra công tác cải cách hành chính', 'Văn phòng Sở', 'Các phòng', 'Quy 2 năm 2026']);
  put(8, [3, 'Tuyên truyền cải cách hành chính', 'Văn phòng Sở', '', 'Tháng 12/2026']);
  put(9, [5, 'Khảo sát mức độ hài lòng', 'Văn phòng Sở', '', 'Quý IV/2026']);
  for (const [row, col, text] of tail) {
    const cells = (rows[row - 1] ??= []);
    cells[col] = { value: text };
  }
  return { name: 'Phụ lục', rows, merges: [] };
}

// A million-row grid is checked in each test: seconds on a loaded machine.
jest.setTimeout(60_000);

describe('a value on the sheet last row', () => {
  test('a million blank rows are one record, and every row is still looked up by its kind', () => {
    const { report } = checkSheet(appendix([[LAST, 1, 'Ghi chú: số liệu tạm tính']]));
    expect(report.kind).toBe('tasks');
    // Rows 4 to 1,048,576 in at most a few records: section, tasks, the blank row 7, the run, the note.
    expect(report.rows.length).toBeLessThan(12);
    const run = report.rows.find((r) => r.kind === 'blank' && r.row === 10);
    expect(run?.lastRow).toBe(LAST - 1);
    expect(report.rows.find((r) => r.row === 7)).toMatchObject({ kind: 'blank' });
    expect(report.rows.find((r) => r.row === 7)?.lastRow).toBeUndefined();
    expect(report.rows.find((r) => r.row === LAST)).toMatchObject({ kind: 'after' });
    const kindAt = rowKinds(report.rows);
    expect([kindAt(5), kindAt(7), kindAt(10), kindAt(500_000), kindAt(LAST - 1), kindAt(LAST), kindAt(3)]).toEqual([
      'task',
      'blank',
      'blank',
      'blank',
      'blank',
      'after',
      undefined,
    ]);
    // The faults are found as on a short sheet: the gap 3 → 5 and the nonstandard deadline.
    const codes = report.issues.map((i) => `${i.code}@${i.cell}`);
    expect(codes).toEqual(expect.arrayContaining(['stt.gap@A9', 'deadline.nonstandard@E6']));
  });

  test('empty rows after the table are one run; rows there that hold text keep their own record', () => {
    const { report } = checkSheet(
      appendix([
        [11, 0, 'Nơi nhận:'],
        [12, 0, '- Như trên;'],
        [LAST, 1, 'x'],
      ]),
    );
    const after = report.rows.filter((r) => r.kind === 'after');
    expect(after.map((r) => [r.row, r.lastRow])).toEqual([
      [11, undefined],
      [12, LAST - 1],
      [LAST, undefined],
    ]);
    expect(report.rows.length).toBeLessThan(12);
    expect(rowKinds(report.rows)(700_000)).toBe('after');
  });

  test('the issues and fixes do not depend on how far down the last value is', () => {
    const near = checkSheet(appendix([[40, 1, 'Ghi chú: số liệu tạm tính']]));
    const far = checkSheet(appendix([[LAST, 1, 'Ghi chú: số liệu tạm tính']]));
    const view = (r: typeof near) => ({
      issues: r.report.issues.map((i) => `${i.code}@${i.cell ?? i.row}`),
      fixes: r.fixes.map((f) => `${f.issue.code}@${f.issue.cell}:${JSON.stringify(f.edits)}`),
    });
    expect(view(far)).toEqual(view(near));
    expect(near.report.issues.length).toBeGreaterThan(0);
    // Every row between the table and the note is blank, as one record in both.
    expect(near.report.rows.filter((r) => r.kind === 'blank').map((r) => [r.row, r.lastRow])).toEqual([
      [7, undefined],
      [10, 39],
    ]);
  });
});
