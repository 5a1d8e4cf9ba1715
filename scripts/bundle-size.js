#!/usr/bin/env node
/**
 * Size of the scripts dist/taskpane.html loads (office.js aside), raw and gzipped.
 *   node scripts/bundle-size.js [--max-kb 350]
 * Exits 1 when the gzipped total passes --max-kb.
 */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

function scriptsOf(html) {
  // The template lists the bundle in an inline loader (files = [...]); also accept <script src>.
  // (the minifier renames the variable, so look for the array of .js names itself).
  const listed = /\[("[^"\]]+\.js"(?:,\s*"[^"\]]+\.js")*)\]/.exec(html);
  const files = listed ? JSON.parse('[' + listed[1] + ']') : [];
  for (const m of html.matchAll(/<script[^>]+src="?([^"\s>]+)/g)) files.push(m[1]);
  return files.filter((f) => !/^https?:/.test(f));
}

function measure(dist, page) {
  const html = fs.readFileSync(path.join(dist, page), 'utf8');
  return scriptsOf(html).map((f) => {
    const buf = fs.readFileSync(path.join(dist, f));
    return { file: f, bytes: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length };
  });
}

module.exports = { measure };

if (require.main === module) {
  const dist = path.join(__dirname, '..', 'dist');
  const i = process.argv.indexOf('--max-kb');
  const maxKb = i > 0 ? Number(process.argv[i + 1]) : Infinity;
  let failed = false;
  for (const page of ['taskpane.html', 'demo.html']) {
    const files = measure(dist, page);
    const total = files.reduce((s, f) => s + f.gzip, 0);
    const raw = files.reduce((s, f) => s + f.bytes, 0);
    console.log(`${page}: ${files.map((f) => f.file).join(', ')}: ${(raw / 1024).toFixed(1)} KB, ${(total / 1024).toFixed(1)} KB gzipped`);
    if (page === 'taskpane.html' && total / 1024 > maxKb) failed = true;
  }
  if (failed) {
    console.error(`taskpane scripts exceed ${maxKb} KB gzipped`);
    process.exit(1);
  }
}
