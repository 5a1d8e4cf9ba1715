/**
 * The demo's stand-in for Excel's grid: draws the emulator's active sheet with row numbers, column
 * letters, merged cells, fills and the selection, windowed so that 20,000 rows stay fast. Clicking
 * a cell selects it, as in Excel. Cells carry data-testid="cell-A56" for headless tests.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore, type CSSProperties, type ReactElement } from 'react';
import { columnLetter } from '../core/grid';
import type { Rect, WorkbookModel } from '../excel/emulator';
import { W } from '../web/strings';

const ROW_H = 40;
const HEADER_H = 22;
const GUTTER_W = 48;
const DEFAULT_COL_W = 90;
const MAX_COL_W = 240;
const OVERSCAN = 8;

const EXCEL_GREEN = '#107C41';
const GRID_LINE = '#E1E1E1';

export interface SheetViewProps {
  model: WorkbookModel;
}

function useModelVersion(model: WorkbookModel): number {
  const subscribe = useCallback((fn: () => void) => model.subscribe(fn), [model]);
  return useSyncExternalStore(subscribe, () => model.version);
}

export function SheetView({ model }: SheetViewProps) {
  const version = useModelVersion(model);
  const sheet = model.active;
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, left: 0, height: 600, width: 800 });

  const used = useMemo(() => sheet.usedRect(false), [sheet, version]);
  const rowCount = Math.max((used?.bottom ?? 0) + 1 + 20, 60);
  const colCount = Math.max((used?.right ?? 0) + 2, 10);
  const colW = useMemo(
    () => Array.from({ length: colCount }, (_, c) => Math.min(MAX_COL_W, sheet.colWidths[c] ?? DEFAULT_COL_W)),
    [sheet, colCount],
  );
  const colX = useMemo(() => {
    const xs = [GUTTER_W];
    for (const w of colW) xs.push((xs[xs.length - 1] ?? 0) + w);
    return xs;
  }, [colW]);
  const totalW = colX[colX.length - 1] ?? 0;
  const totalH = HEADER_H + rowCount * ROW_H;

  const onScroll = useCallback(() => {
    const el = scroller.current;
    if (el) setView({ top: el.scrollTop, left: el.scrollLeft, height: el.clientHeight, width: el.clientWidth });
  }, []);
  useLayoutEffect(() => {
    onScroll();
    const el = scroller.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(onScroll);
    ro.observe(el);
    return () => ro.disconnect();
  }, [onScroll]);

  // Like Excel, a selection made by the add-in scrolls into view.
  const sel = model.selection?.sheet === sheet.name ? model.selection.rect : null;
  const selKey = sel ? `${sel.top},${sel.left},${sel.bottom},${sel.right}` : '';
  useEffect(() => {
    const el = scroller.current;
    if (!el || !sel) return;
    const y = HEADER_H + sel.top * ROW_H;
    if (y < el.scrollTop + HEADER_H || y + ROW_H > el.scrollTop + el.clientHeight)
      el.scrollTop = Math.max(0, y - el.clientHeight / 2);
    const x = colX[sel.left] ?? 0;
    if (x < el.scrollLeft + GUTTER_W || x > el.scrollLeft + el.clientWidth - 40) el.scrollLeft = Math.max(0, x - GUTTER_W);
    // Scroll only when the selection moves (selKey), not on every layout change.
  }, [selKey]);

  const first = Math.max(0, Math.floor((view.top - HEADER_H) / ROW_H) - OVERSCAN);
  const last = Math.min(rowCount - 1, Math.ceil((view.top + view.height) / ROW_H) + OVERSCAN);

  const select = (r: number, c: number) => {
    const m = sheet.mergeAt(r, c);
    model.select(m ? { ...m } : { top: r, left: c, bottom: r, right: c });
  };

  const box = (rect: Rect): CSSProperties => ({
    position: 'absolute',
    top: HEADER_H + rect.top * ROW_H,
    left: colX[rect.left] ?? 0,
    height: (rect.bottom - rect.top + 1) * ROW_H,
    width: (colX[rect.right + 1] ?? totalW) - (colX[rect.left] ?? 0),
  });

  const cells: ReactElement[] = [];
  const drawn = new Set<string>();
  const drawCell = (r: number, c: number, rect: Rect) => {
    const key = `${rect.top},${rect.left}`;
    if (drawn.has(key)) return;
    drawn.add(key);
    const cell = sheet.cell(r, c);
    const text = sheet.text(r, c);
    const address = `${columnLetter(c)}${r + 1}`;
    const numeric = typeof cell?.value === 'number' || cell?.error !== undefined;
    const selected = sel !== null && sel.top === rect.top && sel.left === rect.left;
    cells.push(
      <div
        key={key}
        data-testid={`cell-${address}`}
        data-selected={selected ? 'true' : undefined}
        aria-selected={selected}
        role="gridcell"
        title={text || undefined}
        onMouseDown={() => select(r, c)}
        style={{
          ...box(rect),
          boxSizing: 'border-box',
          borderRight: `1px solid ${GRID_LINE}`,
          borderBottom: `1px solid ${GRID_LINE}`,
          background: cell?.fill ?? '#FFFFFF',
          padding: '2px 4px',
          fontSize: 12,
          lineHeight: '17px',
          overflow: 'hidden',
          whiteSpace: 'pre-wrap',
          textAlign: numeric ? 'right' : rect.right > rect.left && r < 3 ? 'center' : 'left',
          fontWeight: rect.right > rect.left ? 600 : 400,
          color: cell?.error ? '#C50F1F' : '#242424',
          display: '-webkit-box',
          WebkitLineClamp: (rect.bottom - rect.top + 1) * 2,
          WebkitBoxOrient: 'vertical',
          cursor: 'cell',
        }}
      >
        {text}
      </div>,
    );
  };
  for (let r = first; r <= last; r++)
    for (let c = 0; c < colCount; c++) {
      const m = sheet.mergeAt(r, c);
      if (m) drawCell(m.top, m.left, m);
      else drawCell(r, c, { top: r, left: c, bottom: r, right: c });
    }

  const headers: ReactElement[] = [];
  for (let c = 0; c < colCount; c++) {
    const x = colX[c] ?? 0;
    if (x + (colW[c] ?? 0) < view.left || x > view.left + view.width) continue;
    const active = sel !== null && c >= sel.left && c <= sel.right;
    headers.push(
      <div
        key={c}
        data-testid={`col-${columnLetter(c)}`}
        style={{ ...headerStyle(active), top: view.top, left: x, width: colW[c], height: HEADER_H, lineHeight: `${HEADER_H}px` }}
      >
        {columnLetter(c)}
      </div>,
    );
  }
  const gutter: ReactElement[] = [];
  for (let r = first; r <= last; r++) {
    const active = sel !== null && r >= sel.top && r <= sel.bottom;
    gutter.push(
      <div
        key={r}
        data-testid={`row-${r + 1}`}
        style={{ ...headerStyle(active), top: HEADER_H + r * ROW_H, left: view.left, width: GUTTER_W, height: ROW_H, lineHeight: `${ROW_H}px` }}
      >
        {r + 1}
      </div>,
    );
  }

  const activeAddress = sel ? `${columnLetter(sel.left)}${sel.top + 1}` : '';
  const activeCell = sel ? sheet.cell(sel.top, sel.left) : undefined;
  const formulaText = activeCell?.formula ?? (sel ? sheet.text(sel.top, sel.left) : '');
  const visibleSheets = model.sheets.filter((s) => s.visibility === 'Visible');

  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100%', minWidth: 0, border: '1px solid #D1D1D1', background: '#FFF' }}>
      <div style={{ display: 'flex', gap: 8, padding: 4, borderBottom: '1px solid #D1D1D1', fontSize: 12, alignItems: 'center' }}>
        <div data-testid="name-box" aria-label={W.demo.nameBox} style={{ width: 70, border: '1px solid #D1D1D1', padding: '2px 6px' }}>
          {activeAddress}
        </div>
        <div style={{ color: '#616161', fontStyle: 'italic' }}>fx</div>
        <div data-testid="formula-bar" style={{ flex: 1, border: '1px solid #D1D1D1', padding: '2px 6px', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
          {formulaText}
        </div>
      </div>
      <div ref={scroller} onScroll={onScroll} role="grid" aria-label={W.demo.grid(sheet.name)} data-testid="sheet" style={{ flex: 1, overflow: 'auto', position: 'relative' }}>
        <div style={{ position: 'relative', width: totalW, height: totalH }}>
          {cells}
          {sel && (
            <div
              data-testid="selection"
              style={{ ...box(sel), border: `2px solid ${EXCEL_GREEN}`, boxSizing: 'border-box', pointerEvents: 'none', zIndex: 2 }}
            />
          )}
          {gutter}
          {headers}
          <div style={{ ...headerStyle(false), top: view.top, left: view.left, width: GUTTER_W, height: HEADER_H, zIndex: 5 }} />
        </div>
      </div>
      <div style={{ display: 'flex', gap: 2, borderTop: '1px solid #D1D1D1', fontSize: 12, background: '#F5F5F5' }} data-testid="sheet-tabs">
        {visibleSheets.map((s) => (
          <button
            key={s.name}
            type="button"
            onClick={() => {
              model.activeIndex = model.sheets.indexOf(s);
              model.changed();
            }}
            style={{
              border: 'none',
              padding: '4px 12px',
              background: s === sheet ? '#FFF' : 'transparent',
              color: s === sheet ? EXCEL_GREEN : '#424242',
              fontWeight: s === sheet ? 600 : 400,
              borderBottom: s === sheet ? `2px solid ${EXCEL_GREEN}` : '2px solid transparent',
              cursor: 'pointer',
            }}
          >
            {s.name}
          </button>
        ))}
      </div>
    </div>
  );
}

function headerStyle(active: boolean): CSSProperties {
  return {
    position: 'absolute',
    boxSizing: 'border-box',
    background: active ? '#D3F0E0' : '#F5F5F5',
    color: active ? EXCEL_GREEN : '#616161',
    borderRight: '1px solid #D1D1D1',
    borderBottom: '1px solid #D1D1D1',
    textAlign: 'center',
    fontSize: 11,
    zIndex: 3,
    userSelect: 'none',
  };
}
