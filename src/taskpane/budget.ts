/**
 * The budget appendix: live formulas for the amounts and the total, and the total in words.
 * The words come from the engine (amountToWords); the pane only decides which cells get what.
 */
import { a1, cellAt, cellText, columnIndex, columnLetter, type Grid } from '../core/grid';
import type { SheetReport } from '../core/report';
import { seenOf, setEdit, type Edit } from '../core/fix';
import { wordsCellText } from '../core/money';
import { S } from './strings';
import type { FormulaWrite, RowInsert, WriteOp } from '../excel/types';

export const AMOUNT_FORMAT = '#,##0';

/** A number in a cell: a real number, or text such as "12 tháng", "01", "6.000.000". */
function numberIn(grid: Grid, row1: number, col: number): { value: number; isCell: boolean } | null {
  const cell = cellAt(grid, row1 - 1, col);
  if (!cell) return null;
  if (typeof cell.value === 'number' && Number.isFinite(cell.value)) return { value: cell.value, isCell: true };
  const text = cellText(cell).trim();
  const m = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?:\s*[\p{L}/ ]*)?$/u.exec(text);
  if (!m) return null;
  const value = Number(m[1]!.replace(/\./g, '') + (m[2] ? `.${m[2]}` : ''));
  return Number.isFinite(value) ? { value, isCell: false } : null;
}

export interface BudgetPlan {
  ops: WriteOp[];
  /** Lines that got a quantity × rate formula. */
  formulas: number;
  /** The total the formulas will give. */
  total: number | null;
  /** The words written, e.g. "(Bằng chữ: Hai mươi triệu đồng)". */
  wordsText: string | null;
  /** Why nothing could be planned, in Vietnamese. */
  problem?: string;
}

/**
 * Plans the budget writes: amount = quantity × rate on each line where both are numbers (a cell
 * reference when the cell holds a number, the number itself when it is text like "12 tháng"),
 * total = SUM of the line amounts, and the words cell from the total.
 */
export function planBudget(
  grid: Grid,
  report: SheetReport,
  words: (n: number) => string,
  splitWords: (text: string) => { prefix: string; body: string; suffix: string },
): BudgetPlan {
  const cols = report.columns;
  if (!cols.amount) return { ops: [], formulas: 0, total: null, wordsText: null, problem: S.noAmountColumn };
  const amountCol = columnIndex(cols.amount);
  const q = cols.quantity ? columnIndex(cols.quantity) : null;
  const r = cols.rate ? columnIndex(cols.rate) : null;
  const ops: WriteOp[] = [];
  const lines = report.rows.filter((x) => x.kind === 'line' || x.kind === 'savings').sort((a, b) => a.row - b.row);
  let total = 0;
  let formulas = 0;
  for (const line of lines) {
    const qty = q !== null ? numberIn(grid, line.row, q) : null;
    const rate = r !== null ? numberIn(grid, line.row, r) : null;
    if (line.kind === 'line' && qty && rate && q !== null && r !== null) {
      const left = qty.isCell ? a1(line.row - 1, q) : String(qty.value);
      const right = rate.isCell ? a1(line.row - 1, r) : String(rate.value);
      const f: FormulaWrite = {
        kind: 'formula',
        row: line.row,
        col: amountCol,
        formula: `${left}*${right}`,
        numFmt: AMOUNT_FORMAT,
        seen: seenOf(cellAt(grid, line.row - 1, amountCol), grid.date1904),
      };
      ops.push(f);
      formulas += 1;
      total += qty.value * rate.value;
    } else {
      total += numberIn(grid, line.row, amountCol)?.value ?? line.amount ?? 0;
    }
  }
  const totalRow = report.rows.find((x) => x.kind === 'total');
  if (totalRow && lines.length > 0) {
    const letter = columnLetter(amountCol);
    const rowsSet = new Set(lines.map((l) => l.row));
    const first = lines[0]!.row;
    const last = lines[lines.length - 1]!.row;
    // A range when nothing else (a sub-total, a note) sits between the lines; otherwise a list.
    const between = report.rows.some((x) => x.row > first && x.row < last && !rowsSet.has(x.row) && x.kind !== 'blank');
    const formula = between
      ? `SUM(${lines.map((l) => `${letter}${l.row}`).join(',')})`
      : `SUM(${letter}${first}:${letter}${last})`;
    ops.push({ kind: 'formula', row: totalRow.row, col: amountCol, formula, numFmt: AMOUNT_FORMAT, seen: seenOf(cellAt(grid, totalRow.row - 1, amountCol), grid.date1904) });
  }
  const spelled = words(total);
  if (!spelled) return { ops, formulas, total, wordsText: null };
  const wordsRow = report.rows.find((x) => x.kind === 'words');
  let wordsText = wordsCellText(spelled);
  if (wordsRow) {
    const col = wordsColumn(grid, wordsRow.row, cols.words);
    const old = cellText(cellAt(grid, wordsRow.row - 1, col));
    const parts = old ? splitWords(old) : null;
    if (parts && parts.prefix) wordsText = `${parts.prefix}${spelled}${parts.suffix}`;
    const edit: Edit = setEdit(grid, wordsRow.row - 1, col, wordsText);
    ops.push(edit);
  } else if (totalRow) {
    const col = cols.item ? columnIndex(cols.item) : 0;
    const values: (string | null)[] = new Array(col + 1).fill(null);
    values[col] = wordsText;
    const ins: RowInsert = { kind: 'insert-rows', beforeRow: totalRow.row + 1, values: [values] };
    ops.push(ins);
  }
  return { ops, formulas, total, wordsText };
}

function wordsColumn(grid: Grid, row1: number, letter: string | undefined): number {
  if (letter) return columnIndex(letter);
  const cells = grid.rows[row1 - 1] ?? [];
  for (let c = 0; c < cells.length; c++) if (cellText(cells[c]).trim()) return c;
  return 0;
}
