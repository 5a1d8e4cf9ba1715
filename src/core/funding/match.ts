import type { DirectoryEntry } from '../config';
import { createTypoIndex, fold, foldKeepTones, lowerFirst, nfc } from '../text';
import { parseAmount } from './amount';

/**
 * How a funding cell relates to the categories.
 * - exact: the category as written. alias: the same category written otherwise, `via` `listed`
 *   (an accepted alias: no finding) or `variant` (case, diacritics, spacing: funding.nonstandard
 *   with the canonical). near: a typo (one wrong letter): funding.unknown with the suggestion.
 * - amount: a sum of money, which is valid funding. unknown: nothing close (blank included).
 */
export type FundingMatch =
  | { kind: 'exact'; canonical: string }
  | { kind: 'alias'; canonical: string; via: 'listed' | 'variant' }
  | { kind: 'near'; canonical: string }
  | { kind: 'amount'; value: number }
  | { kind: 'unknown'; nearest?: string };

/**
 * A whole funding cell: one category (`match`), or several (`Ngân sách tỉnh; Nguồn xã hội hóa`,
 * `Ngân sách xã và nguồn hợp pháp khác`) each known. `part` is the piece a finding is about, when the
 * cell names several; `fixed` the cell with that piece replaced by the canonical.
 */
export type FundingCellMatch =
  | { kind: 'ok' }
  | { kind: 'variant'; part: string; canonical: string; fixed: string | null }
  | { kind: 'near'; part: string; canonical: string; fixed: string | null }
  | { kind: 'unknown'; part: string };

export interface FundingMatcher {
  match(text: string): FundingMatch;
  /** A funding cell as written: several sources split at `;` `,` `+` line breaks and ` và `. */
  matchCell(text: string): FundingCellMatch;
  readonly entries: readonly DirectoryEntry[];
}

interface Known {
  canonical: string;
  listed: boolean;
  foldKey: string;
}

function clean(s: string): string {
  return nfc(s).replace(/^(?:[-+•*–—]+\s*)+/u, '').replace(/[\s.;:,]+$/u, '');
}

export function createFundingMatcher(entries: readonly DirectoryEntry[]): FundingMatcher {
  const exact = new Map<string, Known>();
  const byTone = new Map<string, Known>();
  const byFold = new Map<string, Known>();
  const all: Known[] = [];
  for (const e of entries) {
    const canonical = nfc(e.name);
    for (const [i, raw] of [e.name, ...e.aliases].entries()) {
      const text = clean(raw);
      if (text === '') continue;
      const k: Known = { canonical, listed: i > 0, foldKey: fold(text) };
      if (!exact.has(lowerFirst(text))) exact.set(lowerFirst(text), k);
      const tone = foldKeepTones(text);
      if (!byTone.has(tone)) byTone.set(tone, k);
      if (!byFold.has(k.foldKey)) byFold.set(k.foldKey, k);
      all.push(k);
    }
  }

  function compute(raw: string): FundingMatch {
    const t = clean(raw);
    if (t === '') return { kind: 'unknown' };
    const value = parseAmount(t);
    if (value !== undefined) return { kind: 'amount', value };
    const hit = exact.get(lowerFirst(t));
    if (hit) return hit.listed ? { kind: 'alias', canonical: hit.canonical, via: 'listed' } : { kind: 'exact', canonical: hit.canonical };
    // unlike unit names, a category with wrong or missing marks is the category spelled loosely
    const variant = byTone.get(foldKeepTones(t)) ?? byFold.get(fold(t));
    if (variant) return { kind: 'alias', canonical: variant.canonical, via: 'variant' };
    const f = fold(t);
    const typo = nearKey(f);
    if (typo) return { kind: 'near', canonical: typo };
    return { kind: 'unknown' };
  }

  const nearKey = createTypoIndex(all, (k) => k.foldKey, (k) => k.canonical);

  const cache = new Map<string, FundingMatch>();
  function match(text: string): FundingMatch {
    let m = cache.get(text);
    if (!m) {
      m = compute(text);
      if (cache.size >= 50_000) cache.clear();
      cache.set(text, m);
    }
    return m;
  }

  /** One source, also with a note after it: `Ngân sách tỉnh (kinh phí CCHC)`, `Thường xuyên năm 2026`. */
  function matchPart(text: string): FundingMatch {
    const m = match(text);
    if (m.kind !== 'unknown') return m;
    const bare = text.replace(/\s*\([^()]{0,80}\)\s*$/u, '').replace(/\s+(năm|giai đoạn)\s+\d{4}(\s*[-–]\s*\d{4})?\s*$/iu, '');
    return bare !== text && bare.trim() !== '' ? match(bare) : m;
  }

  const cells = new Map<string, FundingCellMatch>();
  function computeCell(text: string): FundingCellMatch {
    const whole = matchPart(text);
    if (whole.kind === 'exact' || whole.kind === 'amount' || (whole.kind === 'alias' && whole.via === 'listed')) return { kind: 'ok' };
    if (whole.kind === 'alias') return { kind: 'variant', part: text, canonical: whole.canonical, fixed: whole.canonical };
    const parts = text.length > 2000 ? [] : text.split(/[;\n+]|,(?!\d{3})|\s+và\s+/u).map((p) => clean(p)).filter((p) => p !== '');
    if (parts.length > 1) {
      const replaced = (part: string, canonical: string) => {
        const at = text.indexOf(part);
        return at < 0 ? null : text.slice(0, at) + canonical + text.slice(at + part.length);
      };
      let variant: FundingCellMatch | undefined;
      for (const part of parts) {
        const m = matchPart(part);
        if (m.kind === 'near') return { kind: 'near', part, canonical: m.canonical, fixed: replaced(part, m.canonical) };
        if (m.kind === 'unknown') return { kind: 'unknown', part };
        if (m.kind === 'alias' && m.via === 'variant') variant ??= { kind: 'variant', part, canonical: m.canonical, fixed: replaced(part, m.canonical) };
      }
      return variant ?? { kind: 'ok' };
    }
    if (whole.kind === 'near') return { kind: 'near', part: text, canonical: whole.canonical, fixed: whole.canonical };
    return { kind: 'unknown', part: text };
  }

  return {
    match,
    matchCell(text: string): FundingCellMatch {
      let m = cells.get(text);
      if (!m) {
        m = computeCell(text);
        if (cells.size >= 50_000) cells.clear();
        cells.set(text, m);
      }
      return m;
    },
    entries,
  };
}
