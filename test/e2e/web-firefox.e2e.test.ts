/**
 * The web checker (`/`) end to end in Firefox: Debian's firefox-esr (FIREFOX_PATH to change it),
 * headless, driven over WebDriver BiDi by puppeteer-core. Playwright's own Firefox protocol needs
 * its patched Firefox build (a download), and its BiDi channel (`moz-firefox`, playwright-core
 * 1.65) calls network.addDataCollector, which Firefox 140 ESR does not have; puppeteer-core
 * speaks the BiDi that 140 ESR does. Nothing is downloaded: .ci/run installs firefox-esr.
 *
 * The same journeys as the Chromium web-checker tests in demo.e2e.test.ts, through Firefox's own
 * file input, download manager (a real download into a folder, named by the page) and service
 * worker. Offline here means the site's server is gone: BiDi in 140 ESR cannot emulate the network
 * being off (emulation.setNetworkConditions), so navigator.onLine stays true, as it does in an
 * office whose network is up but whose server is not.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ensureBuilt, out, root, serveDist } from '../helpers/e2e-site';
import { brokenFiles, expectSavedAsShown } from '../helpers/web-journeys';

jest.setTimeout(240_000);

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const fixture = path.join(root, 'test', 'fixtures', 'quang-tri-2024.xlsx');

let server: import('http').Server;
let base: string;
let port: number;
let browser: Browser;
/** Firefox's download folder: every download of this run lands here, under the page's name. */
let downloads: string;

beforeAll(async () => {
  if (!fs.existsSync(FIREFOX))
    throw new Error(`No Firefox at ${FIREFOX}: apt-get install -y firefox-esr (or set FIREFOX_PATH). .ci/run installs it.`);
  ensureBuilt();
  fs.mkdirSync(out, { recursive: true });
  ({ server, base } = await serveDist());
  port = Number(new URL(base).port);
  downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'phuluc-firefox-downloads-'));
  try {
    // A fresh temporary profile each launch; Firefox starts slowly on a loaded 2-core machine.
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      // The window's size, not an emulated viewport: puppeteer's setViewport needs
      // emulation.setScreenOrientationOverride, which 140 ESR lacks.
      args: ['--width=1400', '--height=900'],
      defaultViewport: null,
      timeout: 180_000,
      protocolTimeout: 180_000,
      extraPrefsFirefox: {
        // Downloads go straight to the folder, as a person's "save to Downloads" does, never a dialog.
        'browser.download.folderList': 2,
        'browser.download.dir': downloads,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        'browser.helperApps.neverAsk.saveToDisk': XLSX_TYPE,
        'browser.download.manager.showWhenStarting': false,
      },
    });
  } catch (e) {
    throw new Error(`Firefox (${FIREFOX}) did not start under puppeteer-core: ${(e as Error).message}`);
  }
  // A production build of the pages takes minutes on a loaded 2-core machine.
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  if (downloads) fs.rmSync(downloads, { recursive: true, force: true });
});

const css = (testId: string) => `[data-testid="${testId}"]`;

async function openChecker(): Promise<Page> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String((e as Error).message ?? e)));
  await page.goto(`${base}/`);
  await page.waitForSelector(css('privacy-notice'));
  expect(errors).toEqual([]);
  return page;
}

/** Waits until the element's text is `want` (or contains it), failing with what it shows instead. */
async function expectText(page: Page, testId: string, want: string, contains = false, timeout = 30_000): Promise<void> {
  try {
    await page.waitForFunction(
      (sel: string, want: string, contains: boolean) => {
        const t = (document.querySelector(sel) as HTMLElement | null)?.innerText?.trim();
        return t !== undefined && (contains ? t.includes(want) : t === want);
      },
      { timeout, polling: 200 },
      css(testId),
      want,
      contains,
    );
  } catch {
    const got = await page.$eval(css(testId), (e) => (e as HTMLElement).innerText).catch(() => '(not drawn)');
    throw new Error(`${testId}: expected ${contains ? 'to contain ' : ''}"${want}", got "${got}"`);
  }
}

const texts = (page: Page, testId: string) => page.$$eval(css(testId), (els) => els.map((e) => (e as HTMLElement).innerText));

/** The finished download called `name`: Firefox writes it (or a .part beside it) and then renames. */
async function downloaded(name: string, timeout = 60_000): Promise<string> {
  const file = path.join(downloads, name);
  const until = Date.now() + timeout;
  let last = -1;
  while (Date.now() < until) {
    const parts = fs.readdirSync(downloads).filter((f) => f.endsWith('.part'));
    const size = fs.existsSync(file) ? fs.statSync(file).size : -1;
    if (size > 0 && parts.length === 0 && size === last) return file;
    last = size;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`No download "${name}" in ${downloads}: found ${JSON.stringify(fs.readdirSync(downloads))}`);
}

describe('web checker in Firefox ESR', () => {
  it('opens a real appendix through the file input, checks it, Sửa tất cả, downloads a copy the CLI reader reads', async () => {
    const page = await openChecker();
    expect(await page.evaluate(() => navigator.userAgent)).toMatch(/Firefox\/\d+/);
    await expect(page.$eval(css('privacy-notice'), (e) => (e as HTMLElement).innerText)).resolves.toContain('không tải lên đâu cả');
    await page.screenshot({ path: path.join(out, 'firefox-web-before.png') });

    const input = await page.$('input[data-testid="file-input"]');
    await input!.uploadFile(fixture);
    await expectText(page, 'cell-A1', 'Phụ lục');
    await expect(texts(page, 'file-item')).resolves.toEqual(['quang-tri-2024.xlsx']);

    // Kiểm tra; the issue selects (and scrolls to) its cell.
    await page.click(css('btn-check'));
    await page.waitForSelector(css('issue-stt.gap-A56'), { timeout: 60_000 });
    await page.click(css('issue-stt.gap-A56'));
    await expectText(page, 'name-box', 'A56');
    expect(await page.$eval(css('cell-A56'), (e) => e.getAttribute('data-selected'))).toBe('true');
    await expectText(page, 'cell-A56', '3');

    // Sửa tất cả: the two page-break fragments (rows 22 and 37) are joined and deleted, so
    // section VI's tasks move up two rows, renumbered.
    await page.click(css('btn-fix-all'));
    await expectText(page, 'cell-A54', '2');
    await expectText(page, 'cell-A56', '4');
    const shown = await page.evaluate(() => window.phulucWeb!.activeValues());

    // Tải tệp đã sửa: Firefox saves it under the name the page gave.
    await page.click(css('btn-download'));
    await expectText(page, 'download-status', 'Tệp gốc trên máy của bạn giữ nguyên', true);
    const saved = await downloaded('quang-tri-2024 (đã sửa).xlsx');
    await page.screenshot({ path: path.join(out, 'firefox-web-after.png') });
    await page.close();
    fs.copyFileSync(saved, path.join(out, 'firefox quang-tri-2024 (đã sửa).xlsx'));

    // Read back with the CLI's reader: what the page showed is in the file, nothing else changed.
    expectSavedAsShown(fixture, saved, shown);
  });

  /** Broken files, each with the reason the CLI's reader gives. */
  const broken = () => brokenFiles(fixture);

  it('a corrupt file through the file input gets the CLI reader\'s Vietnamese reason', async () => {
    const { files, reasons } = broken();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'phuluc-firefox-broken-'));
    const paths = files.map((f) => {
      fs.writeFileSync(path.join(dir, f.name), f.bytes);
      return path.join(dir, f.name);
    });
    const page = await openChecker();
    await (await page.$('input[data-testid="file-input"]'))!.uploadFile(paths[0]!);
    await page.waitForSelector(css('file-error'));
    await expect(texts(page, 'file-error')).resolves.toEqual([reasons[0]]);
    expect(await page.$eval(css('btn-download'), (e) => (e as HTMLButtonElement).disabled)).toBe(true);
    await page.screenshot({ path: path.join(out, 'firefox-web-corrupt.png') });
    await page.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('drops several broken files and lists each with its Vietnamese reason', async () => {
    const { files, reasons } = broken();
    const page = await openChecker();
    await page.evaluate((list: { name: string; bytes: number[] }[]) => {
      const dt = new DataTransfer();
      for (const f of list) dt.items.add(new File([new Uint8Array(f.bytes)], f.name));
      const zone = document.querySelector('[data-testid="drop-zone"]')!;
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, files.map((f) => ({ name: f.name, bytes: [...f.bytes] })));
    await page.waitForFunction((sel: string) => document.querySelectorAll(sel).length === 3, { timeout: 30_000 }, css('file-error'));
    await expect(texts(page, 'file-item')).resolves.toEqual(files.map((f) => f.name));
    await expect(texts(page, 'file-error')).resolves.toEqual(reasons);
    await page.screenshot({ path: path.join(out, 'firefox-web-broken-files.png') });
    await page.close();
  });

  it('works with the server gone once opened: the service worker serves the page and samples; the demo link says when it needs the network', async () => {
    const serverGone = () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    const demoCached = (page: Page) =>
      page.waitForFunction(async () => (await caches.match(new URL('demo.html', document.baseURI).href)) !== undefined, { timeout: 60_000, polling: 500 });
    const page = await openChecker();
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, { timeout: 60_000 });
    // The worker caches the linked demo in the background once it runs; here it has not yet.
    await demoCached(page);
    await page.evaluate(async () => {
      const href = new URL('demo.html', document.baseURI).href;
      for (const k of await caches.keys()) await (await caches.open(k)).delete(href);
    });
    try {
      // The server goes away (the office's network is down): every request to it now fails.
      await serverGone();
      await expect(fetch(`${base}/`).then((r) => r.status, () => 'unreachable')).resolves.toBe('unreachable');
      await page.reload();
      await page.waitForSelector(css('privacy-notice'));
      await expectText(page, 'demo-link', 'cần kết nối mạng', true);
      expect(await page.$$eval(`${css('demo-link')} a`, (a) => a.length)).toBe(0);
      await page.click(css('sample'));
      await expectText(page, 'cell-A1', 'Phụ lục');
      await page.click(css('btn-check'));
      await page.waitForSelector(css('issue-stt.gap-A56'), { timeout: 60_000 });
      await page.screenshot({ path: path.join(out, 'firefox-web-offline-demo-needs-network.png') });

      // The server is back: the link again; the first use of the demo caches it...
      ({ server } = await serveDist(port));
      await page.reload();
      await page.waitForSelector(css('privacy-notice'));
      await expectText(page, 'demo-link', 'Hoặc xem bản dùng thử', true);
      const first = await browser.newPage();
      await first.goto(`${base}/demo.html`);
      await first.waitForSelector(css('btn-check'), { timeout: 60_000 });
      await first.close();
      await demoCached(page);
      // ...so that with the server gone again the link stays, and the demo opens.
      await serverGone();
      await page.reload();
      await page.waitForSelector(css('privacy-notice'));
      await expectText(page, 'demo-link', 'Hoặc xem bản dùng thử', true);
      expect(await page.$$eval(`${css('demo-link')} a[href="demo.html"]`, (a) => a.length)).toBe(1);
      await page.screenshot({ path: path.join(out, 'firefox-web-offline.png') });
      const demo = await browser.newPage();
      const res = await demo.goto(`${base}/demo.html`);
      expect(res?.status()).toBe(200);
      await demo.waitForSelector(css('btn-check'), { timeout: 60_000 });
      await demo.close();
      await page.close();
    } finally {
      if (!server.listening) ({ server } = await serveDist(port));
    }
  });
});
