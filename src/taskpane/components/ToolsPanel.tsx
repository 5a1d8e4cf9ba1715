/** The table tools that act on the whole sheet at once, each with a line saying what it does. */
import { Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { TextBulletListSquare20Regular, TextNumberListLtr20Regular } from '../icons';
import { S } from '../strings';
import { Action } from './Action';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '8px', minWidth: 0 },
  tool: {
    display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: '6px', padding: '10px',
    border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium,
  },
});

export const TOOL_TIPS = {
  renumber: S.renumberTip,
  lists: S.listsTip,
} as const;

export interface ToolsPanelProps {
  busy: boolean;
  onRenumber: () => void;
  onLists: () => void;
  /** A line about Dự toán when the open sheet is not a budget (the button shows with the result there). */
  budgetHint?: ReactNode;
}

export function ToolsPanel({ busy, onRenumber, onLists, budgetHint }: ToolsPanelProps) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label={S.toolsLabel} data-testid="tools-panel">
      <div className={styles.tool}>
        <Action id="btn-renumber" tip={TOOL_TIPS.renumber} icon={<TextNumberListLtr20Regular />} disabled={busy} onClick={onRenumber}>
          {S.renumberLabel}
        </Action>
        <Caption1>{S.renumberHint}</Caption1>
      </div>
      <div className={styles.tool}>
        <Action id="btn-lists" tip={TOOL_TIPS.lists} icon={<TextBulletListSquare20Regular />} disabled={busy} onClick={onLists}>
          {S.listsButton}
        </Action>
        <Caption1>{S.listsHint}</Caption1>
      </div>
      {budgetHint && <Text size={200}>{budgetHint}</Text>}
    </section>
  );
}
