#!/usr/bin/env node
// Runs a TypeScript entry file (bench, scripts) through tsx without a build step.
require('tsx/cjs');
const path = require('path');
const entry = process.argv[2];
process.argv.splice(2, 1);
require(path.resolve(entry));
