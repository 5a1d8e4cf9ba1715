import { a1, cellAt, cellText, isBlank } from '../grid';
import type { Cell, Grid } from '../grid';
import { makeIssue } from '../issues';
import type { BudgetRole, Issue } from '../issues';
import type { Edit, Fix } from '../fix';
import { blockSources, setEdit as makeSetEdit } from '../fix/seen';
import type { RowReport } from '../report';
import type { BudgetTable } from '../table/types';
import { amountToWords, hasWordsLabel, parseWords, splitWordsCell, wordsCellText } from '../money';
import { formulaRefs } from '../formula';
import type { AmountWordsOptions } from '../money';
import { budgetRepairLabel, toNumberLabel } from '../messages/fix-labels';
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

  /** Issues of amounts, total, savings and words: all repaired by one consistent set of edits. */
  const repairs: Issue[] = [];
  /** Fixes of amounts typed as text, offered alone only when there is no repair. */
  const textAmounts: Fix[] = [];
  const roots: Node[] = [];
  const stack: Node[] = [];
  const subtotals: Subtotal[] = [];
  let rootsSinceSubtotal: Node[] = [];
  let total: { row: number; amount: CellNumber } | undefined;
  let words: WordsRow | undefined;
  let phase: 'body' | 'after-total' | 'after' = 'body';
  let afterTotal = 0;
  /** The last non-blank row of the budget (its words or total row): the repair's sources end there. */
  let lastRow = table.firstDataRow;
  let section: string | undefined;

  /** Number cells of a row: reports text numbers and error values, returns what they hold. */
  const readNumbers = (r: number) => {
    const read = (role: 'quantity' | 'rate' | 'amount'): CellNumber => {
      const col = cols[role];
      if (col === undefined) return { kind: 'absent' };
      const n = readCellNumber(cellAt(grid, r, col));
      if (n.kind === 'error') {
        issues.push(makeIssue('cell.error-value', where(r, col, role), { error: n.error }));
      } else if (n.kind === 'uncomputed') {
        // Not known is not 0: the sums that need it are skipped and this says why.
        issues.push(makeIssue('cell.not-computed', where(r, col, role), n.formula === undefined ? {} : { formula: n.formula }));
      } else if (n.kind === 'number' && n.text !== undefined && !(role === 'quantity' && n.unit !== undefined)) {
        // "12 tháng" in the quantity column is how quantities are written; "6.000.000" as text is not.
        const issue = makeIssue('budget.number-format', where(r, col, role), { text: n.text, value: n.value }, n.value);
        issues.push(issue);
        const fix: Fix = {
          issue,
          label: toNumberLabel(a1(r, col), n.value),
          safe: !hasFormula(r, col),
          edits: [setEdit(r, col, n.value)],
        };
        // An amount typed as text is also written by the budget's repair, when there is one
        // (maybe with another value): then that repair is its fix, so that the two never conflict.
        if (role === 'amount') textAmounts.push(fix);
        else fixes.push(fix);
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

  /** Blank rows: a run of them is one record (RowReport.lastRow); other rows keep their own. */
  const pushRun = (rowNo: number, kind: 'blank' | 'after') => {
    const prev = rows[rows.length - 1];
    if (kind === 'blank' && prev && prev.kind === kind && (prev.lastRow ?? prev.row) === rowNo - 1) prev.lastRow = rowNo;
    else rows.push({ row: rowNo, kind });
  };
  for (let r = table.firstDataRow; r < grid.rows.length; r++) {
    const rowNo = r + 1;
    if (phase === 'after') {
      pushRun(rowNo, rowBlank(r) ? 'blank' : 'after');
      continue;
    }
    if (rowBlank(r)) {
      pushRun(rowNo, 'blank');
      if (phase === 'after-total' && ++afterTotal >= WORDS_WINDOW) phase = 'after';
      continue;
    }
    lastRow = r;
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
      pushRun(rowNo, 'after');
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
        repairs.push(issue);
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

  if (amountCol === undefined) return { rows, issues: sortIssues(issues), fixes: [...fixes, ...textAmounts] };

  // Whether the lines themselves are in doubt decides if repairing a total is safe.
  const lineProblem = issues.some(
    (i) => i.code === 'budget.line-mismatch' || i.code === 'cell.error-value',
  );

  const savingsNodes: Node[] = [];
  const collect = (n: Node) => {
    if (n.kind === 'savings') savingsNodes.push(n);
    n.children.forEach(collect);
  };
  roots.forEach(collect);

  // Is the savings line part of the total (the usual layout: the total sums every line, savings
  // included) or set beside it (the total sums the other lines)? A SUM formula says which by its
  // range; written numbers say so when they add up only without the savings.
  const totalCell = total ? cellAt(grid, total.row, amountCol) : undefined;
  const inside = savingsInsideTotal(totalCell, total?.amount, savingsNodes, roots, amountCol, grid.name);
  const valuation = (corrected: boolean): Valuation => (inside ? { corrected } : { corrected, savings: () => 0 });

  // Headings and numbered lines that carry their own amount must equal their lines.
  const checkParts = (own: CellNumber, parts: Node[], row: number) => {
    if (own.kind !== 'number' || !parts.some(hasAmount)) return;
    const written = sum(parts, WRITTEN);
    const corrected = sum(parts, CORRECTED);
    if (Number.isNaN(written) || own.value === written || own.value === corrected) return;
    const issue = makeIssue(
      'budget.total-mismatch',
      where(row, amountCol, 'amount'),
      { total: own.value, sum: written },
      written,
    );
    issues.push(issue);
    repairs.push(issue);
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

  const W = sum(roots, valuation(false));
  const C = sum(roots, valuation(true));
  const T = total?.amount.kind === 'number' ? total.amount.value : undefined;

  // The total is consistent when it equals the lines as written, the lines once repaired, or
  // the repaired lines with the savings line(s) recomputed from this very total.
  let consistent = false;
  if (T !== undefined) {
    const withSavings = (pick: (x: number) => number) =>
      sum(roots, { corrected: true, savings: (n) => pick((T * (n.percent ?? 0)) / 100) });
    consistent = T === W || T === C || (inside && (T === withSavings(Math.floor) || T === withSavings(Math.ceil)));
  }
  // The best estimate of the true total, which words and savings should follow. A total whose
  // formula was not computed is unknown: nothing is checked against it.
  const totalUnknown = total?.amount.kind === 'uncomputed';
  const trueTotal = totalUnknown
    ? undefined
    : T !== undefined && (consistent || Number.isNaN(W))
      ? T
      : Number.isNaN(W)
        ? undefined
        : W;

  if (total && T !== undefined && !consistent && !Number.isNaN(W)) {
    const issue = makeIssue('budget.total-mismatch', where(total.row, amountCol, 'amount'), { total: T, sum: W }, W);
    issues.push(issue);
    repairs.push(issue);
  }

  // The budget as it should be (what its repair writes): the savings and words are checked
  // against it, so that a message's "đáng lẽ là" is the very number the fix writes and typing
  // it by hand converges. Undefined when an amount is an error value or unknown.
  const solution = solveBudget(roots, savingsNodes, total, inside);

  for (const n of savingsNodes) {
    // A total whose formula was not computed is unknown: its savings are not checked against it.
    if (n.amount.kind !== 'number' || n.percent === undefined || totalUnknown) continue;
    const p = n.percent;
    const s = n.amount.value;
    // Reported where it starts: savings that are p% of the written total are right as written
    // (the base is the line sums only when the total is itself in doubt: they include the
    // savings line, so they would excuse any savings figure), and so are savings that equal the
    // repaired budget's. What is expected is the repaired budget's value, the one its fix writes.
    const bases = (consistent ? [T] : [T, W, C]).filter((b): b is number => b !== undefined && !Number.isNaN(b));
    if (bases.length === 0 || trueTotal === undefined) continue;
    if (bases.some((b) => fitsPercent(s, b, p))) continue;
    const solved = solution?.savings.get(n);
    if (solved === s) continue;
    const expected = solved ?? Math.round((trueTotal * p) / 100);
    const issue = makeIssue(
      'budget.savings-mismatch',
      where(n.row, amountCol, 'amount'),
      { percent: p, amount: s, expected },
      expected,
    );
    issues.push(issue);
    repairs.push(issue);
  }

  let wordsAt: { row: number; col: number } | undefined;
  if (total && trueTotal !== undefined) {
    // What the words should spell: the total of the repaired budget, which the repair writes.
    const wordsTotal = solution?.totalValue ?? trueTotal;
    if (words) {
      const value = parseWords(words.text);
      // Words spell the true total: when the written total is wrong, words that copy it are too.
      // Words already spelling the repaired total are right once the rest is repaired.
      if (value !== trueTotal && value !== wordsTotal) {
        const parts = splitWordsCell(words.text);
        const expectedWords = amountToWords(wordsTotal, wordsStyle(parts.body));
        const replacement = parts.prefix + expectedWords + parts.suffix;
        const data: { words: string; total: number; wordsValue?: number; expectedWords: string } = {
          words: words.text,
          total: wordsTotal,
          expectedWords,
        };
        if (value !== null) data.wordsValue = value;
        const issue = makeIssue('budget.words-mismatch', where(words.row, words.col, 'words'), data, replacement);
        issues.push(issue);
        repairs.push(issue);
      }
    } else {
      const r = total.row + 1;
      const col = cols.words ?? Math.min(...Object.values(cols).filter((c): c is number => c !== undefined));
      const expectedWords = amountToWords(wordsTotal);
      const replacement = wordsCellText(expectedWords);
      const issue = makeIssue('budget.words-missing', where(r, col, 'words'), { total: wordsTotal, expectedWords }, replacement);
      issues.push(issue);
      // Writing into a blank row changes nothing else; a full row would need an inserted row.
      if (rowBlank(r)) {
        repairs.push(issue);
        wordsAt = { row: r, col };
      }
    }
  }

  // One repair for every issue of amounts, total, savings and words: the budget as it should
  // be, all together, so that one press reaches a state with no budget issue (repairing the
  // savings alone would move a total that sums it, and the words after it).
  let repaired = false;
  if (repairs.length > 0 && solution) {
    const plan = planRepair({
      grid,
      roots,
      subtotals,
      savingsNodes,
      total,
      words,
      wordsAt,
      amountCol,
      solution,
    });
    if (plan && plan.cells.length > 0) {
      // Safe when it is arithmetic only: no line is in doubt and the savings stay as written.
      const safe = !lineProblem && !plan.savingsChanged;
      const edits = plan.cells.map((c) => setEdit(c.row, c.col, c.value));
      const label = repairLabel(plan.cells);
      // The repair is computed from the whole budget (its header, which says which column is
      // which, lines, savings, total, words, their labels):
      // it is written only while every cell of it still holds what the check saw.
      const sources = blockSources(grid, Math.min(table.firstDataRow, ...table.headerRows), Math.max(lastRow, wordsAt?.row ?? 0));
      repaired = true;
      // One repair for all these issues: the pane shows it once (Fix.repair).
      const all = [...textAmounts.map((t) => t.issue), ...repairs];
      const shared = all.length > 1 ? { repair: { id: `budget:${table.firstDataRow + 1}`, issues: all } } : {};
      for (const t of textAmounts) fixes.push({ ...t, label, safe, edits, sources, ...shared });
      for (const issue of repairs) {
        if (issue.code === 'budget.words-mismatch' || issue.code === 'budget.words-missing') {
          const w = plan.cells.find((c) => c.words);
          if (w) issue.suggestion = w.value;
        } else {
          const own = plan.cells.find((c) => a1(c.row, c.col) === issue.cell);
          if (own) issue.suggestion = own.value;
        }
        fixes.push({ issue, label, safe, edits, sources, ...shared });
      }
    }
  }
  if (!repaired) fixes.push(...textAmounts);

  return { rows, issues: sortIssues(issues), fixes };
}

interface RepairCell {
  /** 0-based row and column. */
  row: number;
  col: number;
  value: string | number;
  words?: boolean;
}

interface RepairInput {
  grid: Grid;
  roots: Node[];
  subtotals: Subtotal[];
  savingsNodes: Node[];
  total: { row: number; amount: CellNumber } | undefined;
  words: WordsRow | undefined;
  /** Where to write the words when the sheet has none (a blank row under the total). */
  wordsAt: { row: number; col: number } | undefined;
  amountCol: number;
  solution: BudgetSolution;
}

/** The consistent budget: each savings line's amount and the total they give. */
interface BudgetSolution {
  savings: Map<Node, number>;
  /** Lines repaired, savings at `savings`. */
  target: Valuation;
  totalValue: number;
}

/**
 * Solves the budget as it should be: lines at quantity × rate, the savings line at its
 * percentage of the total. With the savings inside the total, savings s and total T must satisfy
 * T = B + s and s = p% × T (B: every other line) together: s is solved for, s = p·B / (100 − p)
 * rounded to the đồng so that it is p% of B + s either way of rounding; never iterated (writing
 * 10% of the old total moves the total again). Undefined when an amount is an error value or
 * unknown, or the savings cannot be solved (their percentages reach 100%).
 * Both the check's expected values and the repair's edits come from this one solution.
 */
function solveBudget(
  roots: Node[],
  savingsNodes: Node[],
  total: { row: number; amount: CellNumber } | undefined,
  inside: boolean,
): BudgetSolution | undefined {
  const others = sum(roots, { corrected: true, savings: () => 0 });
  if (Number.isNaN(others)) return undefined;
  const savings = solveSavings(savingsNodes, others, inside, total?.amount.kind === 'number' ? total.amount.value : undefined);
  if (!savings) return undefined;
  const target: Valuation = { corrected: true, savings: (n) => savings.get(n) ?? (n.amount.kind === 'number' ? n.amount.value : 0) };
  const totalValue = inside ? sum(roots, target) : others;
  if (Number.isNaN(totalValue)) return undefined;
  return { savings, target, totalValue };
}

/**
 * The cells to write to reach the solved budget (see solveBudget): lines at quantity × rate,
 * headings and subtotals at the sum of their lines, the savings line, the total, and the words
 * spelling it. Formula cells are not written: Excel recalculates them.
 */
function planRepair(x: RepairInput): { cells: RepairCell[]; savingsChanged: boolean } {
  const { grid, amountCol } = x;
  const { savings, target, totalValue } = x.solution;

  const cells: RepairCell[] = [];
  const isFormula = (row: number, col: number) => cellAt(grid, row, col)?.formula !== undefined;
  const want = (row: number, amount: CellNumber, value: number) => {
    if (amount.kind !== 'number' || isFormula(row, amountCol)) return;
    if (amount.value !== value || amount.text !== undefined) cells.push({ row, col: amountCol, value });
  };
  const visit = (n: Node) => {
    want(n.row, n.amount, value(n, target));
    n.children.forEach(visit);
  };
  x.roots.forEach(visit);
  for (const s of x.subtotals) want(s.row, s.amount, sum(s.group ? s.group.children : s.lines, target));
  if (x.total) want(x.total.row, x.total.amount, totalValue);

  if (x.words && x.words.cell?.formula === undefined && parseWords(x.words.text) !== totalValue) {
    const parts = splitWordsCell(x.words.text);
    cells.push({ row: x.words.row, col: x.words.col, value: parts.prefix + amountToWords(totalValue, wordsStyle(parts.body)) + parts.suffix, words: true });
  } else if (!x.words && x.wordsAt) {
    cells.push({ row: x.wordsAt.row, col: x.wordsAt.col, value: wordsCellText(amountToWords(totalValue)), words: true });
  }
  const savingsChanged = x.savingsNodes.some((n) => n.amount.kind === 'number' && savings.get(n) !== n.amount.value);
  return { cells, savingsChanged };
}

/**
 * The savings amounts that fit the total they are a percentage of, changing as little as possible:
 * the written total kept if it can be, else the written savings if they fit, else solved.
 * `others` is every other line (repaired). Inside: total = others + savings.
 */
function solveSavings(nodes: Node[], others: number, inside: boolean, writtenTotal: number | undefined): Map<Node, number> | undefined {
  const out = new Map<Node, number>();
  const withPercent = nodes.filter((n) => n.percent !== undefined && n.amount.kind === 'number');
  if (withPercent.length === 0) return out;
  const written = (n: Node) => (n.amount.kind === 'number' ? n.amount.value : 0);
  const fitsAll = (values: Map<Node, number>) => {
    const base = inside ? others + [...values.values()].reduce((a, b) => a + b, 0) : others;
    return withPercent.every((n) => fitsPercent(values.get(n)!, base, n.percent!));
  };
  // The written total when it can stand (the savings line is what it leaves: T − others), then
  // the written savings when they fit, else the solution.
  if (inside && withPercent.length === 1 && writtenTotal !== undefined) {
    const only = new Map([[withPercent[0]!, writtenTotal - others]]);
    if (writtenTotal - others >= 0 && fitsAll(only)) return only;
  }
  const kept = new Map(withPercent.map((n) => [n, written(n)]));
  if (fitsAll(kept)) return kept;
  const share = withPercent.reduce((a, n) => a + n.percent!, 0) / 100;
  if (inside && share >= 1) return undefined;
  const base = inside ? others / (1 - share) : others;
  // Each at its percentage of the exact base, then the rounding nudged by a đồng until all fit.
  const first = new Map(withPercent.map((n) => [n, Math.round((base * n.percent!) / 100)]));
  if (fitsAll(first)) return first;
  for (const delta of [-1, 1, -2, 2]) {
    for (const n of withPercent) {
      const trial = new Map(first);
      trial.set(n, first.get(n)! + delta);
      if (fitsAll(trial)) return trial;
    }
  }
  return undefined;
}

/** "Sửa dự toán cho khớp: F13 thành 2.222.222; F14 thành 22.222.222; A15 thành (Bằng chữ: …)". */
function repairLabel(cells: RepairCell[]): string {
  return budgetRepairLabel(cells.map((c) => ({ address: a1(c.row, c.col), value: c.value })));
}

/**
 * Whether the total sums the savings line: a formula says by its references (inside when they
 * cover the savings rows, or cannot be read); written numbers say outside only when the total
 * equals the other lines and not all of them.
 */
function savingsInsideTotal(
  totalCell: Cell | undefined,
  totalAmount: CellNumber | undefined,
  savingsNodes: Node[],
  roots: Node[],
  amountCol: number,
  sheet: string,
): boolean {
  if (savingsNodes.length === 0) return true;
  if (totalCell?.formula !== undefined) {
    const refs = formulaRefs(totalCell.formula, sheet);
    if (!refs) return true;
    const covered = (row: number) => refs.some((r) => row >= r.top && row <= r.bottom && amountCol >= r.left && amountCol <= r.right);
    return savingsNodes.every((n) => covered(n.row));
  }
  if (totalAmount?.kind !== 'number') return true;
  const T = totalAmount.value;
  const all = [sum(roots, WRITTEN), sum(roots, CORRECTED)];
  const others = [sum(roots, { corrected: false, savings: () => 0 }), sum(roots, { corrected: true, savings: () => 0 })];
  return !(others.includes(T) && !all.includes(T));
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
  const k = n.amount.kind;
  return k === 'number' || k === 'error' || k === 'uncomputed' || n.children.some(hasAmount);
}

/** A node's value: its own amount, else the sum of its lines; NaN when an amount is an error or unknown. */
function value(n: Node, v: Valuation): number {
  const a = n.amount;
  if (a.kind === 'error' || a.kind === 'uncomputed') return NaN;
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
