/**
 * The issues, grouped by kind, in a windowed list: only the rows in view (plus a few) are in the
 * DOM, so a 20,000-row sheet with thousands of issues stays responsive. The list has no scroll
 * box of its own: it scrolls with the pane (the nearest `[data-scroll-root]`), so at any height
 * the issues fill the pane. Rows have the height of their text (measured once shown, estimated
 * before), because every issue says in full what its *Sửa* will write.
 *
 * Keyboard (WAI-ARIA roving tab index): the list is one Tab stop; ↑/↓ move between groups and
 * issues, Home/End go to the ends, Enter or Space on an issue selects its cell in Excel, on a
 * group folds or opens it; Tab from an issue reaches its Sửa button, then leaves the list.
 */
import { Badge, Button, makeStyles, mergeClasses, tokens, useId } from '@fluentui/react-components';
import {
  useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactElement,
} from 'react';
import type { Fix } from '../../core/fix';
import type { Issue } from '../../core/issues';
import type { FixRefusal, RefusedFix } from '../../core/verify';
import { codeTitle, fixPreview, renderMessage, renderRefusal, renderSuggestion, severityLabel } from '../engine';
import {
  ArrowRight16Regular, ChevronDown16Regular, ChevronRight16Regular, ErrorCircle16Filled, Lightbulb16Filled, Warning16Filled, Wrench16Regular,
} from '../icons';
import { fixOffers, groupIssues, issueKey, issueTestId, refusalsByIssue, type FixOffer } from '../state/issues';
import { S } from '../strings';

export const GROUP_HEIGHT = 36;
/** An issue's height before it is measured: its first line, then lines of text of about 42 characters. */
export const ISSUE_BASE_HEIGHT = 44;
const LINE_HEIGHT = 16;
const CHARS_PER_LINE = 42;
const OVERSCAN = 6;
/** The view's height when the scroll root has none (a test's DOM without layout). */
const FALLBACK_VIEW = 800;

type Severity = Issue['severity'];

type Item =
  | { type: 'group'; key: string; title: string; count: number; severity: Severity; code: string; open: boolean }
  | { type: 'issue'; key: string; issue: Issue; offer: FixOffer | undefined; refusal: FixRefusal | undefined };

/**
 * Each severity's icon colour: each at least 3:1 against every background it is drawn on
 * (WCAG 2.2 SC 1.4.11, non-text contrast), checked by test/taskpane/a11y.test.ts.
 */
export const SEVERITY_ICON_TOKEN = {
  error: 'colorPaletteRedForeground1',
  warning: 'colorPaletteMarigoldForeground2',
  info: 'colorPaletteBlueForeground2',
} as const;

/** The backgrounds a severity icon is drawn on: list rows and their hover, group headers, count tiles. */
export const SEVERITY_ICON_BACKGROUNDS = [
  'colorNeutralBackground1', 'colorNeutralBackground1Hover', 'colorNeutralBackground2', 'colorNeutralBackground3',
  'colorNeutralBackground3Hover', 'colorPaletteRedBackground1', 'colorPaletteYellowBackground1', 'colorBrandBackground2',
] as const;

const useStyles = makeStyles({
  list: { position: 'relative', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
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
    boxSizing: 'border-box', padding: '6px 8px 6px 10px',
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
    fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, color: tokens.colorNeutralForeground1, overflowWrap: 'anywhere',
  },
  suggestion: {
    display: 'flex', alignItems: 'flex-start', gap: '4px', minWidth: 0,
    fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, color: tokens.colorPaletteGreenForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  // The whole value, wrapped: never cut with "…" (a tooltip reaches neither touch nor keyboard).
  suggestionText: { minWidth: 0, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  info: { borderLeftColor: tokens.colorPaletteBlueBorderActive },
  errorIcon: { color: tokens[SEVERITY_ICON_TOKEN.error] },
  warningIcon: { color: tokens[SEVERITY_ICON_TOKEN.warning] },
  infoIcon: { color: tokens[SEVERITY_ICON_TOKEN.info] },
});

const ICON: Record<Severity, (p: { className?: string }) => ReactElement> = {
  error: (p) => <ErrorCircle16Filled {...p} />,
  warning: (p) => <Warning16Filled {...p} />,
  info: (p) => <Lightbulb16Filled {...p} />,
};

/** The severity's icon and colour, labelled for screen readers (or hidden when text beside it says it). */
export function SeverityIcon({ severity, decorative = false }: { severity: Severity; decorative?: boolean }) {
  const styles = useStyles();
  const Icon = ICON[severity];
  return decorative ? (
    <span className={mergeClasses(styles.icon, styles[`${severity}Icon`])} aria-hidden>
      <Icon />
    </span>
  ) : (
    <span className={mergeClasses(styles.icon, styles[`${severity}Icon`])} role="img" aria-label={severityLabel(severity)}>
      <Icon />
    </span>
  );
}

/**
 * What an issue shows under its message: what Sửa will write (and how many issues it fixes, when
 * it is one repair for several); for the other issues of such a repair, which issue's Sửa fixes
 * it; else why the engine refused its fix at check time (it would keep the issue or create one);
 * else the suggested value.
 */
export function issueDetail(issue: Issue, offer: FixOffer | undefined, refusal?: FixRefusal): string {
  if (offer?.kind === 'fix') return offer.resolves > 1 ? `${fixPreview(offer.fix)} ${S.fixResolvesMany(offer.resolves)}` : fixPreview(offer.fix);
  if (offer?.kind === 'shared') return S.fixedWith(offer.fixedBy.cell, offer.fixedBy.row);
  if (refusal) return S.fixRefusedAtCheck(renderRefusal(refusal));
  const s = renderSuggestion(issue);
  return s === undefined ? '' : S.suggestion(s);
}

function estimate(item: Item): number {
  if (item.type === 'group') return GROUP_HEIGHT;
  const lines = (text: string) => (text ? Math.max(1, Math.ceil(text.length / CHARS_PER_LINE)) : 0);
  return ISSUE_BASE_HEIGHT + LINE_HEIGHT * (lines(safeMessage(item.issue)) + lines(issueDetail(item.issue, item.offer, item.refusal)));
}

export interface IssueListProps {
  issues: readonly Issue[];
  fixes: readonly Fix[];
  /** Fixes the engine made but refused at check time, with why (shown under their issue). */
  refused?: readonly RefusedFix[];
  disabled: boolean;
  onSelect: (issue: Issue) => void;
  onFix: (fix: Fix) => void;
}

const NO_REFUSED: readonly RefusedFix[] = [];

export function IssueList({ issues, fixes, refused = NO_REFUSED, disabled, onSelect, onFix }: IssueListProps) {
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
    const groups = groupIssues(issues);
    // In the list's order (folded groups too): a repair shared by several issues is offered once.
    const offers = fixOffers(groups.flatMap((g) => g.issues), fixes);
    const refusals = refusalsByIssue(refused);
    const out: Item[] = [];
    for (const g of groups) {
      const open = !closed.has(g.code);
      out.push({ type: 'group', key: `g-${g.code}`, title: codeTitle(g.code), count: g.issues.length, severity: g.severity, code: g.code, open });
      if (open) g.issues.forEach((i, n) => out.push({ type: 'issue', key: `${issueKey(i)}#${n}`, issue: i, offer: offers.get(issueKey(i)), refusal: refusals.get(issueKey(i)) }));
    }
    return out;
  }, [issues, fixes, refused, closed]);

  // Heights measured in the browser, by item key; estimates until then.
  const measured = useRef(new Map<string, number>());
  const [layoutVersion, setLayoutVersion] = useState(0);
  const offsets = useMemo(() => {
    const o = new Array<number>(items.length + 1);
    o[0] = 0;
    items.forEach((it, i) => (o[i + 1] = o[i]! + (measured.current.get(it.key) ?? estimate(it))));
    return o;
    // layoutVersion: recomputed when a measurement changed
  }, [items, layoutVersion]);
  const total = offsets[items.length] ?? 0;

  // The window in view, from the pane's scroll container.
  const listRef = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: FALLBACK_VIEW });
  // The pane's scroll container, else the page itself.
  const rootOf = useCallback(
    (): HTMLElement | null => listRef.current?.closest<HTMLElement>('[data-scroll-root]') ?? (listRef.current ? document.documentElement : null),
    [],
  );
  const updateView = useCallback(() => {
    const list = listRef.current;
    const root = rootOf();
    if (!list || !root) return;
    const page = root === document.documentElement;
    const scrollTop = page ? window.scrollY : root.scrollTop;
    const rootTop = page ? 0 : root.getBoundingClientRect().top;
    const box = list.getBoundingClientRect();
    // A DOM without layout (tests) has no boxes: the list starts at the top.
    const listTop = box.height > 0 ? box.top - rootTop + scrollTop : 0;
    const height = (page ? window.innerHeight : root.clientHeight) || FALLBACK_VIEW;
    const next = { top: Math.max(0, scrollTop - listTop), height };
    setView((cur) => (cur.top === next.top && cur.height === next.height ? cur : next));
  }, [rootOf]);
  useEffect(() => {
    const root = rootOf();
    if (!root) return;
    updateView();
    const target: HTMLElement | Window = root === document.documentElement ? window : root;
    target.addEventListener('scroll', updateView, { passive: true });
    window.addEventListener('resize', updateView);
    return () => {
      target.removeEventListener('scroll', updateView);
      window.removeEventListener('resize', updateView);
    };
  }, [rootOf, updateView]);

  // First item whose bottom is below the top of the view (binary search over offsets).
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid + 1]! <= view.top) lo = mid + 1;
    else hi = mid;
  }
  // Roving tab index: the one item that takes Tab, kept in the DOM even when scrolled away.
  const [active, setActive] = useState(0);
  const activeIndex = Math.min(active, Math.max(0, items.length - 1));
  const start = Math.max(0, lo - OVERSCAN);
  let end = lo;
  while (end < items.length && offsets[end]! < view.top + view.height) end++;
  end = Math.min(items.length, end + OVERSCAN);
  const shown: number[] = [];
  for (let i = start; i < end; i++) shown.push(i);
  if (items.length > 0 && (activeIndex < start || activeIndex >= end)) shown.push(activeIndex);

  // Measure what is shown; a changed height moves the rows below it.
  const rowRefs = useRef(new Map<string, HTMLElement>());
  useLayoutEffect(() => {
    let changed = false;
    for (const [key, el] of rowRefs.current) {
      const h = el.offsetHeight;
      if (h > 0 && Math.abs((measured.current.get(key) ?? -1) - h) > 0.5) {
        measured.current.set(key, h);
        changed = true;
      }
    }
    if (changed) setLayoutVersion((v) => v + 1);
  });

  // Keyboard focus follows `active` after a move (scrolling it into view first when needed).
  const focusPending = useRef(false);
  useLayoutEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    const it = items[activeIndex];
    const el = it && rowRefs.current.get(it.key);
    const target = el?.matches('[tabindex]') ? el : el?.querySelector<HTMLElement>('[tabindex]');
    target?.focus();
    const root = rootOf();
    const list = listRef.current;
    if (root && list && el) {
      const top = el.getBoundingClientRect().top;
      const rootBox = root.getBoundingClientRect();
      if (top < rootBox.top || top + el.offsetHeight > rootBox.bottom) el.scrollIntoView?.({ block: 'nearest' });
    }
  });
  const move = (to: number) => {
    if (items.length === 0) return;
    const next = Math.max(0, Math.min(items.length - 1, to));
    focusPending.current = true;
    setActive(next);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const keys: Record<string, number> = { ArrowDown: activeIndex + 1, ArrowUp: activeIndex - 1, Home: 0, End: items.length - 1, PageDown: activeIndex + 10, PageUp: activeIndex - 10 };
    const to = keys[e.key];
    if (to === undefined) return;
    // Only from the rows themselves: a Sửa button keeps its own keys.
    if ((e.target as HTMLElement).dataset.row === undefined) return;
    e.preventDefault();
    move(to);
  };

  return (
    <div
      ref={listRef}
      className={styles.list}
      style={{ height: total + 2, boxSizing: 'border-box' }}
      role="list"
      aria-label={S.issueListLabel(issues.length)}
      data-testid="issue-list"
      onKeyDown={onKeyDown}
    >
      {shown.map((index) => {
        const it = items[index]!;
        const top = offsets[index]!;
        const tabIndex = index === activeIndex ? 0 : -1;
        const ref = (el: HTMLElement | null) => {
          if (el) rowRefs.current.set(it.key, el);
          else rowRefs.current.delete(it.key);
        };
        if (it.type === 'group') {
          return (
            <div
              key={it.key}
              ref={ref}
              role="listitem"
              style={{ position: 'absolute', top, left: 0, right: 0, height: GROUP_HEIGHT }}
              data-testid={`issue-group-${it.code}`}
            >
              <button
                type="button"
                className={styles.group}
                aria-expanded={it.open}
                tabIndex={tabIndex}
                data-row=""
                title={it.open ? S.groupCollapse : S.groupExpand}
                onFocus={() => setActive(index)}
                onClick={() => toggleGroup(it.code)}
              >
                <span className={styles.icon} aria-hidden>
                  {it.open ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
                </span>
                <SeverityIcon severity={it.severity} />
                <span className={styles.groupTitle}>{it.title}</span>
                {/* The count as a clerk writes numbers (1.240): a plain badge, since CounterBadge prints raw digits. */}
                <Badge size="small" appearance="ghost" color="informative" aria-label={S.issueCount(it.count)} data-testid="group-count">
                  {S.count(it.count)}
                </Badge>
              </button>
            </div>
          );
        }
        return (
          <IssueItem
            key={it.key}
            rowRef={ref}
            issue={it.issue}
            offer={it.offer}
            refusal={it.refusal}
            top={top}
            tabIndex={tabIndex}
            disabled={disabled}
            onFocus={() => setActive(index)}
            onSelect={onSelect}
            onFix={onFix}
            styles={styles}
          />
        );
      })}
    </div>
  );
}

interface IssueItemProps {
  rowRef: (el: HTMLElement | null) => void;
  issue: Issue;
  offer: FixOffer | undefined;
  refusal: FixRefusal | undefined;
  top: number;
  tabIndex: number;
  disabled: boolean;
  onFocus: () => void;
  onSelect: (issue: Issue) => void;
  onFix: (fix: Fix) => void;
  styles: ReturnType<typeof useStyles>;
}

function IssueItem({ rowRef, issue, offer, refusal, top, tabIndex, disabled, onFocus, onSelect, onFix, styles }: IssueItemProps) {
  const message = safeMessage(issue);
  const where = issue.cell ?? S.rowChip(issue.row);
  const detail = issueDetail(issue, offer, refusal);
  // Only the issue that offers a repair carries its button (a shared repair: the first of its issues).
  const fix = offer?.kind === 'fix' ? offer.fix : undefined;
  const detailId = useId('issue-detail');
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target === e.currentTarget && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      onSelect(issue);
    }
  };
  return (
    <div
      ref={rowRef}
      role="listitem"
      tabIndex={tabIndex}
      data-row=""
      className={mergeClasses(styles.issue, styles[issue.severity], issue.cell && styles.clickable)}
      style={{ position: 'absolute', top, left: 0, right: 0 }}
      data-testid={issueTestId(issue)}
      data-severity={issue.severity}
      aria-label={`${severityLabel(issue.severity)}, ${where}: ${message}${detail ? ` ${detail}` : ''}`}
      title={issue.cell ? S.selectCell(issue.cell) : undefined}
      onFocus={(e) => e.target === e.currentTarget && onFocus()}
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
            tabIndex={tabIndex}
            aria-describedby={detail ? detailId : undefined}
            onClick={(e) => {
              e.stopPropagation();
              onFix(fix);
            }}
          >
            {S.fix}
          </Button>
        )}
      </div>
      <div className={styles.message}>{message}</div>
      {detail && (
        <div className={styles.suggestion} data-testid={offer?.kind === 'shared' ? 'issue-fixed-with' : !offer && refusal ? 'issue-refused' : 'issue-detail'} id={detailId}>
          <span className={styles.icon} aria-hidden>
            <ArrowRight16Regular />
          </span>
          <span className={styles.suggestionText}>{detail}</span>
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
