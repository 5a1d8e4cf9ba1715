import { amountToWords } from '../../src/core/money';
import type { Grid } from '../../src/core/grid';
import { gridOf, type Raw } from './grid';

const money = (v: number) => ({ value: v, numFmt: '#,##0' });

export interface BudgetSpec {
  /** Line amounts (quantity × rate when `rates` is given). */
  amounts: number[];
  /** Tiết kiệm chi p%. */
  percent: number;
  /** Added to the right savings amount. */
  savingsError?: number;
  /** Added to the total the words say. */
  wordsOff?: number;
  /** Added to the first line's amount (a line that disagrees with quantity × rate). */
  lineError?: number;
  /** The total as a typed number (true) rather than =SUM. */
  typedTotal?: boolean;
  /** Added to a typed total. */
  totalError?: number;
  /** Whether the total sums the savings line (default) or only the other lines. */
  inside?: boolean;
}

/** First line row (1-based). */
export const BUDGET_FIRST = 7;

/**
 * A budget appendix: header in row 6, lines from row 7 (quantity 1 × rate = amount), then
 * Tiết kiệm chi p%, TỔNG CỘNG (=SUM over lines and savings, or typed), the words, a signature.
 * With `inside: false` the total sums the other lines only and the savings are p% of them.
 */
export function budgetSheet(spec: BudgetSpec): Grid {
  const { amounts, percent, savingsError = 0, wordsOff = 0, lineError = 0, typedTotal = false, totalError = 0, inside = true } = spec;
  const rows: Raw[][] = [['Phụ lục 2'], ['KẾ HOẠCH DỰ TRÙ KINH PHÍ'], ['Hoạt động cải cách hành chính năm 2024'], [], [],
    ['STT', 'Nội dung chi tiết', 'Đơn vị tính', 'Số lượng', 'Định mức', 'Số tiền']];
  amounts.forEach((a, i) => rows.push([i + 1, `Nội dung ${i + 1}`, 'Lần', 1, money(a), money(a + (i === 0 ? lineError : 0))]));
  const others = amounts.reduce((s, a) => s + a, 0);
  const savings = Math.round(inside ? (others * percent) / (100 - percent) : (others * percent) / 100) + savingsError;
  const savingsRow = BUDGET_FIRST + amounts.length;
  const written = others + lineError + (inside ? savings : 0);
  const lastSummed = inside ? savingsRow : savingsRow - 1;
  rows.push([amounts.length + 1, `Tiết kiệm chi ${percent}%`, null, null, null, money(savings)]);
  rows.push(['TỔNG CỘNG', null, null, null, null, typedTotal ? money(written + totalError) : { value: written, formula: `SUM(F${BUDGET_FIRST}:F${lastSummed})`, numFmt: '#,##0' }]);
  rows.push([`(Bằng chữ: ${amountToWords(written + totalError + wordsOff)})`]);
  rows.push([], [null, 'NGƯỜI LẬP BIỂU', null, null, 'GIÁM ĐỐC']);
  return gridOf('Phụ lục 2', rows, ['A1:F1', 'A2:F2', 'A3:F3']);
}
