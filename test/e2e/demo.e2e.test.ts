/**
 * End to end, in headless Chromium (playwright-core + Debian's /usr/bin/chromium): the demo page,
 * the real pane, the real adapter, the emulated Excel. Builds dist/ first when it is missing or
 * older than the sources. Run alone with `npm run test:e2e`.
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import * as acorn from 'acorn';
import { chromium, type Browser, type Page } from 'playwright-core';
import { seenOf } from '../../src/core/fix';
import { openPackage } from '../../src/xlsx/package';
import { readWorkbook } from '../../src/xlsx/read';
import { dist, ensureBuilt, out, root, serveDist } from '../helpers/e2e-site';
import { brokenFiles } from '../helpers/web-journeys';
import { parseCsv } from '../helpers/external';

jest.setTimeout(240_000);

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const IE11_UA = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ECMA_VERSION } = require('../../webpack.config.js') as { ECMA_VERSION: number };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { measure } = require('../../scripts/bundle-size.js') as {
  measure(dist: string, page: string): { file: string; bytes: number; gzip: number }[];
};

let server: import('http').Server;
let base: string;
let browser: Browser;

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  ensureBuilt();
  fs.mkdirSync(out, { recursive: true });
  ({ server, base } = await serveDist());
  // launch() gives the browser a fresh, temporary user-data-dir of its own each time.
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  // A production build of the three pages takes minutes on a loaded 2-core machine.
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

async function openDemo(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${base}/demo.html`);
  await page.getByTestId('sheet').waitFor();
  expect(errors).toEqual([]);
  return page;
}

const cellText = (page: Page, address: string) => page.getByTestId(`cell-${address}`).innerText();

/** Waits until the element's text is `want` (or contains it), failing with what it shows instead. */
async function expectText(page: Page, selector: string, want: string, contains = false, timeout = 15_000) {
  const css = selector.startsWith('#') ? selector : `[data-testid="${selector}"]`;
  try {
    await page.waitForFunction(
      ([css, want, contains]) => {
        const t = (document.querySelector(css as string) as HTMLElement | null)?.innerText?.trim();
        return t !== undefined && (contains ? t.includes(want as string) : t === want);
      },
      [css, want, contains] as const,
      { timeout },
    );
  } catch {
    const got = await page.locator(css).innerText({ timeout: 1_000 }).catch(() => '(not drawn)');
    throw new Error(`${selector}: expected ${contains ? 'to contain ' : ''}"${want}", got "${got}"`);
  }
}

describe('demo page', () => {
  it('checks the sheet, goes to the section VI gap, fixes it, undoes, inserts a standard task', async () => {
    const page = await openDemo();
    await expect(cellText(page, 'A1')).resolves.toBe('Phụ lục');

    // Kiểm tra: the numbering gap in section VI (1, 3, 4, ...) is found at A56.
    await page.getByTestId('btn-check').click();
    const gap = page.getByTestId('issue-stt.gap-A56');
    await gap.waitFor();
    await expect(gap.innerText()).resolves.toContain('A56');

    // Clicking the issue selects A56 in the sheet.
    await gap.click();
    await expectText(page, 'name-box', 'A56');
    expect(await page.getByTestId('cell-A56').getAttribute('data-selected')).toBe('true');
    await expect(cellText(page, 'A56')).resolves.toBe('3');

    // Sửa: the cell changes.
    await gap.getByRole('button', { name: 'Sửa' }).click();
    await expectText(page, 'cell-A56', '2');

    // Hoàn tác: the old value is back.
    await page.getByTestId('btn-undo').click();
    await expectText(page, 'cell-A56', '3');

    // Chèn nhiệm vụ mẫu at the end of section VI.
    await page.getByTestId('btn-check').click();
    await page.getByTestId('issue-stt.gap-A56').waitFor();
    await page.getByTestId('btn-insert').click();
    const picker = page.getByTestId('template-picker');
    await picker.waitFor();
    const template = picker.getByRole('option').first();
    const templateText = (await template.innerText()).trim();
    await template.click();
    const section = page.getByTestId('template-section');
    const vi = await section.locator('option').evaluateAll((opts) =>
      (opts as HTMLOptionElement[]).find((o) => /^VI\s/.test(o.textContent ?? ''))?.value,
    );
    expect(vi).toBeDefined();
    await section.selectOption(vi!);
    // Told beforehand that nothing else is renumbered; the new task takes the next number (8),
    // the section's gap at A56 stays for the clerk to see, and the new row is selected.
    await expectText(page, 'template-renumber-preview', 'Chèn không làm đổi số thứ tự', true);
    await page.getByTestId('template-insert').click();
    await expectText(page, 'cell-A62', 'VII');
    await expectText(page, 'cell-A61', '8');
    await expectText(page, 'cell-A56', '3');
    for (const [address, n] of [['A54', '1'], ['A57', '4'], ['A58', '5'], ['A59', '6'], ['A60', '7']] as const)
      await expectText(page, `cell-${address}`, n);
    await expectText(page, 'name-box', 'C61');
    const newRow = await page.locator('[data-testid^="cell-"][data-testid$="61"]').allInnerTexts();
    expect(newRow.join(' ')).toContain(templateText.slice(0, 20));

    await page.getByTestId('pane-host').screenshot({ path: path.join(out, 'pane.png') });
    await page.screenshot({ path: path.join(out, 'demo.png') });
    expect(fs.statSync(path.join(out, 'pane.png')).size).toBeGreaterThan(5_000);
    await page.close();
  });

  it('totals the Bình Định budget with live formulas (Dự toán)', async () => {
    const page = await openDemo();
    await page.getByTestId('sample-select').selectOption('budget');
    await expectText(page, 'cell-A14', 'TỔNG CỘNG');
    await page.getByTestId('btn-check').click();
    await page.getByTestId('no-issues').waitFor();
    await page.getByTestId('btn-budget').click();
    await page.getByTestId('notice-bar').waitFor();
    // The total becomes a SUM of the lines and still shows the same amount; a line becomes q × r.
    await page.getByTestId('cell-F14').click();
    await expectText(page, 'formula-bar', '=SUM(', true);
    await expectText(page, 'cell-F14', '20.000.000');
    await page.getByTestId('cell-F8').click();
    await expectText(page, 'formula-bar', '=D8*E8');
    await expectText(page, 'cell-A15', '(Bằng chữ: Hai mươi triệu đồng)');
    await page.close();
  });

  it('fits a 320 px pane: nothing visible sticks out sideways on any tab', async () => {
    const page = await openDemo();
    await page.evaluate(() => {
      const host = document.querySelector<HTMLElement>('[data-testid="pane-host"]')!;
      host.style.width = '320px';
      host.style.flex = '0 0 320px';
    });
    /** Visible elements of the pane that end left or right of the pane's inner box (what a control clips on purpose, like an empty search box's clear button, is not visible). */
    const sticking = () =>
      page.evaluate(() => {
        const host = document.querySelector<HTMLElement>('[data-testid="pane-host"]')!;
        const left = host.getBoundingClientRect().left + host.clientLeft;
        const right = left + host.clientWidth;
        const out: string[] = [];
        for (const el of host.querySelectorAll<HTMLElement | SVGElement>('*')) {
          const r = el.getBoundingClientRect();
          if (r.width <= 1 || getComputedStyle(el).visibility === 'hidden') continue;
          let clipped = false;
          for (let a = el.parentElement; a && a.getAttribute('data-testid') !== 'pane'; a = a.parentElement) {
            const ar = a.getBoundingClientRect();
            if (getComputedStyle(a).overflowX !== 'visible' && (r.left >= ar.right || r.right <= ar.left)) clipped = true;
          }
          if (clipped) continue;
          if (r.right > right + 0.5 || r.left < left - 0.5) out.push(`${el.tagName} ${el.getAttribute('data-testid') ?? ''} ${Math.round(r.left - left)}..${Math.round(r.right - left)}`);
        }
        return { out: out.slice(0, 5), scroll: host.scrollWidth - host.clientWidth };
      });
    const fits = async (where: string) => expect({ where, ...(await sticking()) }).toEqual({ where, out: [], scroll: 0 });

    await fits('first run');
    await page.getByTestId('btn-check').click();
    await page.getByTestId('issue-stt.gap-A56').waitFor();
    await fits('issues');
    await page.getByTestId('btn-insert').click();
    await page.getByTestId('template-picker').getByRole('option').first().click();
    await page.getByTestId('template-section').waitFor();
    await fits('template library');
    await page.getByTestId('tab-tools').click();
    await page.getByTestId('btn-renumber').waitFor();
    await fits('tools');
    await page.getByTestId('btn-settings').click();
    await page.getByTestId('settings-panel').waitFor();
    await fits('settings');
    await page.getByTestId('btn-settings').click();
    await page.getByTestId('tab-issues').click();
    await page.getByTestId('pane-host').screenshot({ path: path.join(out, 'pane-320.png') });
    await page.close();
  });

  it('checks the 20,000-row sample with a bounded number of syncs', async () => {
    const page = await openDemo();
    await page.getByTestId('sample-select').selectOption('large');
    await expectText(page, 'cell-A5', 'I');
    const before = await page.evaluate(() => window.phulucDemo!.emulator.stats.syncs);
    const started = Date.now();
    await page.getByTestId('btn-check').click();
    await page.getByTestId('check-view').waitFor({ timeout: 60_000 });
    const elapsed = Date.now() - started;
    const syncs = (await page.evaluate(() => window.phulucDemo!.emulator.stats.syncs)) - before;
    const largest = await page.evaluate(() => Math.max(...window.phulucDemo!.emulator.stats.responseBytes));
    console.log(`20,000 rows in the browser: checked in ${elapsed} ms with ${syncs} syncs, largest response ${largest} bytes`);
    expect(syncs).toBeLessThanOrEqual(25);
    expect(largest).toBeLessThan(5 * 1024 * 1024);
    await page.close();
  });
});

describe('task pane page', () => {
  it('keeps the pane scripts under 350 KB gzipped', () => {
    const files = measure(dist, 'taskpane.html');
    const gzip = files.reduce((s, f) => s + f.gzip, 0);
    console.log(`taskpane scripts: ${files.map((f) => f.file).join(', ')}, ${(gzip / 1024).toFixed(1)} KB gzipped`);
    expect(files.length).toBeGreaterThan(0);
    expect(gzip).toBeLessThan(350 * 1024);
  });

  async function loadPane(opts: { userAgent?: string; init?: () => void; bundle?: { status: number; contentType: string; body: string } } = {}) {
    const context = await browser.newContext(opts.userAgent ? { userAgent: opts.userAgent } : {});
    const page = await context.newPage();
    const requested: string[] = [];
    if (opts.init) await page.addInitScript(opts.init);
    // No network here: office.js from Microsoft's CDN is refused; our own files are served.
    await page.route('https://appsforoffice.microsoft.com/**', (route) => route.abort());
    const bundle = opts.bundle;
    if (bundle) await page.route(/\/taskpane\.[^/]*\.js$/, (route) => route.fulfill(bundle));
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${base}/taskpane.html`);
    return { context, page, requested };
  }

  const UNSUPPORTED = 'phuluc cần Excel 2021, Excel cho Microsoft 365 hoặc Excel trên web';
  const bundleRequests = (requested: string[]) => requested.filter((p) => /taskpane.*\.js$/.test(p));

  it('shows a Vietnamese message in Internet Explorer 11 and never loads the bundle', async () => {
    const { context, page, requested } = await loadPane({ userAgent: IE11_UA });
    await page.locator('#unsupported').waitFor({ state: 'visible' });
    await expectText(page, '#unsupported', UNSUPPORTED, true);
    await page.waitForTimeout(500);
    expect(bundleRequests(requested)).toEqual([]);
    await context.close();
  });

  // What EdgeHTML (Edge Legacy) and Safari before 14.1 lack: the probe finds it and the bundle is never loaded.
  it.each([
    ['BigInt', () => void delete (window as unknown as Record<string, unknown>).BigInt],
    ['WeakRef', () => void delete (window as unknown as Record<string, unknown>).WeakRef],
    [
      'Unicode property escapes',
      () => {
        const Native = RegExp;
        window.RegExp = function (p: string, f?: string) {
          if (/\\p\{/.test(String(p))) throw new SyntaxError('Invalid escape');
          return new Native(p, f);
        } as unknown as RegExpConstructor;
      },
    ],
  ])('shows the message where the probe finds no %s', async (_what, strip) => {
    const { context, page, requested } = await loadPane({ init: strip });
    await page.locator('#unsupported').waitFor({ state: 'visible' });
    await expectText(page, '#unsupported', UNSUPPORTED, true);
    expect(await page.evaluate(() => (window as unknown as { phulucUnsupported?: string }).phulucUnsupported)).toBe('probe');
    expect(bundleRequests(requested)).toEqual([]);
    await context.close();
  });

  it.each([
    ['throws while starting', { status: 200, contentType: 'text/javascript', body: 'throw new TypeError("x is not a function");' }, 'error'],
    ['does not parse', { status: 200, contentType: 'text/javascript', body: 'class A { static { let = ; } }' }, 'error'],
    ['cannot be loaded', { status: 404, contentType: 'text/plain', body: '' }, 'load'],
  ])('shows the message when the bundle %s, instead of a blank pane', async (_what, response, reason) => {
    const { context, page } = await loadPane({ bundle: response });
    await page.locator('#unsupported').waitFor({ state: 'visible' });
    await expectText(page, '#unsupported', UNSUPPORTED, true);
    expect(await page.evaluate(() => (window as unknown as { phulucUnsupported?: string }).phulucUnsupported)).toBe(reason);
    await context.close();
  });

  it('loads the bundle elsewhere (here without office.js it says so in Vietnamese)', async () => {
    const { context, page, requested } = await loadPane();
    await expectText(page, '#root', 'Office.js', true);
    expect(await page.locator('#unsupported').isVisible()).toBe(false);
    expect(bundleRequests(requested).length).toBeGreaterThan(0);
    await context.close();
  });

  it(`ships scripts that parse as ECMAScript ${ECMA_VERSION} (the oldest hosts that can run the pane)`, () => {
    const parse = (code: string) => acorn.parse(code, { ecmaVersion: ECMA_VERSION as acorn.ecmaVersion, sourceType: 'script' });
    // The parser is strict enough to catch what used to ship: `??=` and class static blocks.
    expect(() => parse('let a; a ??= 1;')).toThrow();
    expect(() => parse('class A { static { this.x = 1; } }')).toThrow();
    const files = measure(dist, 'taskpane.html');
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const code = fs.readFileSync(path.join(dist, f.file), 'utf8');
      expect(() => parse(code)).not.toThrow();
    }
  });
});

describe('the pane as a clerk meets it: 320 × 650 px, keyboard, screen reader', () => {
  const AXE = path.join(root, 'node_modules', 'axe-core', 'axe.min.js');

  /** The demo with the pane at 320 × 650 px, as a real task pane. */
  async function openPane(): Promise<Page> {
    const page = await openDemo();
    const header = await page.evaluate(() => document.querySelector('header')!.getBoundingClientRect().height);
    await page.setViewportSize({ width: 1000, height: Math.ceil(650 + header) });
    await page.evaluate(() => {
      const host = document.querySelector<HTMLElement>('[data-testid="pane-host"]')!;
      host.style.width = '320px';
      host.style.flex = '0 0 320px';
    });
    await page.addScriptTag({ path: AXE });
    return page;
  }

  /**
   * axe-core's serious and critical violations inside the pane (WCAG 2.0–2.2 A and AA rules, and
   * best practices). One known false positive is left out, as Accessibility Insights does
   * (microsoft/accessibility-insights-web#7605): aria-hidden-focus on Fluent's tabster focus
   * bumpers (`<i data-tabster-dummy aria-hidden tabindex=0>`), which only pass focus on
   * (microsoft/tabster#288). Anything else aria-hidden and focusable still fails.
   */
  async function violations(page: Page): Promise<string[]> {
    return page.evaluate(async () => {
      // Measure the colours the pane settles on, not a frame of Fluent's 100 ms colour transitions
      // (a button that has just been enabled is mid-fade on a loaded machine).
      const still = document.createElement('style');
      still.textContent = '*, *::before, *::after { transition: none !important; animation: none !important; }';
      document.head.appendChild(still);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const r = await axe.run(document.querySelector('[data-testid="pane-host"]')!, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
        resultTypes: ['violations'],
      });
      return r.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !(v.id === 'aria-hidden-focus' && /^<i [^>]*data-tabster-dummy/.test(n.html))) }))
        .filter((v) => v.nodes.length > 0)
        .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    });
  }

  /** Names and descriptions in the pane that are English (Fluent's defaults: "clear", "Increment value"...). */
  const englishNames = (page: Page) =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-testid="pane-host"] [aria-label], [data-testid="pane-host"] [title], [data-testid="pane-host"] [placeholder]')]
        .flatMap((e) => ['aria-label', 'title', 'placeholder'].map((a) => e.getAttribute(a) ?? ''))
        .filter((t) => /\b(clear|increment|decrement|value|close|dismiss|open|expand|collapse|menu|search|select|remove|more)\b/i.test(t)),
    );

  const shot = (page: Page, name: string) => page.getByTestId('pane-host').screenshot({ path: path.join(out, `pane-320x650-${name}.png`) });

  it('has no serious or critical axe violations on any tab; screenshots of each at 320 × 650', async () => {
    const page = await openPane();
    expect({ tab: 'first run', v: await violations(page), english: await englishNames(page) }).toEqual({ tab: 'first run', v: [], english: [] });
    await page.getByTestId('btn-check').click();
    await page.getByTestId('issue-stt.gap-A56').waitFor();
    expect({ tab: 'issues', v: await violations(page), english: await englishNames(page) }).toEqual({ tab: 'issues', v: [], english: [] });
    await shot(page, 'van-de');
    await page.getByTestId('tab-progress').click();
    await page.getByTestId('progress-panel').waitFor();
    expect({ tab: 'progress', v: await violations(page), english: await englishNames(page) }).toEqual({ tab: 'progress', v: [], english: [] });
    await shot(page, 'tien-do');
    await page.getByTestId('btn-insert').click();
    await page.getByTestId('template-picker').getByRole('option').first().click();
    await page.getByTestId('template-section').waitFor();
    expect({ tab: 'insert', v: await violations(page), english: await englishNames(page) }).toEqual({ tab: 'insert', v: [], english: [] });
    await shot(page, 'chen-nhiem-vu-mau');
    await page.getByTestId('tab-tools').click();
    await page.getByTestId('btn-renumber').waitFor();
    expect({ tab: 'tools', v: await violations(page), english: await englishNames(page) }).toEqual({ tab: 'tools', v: [], english: [] });
    await shot(page, 'cong-cu');
    await page.getByTestId('btn-settings').click();
    await page.getByTestId('settings-panel').waitFor();
    expect({ tab: 'settings', v: await violations(page), english: await englishNames(page) }).toEqual({ tab: 'settings', v: [], english: [] });
    await shot(page, 'cai-dat');
    await page.close();
  });

  it('scrolls as one container filling the pane: at 650 px many issues show, not a 440 px box', async () => {
    const page = await openPane();
    await page.getByTestId('btn-check').click();
    await page.getByTestId('issue-stt.gap-A56').waitFor();
    const m = await page.evaluate(() => {
      const host = document.querySelector<HTMLElement>('[data-testid="pane-host"]')!;
      const scroller = document.querySelector<HTMLElement>('[data-testid="pane-scroll"]')!;
      const list = document.querySelector<HTMLElement>('[data-testid="issue-list"]')!;
      // Scroll the pane until the list is at its top, as a clerk reading the issues does.
      scroller.scrollTop += list.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
      const box = scroller.getBoundingClientRect();
      const shown = [...list.querySelectorAll<HTMLElement>('[data-severity]')].filter((e) => {
        const r = e.getBoundingClientRect();
        return r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
      }).length;
      const l = list.getBoundingClientRect();
      const listInView = Math.min(l.bottom, box.bottom) - Math.max(l.top, box.top);
      const scrollers = [...host.querySelectorAll<HTMLElement>('*')].filter((e) => {
        const o = getComputedStyle(e).overflowY;
        return (o === 'auto' || o === 'scroll') && e.scrollHeight > e.clientHeight;
      });
      return {
        hostHeight: host.clientHeight, scrollerHeight: scroller.clientHeight, listInView: Math.round(listInView), shown,
        scrollers: scrollers.map((e) => e.dataset.testid ?? e.tagName),
      };
    });
    // one scroll container, the pane's whole height; the list fills it (issues are as tall as their text)
    expect(m.scrollers).toEqual(['pane-scroll']);
    expect(m.scrollerHeight).toBe(m.hostHeight);
    expect(m.hostHeight).toBeGreaterThanOrEqual(649);
    expect(m.listInView).toBeGreaterThanOrEqual(m.scrollerHeight - 2);
    expect(m.shown).toBeGreaterThanOrEqual(3);
    await page.close();
  });

  it('the template library and the issue list are one Tab stop each; arrows move inside', async () => {
    const page = await openPane();
    await page.getByTestId('btn-check').click();
    await page.getByTestId('issue-stt.gap-A56').waitFor();
    const tabStops = (testid: string) =>
      page.evaluate((id) => {
        const el = document.querySelector<HTMLElement>(`[data-testid="${id}"]`)!;
        return [...el.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]')].filter(
          (e) => e.tabIndex >= 0 && !(e as HTMLButtonElement).disabled && e.getClientRects().length > 0,
        ).length;
      }, testid);
    // the list's one stop (its first group); the focused issue's Sửa joins it only once an issue has focus
    expect(await tabStops('issue-list')).toBe(1);
    await page.getByTestId('issue-list').locator('[tabindex="0"]').first().focus();
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
    expect(focused).toMatch(/^issue-/);
    await page.getByTestId('btn-insert').click();
    await page.getByTestId('template-picker').waitFor();
    const listStops = await page.evaluate(
      () => [...document.querySelectorAll<HTMLElement>('[data-testid="template-picker"] [role="listbox"] *')].filter((e) => e.tabIndex >= 0).length,
    );
    expect(listStops).toBe(1);
    const options = page.getByTestId('template-picker').getByRole('option');
    expect(await options.count()).toBeGreaterThan(10);
    await page.getByTestId('template-picker').locator('[role="option"][tabindex="0"]').focus();
    const before = await page.evaluate(() => document.activeElement?.id);
    await page.keyboard.press('ArrowDown');
    const after = await page.evaluate(() => document.activeElement?.id);
    expect(after).not.toBe(before);
    await page.close();
  });
});

/**
 * The web checker (`/`): a file from disk through the file input, checked, fixed, downloaded and
 * read back; broken files dropped on the page; the page offline once opened.
 */
describe('web checker page', () => {
  const fixture = path.join(root, 'test', 'fixtures', 'quang-tri-2024.xlsx');

  async function openChecker(context?: import('playwright-core').BrowserContext): Promise<Page> {
    const page = context ? await context.newPage() : await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}/`);
    await page.getByTestId('privacy-notice').waitFor();
    expect(errors).toEqual([]);
    return page;
  }

  it('opens a real appendix, checks it, Sửa tất cả, downloads a copy the reader and LibreOffice read', async () => {
    const page = await openChecker();
    await expect(page.getByTestId('privacy-notice').innerText()).resolves.toContain('không tải lên đâu cả');
    await page.screenshot({ path: path.join(out, 'web-before.png') });

    await page.getByTestId('file-input').setInputFiles(fixture);
    await expectText(page, 'cell-A1', 'Phụ lục');
    await expect(page.getByTestId('file-item').innerText()).resolves.toBe('quang-tri-2024.xlsx');

    // Kiểm tra; the issue selects (and scrolls to) its cell.
    await page.getByTestId('btn-check').click();
    const gap = page.getByTestId('issue-stt.gap-A56');
    await gap.waitFor();
    await gap.click();
    await expectText(page, 'name-box', 'A56');
    expect(await page.getByTestId('cell-A56').getAttribute('data-selected')).toBe('true');
    await expectText(page, 'cell-A56', '3');

    // Sửa tất cả: the two page-break fragments above (rows 22 and 37) are joined to their rows
    // and deleted, so section VI's tasks move up two rows, renumbered 1, 2, 3, 4...
    await page.getByTestId('btn-fix-all').click();
    await expectText(page, 'cell-A54', '2');
    await expectText(page, 'cell-A56', '4');
    const shown = await page.evaluate(() => window.phulucWeb!.activeValues());

    // Tải tệp đã sửa.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('btn-download').click()]);
    expect(download.suggestedFilename()).toBe('quang-tri-2024 (đã sửa).xlsx');
    const saved = path.join(out, 'quang-tri-2024 (đã sửa).xlsx');
    await download.saveAs(saved);
    await expectText(page, 'download-status', 'Tệp gốc trên máy của bạn giữ nguyên', true);
    await page.screenshot({ path: path.join(out, 'web-after.png') });
    await page.close();

    // Read back with the CLI's reader: what the page showed is in the file.
    const input = new Uint8Array(fs.readFileSync(fixture));
    const output = new Uint8Array(fs.readFileSync(saved));
    expect(Buffer.from(input).equals(fs.readFileSync(fixture))).toBe(true); // the original is untouched
    const back = readWorkbook(output).grids[0]!;
    expect(back.rows[53]![0]!.value).toBe(2);
    expect(back.rows[55]![0]!.value).toBe(4);
    expect(back.rows.length).toBe(readWorkbook(input).grids[0]!.rows.length - 2);
    const values = back.rows.map((r) => (r ?? []).map((c) => seenOf(c).value));
    const trim = (row: unknown[]) => {
      const r = row.slice();
      while (r.length > 0 && r[r.length - 1] === null) r.pop();
      return r;
    };
    expect(values.length).toBe(shown.length);
    for (let r = 0; r < shown.length; r++) expect({ row: r + 1, cells: trim(values[r] ?? []) }).toEqual({ row: r + 1, cells: trim(shown[r] ?? []) });
    // Nothing else changed, part for part: every zip record but the edited sheet's and the strings' is the same bytes.
    const a = openPackage(input);
    const b = openPackage(output);
    expect(b.zip.entries.map((e) => e.name).sort()).toEqual(a.zip.entries.map((e) => e.name).sort());
    const changed: string[] = [];
    for (const e of a.zip.entries) if (!Buffer.from(b.zip.get(e.name)!.localRecord).equals(Buffer.from(e.localRecord))) changed.push(e.name);
    expect(changed.length).toBeGreaterThan(0);
    for (const p of changed) expect(p).toMatch(/^xl\/(worksheets\/sheet\d+\.xml|sharedStrings\.xml)$/);

    // LibreOffice opens it as a second, independent reader.
    const lo = fs.mkdtempSync(path.join(os.tmpdir(), 'phuluc-lo-'));
    fs.copyFileSync(saved, path.join(lo, 'da-sua.xlsx'));
    execFileSync('soffice', [`-env:UserInstallation=file://${lo}/profile`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1', '--outdir', lo, path.join(lo, 'da-sua.xlsx')], { timeout: 120_000, stdio: 'pipe' });
    const rows = parseCsv(fs.readFileSync(path.join(lo, 'da-sua.csv'), 'utf8'));
    expect(rows.length).toBeGreaterThan(50);
    expect(rows[53]![0]).toBe('2');
    expect(rows[55]![0]).toBe('4');
    expect(rows[0]![0]).toBe('Phụ lục');
    fs.rmSync(lo, { recursive: true, force: true });
  });

  it('drops several broken files and lists each with the CLI reader\'s Vietnamese reason', async () => {
    const page = await openChecker();
    const { files, reasons } = brokenFiles(fixture);

    await page.evaluate((list) => {
      const dt = new DataTransfer();
      for (const f of list) dt.items.add(new File([new Uint8Array(f.bytes)], f.name));
      const zone = document.querySelector('[data-testid="drop-zone"]')!;
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, files.map((f) => ({ name: f.name, bytes: [...f.bytes] })));
    await page.getByTestId('file-error').nth(2).waitFor();
    await expect(page.getByTestId('file-item').allInnerTexts()).resolves.toEqual(files.map((f) => f.name));
    await expect(page.getByTestId('file-error').allInnerTexts()).resolves.toEqual(reasons);
    await page.screenshot({ path: path.join(out, 'web-broken-files.png') });
    await page.close();
  });

  it('opens a sample, and works offline once opened (service worker)', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await openChecker(context);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    // The worker controls the page after a reload; then the network goes.
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // The worker answers the page's own scripts, and leaves the task pane and office.js alone.
    const fromWorker = new Map<string, boolean>();
    const record = (r: import('playwright-core').Response) => fromWorker.set(new URL(r.url()).pathname, r.fromServiceWorker());
    page.on('response', record);
    await page.reload();
    await page.getByTestId('privacy-notice').waitFor();
    const script = [...fromWorker.keys()].find((p) => /^\/web\.[0-9a-f]{8}\.js$/.test(p));
    expect(script && fromWorker.get(script)).toBe(true);
    const pane = await context.newPage();
    await pane.route('https://appsforoffice.microsoft.com/**', (route) => route.abort());
    const paneResponse = await pane.goto(`${base}/taskpane.html`);
    expect(paneResponse!.fromServiceWorker()).toBe(false);
    await pane.close();
    page.off('response', record);
    // The worker caches the linked demo in the background once it runs.
    await page.waitForFunction(async () => (await caches.match(new URL('demo.html', document.baseURI).href)) !== undefined, null, { timeout: 60_000, polling: 500 });
    await context.setOffline(true);
    await page.reload();
    await page.getByTestId('privacy-notice').waitFor();
    await page.getByTestId('sample').first().click();
    await expectText(page, 'cell-A1', 'Phụ lục');
    await page.getByTestId('btn-check').click();
    await page.getByTestId('issue-stt.gap-A56').waitFor();
    // The 20,000-row demo the page links to: cached after the first load, so it opens offline too.
    await expectText(page, 'demo-link', 'bản dùng thử', true);
    expect(await page.getByTestId('demo-link').locator('a[href="demo.html"]').count()).toBe(1);
    const demo = await context.newPage();
    const res = await demo.goto(`${base}/demo.html`);
    expect(res?.status()).toBe(200);
    await demo.getByTestId('btn-check').waitFor({ timeout: 30_000 });
    await demo.close();
    await context.close();
  });

  it('offline before the demo was cached, the demo link says it needs the network; once opened online, it works offline', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    // The network drops while the worker caches the demo in the background: its script does not
    // come, so demo.html is not cached either (a cached page would be taken as "opens offline").
    // Only the worker's requests fail here.
    let refused = 0;
    const demoScript = (url: URL) => /^\/demo\.[0-9a-f]{8}\.js$/.test(url.pathname);
    await context.route(demoScript, (route) => {
      if (route.request().serviceWorker() === null) return route.continue();
      refused++;
      return route.abort('internetdisconnected');
    });
    const page = await openChecker(context);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.waitForFunction(() => document.readyState === 'complete');
    // Until the worker has tried (and failed) to cache the demo's script: at most a minute.
    for (let i = 0; refused === 0 && i < 240; i++) await page.waitForTimeout(250);
    expect(refused).toBeGreaterThan(0);
    expect(await page.evaluate(async () => (await caches.match(new URL('demo.html', document.baseURI).href)) !== undefined)).toBe(false);
    const link = page.getByTestId('demo-link');
    await expectText(page, 'demo-link', 'Hoặc xem bản dùng thử', true);
    expect(await link.locator('a[href="demo.html"]').count()).toBe(1);

    // Offline: the mark, in Vietnamese, instead of a link to the browser's error page.
    await context.setOffline(true);
    await expectText(page, 'demo-link', 'cần kết nối mạng', true);
    expect(await link.locator('a').count()).toBe(0);
    // Also on a page opened while offline (from the worker's cache): the server does not answer.
    await page.reload();
    await page.getByTestId('privacy-notice').waitFor();
    await expectText(page, 'demo-link', 'cần kết nối mạng', true);
    expect(await link.locator('a').count()).toBe(0);
    await page.screenshot({ path: path.join(out, 'web-demo-needs-network.png') });
    // Still not cached, seconds after the worker's failed try: never a page without its script.
    expect(await page.evaluate(async () => (await caches.match(new URL('demo.html', document.baseURI).href)) !== undefined)).toBe(false);

    // Back online: the link again. The first use of the demo (online) caches it...
    // (Reloaded: after an emulated-offline reload Chromium already reports navigator.onLine, so
    // going online fires no 'online' event here, as it would on a real network.)
    await context.unroute(demoScript);
    await context.setOffline(false);
    await page.reload();
    await expectText(page, 'demo-link', 'Hoặc xem bản dùng thử', true);
    expect(await link.locator('a[href="demo.html"]').count()).toBe(1);
    const first = await context.newPage();
    await first.goto(`${base}/demo.html`);
    await first.getByTestId('btn-check').waitFor({ timeout: 30_000 });
    await first.close();
    await page.waitForFunction(async () => (await caches.match(new URL('demo.html', document.baseURI).href)) !== undefined, null, { timeout: 30_000, polling: 500 });
    // ...and then it opens offline, with the link, not the mark.
    await context.setOffline(true);
    await page.reload();
    await page.getByTestId('privacy-notice').waitFor();
    await expectText(page, 'demo-link', 'Hoặc xem bản dùng thử', true);
    await page.getByTestId('demo-link').locator('a[href="demo.html"]').click();
    await page.getByTestId('btn-check').waitFor({ timeout: 30_000 });
    expect(new URL(page.url()).pathname).toBe('/demo.html');
    await page.getByTestId('sheet').waitFor();
    await context.close();
  });

  it('a sample that cannot be fetched (offline, no service worker yet) gives a Vietnamese reason', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, serviceWorkers: 'block' });
    const page = await openChecker(context);
    await context.setOffline(true);
    await page.getByTestId('sample').first().click();
    await expectText(page, 'download-status', 'Không tải được tệp mẫu', true);
    await expectText(page, 'demo-link', 'cần kết nối mạng', true);
    expect(await page.getByTestId('file-item').count()).toBe(0);
    // Online again, the same button opens it.
    await context.setOffline(false);
    await page.getByTestId('sample').first().click();
    await expectText(page, 'cell-A1', 'Phụ lục');
    await context.close();
  });

  it('a workbook of several sheets: other sheets\' formulas show the file\'s values, an issue shows its sheet, Sửa tất cả moves every sheet\'s references as the download', async () => {
    const page = await openChecker();
    const file = path.join(root, 'test', 'fixtures', 'cases', 'delete-row-references.xlsx');
    // Under a wrong extension (a renamed .xlsx): it opens, and the copy is named .xlsx without it.
    await page.getByTestId('file-input').setInputFiles({ name: 'bao-cao.txt', mimeType: 'text/plain', buffer: fs.readFileSync(file) });
    await expectText(page, 'cell-A1', 'Phụ lục');
    const tab = (name: string) => page.getByTestId('sheet-tabs').getByRole('button', { name });
    const shownSheet = () => page.getByTestId('sheet').getAttribute('aria-label');
    await tab('Thống kê').click();
    await expectText(page, 'cell-B1', '5');
    await expectText(page, 'cell-B2', 'Tháng 6/2024');
    await tab('Phụ lục').click();
    await page.getByTestId('btn-check').click();
    const issue = page.getByTestId('issue-deadline.nonstandard-E13');
    await issue.waitFor();
    // The issue is on «Phụ lục»: clicking it while «Thống kê» is shown goes there.
    await tab('Thống kê').click();
    await expect(shownSheet()).resolves.toBe('Trang tính Thống kê');
    await issue.click();
    await expectText(page, 'name-box', 'E13');
    await expect(shownSheet()).resolves.toBe('Trang tính Phụ lục');
    expect(await page.getByTestId('cell-E13').getAttribute('data-selected')).toBe('true');
    // Sửa tất cả while «Thống kê» is shown: the fixed sheet is shown with its new check.
    await tab('Thống kê').click();
    await page.getByTestId('btn-fix-all').click();
    await expectText(page, 'pane-host', 'Đã sửa', true);
    await expect(shownSheet()).resolves.toBe('Trang tính Phụ lục');
    await expect(page.getByTestId('pane-host').innerText()).resolves.not.toContain('không nhận ra bảng');
    await tab('Thống kê').click();
    await page.getByTestId('cell-B2').click();
    await expectText(page, 'formula-bar', "='Phụ lục'!E12");
    await expectText(page, 'cell-B2', 'Tháng 06/2024');
    const pageFormulas = await page.evaluate(() => window.phulucWeb!.formulas());
    expect(pageFormulas['Thống kê']).toEqual({ B1: "COUNTA('Phụ lục'!B7:B12)-COUNTA('Phụ lục'!#REF!)", B2: "'Phụ lục'!E12" });
    expect(pageFormulas['Phụ lục']).toEqual({ G11: 'E11' });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('btn-download').click()]);
    expect(download.suggestedFilename()).toBe('bao-cao (đã sửa).xlsx');
    const saved = path.join(out, 'bao-cao (đã sửa).xlsx');
    await download.saveAs(saved);
    await page.screenshot({ path: path.join(out, 'web-several-sheets.png') });
    await page.close();
    const fileFormulas: Record<string, Record<string, string>> = {};
    for (const g of readWorkbook(new Uint8Array(fs.readFileSync(saved))).grids) {
      const m: Record<string, string> = {};
      g.rows.forEach((row, r) => row?.forEach((c, col) => c?.formula !== undefined && (m[`${String.fromCharCode(65 + col)}${r + 1}`] = c.formula)));
      fileFormulas[g.name] = m;
    }
    expect(fileFormulas).toEqual(pageFormulas);
  });

  it('keeps the first load (pane, reader and writer) under 400 KB gzipped', () => {
    const files = measure(dist, 'index.html');
    const gzip = files.reduce((s, f) => s + f.gzip, 0);
    console.log(`web checker first load: ${files.map((f) => f.file).join(', ')}, ${(gzip / 1024).toFixed(1)} KB gzipped`);
    expect(files.length).toBeGreaterThan(0);
    expect(gzip).toBeLessThan(400 * 1024);
  });
});

describe('Tiến độ tab in the demo', () => {
  it('shows progress, adds the status column, selects an overdue task and writes the quarterly report', async () => {
    // Quảng Trị's 2024 plan, as of 10/04/2024 (pinned so the screenshots stay the same).
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}/demo.html?today=2024-04-10`);
    await page.getByTestId('sheet').waitFor();
    await page.getByTestId('btn-check').click();
    await page.getByTestId('check-view').waitFor();
    await page.getByTestId('tab-progress').click();
    await page.getByTestId('progress-panel').waitFor();
    await page.getByTestId('no-status-column').waitFor();
    await expectText(page, 'progress-totals', 'nhiệm vụ:', true);
    await page.getByTestId('pane-host').screenshot({ path: path.join(out, 'progress-tab.png') });
    // The header's words never run together ("KhácTổng"): each text ends well before the next begins.
    const gaps = await page.getByTestId('progress-table').evaluate((table) =>
      Array.from(table.querySelectorAll('thead th')).map((th) => {
        const range = document.createRange();
        range.selectNodeContents(th);
        const r = range.getBoundingClientRect();
        return { text: th.textContent ?? '', left: r.left, right: r.right };
      }),
    );
    expect(gaps.length).toBeGreaterThanOrEqual(7);
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]!.left - gaps[i - 1]!.right).toBeGreaterThanOrEqual(4);

    // The status column goes after the last column (I), header in row 5, with its drop-down.
    await page.getByTestId('btn-add-status').click();
    await page.getByTestId('progress-notice').waitFor();
    await expectText(page, 'progress-notice', 'Đã thêm cột "Tình hình thực hiện" (cột J)', true);
    await expectText(page, 'cell-J5', 'Tình hình thực hiện');
    await page.getByTestId('no-status-column').waitFor({ state: 'detached' });
    const validated = await page.evaluate(() => window.phulucDemo!.emulator.model.active.validations.some((v) => v.rect.left === 9));
    expect(validated).toBe(true);

    // Clicking an overdue task selects its row in the sheet.
    const first = page.getByTestId('progress-overdue').getByRole('button').first();
    const row = Number((await first.getAttribute('data-testid'))!.replace('progress-row-', ''));
    await first.click();
    await page.waitForFunction((r) => window.phulucDemo!.emulator.model.selection?.rect.top === r - 1, row);

    // Nothing in the tab sticks out of the 350 px pane.
    const overflow = await page.evaluate(() => {
      const host = document.querySelector<HTMLElement>('[data-testid="pane-host"]')!;
      return host.scrollWidth - host.clientWidth;
    });
    expect(overflow).toBe(0);

    // Tạo báo cáo quý: Quý I/2024 is the default on 10/04/2024; the report opens as a new sheet.
    await expect(page.getByTestId('report-period').inputValue()).resolves.toBe('q1');
    await page.getByTestId('btn-create-report').click();
    await expectText(page, 'progress-notice', 'Đã tạo trang tính "Báo cáo Quý I năm 2024"', true);
    await page.getByTestId('sheet-tabs').getByRole('button', { name: 'Báo cáo Quý I năm 2024' }).waitFor();
    await expectText(page, 'cell-A2', 'TÌNH HÌNH THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH QUÝ I/2024', true);
    await page.screenshot({ path: path.join(out, 'progress-report-sheet.png') });
    expect(errors).toEqual([]);
    await page.close();
  });
});
