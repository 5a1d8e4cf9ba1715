import { a1, cellAt, cellText, isBlank } from '../grid';
import type { Cell, Grid } from '../grid';
import { makeIssue } from '../issues';
import type { BudgetRole, Issue } from '../issues';
import type { Edit, Fix } from '../fix';
import { setEdit as makeSetEdit } from '../fix/seen';
import type { RowReport } from '../report';
import type { BudgetTable } from '../table/types';
import { amountToWords, formatAmount, hasWordsLabel, parseWords, splitWordsCell } from '../money';
import type { AmountWordsOptions } from '../money';
import { readCellNumber } from './cell-number';
import type { CellNumber } from './cell-number';
import { savingsPercent, sttLevel, totalLabel } from './labels';

export interface BudgetCheck {
  rows: RowReport[];
  issues: Issue[];
  fixes: Fix[];
}

/** How many rows after the total may hold the "(Bằng chữ: ...)" line. */
const WORDS_WINDOW = 5;

/** A row that carries an amount in the tree of headings, lines and sub-lines. */
interface Node {
  row: number;
  kind: 'group' | 'line' | 'savings';
  level: number;
  amount: CellNumber;
  /** quantity × rate, when the written amount disagrees with it. */
  expected?: number;
  percent?: number;
  children: Node[];
}

interface Subtotal {
  row: number;
  amount: CellNumber;
  /** The heading it totals; undefined means the top-level lines before it. */
  group?: Node;
  lines: Node[];
}

interface WordsRow {
  row: number;
  col: number;
  text: string;
  cell: Cell | undefined;
}

/** How one pass values the amounts: as written, or as they would be once lines are repaired. */
interface Valuation {
  corrected: boolean;
  /** The savings amount to assume instead of the written one. */
  savings?: (node: Node) => number;
}

const WRITTEN: Valuation = { corrected: false };
const CORRECTED: Valuation = { corrected: true };

/**
 * Checks a budget table: each line against quantity × rate, subtotals and the total against
 * their lines, the savings line against its percentage of the total, the amount in words
 * against the total, and numbers typed as text. A discrepancy is reported where it starts:
 * a wrong line does not also make the total wrong if the total agrees with the repaired line.
 */
export function checkBudget(grid: Grid, table: BudgetTable): BudgetCheck {
  const cols = table.columns;
  const rows: RowReport[] = [];
  const issues: Issue[] = [];
  const fixes: Fix[] = [];
  const amountCol = cols.amount;

  const where = (row: number, col: number, column: BudgetRole) => ({
    sheet: grid.name,
    row: row + 1,
    column,
    cell: a1(row, col),
  });
  const setEdit = (row: number, col: number, value: string | number): Edit => makeSetEdit(grid, row, col, value);
  const hasFormula = (row: number, col: number) => cellAt(grid, row, col)?.formula !== undefined;

  const roots: Node[] = [];
  const stack: Node[] = [];
  const subtotals: Subtotal[] = [];
  let rootsSinceSubtotal: Node[] = [];
  let total: { row: number; amount: CellNumber } | undefined;
  let words: WordsRow | undefined;
  let phase: 'body' | 'after-total' | 'after' = 'body';
  let afterTotal = 0;
  let section: string | undefined;

  /** Number cells of a row: reports text numbers and error values, returns what they hold. */
  const readNumbers = (r: number) => {
    const read = (role: 'quantity' | 'rate' | 'amount'): CellNumber => {
      const col = cols[role];
      if (col === undefined) return { kind: 'absent' };
      const n = readCellNumber(cellAt(grid, r, col));
      if (n.kind === 'error') {
        issues.push(makeIssue('cell.error-value', where(r, col, role), { error: n.error }));
      } else if (n.kind === 'number' && n.text !== undefined && !(role === 'quantity' && n.unit !== undefined)) {
        // "12 tháng" in the quantity column is how quantities are written; "6.000.000" as text is not.
        const issue = makeIssue('budget.number-format', where(r, col, role), { text: n.text, value: n.value }, n.value);
        issues.push(issue);
        fixes.push({
          issue,
          label: `Chuyển ô ${a1(r, col)} thành số ${formatAmount(n.value)}`,
          safe: !hasFormula(r, col),
          edits: [setEdit(r, col, n.value)],
        });
      }
      return n;
    };
    return { quantity: read('quantity'), rate: read('rate'), amount: read('amount') };
  };

  const text = (r: number, col: number | undefined) =>
    col === undefined ? '' : cellText(cellAt(grid, r, col), grid.date1904).trim();
  const firstText = (r: number): { col: number; text: string } | undefined => {
    const row = grid.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const t = cellText(row[c], grid.date1904).trim();
      if (t !== '') return { col: c, text: t };
    }
    return undefined;
  };
  const rowBlank = (r: number) => (grid.rows[r] ?? []).every((c) => isBlank(c));
  const findWords = (r: number): WordsRow | undefined => {
    if (cols.words !== undefined && text(r, cols.words) !== '') {
      const t = text(r, cols.words);
      return { row: r, col: cols.words, text: t, cell: cellAt(grid, r, cols.words) };
    }
    const first = firstText(r);
    if (first && (hasWordsLabel(first.text) || (phase === 'after-total' && parseWords(first.text) !== null))) {
      return { row: r, col: first.col, text: first.text, cell: cellAt(grid, r, first.col) };
    }
    return undefined;
  };

  for (let r = table.firstDataRow; r < grid.rows.length; r++) {
    const rowNo = r + 1;
    if (phase === 'after') {
      rows.push({ row: rowNo, kind: rowBlank(r) ? 'blank' : 'after' });
      continue;
    }
    if (rowBlank(r)) {
      rows.push({ row: rowNo, kind: 'blank' });
      if (phase === 'after-total' && ++afterTotal >= WORDS_WINDOW) phase = 'after';
      continue;
    }
    const stt = text(r, cols.stt);
    const item = text(r, cols.item);
    const label =
      phase !== 'body'
        ? null
        : (totalLabel(stt) ?? totalLabel(item) ?? (stt === '' && item === '' ? totalLabel(firstText(r)?.text ?? '') : null));
    const found = label || words ? undefined : findWords(r);
    if (found) {
      words = found;
      rows.push({ row: rowNo, kind: 'words', title: found.text });
      if (phase === 'after-total') phase = 'after';
      continue;
    }
    if (phase === 'after-total') {
      rows.push({ row: rowNo, kind: 'after' });
      if (++afterTotal >= WORDS_WINDOW) phase = 'after';
      continue;
    }
    if (label) {
      const { amount } = readNumbers(r);
      const title = [stt, item].filter((t) => t !== '').join(' ');
      if (label.kind === 'grand') {
        total = { row: r, amount };
        rows.push(withAmount({ row: rowNo, kind: 'total', title }, amount));
        phase = 'after-total';
        afterTotal = 0;
        if (cols.words !== undefined && text(r, cols.words) !== '') {
          words = { row: r, col: cols.words, text: text(r, cols.words), cell: cellAt(grid, r, cols.words) };
          phase = 'after';
        }
      } else {
        const at = findLastIndex(stack, (n) => n.kind === 'group');
        const group = stack[at];
        subtotals.push({ row: r, amount, group, lines: group ? [] : rootsSinceSubtotal });
        // The group is closed: lines after its subtotal belong to the next heading, not to it.
        if (group) {
          stack.length = at;
          section = undefined;
        } else rootsSinceSubtotal = [];
        rows.push(withAmount({ row: rowNo, kind: 'total', title, section: label.id }, amount));
      }
      continue;
    }

    const level = sttLevel(stt);
    const numbers = readNumbers(r);
    const percent = savingsPercent(item);
    const node: Node = {
      row: r,
      kind: level.kind === 'heading' ? 'group' : percent !== null ? 'savings' : 'line',
      // The savings line is a line of its own even when its STT is blank, never a detail of the line above.
      level: percent !== null && level.kind === 'line' ? Math.min(level.level, 2) : level.level,
      amount: numbers.amount,
      children: [],
    };
    if (percent !== null) node.percent = percent;
    if (level.kind === 'heading') section = stt.replace(/[.)]$/, '');

    const { quantity: q, rate, amount } = numbers;
    if (q.kind === 'number' && rate.kind === 'number' && amount.kind === 'number' && amountCol !== undefined) {
      const product = q.value * rate.value;
      if (amount.value !== Math.floor(product) && amount.value !== Math.ceil(product)) {
        const expected = Math.round(product);
        node.expected = expected;
        const issue = makeIssue(
          'budget.line-mismatch',
          where(r, amountCol, 'amount'),
          { quantity: q.value, rate: rate.value, amount: amount.value, expected },
          expected,
        );
        issues.push(issue);
        fixes.push({
          issue,
          label: `Sửa ô ${a1(r, amountCol)} thành ${formatAmount(expected)} (số lượng × định mức)`,
          safe: false,
          edits: [setEdit(r, amountCol, expected)],
        });
      }
    }

    while (stack.length > 0 && (stack[stack.length - 1] as Node).level >= node.level) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
    else {
      roots.push(node);
      rootsSinceSubtotal.push(node);
    }
    stack.push(node);

    const report: RowReport = { row: rowNo, kind: node.kind };
    if (stt !== '') report.stt = stt;
    if (item !== '') report.title = item;
    if (section !== undefined) report.section = section;
    rows.push(withAmount(report, amount));
  }

  if (amountCol === undefined) return { rows, issues: sortIssues(issues), fixes };

  // Whether the lines themselves are in doubt decides if repairing a total is safe.
  const lineProblem = issues.some(
    (i) => i.code === 'budget.line-mismatch' || i.code === 'cell.error-value',
  );

  // Headings and numbered lines that carry their own amount must equal their lines.
  let partsDisagree = false;
  const checkParts = (own: CellNumber, parts: Node[], row: number) => {
    if (own.kind !== 'number' || !parts.some(hasAmount)) return;
    const written = sum(parts, WRITTEN);
    const corrected = sum(parts, CORRECTED);
    if (Number.isNaN(written) || own.value === written || own.value === corrected) return;
    partsDisagree = true;
    const issue = makeIssue(
      'budget.total-mismatch',
      where(row, amountCol, 'amount'),
      { total: own.value, sum: written },
      written,
    );
    issues.push(issue);
    fixes.push({
      issue,
      label: `Sửa ô ${a1(row, amountCol)} thành ${formatAmount(written)} (tổng các dòng)`,
      safe: !lineProblem && !hasFormula(row, amountCol),
      edits: [setEdit(row, amountCol, written)],
    });
  };
  const visit = (n: Node) => {
    if (n.children.length > 0) {
      n.children.forEach(visit);
      checkParts(n.amount, n.children, n.row);
    }
  };
  roots.forEach(visit);
  for (const s of subtotals) {
    const parts = s.group ? s.group.children : s.lines;
    checkParts(s.amount, parts, s.row);
  }


  const savingsNodes: Node[] = [];
  const collect = (n: Node) => {
    if (n.kind === 'savings') savingsNodes.push(n);
    n.children.forEach(collect);
  };
  roots.forEach(collect);

  const W = sum(roots, WRITTEN);
  const C = sum(roots, CORRECTED);
  const T = total?.amount.kind === 'number' ? total.amount.value : undefined;

  // The total is consistent when it equals the lines as written, the lines once repaired, or
  // the repaired lines with the savings line(s) recomputed from this very total.
  let consistent = false;
  if (T !== undefined) {
    const withSavings = (pick: (x: number) => number) =>
      sum(roots, { corrected: true, savings: (n) => pick((T * (n.percent ?? 0)) / 100) });
    consistent = T === W || T === C || T === withSavings(Math.floor) || T === withSavings(Math.ceil);
  }
  // The best estimate of the true total, which words and savings should follow.
  const trueTotal = T !== undefined && (consistent || Number.isNaN(W)) ? T : Number.isNaN(W) ? undefined : W;

  // Words follow the total, so repairing them blind is safe only if the total is settled.
  let totalSettled = consistent;
  if (total && T !== undefined && !consistent && !Number.isNaN(W)) {
    const issue = makeIssue('budget.total-mismatch', where(total.row, amountCol, 'amount'), { total: T, sum: W }, W);
    // Safe only if the lines are beyond doubt and the savings line already fits the new total.
    const savingsFit = savingsNodes.every(
      (n) => n.amount.kind !== 'number' || fitsPercent(n.amount.value, W, n.percent ?? 0),
    );
    const safe = !lineProblem && !partsDisagree && savingsFit && !hasFormula(total.row, amountCol);
    issues.push(issue);
    fixes.push({
      issue,
      label: `Sửa tổng cộng ô ${a1(total.row, amountCol)} thành ${formatAmount(W)}`,
      safe,
      edits: [setEdit(total.row, amountCol, W)],
    });
    totalSettled = safe;
  }

  for (const n of savingsNodes) {
    if (n.amount.kind !== 'number' || n.percent === undefined) continue;
    const p = n.percent;
    const s = n.amount.value;
    // The written total is the base; the line sums only when the total is itself in doubt
    // (they include the savings line, so they would excuse any savings figure).
    const bases = (consistent ? [T] : [T, W, C]).filter((b): b is number => b !== undefined && !Number.isNaN(b));
    if (bases.length === 0 || trueTotal === undefined) continue;
    if (bases.some((b) => fitsPercent(s, b, p))) continue;
    const expected = Math.round((trueTotal * p) / 100);
    const issue = makeIssue(
      'budget.savings-mismatch',
      where(n.row, amountCol, 'amount'),
      { percent: p, amount: s, expected },
      expected,
    );
    issues.push(issue);
    fixes.push({
      issue,
      label: `Sửa ô ${a1(n.row, amountCol)} thành ${formatAmount(expected)} (${formatAmount(p)}% tổng cộng)`,
      safe: false,
      edits: [setEdit(n.row, amountCol, expected)],
    });
  }

  if (total && trueTotal !== undefined) {
    if (words) {
      const value = parseWords(words.text);
      // Words spell the true total: when the written total is wrong, words that copy it are too.
      if (value !== trueTotal) {
        const parts = splitWordsCell(words.text);
        const expectedWords = amountToWords(trueTotal, wordsStyle(parts.body));
        const replacement = parts.prefix + expectedWords + parts.suffix;
        const data: { words: string; total: number; wordsValue?: number; expectedWords: string } = {
          words: words.text,
          total: trueTotal,
          expectedWords,
        };
        if (value !== null) data.wordsValue = value;
        const issue = makeIssue('budget.words-mismatch', where(words.row, words.col, 'words'), data, replacement);
        issues.push(issue);
        fixes.push({
          issue,
          label: `Sửa số tiền bằng chữ ở ô ${a1(words.row, words.col)} thành: ${expectedWords}`,
          safe: totalSettled && words.cell?.formula === undefined,
          edits: [setEdit(words.row, words.col, replacement)],
        });
      }
    } else {
      const r = total.row + 1;
      const col = cols.words ?? Math.min(...Object.values(cols).filter((c): c is number => c !== undefined));
      const expectedWords = amountToWords(trueTotal);
      const replacement = `(Bằng chữ: ${expectedWords})`;
      const issue = makeIssue('budget.words-missing', where(r, col, 'words'), { total: trueTotal, expectedWords }, replacement);
      issues.push(issue);
      // Writing into a blank row changes nothing else; a full row would need an inserted row.
      if (rowBlank(r)) {
        fixes.push({
          issue,
          label: `Ghi số tiền bằng chữ vào ô ${a1(r, col)}: ${expectedWords}`,
          safe: totalSettled,
          edits: [setEdit(r, col, replacement)],
        });
      }
    }
  }

  return { rows, issues: sortIssues(issues), fixes };
}

function findLastIndex<T>(xs: readonly T[], pred: (x: T) => boolean): number {
  for (let i = xs.length - 1; i >= 0; i--) if (pred(xs[i] as T)) return i;
  return -1;
}

function withAmount(report: RowReport, amount: CellNumber): RowReport {
  if (amount.kind === 'number') report.amount = amount.value;
  return report;
}

/** True when amount is percent% of base, rounded either way to the đồng. */
function fitsPercent(amount: number, base: number, percent: number): boolean {
  const exact = (base * percent) / 100;
  return amount === Math.floor(exact) || amount === Math.ceil(exact);
}

function hasAmount(n: Node): boolean {
  return n.amount.kind === 'number' || n.amount.kind === 'error' || n.children.some(hasAmount);
}

/** A node's value: its own amount, else the sum of its lines; NaN when an amount is an error. */
function value(n: Node, v: Valuation): number {
  const a = n.amount;
  if (a.kind === 'error') return NaN;
  if (a.kind === 'number') {
    if (n.kind === 'savings' && v.savings) return v.savings(n);
    if (v.corrected && n.expected !== undefined) return n.expected;
    // Repaired, a heading or parent line is worth what its own lines add up to.
    if (v.corrected && n.children.some(hasAmount)) return sum(n.children, v);
    return a.value;
  }
  return sum(n.children, v);
}

function sum(nodes: readonly Node[], v: Valuation): number {
  let s = 0;
  for (const n of nodes) s += value(n, v);
  return s;
}

/** Writes repaired words in the clerk's own regional style (lẻ, ngàn, bốn). */
function wordsStyle(body: string): AmountWordsOptions {
  const t = body.normalize('NFC').toLowerCase();
  const opts: AmountWordsOptions = {};
  if (/(^|\s)lẻ(\s|$)/.test(t)) opts.linh = 'lẻ';
  if (/(^|\s)ngàn(\s|$)/.test(t)) opts.nghin = 'ngàn';
  if (/mươi bốn/.test(t)) opts.tu = 'bốn';
  return opts;
}

function sortIssues(issues: Issue[]): Issue[] {
  return issues
    .map((issue, i) => ({ issue, i }))
    .sort((a, b) => a.issue.row - b.issue.row || a.i - b.i)
    .map((x) => x.issue);
}
