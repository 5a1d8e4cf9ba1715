/**
 * Per-string memoisation for the hot text functions: the engine folds the same few hundred
 * distinct unit and funding strings tens of thousands of times. The cache is cleared when it
 * grows past `limit`, which bounds memory on pathological input (every cell different).
 */
export function memoize<R>(fn: (s: string) => R, limit = 50_000): (s: string) => R {
  const cache = new Map<string, R>();
  return (s: string): R => {
    const hit = cache.get(s);
    if (hit !== undefined || cache.has(s)) return hit as R;
    const value = fn(s);
    if (cache.size >= limit) cache.clear();
    cache.set(s, value);
    return value;
  };
}
