/** The engine on the real appendices, kept as JSON grids: what expect/*.json says must be found, and nothing else may be an error. */
import { readFileSync } from 'fs';
import { join } from 'path';
import { checkSheet } from '../../../src/core';
import { gridFromJson, loadGridJson } from '../../helpers/grid-json';

interface Expect {
  must: { sheet: string; row: number; codes: string[] }[];
  maxOtherErrors?: number;
}
const expectOf = (name: string) => JSON.parse(readFileSync(join(__dirname, '../../fixtures/expect', `${name}.json`), 'utf8')) as Expect;

const cases = [
  { grid: 'quang-tri-2024.json', expect: 'quang-tri-2024', kind: 'tasks', planYear: 2024, source: 'title' },
  { grid: 'quang-tri-2024-pasted.json', expect: 'quang-tri-2024-pasted', kind: 'tasks', planYear: 2024, source: 'title' },
  { grid: 'binh-dinh-2022-tasks.json', expect: 'binh-dinh-2022', kind: 'tasks', planYear: 2022, source: 'deadlines' },
  { grid: 'binh-dinh-budget.json', expect: 'binh-dinh-2022', kind: 'budget' },
];

describe.each(cases)('$grid', ({ grid, expect: exp, kind, planYear, source }) => {
  const { report } = checkSheet(gridFromJson(loadGridJson(grid)));
  const e = expectOf(exp);
  const must = e.must.filter((m) => m.sheet === report.name);
  const hit = (m: Expect['must'][number], i: (typeof report.issues)[number]) =>
    m.codes.includes(i.code) && (i.row === m.row || (/^(stt|section)\./.test(i.code) && i.row === m.row + 1));

  test('is recognised as the right kind of table', () => {
    expect(report.kind).toBe(kind);
    if (planYear !== undefined) {
      expect(report.planYear).toBe(planYear);
      expect(report.planYearSource).toBe(source);
    }
  });
  test('finds every expected issue', () => {
    const missed = must.filter((m) => !report.issues.some((i) => hit(m, i)));
    expect(missed).toEqual([]);
  });
  test('reports no other error (where the expectation bounds them)', () => {
    if (e.maxOtherErrors === undefined) return;
    const others = report.issues.filter((i) => i.severity === 'error' && !must.some((m) => hit(m, i)));
    expect(others.length).toBeLessThanOrEqual(e.maxOtherErrors);
    expect(others.map((i) => `${i.cell} ${i.code}`)).toEqual([]);
  });
});

test('Bình Định numbers through the table and has seven "Nội dung" sections', () => {
  const { report } = checkSheet(gridFromJson(loadGridJson('binh-dinh-2022-tasks.json')));
  const sections = report.rows.filter((r) => r.kind === 'section');
  expect(sections.map((s) => s.title)).toHaveLength(7);
  expect(report.rows.filter((r) => r.kind === 'task')).toHaveLength(27);
  expect(report.headerRows).toEqual([5, 6]);
  expect(report.columns).toMatchObject({ stt: 'A', task: 'B', lead: 'C', partners: 'D', product: 'E', deadline: 'F' });
});

test('Quảng Trị rows: continuations are not tasks, fragments are found, deadlines carry due dates', () => {
  const { report } = checkSheet(gridFromJson(loadGridJson('quang-tri-2024.json')));
  const row = (n: number) => report.rows.find((r) => r.row === n)!;
  expect(row(6).kind).toBe('section');
  expect(row(7)).toMatchObject({ kind: 'task', stt: '1', section: 'I', lead: ['Các phòng thuộc Sở'], partners: ['Văn phòng'] });
  expect(row(9).kind).toBe('continuation');
  expect(row(12).deadline).toEqual({ text: 'Quý I/2024', kind: 'quarter', due: '2024-03-31' });
  expect(row(22).kind).toBe('fragment');
  expect(row(37).kind).toBe('fragment');
  expect(row(20).partners).toEqual(['Các phòng, đơn vị thuộc Sở', 'UBND huyện, TX, TP']);
});

test('a budget pasted below the tasks in the same sheet ends the task table and is checked as a budget', () => {
  const tasks = loadGridJson('quang-tri-2024.json');
  const budget = loadGridJson('binh-dinh-budget.json');
  const cells: Record<string, unknown> = { ...tasks.cells };
  const shift = 80; // budget rows 1..15 land on rows 81..95
  for (const [address, spec] of Object.entries(budget.cells)) {
    const m = /^([A-Z]+)(\d+)$/.exec(address)!;
    cells[`${m[1]}${Number(m[2]) + shift}`] = spec;
  }
  // A planted fault in the budget: the total no longer matches its lines.
  cells[`F${14 + shift}`] = 21000000;
  const grid = gridFromJson({ name: 'Phụ lục', merges: tasks.merges ?? [], cells: cells as Record<string, never> });
  const { report } = checkSheet(grid);
  expect(report.kind).toBe('tasks');
  expect(report.rows.find((r) => r.row === 86)?.kind).toBe('after');
  const errors = report.issues.filter((i) => i.severity === 'error').map((i) => `${i.code}@${i.cell}`);
  expect(errors).toEqual(['stt.gap@A56', 'budget.total-mismatch@F94']);
});
