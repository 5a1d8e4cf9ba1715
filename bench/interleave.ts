/** Timing helpers for the benchmarks: medians of interleaved runs (never timed tests). */
import { performance } from 'perf_hooks';

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

export function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/**
 * Runs each function `runs` times, interleaved (a, b, a, b, …) after one warm-up each, so that a
 * busy machine slows both alike; returns the median milliseconds of each.
 */
export function interleaved(fns: (() => void)[], runs = 9): number[] {
  for (const f of fns) f();
  const samples: number[][] = fns.map(() => []);
  for (let i = 0; i < runs; i++) fns.forEach((f, k) => samples[k]!.push(time(f)));
  return samples.map(median);
}

export const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
