#!/usr/bin/env node
// Before the tests: the end-to-end test drives Debian's Chromium (never a downloaded browser).
// If it is missing and we may install packages (root with apt-get, as on CI and the dev machines),
// install it; otherwise say exactly what to do and fail, rather than skip the test silently.
const { execSync } = require('child_process');
const fs = require('fs');

const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (fs.existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = fs.existsSync('/usr/bin/apt-get');
if (!isRoot || !hasApt || process.env.CHROMIUM_PATH) {
  console.error(`Không tìm thấy Chromium tại ${path}. Cài bằng: sudo apt-get install -y chromium (hoặc đặt CHROMIUM_PATH).`);
  process.exit(1);
}
console.error('Installing Debian chromium for the end-to-end test (apt-get)...');
execSync('apt-get update -qq && apt-get install -y -qq chromium >/dev/null', {
  stdio: 'inherit',
  env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
});
