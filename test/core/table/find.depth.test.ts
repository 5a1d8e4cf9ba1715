import type { Raw } from '../../helpers/grid';
import { gridOf } from '../../helpers/grid';
import { columnLetter } from '../../../src/core/grid';
import { findTable } from '../../../src/core/table/find';
import { SheetView } from '../../../src/core/table/sheet';

/**
 * Headers of one, two and three rows, merged or written over blank cells (producers that do not
 * merge: scripts, Center Across Selection), at the top of the sheet or under the plan's text and
 * shifted right: every one finds its lead (chủ trì) and partner (phối hợp) columns, and the first
 * data row is not drawn into the header.
 */

type Shape = { name: string; rows: Raw[][]; merges: string[] };

/** Header shapes over the columns STT | Nội dung | Chủ trì | Phối hợp | Thời hạn (lead at 2, partners at 3, deadline at 4). */
const SHAPES: Shape[] = [
  { name: 'one row', rows: [['STT', 'Nội dung', 'Chủ trì', 'Phối hợp', 'Thời hạn hoàn thành']], merges: [] },
  {
    name: 'two rows, Trách nhiệm thực hiện over Chủ trì | Phối hợp',
    rows: [
      ['STT', 'Nội dung', 'Trách nhiệm thực hiện', null, 'Thời hạn hoàn thành'],
      [null, null, 'Chủ trì', 'Phối hợp', null],
    ],
    merges: ['A1:A2', 'B1:B2', 'C1:D1', 'E1:E2'],
  },
  {
    name: 'three rows, Kế hoạch thực hiện over Trách nhiệm thực hiện over Chủ trì | Phối hợp',
    rows: [
      ['STT', 'Nội dung', 'Kế hoạch thực hiện', null, null],
      [null, null, 'Trách nhiệm thực hiện', null, 'Thời hạn hoàn thành'],
      [null, null, 'Chủ trì', 'Phối hợp', null],
    ],
    merges: ['A1:A3', 'B1:B3', 'C1:E1', 'C2:D2', 'E2:E3'],
  },
  {
    name: 'three rows, Tổ chức thực hiện over Đơn vị thực hiện over Đơn vị chủ trì | Đơn vị phối hợp',
    rows: [
      ['TT', 'Nhiệm vụ', 'Tổ chức thực hiện', null, null],
      [null, null, 'Đơn vị thực hiện', null, 'Thời gian hoàn thành'],
      [null, null, 'Đơn vị chủ trì', 'Đơn vị phối hợp', null],
    ],
    merges: ['A1:A3', 'B1:B3', 'C1:E1', 'C2:D2', 'E2:E3'],
  },
];

const PLAN_TEXT: Raw[][] = [
  ['ỦY BAN NHÂN DÂN XÃ EA KAR', null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
  ['Số: 12/KH-UBND', null, null, 'Độc lập - Tự do - Hạnh phúc'],
  ['KẾ HOẠCH Cải cách hành chính năm 2026'],
  ...Array.from({ length: 40 }, (_, i): Raw[] => [
    `${i + 1}. Căn cứ Nghị định số 150/2025/NĐ-CP của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân cấp xã; Ủy ban nhân dân xã ban hành kế hoạch thực hiện như sau (đoạn ${i + 1}).`,
  ]),
  ['PHỤ LỤC: NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026'],
];

const DATA: Raw[][] = [
  ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH'],
  [1, 'Ban hành kế hoạch', 'Văn phòng HĐND và UBND xã', 'Các thôn, tổ dân phố', 'Quý I/2026'],
];

/** Place rows at (top, left): the sheet's rows above, then columns shifted right. */
function place(above: Raw[][], left: number, shape: Shape, body: Raw[][], numberRow: boolean) {
  const shift = (row: Raw[]) => [...Array<Raw>(left).fill(null), ...row];
  const header = shape.rows.map(shift);
  const numbers = numberRow ? [shift(['(1)', '(2)', '(3)', '(4)', '(5)'])] : [];
  const rows = [...above, ...header, ...numbers, ...body.map(shift)];
  const top = above.length;
  const move = (a1: string) =>
    a1.replace(/([A-Z]+)(\d+)/g, (_, c: string, r: string) => `${columnLetter(c.charCodeAt(0) - 65 + left)}${Number(r) + top}`);
  return { rows, top, merges: (m: string[]) => m.map(move) };
}

describe('findTable: headers of any depth, merged or not, anywhere on the sheet', () => {
  const good: { name: string; shape: Shape; merged: boolean; above: Raw[][]; left: number; numberRow: boolean }[] = [];
  for (const shape of SHAPES) {
    for (const merged of [true, false]) {
      for (const [where, above, left] of [
        ['at A1', [], 0],
        ['under 44 rows of plan text, from column C', PLAN_TEXT, 2],
      ] as const) {
        for (const numberRow of [false, true]) {
          good.push({
            name: `${shape.name}, ${merged ? 'merged' : 'not merged'}, ${where}${numberRow ? ', (1) (2) … row' : ''}`,
            shape,
            merged,
            above: [...above],
            left,
            numberRow,
          });
        }
      }
    }
  }

  test.each(good)('$name', ({ shape, merged, above, left, numberRow }) => {
    const p = place(above, left, shape, DATA, numberRow);
    const grid = gridOf('Phụ lục', p.rows, merged ? p.merges(shape.merges) : []);
    const table = findTable(new SheetView(grid));
    const depth = shape.rows.length + (numberRow ? 1 : 0);
    expect(table).toMatchObject({
      kind: 'tasks',
      headerRows: Array.from({ length: depth }, (_, k) => p.top + k),
      firstDataRow: p.top + depth,
      columns: { stt: left, task: left + 1, lead: left + 2, partners: left + 3, deadline: left + 4 },
    });
  });

  // Rows that look like a header's lower rows but are data: never drawn into the header.
  const bad: { name: string; shape: Shape; merged: boolean; body: Raw[][] }[] = [];
  const lookalikes: [string, Raw[][]][] = [
    ['a continuation row: blank STT and task, units under Chủ trì | Phối hợp', [[null, null, 'Văn phòng Sở', 'Thanh tra tỉnh', null], ...DATA]],
    ['a continuation row with text past the last column', [[null, null, null, 'Các phòng, ban, đơn vị thuộc Sở', 'Thường xuyên'], ...DATA]],
    ['a task row whose cells read like labels: Chủ trì hội nghị | Phối hợp', [[1, 'Chủ trì, phối hợp tổ chức hội nghị', 'Văn phòng Sở', 'Phối hợp', 'Thời hạn']], ],
    ['a data row with a unit only under Phối hợp', [[null, null, null, 'Công an xã', null], ...DATA]],
    ['a data row naming a deadline under a blank lead', [[null, 'Rà soát văn bản', null, null, 'Hoàn thành'], ...DATA]],
  ];
  for (const shape of SHAPES) {
    for (const merged of [true, false]) {
      for (const [what, body] of lookalikes) {
        bad.push({ name: `${shape.name}, ${merged ? 'merged' : 'not merged'}: ${what}`, shape, merged, body });
      }
    }
  }

  test.each(bad)('$name', ({ shape, merged, body }) => {
    const p = place(PLAN_TEXT.slice(0, 3), 0, shape, body, false);
    const grid = gridOf('Phụ lục', p.rows, merged ? p.merges(shape.merges) : []);
    const table = findTable(new SheetView(grid));
    expect(table).toMatchObject({
      kind: 'tasks',
      headerRows: shape.rows.map((_, k) => p.top + k),
      firstDataRow: p.top + shape.rows.length,
      columns: { lead: 2, partners: 3, deadline: 4 },
    });
  });

  // Rows that are not a header at all: the plan's text, a lone group label, roles without a task column.
  test.each([
    ['the plan text only', PLAN_TEXT],
    ['group labels with no roles under them', [['STT', 'Nội dung', 'Kế hoạch thực hiện', null], [null, null, 'Trách nhiệm thực hiện', null], [1, 'Rà soát', 'Văn phòng Sở', 'Thanh tra']]],
    ['a sentence naming the roles in one cell', [['Chủ trì: Văn phòng Sở; Phối hợp: các phòng; Thời hạn: Quý I/2026']]],
    ['roles with no task column', [['Chủ trì', 'Phối hợp', 'Ghi chú'], ['Văn phòng Sở', 'Thanh tra', '']]],
  ] as [string, Raw[][]][])('no task header: %s', (_, rows) => {
    const table = findTable(new SheetView(gridOf('Phụ lục', rows)));
    expect(table?.kind === 'tasks' ? table : null).toBeNull();
  });
});
