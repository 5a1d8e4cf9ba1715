/**
 * The task pane: check the appendix, go to each fault, repair, fill in standard tasks, total the
 * budget. It talks only to a WorkbookAdapter; all meaning comes from the engine (src/core).
 */
import {
  Button, Caption1Strong, FluentProvider, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, ProgressBar,
  Subtitle2, Text, ToggleButton, Tooltip, makeStyles, tokens, webLightTheme,
} from '@fluentui/react-components';
import { Component, useMemo, useState, type ErrorInfo, type ReactNode } from 'react';
import type { WorkbookAdapter } from '../excel/types';
import { CheckView } from './components/CheckView';
import { SettingsPanel } from './components/SettingsPanel';
import { TemplatePicker } from './components/TemplatePicker';
import { usePane } from './state/usePane';

export interface AppProps {
  adapter: WorkbookAdapter;
  initialPlanYear?: number;
}

const useStyles = makeStyles({
  root: {
    display: 'flex', flexDirection: 'column', gap: '8px', padding: '10px', boxSizing: 'border-box',
    minWidth: '300px', maxWidth: '350px', fontFamily: tokens.fontFamilyBase,
  },
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: '6px' },
  groupLabel: { color: tokens.colorNeutralForeground3, marginBottom: '-2px' },
  busy: { display: 'flex', flexDirection: 'column', gap: '2px' },
});

type View = 'check' | 'insert' | 'settings';

/** What each action does, for a clerk who has never seen a task pane (shown on hover and read by screen readers). */
const TIPS = {
  check: 'Đọc trang tính đang mở và liệt kê các lỗi: số thứ tự, thời hạn, đơn vị, kinh phí, dự toán.',
  highlight: 'Tô nền các ô có lỗi (đỏ) và cảnh báo (vàng) ngay trên trang tính.',
  clear: 'Xóa đúng những ô do phuluc tô màu; màu bạn tự tô được giữ nguyên.',
  fixAll: 'Sửa mọi lỗi sửa được an toàn: cách viết chuẩn, số lưu dạng chữ, dòng bị ngắt trang, đánh số.',
  undo: 'Trả lại đúng nội dung trước lần sửa gần nhất của phuluc.',
  insert: 'Chọn một nhiệm vụ mẫu (có sẵn năm kế hoạch) để chèn vào cuối mục hoặc dưới dòng đang chọn.',
  renumber: 'Đánh lại số thứ tự nhiệm vụ trong từng mục và số La Mã của các mục.',
  lists: 'Đặt danh sách thả xuống cho cột Chủ trì và cột Kinh phí theo danh mục trong Cài đặt.',
  budget: 'Ghi công thức Thành tiền = Số lượng × Định mức, Tổng cộng = SUM và số tiền bằng chữ.',
  settings: 'Danh mục đơn vị, nguồn kinh phí và nhiệm vụ mẫu riêng, lưu ngay trong tệp Excel này.',
} as const;

interface ActionProps {
  id: string;
  tip: string;
  /** A toggle (a panel that opens and closes) when given. */
  checked?: boolean;
  primary?: boolean;
  disabled?: boolean;
  onClick: () => void;
  children: ReactNode;
}

/** A toolbar button with its tooltip; `checked` makes it a toggle. */
function Action({ id, tip, checked, primary, disabled, onClick, children }: ActionProps) {
  const button =
    checked === undefined ? (
      <Button appearance={primary ? 'primary' : undefined} disabled={disabled} onClick={onClick} data-testid={id}>
        {children}
      </Button>
    ) : (
      <ToggleButton checked={checked} disabled={disabled} onClick={onClick} data-testid={id}>
        {children}
      </ToggleButton>
    );
  return (
    <Tooltip content={tip} relationship="description" withArrow>
      {button}
    </Tooltip>
  );
}

function Pane({ adapter, initialPlanYear }: AppProps) {
  const styles = useStyles();
  const { state, library, units, funding, actions } = usePane(adapter, initialPlanYear);
  const [view, setView] = useState<View>('check');
  const busy = state.busy !== null;
  const safeFixes = state.fixes.filter((f) => f.safe).length;
  const settingsKey = useMemo(() => JSON.stringify(state.settings), [state.settings]);
  const toggle = (v: View) => setView((cur) => (cur === v ? 'check' : v));
  const progress = state.progress;

  return (
    <main className={styles.root} aria-label="Kiểm tra Phụ lục cải cách hành chính" data-testid="pane">
      <Subtitle2 as="h1">Phụ lục CCHC</Subtitle2>

      <Caption1Strong className={styles.groupLabel}>Kiểm tra và sửa</Caption1Strong>
      <div className={styles.toolbar} role="toolbar" aria-label="Kiểm tra và sửa">
        <Action id="btn-check" tip={TIPS.check} primary disabled={busy} onClick={() => { setView('check'); void actions.check(); }}>
          Kiểm tra
        </Action>
        <Action id="btn-highlight" tip={TIPS.highlight} disabled={busy} onClick={() => void actions.highlight()}>
          Tô màu lỗi
        </Action>
        <Action id="btn-clear-highlights" tip={TIPS.clear} disabled={busy} onClick={() => void actions.clearHighlights()}>
          Xóa tô màu
        </Action>
        <Action id="btn-fix-all" tip={TIPS.fixAll} disabled={busy || safeFixes === 0} onClick={() => void actions.applyAll()}>
          Sửa tất cả
        </Action>
        <Action id="btn-undo" tip={TIPS.undo} disabled={busy || !state.canUndo} onClick={() => void actions.undo()}>
          Hoàn tác
        </Action>
      </div>
      <Caption1Strong className={styles.groupLabel}>Soạn bảng</Caption1Strong>
      <div className={styles.toolbar} role="toolbar" aria-label="Soạn bảng">
        <Action id="btn-insert" tip={TIPS.insert} checked={view === 'insert'} disabled={busy} onClick={() => toggle('insert')}>
          Chèn nhiệm vụ mẫu
        </Action>
        <Action id="btn-renumber" tip={TIPS.renumber} disabled={busy} onClick={() => void actions.renumberAll()}>
          Đánh số lại
        </Action>
        <Action id="btn-lists" tip={TIPS.lists} disabled={busy} onClick={() => void actions.setLists()}>
          Danh sách chọn
        </Action>
        {state.report?.kind === 'budget' && (
          <Action id="btn-budget" tip={TIPS.budget} disabled={busy} onClick={() => void actions.budget()}>
            Dự toán
          </Action>
        )}
        <Action id="btn-settings" tip={TIPS.settings} checked={view === 'settings'} onClick={() => toggle('settings')}>
          Cài đặt
        </Action>
      </div>

      {busy && (
        <div className={styles.busy} data-testid="busy">
          <ProgressBar
            aria-label={state.busy || 'Đang xử lý'}
            value={progress && progress.rowsTotal > 0 ? progress.rowsRead / progress.rowsTotal : undefined}
            data-testid="progress"
          />
          <Text size={200}>
            {state.busy}
            {progress && progress.rowsTotal > 0 ? ` Đã đọc ${progress.rowsRead.toLocaleString('vi-VN')}/${progress.rowsTotal.toLocaleString('vi-VN')} dòng.` : ''}
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
            <Button size="small" appearance="transparent" onClick={actions.dismiss}>
              Đóng
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {state.notice && (
        <MessageBar layout="multiline" intent={state.notice.intent} data-testid="notice-bar">
          <MessageBarBody>{state.notice.text}</MessageBarBody>
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

      {view === 'insert' && (
        <TemplatePicker
          library={library}
          report={state.report}
          planYear={state.planYear}
          busy={busy}
          onInsert={(t, where) => void actions.insertTemplate(t, where)}
        />
      )}
      {view === 'settings' && (
        <SettingsPanel
          key={settingsKey}
          settings={state.settings}
          defaultUnits={units}
          defaultFunding={funding}
          busy={busy}
          onSave={(s) => void actions.saveSettings(s)}
        />
      )}
      {view === 'check' &&
        (state.report ? (
          <CheckView
            report={state.report}
            fixes={state.fixes}
            planYear={state.planYear}
            busy={busy}
            onPlanYear={actions.setPlanYear}
            onSelect={(i) => void actions.selectIssue(i)}
            onFix={(f) => void actions.applyFix(f)}
          />
        ) : (
          <Text data-testid="intro">Mở trang tính Phụ lục rồi bấm “Kiểm tra” để tìm lỗi số thứ tự, thời hạn, đơn vị, kinh phí.</Text>
        ))}
    </main>
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
          <MessageBarTitle>Ngăn tác vụ gặp lỗi</MessageBarTitle>
          Hãy đóng rồi mở lại ngăn tác vụ. Dữ liệu trong bảng tính không bị ảnh hưởng.
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
    <FluentProvider theme={webLightTheme}>
      <PaneBoundary key={key}>
        <Pane {...props} />
      </PaneBoundary>
    </FluentProvider>
  );
}

export default App;
