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
        <Tooltip content="Đọc trang tính đang mở và liệt kê các lỗi: số thứ tự, thời hạn, đơn vị, kinh phí, dự toán." relationship="description" withArrow>
          <Button appearance="primary" disabled={busy} onClick={() => { setView('check'); void actions.check(); }} data-testid="btn-check">
            Kiểm tra
          </Button>
        </Tooltip>
        <Tooltip content="Tô nền các ô có lỗi (đỏ) và cảnh báo (vàng) ngay trên trang tính." relationship="description" withArrow>
          <Button disabled={busy} onClick={() => void actions.highlight()} data-testid="btn-highlight">
            Tô màu lỗi
          </Button>
        </Tooltip>
        <Tooltip content="Xóa đúng những ô do phuluc tô màu; màu bạn tự tô được giữ nguyên." relationship="description" withArrow>
          <Button disabled={busy} onClick={() => void actions.clearHighlights()} data-testid="btn-clear-highlights">
            Xóa tô màu
          </Button>
        </Tooltip>
        <Tooltip content="Sửa mọi lỗi sửa được an toàn: cách viết chuẩn, số lưu dạng chữ, dòng bị ngắt trang, đánh số." relationship="description" withArrow>
          <Button disabled={busy || safeFixes === 0} onClick={() => void actions.applyAll()} data-testid="btn-fix-all">
            Sửa tất cả
          </Button>
        </Tooltip>
        <Tooltip content="Trả lại đúng nội dung trước lần sửa gần nhất của phuluc." relationship="description" withArrow>
          <Button disabled={busy || !state.canUndo} onClick={() => void actions.undo()} data-testid="btn-undo">
            Hoàn tác
          </Button>
        </Tooltip>
      </div>
      <Caption1Strong className={styles.groupLabel}>Soạn bảng</Caption1Strong>
      <div className={styles.toolbar} role="toolbar" aria-label="Soạn bảng">
        <Tooltip content="Chọn một nhiệm vụ mẫu (có sẵn năm kế hoạch) để chèn vào cuối mục hoặc dưới dòng đang chọn." relationship="description" withArrow>
          <ToggleButton checked={view === 'insert'} disabled={busy} onClick={() => toggle('insert')} data-testid="btn-insert">
            Chèn nhiệm vụ mẫu
          </ToggleButton>
        </Tooltip>
        <Tooltip content="Đánh lại số thứ tự nhiệm vụ trong từng mục và số La Mã của các mục." relationship="description" withArrow>
          <Button disabled={busy} onClick={() => void actions.renumberAll()} data-testid="btn-renumber">
            Đánh số lại
          </Button>
        </Tooltip>
        <Tooltip content="Đặt danh sách thả xuống cho cột Chủ trì và cột Kinh phí theo danh mục trong Cài đặt." relationship="description" withArrow>
          <Button disabled={busy} onClick={() => void actions.setLists()} data-testid="btn-lists">
            Danh sách chọn
          </Button>
        </Tooltip>
        {state.report?.kind === 'budget' && (
          <Tooltip content="Ghi công thức Thành tiền = Số lượng × Định mức, Tổng cộng = SUM và số tiền bằng chữ." relationship="description" withArrow>
            <Button disabled={busy} onClick={() => void actions.budget()} data-testid="btn-budget">
              Dự toán
            </Button>
          </Tooltip>
        )}
        <Tooltip content="Danh mục đơn vị, nguồn kinh phí và nhiệm vụ mẫu riêng, lưu ngay trong tệp Excel này." relationship="description" withArrow>
          <ToggleButton checked={view === 'settings'} onClick={() => toggle('settings')} data-testid="btn-settings">
            Cài đặt
          </ToggleButton>
        </Tooltip>
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
