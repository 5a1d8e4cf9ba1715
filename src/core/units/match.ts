import type { DirectoryEntry } from '../config';
import { distance, fold, foldKeepTones, isUnaccented, lowerFirst, nfc, typoTolerance } from '../text';
import { cleanUnitName, unitKind, unitLevel } from './name';
import { meter } from './work';

export { cleanUnitName } from './name';

/**
 * How a written unit name relates to the directory.
 * - exact: the canonical name as written (NFC, spacing; a lower-case first letter is allowed).
 * - alias: the same unit written otherwise. `via` says how: `listed` (an alias in the directory:
 *   an accepted spelling), `variant` (folds equal to a name or alias: case, dash spacing, tone
 *   placement, NFD, or written without any diacritics: worth unit.nonstandard), `qualified`
 *   (a known name followed by a description such as `tổng hợp`, `có liên quan`, or by the place
 *   it is in: `Sở Tư pháp tỉnh`, `UBND xã Cam Lộ`: accepted).
 * - near: a typo of a known name (wrong or missing tone mark, one wrong letter, a name cut
 *   short), of the same kind (Phòng, Trung tâm …) and level (province, commune …): the engine
 *   reports unit.unknown with `canonical` as the suggestion. `Trung tâm Phục vụ hành chính công xã`
 *   is never a near miss of the provincial centre.
 * - unknown: nothing close.
 * `entry` is the directory entry matched (its dates and successors), for every kind but unknown;
 * `closest` (near only) the listed spelling the name is a typo of (`Công an phưòng` → `Công an
 * phường`, an alias of `Công an xã`), which is what a fix should write.
 */
export type UnitMatch =
  | { kind: 'exact'; canonical: string; entry: DirectoryEntry }
  | { kind: 'alias'; canonical: string; via: 'listed' | 'variant' | 'qualified'; entry: DirectoryEntry }
  | { kind: 'near'; canonical: string; entry: DirectoryEntry; closest: string }
  | { kind: 'unknown' };

export interface UnitMatcher {
  match(name: string): UnitMatch;
  /** The canonical unit a name stands for (exact, alias or near), or undefined. */
  canonical(name: string): string | undefined;
  /**
   * Whether the directory knows the name as written or as a variant spelling (no typo search):
   * cheap, for deciding how to split a cell.
   */
  knows(name: string): boolean;
  /** How many comma- or `và`-separated pieces the longest directory name has (at least 1). */
  readonly maxPieces: number;
  /** Whether some directory name of several pieces starts with this piece (`UBND huyện` of `UBND huyện, TX, TP`). */
  opensLongerName(piece: string): boolean;
  readonly entries: readonly DirectoryEntry[];
}

interface Known {
  canonical: string;
  /** This spelling, as listed. */
  text: string;
  entry: DirectoryEntry;
  listed: boolean;
  foldKey: string;
  toneKey: string;
  kind: string | undefined;
  level: string;
}

/** Words that describe a unit's role rather than name another unit (`Văn phòng Sở tổng hợp`). */
const QUALIFIER =
  /^(co|lien quan|tong hop|duoc|chu tri|phoi hop|thuc hien|tham muu|theo doi|theo|tuy|khi|trong|lam|giup|huong dan|dau moi)( |$)/;

/** Whether folded text after a known name only describes it (no comma: a comma starts another unit). */
export function isQualifier(foldedRest: string): boolean {
  return !foldedRest.includes(',') && QUALIFIER.test(foldedRest);
}

/** `tỉnh Quảng Trị`, `xã Cam Lộ`: the place a unit is in, after its name. */
const PLACE = /^(?:tỉnh|thành phố|xã|phường|đặc khu)(?:\s+\p{Lu}[\p{L}\p{M}]*){0,4}$/u;
/** `Cam Lộ` after a name that already says its level (`UBND xã`). */
const PROPER_NAME = /^\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){0,3}$/u;

/** Separators a directory name may contain that also separate units in a cell. */
const PIECE_SEPARATOR = /,|\s+và\s+/giu;

/** Names longer than this are not looked up for typos (no unit is named in 200 characters). */
const MAX_NAME = 200;

export function createUnitMatcher(entries: readonly DirectoryEntry[]): UnitMatcher {
  const exact = new Map<string, Known>();
  const byTone = new Map<string, Known>();
  const byFold = new Map<string, Known>();
  const all: Known[] = [];
  let maxPieces = 1;
  /** The folded first pieces of names with several pieces. */
  const openers = new Set<string>();
  for (const e of entries) {
    const canonical = nfc(e.name);
    for (const [i, raw] of [e.name, ...e.aliases].entries()) {
      const text = cleanUnitName(raw);
      if (text === '') continue;
      const k: Known = {
        canonical,
        text,
        entry: e,
        listed: i > 0,
        foldKey: fold(text),
        toneKey: foldKeepTones(text),
        kind: unitKind(text),
        level: unitLevel(text),
      };
      // the first entry to claim a spelling keeps it (parseDirectoryJson rejects such clashes)
      if (!exact.has(lowerFirst(text))) exact.set(lowerFirst(text), k);
      if (!byTone.has(k.toneKey)) byTone.set(k.toneKey, k);
      if (!byFold.has(k.foldKey)) byFold.set(k.foldKey, k);
      all.push(k);
      const pieces = (text.match(PIECE_SEPARATOR)?.length ?? 0) + 1;
      if (pieces > maxPieces) maxPieces = pieces;
      if (pieces > 1) openers.add(fold(lowerFirst(text.split(PIECE_SEPARATOR)[0]!)));
    }
  }
  // longest first, so `Văn phòng Sở tổng hợp` is read as Văn phòng Sở + tổng hợp, not Văn phòng + ...
  const byLength = [...all].sort((a, b) => b.foldKey.length - a.foldKey.length);
  // keys bucketed by length: a typo changes the length by at most the tolerance
  const byLen = new Map<number, Known[]>();
  for (const k of all) {
    const bucket = byLen.get(k.foldKey.length);
    if (bucket) bucket.push(k);
    else byLen.set(k.foldKey.length, [k]);
  }

  const hit = (k: Known, via: 'listed' | 'variant' | 'qualified' | 'exact'): UnitMatch =>
    via === 'exact' ? { kind: 'exact', canonical: k.canonical, entry: k.entry } : { kind: 'alias', canonical: k.canonical, via, entry: k.entry };
  const near = (k: Known): UnitMatch => ({ kind: 'near', canonical: k.canonical, entry: k.entry, closest: k.text });
  /** A near miss must be of the same kind (when both have one) and the same level. */
  const comparable = (k: Known, kind: string | undefined, level: string) =>
    k.level === level && (k.kind === undefined || kind === undefined || k.kind === kind);

  function knownAs(n: string): UnitMatch | undefined {
    const h = exact.get(lowerFirst(n));
    if (h) return hit(h, h.listed ? 'listed' : 'exact');
    const variant = byTone.get(foldKeepTones(n));
    if (variant) return hit(variant, 'variant');
    return undefined;
  }

  function compute(name: string): UnitMatch {
    meter.chars += name.length;
    if (name.length > MAX_NAME * 4) return { kind: 'unknown' };
    const n = cleanUnitName(name);
    if (n === '') return { kind: 'unknown' };
    const known = knownAs(n);
    if (known) return known;

    const tone = foldKeepTones(n);
    const f = fold(n);
    const unaccented = isUnaccented(n);
    const folded = byFold.get(f);
    // same letters, different marks: no marks at all is a way of writing; wrong marks are a typo
    if (folded) return unaccented ? hit(folded, 'variant') : near(folded);
    if (f.length > MAX_NAME) return { kind: 'unknown' };

    const kind = unitKind(n);
    const level = unitLevel(n);
    meter.chars += all.length * 2;
    for (const k of byLength) {
      if (!f.startsWith(k.foldKey + ' ')) continue;
      const restFolded = f.slice(k.foldKey.length + 1);
      if (isQualifier(restFolded)) {
        if (unaccented || tone.startsWith(k.toneKey + ' ')) return hit(k, 'qualified');
        return near(k);
      }
      // the place it is in: `Sở Tư pháp tỉnh Quảng Trị`, `UBND xã Cam Lộ`
      if (!tone.startsWith(k.toneKey + ' ')) continue;
      const restTone = tone.slice(k.toneKey.length + 1);
      if (/[,-]/.test(restTone)) continue;
      const rest = n.split(' ').slice(-restTone.split(' ').length).join(' ');
      // Only where the known name already says its level (`UBND xã` + `Cam Lộ`), or is a department
      // (a Sở is the province's): `Trung tâm Phục vụ hành chính công` + `xã`, `Thanh tra` + `tỉnh`
      // and `Văn phòng` + `tỉnh` are other units.
      const restLevel = unitLevel(rest);
      const department = k.kind === 'sở';
      const place = PLACE.test(rest) && ((k.level !== '' && restLevel === k.level) || (department && restLevel === 'province'));
      const proper = PROPER_NAME.test(rest) && restLevel === '' && (k.level !== '' || department);
      if (place || proper) return hit(k, 'qualified');
    }

    // a name cut short by a page break or a narrow column: `Các phòng, đơn vị trực`
    if (f.length >= 8) {
      let cut: Known | undefined;
      let ambiguous = false;
      for (const k of all) {
        if (!k.foldKey.startsWith(f) || f.length < 0.6 * k.foldKey.length || k.kind !== kind || k.level !== level) continue;
        if (cut && cut.canonical !== k.canonical) ambiguous = true;
        cut = k;
      }
      if (cut && !ambiguous) return near(cut);
    }

    const typo = nearest(f, kind, level);
    return typo ? near(typo) : { kind: 'unknown' };
  }

  /**
   * The one entry within typo distance of the folded key, of the same kind and level; none if two
   * tie. A key that is an entry's name followed by whole words is not a typo of it.
   */
  function nearest(key: string, kind: string | undefined, level: string): Known | undefined {
    const max = typoTolerance(key.length);
    let best = max + 1;
    let winner: Known | undefined;
    let tie = false;
    for (let len = key.length - max; len <= key.length + max; len++) {
      for (const k of byLen.get(len) ?? []) {
        if (!comparable(k, kind, level)) continue;
        // whole words after a known name make another name (`… trực thuộc` + ` Sở`), never a typo:
        // the distance would count the added word as edits
        if (key.startsWith(k.foldKey + ' ')) continue;
        meter.chars += key.length * (2 * max + 1);
        const d = distance(key, k.foldKey, Math.min(best, max));
        if (d > max || d > best) continue;
        if (d < best) {
          best = d;
          winner = k;
          tie = false;
        } else if (winner && winner.canonical !== k.canonical) tie = true;
      }
    }
    return winner && !tie ? winner : undefined;
  }

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
  const knowsCache = new Map<string, boolean>();
  return {
    match,
    canonical: (name) => {
      const m = match(name);
      return m.kind === 'unknown' ? undefined : m.canonical;
    },
    knows: (name) => {
      let k = knowsCache.get(name);
      if (k === undefined) {
        const n = name.length > MAX_NAME ? '' : cleanUnitName(name);
        k = n !== '' && (knownAs(n) !== undefined || byFold.has(fold(n)));
        if (knowsCache.size >= 50_000) knowsCache.clear();
        knowsCache.set(name, k);
      }
      return k;
    },
    maxPieces,
    opensLongerName: (piece) => piece.length <= MAX_NAME && openers.has(fold(lowerFirst(piece))),
    entries,
  };
}

/**
 * Whether two written names stand for the same unit (partner.same-as-lead): both resolve to one
 * canonical unit, or, when neither is known, their unitKey is equal. Blank names are never the same.
 */
export function sameUnit(a: string, b: string, matcher: UnitMatcher): boolean {
  const ka = foldKeepTones(cleanUnitName(a));
  const kb = foldKeepTones(cleanUnitName(b));
  if (ka === '' || kb === '') return false;
  const ca = matcher.canonical(a);
  const cb = matcher.canonical(b);
  if (ca !== undefined || cb !== undefined) return ca === cb;
  return ka === kb;
}
