/**
 * The built site for the end-to-end tests (test/e2e, Chromium and Firefox alike): builds dist/
 * when it is missing or older than the sources, and serves it on a free local port.
 *
 *   ensureBuilt()          → void (runs webpack --mode production when needed; minutes on 2 cores)
 *   serveDist()            → { server, base: "http://127.0.0.1:<port>" }
 *
 * Two test files may start together (Jest workers): the build runs under a lock folder
 * (.e2e-build-lock at the repository's root), and the second waits for the first's build instead of racing it.
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import type { Server } from 'http';
import type { AddressInfo } from 'net';
import path from 'path';

export const root = path.join(__dirname, '..', '..');
export const dist = path.join(root, 'dist');
/** Screenshots and downloaded files of the end-to-end tests. */
export const out = path.join(root, 'test-results');

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createStaticServer } = require('../../scripts/static-server.js') as {
  createStaticServer(root: string): Server;
};

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const t = entry.isDirectory() ? newestSource(full) : fs.statSync(full).mtimeMs;
    if (t > newest) newest = t;
  }
  return newest;
}

/** Written after each build here: webpack leaves unchanged files untouched, so their dates say nothing. */
const STAMP = path.join(dist, '.e2e-built');
const LOCK = path.join(root, '.e2e-build-lock');
/** A lock older than this is a build that died (a production build takes minutes, not this long). */
const STALE_MS = 20 * 60_000;

function fresh(): boolean {
  const sources = Math.max(newestSource(path.join(root, 'src')), newestSource(path.join(root, 'scripts')), fs.statSync(path.join(root, 'webpack.config.js')).mtimeMs);
  return fs.existsSync(STAMP) && fs.existsSync(path.join(dist, 'demo.html')) && fs.existsSync(path.join(dist, 'index.html')) && fs.statSync(STAMP).mtimeMs >= sources;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Builds dist/ (production) unless it is newer than every source; PHULUC_E2E_REBUILD=1 forces it (once per test file). */
export function ensureBuilt(): void {
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch {
      const since = fs.statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (Date.now() - since > STALE_MS) fs.rmSync(LOCK, { recursive: true, force: true });
      else sleep(2_000);
    }
  }
  try {
    if (process.env.PHULUC_E2E_REBUILD !== '1' && fresh()) return;
    execFileSync(process.execPath, [path.join(root, 'node_modules', 'webpack-cli', 'bin', 'cli.js'), '--mode', 'production'], {
      cwd: root,
      stdio: 'inherit',
    });
    fs.writeFileSync(STAMP, new Date().toISOString());
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}

/** Serves dist/ over HTTP on 127.0.0.1 (a secure context, so the service worker runs). */
export async function serveDist(port = 0): Promise<{ server: Server; base: string }> {
  const server = createStaticServer(dist);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}
