#!/usr/bin/env node
// Runs the TypeScript CLI directly (tsx), so `npm ci` is all the checker needs: no build step.
require('tsx/cjs');
require('../src/cli/main.ts').main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => {
    process.stderr.write(`phuluc: lỗi không mong đợi: ${err && err.message ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
