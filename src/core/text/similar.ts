import { fold } from './normalize';

/**
 * Levenshtein distance between a and b, giving up once it must exceed `max`: then it returns
 * max + 1. Banded, two rows, so comparing a name with a directory entry costs O(len × max).
 */
export function distance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (a.length > b.length) [a, b] = [b, a];
  const la = a.length;
  const lb = b.length;
  const limit = Math.min(max, lb);
  if (lb - la > limit) return limit + 1;
  if (la === 0) return lb;
  let prev = new Array<number>(la + 1);
  let curr = new Array<number>(la + 1);
  for (let i = 0; i <= la; i++) prev[i] = i;
  for (let j = 1; j <= lb; j++) {
    curr[0] = j;
    let rowMin = j;
    const bj = b.charCodeAt(j - 1);
    for (let i = 1; i <= la; i++) {
      const cost = a.charCodeAt(i - 1) === bj ? 0 : 1;
      const v = Math.min((prev[i] as number) + 1, (curr[i - 1] as number) + 1, (prev[i - 1] as number) + cost);
      curr[i] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    [prev, curr] = [curr, prev];
  }
  const d = prev[la] as number;
  return d > limit ? limit + 1 : d;
}

/**
 * How many edits a name of this length may carry and still be a typo of another: none for
 * short keys (`UBND`, `VP`), one up to 14 characters (`Thanh tra Sơ`), then one per 12.
 * Tuned so that two genuinely different units (Sở Nội vụ / Sở Ngoại vụ, Thanh tra Sở /
 * Văn phòng Sở) are always further apart than this.
 */
export function typoTolerance(length: number): number {
  if (length < 6) return 0;
  if (length <= 14) return 1;
  return Math.min(3, Math.floor(length / 12) + 1);
}

export interface NearestOptions {
  /** The comparison key (default: fold). */
  key?: (s: string) => string;
  /** Most edits allowed, or a function of the query key's length (default: typoTolerance). */
  maxDistance?: number | ((length: number) => number);
}

export interface Nearest {
  value: string;
  distance: number;
}

/**
 * The candidate closest to the query within the tolerance, or null when none is close enough or
 * when two different candidates are equally close (an ambiguous typo is not a suggestion).
 * Candidates whose keys coincide count as one.
 */
export function nearest(query: string, candidates: readonly string[], opts: NearestOptions = {}): Nearest | null {
  const key = opts.key ?? fold;
  const q = key(query);
  const max = typeof opts.maxDistance === 'function' ? opts.maxDistance(q.length) : opts.maxDistance ?? typoTolerance(q.length);
  let best: Nearest | null = null;
  let bestKey = '';
  let ambiguous = false;
  for (const c of candidates) {
    const k = key(c);
    const bound = best ? best.distance : max;
    const d = distance(q, k, bound);
    if (d > bound) continue;
    if (best && d === best.distance) {
      if (k !== bestKey) ambiguous = true;
      continue;
    }
    best = { value: c, distance: d };
    bestKey = k;
    ambiguous = false;
  }
  return best && !ambiguous ? best : null;
}
