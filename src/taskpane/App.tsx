/**
 * The task pane: check the appendix, go to each fault, repair, fill in standard tasks, total the
 * budget. It talks only to a WorkbookAdapter; all meaning comes from the engine (src/core).
 *
 * Layout, top to bottom: the title with Cài đặt; a first-run note; the one primary action
 * (Kiểm tra) beside Hoàn tác, which undoes whatever the pane wrote last from any tab; the result
 * summary (sheet, plan year, counts; Dự toán on a budget sheet); progress and messages; then three
 * tabs: the issues with their fixes and highlights, the template library, and the whole-table tools.
 */
import {
  Badge, Button, Caption1, FluentProvider, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, ProgressBar, Spinner,
  Subtitle2, Tab, TabList, Text, makeStyles, tokens, webLightTheme,
} from '@fluentui/react-components';
import { Component, useEffect, useMemo, useState, type ErrorInfo, type ReactNode } from 'react';
import type { WorkbookAdapter } from '../excel/types';
import { Action } from './components/Action';
import { CheckSummary, CheckView } from './components/CheckView';
import { SettingsPanel } from './components/SettingsPanel';
import { TemplatePicker } from './components/TemplatePicker';
import { ToolsPanel } from './components/ToolsPanel';
import {
  ArrowUndo20Regular, Calculator20Regular, Dismiss16Regular, Eraser20Regular, PaintBrush20Regular, Settings20Regular, TableSearch20Regular, Wrench16Regular,
} from './icons';
import { usePane } from './state/usePane';
import { appendixConfig, ownUnits } from './state/settings';
import { localToday, useYear } from './state/useYear';
import { NewAppendixForm } from './components/NewAppendixForm';
import { ProgressPanel } from './components/ProgressPanel';
import { S } from './strings';

export interface AppProps {
  adapter: WorkbookAdapter;
  initialPlanYear?: number;
  /** Today, ISO yyyy-mm-dd (the Tiến độ tab's default date); for tests and the demo. */
  today?: string;
}

/** How long a success or info notice stays before it closes itself; warnings stay until closed. */
export const NOTICE_MS = 8000;

const useStyles = makeStyles({
  // The pane's one scroll container, filling it: the issue list scrolls with it (no box of its own).
  scroller: { flexGrow: 1, minHeight: 0, overflowY: 'auto', position: 'relative' },
  root: {
    display: 'flex', flexDirection: 'column', gap: '10px', padding: '10px 12px 16px', boxSizing: 'border-box',
    width: '100%', minWidth: '280px', maxWidth: '420px', fontFamily: tokens.fontFamilyBase,
  },
  // Read by screen readers, not shown: results of what the clerk pressed.
  live: {
    position: 'absolute', width: '1px', height: '1px', margin: '-1px', padding: 0, overflow: 'hidden',
    clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap', border: 0,
  },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: '8px' },
  title: { margin: 0 },
  intro: {
    display: 'flex', flexDirection: 'column', gap: '4px', padding: '10px 12px', borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground2, color: tokens.colorNeutralForeground1,
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
  },
  primary: { display: 'flex', gap: '8px', alignItems: 'stretch' },
  grow: { flexGrow: 1 },
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: '6px' },
  // Sửa tất cả and what it would do take the first line; the two highlight buttons share the second.
  fixRow: { display: 'flex', alignItems: 'center', gap: '8px', flexBasis: '100%', minWidth: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
  busy: { display: 'flex', flexDirection: 'column', gap: '4px' },
  budget: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: '4px' },
  // Four tabs do not fit 320 px on one line: they wrap rather than stick out.
  tabs: { marginLeft: '-8px', marginRight: '-8px', minWidth: 0, flexWrap: 'wrap', rowGap: '2px' },
  // Tabs give up width (their labels wrap) rather than stick out of a narrow pane: the issue
  // count's badge makes the row wider than 320 px otherwise.
  tab: { flexShrink: 1, minWidth: 0, '& .fui-Tab__content': { whiteSpace: 'normal', overflowWrap: 'anywhere' } },
  panel: { display: 'flex', flexDirection: 'column', gap: '8px', minWidth: 0 },
  empty: { color: tokens.colorNeutralForeground3 },
});

type Tab = 'issues' | 'progress' | 'insert' | 'tools';

/** What each action does, for a clerk who has never seen a task pane (shown on hover and read by screen readers). */
const TIPS = S.tips;

function Pane({ adapter, initialPlanYear, today }: AppProps) {
  const styles = useStyles();
  const { state, library, builtIn, actions } = usePane(adapter, initialPlanYear);
  const year = useYear(adapter, actions.check);
  const [tab, setTab] = useState<Tab>('issues');
  const [settingsOpen, setSettingsOpen] = useState(false);
  const busy = state.busy !== null;
  const safeFixes = state.fixes.filter((f) => f.safe).length;
  const settingsKey = useMemo(() => JSON.stringify(state.settings), [state.settings]);
  const progress = state.progress;
  const report = state.report;
  const { notice } = state;
  const { dismissNotice } = actions;

  // Good news closes itself; a warning waits to be read and closed.
  useEffect(() => {
    if (!notice || notice.intent === 'warning') return;
    const timer = setTimeout(dismissNotice, NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice, dismissNotice]);

  const check = () => {
    setSettingsOpen(false);
    setTab('issues');
    void actions.check();
  };

  // What the live region says: the latest result or failure, once, whichever part of the pane it
  // came from (the checks and fixes, or the Tiến độ and Công cụ tabs' new column, report, appendix).
  const paneSaid = state.error ? `${state.error.title}. ${state.error.message}` : (notice?.text ?? '');
  const yearSaid = year.error ? `${year.error.title}. ${year.error.message}` : (year.notice?.text ?? '');
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => setAnnouncement(paneSaid), [paneSaid]);
  useEffect(() => setAnnouncement(yearSaid), [yearSaid]);

  return (
    <div className={styles.scroller} data-scroll-root="" data-testid="pane-scroll">
    <div className={styles.live} role="status" aria-live="polite" aria-atomic="true" data-testid="live-region">
      {announcement}
    </div>
    <main className={styles.root} aria-label={S.paneLabel} data-testid="pane">
      <header className={styles.header}>
        <Subtitle2 as="h1" className={styles.title}>
          {S.appTitle}
        </Subtitle2>
        <Action
          id="btn-settings"
          tip={TIPS.settings}
          appearance="subtle"
          icon={<Settings20Regular />}
          checked={settingsOpen}
          onClick={() => setSettingsOpen((o) => !o)}
        >
          {S.settingsButton}
        </Action>
      </header>

      {!report && !settingsOpen && (
        <div className={styles.intro} data-testid="intro">
          <Text weight="semibold">{S.introTitle}</Text>
          <Text size={200}>
            {S.introText}
          </Text>
        </div>
      )}

      <div className={styles.primary}>
        <Action
          id="btn-check"
          tip={TIPS.check}
          appearance="primary"
          size="large"
          className={styles.grow}
          icon={busy && state.busy ? <Spinner size="tiny" appearance="inverted" aria-hidden /> : <TableSearch20Regular />}
          disabled={busy}
          onClick={check}
        >
          {S.checkButton}
        </Action>
        <Action id="btn-undo" tip={state.canUndo ? S.undoTip(state.undoLabel) : TIPS.undo} size="large" icon={<ArrowUndo20Regular />} disabled={busy || !state.canUndo} onClick={() => void actions.undo()}>
          {S.undoButton}
        </Action>
      </div>

      {report && !settingsOpen && (
        <CheckSummary report={report} planYear={state.planYear} busy={busy} onPlanYear={actions.setPlanYear}>
          {report.kind === 'budget' && (
            <div className={styles.budget}>
              <Action id="btn-budget" tip={TIPS.budget} appearance="primary" icon={<Calculator20Regular />} disabled={busy} onClick={() => void actions.budget()}>
                {S.budgetButton}
              </Action>
              <Text size={200}>{S.budgetHint}</Text>
            </div>
          )}
        </CheckSummary>
      )}

      {/* An empty label ('') is a quick step (selecting a cell): no bar for it. */}
      {busy && state.busy && (
        <div className={styles.busy} data-testid="busy" role="status">
          <ProgressBar
            aria-label={state.busy}
            value={progress && progress.rowsTotal > 0 ? progress.rowsRead / progress.rowsTotal : undefined}
            data-testid="progress"
          />
          <Text size={200}>
            {state.busy}
            {progress && progress.rowsTotal > 0 ? ` ${S.rowsRead(progress.rowsRead, progress.rowsTotal)}` : ''}
          </Text>
        </div>
      )}

      {state.error && (
        <MessageBar layout="multiline" intent="error" data-testid="error-bar">
          <MessageBarBody>
            <MessageBarTitle>{state.error.title}</MessageBarTitle>
            {state.error.message}
          </MessageBarBody>
          <MessageBarActions>
            {state.error.action === 'recheck' && (
              <Button size="small" appearance="primary" data-testid="btn-recheck" disabled={busy} onClick={check}>
                {S.recheck}
              </Button>
            )}
            <Button size="small" appearance="transparent" onClick={actions.dismiss}>
              {S.close}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {state.question?.kind === 'insert' && (
        <MessageBar layout="multiline" intent="info" data-testid="question-bar">
          <MessageBarBody>
            <MessageBarTitle>{S.insertAskTitle}</MessageBarTitle>
            {S.insertAsk(state.question.row, state.question.count)}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="primary" data-testid="btn-insert-yes" disabled={busy} onClick={() => void actions.answer(true)}>
              {S.insertYes}
            </Button>
            <Button size="small" data-testid="btn-insert-no" disabled={busy} onClick={() => void actions.answer(false)}>
              {S.insertNo}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {state.question?.kind === 'replace-own-rules' && (
        <MessageBar layout="multiline" intent="warning" data-testid="question-bar">
          <MessageBarBody>
            <MessageBarTitle>{S.ownRulesTitle}</MessageBarTitle>
            {S.ownRules(state.question.cells.map((c) => c.address))}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="primary" data-testid="btn-replace-rules" disabled={busy} onClick={() => void actions.answer(true)}>
              {S.replaceOwnRules}
            </Button>
            <Button size="small" data-testid="btn-keep-rules" disabled={busy} onClick={() => void actions.answer(false)}>
              {S.keepOwnRules}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {notice && (
        <MessageBar layout="multiline" intent={notice.intent} data-testid="notice-bar">
          <MessageBarBody>{notice.text}</MessageBarBody>
          <MessageBarActions
            containerAction={<Button size="small" appearance="transparent" icon={<Dismiss16Regular />} aria-label={S.closeNotice} onClick={dismissNotice} />}
          />
        </MessageBar>
      )}
      {state.settingsErrors.length > 0 && (
        <MessageBar layout="multiline" intent="warning" data-testid="settings-load-errors">
          <MessageBarBody>
            {state.settingsErrors.map((e, i) => (
              <div key={i}>{e}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}

      {settingsOpen ? (
        <>
          <div className={styles.header}>
            <Subtitle2 as="h2" className={styles.title}>
              {S.settingsTitle}
            </Subtitle2>
            <Button size="small" onClick={() => setSettingsOpen(false)} data-testid="settings-close">
              {S.settingsClose}
            </Button>
          </div>
          <SettingsPanel
            key={settingsKey}
            settings={state.settings}
            defaultUnits={builtIn.units}
            defaultFunding={builtIn.funding}
            busy={busy}
            onSave={(s) => void actions.saveSettings(s)}
          />
        </>
      ) : (
        <>
          <TabList
            className={styles.tabs}
            size="small"
            selectedValue={tab}
            onTabSelect={(_, d) => setTab(d.value as Tab)}
            aria-label={S.tabsLabel}
          >
            <Tab value="issues" className={styles.tab} data-testid="tab-issues">
              {S.issuesTab}{' '}
              {report && report.issues.length > 0 && (
                <Badge size="small" appearance="tint" color={report.issues.some((i) => i.severity === 'error') ? 'danger' : 'warning'}>
                  {report.issues.length.toLocaleString('vi-VN')}
                </Badge>
              )}
            </Tab>
            <Tab value="progress" className={styles.tab} data-testid="tab-progress">
              {S.progressTab}
            </Tab>
            <Tab value="insert" className={styles.tab} data-testid="btn-insert">
              {S.insertTab}
            </Tab>
            <Tab value="tools" className={styles.tab} data-testid="tab-tools">
              {S.toolsTab}
            </Tab>
          </TabList>

          {tab === 'issues' && (
            <div className={styles.panel} role="tabpanel" aria-label={S.issuesTab}>
              <div className={styles.toolbar} role="toolbar" aria-label={S.toolbarLabel}>
                <div className={styles.fixRow}>
                  <Action
                    id="btn-fix-all"
                    size="small"
                    tip={safeFixes ? `${TIPS.fixAll} ${S.fixableNow(safeFixes)}` : TIPS.fixAll}
                    appearance={safeFixes ? 'primary' : undefined}
                    icon={<Wrench16Regular />}
                    disabled={busy || safeFixes === 0}
                    onClick={() => void actions.applyAll()}
                  >
                    {S.fixAllButton}
                  </Action>
                  {report && (
                    <Caption1 className={styles.hint}>
                      {S.fixableHint(safeFixes)}
                    </Caption1>
                  )}
                </div>
                <Action id="btn-highlight" size="small" tip={TIPS.highlight} icon={<PaintBrush20Regular />} disabled={busy} onClick={() => void actions.highlight()}>
                  {S.highlight}
                </Action>
                <Action id="btn-clear-highlights" size="small" tip={TIPS.clear} icon={<Eraser20Regular />} disabled={busy} onClick={() => void actions.clearHighlights()}>
                  {S.clearHighlights}
                </Action>
              </div>
              {report ? (
                <CheckView
                  report={report}
                  fixes={state.fixes}
                  refused={state.refused}
                  busy={busy}
                  onSelect={(i) => void actions.selectIssue(i)}
                  onFix={(f) => void actions.applyFix(f)}
                />
              ) : (
                <Text size={200} className={styles.empty}>
                  {S.issuesEmpty}
                </Text>
              )}
            </div>
          )}
          {tab === 'progress' && (
            <div className={styles.panel} role="tabpanel" aria-label={S.progressTab}>
              <ProgressPanel
                report={report}
                today={today ?? localToday()}
                busy={busy || year.busy !== null}
                working={year.busy}
                notice={year.notice}
                error={year.error}
                onDismiss={year.dismiss}
                canAddColumn={!!adapter.addStatusColumn && !!state.grid}
                canAddSheet={!!adapter.addSheet}
                onSelectRow={(row) => report && year.selectRow(report, row)}
                onAddStatusColumn={() => report && state.grid && year.addStatusColumn(report, state.grid)}
                onCreateReport={(period, asOf) => report && year.createReport(report, period, asOf)}
              />
            </div>
          )}
          {tab === 'insert' && (
            <div className={styles.panel} role="tabpanel" aria-label={S.insertTab}>
              <TemplatePicker
                library={library}
                grid={state.grid}
                report={report}
                planYear={state.planYear}
                busy={busy}
                directory={state.settings.directory}
                own={ownUnits(state.settings)}
                onInsert={(t, where, shown) => void actions.insertTemplate(t, where, shown)}
              />
            </div>
          )}
          {tab === 'tools' && (
            <div className={styles.panel} role="tabpanel" aria-label={S.toolsTab}>
              <ToolsPanel
                busy={busy}
                onRenumber={() => void actions.renumberAll()}
                onLists={() => void actions.setLists()}
                budgetHint={report?.kind === 'budget' ? undefined : S.budgetToolHint}
              />
              {adapter.addSheet && (
                <NewAppendixForm
                  defaultYear={(report?.planYear ?? Number((today ?? localToday()).slice(0, 4))) + 1}
                  thisYear={Number((today ?? localToday()).slice(0, 4))}
                  defaultBody={report?.body}
                  templateCount={library.length}
                  busy={busy || year.busy !== null}
                  onCreate={(o) => year.createAppendix({ year: o.year, body: o.body, templates: o.withTasks ? library : [], config: appendixConfig(state.settings), ...(state.settings.directory ? { directory: state.settings.directory } : {}) })}
                />
              )}
              {(year.notice || year.error) && (
                <Text size={200} role="status" data-testid="tools-year-status">
                  {year.error ? `${year.error.title}: ${year.error.message}` : year.notice?.text}
                </Text>
              )}
            </div>
          )}
        </>
      )}
    </main>
    </div>
  );
}

/** A last guard: a rendering fault shows a Vietnamese message, never a blank pane. */
class PaneBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('phuluc pane', error, info.componentStack);
  }
  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <MessageBar layout="multiline" intent="error" data-testid="pane-crashed">
        <MessageBarBody>
          <MessageBarTitle>{S.crashedTitle}</MessageBarTitle>
          {S.crashed}
        </MessageBarBody>
      </MessageBar>
    );
  }
}

// A new adapter (another workbook, the demo's other sample) starts a fresh pane.
const adapterIds = new WeakMap<WorkbookAdapter, number>();
let nextAdapterId = 0;
function adapterKey(a: WorkbookAdapter): number {
  let id = adapterIds.get(a);
  if (id === undefined) adapterIds.set(a, (id = ++nextAdapterId));
  return id;
}

export function App(props: AppProps) {
  const key = adapterKey(props.adapter);
  return (
    <FluentProvider theme={webLightTheme} style={{ height: '100%', display: 'flex', flexDirection: 'column' }}>
      <PaneBoundary key={key}>
        <Pane {...props} />
      </PaneBoundary>
    </FluentProvider>
  );
}

export default App;
