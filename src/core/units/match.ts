import type { DirectoryEntry } from '../config';
import { createTypoIndex, fold, foldKeepTones, isUnaccented, lowerFirst, nfc } from '../text';

/**
 * How a written unit name relates to the directory.
 * - exact: the canonical name as written (NFC, spacing; a lower-case first letter is allowed).
 * - alias: the same unit written otherwise. `via` says how: `listed` (an alias in the directory:
 *   an accepted spelling), `variant` (folds equal to a name or alias: case, dash spacing, tone
 *   placement, NFD, or written without any diacritics: worth unit.nonstandard), `qualified`
 *   (a known name followed by a description such as `tổng hợp`, `có liên quan`: accepted).
 * - near: a typo of a known name (wrong or missing tone mark, one wrong letter, a name cut
 *   short): the engine reports unit.unknown with `canonical` as the suggestion.
 * - unknown: nothing close. `nearest` is never set today (an unsure guess would invite a wrong
 *   fix); the field stays for a future looser hint.
 */
export type UnitMatch =
  | { kind: 'exact'; canonical: string }
  | { kind: 'alias'; canonical: string; via: 'listed' | 'variant' | 'qualified' }
  | { kind: 'near'; canonical: string }
  | { kind: 'unknown'; nearest?: string };

export interface UnitMatcher {
  match(name: string): UnitMatch;
  /** The canonical unit a name stands for (exact, alias or near), or undefined. */
  canonical(name: string): string | undefined;
  readonly entries: readonly DirectoryEntry[];
}

interface Known {
  canonical: string;
  listed: boolean;
  foldKey: string;
  toneKey: string;
}

/** Words that describe a unit's role rather than name another unit (`Văn phòng Sở tổng hợp`). */
const QUALIFIER =
  /^(co|lien quan|tong hop|duoc|chu tri|phoi hop|thuc hien|tham muu|theo doi|theo|tuy|khi|trong|lam|giup|huong dan|dau moi)( |$)/;

/** Whether folded text after a known name only describes it (no comma: a comma starts another unit). */
export function isQualifier(foldedRest: string): boolean {
  return !foldedRest.includes(',') && QUALIFIER.test(foldedRest);
}

/** Leading bullets and numbering, trailing punctuation: not part of a name. */
export function cleanUnitName(s: string): string {
  return nfc(s)
    .replace(/^(?:[-+•*–—‑]+\s*|\d{1,2}[.)]\s+|[a-zđ]\)\s+)+/u, '')
    .replace(/[\s.;:,]+$/u, '')
    .replace(/^[\s,.;:]+/u, '');
}

export function createUnitMatcher(entries: readonly DirectoryEntry[]): UnitMatcher {
  const exact = new Map<string, Known>();
  const byTone = new Map<string, Known>();
  const byFold = new Map<string, Known>();
  const all: Known[] = [];
  for (const e of entries) {
    const canonical = nfc(e.name);
    for (const [i, raw] of [e.name, ...e.aliases].entries()) {
      const text = cleanUnitName(raw);
      if (text === '') continue;
      const k: Known = { canonical, listed: i > 0, foldKey: fold(text), toneKey: foldKeepTones(text) };
      // the first entry to claim a spelling keeps it (parseDirectoryJson rejects such clashes)
      if (!exact.has(lowerFirst(text))) exact.set(lowerFirst(text), k);
      if (!byTone.has(k.toneKey)) byTone.set(k.toneKey, k);
      if (!byFold.has(k.foldKey)) byFold.set(k.foldKey, k);
      all.push(k);
    }
  }
  // longest first, so `Văn phòng Sở tổng hợp` is read as Văn phòng Sở + tổng hợp, not Văn phòng + ...
  const byLength = [...all].sort((a, b) => b.foldKey.length - a.foldKey.length);

  function compute(name: string): UnitMatch {
    const n = cleanUnitName(name);
    if (n === '') return { kind: 'unknown' };
    const hit = exact.get(lowerFirst(n));
    if (hit) return hit.listed ? { kind: 'alias', canonical: hit.canonical, via: 'listed' } : { kind: 'exact', canonical: hit.canonical };

    const tone = foldKeepTones(n);
    const f = fold(n);
    const variant = byTone.get(tone);
    if (variant) return { kind: 'alias', canonical: variant.canonical, via: 'variant' };
    const unaccented = isUnaccented(n);
    const folded = byFold.get(f);
    // same letters, different marks: no marks at all is a way of writing; wrong marks are a typo
    if (folded) return unaccented ? { kind: 'alias', canonical: folded.canonical, via: 'variant' } : { kind: 'near', canonical: folded.canonical };

    for (const k of byLength) {
      if (!f.startsWith(k.foldKey + ' ') || !isQualifier(f.slice(k.foldKey.length + 1))) continue;
      if (unaccented || tone.startsWith(k.toneKey + ' ')) return { kind: 'alias', canonical: k.canonical, via: 'qualified' };
      return { kind: 'near', canonical: k.canonical };
    }

    // a name cut short by a page break or a narrow column: `Các phòng, đơn vị trực`
    if (f.length >= 8) {
      const cut = new Set(all.filter((k) => k.foldKey.startsWith(f) && f.length >= 0.6 * k.foldKey.length).map((k) => k.canonical));
      if (cut.size === 1) return { kind: 'near', canonical: [...cut][0] as string };
    }

    const typo = nearKey(f);
    if (typo) return { kind: 'near', canonical: typo };
    return { kind: 'unknown' };
  }

  const nearKey = createTypoIndex(all, (k) => k.foldKey, (k) => k.canonical);

  const cache = new Map<string, UnitMatch>();
  function match(name: string): UnitMatch {
    let m = cache.get(name);
    if (!m) {
      m = compute(name);
      if (cache.size >= 50_000) cache.clear();
      cache.set(name, m);
    }
    return m;
  }
  return {
    match,
    canonical: (name) => {
      const m = match(name);
      return m.kind === 'unknown' ? undefined : m.canonical;
    },
    entries,
  };
}

/**
 * Whether two written names stand for the same unit (partner.same-as-lead): both resolve to one
 * canonical unit, or, when neither is known, they fold equal. Blank names are never the same.
 */
export function sameUnit(a: string, b: string, matcher: UnitMatcher): boolean {
  const fa = fold(a);
  const fb = fold(b);
  if (fa === '' || fb === '') return false;
  const ca = matcher.canonical(a);
  const cb = matcher.canonical(b);
  if (ca !== undefined || cb !== undefined) return ca === cb;
  return fa === fb;
}
