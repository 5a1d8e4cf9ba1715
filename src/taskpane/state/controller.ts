/**
 * The pane's state and actions, headless: React renders it through usePane (a subscription), the
 * property test and the benchmark drive it directly over the emulated workbook.
 *
 * Every action runs through `guard`: one at a time; adapter failures (WorkbookError) and anything
 * unexpected become a Vietnamese message, never an exception. Every write goes to the sheet the
 * last read came from (`grid.sheetId`) and carries what that read saw, so the adapter refuses it
 * when the sheet has changed since (the pane then offers a one-click re-check).
 */
import type { CheckOptions, DirectoryEntry } from '../../core/config';
import { applyEdits, type Edit, type Fix } from '../../core/fix';
import type { Grid } from '../../core/grid';
import type { Issue } from '../../core/issues';
import type { SheetReport } from '../../core/report';
import { WorkbookError, type ReadProgress, type WorkbookAdapter, type WriteBatch } from '../../excel/types';
import { buildLibrary, fillTemplate, type TaskTemplate } from '../../templates';
import { planBudget } from '../budget';
import { DEFAULT_FUNDING, DEFAULT_UNITS, amountToWords, checkSheet, renderMessage, renumber, splitWordsCell } from '../engine';
import { describeError, type PaneError } from '../errors';
import { planInsert, renumberAfter, sectionsOf, type InsertTarget } from '../insert';
import { listRules } from '../lists';
import { S } from '../strings';
import { fixAllBatch, fixBatch, highlightsFor } from './issues';
import { EMPTY_SETTINGS, parseSettings, settingsToJson, type AppSettings } from './settings';

export interface Notice {
  intent: 'success' | 'info' | 'warning';
  text: string;
}

export type InsertWhere = { kind: 'section-end'; sectionRow: number } | { kind: 'below-selection' };

export interface PaneState {
  busy: string | null;
  progress: ReadProgress | null;
  /** The sheet as phuluc last read it (or as it is after phuluc's own writes since). */
  grid: Grid | null;
  report: SheetReport | null;
  fixes: Fix[];
  planYear: number | undefined;
  error: PaneError | null;
  notice: Notice | null;
  canUndo: boolean;
  settings: AppSettings;
  settingsErrors: string[];
}

/** Whether a grid holds a formula: then phuluc's writes may change other cells (recalculation). */
function hasFormulas(grid: Grid): boolean {
  for (const row of grid.rows) if (row) for (const c of row) if (c?.formula !== undefined) return true;
  return false;
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
      planYear: initialPlanYear,
      error: null,
      notice: null,
      canUndo: false,
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

  get units(): readonly DirectoryEntry[] {
    return this.state.settings.units.length ? this.state.settings.units : DEFAULT_UNITS;
  }

  get funding(): readonly DirectoryEntry[] {
    return this.state.settings.funding.length ? this.state.settings.funding : DEFAULT_FUNDING;
  }

  private canUndoNow(): boolean {
    try {
      return this.adapter.canUndo();
    } catch {
      return false;
    }
  }

  /** Runs one action at a time (a second one while busy is ignored); failures become the message bar. */
  private async guard(label: string, fn: () => Promise<void>): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.patch({ busy: label, error: null, notice: null });
    try {
      await fn();
    } catch (e) {
      this.patch({ error: describeError(e) });
    } finally {
      this.running = false;
      this.patch({ busy: null, progress: null, canUndo: this.canUndoNow() });
    }
  }

  private options(planYear: number | undefined): CheckOptions {
    const s = this.state.settings;
    const o: CheckOptions = {};
    if (planYear !== undefined) o.planYear = planYear;
    if (s.units.length) o.units = s.units;
    if (s.funding.length) o.funding = s.funding;
    return o;
  }

  private analyse(grid: Grid, planYear = this.state.planYear): { grid: Grid; report: SheetReport; fixes: Fix[] } {
    const { report, fixes } = checkSheet(grid, this.options(planYear));
    this.patch({ grid, report, fixes });
    return { grid, report, fixes };
  }

  private async readAndCheck() {
    const grid = await this.adapter.readActiveSheet((p) => this.patch({ progress: { ...p } }));
    return this.analyse(grid);
  }

  /** The grid of the last check, or an error telling the user to check first. */
  private checked(): Grid {
    const grid = this.state.grid;
    if (!grid) throw new WorkbookError('no-sheet', S.noCheckYet);
    return grid;
  }

  private async write(batch: WriteBatch): Promise<void> {
    await this.adapter.applyBatch(batch);
    this.patch({ canUndo: this.canUndoNow() });
  }

  /**
   * After phuluc's own cell writes: the sheet now holds the grid with the edits applied, so check
   * that in memory instead of reading the sheet again (the next write is still checked against
   * the sheet by the adapter). A sheet with formulas is read again: Excel recalculates them.
   */
  private async recheckAfter(grid: Grid, edits: readonly Edit[]) {
    if (hasFormulas(grid)) return this.readAndCheck();
    return this.analyse(applyEdits(grid, [...edits]));
  }

  // ---- actions ----

  loadSettings(): Promise<void> {
    return this.guard('Đang tải cài đặt…', async () => {
      const raw = await this.adapter.loadSettings();
      const r = parseSettings(raw);
      if (r.ok) this.patch({ settings: r.value });
      else this.patch({ settingsErrors: ['Cài đặt lưu trong tệp không hợp lệ, đang dùng mặc định:', ...r.errors] });
    });
  }

  check(): Promise<void> {
    return this.guard('Đang kiểm tra…', async () => void (await this.readAndCheck()));
  }

  setPlanYear(year: number | undefined): Promise<void> {
    this.patch({ planYear: year });
    const grid = this.state.grid;
    if (!grid) return Promise.resolve();
    return this.guard('Đang kiểm tra lại…', async () => void this.analyse(grid, year));
  }

  selectIssue(issue: Issue): Promise<void> {
    const cell = issue.cell;
    if (!cell) return Promise.resolve();
    return this.guard('', () => this.adapter.selectCell(cell));
  }

  applyFix(fix: Fix): Promise<void> {
    return this.guard('Đang sửa…', async () => {
      const grid = this.checked();
      const batch = fixBatch(fix);
      await this.write(batch);
      await this.recheckAfter(grid, fix.edits);
      this.patch({ notice: { intent: 'success', text: `Đã sửa: ${fix.label}` } });
    });
  }

  applyAll(): Promise<void> {
    return this.guard('Đang sửa tất cả…', async () => {
      const grid = this.checked();
      const { batch, applied } = fixAllBatch(this.state.fixes);
      if (applied === 0) {
        this.patch({ notice: { intent: 'info', text: 'Không có lỗi nào sửa tự động được.' } });
        return;
      }
      await this.write(batch);
      const { report } = await this.recheckAfter(grid, batch.ops as Edit[]);
      const left = report.issues.length;
      this.patch({ notice: { intent: 'success', text: `Đã sửa ${applied} lỗi. Còn ${left} vấn đề cần xem.` } });
    });
  }

  undo(): Promise<void> {
    return this.guard('Đang hoàn tác…', async () => {
      const label = await this.adapter.undoLast();
      if (this.state.grid) await this.readAndCheck();
      this.patch({ notice: label ? { intent: 'success', text: S.undone(label) } : { intent: 'info', text: S.nothingToUndo } });
    });
  }

  highlight(): Promise<void> {
    return this.guard('Đang tô màu…', async () => {
      const report = this.state.report ?? (await this.readAndCheck()).report;
      const cells = highlightsFor(report.issues);
      if (cells.length) await this.adapter.highlight(cells);
      this.patch({
        notice: cells.length
          ? { intent: 'success', text: `Đã tô màu ${cells.length} ô (đỏ: lỗi, vàng: cảnh báo).` }
          : { intent: 'info', text: 'Không có ô nào cần tô màu.' },
      });
    });
  }

  clearHighlights(): Promise<void> {
    return this.guard('Đang xóa tô màu…', async () => {
      await this.adapter.clearHighlights();
      this.patch({ notice: { intent: 'success', text: 'Đã xóa các ô do phần bổ trợ tô màu.' } });
    });
  }

  renumberAll(): Promise<void> {
    return this.guard('Đang đánh số lại…', async () => {
      const { grid } = await this.readAndCheck();
      const edits = renumber(grid);
      if (!edits.length) {
        this.patch({ notice: { intent: 'info', text: 'Số thứ tự đã đúng, không cần đánh số lại.' } });
        return;
      }
      await this.write({ label: 'Đánh số lại', ops: edits });
      await this.recheckAfter(grid, edits);
      this.patch({ notice: { intent: 'success', text: `Đã đánh số lại ${edits.length} ô.` } });
    });
  }

  setLists(): Promise<void> {
    return this.guard('Đang đặt danh sách chọn…', async () => {
      const report = this.state.report ?? (await this.readAndCheck()).report;
      const { rules, problem } = listRules(report, this.units, this.funding);
      if (problem) {
        this.patch({ notice: { intent: 'warning', text: problem } });
        return;
      }
      await this.adapter.setListValidation(rules);
      this.patch({ notice: { intent: 'success', text: S.listsSet(rules.length) } });
    });
  }

  budget(): Promise<void> {
    return this.guard('Đang lập công thức dự toán…', async () => {
      const { grid, report } = await this.readAndCheck();
      if (report.kind !== 'budget') {
        this.patch({ notice: { intent: 'warning', text: 'Trang tính này không phải bảng dự toán kinh phí.' } });
        return;
      }
      const plan = planBudget(grid, report, (x) => amountToWords(x), splitWordsCell);
      if (plan.problem || plan.ops.length === 0) {
        this.patch({ notice: { intent: 'warning', text: plan.problem ?? 'Không có gì để ghi.' } });
        return;
      }
      await this.write({ label: 'Công thức dự toán', ops: plan.ops });
      const after = await this.readAndCheck();
      const savings = after.report.issues.filter((i) => i.code === 'budget.savings-mismatch');
      const parts = [`Đã ghi ${plan.formulas} công thức thành tiền và công thức tổng cộng.`];
      if (plan.wordsText) parts.push(`Bằng chữ: ${plan.wordsText}`);
      for (const i of savings) parts.push(`Dòng ${i.row}: ${renderMessage(i)}`);
      this.patch({ notice: { intent: savings.length ? 'warning' : 'success', text: parts.join(' ') } });
    });
  }

  insertTemplate(template: TaskTemplate, where: InsertWhere): Promise<void> {
    return this.guard('Đang chèn nhiệm vụ…', async () => {
      const { grid, report } = await this.readAndCheck();
      if (report.kind !== 'tasks') {
        this.patch({ notice: { intent: 'warning', text: S.insertNotTasks } });
        return;
      }
      const year = this.state.planYear ?? report.planYear ?? new Date().getFullYear();
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
        const section = sectionsOf(report).find((s) => s.row === where.sectionRow);
        if (!section) {
          this.patch({ notice: { intent: 'warning', text: S.insertNoSection } });
          return;
        }
        target = { kind: 'section-end', section };
      }
      const filled = fillTemplate(template, year);
      const plan = planInsert(grid, report, filled, target, renumber);
      await this.write({ label: `Chèn nhiệm vụ: ${filled.task}`, ops: [plan.insert, ...plan.renumbering] });
      const after = await this.readAndCheck();
      const fromRow = plan.section?.row ?? plan.newRow;
      const edits = renumberAfter(renumber(after.grid), fromRow);
      if (edits.length) {
        await this.write({ label: 'Đánh số lại sau khi chèn', ops: edits });
        await this.readAndCheck();
      }
      this.patch({ notice: { intent: 'success', text: `Đã chèn “${filled.task}” vào dòng ${plan.newRow}.` } });
    });
  }

  saveSettings(settings: AppSettings): Promise<void> {
    return this.guard('Đang lưu cài đặt…', async () => {
      await this.adapter.saveSettings(settingsToJson(settings));
      this.patch({ settings, settingsErrors: [], notice: { intent: 'success', text: 'Đã lưu cài đặt vào tệp Excel.' } });
      if (this.state.grid) this.analyse(this.state.grid);
    });
  }

  dismiss(): void {
    this.patch({ error: null, notice: null });
  }

  /** Closes the notice only (its timer ran out, or the user closed it); an error stays until read. */
  dismissNotice(): void {
    this.patch({ notice: null });
  }
}
