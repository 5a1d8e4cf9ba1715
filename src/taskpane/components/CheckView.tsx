/**
 * The check result in two parts: the summary under the Kiểm tra button (sheet, plan year, counts by
 * severity, and on a budget sheet its own action) and the issue list (or the all-clear).
 */
import {
  Caption1, Label, SpinButton, Text, makeStyles, mergeClasses, tokens, useId, type SpinButtonOnChangeData,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Fix } from '../../core/fix';
import type { Issue } from '../../core/issues';
import type { SheetReport } from '../../core/report';
import { severityLabel } from '../engine';
import { CheckmarkCircle20Filled } from '../icons';
import { countBySeverity } from '../state/issues';
import { IssueList, SeverityIcon } from './IssueList';

const useStyles = makeStyles({
  summary: {
    display: 'flex', flexDirection: 'column', gap: '8px', padding: '10px', boxSizing: 'border-box', minWidth: 0,
    borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground2,
    border: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  sheet: { overflowWrap: 'anywhere' },
  yearRow: { display: 'flex', alignItems: 'center', gap: '8px', flexWrap: 'wrap' },
  year: { width: '96px' },
  counts: { display: 'flex', gap: '6px' },
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

const KIND: Record<SheetReport['kind'], string> = {
  tasks: 'bảng nhiệm vụ',
  budget: 'bảng dự toán kinh phí',
  none: 'không nhận ra bảng',
};

export interface CheckSummaryProps {
  report: SheetReport;
  planYear: number | undefined;
  busy: boolean;
  onPlanYear: (year: number | undefined) => void;
  /** What only this kind of sheet offers (Dự toán on a budget sheet). */
  children?: ReactNode;
}

const DIRECTORY_SOURCE: Record<NonNullable<SheetReport['directory']>['source'], string> = {
  title: ' (tự chọn theo cơ quan ban hành ở tiêu đề)',
  cover: ' (tự chọn theo cơ quan ban hành ở trang bìa)',
  year: ' (tự chọn theo năm kế hoạch)',
  config: ' (chọn trong Cài đặt)',
};

export function CheckSummary({ report, planYear, busy, onPlanYear, children }: CheckSummaryProps) {
  const styles = useStyles();
  const yearId = useId('plan-year');
  const counts = countBySeverity(report.issues);
  const year = planYear ?? report.planYear;
  const onChange = (_: unknown, data: SpinButtonOnChangeData) => {
    const v = data.value ?? (data.displayValue !== undefined ? Number.parseInt(data.displayValue, 10) : NaN);
    if (v !== null && Number.isFinite(v) && v >= 1990 && v <= 2100) onPlanYear(v);
  };
  return (
    <section className={styles.summary} aria-label="Tóm tắt kết quả kiểm tra" data-testid="check-summary">
      <Text size={300} className={styles.sheet} data-testid="sheet-summary">
        Trang tính <b>{report.name}</b>: {KIND[report.kind]}
        {rowCount(report)}.
      </Text>
      {report.kind === 'tasks' && (
        // Only task tables have deadlines to hold against a plan year.
        <div className={styles.yearRow}>
          <Label htmlFor={yearId} size="small" weight="semibold">
            Năm kế hoạch
          </Label>
          <SpinButton
            id={yearId}
            className={styles.year}
            data-testid="plan-year"
            aria-label="Năm kế hoạch"
            value={year ?? null}
            min={1990}
            max={2100}
            disabled={busy}
            onChange={onChange}
          />
          {report.planYear === undefined && planYear === undefined && <Caption1>Chưa xác định được năm: hãy nhập năm.</Caption1>}
        </div>
      )}
      {report.directory && (
        // Which directory of units judged the sheet, and why (Cài đặt chooses another).
        <Caption1 data-testid="directory-summary">
          Danh mục: {report.directory.name}
          {DIRECTORY_SOURCE[report.directory.source]}.
        </Caption1>
      )}
      <div className={styles.counts} role="group" aria-label="Số vấn đề theo mức độ">
        {(['error', 'warning', 'info'] as const).map((sev) => (
          <div
            key={sev}
            className={mergeClasses(styles.count, counts[sev] ? styles[sev] : styles.zero)}
            data-testid={`count-${sev}`}
            aria-label={`${severityLabel(sev)}: ${counts[sev]}`}
          >
            <span className={styles.countTop}>
              <SeverityIcon severity={sev} />
              <span className={styles.number}>{counts[sev]}</span>
            </span>
            <Caption1>{severityLabel(sev)}</Caption1>
          </div>
        ))}
      </div>
      {children}
    </section>
  );
}

export interface CheckViewProps {
  report: SheetReport;
  fixes: readonly Fix[];
  busy: boolean;
  onSelect: (issue: Issue) => void;
  onFix: (fix: Fix) => void;
}

export function CheckView({ report, fixes, busy, onSelect, onFix }: CheckViewProps) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label="Kết quả kiểm tra" data-testid="check-view">
      {report.issues.length === 0 ? (
        <div className={styles.clear} data-testid="no-issues" role="status">
          <CheckmarkCircle20Filled className={styles.clearIcon} />
          <div className={styles.clearText}>
            <Text weight="semibold">Không phát hiện lỗi nào.</Text>
            <Caption1>Khi sửa bảng, bấm “Kiểm tra” lần nữa để xem lại.</Caption1>
          </div>
        </div>
      ) : (
        <IssueList issues={report.issues} fixes={fixes} disabled={busy} onSelect={onSelect} onFix={onFix} />
      )}
    </section>
  );
}

/** ", 40 nhiệm vụ" for a task table, ", 7 dòng chi" for a budget, nothing otherwise. */
function rowCount(report: SheetReport): string {
  if (report.kind === 'tasks') return `, ${report.rows.filter((r) => r.kind === 'task').length.toLocaleString('vi-VN')} nhiệm vụ`;
  if (report.kind === 'budget') return `, ${report.rows.filter((r) => r.kind === 'line' || r.kind === 'savings').length.toLocaleString('vi-VN')} dòng chi`;
  return '';
}
