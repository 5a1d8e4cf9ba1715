#!/usr/bin/env node
// Builds the command line into dist-cli/phuluc.js (npm's `prepare`, so `npm ci` / `npm install`
// leave a runnable `phuluc`): one CommonJS file of our TypeScript, bundled by esbuild (installed
// with tsx); packages stay in node_modules and are required at run time, so modules a command
// does not use (exceljs for `check`, zod without --config) are never loaded.
// `node scripts/build-cli.js --metafile` also writes dist-cli/meta.json (what went in).
const path = require('path');
const fs = require('fs');
const esbuild = require('esbuild');

const root = path.join(__dirname, '..');
const outfile = path.join(root, 'dist-cli', 'phuluc.js');
const metafile = process.argv.includes('--metafile');

const result = esbuild.buildSync({
  entryPoints: [path.join(root, 'src', 'cli', 'main.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
  metafile,
});
if (metafile) fs.writeFileSync(path.join(root, 'dist-cli', 'meta.json'), JSON.stringify(result.metafile, null, 1));
