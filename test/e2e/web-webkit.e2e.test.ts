/**
 * The web checker (`/`) end to end in WebKit, Safari's engine: Debian's WebKitGTK MiniBrowser
 * (webkit2gtk-driver, 2.50.6 here), driven over classic W3C WebDriver by selenium-webdriver
 * through WebKitWebDriver. Safari itself runs only on Apple's systems; this is the same engine
 * (WebCore, JavaScriptCore, WebKit's service workers and downloads) with GTK around it.
 *
 * The test starts what it needs and stops it in afterAll, leaving no process behind: an Xvfb on
 * a display it picks itself (`-displayfd`, so two runs never race for a display number, as
 * `xvfb-run -a` can, and no xauth is needed; the MiniBrowser cannot start without a display)
 * and WebKitWebDriver on a free port, each in its own process group (the MiniBrowser and its
 * web and network processes are in the driver's). The browser runs with a temporary HOME whose
 * XDG download folder is a temporary folder: the page's download (an `<a download>` over a Blob
 * URL) is a real download that WebKit writes there under the page's name without asking, as in
 * the Firefox test; nothing is captured in the page.
 * Nothing is downloaded: .ci/run installs webkit2gtk-driver and xvfb (WEBKIT_WEBDRIVER,
 * MINIBROWSER_PATH and XVFB_PATH to change the binaries). Without them the test fails, never skips.
 *
 * The same journeys as web-firefox.e2e.test.ts, through WebKit's own file input (the path sent to
 * the input as keys, as WebDriver does it), download and service worker. Offline means the site's
 * server is gone: classic WebDriver cannot switch the network off, so navigator.onLine stays true,
 * as in an office whose network is up but whose server is not. The Firefox test opens the demo in
 * a second tab; here it is opened in the same window (one window keeps MiniBrowser simple), which
 * tests the same thing: the page and the demo come from WebKit's service-worker cache.
 */
import { spawn, type ChildProcess } from 'child_process';
import fs from 'fs';
import http from 'http';
import net from 'net';
import os from 'os';
import path from 'path';
import { By, error, WebDriver } from 'selenium-webdriver';
import { Executor, HttpClient } from 'selenium-webdriver/http';
import { ensureBuilt, out, root, serveDist } from '../helpers/e2e-site';
import { brokenFiles, expectSavedAsShown } from '../helpers/web-journeys';

jest.setTimeout(240_000);

const INSTALL = 'apt-get install -y webkit2gtk-driver xvfb';
const WEBDRIVER = process.env.WEBKIT_WEBDRIVER ?? '/usr/bin/WebKitWebDriver';
const XVFB = process.env.XVFB_PATH ?? '/usr/bin/Xvfb';
const fixture = path.join(root, 'test', 'fixtures', 'quang-tri-2024.xlsx');

/** MiniBrowser ships in libwebkit2gtk-4.1-0, under the architecture's library folder. */
function miniBrowser(): string | undefined {
  if (process.env.MINIBROWSER_PATH) return process.env.MINIBROWSER_PATH;
  const lib = '/usr/lib';
  const dirs = fs.existsSync(lib) ? fs.readdirSync(lib) : [];
  return dirs.map((d) => path.join(lib, d, 'webkit2gtk-4.1', 'MiniBrowser')).find((p) => fs.existsSync(p));
}

let server: http.Server;
let base: string;
let port: number;
let driver: WebDriver;
/** A temporary HOME for the browser; the XDG download folder (`downloads`) is inside it. */
let home: string;
let downloads: string;
const processes: ChildProcess[] = [];

/** Stops a process started below and everything in its process group. */
async function stop(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null || proc.pid === undefined) return;
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  const signal = (s: NodeJS.Signals) => {
    try {
      process.kill(-proc.pid!, s);
    } catch {
      // the group is gone already
    }
  };
  signal('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const late = await Promise.race([exited.then(() => false), new Promise<boolean>((r) => (timer = setTimeout(() => r(true), 10_000)))]);
  clearTimeout(timer);
  if (late) {
    signal('SIGKILL');
    await exited;
  }
}

/** Should Jest die before afterAll, no Xvfb or driver outlives it. */
function stopAllNow(): void {
  for (const p of processes) {
    if (p.exitCode === null && p.signalCode === null && p.pid !== undefined) {
      try {
        process.kill(-p.pid, 'SIGKILL');
      } catch {
        // gone
      }
    }
  }
}

function spawnGroup(cmd: string, args: string[], env: NodeJS.ProcessEnv, stdio: ('ignore' | 'pipe')[]): { proc: ChildProcess; stderr: () => string } {
  const proc = spawn(cmd, args, { env, stdio, detached: true });
  processes.push(proc);
  let err = '';
  proc.stderr?.on('data', (d: Buffer) => {
    err = (err + d.toString()).slice(-4_000);
  });
  return { proc, stderr: () => err };
}

/** Xvfb on the first free display, which it writes to fd 3 once it accepts connections. */
async function startXvfb(): Promise<string> {
  const { proc, stderr } = spawnGroup(XVFB, ['-displayfd', '3', '-screen', '0', '1400x900x24', '-nolisten', 'tcp'], process.env, ['ignore', 'ignore', 'pipe', 'pipe']);
  const fd3 = proc.stdio[3] as NodeJS.ReadableStream;
  return new Promise<string>((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`Xvfb gave no display in 60 s: ${stderr()}`)), 60_000);
    fd3.on('data', (d: Buffer) => {
      text += d.toString();
      if (text.includes('\n')) {
        clearTimeout(timer);
        resolve(`:${text.trim()}`);
      }
    });
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb (${XVFB}) exited with ${code}: ${stderr()}`));
    });
  });
}

async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const p = (s.address() as net.AddressInfo).port;
  await new Promise((resolve) => s.close(resolve));
  return p;
}

/** WebKitWebDriver on a free port, answering /status, with the browser's HOME and display. */
async function startDriver(display: string): Promise<string> {
  const env: NodeJS.ProcessEnv = { ...process.env, DISPLAY: display, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), XDG_CACHE_HOME: path.join(home, '.cache'), XDG_DATA_HOME: path.join(home, '.local', 'share'), NO_AT_BRIDGE: '1' };
  delete env.WAYLAND_DISPLAY;
  const driverPort = await freePort();
  const { proc, stderr } = spawnGroup(WEBDRIVER, [`--port=${driverPort}`], env, ['ignore', 'ignore', 'pipe']);
  const url = `http://127.0.0.1:${driverPort}`;
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    if (proc.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${proc.exitCode}: ${stderr()}`);
    const ready = await fetch(`${url}/status`).then(
      async (r) => ((await r.json()) as { value?: { ready?: boolean } }).value?.ready === true,
      () => false,
    );
    if (ready) return url;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`WebKitWebDriver did not answer on ${url} in 60 s: ${stderr()}`);
}

beforeAll(async () => {
  const browserBinary = miniBrowser();
  for (const [what, file] of [
    ['WebKitWebDriver', WEBDRIVER],
    ['MiniBrowser', browserBinary],
    ['Xvfb', XVFB],
  ] as const) {
    if (file === undefined || !fs.existsSync(file)) throw new Error(`No ${what}${file ? ` at ${file}` : ''}: ${INSTALL} (.ci/run installs them).`);
  }
  ensureBuilt();
  fs.mkdirSync(out, { recursive: true });
  ({ server, base } = await serveDist());
  port = Number(new URL(base).port);
  process.once('exit', stopAllNow);

  home = fs.mkdtempSync(path.join(os.tmpdir(), 'phuluc-webkit-home-'));
  downloads = path.join(home, 'downloads');
  fs.mkdirSync(downloads);
  fs.mkdirSync(path.join(home, '.config'));
  // Where WebKitGTK saves a download without asking (GLib's XDG download folder).
  fs.writeFileSync(path.join(home, '.config', 'user-dirs.dirs'), `XDG_DOWNLOAD_DIR="${downloads}"\n`);
  const url = await startDriver(await startXvfb());
  try {
    const capabilities = { 'webkitgtk:browserOptions': { binary: browserBinary, args: ['--automation'] } };
    // No keep-alive: a socket to the driver left open would keep Jest from exiting.
    driver = WebDriver.createSession(new Executor(new HttpClient(url, new http.Agent({ keepAlive: false }))), capabilities);
    await driver.getSession();
    // A production bundle parses slowly on a loaded 2-core machine.
    await driver.manage().setTimeouts({ pageLoad: 120_000, script: 120_000, implicit: 0 });
    await driver.manage().window().setRect({ width: 1400, height: 900 });
  } catch (e) {
    throw new Error(`MiniBrowser (${browserBinary}) did not start under WebKitWebDriver: ${(e as Error).message}`);
  }
  // A production build of the pages takes minutes on a loaded 2-core machine.
}, 900_000);

afterAll(async () => {
  await driver?.quit().catch(() => undefined);
  for (const p of processes.slice().reverse()) await stop(p);
  process.removeListener('exit', stopAllNow);
  await new Promise((resolve) => (server?.listening ? server.close(resolve) : resolve(undefined)));
  if (home) fs.rmSync(home, { recursive: true, force: true });
}, 60_000);

const css = (testId: string) => `[data-testid="${testId}"]`;

async function screenshot(name: string): Promise<void> {
  // WebKit's screenshot is of what it last painted: right after a load that can be a blank page.
  await driver.executeAsyncScript(
    'const done = arguments[arguments.length - 1]; document.fonts.ready.then(() => requestAnimationFrame(() => requestAnimationFrame(() => done(true))));',
  );
  fs.writeFileSync(path.join(out, name), Buffer.from(await driver.takeScreenshot(), 'base64'));
}

/** Waits until `fn` (run in the page) returns something truthy, failing with `what`. */
async function waitInPage<T>(what: string, fn: (...args: never[]) => T | Promise<T>, args: unknown[] = [], timeout = 30_000): Promise<T> {
  return driver.wait(async () => (await driver.executeScript<T>(fn, ...args)) || undefined, timeout, `WebKit: waited ${timeout / 1000} s for ${what}`) as Promise<T>;
}

/** The page's errors since `openChecker` (the bundle ran: it drew the privacy notice). */
const pageErrors = () => driver.executeScript<string[]>(() => (window as unknown as { e2eErrors: string[] }).e2eErrors);

async function openChecker(): Promise<void> {
  await driver.get(`${base}/`);
  await waitInPage('the privacy notice', (sel: string) => document.querySelector(sel) !== null, [css('privacy-notice')], 60_000);
  await driver.executeScript(() => {
    const errors: string[] = [];
    (window as unknown as { e2eErrors: string[] }).e2eErrors = errors;
    window.addEventListener('error', (e) => errors.push(String(e.message)));
    window.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
  });
}

/** Waits until the element's text is `want` (or contains it), failing with what it shows instead. */
async function expectText(testId: string, want: string, contains = false, timeout = 30_000): Promise<void> {
  const shown = () => driver.executeScript<string | null>((sel: string) => (document.querySelector(sel) as HTMLElement | null)?.innerText?.trim() ?? null, css(testId));
  try {
    await driver.wait(async () => {
      const t = await shown();
      return t !== null && (contains ? t.includes(want) : t === want);
    }, timeout);
  } catch {
    throw new Error(`${testId}: expected ${contains ? 'to contain ' : ''}"${want}", got "${(await shown()) ?? '(not drawn)'}"`);
  }
}

const texts = (testId: string) => driver.executeScript<string[]>((sel: string) => [...document.querySelectorAll(sel)].map((e) => (e as HTMLElement).innerText), css(testId));

/**
 * Clicks the element (WebDriver's click: scrolled into view, a real pointer click). React may
 * redraw it between the find and the click; WebKit then answers that the element is gone, the
 * click did not happen, and it is found again.
 */
async function click(testId: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await (await driver.findElement(By.css(css(testId)))).click();
      return;
    } catch (e) {
      const gone = e instanceof error.StaleElementReferenceError || e instanceof error.NoSuchElementError;
      if (!gone || attempt === 3) throw e;
    }
  }
}

/** The finished download called `name`: its size settled and no partial file beside it. */
async function downloaded(name: string, timeout = 60_000): Promise<string> {
  const file = path.join(downloads, name);
  const until = Date.now() + timeout;
  let last = -1;
  while (Date.now() < until) {
    const partial = fs.readdirSync(downloads).filter((f) => f !== name);
    const size = fs.existsSync(file) ? fs.statSync(file).size : -1;
    if (size > 0 && partial.length === 0 && size === last) return file;
    last = size;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`No download "${name}" in ${downloads}: found ${JSON.stringify(fs.readdirSync(downloads))}`);
}

describe('web checker in WebKit (MiniBrowser)', () => {
  it('opens a real appendix through the file input, checks it, Sửa tất cả, downloads a copy the CLI reader reads', async () => {
    await openChecker();
    expect(await driver.executeScript(() => navigator.userAgent)).toMatch(/AppleWebKit\/[\d.]+ .*Safari\//);
    await expect(texts('privacy-notice')).resolves.toEqual([expect.stringContaining('không tải lên đâu cả')]);
    await screenshot('webkit-web-before.png');

    await driver.findElement(By.css('input[data-testid="file-input"]')).sendKeys(fixture);
    await expectText('cell-A1', 'Phụ lục');
    await expect(texts('file-item')).resolves.toEqual(['quang-tri-2024.xlsx']);

    // Kiểm tra; the issue selects (and scrolls to) its cell.
    await click('btn-check');
    await waitInPage('the STT gap issue', (sel: string) => document.querySelector(sel) !== null, [css('issue-stt.gap-A56')], 60_000);
    await click('issue-stt.gap-A56');
    await expectText('name-box', 'A56');
    // Read in the page: the sheet view redraws its cells, so a WebDriver reference may go stale.
    await waitInPage('cell A56 selected', (sel: string) => document.querySelector(sel)?.getAttribute('data-selected') === 'true', [css('cell-A56')]);
    await expectText('cell-A56', '3');

    // Sửa tất cả: the two page-break fragments (rows 22 and 37) are joined and deleted, so
    // section VI's tasks move up two rows, renumbered.
    await click('btn-fix-all');
    await expectText('cell-A54', '2');
    await expectText('cell-A56', '4');
    const shown = await driver.executeScript<unknown[][]>(() => window.phulucWeb!.activeValues());

    // Tải tệp đã sửa: WebKit saves it in the download folder under the name the page gave.
    await click('btn-download');
    await expectText('download-status', 'Tệp gốc trên máy của bạn giữ nguyên', true);
    const saved = await downloaded('quang-tri-2024 (đã sửa).xlsx');
    await screenshot('webkit-web-after.png');
    await expect(pageErrors()).resolves.toEqual([]);
    fs.copyFileSync(saved, path.join(out, 'webkit quang-tri-2024 (đã sửa).xlsx'));

    // Read back with the CLI's reader: what the page showed is in the file, nothing else changed.
    expectSavedAsShown(fixture, saved, shown);
  });

  /** Broken files, each with the reason the CLI's reader gives. */
  const broken = () => brokenFiles(fixture);

  it('a corrupt file through the file input gets the CLI reader\'s Vietnamese reason', async () => {
    const { files, reasons } = broken();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'phuluc-webkit-broken-'));
    try {
      const file = path.join(dir, files[0]!.name);
      fs.writeFileSync(file, files[0]!.bytes);
      await openChecker();
      await driver.findElement(By.css('input[data-testid="file-input"]')).sendKeys(file);
      await waitInPage('the file error', (sel: string) => document.querySelector(sel) !== null, [css('file-error')]);
      await expect(texts('file-error')).resolves.toEqual([reasons[0]]);
      expect(await driver.executeScript((sel: string) => (document.querySelector(sel) as HTMLButtonElement).disabled, css('btn-download'))).toBe(true);
      await screenshot('webkit-web-corrupt.png');
      await expect(pageErrors()).resolves.toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('drops several broken files and lists each with its Vietnamese reason', async () => {
    const { files, reasons } = broken();
    await openChecker();
    await driver.executeScript((list: { name: string; base64: string }[]) => {
      const dt = new DataTransfer();
      for (const f of list) dt.items.add(new File([Uint8Array.from(atob(f.base64), (ch) => ch.charCodeAt(0))], f.name));
      const zone = document.querySelector('[data-testid="drop-zone"]')!;
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, files.map((f) => ({ name: f.name, base64: f.bytes.toString('base64') })));
    await waitInPage('three file errors', (sel: string) => document.querySelectorAll(sel).length === 3, [css('file-error')]);
    await expect(texts('file-item')).resolves.toEqual(files.map((f) => f.name));
    await expect(texts('file-error')).resolves.toEqual(reasons);
    await screenshot('webkit-web-broken-files.png');
    await expect(pageErrors()).resolves.toEqual([]);
  });

  it('works with the server gone once opened: the service worker serves the page and samples; the demo link says when it needs the network', async () => {
    const serverGone = () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    const demoCached = () =>
      driver.wait(
        () => driver.executeAsyncScript<boolean>('const done = arguments[arguments.length - 1]; caches.match(new URL("demo.html", document.baseURI).href).then((r) => done(r !== undefined), () => done(false));'),
        60_000,
        'WebKit: the service worker did not cache demo.html in 60 s',
        500,
      );
    const reload = async () => {
      await driver.navigate().refresh();
      await waitInPage('the privacy notice', (sel: string) => document.querySelector(sel) !== null, [css('privacy-notice')], 60_000);
    };
    await openChecker();
    await driver.executeAsyncScript('const done = arguments[arguments.length - 1]; navigator.serviceWorker.ready.then(() => done(true));');
    await reload();
    await waitInPage('the service worker to control the page', () => navigator.serviceWorker.controller !== null, [], 60_000);
    // The worker caches the linked demo in the background once it runs; here it has not yet.
    await demoCached();
    await driver.executeAsyncScript(
      'const done = arguments[arguments.length - 1]; const href = new URL("demo.html", document.baseURI).href; caches.keys().then((ks) => Promise.all(ks.map((k) => caches.open(k).then((c) => c.delete(href))))).then(() => done(true));',
    );
    try {
      // The server goes away (the office's network is down): every request to it now fails.
      await serverGone();
      await expect(fetch(`${base}/`).then((r) => r.status, () => 'unreachable')).resolves.toBe('unreachable');
      await reload();
      await expectText('demo-link', 'cần kết nối mạng', true);
      expect(await driver.findElements(By.css(`${css('demo-link')} a`))).toHaveLength(0);
      await click('sample');
      await expectText('cell-A1', 'Phụ lục');
      await click('btn-check');
      await waitInPage('the STT gap issue', (sel: string) => document.querySelector(sel) !== null, [css('issue-stt.gap-A56')], 60_000);
      await screenshot('webkit-web-offline-demo-needs-network.png');

      // The server is back: the link again; the first use of the demo caches it...
      ({ server } = await serveDist(port));
      await reload();
      await expectText('demo-link', 'Hoặc xem bản dùng thử', true);
      await driver.get(`${base}/demo.html`);
      await waitInPage('the demo pane', (sel: string) => document.querySelector(sel) !== null, [css('btn-check')], 60_000);
      await openChecker();
      await demoCached();
      // ...so that with the server gone again the link stays, and the demo opens.
      await serverGone();
      await reload();
      await expectText('demo-link', 'Hoặc xem bản dùng thử', true);
      expect(await driver.findElements(By.css(`${css('demo-link')} a[href="demo.html"]`))).toHaveLength(1);
      await screenshot('webkit-web-offline.png');
      await driver.get(`${base}/demo.html`);
      await waitInPage('the demo pane from the cache', (sel: string) => document.querySelector(sel) !== null, [css('btn-check')], 60_000);
      await expect(fetch(`${base}/demo.html`).then((r) => r.status, () => 'unreachable')).resolves.toBe('unreachable');
    } finally {
      if (!server.listening) ({ server } = await serveDist(port));
    }
  });
});
