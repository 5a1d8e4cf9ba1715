/**
 * What the reading and the fixing benchmarks share: timing a call in this process (wall and CPU),
 * and running the command line as a child process with its peak memory and CPU time (reported
 * by bench/maxrss.js on its stderr).
 */
import { spawnSync } from 'child_process';
import * as path from 'path';
import { performance } from 'perf_hooks';

export const ROOT = path.join(__dirname, '..');
export const BIN = path.join(ROOT, 'bin', 'phuluc.js');
const MAXRSS = path.join(__dirname, 'maxrss.js');

/** Wall time and CPU time (user + system, this process), in ms. */
export const time = (fn: () => void) => {
  const t = performance.now();
  const c = process.cpuUsage();
  fn();
  const d = process.cpuUsage(c);
  return { wall: performance.now() - t, cpu: (d.user + d.system) / 1000 };
};

export interface Child {
  /** Wall time, ms. */
  ms: number;
  /** CPU time of the child (user + system), ms. */
  cpuMs: number;
  maxRssMb: number;
  code: number | null;
}

/** Runs `script` (the CLI by default) with `args` under bench/maxrss.js; stdout is discarded. */
export function child(args: string[], env: Record<string, string> = {}, script = BIN): Child {
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--require', MAXRSS, script, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 20 });
  const ms = performance.now() - t;
  const m = /PHULUC_MAXRSS_KB=(\d+) PHULUC_CPU_MS=(\d+)/.exec(r.stderr ?? '');
  return { ms, cpuMs: m ? Number(m[2]) : NaN, maxRssMb: m ? Number(m[1]) / 1024 : NaN, code: r.status };
}
