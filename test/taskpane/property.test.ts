/**
 * A property test of the whole pane over the emulated workbook: random sequences of the pane's
 * actions (Kiểm tra, Sửa, Sửa tất cả, Chèn nhiệm vụ mẫu, Dự toán, Danh sách chọn, Đánh số lại,
 * Tô màu lỗi, Hoàn tác) interleaved with a clerk's own edits (typing in a cell, inserting or
 * deleting a row, switching sheet, selecting a cell), driven through the pane's headless
 * controller and the real adapter. After every step:
 *   - no cell the add-in did not name has changed (harness.ts: a reference model of each batch);
 *   - a refused write (or Hoàn tác) left the workbook exactly as it was;
 * and at the end, undoing everything (Hoàn tác for phuluc's writes, the clerk's Ctrl+Z for theirs,
 * newest first) gives back the original workbook exactly.
 *
 * Seeded and reproducible: PHULUC_PROPERTY_SEED and PHULUC_PROPERTY_RUNS override the defaults.
 * On a failure fast-check shrinks the sequence and prints the shortest one that breaks;
 * PHULUC_PROPERTY_REPLAY='<that sequence>' runs it alone and lists every violation.
 */
import fc from 'fast-check';
import { createOfficeAdapter } from '../../src/excel';
import { createExcelEmulator, sheetFromGrid, WorkbookModel, type ExcelEmulator } from '../../src/excel/emulator';
import { enterValue } from '../../src/excel/emulator/api';
import { gridFromJson, type GridJson } from '../../src/excel/emulator/samples';
import { PaneController } from '../../src/taskpane/state/controller';
import { layoutOf } from '../../src/taskpane/insert';
import budgetJson from '../../src/demo/binh-dinh-2022-budget.grid.json';
import quangTriJson from '../../src/demo/quang-tri-2024.grid.json';
import { differences, Recorder, restore, snapshot } from './harness';

const SEED = Number(process.env.PHULUC_PROPERTY_SEED ?? 20261201);
const RUNS = Number(process.env.PHULUC_PROPERTY_RUNS ?? 200);
/** Steps per sequence: RUNS × MIN_STEPS ≥ 10,000 steps (issue 6 asks for at least 10,000 in CI). */
const MIN_STEPS = 50;
const MAX_STEPS = 70;

jest.setTimeout(15 * 60_000);

// ---- steps ----

const TYPED = ['', 'x', 3, '3', '7', 'Quý I/2024', 'Quý V/2024', '31/03/2024', 'Văn phỏng Sở', 'Thường xuyên', '- Tờ trình', '=1+1'] as const;

type Step =
  | { kind: 'check' }
  | { kind: 'fix'; pick: number }
  | { kind: 'fix-all' }
  | { kind: 'insert'; template: number; below: boolean; section: number }
  | { kind: 'budget' }
  | { kind: 'lists'; replace: boolean }
  | { kind: 'renumber' }
  | { kind: 'highlight' }
  | { kind: 'undo' }
  | { kind: 'type'; row: number; col: number; value: number }
  | { kind: 'insert-row'; row: number }
  | { kind: 'delete-row'; row: number }
  | { kind: 'switch-sheet'; sheet: number }
  | { kind: 'select'; row: number };

const frac = fc.integer({ min: 0, max: 999 }).map((n) => n / 1000);

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 3, arbitrary: fc.constant<Step>({ kind: 'check' }) },
  { weight: 4, arbitrary: frac.map((pick): Step => ({ kind: 'fix', pick })) },
  { weight: 2, arbitrary: fc.constant<Step>({ kind: 'fix-all' }) },
  { weight: 2, arbitrary: fc.record({ template: frac, below: fc.boolean(), section: frac }).map((r): Step => ({ kind: 'insert', ...r })) },
  { weight: 1, arbitrary: fc.constant<Step>({ kind: 'budget' }) },
  { weight: 1, arbitrary: fc.boolean().map((replace): Step => ({ kind: 'lists', replace })) },
  { weight: 1, arbitrary: fc.constant<Step>({ kind: 'renumber' }) },
  { weight: 1, arbitrary: fc.constant<Step>({ kind: 'highlight' }) },
  { weight: 3, arbitrary: fc.constant<Step>({ kind: 'undo' }) },
  { weight: 3, arbitrary: fc.record({ row: frac, col: fc.integer({ min: 0, max: 9 }), value: fc.integer({ min: 0, max: TYPED.length - 1 }) }).map((r): Step => ({ kind: 'type', ...r })) },
  { weight: 1, arbitrary: frac.map((row): Step => ({ kind: 'insert-row', row })) },
  { weight: 1, arbitrary: frac.map((row): Step => ({ kind: 'delete-row', row })) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 2 }).map((sheet): Step => ({ kind: 'switch-sheet', sheet })) },
  { weight: 1, arbitrary: frac.map((row): Step => ({ kind: 'select', row })) },
);

// ---- the workbook: the Quảng Trị appendix, the Bình Định budget, a sheet of notes ----

function workbook(): { model: WorkbookModel; emulator: ExcelEmulator } {
  const tasks = sheetFromGrid(gridFromJson(quangTriJson as unknown as GridJson));
  const budget = sheetFromGrid(gridFromJson(budgetJson as unknown as GridJson));
  const notes = sheetFromGrid({ name: 'Ghi chú', rows: [[{ value: 'Ghi chú của Văn phòng' }], [{ value: 42 }]], merges: [] });
  // The clerk's own drop-down on the notes sheet.
  notes.validations.push({
    rect: { top: 0, left: 1, bottom: 9, right: 1 },
    type: 'List',
    rule: { list: { inCellDropDown: true, source: 'Có,Không' } },
    listSource: 'Có,Không',
  });
  const model = new WorkbookModel([tasks, budget, notes]);
  return { model, emulator: createExcelEmulator(model) };
}

const describeStep = (s: Step) => JSON.stringify(s);

let totalSteps = 0;
const totals = { written: 0, refused: 0, undone: 0, undoRefused: 0 };

async function runSequence(steps: Step[]): Promise<string[]> {
  const { model, emulator } = workbook();
  const original = snapshot(model);
  const rec = new Recorder(model, createOfficeAdapter(emulator));
  const pane = new PaneController(rec.adapter);
  await pane.loadSettings();

  for (const [i, step] of steps.entries()) {
    rec.step = `step ${i + 1} ${describeStep(step)}`;
    totalSteps++;
    const sheet = model.active;
    const rowOf = (f: number) => Math.floor(f * (sheet.rows.length + 2));
    switch (step.kind) {
      case 'check':
        await pane.check();
        break;
      case 'fix': {
        const fixes = pane.getState().fixes;
        const fix = fixes[Math.floor(step.pick * fixes.length)];
        if (fix) await pane.applyFix(fix);
        break;
      }
      case 'fix-all':
        await pane.applyAll();
        break;
      case 'insert': {
        const library = pane.library;
        const template = library[Math.floor(step.template * library.length)]!;
        const report = pane.getState().report;
        const sections = report ? layoutOf(report).sections : [];
        const section = sections[Math.floor(step.section * sections.length)];
        if (step.below || !section) await pane.insertTemplate(template, { kind: 'below-selection' });
        else await pane.insertTemplate(template, { kind: 'section-end', sectionRow: section.row });
        // Told how many STT cells the insert renumbers, the clerk mostly goes ahead.
        if (pane.getState().question?.kind === 'insert') await pane.answer(step.template < 0.8);
        break;
      }
      case 'budget':
        await pane.budget();
        break;
      case 'lists':
        await pane.setLists();
        if (pane.getState().question) await pane.answer(step.replace);
        break;
      case 'renumber':
        await pane.renumberAll();
        break;
      case 'highlight':
        await pane.highlight();
        break;
      case 'undo':
        await pane.undo();
        break;
      case 'type': {
        const r = rowOf(step.row);
        const merge = sheet.mergeAt(r, step.col);
        if (merge && (merge.top !== r || merge.left !== step.col)) break; // Excel types into a merge's first cell only
        rec.userEdit(rec.step, () => enterValue(sheet, r, step.col, TYPED[step.value]));
        break;
      }
      case 'insert-row':
        rec.userEdit(rec.step, () => sheet.insertRows(rowOf(step.row), 1));
        break;
      case 'delete-row':
        if (sheet.rows.length > 1) rec.userEdit(rec.step, () => sheet.deleteRows(Math.min(rowOf(step.row), sheet.rows.length - 1), 1));
        break;
      case 'switch-sheet': {
        const visible = model.sheets.filter((s) => s.visibility === 'Visible');
        const target = visible[step.sheet % visible.length]!;
        model.activeIndex = model.sheets.indexOf(target);
        model.selection = { sheet: target.name, rect: { top: 0, left: 0, bottom: 0, right: 0 } };
        break;
      }
      case 'select': {
        const r = rowOf(step.row);
        model.selection = { sheet: sheet.name, rect: { top: r, left: 0, bottom: r, right: 0 } };
        break;
      }
    }
    const state = pane.getState();
    if (state.busy !== null) rec.violate('the pane is still busy after its action returned');
    if (state.error?.title === 'Đã xảy ra lỗi') rec.violate(`unexpected failure shown to the clerk: ${state.error.message}`);
  }

  // Undo everything, newest first: Hoàn tác for phuluc's writes still on its stack, Ctrl+Z
  // (a snapshot) for everything else, each checked to start from exactly where it left off.
  rec.step = 'undo everything';
  for (let i = rec.timeline.length - 1; i >= 0; i--) {
    const entry = rec.timeline[i]!;
    if (entry.kind === 'pane' && entry.onStack) {
      await pane.undo();
      const err = pane.getState().error;
      if (err) rec.violate(`Hoàn tác of “${entry.label}” refused when nothing had changed since: ${err.message}`);
      const d = differences(entry.before, snapshot(model));
      if (d.length) {
        rec.violate(`Hoàn tác of “${entry.label}” did not restore exactly: ${d.join('; ')}`);
        restore(model, entry.before);
      }
    } else {
      const d = differences(entry.after, snapshot(model));
      if (d.length) rec.violate(`before undoing ${entry.kind === 'pane' ? entry.label : entry.what}: the workbook differs from right after it: ${d.join('; ')}`);
      restore(model, entry.before);
    }
  }
  const d = differences(original, snapshot(model));
  if (d.length) rec.violate(`undoing everything did not give back the original: ${d.join('; ')}`);
  if (rec.adapter.canUndo()) rec.violate('Hoàn tác still has entries after undoing everything');

  for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += rec.stats[k];
  return rec.violations;
}

describe('the whole pane over the emulated workbook', () => {
  afterAll(() => {
    console.log(`property test: ${totalSteps} steps, ${totals.written} writes, ${totals.refused} refused, ${totals.undone} undone, ${totals.undoRefused} undo refused (seed ${SEED})`);
  });

  // PHULUC_PROPERTY_REPLAY='[{"kind":"check"},…]' runs one sequence (a printed counterexample) and shows every violation.
  const replay = process.env.PHULUC_PROPERTY_REPLAY;
  (replay ? it : it.skip)('replays one sequence', async () => {
    let steps = JSON.parse(replay ?? '[]') as Step[];
    if (process.env.PHULUC_PROPERTY_MINIMIZE === '1') {
      // Greedy: drop every step whose removal still breaks the property.
      for (let i = steps.length - 1; i >= 0; i--) {
        const fewer = [...steps.slice(0, i), ...steps.slice(i + 1)];
        if ((await runSequence(fewer)).length) steps = fewer;
      }
      console.log(`minimal: ${JSON.stringify(steps)}`);
    }
    expect(await runSequence(steps)).toEqual([]);
  });

  (replay ? it.skip : it)(`never changes a cell it did not name, and undoing everything restores the original (seed ${SEED}, ${RUNS} sequences)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: MIN_STEPS, maxLength: MAX_STEPS }), async (steps) => {
        const violations = await runSequence(steps);
        if (violations.length) throw new Error(violations.slice(0, 5).join('\n'));
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: process.env.PHULUC_PROPERTY_NO_SHRINK === "1" },
    );
    expect(totalSteps).toBeGreaterThanOrEqual(RUNS * MIN_STEPS);
  });
});
