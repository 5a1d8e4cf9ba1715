/**
 * The engine on every labelled workbook: each `test/fixtures/expect/*.json` names a workbook under
 * test/fixtures/ (the real appendices, and the post-2025 ones built by
 * scripts/make-appendix-fixtures.py), what must be found there (row, column, code), and bounds on
 * everything else. A new case is a new pair of files. Matching follows the shared score tool: a
 * numbering issue may sit on the labelled row or the next, numbering and whole-row issues in any
 * column, any other issue on the labelled row and column.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { z } from 'zod';
import { checkSheet, checkWorkbook } from '../../../src/core';
import type { Issue, SheetReport } from '../../../src/core';
import { readWorkbook } from '../../../src/cli/xlsx/read';
import { gridFromJson, loadGridJson } from '../../helpers/grid-json';

const FIXTURES = join(__dirname, '../../fixtures');
const EXPECT = join(FIXTURES, 'expect');

const expectSchema = z
  .object({
    file: z.string(),
    must: z.array(z.object({ sheet: z.string(), row: z.number().int(), column: z.string().nullable().optional(), codes: z.array(z.string()).min(1) })),
    /** Errors not explained by a must item: required, so no expectation can forget to bound them. */
    maxOtherErrors: z.number().int().min(0),
    /** Warnings not explained by a must item (the post-2025 fixtures: 0). */
    maxOtherWarnings: z.number().int().min(0).optional(),
    /** All warnings in the workbook (a clean fixture: 0). */
    maxWarnings: z.number().int().min(0).optional(),
    planYear: z.number().int().optional(),
    /** The built-in directory every task sheet must be checked against. */
    directory: z.string().optional(),
  })
  .passthrough();
type Expect = z.infer<typeof expectSchema>;
type Must = Expect['must'][number];

const files = readdirSync(EXPECT).filter((f) => f.endsWith('.json')).sort();

const numbering = (i: Issue) => /^(stt|section)\./.test(i.code);
const anyColumn = (i: Issue) => numbering(i) || /^(row|header)\./.test(i.code);
const hit = (sheet: string, m: Must, i: Issue) =>
  m.sheet === sheet &&
  m.codes.includes(i.code) &&
  (i.row === m.row || (numbering(i) && i.row === m.row + 1)) &&
  (anyColumn(i) || !m.column || !i.column || i.column === m.column);

test('the expectations are found by glob, the post-2025 ones among them', () => {
  expect(files.length).toBeGreaterThanOrEqual(11);
  expect(files).toEqual(expect.arrayContaining(['so-noi-vu-2026.json', 'xa-2026-loi.json', 'phuong-2026-bia.json', 'so-thang-1-2025-loi.json']));
});

describe.each(files)('%s', (name) => {
  const e: Expect = expectSchema.parse(JSON.parse(readFileSync(join(EXPECT, name), 'utf8')));
  let sheets: SheetReport[] = [];
  beforeAll(async () => {
    sheets = checkWorkbook(await readWorkbook(join(FIXTURES, e.file))).sheets;
  }, 30_000);
  const unexplained = (severity: Issue['severity']) =>
    sheets.flatMap((s) => s.issues.filter((i) => i.severity === severity && !e.must.some((m) => hit(s.name, m, i))).map((i) => `${s.name}!${i.cell ?? i.row} ${i.code}`));

  test('finds every expected issue on its row and column', () => {
    const missed = e.must.filter((m) => !sheets.some((s) => s.issues.some((i) => hit(s.name, m, i))));
    expect(missed.map((m) => `${m.sheet}!${m.column ?? ''}${m.row} ${m.codes.join('|')}`)).toEqual([]);
  });

  test('reports no other error beyond its bound', () => {
    const others = unexplained('error');
    if (e.maxOtherErrors === 0) expect(others).toEqual([]);
    else expect(others.length).toBeLessThanOrEqual(e.maxOtherErrors);
  });

  test('bounds its warnings where the expectation does', () => {
    const warnings = sheets.flatMap((s) => s.issues.filter((i) => i.severity === 'warning').map((i) => `${s.name}!${i.cell ?? i.row} ${i.code}`));
    if (e.maxWarnings !== undefined) expect(warnings.length <= e.maxWarnings ? [] : warnings).toEqual([]);
    if (e.maxOtherWarnings !== undefined) {
      const others = unexplained('warning');
      expect(others.length <= e.maxOtherWarnings ? [] : others).toEqual([]);
    }
  });

  test('reads the plan year and picks the directory the expectation names', () => {
    const tasks = sheets.filter((s) => s.kind === 'tasks');
    expect(tasks.length).toBeGreaterThan(0);
    for (const s of tasks) {
      if (e.planYear !== undefined) expect([s.name, s.planYear]).toEqual([s.name, e.planYear]);
      if (e.directory !== undefined) expect([s.name, s.directory?.id]).toEqual([s.name, e.directory]);
    }
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
