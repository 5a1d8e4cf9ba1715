#!/usr/bin/env node
// The command line, prebuilt into dist-cli/ by `npm install` / `npm ci` (npm's `prepare` runs
// scripts/build-cli.js), so no TypeScript is compiled at each start. A checkout without the build
// (dist-cli/ removed, or installed with --ignore-scripts) falls back to running the sources
// through tsx, slower but the same program (PHULUC_FROM_SOURCE=1 forces that, for the benchmark).
const fs = require('fs');
const path = require('path');

const built = path.join(__dirname, '..', 'dist-cli', 'phuluc.js');
let cli;
if (fs.existsSync(built) && !process.env.PHULUC_FROM_SOURCE) {
  cli = require(built);
} else {
  require('tsx/cjs');
  cli = require('../src/cli/main.ts');
}
cli.main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => {
    process.stderr.write(`phuluc: lỗi không mong đợi: ${err && err.message ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
