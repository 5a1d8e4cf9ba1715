import { checkBudget } from '../../../src/core/budget';
import type { Cell, Grid } from '../../../src/core/grid';
import type { BudgetTable } from '../../../src/core/table/types';

type Row = Array<string | number | null | Cell>;
const HEADER: Row = ['STT', 'Nội dung chi tiết', 'Đơn vị tính', 'Số lượng', 'Định mức', 'Số tiền'];
const TABLE: BudgetTable = {
  kind: 'budget',
  headerRows: [0],
  firstDataRow: 1,
  columns: { stt: 0, item: 1, unit: 2, quantity: 3, rate: 4, amount: 5 },
};

/** A sheet from rows under the header; row 2 in Excel is the first one given. */
function sheet(rows: Row[]): Grid {
  const cell = (v: Row[number]): Cell | undefined =>
    v === null ? undefined : typeof v === 'object' ? v : { value: v };
  return { name: 'Dự toán', rows: [HEADER, ...rows].map((r) => r.map(cell)), merges: [] };
}
const line = (stt: string | number, amount: number | string | null, q: Row[number] = null, r: Row[number] = null): Row =>
  [stt, `Nội dung ${stt}`, null, q, r, amount];
const total = (amount: number, label = 'TỔNG CỘNG'): Row => [label, null, null, null, null, amount];
const words = (text: string): Row => [`(Bằng chữ: ${text})`];

const GROUPED_WITH_SUBTOTALS: Row[] = [
  ['I', 'CHI THƯỜNG XUYÊN'],
  line(1, 2000000, 2, 1000000),
  line(2, 3000000),
  ['Cộng mục I', null, null, null, null, 5000000],
  ['II', 'CHI KHÁC'],
  line(1, 4000000),
  ['Cộng mục II', null, null, null, null, 4000000],
  total(9000000),
  words('Chín triệu đồng'),
];

const HEADINGS_WITH_AMOUNTS: Row[] = [
  ['I', 'CHI THƯỜNG XUYÊN', null, null, null, 5000000],
  line(1, 2000000),
  line(2, 3000000),
  ['II', 'CHI KHÁC', null, null, null, 4000000],
  line(1, 4000000),
  total(9000000),
  words('Chín triệu đồng'),
];

const NESTED_NUMBERS: Row[] = [
  line(1, 3000000),
  line('1.1', 1000000),
  line('1.2', 2000000),
  line(2, null),
  line('2.1', 500000, 1, 500000),
  line('2.2', 500000),
  ['-', 'Chi tiết không có số tiền'],
  line(3, 500000),
  ['', 'Tiết kiệm chi 10%', null, null, null, 500000],
  total(5000000, 'Tổng cộng'),
  [],
  ['Bằng chữ: Năm triệu đồng chẵn'],
];

const LETTERS_ROMAN_NUMBERS: Row[] = [
  ['A', 'KINH PHÍ TỈNH'],
  ['I', 'Hội nghị'],
  line(1, 1000000),
  ['II', 'Tập huấn'],
  line(1, 2000000),
  ['B', 'KINH PHÍ ĐƠN VỊ'],
  line(1, 3000000),
  total(6000000, 'Tổng cộng (A+B)'),
  words('Sáu triệu đồng'),
  [],
  ['NGƯỜI LẬP BIỂU', null, null, 'THỦ TRƯỞNG ĐƠN VỊ'],
  ['', '', '', '', '', 999],
];

const codes = (rows: Row[]) => checkBudget(sheet(rows), TABLE).issues.map((i) => [i.code, i.cell]);
const replace = (rows: Row[], index: number, row: Row) => rows.map((r, i) => (i === index ? row : r));

describe('checkBudget on tables with structure', () => {
  it.each<[string, Row[], Array<[string, string]>]>([
    ['sub-headings and subtotal rows, counted once', GROUPED_WITH_SUBTOTALS, []],
    ['a wrong subtotal row', replace(GROUPED_WITH_SUBTOTALS, 3, ['Cộng mục I', null, null, null, null, 6000000]), [['budget.total-mismatch', 'F5']]],
    ['a wrong total under subtotals', replace(GROUPED_WITH_SUBTOTALS, 7, total(14000000)), [['budget.total-mismatch', 'F9']]],
    ['headings that carry their amounts, counted once', HEADINGS_WITH_AMOUNTS, []],
    ['a heading amount that disagrees with its lines', replace(HEADINGS_WITH_AMOUNTS, 0, ['I', 'CHI THƯỜNG XUYÊN', null, null, null, 6000000]), [['budget.total-mismatch', 'F2']]],
    // Heading and total agree with each other; the heading is where the lines stop adding up.
    ['a line that disagrees with heading and total', replace(HEADINGS_WITH_AMOUNTS, 4, line(1, 5000000)), [['budget.total-mismatch', 'F5']]],
    ['numbered sub-lines, parents with and without amounts', NESTED_NUMBERS, []],
    ['a parent line that disagrees with its sub-lines', replace(NESTED_NUMBERS, 0, line(1, 3500000)), [['budget.total-mismatch', 'F2']]],
    ['a sub-line that disagrees with q × r', replace(NESTED_NUMBERS, 4, line('2.1', 600000, 1, 500000)), [['budget.line-mismatch', 'F6']]],
    ['savings of 10% of 5.000.000 written as 5.000.000', replace(NESTED_NUMBERS, 8, ['', 'Tiết kiệm chi 10%', null, null, null, 5000000]), [['budget.savings-mismatch', 'F10']]],
    ['letters, Roman numerals and numbers; signatures ignored', LETTERS_ROMAN_NUMBERS, []],
    ['no total row: nothing to compare', [line(1, 1000000), line(2, 2000000)], []],
    ['no words after the total', [line(1, 1000000), total(1000000)], [['budget.words-missing', 'A4']]],
    ['words too far below the total', [line(1, 1000000), total(1000000), [], [], [], [], [], words('Một triệu đồng')], [['budget.words-missing', 'A4']]],
  ])('%s', (_name, rows, expected) => {
    expect(codes(rows)).toEqual(expected);
  });

  it('reports headings as groups and lines with their section', () => {
    const { rows } = checkBudget(sheet(LETTERS_ROMAN_NUMBERS), TABLE);
    expect(rows.map((r) => [r.row, r.kind, r.section])).toEqual([
      [2, 'group', 'A'],
      [3, 'group', 'I'],
      [4, 'line', 'I'],
      [5, 'group', 'II'],
      [6, 'line', 'II'],
      [7, 'group', 'B'],
      [8, 'line', 'B'],
      [9, 'total', undefined],
      [10, 'words', undefined],
      [11, 'blank', undefined],
      [12, 'after', undefined],
      [13, 'after', undefined],
    ]);
  });

  it('reports subtotal rows as totals of their section', () => {
    const { rows } = checkBudget(sheet(GROUPED_WITH_SUBTOTALS), TABLE);
    expect(rows.filter((r) => r.kind === 'total').map((r) => [r.row, r.section, r.amount])).toEqual([
      [5, 'I', 5000000],
      [8, 'II', 4000000],
      [9, undefined, 9000000],
    ]);
  });

  it('reads the words from the words column when the table has one', () => {
    const table: BudgetTable = { ...TABLE, columns: { ...TABLE.columns, words: 6 } };
    const rows: Row[] = [line(1, 1000000), ['Tổng cộng', null, null, null, null, 1000000, 'Hai triệu đồng']];
    const { issues } = checkBudget(sheet(rows), table);
    expect(issues.map((i) => [i.code, i.cell, i.suggestion])).toEqual([['budget.words-mismatch', 'G3', 'Một triệu đồng']]);
  });

  it('without an amount column, classifies rows and checks nothing', () => {
    const table: BudgetTable = { ...TABLE, columns: { stt: 0, item: 1 } };
    const result = checkBudget(sheet(NESTED_NUMBERS), table);
    expect(result.issues).toEqual([]);
    expect(result.rows.map((r) => r.kind)).toContain('total');
  });

  // Its speed (linear in the rows) is measured by `npm run bench`, not here.
  it('checks a large table without a fault', () => {
    const n = 20000;
    const rows: Row[] = [];
    for (let i = 1; i <= n; i++) rows.push(line(i, 1000, 2, 500));
    rows.push(total(1000 * n), words('Hai mươi triệu đồng'));
    const { issues, rows: reported } = checkBudget(sheet(rows), TABLE);
    expect(issues).toEqual([]);
    expect(reported.filter((r) => r.kind === 'line')).toHaveLength(n);
  }, 30_000);
});
