/**
 * The batch HTML report (`phuluc check DIR --html`) opened from disk in headless Chromium, offline:
 * it loads nothing from the network, sorts by any column, passes axe's accessibility rules, and
 * prints with every group open. Screenshots in test-results/.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'fs';
import path from 'path';
import { chromium, type Browser } from 'playwright-core';
import { main } from '../../src/cli/main';
import { captureIo, fixture, tempDir } from '../cli/helpers';

jest.setTimeout(120_000);

const root = path.join(__dirname, '..', '..');
const results = path.join(root, 'test-results');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const FILES = ['binh-dinh-2022.xlsx', 'quang-tri-2024.xlsx', 'quang-tri-2024-pasted.xlsx', 'legacy/tcvn3-appendix.xlsx', 'progress/so-noi-vu-2026.xlsx'];

let browser: Browser;
let html: string;

beforeAll(async () => {
  const dir = tempDir();
  for (const f of FILES) copyFileSync(fixture(f), path.join(dir, path.basename(f)));
  writeFileSync(path.join(dir, 'cu.xlsx'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
  html = path.join(tempDir(), 'báo-cáo.html');
  await main(['check', dir, '--html', html], Object.assign(captureIo(), { now: () => '10/04/2026 09:00' }));
  mkdirSync(results, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
});

afterAll(async () => {
  await browser?.close();
});

test('opens from disk offline, sorts, is accessible and prints', async () => {
  const context = await browser.newContext({ offline: true, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`file://${html}`);
  await page.getByRole('heading', { name: 'Tổng hợp' }).waitFor();
  expect(errors).toEqual([]);
  expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);

  const rows = page.locator('#bang-tong-hop tbody tr');
  expect(await rows.count()).toBe(6); // 5 readable files and the unreadable .xls
  const column = async (i: number) => rows.evaluateAll((trs, col) => trs.map((tr) => (tr as HTMLTableRowElement).cells[col]!.textContent ?? ''), i);

  // Sort by errors, most first: the numbers come out in descending order.
  const errorsHeader = page.getByRole('button', { name: 'Lỗi', exact: true });
  await errorsHeader.click();
  expect(await rows.last().getAttribute('class')).toBe('unreadable'); // ascending: fewest errors first
  await errorsHeader.click();
  // The unreadable file is the worst: first when most errors come first, then the counts descending.
  expect(await rows.first().getAttribute('class')).toBe('unreadable');
  const errorsCol = (await column(4)).slice(1).map(Number);
  expect(errorsCol).toEqual([...errorsCol].sort((a, b) => b - a));
  expect(errorsCol.some((n) => n > 0)).toBe(true);
  expect(await page.locator('th', { has: errorsHeader }).getAttribute('aria-sort')).toBe('descending');
  // By file name, A to Z (Vietnamese order).
  await page.getByRole('button', { name: 'Tệp', exact: true }).click();
  const names = await column(0);
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'vi')));
  await page.screenshot({ path: path.join(results, 'html-report.png'), fullPage: false });

  // The link to a file's issues.
  await page.getByRole('link', { name: /quang-tri-2024\.xlsx$/ }).click();
  expect(page.url()).toMatch(/#tep-\d+$/);

  // axe-core: no serious or critical accessibility violation.
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string }[] }> } }).axe;
    const r = await axe.run();
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
  });
  expect(violations).toEqual([]);

  // Printing: collapse a group first; the print view opens every group again.
  await page.locator('details').first().evaluate((d) => ((d as HTMLDetailsElement).open = false));
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  expect(await page.locator('details:not([open])').count()).toBe(0);
  const breaks = await page.locator('section.file').first().evaluate((s) => getComputedStyle(s).breakBefore);
  expect(breaks).toBe('page');
  await page.screenshot({ path: path.join(results, 'html-report-print.png'), fullPage: false });
  await context.close();
});
