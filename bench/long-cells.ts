/**
 * `npm run --silent bench -- --long-cells [--json]`: how work grows with input size where a naive
 * implementation would be quadratic or worse. Each case runs at size n and 2n (or the cell sizes
 * named), interleaved, median of RUNS; the growth ratio is what matters (about 2 for linear work
 * when the size doubles). These replace the wall-clock assertions the tests no longer make.
 */
import { performance } from 'perf_hooks';
import { parseDeadline } from '../src/core/deadline';
import { checkBudget } from '../src/core/budget';
import type { BudgetTable } from '../src/core/table/types';
import type { Cell, Grid } from '../src/core/grid';
import { BUILT_IN_DIRECTORIES, createUnitMatcher, createUnitSplitter } from '../src/core/units';

const RUNS = 11;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/** Times each of the functions RUNS times, interleaved (a, b, a, b …), and gives their medians. */
function interleaved(fns: (() => void)[]): number[] {
  for (const f of fns) f(); // warm-up
  const times: number[][] = fns.map(() => []);
  for (let i = 0; i < RUNS; i++) {
    fns.forEach((f, j) => {
      const t = performance.now();
      f();
      times[j]!.push(performance.now() - t);
    });
  }
  return times.map(median);
}

const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

export interface LongCase {
  name: string;
  sizes: [number, number];
  ms: [number, number];
  /** ms at the larger size over ms at the smaller, against the size ratio. */
  growth: number;
  sizeRatio: number;
}

function unitCell(chars: number): string {
  const unit = 'Phòng Tổ chức, biên chế và tổ chức phi chính phủ, UBND huyện, TX, TP, Các phòng, đơn vị; Văn phỏng Sở và Thanh tra Sở, ';
  return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
}

function budgetGrid(lines: number): { grid: Grid; table: BudgetTable } {
  const rows: (Cell | undefined)[][] = [[{ value: 'STT' }, { value: 'Nội dung chi tiết' }, { value: 'Đơn vị tính' }, { value: 'Số lượng' }, { value: 'Định mức' }, { value: 'Số tiền' }]];
  for (let i = 1; i <= lines; i++) rows.push([{ value: i }, { value: `Hoạt động ${i}` }, { value: 'Người' }, { value: 2 }, { value: 500 }, { value: 1000 }]);
  rows.push([{ value: 'Tổng cộng' }, undefined, undefined, undefined, undefined, { value: 1000 * lines }]);
  const table: BudgetTable = { kind: 'budget', headerRows: [0], firstDataRow: 1, columns: { stt: 0, item: 1, unit: 2, quantity: 3, rate: 4, amount: 5 } };
  return { grid: { name: 'Dự toán', rows, merges: [] }, table };
}

export function longCells(): LongCase[] {
  const out: LongCase[] = [];
  const push = (name: string, sizes: [number, number], ms: number[]) =>
    out.push({ name, sizes, ms: [round(ms[0]!, 2), round(ms[1]!, 2)], growth: round(ms[1]! / ms[0]!, 2), sizeRatio: round(sizes[1] / sizes[0], 2) });

  // splitting and matching one lead cell: 8,800 characters took 5.6 s when splitting was cubic
  const matcher = createUnitMatcher(BUILT_IN_DIRECTORIES['so-2025'].units);
  // ten fresh splitters a sample (no cache between them), so one sample is long enough to time
  const split = (text: string) => () => {
    for (let k = 0; k < 10; k++) {
      const s = createUnitSplitter(matcher);
      for (const n of s(text)) matcher.match(n);
    }
  };
  const a = unitCell(8_800);
  const b = unitCell(32_767);
  push('tách đơn vị trong một ô ×10 (ký tự)', [a.length, b.length], interleaved([split(a), split(b)]));

  // a budget table of n and 2n lines
  const small = budgetGrid(10_000);
  const large = budgetGrid(20_000);
  push('bảng dự toán (dòng)', [10_000, 20_000], interleaved([() => checkBudget(small.grid, small.table), () => checkBudget(large.grid, large.table)]));

  // long deadline cells (labels are short, cadence lists bounded)
  for (const [label, piece] of [['quý, ', 'quý, '], ['hằng tháng, ', 'hằng tháng, '], ['Quý I/2024 ', 'Quý I/2024 ']] as const) {
    const s1 = piece.repeat(2500) + 'x';
    const s2 = piece.repeat(5000) + 'x';
    push(`thời hạn dài "${label}…" (ký tự)`, [s1.length, s2.length], interleaved([() => parseDeadline(s1, 2024), () => parseDeadline(s2, 2024)]));
  }
  return out;
}

export function longCellsTable(cases: LongCase[]): string {
  const head = ['Trường hợp', 'Cỡ nhỏ', 'Cỡ lớn', 'ms nhỏ', 'ms lớn', 'Tăng', 'Cỡ tăng'];
  const body = cases.map((c) => [c.name, String(c.sizes[0]), String(c.sizes[1]), String(c.ms[0]), String(c.ms[1]), `${c.growth}×`, `${c.sizeRatio}×`]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] as string).length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n') + '\n';
}
