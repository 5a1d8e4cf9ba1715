/**
 * The check result in two parts: the summary under the Kiểm tra button (sheet, plan year, counts by
 * severity, and on a budget sheet its own action) and the issue list (or the all-clear).
 */
import {
  Caption1, Field, SpinButton, Text, makeStyles, mergeClasses, tokens, type SpinButtonOnChangeData,
} from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import type { RefusedFix } from '../../core/verify';
import type { Fix } from '../../core/fix';
import type { Issue } from '../../core/issues';
import type { SheetReport } from '../../core/report';
import { PLAN_YEAR_MAX, PLAN_YEAR_MIN, severityLabel } from '../engine';
import { CheckmarkCircle20Filled } from '../icons';
import { countBySeverity } from '../state/issues';
import { S } from '../strings';
import { IssueList, SeverityIcon } from './IssueList';

const useStyles = makeStyles({
  summary: {
    display: 'flex', flexDirection: 'column', gap: '8px', padding: '10px', boxSizing: 'border-box', minWidth: 0,
    borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground2,
    border: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  sheet: { overflowWrap: 'anywhere' },
  yearRow: { display: 'flex', flexDirection: 'column', gap: '2px' },
  year: { width: '96px' },
  counts: { display: 'flex', gap: '6px', listStyleType: 'none', margin: 0, padding: 0 },
  count: {
    flex: '1 1 0', minWidth: 0, padding: '4px 6px', borderRadius: tokens.borderRadiusMedium, boxSizing: 'border-box',
    display: 'flex', flexDirection: 'column', alignItems: 'center',
  },
  countTop: { display: 'flex', alignItems: 'center', gap: '4px' },
  error: { backgroundColor: tokens.colorPaletteRedBackground1, color: tokens.colorPaletteRedForeground1 },
  warning: { backgroundColor: tokens.colorPaletteYellowBackground1, color: tokens.colorPaletteMarigoldForeground2 },
  info: { backgroundColor: tokens.colorBrandBackground2, color: tokens.colorPaletteBlueForeground2 },
  zero: { backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground3 },
  number: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  root: { display: 'flex', flexDirection: 'column', gap: '8px', minWidth: 0 },
  clear: {
    display: 'flex', alignItems: 'flex-start', gap: '8px', padding: '12px', borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorPaletteGreenBackground1, color: tokens.colorPaletteGreenForeground1,
  },
  clearIcon: { flexShrink: 0 },
  clearText: { display: 'flex', flexDirection: 'column', gap: '2px', color: tokens.colorNeutralForeground1 },
});


export interface CheckSummaryProps {
  report: SheetReport;
  planYear: number | undefined;
  busy: boolean;
  onPlanYear: (year: number | undefined) => void;
  /** What only this kind of sheet offers (Dự toán on a budget sheet). */
  children?: ReactNode;
}


/** The years the plan-year box accepts: those the settings and the CLI's --year take. */
export { PLAN_YEAR_MAX, PLAN_YEAR_MIN };

/** Why a typed plan year is refused, or undefined when it is a year the box accepts. */
export function planYearProblem(text: string): string | undefined {
  const t = text.trim();
  if (!/^\d{4}$/.test(t)) return S.planYearNotYear(t);
  const y = Number(t);
  if (y < PLAN_YEAR_MIN || y > PLAN_YEAR_MAX) return S.planYearOutOfRange(y, PLAN_YEAR_MIN, PLAN_YEAR_MAX);
  return undefined;
}

export function CheckSummary({ report, planYear, busy, onPlanYear, children }: CheckSummaryProps) {
  const styles = useStyles();
  const counts = countBySeverity(report.issues);
  const year = planYear ?? report.planYear;
  // A refused entry is said, not silently put back.
  const [refused, setRefused] = useState<string | undefined>();
  const onChange = (_: unknown, data: SpinButtonOnChangeData) => {
    const text = data.value != null ? String(data.value) : (data.displayValue ?? '');
    const problem = planYearProblem(text);
    setRefused(problem);
    if (!problem) onPlanYear(Number(text.trim()));
  };
  return (
    <section className={styles.summary} aria-label={S.summaryLabel} data-testid="check-summary">
      <Text size={300} className={styles.sheet} data-testid="sheet-summary">
        {S.sheet} <b>{report.name}</b>: {report.ownOutput ? S.ownReport : S.sheetKind[report.kind]}
        {rowCount(report)}.
      </Text>
      {report.kind === 'tasks' && (
        // Only task tables have deadlines to hold against a plan year.
        <Field
          className={styles.yearRow}
          label={S.planYear}
          size="small"
          validationState={refused ? 'error' : 'none'}
          validationMessage={refused ?? (report.planYear === undefined && planYear === undefined ? S.planYearUnknown : undefined)}
          data-testid="plan-year-field"
        >
          <SpinButton
            className={styles.year}
            data-testid="plan-year"
            value={year ?? null}
            min={PLAN_YEAR_MIN}
            max={PLAN_YEAR_MAX}
            disabled={busy}
            onChange={onChange}
            incrementButton={{ 'aria-label': S.planYearUp }}
            decrementButton={{ 'aria-label': S.planYearDown }}
          />
        </Field>
      )}
      {report.directory && (
        // Which directory of units judged the sheet, and why (Cài đặt chooses another).
        <Caption1 data-testid="directory-summary">
          {S.directory} {report.directory.name}
          {S.directorySource[report.directory.source]}.
        </Caption1>
      )}
      {/* Each tile reads as its text, "3 Lỗi": the number and the severity's word, the icon hidden. */}
      <ul className={styles.counts} aria-label={S.countsLabel(report.issues.length)} data-testid="counts">
        {(['error', 'warning', 'info'] as const).map((sev) => (
          <li key={sev} className={mergeClasses(styles.count, counts[sev] ? styles[sev] : styles.zero)} data-testid={`count-${sev}`}>
            <span className={styles.countTop}>
              <SeverityIcon severity={sev} decorative />
              <span className={styles.number}>{S.count(counts[sev])}</span>
            </span>
            <Caption1>{severityLabel(sev)}</Caption1>
          </li>
        ))}
      </ul>
      {children}
    </section>
  );
}

export interface CheckViewProps {
  report: SheetReport;
  fixes: readonly Fix[];
  /** Fixes refused at check time, with why: shown under their issue. */
  refused?: readonly RefusedFix[];
  busy: boolean;
  onSelect: (issue: Issue) => void;
  onFix: (fix: Fix) => void;
}

export function CheckView({ report, fixes, refused, busy, onSelect, onFix }: CheckViewProps) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label={S.resultLabel} data-testid="check-view">
      {report.issues.length === 0 ? (
        <div className={styles.clear} data-testid="no-issues" role="status">
          <CheckmarkCircle20Filled className={styles.clearIcon} />
          <div className={styles.clearText}>
            <Text weight="semibold">{S.noIssues}</Text>
            <Caption1>{S.noIssuesHint}</Caption1>
          </div>
        </div>
      ) : (
        <IssueList issues={report.issues} fixes={fixes} {...(refused && { refused })} disabled={busy} onSelect={onSelect} onFix={onFix} />
      )}
    </section>
  );
}

/** ", 40 nhiệm vụ" for a task table, ", 7 dòng chi" for a budget, nothing otherwise. */
function rowCount(report: SheetReport): string {
  if (report.kind === 'tasks') return S.taskCount(report.rows.filter((r) => r.kind === 'task').length);
  if (report.kind === 'budget') return S.budgetLineCount(report.rows.filter((r) => r.kind === 'line' || r.kind === 'savings').length);
  return '';
}
