/**
 * The pane's state and actions, headless: React renders it through usePane (a subscription), the
 * property test and the benchmark drive it directly over the emulated workbook.
 *
 * Every action runs through `guard`: one at a time; adapter failures (WorkbookError) and anything
 * unexpected become a Vietnamese message, never an exception. Every write goes to the sheet the
 * last read came from (`grid.sheetId`) and carries what that read saw, so the adapter refuses it
 * when the sheet has changed since (the pane then offers a one-click re-check).
 */
import type { CheckOptions, DirectoryEntry, DirectoryId } from '../../core/config';
import type { Edit, Fix } from '../../core/fix';
import { a1 } from '../../core/grid';
import type { Issue } from '../../core/issues';
import type { SheetReport } from '../../core/report';
import type { RefusedFix } from '../../core/verify';
import {
  WorkbookError, type BatchWritten, type OwnValidation, type ReadProgress, type SheetGrid, type WorkbookAdapter, type WriteBatch,
} from '../../excel/types';
import { buildLibrary, fillTemplate, unitsListOf, unitsOfSheet, type TaskTemplate } from '../../templates';
import { planBudget } from '../budget';
import { amountToWords, BUILT_IN_DIRECTORIES, checkSheet, fixDone, formulasOverwritten, missingUnitsMessage, renderMessage, renderRefusal, renumbering, splitWordsCell } from '../engine';
import { describeError, type ErrorContext, type PaneError } from '../errors';
import { layoutOf, planInsert, type InsertTarget } from '../insert';
import { listRules } from '../lists';
import { S } from '../strings';
import { coreEdits, formulaCells, gridAfterWrite } from './after-write';
import { stampBatch } from './expect';
import { highlightsFor, planFixes, repairGroup } from './issues';
import { refuseFlatteningRepairs } from './rich-text';
import { checkOptions, directories, EMPTY_SETTINGS, ownUnits, parseSettings, settingsToJson, type AppSettings } from './settings';

export interface Notice {
  intent: 'success' | 'info' | 'warning';
  text: string;
}

export type InsertWhere = { kind: 'section-end'; sectionRow: number } | { kind: 'below-selection' };

/** A question the pane asks before writing (answered with `answer`). */
export type Question =
  | { kind: 'replace-own-rules'; cells: OwnValidation[] }
  /** Inserting renumbers `count` STT cells below `row`: the clerk is told before anything is written. */
  | { kind: 'insert'; template: TaskTemplate; where: InsertWhere; row: number; count: number };

export interface PaneState {
  busy: string | null;
  progress: ReadProgress | null;
  /**
   * The sheet as phuluc last read it, or after phuluc's own cell writes since: that read with the
   * writes and the formulas Excel recalculated (state/after-write.ts).
   */
  grid: SheetGrid | null;
  report: SheetReport | null;
  fixes: Fix[];
  /** Fixes the engine made but refused at check time, with why (the pane shows it under the issue). */
  refused: RefusedFix[];
  planYear: number | undefined;
  error: PaneError | null;
  notice: Notice | null;
  canUndo: boolean;
  /** What Hoàn tác would undo (its label), or null. */
  undoLabel: string | null;
  question: Question | null;
  settings: AppSettings;
  settingsErrors: string[];
}

export class PaneController {
  private state: PaneState;
  private readonly listeners = new Set<() => void>();
  private running = false;
  private libraryCache: { templates: TaskTemplate[]; library: TaskTemplate[] } | null = null;

  constructor(
    private readonly adapter: WorkbookAdapter,
    initialPlanYear?: number,
  ) {
    this.state = {
      busy: null,
      progress: null,
      grid: null,
      report: null,
      fixes: [],
      refused: [],
      planYear: initialPlanYear,
      error: null,
      notice: null,
      canUndo: false,
      undoLabel: null,
      question: null,
      settings: EMPTY_SETTINGS,
      settingsErrors: [],
    };
  }

  // ---- subscription (useSyncExternalStore) ----

  readonly getState = (): PaneState => this.state;

  readonly subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };

  private patch(p: Partial<PaneState>): void {
    this.state = { ...this.state, ...p };
    for (const fn of this.listeners) fn();
  }

  /** The standard templates plus the department's own. */
  get library(): TaskTemplate[] {
    const templates = this.state.settings.templates;
    if (this.libraryCache?.templates !== templates) this.libraryCache = { templates, library: buildLibrary(templates) };
    return this.libraryCache.library;
  }

  private directoriesCache: { settings: AppSettings; checkedWith: DirectoryId | undefined; units: DirectoryEntry[]; funding: DirectoryEntry[] } | null = null;

  private directories() {
    const settings = this.state.settings;
    const checkedWith = this.state.report?.directory?.id as DirectoryId | undefined;
    const c = this.directoriesCache;
    if (!c || c.settings !== settings || c.checkedWith !== checkedWith) this.directoriesCache = { settings, checkedWith, ...directories(settings, checkedWith) };
    return this.directoriesCache!;
  }

  /**
   * The units in use: the directory chosen in Cài đặt, else the one the sheet was checked against,
   * with the department's added (extend), or theirs (replace).
   */
  get units(): readonly DirectoryEntry[] {
    return this.directories().units;
  }

  get funding(): readonly DirectoryEntry[] {
    return this.directories().funding;
  }

  private builtInCache: { directory: AppSettings['directory']; checkedWith: DirectoryId | undefined; units: DirectoryEntry[]; funding: DirectoryEntry[] } | null = null;

  /**
   * The built-in lists the department's own add to or replace (Cài đặt shows their size and starts
   * a replacing list from them): the directory chosen in Cài đặt, else the one the sheet was
   * checked against.
   */
  get builtIn(): { units: readonly DirectoryEntry[]; funding: readonly DirectoryEntry[] } {
    const directory = this.state.settings.directory;
    const checkedWith = this.state.report?.directory?.id as DirectoryId | undefined;
    const c = this.builtInCache;
    if (!c || c.directory !== directory || c.checkedWith !== checkedWith) {
      const base: AppSettings = { mode: 'extend', templates: [] };
      if (directory !== undefined) base.directory = directory;
      this.builtInCache = { directory, checkedWith, ...directories(base, checkedWith) };
    }
    return this.builtInCache!;
  }

  private undoState(): Pick<PaneState, 'canUndo' | 'undoLabel'> {
    try {
      return { canUndo: this.adapter.canUndo(), undoLabel: this.adapter.undoLabel() };
    } catch {
      return { canUndo: false, undoLabel: null };
    }
  }

  /** Runs one action at a time (a second one while busy is ignored); failures become the message bar. */
  private async guard(label: string, fn: () => Promise<void>, context?: ErrorContext): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.patch({ busy: label, error: null, notice: null, question: null });
    try {
      await fn();
    } catch (e) {
      // The sheet no longer holds what the check saw: every Sửa of that check is withdrawn until
      // the clerk checks again (the message asks for it). A fix whose own cells still match could
      // otherwise be written over a table that now reads differently (rows swapped by hand).
      const error = describeError(e, context);
      this.patch({ error, ...(error.action === 'recheck' ? { fixes: [] } : {}) });
    } finally {
      this.running = false;
      this.patch({ busy: null, progress: null, ...this.undoState() });
    }
  }

  /** The settings' lists and plan year; a plan year the clerk typed wins. */
  private options(planYear: number | undefined): CheckOptions {
    return checkOptions(this.state.settings, planYear);
  }

  private analyse(grid: SheetGrid, planYear = this.state.planYear): { grid: SheetGrid; report: SheetReport; fixes: Fix[] } {
    // A host that cannot keep a rich cell's runs refuses its legacy repairs here (rich-text.ts).
    const { report, fixes, refused } = refuseFlatteningRepairs(checkSheet(grid, this.options(planYear)), this.adapter.keepsTextRuns?.() ?? false);
    this.patch({ grid, report, fixes, refused });
    return { grid, report, fixes };
  }

  private async readAndCheck() {
    const grid = await this.adapter.readActiveSheet((p) => this.patch({ progress: { ...p } }));
    return this.analyse(grid);
  }

  /** The grid of the last check, or an error telling the user to check first. */
  private checked(): SheetGrid {
    const grid = this.state.grid;
    if (!grid) throw new WorkbookError('no-sheet', S.noCheckYet);
    return grid;
  }

  /**
   * Writes `batch` on the sheet `grid` was read from, each op carrying what `grid` holds where it
   * writes: the adapter refuses it ('sheet-changed') when the sheet no longer holds that. A batch
   * of cell writes and row deletions asks for the sheet's formulas back (after-write.ts).
   */
  private async write(grid: SheetGrid, batch: Omit<WriteBatch, 'sheetId'>): Promise<BatchWritten | void> {
    const edits = coreEdits(batch.ops);
    const readBack = edits && formulaCells(grid, edits);
    const written = await this.adapter.applyBatch(stampBatch(grid, readBack?.length ? { ...batch, readBack } : batch));
    this.patch(this.undoState());
    return readBack ? written : undefined;
  }

  /**
   * After a write of cell edits: the sheet as the check read it, with phuluc's writes and the
   * formulas Excel recalculated (read back by the write), checked again in memory
   * (after-write.ts). Read and checked again whole when that cannot be known (the sheet's shape
   * changed since the check, or the adapter read nothing back). When the clerk has moved to
   * another sheet since, the written sheet is shown again.
   */
  private async recheckAfter(grid: SheetGrid, edits: readonly Edit[], written: BatchWritten | void) {
    const next = written ? gridAfterWrite(grid, edits, written) : null;
    if (next && written) {
      if (!written.active) await this.adapter.selectCell(firstWritten(edits), grid.sheetId);
      return this.analyse(next);
    }
    const again = await this.readAndCheck();
    if (again.grid.sheetId === grid.sheetId) return again;
    // Another sheet is shown now: show the sheet phuluc wrote (Range.select activates it, at
    // the first cell written) and check that one, so the pane never reports one sheet's fix
    // beside another sheet's check.
    await this.adapter.selectCell(firstWritten(edits), grid.sheetId);
    return this.readAndCheck();
  }

  // ---- actions ----

  loadSettings(): Promise<void> {
    return this.guard(S.busyLoadingSettings, async () => {
      const raw = await this.adapter.loadSettings();
      const r = parseSettings(raw);
      if (r.ok) this.patch({ settings: r.value });
      else this.patch({ settingsErrors: [S.settingsInvalid, ...r.errors] });
    });
  }

  check(): Promise<void> {
    return this.guard(S.busyChecking, async () => void (await this.readAndCheck()));
  }

  setPlanYear(year: number | undefined): Promise<void> {
    this.patch({ planYear: year });
    const grid = this.state.grid;
    if (!grid) return Promise.resolve();
    return this.guard(S.busyRechecking, async () => void this.analyse(grid, year));
  }

  selectIssue(issue: Issue): Promise<void> {
    const cell = issue.cell;
    if (!cell) return Promise.resolve();
    // The issue's sheet (the one the check read), even when another sheet is shown now.
    const sheetId = this.state.grid?.sheetId;
    return this.guard('', () => this.adapter.selectCell(cell, sheetId));
  }

  /**
   * One Sửa. The engine checks the fix again on the grid it was computed from (combineVerified):
   * a fix that would keep its issue or create one is not written, and the pane says why.
   */
  applyFix(fix: Fix): Promise<void> {
    return this.guard(S.busyFixing, async () => {
      const grid = this.checked();
      // A repair shared by several issues is written once, for all of them (Fix.repair).
      const group = repairGroup(fix, this.state.fixes);
      const plan = planFixes(grid, group, this.options(this.state.planYear), fix.label);
      if (!plan.applied.length) {
        const why = plan.refused[0] ? renderRefusal(plan.refused[0].refusal) : S.fixNotNow;
        this.patch({ notice: { intent: 'warning', text: why } });
        return;
      }
      const written = await this.write(grid, plan.batch);
      await this.recheckAfter(grid, plan.batch.ops as Edit[], written);
      this.patch({ notice: { intent: 'success', text: plan.applied.length > 1 ? S.fixedMany(fixDone(fix.label), plan.applied.length) : fixDone(fix.label) } });
    });
  }

  /** Sửa tất cả: every safe fix in one batch the engine has checked as a whole (one undo). */
  applyAll(): Promise<void> {
    return this.guard(S.busyFixingAll, async () => {
      const grid = this.checked();
      const safe = this.state.fixes.filter((f) => f.safe);
      const plan = planFixes(grid, safe, this.options(this.state.planYear));
      if (plan.applied.length === 0) {
        this.patch({ notice: { intent: 'info', text: S.nothingToFix } });
        return;
      }
      const written = await this.write(grid, plan.batch);
      const { report } = await this.recheckAfter(grid, plan.batch.ops as Edit[], written);
      const parts = [S.fixedAll(plan.applied.length, report.issues.length)];
      if (plan.refused.length) parts.push(S.fixesRefused(plan.refused.length));
      if (plan.skipped.length) parts.push(S.fixesLater(plan.skipped.length));
      this.patch({ notice: { intent: plan.refused.length ? 'warning' : 'success', text: parts.join(' ') } });
    });
  }

  /**
   * Undoes phuluc's last action. The adapter first checks that the cells still hold what phuluc
   * wrote: if not it restores nothing, keeps the entry and says which cells ('undo-stale').
   */
  undo(): Promise<void> {
    const label = this.undoState().undoLabel;
    return this.guard(
      S.busyUndoing,
      async () => {
        const outcome = await this.adapter.undoLast();
        if (this.state.grid) await this.readAndCheck();
        this.patch({
          notice: !outcome
            ? { intent: 'info', text: S.nothingToUndo }
            : outcome.status === 'already-undone'
              ? { intent: 'info', text: S.alreadyUndone(outcome.label) }
              : { intent: 'success', text: S.undone(outcome.label) },
        });
      },
      { undoLabel: label },
    );
  }

  highlight(): Promise<void> {
    return this.guard(S.busyHighlighting, async () => {
      // Painted where the sheet's faults are now: the report of an older read may name other rows.
      const { grid, report } = await this.readAndCheck();
      const cells = highlightsFor(report.issues);
      if (cells.length) await this.adapter.highlight(grid.sheetId, cells);
      this.patch({
        notice: cells.length
          ? { intent: 'success', text: S.highlighted(cells.length) }
          : { intent: 'info', text: S.nothingToHighlight },
      });
    });
  }

  clearHighlights(): Promise<void> {
    return this.guard(S.busyClearing, async () => {
      const r = await this.adapter.clearHighlights();
      this.patch({
        notice:
          r.restored + r.changed === 0
            ? { intent: 'info', text: S.nothingToClear }
            : { intent: 'success', text: `${S.cleared(r.restored, r.changed)} ${S.clearNotUndoable}` },
      });
    });
  }

  renumberAll(): Promise<void> {
    return this.guard(S.busyRenumbering, async () => {
      const { grid } = await this.readAndCheck();
      const { edits, sources } = renumbering(grid);
      if (!edits.length) {
        this.patch({ notice: { intent: 'info', text: S.numberingRight } });
        return;
      }
      const formulas = formulasOverwritten(grid, edits);
      if (formulas.length) {
        this.patch({ notice: { intent: 'warning', text: S.sttFormulas(formulas) } });
        return;
      }
      // Computed from every STT cell: a number typed since in a cell it does not write refuses it.
      const written = await this.write(grid, { label: S.renumberLabel, ops: edits, expect: sources.map(({ row, col, seen }) => ({ row, col, seen })) });
      await this.recheckAfter(grid, edits, written);
      this.patch({ notice: { intent: 'success', text: S.renumbered(edits.length) } });
    });
  }

  /**
   * Drop-down lists on the lead and funding columns. Where the user has set data validation of
   * their own, nothing is written: the pane asks first (question 'replace-own-rules'), and only
   * `answer(true)` replaces them (Hoàn tác then puts them back).
   */
  setLists(replaceOwnRules = false): Promise<void> {
    return this.guard(S.busyLists, async () => {
      // The table's rows as they are now: lists computed from an older read could cover other rows.
      const { grid, report } = await this.readAndCheck();
      const { rules, columns, problem } = listRules(report, this.units, this.funding);
      if (problem) {
        this.patch({ notice: { intent: 'warning', text: problem } });
        return;
      }
      const result = await this.adapter.setListValidation(grid.sheetId, rules, replaceOwnRules ? { replaceOwnRules: true } : {});
      if (result.status === 'has-own-rules') {
        this.patch({ question: { kind: 'replace-own-rules', cells: result.cells } });
        return;
      }
      this.patch({ notice: { intent: 'success', text: S.listsSet(columns) } });
    });
  }

  /** The user's answer to the open question. */
  answer(yes: boolean): Promise<void> {
    const q = this.state.question;
    if (!q) return Promise.resolve();
    if (q.kind === 'insert') {
      if (yes) return this.insertTemplate(q.template, q.where, q.count);
      this.patch({ question: null, notice: { intent: 'info', text: S.insertCancelled } });
      return Promise.resolve();
    }
    if (yes) return this.setLists(true);
    this.patch({ question: null, notice: { intent: 'info', text: S.keptOwnRules } });
    return Promise.resolve();
  }

  budget(): Promise<void> {
    return this.guard(S.busyBudget, async () => {
      const { grid, report } = await this.readAndCheck();
      if (report.kind !== 'budget') {
        this.patch({ notice: { intent: 'warning', text: S.notBudget } });
        return;
      }
      const plan = planBudget(grid, report, (x) => amountToWords(x), splitWordsCell);
      if (plan.problem || plan.ops.length === 0) {
        this.patch({ notice: { intent: 'warning', text: plan.problem ?? S.nothingToWrite } });
        return;
      }
      await this.write(grid, { label: S.budgetLabel, ops: plan.ops });
      const after = await this.readAndCheck();
      const savings = after.report.issues.filter((i) => i.code === 'budget.savings-mismatch');
      const parts = [S.budgetWritten(plan.formulas)];
      if (plan.wordsText) parts.push(S.budgetWords(splitWordsCell(plan.wordsText).body));
      for (const i of savings) parts.push(S.rowMessage(i.row, renderMessage(i)));
      this.patch({ notice: { intent: savings.length ? 'warning' : 'success', text: parts.join(' ') } });
    });
  }

  /**
   * Inserts a standard task (see planInsert). `shownRenumbering` is how many renumbered STT cells
   * the clerk was shown before pressing Chèn; if the insert needs a different number (or the
   * clerk was shown none, below the selection), the pane asks first (question 'insert').
   */
  insertTemplate(template: TaskTemplate, where: InsertWhere, shownRenumbering?: number): Promise<void> {
    return this.guard(S.busyInserting, async () => {
      const { grid, report } = await this.readAndCheck();
      if (report.kind !== 'tasks') {
        this.patch({ notice: { intent: 'warning', text: S.insertNotTasks } });
        return;
      }
      const year = this.state.planYear ?? report.planYear ?? new Date().getFullYear();
      const layout = layoutOf(report);
      let target: InsertTarget;
      if (where.kind === 'below-selection') {
        const row = await this.adapter.selectedRow();
        const headerEnd = Math.max(0, ...report.headerRows);
        if (row === null || row <= headerEnd) {
          this.patch({ notice: { intent: 'warning', text: S.insertPickRow } });
          return;
        }
        target = { kind: 'below-row', row };
      } else {
        const section = layout.sections.find((s) => s.row === where.sectionRow);
        if (!section) {
          this.patch({ notice: { intent: 'warning', text: S.insertNoSection } });
          return;
        }
        target = { kind: 'section-end', section };
      }
      // the units of the sheet's own directory (a commune's Văn phòng HĐND và UBND, not Văn phòng Sở)
      const units = unitsOfSheet(this.state.settings.directory, report.directory, year, ownUnits(this.state.settings));
      const filled = fillTemplate(template, year, units);
      const missing = filled.missing.length ? missingUnitsMessage(filled.task, filled.missing, filled.lead !== '', unitsListOf(units, BUILT_IN_DIRECTORIES[units.directory].name)) : '';
      if (filled.lead === '') {
        this.patch({ notice: { intent: 'warning', text: missing } });
        return;
      }
      const plan = planInsert(grid, report, layout, filled, target);
      if (!plan.ok) {
        const text = plan.reason === 'inside-merge' ? S.insertInsideMerge(plan.merge) : plan.reason === 'not-tasks' ? S.insertNotTasks : S.insertPickRow;
        this.patch({ notice: { intent: 'warning', text } });
        return;
      }
      const formulas = formulasOverwritten(grid, plan.renumbering);
      if (formulas.length) {
        this.patch({ notice: { intent: 'warning', text: S.sttFormulas(formulas) } });
        return;
      }
      const count = plan.renumbering.length;
      if (count > 0 && count !== shownRenumbering) {
        this.patch({ question: { kind: 'insert', template, where, row: plan.newRow, count } });
        return;
      }
      // One batch, one undo: the rows below renumbered as the insert requires, then the row.
      await this.write(grid, { label: S.insertLabel(filled.task), ops: plan.ops, expect: plan.sources });
      await this.readAndCheck();
      await this.adapter.selectCell(plan.select, this.state.grid?.sheetId ?? grid.sheetId);
      const inserted = S.inserted(filled.task, plan.newRow, plan.renumbering.length);
      this.patch({ notice: missing ? { intent: 'warning', text: `${inserted} ${missing}` } : { intent: 'success', text: inserted } });
    });
  }

  saveSettings(settings: AppSettings): Promise<void> {
    return this.guard(S.busySavingSettings, async () => {
      await this.adapter.saveSettings(settingsToJson(settings));
      this.patch({ settings, settingsErrors: [], notice: { intent: 'success', text: S.settingsSaved } });
      if (this.state.grid) this.analyse(this.state.grid);
    });
  }

  dismiss(): void {
    this.patch({ error: null, notice: null, question: null });
  }

  /** Closes the notice only (its timer ran out, or the user closed it); an error stays until read. */
  dismissNotice(): void {
    this.patch({ notice: null });
  }
}

/** The address of the first cell `edits` write (A1 of the first row they touch), for showing it. */
function firstWritten(edits: readonly Edit[]): string {
  for (const e of edits) if (e.kind === 'set') return a1(e.row - 1, e.col);
  const rows = edits.map((e) => e.row);
  return rows.length > 0 ? `A${Math.max(1, Math.min(...rows) - 1)}` : 'A1';
}
