/**
 * The web checker (`/` of the built site): a person with only a browser opens their own .xlsx,
 * sees it beside the real task pane (the same React components, over an in-memory workbook that
 * keeps the pane's adapter contract), fixes it and downloads "<name> (đã sửa).xlsx", written by
 * the surgical writer of `phuluc fix`. Nothing is uploaded: files are read with the File API.
 */
import { useCallback, useEffect, useRef, useState, type DragEvent } from 'react';
import { App } from '../taskpane/App';
import { SheetView } from '../demo/SheetView';
import { XlsxError } from '../xlsx/errors';
import { readWorkbook, type WorkbookRead } from '../xlsx/read';
import { seenOf } from '../core/fix';
import { a1 } from '../core/grid';
import { editedName, writeEdited } from './download';
import { MemoryWorkbook } from './memory-adapter';
import { W } from './strings';

const GREEN = '#107C41';

/** The demo's samples, as real .xlsx files shipped in dist/samples/ (opened like a file from disk). */
export const SAMPLES = [
  { file: 'samples/quang-tri-2024.xlsx', ...W.samples.quangTri },
  { file: 'samples/binh-dinh-2022.xlsx', ...W.samples.binhDinh },
] as const;

type Opened =
  | { ok: true; read: WorkbookRead; workbook: MemoryWorkbook }
  | { ok: false; reason: string };

interface Entry {
  key: number;
  name: string;
  opened: Opened;
}

/**
 * Opens bytes as the CLI does (src/xlsx/read: sniffs .xls, encrypted and broken files first) and
 * gives the same one-line Vietnamese reason when it cannot.
 */
export function openBytes(name: string, bytes: Uint8Array): Opened {
  const ext = /\.[^.]+$/.exec(name)?.[0]?.toLowerCase() ?? '.xlsx';
  try {
    const read = readWorkbook(bytes, { extension: ext });
    return { ok: true, read, workbook: new MemoryWorkbook(read.grids, { settingsStore: localSettings(), richText: read.richText }) };
  } catch (e) {
    if (e instanceof XlsxError) return { ok: false, reason: e.reason };
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, reason: W.unexpected(detail.slice(0, 200)) };
  }
}

/** The pane's settings (Cài đặt), kept in this browser: the downloaded file does not carry them. */
function localSettings(): { get(): unknown; set(value: unknown): void } | undefined {
  try {
    const store = window.localStorage;
    const KEY = 'phuluc.settings';
    return {
      get: () => {
        const t = store.getItem(KEY);
        return t === null ? undefined : (JSON.parse(t) as unknown);
      },
      set: (v) => store.setItem(KEY, JSON.stringify(v)),
    };
  } catch {
    return undefined;
  }
}

declare global {
  interface Window {
    /** For a person poking at the page from the browser console, and for the end-to-end test. */
    phulucWeb?: {
      activeValues(): (string | number | boolean | null)[][];
      /** Every sheet's formulas as the page holds them, by sheet name and address ("B1" → "'Phụ lục'!E12"). */
      formulas(): Record<string, Record<string, string>>;
    };
  }
}

let nextKey = 1;

function download(bytes: Uint8Array, name: string): void {
  const blob = new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

type SaveStatus = { kind: 'ok' | 'error' | 'info'; text: string; reasons?: string[] } | null;

export function WebChecker() {
  const [entries, setEntries] = useState<Entry[]>([]);
  const [chosen, setChosen] = useState<number | null>(null);
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(false);
  const [save, setSave] = useState<SaveStatus>(null);
  const input = useRef<HTMLInputElement>(null);
  const demoReachable = useDemoReachable();

  const addFiles = useCallback(async (files: { name: string; bytes: () => Promise<ArrayBuffer> }[]) => {
    if (files.length === 0) return;
    setBusy(true);
    const added: Entry[] = [];
    for (const f of files) {
      let opened: Opened;
      try {
        opened = openBytes(f.name, new Uint8Array(await f.bytes()));
      } catch {
        opened = { ok: false, reason: W.unreadable };
      }
      added.push({ key: nextKey++, name: f.name, opened });
    }
    setEntries((old) => [...old, ...added]);
    // Show the first file that opened; with only failures, the list says why.
    const first = added.find((e) => e.opened.ok);
    if (first) setChosen(first.key);
    setSave(null);
    setBusy(false);
  }, []);

  const fromFileList = (list: FileList | null) =>
    void addFiles([...(list ?? [])].map((f) => ({ name: f.name, bytes: () => f.arrayBuffer() })));

  const openSample = async (s: (typeof SAMPLES)[number]) => {
    try {
      const res = await fetch(s.file);
      if (!res.ok) throw new Error(String(res.status));
      const buf = await res.arrayBuffer();
      await addFiles([{ name: s.name, bytes: async () => buf }]);
    } catch {
      setSave({ kind: 'error', text: W.sampleFailed });
    }
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    fromFileList(e.dataTransfer.files);
  };

  const current = entries.find((e) => e.key === chosen);
  const opened = current?.opened.ok ? current.opened : null;

  useEffect(() => {
    if (!opened) return;
    const wb = opened.workbook;
    window.phulucWeb = {
      activeValues: () => wb.active.rows.map((r) => r.map((c) => seenOf(c, wb.active.original.date1904).value)),
      formulas: () => {
        const out: Record<string, Record<string, string>> = {};
        for (const s of wb.sheets) {
          const m: Record<string, string> = {};
          s.rows.forEach((row, r) => row.forEach((c, col) => c?.formula !== undefined && (m[a1(r, col)] = c.formula.replace(/^=/, ''))));
          out[s.name] = m;
        }
        return out;
      },
    };
  }, [opened]);

  const onDownload = () => {
    if (!current || !opened) return;
    try {
      const result = writeEdited(opened.read, opened.workbook);
      if (!result.ok) {
        setSave({ kind: 'error', text: W.notSaved, reasons: result.reasons });
        return;
      }
      const name = editedName(current.name);
      download(result.bytes, name);
      setSave({
        kind: result.edits === 0 ? 'info' : 'ok',
        text:
          result.edits === 0
            ? W.unchanged(name)
            : W.saved(name, result.edits),
        reasons: result.notes,
      });
    } catch (e) {
      const reason = e instanceof XlsxError ? e.reason : e instanceof Error ? e.message : String(e);
      setSave({ kind: 'error', text: W.saveFailed(reason) });
    }
  };

  return (
    <div
      data-testid="drop-zone"
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      style={{ display: 'flex', flexDirection: 'column', height: '100%', outline: dragging ? `3px dashed ${GREEN}` : 'none', outlineOffset: -3 }}
    >
      <header style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center', padding: '8px 12px', background: GREEN, color: '#FFF', fontSize: 13 }}>
        <strong style={{ fontSize: 15 }}>{W.title}</strong>
        <button type="button" data-testid="btn-open" onClick={() => input.current?.click()} style={headerButton}>
          {W.open}
        </button>
        <input
          ref={input}
          data-testid="file-input"
          type="file"
          multiple
          accept=".xlsx,.xlsm,.xls,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          style={{ display: 'none' }}
          onChange={(e) => {
            fromFileList(e.target.files);
            e.target.value = '';
          }}
        />
        <button type="button" data-testid="btn-download" disabled={!opened} onClick={onDownload} style={{ ...headerButton, opacity: opened ? 1 : 0.6, cursor: opened ? 'pointer' : 'default' }}>
          {W.download}
        </button>
        <span data-testid="privacy-notice" style={{ opacity: 0.95 }}>
          {W.privacy}
        </span>
      </header>
      {save && (
        <div role="status" data-testid="download-status" style={{ padding: '6px 12px', fontSize: 13, background: save.kind === 'error' ? '#FDE7E9' : save.kind === 'ok' ? '#DFF6DD' : '#F0F0F0' }}>
          {save.text}
          {save.reasons && save.reasons.length > 0 && (
            <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
              {save.reasons.map((r, i) => (
                <li key={i}>{r}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div style={{ display: 'flex', flex: 1, minHeight: 0 }}>
        <nav aria-label={W.filesLabel} style={{ width: 220, flex: '0 0 220px', borderRight: '1px solid #D1D1D1', overflowY: 'auto', fontSize: 13, padding: 8, boxSizing: 'border-box' }}>
          <div style={{ fontWeight: 600, marginBottom: 6 }}>{W.files}</div>
          {entries.length === 0 && <p style={{ color: '#616161', margin: 0 }}>{W.noFiles}</p>}
          <ul data-testid="file-list" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {entries.map((e) => (
              <li key={e.key} style={{ marginBottom: 6 }}>
                <button
                  type="button"
                  data-testid="file-item"
                  aria-current={e.key === chosen}
                  onClick={() => {
                    setChosen(e.key);
                    setSave(null);
                  }}
                  style={{
                    width: '100%', textAlign: 'left', border: '1px solid #D1D1D1', borderRadius: 4, padding: '4px 6px', cursor: 'pointer',
                    background: e.key === chosen ? '#E8F3EC' : '#FFF', fontWeight: e.key === chosen ? 600 : 400, wordBreak: 'break-word',
                  }}
                >
                  {e.name}
                </button>
                {!e.opened.ok && (
                  <div data-testid="file-error" role="alert" style={{ color: '#A4262C', marginTop: 2 }}>
                    {e.name}: {e.opened.reason}
                  </div>
                )}
              </li>
            ))}
          </ul>
          <div style={{ fontWeight: 600, margin: '16px 0 6px' }}>{W.trySamples}</div>
          {SAMPLES.map((s) => (
            <button key={s.file} type="button" data-testid="sample" onClick={() => void openSample(s)} style={{ display: 'block', marginBottom: 6, cursor: 'pointer' }}>
              {s.label}
            </button>
          ))}
          <p style={{ color: '#616161' }} data-testid="demo-link">
            {demoReachable ? (
              <>
                {W.orSee} <a href="demo.html">{W.demoLink}</a> {W.demoRows}
              </>
            ) : (
              <>{W.demoNeedsNetwork}</>
            )}
          </p>
          {busy && <p role="status">{W.reading}</p>}
        </nav>
        <main style={{ flex: 1, minWidth: 0, padding: 8, display: 'flex', flexDirection: 'column' }}>
          {opened ? (
            <SheetView model={opened.workbook.model} />
          ) : (
            <Welcome failed={current !== undefined && !current.opened.ok ? `${current.name}: ${(current.opened as { reason: string }).reason}` : null} />
          )}
        </main>
        {opened && current && (
          <aside data-testid="pane-host" aria-label={W.paneLabel} style={{ width: 350, flex: '0 0 350px', borderLeft: '1px solid #D1D1D1', overflowY: 'auto', background: '#FFF' }}>
            <App key={current.key} adapter={opened.workbook.adapter} />
          </aside>
        )}
      </div>
    </div>
  );
}

const headerButton = {
  background: '#FFF', color: GREEN, border: 'none', borderRadius: 4, padding: '4px 10px', fontWeight: 600, cursor: 'pointer',
} as const;

function Welcome({ failed }: { failed: string | null }) {
  return (
    <div style={{ maxWidth: 640, margin: '32px auto', fontSize: 14, lineHeight: 1.6, color: '#242424' }}>
      <h1 style={{ fontSize: 20 }}>{W.welcomeTitle}</h1>
      {failed && (
        <p data-testid="open-error" role="alert" style={{ color: '#A4262C' }}>
          {failed}
        </p>
      )}
      <p>
        {W.welcomeBefore} <em>{W.edited}</em>
        {W.welcomeAfter}
      </p>
      <p>{W.browsers}</p>
    </div>
  );
}

/**
 * Whether the demo page (demo.html) opens now: cached by the service worker (sw-template.js
 * caches it, after its scripts, once the page has loaded or the demo was opened), or else the
 * server answers for it. Offline without it, the link would lead to the browser's error page:
 * the page says so instead. `navigator.onLine` alone is not enough: it stays true when the
 * office's network is up but the server is not (and in Chromium under test emulation after a
 * reload), so the server is asked (a HEAD request, which the service worker leaves alone).
 * Asked again whenever the browser goes online or offline.
 */
function useDemoReachable(): boolean {
  const [reachable, setReachable] = useState(true);
  useEffect(() => {
    let live = true;
    let asked = 0;
    const href = new URL('demo.html', document.baseURI).href;
    const cached = (): Promise<boolean> =>
      typeof caches === 'undefined' ? Promise.resolve(false) : caches.match(href).then((hit) => hit !== undefined, () => false);
    const answers = (): Promise<boolean> =>
      typeof navigator !== 'undefined' && navigator.onLine === false
        ? Promise.resolve(false)
        : fetch(href, { method: 'HEAD', cache: 'no-store' }).then((res) => res.ok, () => false);
    const update = () => {
      const mine = ++asked;
      void cached()
        .then((hit) => hit || answers())
        .then((yes) => live && mine === asked && setReachable(yes));
    };
    update();
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      live = false;
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return reachable;
}

/** Keeps the page from navigating away to a file dropped outside the drop zone. */
export function useNoNavigationOnDrop(): void {
  useEffect(() => {
    const stop = (e: Event) => e.preventDefault();
    window.addEventListener('dragover', stop);
    window.addEventListener('drop', stop);
    return () => {
      window.removeEventListener('dragover', stop);
      window.removeEventListener('drop', stop);
    };
  }, []);
}
