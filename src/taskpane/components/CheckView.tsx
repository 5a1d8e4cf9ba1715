/** The check result: sheet, plan year (editable), counts by severity and the issue list. */
import { Body1, Caption1, Field, SpinButton, Text, makeStyles, tokens, type SpinButtonOnChangeData } from '@fluentui/react-components';
import type { Fix } from '../../core/fix';
import type { Issue } from '../../core/issues';
import type { SheetReport } from '../../core/report';
import { severityLabel } from '../engine';
import { countBySeverity } from '../state/issues';
import { IssueList } from './IssueList';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '8px' },
  counts: { display: 'flex', gap: '6px' },
  count: {
    flex: '1 1 0', textAlign: 'center', padding: '6px 0', borderRadius: tokens.borderRadiusMedium,
    display: 'flex', flexDirection: 'column',
  },
  error: { backgroundColor: tokens.colorPaletteRedBackground1, color: tokens.colorPaletteRedForeground1 },
  warning: { backgroundColor: tokens.colorPaletteYellowBackground1, color: tokens.colorPaletteMarigoldForeground2 },
  info: { backgroundColor: tokens.colorPaletteBlueBackground2, color: tokens.colorPaletteBlueForeground2 },
  number: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

const KIND: Record<SheetReport['kind'], string> = {
  tasks: 'bảng nhiệm vụ',
  budget: 'bảng dự toán kinh phí',
  none: 'không nhận ra bảng',
};

export interface CheckViewProps {
  report: SheetReport;
  fixes: readonly Fix[];
  planYear: number | undefined;
  busy: boolean;
  onPlanYear: (year: number | undefined) => void;
  onSelect: (issue: Issue) => void;
  onFix: (fix: Fix) => void;
}

export function CheckView({ report, fixes, planYear, busy, onPlanYear, onSelect, onFix }: CheckViewProps) {
  const styles = useStyles();
  const counts = countBySeverity(report.issues);
  const year = planYear ?? report.planYear;
  const onChange = (_: unknown, data: SpinButtonOnChangeData) => {
    const v = data.value ?? (data.displayValue !== undefined ? Number.parseInt(data.displayValue, 10) : NaN);
    if (v !== null && Number.isFinite(v) && v >= 1990 && v <= 2100) onPlanYear(v);
  };
  return (
    <section className={styles.root} aria-label="Kết quả kiểm tra" data-testid="check-view">
      <Body1 data-testid="sheet-summary">
        Trang tính <b>{report.name}</b>: {KIND[report.kind]}
        {rowCount(report)}.
      </Body1>
      {report.kind === 'tasks' && (
        // Only task tables have deadlines to hold against a plan year.
        <Field label="Năm kế hoạch" hint={report.planYear === undefined && planYear === undefined ? 'Chưa xác định được năm: hãy nhập năm.' : undefined}>
          <SpinButton
            data-testid="plan-year"
            aria-label="Năm kế hoạch"
            value={year ?? null}
            min={1990}
            max={2100}
            disabled={busy}
            onChange={onChange}
          />
        </Field>
      )}
      <div className={styles.counts} role="group" aria-label="Số vấn đề theo mức độ">
        {(['error', 'warning', 'info'] as const).map((sev) => (
          <div key={sev} className={`${styles.count} ${styles[sev]}`} data-testid={`count-${sev}`} aria-label={`${severityLabel(sev)}: ${counts[sev]}`}>
            <span className={styles.number}>{counts[sev]}</span>
            <Caption1>{severityLabel(sev)}</Caption1>
          </div>
        ))}
      </div>
      {report.issues.length === 0 ? (
        <Text data-testid="no-issues">Không phát hiện vấn đề nào.</Text>
      ) : (
        <IssueList issues={report.issues} fixes={fixes} disabled={busy} onSelect={onSelect} onFix={onFix} />
      )}
    </section>
  );
}

/** ", 40 nhiệm vụ" for a task table, ", 7 dòng chi" for a budget, nothing otherwise. */
function rowCount(report: SheetReport): string {
  if (report.kind === 'tasks') return `, ${report.rows.filter((r) => r.kind === 'task').length} nhiệm vụ`;
  if (report.kind === 'budget') return `, ${report.rows.filter((r) => r.kind === 'line' || r.kind === 'savings').length} dòng chi`;
  return '';
}
