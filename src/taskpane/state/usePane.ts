/**
 * The pane's state and actions. Every action runs through `guard`: adapter failures (WorkbookError)
 * and anything unexpected become a Vietnamese message bar; nothing is thrown into React.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CheckOptions } from '../../core/config';
import type { Fix } from '../../core/fix';
import type { Grid } from '../../core/grid';
import type { Issue } from '../../core/issues';
import type { SheetReport } from '../../core/report';
import type { ReadProgress, WorkbookAdapter, WriteBatch } from '../../excel/types';
import { buildLibrary, fillTemplate, type TaskTemplate } from '../../templates';
import { S } from '../strings';
import { planBudget } from '../budget';
import {
  BUILT_IN_DIRECTORIES,
  DEFAULT_FUNDING,
  DEFAULT_UNITS,
  amountToWords,
  checkSheet,
  renderMessage,
  renumber,
  splitWordsCell,
} from '../engine';
import { describeError, type PaneError } from '../errors';
import { planInsert, renumberAfter, sectionsOf, type InsertTarget } from '../insert';
import { listRules } from '../lists';
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

export function usePane(adapter: WorkbookAdapter, initialPlanYear?: number) {
  const [state, setState] = useState<PaneState>({
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
  });
  const ref = useRef(state);
  ref.current = state;
  const running = useRef(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const patch = useCallback((p: Partial<PaneState>) => {
    if (mounted.current) setState((s) => ({ ...s, ...p }));
  }, []);

  const safeCanUndo = useCallback(() => {
    try {
      return adapter.canUndo();
    } catch {
      return false;
    }
  }, [adapter]);

  /** Runs one action at a time; failures become the message bar. */
  const guard = useCallback(
    async (label: string, fn: () => Promise<void>) => {
      if (running.current) return;
      running.current = true;
      patch({ busy: label, error: null, notice: null });
      try {
        await fn();
      } catch (e) {
        patch({ error: describeError(e) });
      } finally {
        running.current = false;
        patch({ busy: null, progress: null, canUndo: safeCanUndo() });
      }
    },
    [patch, safeCanUndo],
  );

  const options = useCallback(
    (planYear: number | undefined): CheckOptions => {
      const s = ref.current.settings;
      const o: CheckOptions = {};
      if (planYear !== undefined) o.planYear = planYear;
      if (s.units.length) o.units = s.units;
      if (s.funding.length) o.funding = s.funding;
      if (s.directory !== undefined) o.directory = s.directory;
      return o;
    },
    [],
  );

  const analyse = useCallback(
    (grid: Grid, planYear = ref.current.planYear) => {
      const { report, fixes } = checkSheet(grid, options(planYear));
      patch({ grid, report, fixes });
      return { report, fixes };
    },
    [options, patch],
  );

  const readAndCheck = useCallback(async () => {
    const grid = await adapter.readActiveSheet((p) => patch({ progress: { ...p } }));
    return { grid, ...analyse(grid) };
  }, [adapter, analyse, patch]);

  const write = useCallback(
    async (batch: WriteBatch) => {
      await adapter.applyBatch(batch);
      patch({ canUndo: safeCanUndo() });
    },
    [adapter, patch, safeCanUndo],
  );

  // Settings are loaded once at start; bad settings in the workbook are shown, defaults are used.
  useEffect(() => {
    void guard('Đang tải cài đặt…', async () => {
      const raw = await adapter.loadSettings();
      const r = parseSettings(raw);
      if (r.ok) patch({ settings: r.value });
      else patch({ settingsErrors: ['Cài đặt lưu trong tệp không hợp lệ, đang dùng mặc định:', ...r.errors] });
    });
  }, [adapter, guard, patch]);

  const check = useCallback(() => guard('Đang kiểm tra…', async () => void (await readAndCheck())), [guard, readAndCheck]);

  const setPlanYear = useCallback(
    (year: number | undefined) => {
      patch({ planYear: year });
      const grid = ref.current.grid;
      if (!grid) return;
      void guard('Đang kiểm tra lại…', async () => void analyse(grid, year));
    },
    [analyse, guard, patch],
  );

  const selectIssue = useCallback(
    (issue: Issue) => {
      if (!issue.cell) return;
      const cell = issue.cell;
      void guard('', () => adapter.selectCell(cell));
    },
    [adapter, guard],
  );

  const applyFix = useCallback(
    (fix: Fix) =>
      guard('Đang sửa…', async () => {
        await write(fixBatch(fix));
        await readAndCheck();
        patch({ notice: { intent: 'success', text: `Đã sửa: ${fix.label}` } });
      }),
    [guard, patch, readAndCheck, write],
  );

  const applyAll = useCallback(
    () =>
      guard('Đang sửa tất cả…', async () => {
        const { batch, applied } = fixAllBatch(ref.current.fixes);
        if (applied === 0) {
          patch({ notice: { intent: 'info', text: 'Không có vấn đề nào sửa tự động được.' } });
          return;
        }
        await write(batch);
        const { report } = await readAndCheck();
        const left = report.issues.length;
        patch({ notice: { intent: 'success', text: `Đã sửa ${applied} vấn đề. Còn ${left} vấn đề cần xem.` } });
      }),
    [guard, patch, readAndCheck, write],
  );

  const undo = useCallback(
    () =>
      guard('Đang hoàn tác…', async () => {
        const label = await adapter.undoLast();
        if (ref.current.grid) await readAndCheck();
        patch({
          notice: label
            ? { intent: 'success', text: `Đã hoàn tác: ${label}` }
            : { intent: 'info', text: 'Không còn thao tác nào để hoàn tác.' },
        });
      }),
    [adapter, guard, patch, readAndCheck],
  );

  const highlight = useCallback(
    () =>
      guard('Đang tô màu…', async () => {
        const report = ref.current.report ?? (await readAndCheck()).report;
        const cells = highlightsFor(report.issues);
        await adapter.highlight(cells);
        patch({
          notice: cells.length
            ? { intent: 'success', text: `Đã tô màu ${cells.length} ô (đỏ: lỗi, vàng: cảnh báo).` }
            : { intent: 'info', text: 'Không có ô nào cần tô màu.' },
        });
      }),
    [adapter, guard, patch, readAndCheck],
  );

  const clearHighlights = useCallback(
    () =>
      guard('Đang xóa tô màu…', async () => {
        await adapter.clearHighlights();
        patch({ notice: { intent: 'success', text: 'Đã trả lại màu nền cũ cho các ô do phuluc tô màu.' } });
      }),
    [adapter, guard, patch],
  );

  const renumberAll = useCallback(
    () =>
      guard('Đang đánh số lại…', async () => {
        const { grid } = await readAndCheck();
        const edits = renumber(grid);
        if (!edits.length) {
          patch({ notice: { intent: 'info', text: 'Số thứ tự đã đúng, không cần đánh số lại.' } });
          return;
        }
        await write({ label: 'Đánh số lại', ops: edits });
        await readAndCheck();
        patch({ notice: { intent: 'success', text: `Đã đánh số lại ${edits.length} ô.` } });
      }),
    [guard, patch, readAndCheck, write],
  );

  // Without lists of its own, the department sees the directory its sheet was checked against.
  const checkedWith = state.report?.directory?.id as keyof typeof BUILT_IN_DIRECTORIES | undefined;
  const chosen = state.settings.directory && state.settings.directory !== 'auto' ? state.settings.directory : checkedWith;
  const builtIn = chosen ? BUILT_IN_DIRECTORIES[chosen] : undefined;
  const units = state.settings.units.length ? state.settings.units : (builtIn?.units ?? DEFAULT_UNITS);
  const funding = state.settings.funding.length ? state.settings.funding : (builtIn?.funding ?? DEFAULT_FUNDING);

  const setLists = useCallback(
    () =>
      guard('Đang đặt danh sách chọn…', async () => {
        const report = ref.current.report ?? (await readAndCheck()).report;
        const s = ref.current.settings;
        const dir = report.directory?.id as keyof typeof BUILT_IN_DIRECTORIES | undefined;
        const builtInLists = dir ? BUILT_IN_DIRECTORIES[dir] : undefined;
        const { rules, problem } = listRules(
          report,
          s.units.length ? s.units : (builtInLists?.units ?? DEFAULT_UNITS),
          s.funding.length ? s.funding : (builtInLists?.funding ?? DEFAULT_FUNDING),
        );
        if (problem) {
          patch({ notice: { intent: 'warning', text: problem } });
          return;
        }
        await adapter.setListValidation(rules);
        patch({ notice: { intent: 'success', text: `Đã đặt danh sách chọn cho ${rules.length} cột (Chủ trì, Kinh phí).` } });
      }),
    [adapter, guard, patch, readAndCheck],
  );

  const budget = useCallback(
    () =>
      guard('Đang lập công thức dự toán…', async () => {
        const { grid, report } = await readAndCheck();
        if (report.kind !== 'budget') {
          patch({ notice: { intent: 'warning', text: 'Trang tính này không phải bảng dự toán kinh phí.' } });
          return;
        }
        const plan = planBudget(grid, report, (n) => amountToWords(n), splitWordsCell);
        if (plan.problem || plan.ops.length === 0) {
          patch({ notice: { intent: 'warning', text: plan.problem ?? 'Không có gì để ghi.' } });
          return;
        }
        await write({ label: 'Công thức dự toán', ops: plan.ops });
        const after = await readAndCheck();
        const savings = after.report.issues.filter((i) => i.code === 'budget.savings-mismatch');
        const parts = [`Đã ghi ${plan.formulas} công thức thành tiền và công thức tổng cộng.`];
        if (plan.wordsText) parts.push(S.budgetWords(splitWordsCell(plan.wordsText).body));
        for (const i of savings) parts.push(`Dòng ${i.row}: ${renderMessage(i)}`);
        patch({ notice: { intent: savings.length ? 'warning' : 'success', text: parts.join(' ') } });
      }),
    [guard, patch, readAndCheck, write],
  );

  const library = useMemo(() => buildLibrary(state.settings.templates), [state.settings.templates]);

  const insertTemplate = useCallback(
    (template: TaskTemplate, where: InsertWhere) =>
      guard('Đang chèn nhiệm vụ…', async () => {
        const { grid, report } = await readAndCheck();
        if (report.kind !== 'tasks') {
          patch({ notice: { intent: 'warning', text: 'Trang tính này không phải bảng nhiệm vụ: không chèn được.' } });
          return;
        }
        const year = ref.current.planYear ?? report.planYear ?? new Date().getFullYear();
        let target: InsertTarget;
        if (where.kind === 'below-selection') {
          const row = await adapter.selectedRow();
          const headerEnd = Math.max(0, ...report.headerRows);
          if (row === null || row <= headerEnd) {
            patch({ notice: { intent: 'warning', text: 'Hãy chọn một ô trong bảng (dưới dòng tiêu đề) rồi thử lại.' } });
            return;
          }
          target = { kind: 'below-row', row };
        } else {
          const section = sectionsOf(report).find((s) => s.row === where.sectionRow);
          if (!section) {
            patch({ notice: { intent: 'warning', text: 'Không tìm thấy mục đã chọn trong bảng: hãy kiểm tra lại.' } });
            return;
          }
          target = { kind: 'section-end', section };
        }
        const filled = fillTemplate(template, year);
        const plan = planInsert(grid, report, filled, target, renumber);
        // One batch (one undo): the row, then the section's renumbering as it will be after the insert.
        await write({ label: `Chèn nhiệm vụ: ${filled.task}`, ops: [plan.insert, ...plan.renumbering] });
        // Should the sheet differ from the simulation, the engine's renumbering after the fact settles it.
        const after = await readAndCheck();
        const fromRow = plan.section?.row ?? plan.newRow;
        const edits = renumberAfter(renumber(after.grid), fromRow);
        if (edits.length) {
          await write({ label: 'Đánh số lại sau khi chèn', ops: edits });
          await readAndCheck();
        }
        patch({ notice: { intent: 'success', text: `Đã chèn “${filled.task}” vào dòng ${plan.newRow}.` } });
      }),
    [adapter, guard, patch, readAndCheck, write],
  );

  const saveSettings = useCallback(
    (settings: AppSettings) =>
      guard('Đang lưu cài đặt…', async () => {
        await adapter.saveSettings(settingsToJson(settings));
        patch({ settings, settingsErrors: [], notice: { intent: 'success', text: 'Đã lưu cài đặt vào tệp Excel.' } });
        ref.current = { ...ref.current, settings };
        if (ref.current.grid) analyse(ref.current.grid);
      }),
    [adapter, analyse, guard, patch],
  );

  const dismiss = useCallback(() => patch({ error: null, notice: null }), [patch]);
  /** Closes the notice only (its timer ran out, or the user closed it); an error stays until read. */
  const dismissNotice = useCallback(() => patch({ notice: null }), [patch]);

  return {
    state,
    library,
    units,
    funding,
    actions: {
      check,
      setPlanYear,
      selectIssue,
      applyFix,
      applyAll,
      undo,
      highlight,
      clearHighlights,
      renumberAll,
      setLists,
      budget,
      insertTemplate,
      saveSettings,
      dismiss,
      dismissNotice,
    },
  };
}

export type Pane = ReturnType<typeof usePane>;
