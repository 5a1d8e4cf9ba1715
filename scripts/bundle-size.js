#!/usr/bin/env node
/**
 * First-load size of the built pages' scripts (office.js aside), raw and gzipped (level 9), from
 * dist/ as `npm run build` leaves it. Counts every script the page's loader lists, and every other
 * .js in dist/ that one of them names (a chunk loaded later still comes with the first use).
 *   node scripts/bundle-size.js            (npm run size; build first)
 * Budgets (gzipped): the web checker (index.html: the pane, the .xlsx reader and writer) 400 KB;
 * the task pane (taskpane.html) 350 KB. Exits 1 when a page passes its budget.
 */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const BUDGETS_KB = { 'index.html': 400, 'taskpane.html': 350, 'demo.html': Infinity };

function scriptsOf(html) {
  // The templates list the bundle in an inline loader (files = [...]); also accept <script src>.
  // (the minifier renames the variable, so look for the array of .js names itself).
  const listed = /\[("[^"\]]+\.js"(?:,\s*"[^"\]]+\.js")*)\]/.exec(html);
  const files = listed ? JSON.parse('[' + listed[1] + ']') : [];
  for (const m of html.matchAll(/<script[^>]+src="?([^"\s>]+)/g)) files.push(m[1]);
  return files.filter((f) => !/^https?:/.test(f) && !f.startsWith('office-js/'));
}

/** The page's scripts, plus the chunks they name (webpack names chunk files in the runtime). */
function measure(dist, page) {
  const html = fs.readFileSync(path.join(dist, page), 'utf8');
  const seen = new Set();
  const queue = scriptsOf(html);
  const all = fs.readdirSync(dist).filter((f) => f.endsWith('.js') && f !== 'sw.js');
  const out = [];
  while (queue.length > 0) {
    const f = queue.shift();
    if (seen.has(f)) continue;
    seen.add(f);
    const buf = fs.readFileSync(path.join(dist, f));
    out.push({ file: f, bytes: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length });
    const text = buf.toString('utf8');
    for (const other of all) {
      const stem = other.replace(/\.js$/, '');
      if (!seen.has(other) && other !== f && (text.includes(other) || (/\.[0-9a-f]{8}$/.test(stem) && text.includes(stem.slice(-8))))) queue.push(other);
    }
  }
  return out;
}

module.exports = { measure, BUDGETS_KB };

if (require.main === module) {
  const dist = path.join(__dirname, '..', 'dist');
  if (!fs.existsSync(path.join(dist, 'index.html'))) {
    console.error('dist/ has no build: run `npm run build` first.');
    process.exit(2);
  }
  let failed = false;
  for (const [page, budget] of Object.entries(BUDGETS_KB)) {
    const files = measure(dist, page);
    const total = files.reduce((s, f) => s + f.gzip, 0) / 1024;
    const raw = files.reduce((s, f) => s + f.bytes, 0) / 1024;
    const over = total > budget;
    console.log(
      `${page}: ${files.map((f) => f.file).join(', ')}: ${raw.toFixed(1)} KB, ${total.toFixed(1)} KB gzipped` +
        (budget === Infinity ? '' : ` (budget ${budget} KB${over ? ': OVER' : ''})`),
    );
    if (over) failed = true;
  }
  if (failed) {
    console.error('A page passes its first-load budget.');
    process.exit(1);
  }
}
