/**
 * The issues, grouped by kind, in a windowed list: only the rows in view (plus a few) are in the
 * DOM, so a 20,000-row sheet with thousands of issues stays responsive.
 */
import { Badge, Button, Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useMemo, useRef, useState, type KeyboardEvent, type UIEvent } from 'react';
import type { Fix } from '../../core/fix';
import type { Issue } from '../../core/issues';
import { codeTitle, renderMessage, severityLabel } from '../engine';
import { fixesByIssue, groupIssues, issueKey, issueTestId } from '../state/issues';

export const GROUP_HEIGHT = 34;
export const ISSUE_HEIGHT = 84;
const VIEWPORT = 420;
const OVERSCAN = 6;

type Item =
  | { type: 'group'; key: string; title: string; count: number; severity: Issue['severity']; code: string }
  | { type: 'issue'; key: string; issue: Issue; fix: Fix | undefined };

const useStyles = makeStyles({
  viewport: { overflowY: 'auto', position: 'relative', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  group: {
    display: 'flex', alignItems: 'center', gap: '6px', padding: '0 8px', boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightSemibold,
  },
  issue: {
    boxSizing: 'border-box', padding: '6px 8px', cursor: 'pointer', overflow: 'hidden',
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorBrandStroke1}` },
  },
  line: { display: 'flex', alignItems: 'center', gap: '6px' },
  message: { display: '-webkit-box', WebkitLineClamp: '2', WebkitBoxOrient: 'vertical', overflow: 'hidden', fontSize: tokens.fontSizeBase200 },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  grow: { flexGrow: 1 },
});

const COLOR: Record<Issue['severity'], 'danger' | 'warning' | 'informative'> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};

export interface IssueListProps {
  issues: readonly Issue[];
  fixes: readonly Fix[];
  disabled: boolean;
  onSelect: (issue: Issue) => void;
  onFix: (fix: Fix) => void;
}

export function IssueList({ issues, fixes, disabled, onSelect, onFix }: IssueListProps) {
  const styles = useStyles();
  const items = useMemo<Item[]>(() => {
    const byIssue = fixesByIssue(fixes);
    const out: Item[] = [];
    for (const g of groupIssues(issues)) {
      out.push({ type: 'group', key: `g-${g.code}`, title: codeTitle(g.code), count: g.issues.length, severity: g.severity, code: g.code });
      g.issues.forEach((i, n) => out.push({ type: 'issue', key: `${issueKey(i)}#${n}`, issue: i, fix: byIssue.get(issueKey(i)) }));
    }
    return out;
  }, [issues, fixes]);

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
  const height = Math.min(total, VIEWPORT);
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
      style={{ height }}
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
                className={styles.group}
                style={{ position: 'absolute', top, left: 0, right: 0, height: GROUP_HEIGHT }}
                data-testid={`issue-group-${it.code}`}
              >
                <Badge size="small" color={COLOR[it.severity]} shape="rounded">
                  {severityLabel(it.severity)}
                </Badge>
                <Text size={200} weight="semibold" truncate wrap={false} className={styles.grow} title={it.title}>
                  {it.title}
                </Text>
                <Caption1>{it.count}</Caption1>
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
              className={styles.issue}
              lineClass={styles.line}
              messageClass={styles.message}
              cellClass={styles.cell}
              growClass={styles.grow}
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
  className: string;
  lineClass: string;
  messageClass: string;
  cellClass: string;
  growClass: string;
}

function IssueItem({ issue, fix, top, disabled, onSelect, onFix, className, lineClass, messageClass, cellClass, growClass }: IssueItemProps) {
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
      className={className}
      style={{ position: 'absolute', top, left: 0, right: 0, height: ISSUE_HEIGHT }}
      data-testid={issueTestId(issue)}
      data-severity={issue.severity}
      aria-label={`${where}: ${message}`}
      title={[message, suggestion].filter(Boolean).join('\n')}
      onClick={() => onSelect(issue)}
      onKeyDown={onKeyDown}
    >
      <div className={lineClass}>
        <span className={cellClass}>{where}</span>
        <span className={growClass} />
        {fix && (
          <Button
            size="small"
            appearance="primary"
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
      <div className={messageClass}>{message}</div>
      {suggestion && (
        <Caption1 truncate wrap={false} block>
          {suggestion}
        </Caption1>
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
