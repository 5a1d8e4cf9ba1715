#!/usr/bin/env node
// The command line, prebuilt into dist-cli/ by `npm install` / `npm ci` (npm's `prepare` runs
// scripts/build-cli.js), so no TypeScript is compiled at each start. A checkout without the build
// (dist-cli/ removed, or installed with --ignore-scripts) falls back to running the sources
// through tsx, slower but the same program (PHULUC_FROM_SOURCE=1 forces that, for the benchmark).
const fs = require('fs');
const path = require('path');

const built = path.join(__dirname, '..', 'dist-cli', 'phuluc.js');

/**
 * The sources through both of tsx's hooks: the CommonJS one for require(), and the ESM one for
 * the modules main.ts loads lazily with import() (`new`, `report`, `fix`, config-parse), which
 * Node resolves as ESM and the CommonJS hook alone cannot find (`Cannot find module …/new`).
 * (tsx 4.23's CommonJS build of `tsx/esm/api` points at a file it does not ship: import it.)
 */
async function fromSource() {
  const { register } = await import('tsx/esm/api');
  register();
  require('tsx/cjs');
  return require('../src/cli/main.ts');
}

const load = fs.existsSync(built) && !process.env.PHULUC_FROM_SOURCE ? Promise.resolve(require(built)) : fromSource();
load
  .then((cli) => cli.main(process.argv.slice(2)))
  .then(
    (code) => { process.exitCode = code; },
    (err) => {
      process.stderr.write(`phuluc: lỗi không mong đợi: ${err && err.message ? err.message : String(err)}\n`);
      process.exitCode = 2;
    },
  );
