/**
 * The issues, grouped by kind, in a windowed list: only the rows in view (plus a few) are in the
 * DOM, so a 20,000-row sheet with thousands of issues stays responsive. Each group folds away
 * (its header says how many issues it holds); each issue shows its severity, its cell as a chip
 * (clicking the issue selects the cell in Excel), the message, the suggestion and its fix.
 */
import { Button, CounterBadge, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useCallback, useMemo, useRef, useState, type KeyboardEvent, type ReactElement, type UIEvent } from 'react';
import type { Fix } from '../../core/fix';
import type { Issue } from '../../core/issues';
import { codeTitle, renderMessage, severityLabel } from '../engine';
import {
  ArrowRight16Regular, ChevronDown16Regular, ChevronRight16Regular, ErrorCircle16Filled, Lightbulb16Filled, Warning16Filled, Wrench16Regular,
} from '../icons';
import { fixesByIssue, groupIssues, issueKey, issueTestId } from '../state/issues';

export const GROUP_HEIGHT = 36;
export const ISSUE_HEIGHT = 92;
const VIEWPORT = 440;
const OVERSCAN = 6;

type Severity = Issue['severity'];

type Item =
  | { type: 'group'; key: string; title: string; count: number; severity: Severity; code: string; open: boolean }
  | { type: 'issue'; key: string; issue: Issue; fix: Fix | undefined };

const useStyles = makeStyles({
  viewport: {
    overflowY: 'auto', overflowX: 'hidden', position: 'relative',
    border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium,
  },
  group: {
    display: 'flex', alignItems: 'center', gap: '6px', width: '100%', height: '100%', padding: '0 8px', boxSizing: 'border-box',
    border: 'none', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, backgroundColor: tokens.colorNeutralBackground3,
    fontFamily: 'inherit', fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1,
    textAlign: 'left', cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground3Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  groupTitle: { flexGrow: 1, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  icon: { flexShrink: 0, display: 'inline-flex' },
  issue: {
    boxSizing: 'border-box', padding: '6px 8px 6px 10px', overflow: 'hidden',
    display: 'flex', flexDirection: 'column', gap: '2px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, borderLeft: '3px solid transparent',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  clickable: { cursor: 'pointer' },
  line: { display: 'flex', alignItems: 'center', gap: '6px', minHeight: '24px' },
  chip: {
    display: 'inline-flex', alignItems: 'center', height: '20px', padding: '0 8px', borderRadius: tokens.borderRadiusCircular,
    fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorBrandBackground2, color: tokens.colorBrandForeground2,
    border: `1px solid ${tokens.colorBrandStroke2}`,
  },
  rowChip: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground2, border: `1px solid ${tokens.colorNeutralStroke2}` },
  grow: { flexGrow: 1 },
  message: {
    display: '-webkit-box', WebkitLineClamp: '2', WebkitBoxOrient: 'vertical', overflow: 'hidden',
    fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, color: tokens.colorNeutralForeground1,
  },
  suggestion: {
    display: 'flex', alignItems: 'center', gap: '4px', minWidth: 0,
    fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, color: tokens.colorPaletteGreenForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  suggestionText: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  info: { borderLeftColor: tokens.colorPaletteBlueBorderActive },
  errorIcon: { color: tokens.colorPaletteRedForeground1 },
  warningIcon: { color: tokens.colorPaletteMarigoldForeground1 },
  infoIcon: { color: tokens.colorPaletteBlueForeground2 },
});

const ICON: Record<Severity, (p: { className?: string }) => ReactElement> = {
  error: (p) => <ErrorCircle16Filled {...p} />,
  warning: (p) => <Warning16Filled {...p} />,
  info: (p) => <Lightbulb16Filled {...p} />,
};

/** The severity's icon and colour, labelled for screen readers. */
export function SeverityIcon({ severity }: { severity: Severity }) {
  const styles = useStyles();
  const Icon = ICON[severity];
  return (
    <span className={mergeClasses(styles.icon, styles[`${severity}Icon`])} role="img" aria-label={severityLabel(severity)}>
      <Icon />
    </span>
  );
}

export interface IssueListProps {
  issues: readonly Issue[];
  fixes: readonly Fix[];
  disabled: boolean;
  onSelect: (issue: Issue) => void;
  onFix: (fix: Fix) => void;
}

export function IssueList({ issues, fixes, disabled, onSelect, onFix }: IssueListProps) {
  const styles = useStyles();
  const [closed, setClosed] = useState<ReadonlySet<string>>(() => new Set());
  const toggleGroup = useCallback(
    (code: string) =>
      setClosed((cur) => {
        const next = new Set(cur);
        if (!next.delete(code)) next.add(code);
        return next;
      }),
    [],
  );
  const items = useMemo<Item[]>(() => {
    const byIssue = fixesByIssue(fixes);
    const out: Item[] = [];
    for (const g of groupIssues(issues)) {
      const open = !closed.has(g.code);
      out.push({ type: 'group', key: `g-${g.code}`, title: codeTitle(g.code), count: g.issues.length, severity: g.severity, code: g.code, open });
      if (open) g.issues.forEach((i, n) => out.push({ type: 'issue', key: `${issueKey(i)}#${n}`, issue: i, fix: byIssue.get(issueKey(i)) }));
    }
    return out;
  }, [issues, fixes, closed]);

  const offsets = useMemo(() => {
    const o = new Array<number>(items.length + 1);
    o[0] = 0;
    items.forEach((it, i) => (o[i + 1] = o[i]! + (it.type === 'group' ? GROUP_HEIGHT : ISSUE_HEIGHT)));
    return o;
  }, [items]);
  const total = offsets[items.length] ?? 0;

  const [scrollTop, setScrollTop] = useState(0);
  const viewportRef = useRef<HTMLDivElement>(null);
  const onScroll = useCallback((e: UIEvent<HTMLDivElement>) => setScrollTop(e.currentTarget.scrollTop), []);
  // The border (2 px) is inside the height: no inner scroll bar when everything fits.
  const height = Math.min(total + 2, VIEWPORT);
  const view = viewportRef.current?.clientHeight || height || VIEWPORT;

  // First item whose bottom is below the top of the view (binary search over offsets).
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid + 1]! <= scrollTop) lo = mid + 1;
    else hi = mid;
  }
  const start = Math.max(0, lo - OVERSCAN);
  let end = lo;
  while (end < items.length && offsets[end]! < scrollTop + view) end++;
  end = Math.min(items.length, end + OVERSCAN);

  const visible = items.slice(start, end);
  return (
    <div
      ref={viewportRef}
      className={styles.viewport}
      style={{ height, boxSizing: 'border-box' }}
      onScroll={onScroll}
      role="list"
      aria-label="Danh sách vấn đề"
      data-testid="issue-list"
    >
      <div style={{ height: total, position: 'relative' }}>
        {visible.map((it, k) => {
          const top = offsets[start + k]!;
          if (it.type === 'group') {
            return (
              <div
                key={it.key}
                role="presentation"
                style={{ position: 'absolute', top, left: 0, right: 0, height: GROUP_HEIGHT }}
                data-testid={`issue-group-${it.code}`}
              >
                <button
                  type="button"
                  className={styles.group}
                  aria-expanded={it.open}
                  title={it.open ? 'Bấm để thu gọn nhóm này' : 'Bấm để mở nhóm này'}
                  onClick={() => toggleGroup(it.code)}
                >
                  <span className={styles.icon} aria-hidden>
                    {it.open ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
                  </span>
                  <SeverityIcon severity={it.severity} />
                  <span className={styles.groupTitle}>{it.title}</span>
                  <CounterBadge count={it.count} overflowCount={9999} size="small" appearance="ghost" color="informative" aria-label={`${it.count} vấn đề`} />
                </button>
              </div>
            );
          }
          return (
            <IssueItem
              key={it.key}
              issue={it.issue}
              fix={it.fix}
              top={top}
              disabled={disabled}
              onSelect={onSelect}
              onFix={onFix}
              styles={styles}
            />
          );
        })}
      </div>
    </div>
  );
}

interface IssueItemProps {
  issue: Issue;
  fix: Fix | undefined;
  top: number;
  disabled: boolean;
  onSelect: (issue: Issue) => void;
  onFix: (fix: Fix) => void;
  styles: ReturnType<typeof useStyles>;
}

function IssueItem({ issue, fix, top, disabled, onSelect, onFix, styles }: IssueItemProps) {
  const message = safeMessage(issue);
  const where = issue.cell ?? `Dòng ${issue.row}`;
  const suggestion = issue.suggestion !== undefined && issue.suggestion !== '' ? `Đề xuất: ${issue.suggestion}` : '';
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target === e.currentTarget && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      onSelect(issue);
    }
  };
  return (
    <div
      role="listitem"
      tabIndex={0}
      className={mergeClasses(styles.issue, styles[issue.severity], issue.cell && styles.clickable)}
      style={{ position: 'absolute', top, left: 0, right: 0, height: ISSUE_HEIGHT }}
      data-testid={issueTestId(issue)}
      data-severity={issue.severity}
      aria-label={`${severityLabel(issue.severity)}, ${where}: ${message}${suggestion ? `. ${suggestion}` : ''}`}
      title={issue.cell ? `Bấm để chọn ô ${issue.cell} trên trang tính` : undefined}
      onClick={() => onSelect(issue)}
      onKeyDown={onKeyDown}
    >
      <div className={styles.line}>
        <SeverityIcon severity={issue.severity} />
        <span className={mergeClasses(styles.chip, !issue.cell && styles.rowChip)}>{where}</span>
        <span className={styles.grow} />
        {fix && (
          <Button
            size="small"
            appearance="primary"
            icon={<Wrench16Regular />}
            disabled={disabled}
            title={fix.label}
            onClick={(e) => {
              e.stopPropagation();
              onFix(fix);
            }}
          >
            Sửa
          </Button>
        )}
      </div>
      <div className={styles.message}>{message}</div>
      {suggestion && (
        <div className={styles.suggestion}>
          <span className={styles.icon} aria-hidden>
            <ArrowRight16Regular />
          </span>
          <span className={styles.suggestionText} title={suggestion}>
            {suggestion}
          </span>
        </div>
      )}
    </div>
  );
}

function safeMessage(issue: Issue): string {
  try {
    return renderMessage(issue);
  } catch {
    return issue.code;
  }
}
