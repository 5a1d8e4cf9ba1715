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
  // Two unreadable files (an old .xls renamed, a broken zip) and phuluc's own issue list, which a
  // second run skips: none of the three has figures to sort by.
  writeFileSync(path.join(dir, 'cu.xlsx'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
  writeFileSync(path.join(dir, 'a-hong.xlsx'), Buffer.from('PK\u0003\u0004 cut short', 'latin1'));
  await main(['check', dir, '--xlsx', path.join(dir, 'ds-van-de.xlsx')], captureIo());
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
  expect(await rows.count()).toBe(8); // 5 readable files, 2 unreadable, phuluc's own list skipped
  const table = async () =>
    rows.evaluateAll((trs) =>
      trs.map((tr) => ({
        kind: tr.className,
        cells: Array.from((tr as HTMLTableRowElement).cells).map((td) => ({ text: td.textContent ?? '', value: td.getAttribute('data-value') })),
      })),
    );
  const before = await table();
  // As the page lists them: the checked files, then the unreadable ones with their reason, then the skipped list.
  const tail = before.filter((r) => r.kind !== '');
  expect(tail.map((r) => [r.kind, path.basename(r.cells[0]!.text)])).toEqual([
    ['unreadable', 'a-hong.xlsx'],
    ['unreadable', 'cu.xlsx'],
    ['skipped', 'ds-van-de.xlsx'],
  ]);
  for (const r of tail.slice(0, 2)) expect(r.cells[7]!.text).toMatch(/^Không đọc được: .+/);

  // Every column, both directions: the checked files in the column's order, and the rows without
  // figures after them, together, in the page's order (never first, never between).
  const headers = ['Tệp', 'Cơ quan', 'Năm kế hoạch', 'Nhiệm vụ', 'Lỗi', 'Cảnh báo', 'Gợi ý', 'Tình trạng'];
  for (const [col, name] of headers.entries()) {
    const numeric = col >= 2 && col <= 6;
    const key = (r: (typeof before)[number]) => (numeric ? Number(r.cells[col]!.value) : r.cells[col]!.text);
    const cmp = (a: string | number, b: string | number) => (typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), 'vi'));
    for (const direction of ['ascending', 'descending']) {
      const button = page.getByRole('button', { name, exact: true });
      await button.click();
      expect(await page.locator('th', { has: button }).getAttribute('aria-sort')).toBe(direction);
      const now = await table();
      expect(now.slice(5)).toEqual(tail);
      const keys = now.slice(0, 5).map((r) => {
        expect(r.kind).toBe('');
        return key(r);
      });
      const sorted = [...keys].sort(cmp);
      expect(keys).toEqual(direction === 'ascending' ? sorted : sorted.reverse());
    }
  }
  const errorsCol = (await table()).slice(0, 5).map((r) => Number(r.cells[4]!.value));
  expect(errorsCol.some((n) => n > 0)).toBe(true);
  // By errors, most first, for the screenshot: the unreadable files still at the end.
  const errorsHeader = page.getByRole('button', { name: 'Lỗi', exact: true });
  await errorsHeader.click();
  await errorsHeader.click();
  expect(await page.locator('th', { has: errorsHeader }).getAttribute('aria-sort')).toBe('descending');
  expect(await rows.last().getAttribute('class')).toBe('skipped');
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
