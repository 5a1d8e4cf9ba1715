/**
 * The Tiến độ tab: where the plan stands on a chosen date (today by default), from the engine's
 * report alone. Tasks by due quarter (a bar chart, then a table by lead unit, recurring and
 * conditional tasks apart), what falls due in the next 30 days, what is overdue — clicking a task
 * selects its row — and "Tạo báo cáo quý", which writes the period's report as a new sheet.
 */
import { Button, Caption1, Field, Input, MessageBar, MessageBarActions, MessageBarBody, Select, Spinner, Subtitle2, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { stateLabel, viDate } from '../../core/messages';
import { itemText, NO_LEAD, periodOf, progressOverview, type Period, type PeriodKind, type ProgressItem } from '../../core/progress';
import type { SheetReport } from '../../core/report';
import type { PaneError } from '../errors';
import type { Notice } from '../state/usePane';
import { S } from '../strings';
import { Action } from './Action';

const P = S.progress;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '12px', minWidth: 0 },
  row: { display: 'flex', gap: '8px', alignItems: 'flex-end', flexWrap: 'wrap' },
  date: { width: '150px' },
  section: { display: 'flex', flexDirection: 'column', gap: '6px', minWidth: 0 },
  totals: { color: tokens.colorNeutralForeground2 },
  chart: { display: 'flex', gap: '10px', alignItems: 'flex-end', height: '96px', padding: '4px 4px 0', borderBottom: `1px solid ${tokens.colorNeutralStroke1}` },
  barCol: { flex: '1 1 0', display: 'flex', flexDirection: 'column', alignItems: 'center', gap: '2px', minWidth: 0, height: '100%', justifyContent: 'flex-end' },
  bar: { width: '100%', maxWidth: '44px', display: 'flex', flexDirection: 'column-reverse', borderRadius: '3px 3px 0 0', overflow: 'hidden', backgroundColor: tokens.colorBrandBackground2 },
  done: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  open: { backgroundColor: tokens.colorBrandBackground },
  barLabels: { display: 'flex', gap: '10px', padding: '0 4px' },
  barLabel: { flex: '1 1 0', textAlign: 'center', fontSize: tokens.fontSizeBase200 },
  legend: { display: 'flex', gap: '12px', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  swatch: { display: 'inline-block', width: '10px', height: '10px', marginRight: '4px', borderRadius: '2px', verticalAlign: 'middle' },
  // Auto layout: each count column as wide as its header ("Khác", "Tổng" never run together in a
  // 320 px pane); the unit column takes what is left and wraps.
  table: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, tableLayout: 'auto' },
  th: { textAlign: 'right', padding: '3px 2px 3px 6px', whiteSpace: 'nowrap', fontWeight: tokens.fontWeightSemibold, borderBottom: `1px solid ${tokens.colorNeutralStroke1}` },
  thLead: { textAlign: 'left', whiteSpace: 'normal', width: '100%' },
  td: { textAlign: 'right', padding: '3px 2px 3px 6px', borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, fontVariantNumeric: 'tabular-nums' },
  tdLead: { textAlign: 'left', overflowWrap: 'anywhere' },
  items: { display: 'flex', flexDirection: 'column', gap: '2px', margin: 0, padding: 0, listStyle: 'none' },
  item: { justifyContent: 'flex-start', textAlign: 'left', minWidth: 0, height: 'auto', padding: '4px 6px', fontWeight: tokens.fontWeightRegular },
  itemText: { display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere' },
  overdue: { color: tokens.colorPaletteRedForeground1 },
  muted: { color: tokens.colorNeutralForeground3 },
  report: { display: 'flex', flexDirection: 'column', gap: '8px', padding: '10px', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
});

const ROMAN = ['I', 'II', 'III', 'IV'];
const PERIODS: { value: string; label: string; kind: PeriodKind; quarter?: number }[] = [
  { value: 'q1', label: P.quarter('I'), kind: 'quarter', quarter: 1 },
  { value: 'q2', label: P.quarter('II'), kind: 'quarter', quarter: 2 },
  { value: 'q3', label: P.quarter('III'), kind: 'quarter', quarter: 3 },
  { value: 'q4', label: P.quarter('IV'), kind: 'quarter', quarter: 4 },
  { value: 'h1', label: P.half, kind: 'half' },
  { value: 'm9', label: P.nineMonths, kind: 'nine-months' },
  { value: 'y', label: P.year, kind: 'year' },
];

/** The report a clerk makes on `asOf`: the last quarter that has ended, else the current one. */
export function defaultPeriod(asOf: string, year: number): string {
  const y = Number(asOf.slice(0, 4));
  const m = Number(asOf.slice(5, 7));
  if (y > year) return 'q4';
  if (y < year) return 'q1';
  const ended = Math.floor((m - 1) / 3); // quarters fully past
  return `q${Math.max(1, ended)}`;
}

export interface ProgressPanelProps {
  report: SheetReport | null;
  /** ISO yyyy-mm-dd. */
  today: string;
  busy: boolean;
  /** What the tab's own actions are doing ('' for a quick step), their outcome. */
  working: string | null;
  notice: Notice | null;
  error: PaneError | null;
  onDismiss: () => void;
  canAddColumn: boolean;
  canAddSheet: boolean;
  onSelectRow: (row: number) => void;
  onAddStatusColumn: () => void;
  onCreateReport: (period: Period, asOf: string) => void;
}

export function ProgressPanel(props: ProgressPanelProps) {
  const styles = useStyles();
  const { report, today } = props;
  const [asOf, setAsOf] = useState(today);
  const date = /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : today;
  const overview = useMemo(() => (report?.kind === 'tasks' ? progressOverview(report, date) : null), [report, date]);
  const planYear = report?.planYear ?? Number(date.slice(0, 4));
  const [period, setPeriod] = useState<string | null>(null);
  const chosen = period ?? defaultPeriod(date, planYear);

  const messages = (
    <>
      {props.working && (
        <div className={styles.row} role="status">
          <Spinner size="tiny" />
          <Text size={200}>{props.working}</Text>
        </div>
      )}
      {props.error && (
        <MessageBar intent="error" layout="multiline" data-testid="progress-error">
          <MessageBarBody>
            <strong>{props.error.title}.</strong> {props.error.message}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="transparent" onClick={props.onDismiss}>
              {S.close}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {props.notice && (
        <MessageBar intent={props.notice.intent} layout="multiline" data-testid="progress-notice">
          <MessageBarBody>{props.notice.text}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="transparent" onClick={props.onDismiss}>
              {S.close}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </>
  );

  if (!report || !overview) {
    return (
      <section className={styles.root} aria-label={S.progressTab} data-testid="progress-panel">
        {messages}
        <Text size={200} className={styles.muted}>
          {report ? P.notTasks : P.empty}
        </Text>
      </section>
    );
  }

  const t = overview.totals;
  const max = Math.max(1, ...overview.byQuarter.map((q) => q.total));
  const showOther = overview.byLead.some((l) => l.other > 0);
  const selected = PERIODS.find((p) => p.value === chosen) ?? PERIODS[0]!;
  const reportPeriod = periodOf(selected.kind, planYear, selected.quarter);
  const item = (it: ProgressItem, late: boolean) => (
    <li key={it.row}>
      <Button
        appearance="subtle"
        className={styles.item}
        data-testid={`progress-row-${it.row}`}
        disabled={props.busy}
        onClick={() => props.onSelectRow(it.row)}
      >
        <span className={styles.itemText}>
          <span className={late ? styles.overdue : undefined}>
            {it.due ? viDate(it.due) : ''} — {itemText(it) || S.rowChip(it.row)}
          </span>
          <Caption1 className={styles.muted}>
            {S.rowChip(it.row)} · {it.lead.join(', ') || NO_LEAD}
            {it.status ? ` · ${it.status.text}` : ''}
          </Caption1>
        </span>
      </Button>
    </li>
  );

  /** A titled list of tasks (overdue, due soon), or a line saying there are none. */
  const itemList = (title: string, items: readonly ProgressItem[], late: boolean, testId: string, none: string) => (
    <div className={styles.section}>
      <Subtitle2 as="h3">{title}</Subtitle2>
      {items.length ? (
        <ul className={styles.items} data-testid={testId}>
          {items.map((it) => item(it, late))}
        </ul>
      ) : (
        <Text size={200} className={styles.muted}>
          {none}
        </Text>
      )}
    </div>
  );

  return (
    <section className={styles.root} aria-label={S.progressTab} data-testid="progress-panel">
      {messages}
      <div className={styles.row}>
        <Field label={P.asOf} size="small">
          <Input type="date" size="small" className={styles.date} value={asOf} onChange={(_, d) => setAsOf(d.value)} data-testid="progress-date" />
        </Field>
      </div>

      {!overview.hasStatusColumn && (
        <MessageBar intent="info" layout="multiline" data-testid="no-status-column">
          <MessageBarBody>
            {P.noStatusColumn}
            {props.canAddColumn ? P.addColumnOffer : ''}
          </MessageBarBody>
          {props.canAddColumn && (
            <MessageBarActions>
              <Action
                id="btn-add-status"
                tip={P.addColumnTip}
                size="small"
                disabled={props.busy}
                onClick={props.onAddStatusColumn}
              >
                {P.addColumn}
              </Action>
            </MessageBarActions>
          )}
        </MessageBar>
      )}

      <div className={styles.section}>
        <Subtitle2 as="h3">{P.byQuarter}</Subtitle2>
        <Text size={200} className={styles.totals} data-testid="progress-totals">
          {P.totals(t, overview.planYear)}
        </Text>
        <div
          className={styles.chart}
          role="img"
          aria-label={overview.byQuarter.map((q) => P.bar(ROMAN[q.quarter - 1] ?? '', q.total, q.done)).join('; ')}
          data-testid="progress-chart"
        >
          {overview.byQuarter.map((q) => (
            <div key={q.quarter} className={styles.barCol}>
              <Caption1>{S.count(q.total)}</Caption1>
              <div className={styles.bar} style={{ height: `${(q.total / max) * 70}px` }} data-testid={`bar-q${q.quarter}`}>
                <div className={styles.done} style={{ height: `${q.total ? (q.done / q.total) * 100 : 0}%` }} />
                <div className={styles.open} style={{ flexGrow: 1 }} />
              </div>
            </div>
          ))}
        </div>
        <div className={styles.barLabels} aria-hidden>
          {ROMAN.map((r) => (
            <span key={r} className={styles.barLabel}>
              {P.quarter(r)}
            </span>
          ))}
        </div>
        <div className={styles.legend}>
          <span>
            <span className={mergeClasses(styles.swatch, styles.done)} />
            {P.done}
          </span>
          <span>
            <span className={mergeClasses(styles.swatch, styles.open)} />
            {P.notDone}
          </span>
        </div>
        <table className={styles.table} data-testid="progress-table">
          <caption className={styles.muted} style={{ textAlign: 'left', fontSize: tokens.fontSizeBase200 }}>
            {P.tableCaption}
          </caption>
          <thead>
            <tr>
              <th scope="col" className={mergeClasses(styles.th, styles.thLead)}>
                {P.unit}
              </th>
              {ROMAN.map((r) => (
                <th key={r} scope="col" className={styles.th}>
                  {r}
                </th>
              ))}
              <th scope="col" className={styles.th} title={P.recurringTitle}>
                {P.recurring}
              </th>
              <th scope="col" className={styles.th} title={P.conditionalTitle}>
                {P.conditional}
              </th>
              {showOther && (
                <th scope="col" className={styles.th} title={P.otherTitle}>
                  {P.other}
                </th>
              )}
              <th scope="col" className={styles.th}>
                {P.total}
              </th>
            </tr>
          </thead>
          <tbody>
            {overview.byLead.map((l) => (
              <tr key={l.lead}>
                <th scope="row" className={mergeClasses(styles.td, styles.tdLead)} style={{ fontWeight: 'normal' }}>
                  {l.lead}
                </th>
                {l.quarters.map((n, i) => (
                  <td key={i} className={styles.td}>
                    {n ? S.count(n) : ''}
                  </td>
                ))}
                <td className={styles.td}>{l.recurring ? S.count(l.recurring) : ''}</td>
                <td className={styles.td}>{l.conditional ? S.count(l.conditional) : ''}</td>
                {showOther && <td className={styles.td}>{l.other ? S.count(l.other) : ''}</td>}
                <td className={styles.td}>
                  <strong>{S.count(l.total)}</strong>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {itemList(P.overdue(overview.overdue.length), overview.overdue, true, 'progress-overdue', P.noOverdue)}
      {itemList(P.dueSoon(overview.dueSoon.length), overview.dueSoon, false, 'progress-due-soon', P.noDueSoon)}

      {props.canAddSheet && (
        <div className={styles.report}>
          <Subtitle2 as="h3">{P.reportTitle}</Subtitle2>
          <div className={styles.row}>
            <Field label={P.period} size="small">
              <Select size="small" value={chosen} onChange={(_, d) => setPeriod(d.value)} data-testid="report-period">
                {PERIODS.map((p) => (
                  <option key={p.value} value={p.value}>
                    {P.periodOption(p.label, planYear)}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <Caption1>
            {P.reportHint(viDate(date))}
          </Caption1>
          {date < reportPeriod.start && (
            <MessageBar intent="warning" layout="multiline" data-testid="report-date-before-period">
              <MessageBarBody>{P.dateBeforePeriod(viDate(date), reportPeriod.label, viDate(reportPeriod.start))}</MessageBarBody>
            </MessageBar>
          )}
          <Action
            id="btn-create-report"
            tip={P.createReportTip}
            appearance="primary"
            disabled={props.busy}
            onClick={() => props.onCreateReport(reportPeriod, date)}
          >
            {P.createReport}
          </Action>
        </div>
      )}
      <Caption1 className={styles.muted}>{P.judged([stateLabel('done-on-time'), stateLabel('done-late'), stateLabel('overdue')])}</Caption1>
    </section>
  );
}
