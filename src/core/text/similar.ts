import { fold } from './normalize';

/**
 * Levenshtein distance between a and b, giving up once it must exceed `max`: then it returns
 * max + 1. Banded, two rows, so comparing a name with a directory entry costs O(len × max).
 */
/** Reused rows: the matchers call distance hundreds of times per name, allocation dominated. */
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

export function distance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (a.length > b.length) [a, b] = [b, a];
  const la = a.length;
  const lb = b.length;
  const limit = Math.min(max, lb);
  if (lb - la > limit) return limit + 1;
  if (la === 0) return lb;
  // only cells within `band` of the diagonal can stay within the limit
  const band = Math.min(limit, lb);
  const big = limit + 1;
  if (rowA.length <= la) {
    rowA = new Int32Array(la * 2 + 2);
    rowB = new Int32Array(la * 2 + 2);
  }
  let prev = rowA;
  let curr = rowB;
  prev.fill(big, 0, la + 1);
  for (let i = 0; i <= Math.min(la, band); i++) prev[i] = i;
  for (let j = 1; j <= lb; j++) {
    const from = Math.max(1, j - band);
    const to = Math.min(la, j + band);
    curr.fill(big, 0, la + 1);
    curr[0] = j <= band ? j : big;
    let rowMin = curr[0] as number;
    const bj = b.charCodeAt(j - 1);
    for (let i = from; i <= to; i++) {
      const cost = a.charCodeAt(i - 1) === bj ? 0 : 1;
      let v = (prev[i - 1] as number) + cost;
      const up = (prev[i] as number) + 1;
      const left = (curr[i - 1] as number) + 1;
      if (up < v) v = up;
      if (left < v) v = left;
      if (v > big) v = big;
      curr[i] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return big;
    [prev, curr] = [curr, prev];
  }
  const d = prev[la] as number;
  return d > limit ? big : d;
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

/**
 * A near-miss index over directory entries: keys bucketed by length (a typo changes the length
 * by at most the tolerance). `lookup(key)` gives the one entry within typoTolerance of the key,
 * or null when none is, or when two different entries are equally close.
 */
export function createTypoIndex<T>(items: readonly T[], keyOf: (item: T) => string, idOf: (item: T) => string) {
  const byLen = new Map<number, T[]>();
  for (const item of items) {
    const len = keyOf(item).length;
    const bucket = byLen.get(len);
    if (bucket) bucket.push(item);
    else byLen.set(len, [item]);
  }
  return function lookup(key: string): string | null {
    const max = typoTolerance(key.length);
    let best = max + 1;
    const winners = new Set<string>();
    for (let len = key.length - max; len <= key.length + max; len++) {
      for (const item of byLen.get(len) ?? []) {
        const d = distance(key, keyOf(item), Math.min(best, max));
        if (d < best) {
          best = d;
          winners.clear();
        }
        if (d === best && d <= max) winners.add(idOf(item));
      }
    }
    return best <= max && winners.size === 1 ? ([...winners][0] as string) : null;
  };
}
