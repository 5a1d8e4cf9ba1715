/**
 * Checks that must stay linear, measured as the ratio of the time at 2n to the time at n
 * (medians of interleaved runs): a large budget table, deadline cells thousands of clauses
 * long (labels are short and clause lists bounded, so parsing must not blow up), and one lead
 * cell of 8,800 and 32,767 characters split into units (it took 5.6 s when splitting was cubic).
 */
import { checkBudget } from '../src/core/budget';
import type { Cell, Grid } from '../src/core/grid';
import type { BudgetTable } from '../src/core/table/types';
import { parseDeadline } from '../src/core/deadline';
import { BUILT_IN_DIRECTORIES, createUnitMatcher, createUnitSplitter } from '../src/core/units';
import { interleaved, round } from './interleave';

const TABLE: BudgetTable = {
  kind: 'budget',
  headerRows: [0],
  firstDataRow: 1,
  columns: { stt: 0, item: 1, unit: 2, quantity: 3, rate: 4, amount: 5 },
};

function budgetGrid(lines: number): Grid {
  const cell = (v: string | number | null): Cell | undefined => (v === null ? undefined : { value: v });
  const rows: (Cell | undefined)[][] = [['STT', 'Nội dung chi tiết', 'Đơn vị tính', 'Số lượng', 'Định mức', 'Số tiền'].map(cell)];
  for (let i = 1; i <= lines; i++) rows.push([i, `Nội dung ${i}`, null, 2, 500, 1000].map(cell));
  rows.push(['TỔNG CỘNG', null, null, null, null, 1000 * lines].map(cell));
  rows.push([cell('(Bằng chữ: Hai mươi triệu đồng)')]);
  return { name: 'Dự toán', rows, merges: [] };
}

export interface LinearResult {
  name: string;
  n: string;
  ms: number;
  doubledMs: number;
  ratio: number;
}

function pair(name: string, n: string, a: () => void, b: () => void, runs: number): LinearResult {
  const [ms, doubledMs] = interleaved([a, b], runs) as [number, number];
  return { name, n, ms: round(ms, 2), doubledMs: round(doubledMs, 2), ratio: round(doubledMs / ms, 2) };
}

export function benchLinear(): LinearResult[] {
  const out: LinearResult[] = [];
  const b1 = budgetGrid(20_000);
  const b2 = budgetGrid(40_000);
  out.push(pair('checkBudget, bảng dự toán lớn', '20.000 dòng', () => void checkBudget(b1, TABLE), () => void checkBudget(b2, TABLE), 7));
  const cells: [string, string, number][] = [
    ['parseDeadline, "quý, " lặp lại', 'quý, ', 5000],
    ['parseDeadline, "hằng tháng, " lặp lại', 'hằng tháng, ', 4000],
    ['parseDeadline, "Quý I/2024 " lặp lại', 'Quý I/2024 ', 3000],
  ];
  for (const [name, unit, k] of cells) {
    const s1 = unit.repeat(k) + 'x';
    const s2 = unit.repeat(2 * k) + 'x';
    out.push(pair(name, `${k} lần`, () => void parseDeadline(s1, 2024), () => void parseDeadline(s2, 2024), 7));
  }
  // splitting and matching one lead cell; ten fresh splitters a sample (no cache between them)
  const matcher = createUnitMatcher(BUILT_IN_DIRECTORIES['so-2025'].units);
  const unit = 'Phòng Tổ chức, biên chế và tổ chức phi chính phủ, UBND huyện, TX, TP, Các phòng, đơn vị; Văn phỏng Sở và Thanh tra Sở, ';
  const lead = (chars: number) => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
  const split = (text: string) => () => {
    for (let k = 0; k < 10; k++) for (const n of createUnitSplitter(matcher)(text)) matcher.match(n);
  };
  const [short, long] = [lead(8_800), lead(32_767)];
  // 32,767 characters is 3.7× 8,800: linear work gives a ratio near 3.7 here, not 2.
  out.push(pair('tách đơn vị một ô ×10 (3,7× ký tự)', '8.800 ký tự', split(short), split(long), 7));
  return out;
}
