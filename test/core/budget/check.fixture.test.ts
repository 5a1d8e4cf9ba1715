import { checkBudget } from '../../../src/core/budget';
import { applyEdits, combineFixes } from '../../../src/core/fix';
import type { Grid } from '../../../src/core/grid';
import type { BudgetTable } from '../../../src/core/table/types';
import { gridFromJson, loadGridJson, withCells } from '../../helpers/grid-json';
import type { CellSpec } from '../../helpers/grid-json';

const json = loadGridJson('binh-dinh-budget.json');
/** What table detection finds on "Phụ lục 2": header row 6, data from row 7, columns A..F. */
const TABLE: BudgetTable = {
  kind: 'budget',
  headerRows: [5],
  firstDataRow: 6,
  columns: { stt: 0, item: 1, unit: 2, quantity: 3, rate: 4, amount: 5 },
};
const money = (n: number): CellSpec => ({ value: n, numFmt: '#,##0' });

function codes(grid: Grid) {
  return checkBudget(grid, TABLE).issues.map((i) => [i.code, i.cell]);
}

describe('checkBudget on binh-dinh-2022 "Phụ lục 2"', () => {
  const grid = gridFromJson(json);
  const result = checkBudget(grid, TABLE);

  it('finds nothing wrong', () => {
    expect(result.issues).toEqual([]);
    expect(result.fixes).toEqual([]);
  });

  it('reports every row by kind', () => {
    expect(result.rows.map((r) => [r.row, r.kind, r.stt, r.amount])).toEqual([
      [7, 'line', '1', 6000000],
      [8, 'line', '2', 2000000],
      [9, 'line', '3', 3000000],
      [10, 'line', '4', 3000000],
      [11, 'line', '5', 2000000],
      [12, 'line', '6', 2000000],
      [13, 'savings', '7', 2000000],
      [14, 'total', undefined, 20000000],
      [15, 'words', undefined, undefined],
    ]);
  });
});

/** Each mutation of the fixture and exactly the issues it must cause. */
const MUTATIONS: Array<[string, Record<string, CellSpec | undefined>, Array<[string, string]>]> = [
  ['12 tháng × 500.000 ≠ 7.000.000', { F7: money(7000000) }, [['budget.line-mismatch', 'F7']]],
  ['rate changed, amount kept', { E8: money(2500000) }, [['budget.line-mismatch', 'F8']]],
  ['quantity 13 tháng', { D7: '13 tháng' }, [['budget.line-mismatch', 'F7']]],
  ['a wrong total', { F14: money(21000000) }, [['budget.total-mismatch', 'F14']]],
  // Words must spell the total the repair will write, so words copying a wrong total are wrong too.
  ['a wrong total, words follow it', { F14: money(21000000), A15: '(Bằng chữ: Hai mươi mốt triệu đồng)' }, [['budget.total-mismatch', 'F14'], ['budget.words-mismatch', 'A15']]],
  ['a wrong amount with no rate to check', { F9: money(4000000) }, [['budget.total-mismatch', 'F14'], ['budget.words-mismatch', 'A15']]],
  ['wrong savings', { F13: money(2500000) }, [['budget.savings-mismatch', 'F13']]],
  ['savings off by one đồng', { F13: money(2000001) }, [['budget.savings-mismatch', 'F13']]],
  ['wrong words', { A15: '(Bằng chữ: Hai mươi mốt triệu đồng)' }, [['budget.words-mismatch', 'A15']]],
  ['words that are not an amount', { A15: '(Bằng chữ: Hai mươi triệu đô)' }, [['budget.words-mismatch', 'A15']]],
  ['missing words', { A15: undefined }, [['budget.words-missing', 'A15']]],
  ['amount as text', { F7: '6.000.000' }, [['budget.number-format', 'F7']]],
  ['amount as English text', { F8: '2,000,000' }, [['budget.number-format', 'F8']]],
  ['rate as text', { E7: '500.000' }, [['budget.number-format', 'E7']]],
  ['rate as text with đ', { E7: '500.000đ' }, [['budget.number-format', 'E7']]],
  ['quantity as bare text', { D8: '1' }, [['budget.number-format', 'D8']]],
  ['total as text', { F14: '20.000.000' }, [['budget.number-format', 'F14']]],
  ['#N/A in an amount', { F8: { value: null, error: '#N/A' } }, [['cell.error-value', 'F8']]],
  ['#REF! in the total', { F14: { value: null, error: '#REF!' } }, [['cell.error-value', 'F14']]],
  ['two faults at once', { F7: '6.000.000', A15: '(Bằng chữ: Hai triệu đồng)' }, [['budget.number-format', 'F7'], ['budget.words-mismatch', 'A15']]],
  // Variants a clerk may write that are not faults.
  ['"12 tháng" stays', { D7: '12 tháng' }, []],
  ['savings label reworded', { B13: 'Tiết kiệm 10% chi thường xuyên' }, []],
  ['total label "Tổng cộng"', { A14: 'Tổng cộng' }, []],
  ['total label "Cộng:"', { A14: 'Cộng:' }, []],
  ['total label in the item column', { A14: undefined, B14: 'Tổng cộng' }, []],
  ['words without brackets', { A15: 'Bằng chữ: Hai mươi triệu đồng chẵn./.' }, []],
  ['words lower case, NFD', { A15: '(bằng chữ: hai mươi triệu đồng)'.normalize('NFD') }, []],
  ['words label "Số tiền bằng chữ"', { A15: 'Số tiền bằng chữ: Hai mươi triệu đồng' }, []],
  ['words one row further down', { A15: undefined, A16: '(Bằng chữ: Hai mươi triệu đồng)' }, []],
  ['quantity given, rate not', { D10: 5 }, []],
  ['signatures after the words', { A17: 'NGƯỜI LẬP BIỂU', D17: 'GIÁM ĐỐC', F18: 123 }, []],
];

describe('checkBudget on mutations of the fixture', () => {
  it.each(MUTATIONS)('%s', (_name, changes, expected) => {
    expect(codes(withCells(json, changes))).toEqual(expected);
  });

  it.each(MUTATIONS.filter(([, , e]) => e.length > 0))('%s: every fix names its cells, and all of them together leave no budget issue', (_name, changes) => {
    const grid = withCells(json, changes);
    const { issues, fixes } = checkBudget(grid, TABLE);
    for (const f of fixes) for (const e of f.edits) if (e.kind === 'set') expect(f.label).toContain(e.address);
    // Issues no fix can repair (an error value) stay; nothing else does.
    const unfixable = issues.filter((i) => !fixes.some((f) => f.issue === i)).map((i) => `${i.code}@${i.cell}`);
    const after = checkBudget(applyEdits(grid, combineFixes(fixes).edits), TABLE).issues;
    expect(after.map((i) => `${i.code}@${i.cell}`)).toEqual(unfixable);
  });
});

describe('fixes', () => {
  const fixOf = (changes: Record<string, CellSpec | undefined>) => checkBudget(withCells(json, changes), TABLE).fixes;

  it.each<[string, Record<string, CellSpec | undefined>, string, string | number, boolean]>([
    ['number as text', { F7: '6.000.000' }, 'F7', 6000000, true],
    ['total', { F14: money(21000000) }, 'F14', 20000000, true],
    ['line', { F7: money(7000000) }, 'F7', 6000000, false],
    ['savings', { F13: money(2500000) }, 'F13', 2000000, false],
    ['words keep the wrapper', { A15: 'Bằng chữ: Hai mươi mốt triệu đồng chẵn./.' }, 'A15', 'Bằng chữ: Hai mươi triệu đồng chẵn./.', true],
    ['words keep the regional style', { A15: '(Bằng chữ: Hai mươi mốt triệu lẻ năm ngàn đồng)' }, 'A15', '(Bằng chữ: Hai mươi triệu đồng)', true],
    ['missing words', { A15: undefined }, 'A15', '(Bằng chữ: Hai mươi triệu đồng)', true],
    ['words of a wrong total follow the lines', { F14: money(21000000), A15: '(Bằng chữ: Mười triệu đồng)' }, 'A15', '(Bằng chữ: Hai mươi triệu đồng)', true],
  ])('%s → %s = %p (safe %p)', (_name, changes, address, value, safe) => {
    const fix = fixOf(changes).find((f) => f.edits.some((e) => e.kind === 'set' && e.address === address));
    expect(fix).toBeDefined();
    expect(fix?.safe).toBe(safe);
    expect(fix?.edits).toContainEqual(expect.objectContaining({ kind: 'set', address, value }));
    expect(fix?.label).toMatch(/[ạ-ỹ]/u); // Vietnamese
  });

  it('does not call a total repair safe while a line is in doubt', () => {
    const fixes = fixOf({ F7: money(7000000), F14: money(25000000) });
    expect(fixes.find((f) => f.issue.code === 'budget.total-mismatch')?.safe).toBe(false);
  });

  it('never writes over a formula (Excel recalculates it)', () => {
    const fixes = fixOf({ F14: { value: 21000000, formula: 'SUM(F7:F13)' } });
    expect(fixes.flatMap((f) => f.edits).filter((e) => e.kind === 'set' && e.address === 'F14')).toEqual([]);
  });

  it('offers no words fix when the row after the total is taken', () => {
    const fixes = fixOf({ A15: 'NGƯỜI LẬP BIỂU' });
    expect(checkBudget(withCells(json, { A15: 'NGƯỜI LẬP BIỂU' }), TABLE).issues.map((i) => i.code)).toEqual(['budget.words-missing']);
    expect(fixes).toEqual([]);
  });
});

describe('issue fields', () => {
  it('carries sheet, 1-based row, role, cell, data and suggestion', () => {
    const [issue] = checkBudget(withCells(json, { F7: money(7000000) }), TABLE).issues;
    expect(issue).toEqual({
      code: 'budget.line-mismatch',
      severity: 'error',
      sheet: 'Phụ lục 2',
      row: 7,
      column: 'amount',
      cell: 'F7',
      data: { quantity: 12, rate: 500000, amount: 7000000, expected: 6000000 },
      suggestion: 6000000,
    });
  });
  it('words-mismatch tells what the words read as', () => {
    const [issue] = checkBudget(withCells(json, { A15: '(Bằng chữ: Hai mươi mốt triệu đồng)' }), TABLE).issues;
    expect(issue?.data).toEqual({
      words: '(Bằng chữ: Hai mươi mốt triệu đồng)',
      total: 20000000,
      wordsValue: 21000000,
      expectedWords: 'Hai mươi triệu đồng',
    });
    expect(issue?.suggestion).toBe('(Bằng chữ: Hai mươi triệu đồng)');
  });
});
