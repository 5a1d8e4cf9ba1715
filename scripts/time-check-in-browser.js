#!/usr/bin/env node
/**
 * Times Kiểm tra on the demo's 20,000-row sample in headless Chromium (Debian's /usr/bin/chromium),
 * for one or two builds of dist/, interleaved run by run (a fresh page each run, one warm-up run
 * not counted), and prints the medians. A measurement for notes and reports, never a test.
 *
 *   node scripts/time-check-in-browser.js dist [other-build/dist] [--runs 9]
 */
const path = require('path');
const root = path.join(__dirname, '..');
const { chromium } = require(path.join(root, 'node_modules/playwright-core'));
const { createStaticServer } = require('./static-server.js');

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

async function main() {
  const args = process.argv.slice(2);
  let runs = 9;
  const dirs = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--runs') runs = Number(args[++i]);
    else dirs.push(path.resolve(args[i]));
  }
  if (!dirs.length || dirs.length > 2 || !(runs > 0)) {
    console.error('usage: node scripts/time-check-in-browser.js <dist> [<other dist>] [--runs N]');
    process.exit(2);
  }
  const servers = [];
  const bases = [];
  for (const dir of dirs) {
    const s = createStaticServer(dir);
    await new Promise((r) => s.listen(0, '127.0.0.1', r));
    servers.push(s);
    bases.push(`http://127.0.0.1:${s.address().port}`);
  }
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: FLAGS });
  const times = dirs.map(() => []);
  for (let i = 0; i <= runs; i++) {
    const order = i % 2 ? dirs.map((_, k) => k).reverse() : dirs.map((_, k) => k);
    for (const k of order) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await page.goto(`${bases[k]}/demo.html`);
      await page.getByTestId('sheet').waitFor();
      await page.getByTestId('sample-select').selectOption('large');
      await page.getByTestId('cell-A5').waitFor();
      await page.waitForTimeout(300);
      const t = Date.now();
      await page.getByTestId('btn-check').click();
      await page.getByTestId('check-view').waitFor({ timeout: 120000 });
      if (i > 0) times[k].push(Date.now() - t);
      await page.close();
    }
  }
  await browser.close();
  for (const s of servers) s.close();
  const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  dirs.forEach((d, k) => console.log(`${d}: median ${median(times[k])} ms over ${runs} runs (${times[k].join(', ')})`));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
