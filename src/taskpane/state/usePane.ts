/**
 * The pane's state for React: a PaneController (the headless state and actions, controller.ts)
 * per adapter, rendered through a subscription. Settings are loaded once at start.
 */
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { WorkbookAdapter } from '../../excel/types';
import type { Fix } from '../../core/fix';
import type { Issue } from '../../core/issues';
import type { TaskTemplate } from '../../templates';
import { PaneController, type InsertWhere } from './controller';
import type { AppSettings } from './settings';

export type { InsertWhere, Notice, PaneState, Question } from './controller';

export function usePane(adapter: WorkbookAdapter, initialPlanYear?: number) {
  // One controller per adapter (a new workbook, or the demo's other sample, starts afresh).
  const ctl = useMemo(() => new PaneController(adapter, initialPlanYear), [adapter]);
  const state = useSyncExternalStore(ctl.subscribe, ctl.getState, ctl.getState);
  useEffect(() => {
    void ctl.loadSettings();
  }, [ctl]);

  const actions = useMemo(
    () => ({
      check: () => ctl.check(),
      setPlanYear: (year: number | undefined) => ctl.setPlanYear(year),
      selectIssue: (issue: Issue) => ctl.selectIssue(issue),
      applyFix: (fix: Fix) => ctl.applyFix(fix),
      applyAll: () => ctl.applyAll(),
      undo: () => ctl.undo(),
      highlight: () => ctl.highlight(),
      clearHighlights: () => ctl.clearHighlights(),
      renumberAll: () => ctl.renumberAll(),
      setLists: () => ctl.setLists(),
      answer: (yes: boolean) => ctl.answer(yes),
      budget: () => ctl.budget(),
      insertTemplate: (t: TaskTemplate, where: InsertWhere, shownRenumbering?: number) => ctl.insertTemplate(t, where, shownRenumbering),
      saveSettings: (s: AppSettings) => ctl.saveSettings(s),
      dismiss: () => ctl.dismiss(),
      dismissNotice: () => ctl.dismissNotice(),
    }),
    [ctl],
  );

  return { state, library: ctl.library, units: ctl.units, funding: ctl.funding, builtIn: ctl.builtIn, actions };
}

export type Pane = ReturnType<typeof usePane>;
