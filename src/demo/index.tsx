/**
 * The demo page: the real task pane beside the bundled Quảng Trị appendix, drawn as a sheet, wired
 * through the real adapter (createOfficeAdapter) over an emulation of the Excel API. No Excel and
 * no office.js needed; every button of the pane works here.
 */
import { StrictMode, useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createOfficeAdapter } from '../excel';
import { createExcelEmulator, largeSample, sheetFromGrid, WorkbookModel, type ExcelEmulator } from '../excel/emulator';
import { gridFromJson, type GridJson } from '../excel/emulator/samples';
import { App } from '../taskpane/App';
import binhDinhBudget from './binh-dinh-2022-budget.grid.json';
import quangTri from './quang-tri-2024.grid.json';
import { SheetView } from './SheetView';
import { W } from '../web/strings';

/** `?today=2024-04-10` pins the Tiến độ tab's date (the end-to-end test's screenshots). */
const TODAY = /^\d{4}-\d{2}-\d{2}$/.test(new URLSearchParams(location.search).get('today') ?? '')
  ? (new URLSearchParams(location.search).get('today') as string)
  : undefined;

/** `?dev` shows developer figures (Excel syncs) in the header; a clerk trying the demo never sees them. */
const DEV = new URLSearchParams(location.search).has('dev');

type Sample = 'quang-tri' | 'budget' | 'large';

const SAMPLES: { id: Sample; label: string }[] = [
  { id: 'quang-tri', label: W.demo.quangTri },
  { id: 'budget', label: W.demo.budget },
  { id: 'large', label: W.demo.large },
];

function open(sample: Sample): ExcelEmulator {
  const grid =
    sample === 'large'
      ? largeSample(20_000)
      : gridFromJson((sample === 'budget' ? binhDinhBudget : quangTri) as unknown as GridJson);
  const colWidths = 'colWidths' in grid ? (grid.colWidths as number[]) : [48, 200, 200, 200, 150, 120, 140, 110, 100];
  const model = new WorkbookModel([sheetFromGrid(grid, colWidths)]);
  model.selection = { sheet: grid.name, rect: { top: 0, left: 0, bottom: 0, right: 0 } };
  return createExcelEmulator(model);
}

declare global {
  interface Window {
    /** For a person poking at the demo from the browser console, and for the end-to-end test. */
    phulucDemo?: { emulator: ExcelEmulator };
  }
}

function Demo() {
  const [sample, setSample] = useState<Sample>('quang-tri');
  const emulator = useMemo(() => open(sample), [sample]);
  const adapter = useMemo(() => createOfficeAdapter(emulator), [emulator]);
  const [syncs, setSyncs] = useState(0);
  useEffect(() => {
    window.phulucDemo = { emulator };
    if (!DEV) return;
    const timer = setInterval(() => setSyncs(emulator.stats.syncs), 500);
    return () => clearInterval(timer);
  }, [emulator]);

  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
      <header style={{ display: 'flex', gap: 16, alignItems: 'center', padding: '6px 12px', background: '#107C41', color: '#FFF', fontSize: 13 }}>
        <strong style={{ fontSize: 15 }}>{W.demo.title}</strong>
        <label>
          {W.demo.sheet}{' '}
          <select data-testid="sample-select" value={sample} onChange={(e) => setSample(e.target.value as Sample)}>
            {SAMPLES.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        {DEV && (
          <span data-testid="sync-count" title="context.sync() calls the pane made to the emulated Excel">
            syncs: {syncs.toLocaleString('vi-VN')}
          </span>
        )}
      </header>
      <div style={{ display: 'flex', flex: 1, minHeight: 0 }}>
        <div style={{ flex: 1, minWidth: 0, padding: 8 }}>
          <SheetView model={emulator.model} />
        </div>
        <aside
          data-testid="pane-host"
          aria-label={W.paneLabel}
          // The pane scrolls itself (one scroll container filling it), as in Excel's task pane.
          style={{ width: 350, flex: '0 0 350px', borderLeft: '1px solid #D1D1D1', overflow: 'hidden', background: '#FFF', display: 'flex', flexDirection: 'column' }}
        >
          <App key={sample} adapter={adapter} today={TODAY} />
        </aside>
      </div>
    </div>
  );
}

const root = document.getElementById('root') ?? document.body.appendChild(document.createElement('div'));
createRoot(root).render(
  <StrictMode>
    <Demo />
  </StrictMode>,
);
