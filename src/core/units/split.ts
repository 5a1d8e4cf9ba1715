import type { DirectoryEntry } from '../config';
import { collapseSpaces, fold } from '../text';
import { DEFAULT_UNITS } from './defaults';
import { cleanUnitName, isQualifier } from './match';

/** After `Các ...`, a lower-case piece naming more kinds of body continues the same unit: `Các phòng, đơn vị`. */
const BODY = /^(don vi|phong|ban|nganh|co quan|dia phuong|to chuc|doan the|ca nhan|chi cuc|trung tam|so|nghiep vu|chuyen mon|doanh nghiep|hoi|cap)( |,|$)/;
const PLURAL = /^(cac|toan the|nhung) /;
/** After `UBND ...`, the other local levels continue the same unit: `UBND huyện, TX, TP`. */
const LOCAL = /^(cac )?(tx|tp|thi xa|thanh pho|quan|huyen|xa|phuong|thi tran|cap xa|cap huyen)$/;
const UBND = /^(ubnd|uy ban nhan dan) /;

function continues(unit: string, next: string): boolean {
  const u = fold(unit);
  const n = fold(next);
  if (UBND.test(u) && LOCAL.test(n)) return true;
  const first = next.charAt(0);
  return PLURAL.test(u) && first !== first.toUpperCase() && BODY.test(n);
}

/** A splitter bound to one directory, with its own cache (the same cell text recurs thousands of times). */
export function createUnitSplitter(directory: readonly DirectoryEntry[]): (text: string) => string[] {
  const commaKeys = new Set<string>();
  for (const e of directory) for (const n of [e.name, ...e.aliases]) if (n.includes(',')) commaKeys.add(fold(cleanUnitName(n)));
  const prefixes = [...commaKeys];
  const isCommaName = (s: string): boolean => {
    const k = fold(s);
    // a known comma-name, or one followed by a description (`Các sở, ban, ngành có liên quan`)
    return commaKeys.has(k) || prefixes.some((p) => k.startsWith(p + ' ') && isQualifier(k.slice(p.length + 1)));
  };

  function splitChunk(chunk: string): string[] {
    const pieces = chunk.split(',').map((p) => p.trim());
    const out: string[] = [];
    let i = 0;
    while (i < pieces.length) {
      let end = i;
      // the longest run of pieces that is a known comma-name (`UBND huyện, TX, TP`)
      for (let j = pieces.length - 1; j > i; j--) {
        if (isCommaName(pieces.slice(i, j + 1).join(', '))) {
          end = j;
          break;
        }
      }
      let unit = pieces.slice(i, end + 1).join(', ');
      while (end + 1 < pieces.length && continues(unit, pieces[end + 1] as string)) {
        end++;
        unit += ', ' + (pieces[end] as string);
      }
      out.push(unit);
      i = end + 1;
    }
    return out;
  }

  function split(text: string): string[] {
    const units: string[] = [];
    for (const line of collapseSpaces(text).split(/[\n;]/)) {
      for (const unit of splitChunk(cleanUnitName(line))) {
        const clean = cleanUnitName(unit);
        if (/\p{L}/u.test(clean)) units.push(clean);
      }
    }
    return units;
  }

  const cache = new Map<string, string[]>();
  return (text: string): string[] => {
    let hit = cache.get(text);
    if (!hit) {
      hit = split(text);
      if (cache.size >= 50_000) cache.clear();
      cache.set(text, hit);
    }
    return hit.slice();
  };
}

const splitters = new WeakMap<readonly DirectoryEntry[], (text: string) => string[]>();

/**
 * The units named in a lead or partner cell: split on `,` `;` new lines and `- ` bullets,
 * trimmed, empties and trailing punctuation dropped, while names containing a comma stay whole:
 * those in the directory (`UBND huyện, TX, TP`) and the `Các phòng, đơn vị ...` /
 * `các sở, ban, ngành` pattern. Never throws; an empty cell gives [].
 */
export function splitUnits(text: string, directory: readonly DirectoryEntry[] = DEFAULT_UNITS): string[] {
  let splitter = splitters.get(directory);
  if (!splitter) {
    splitter = createUnitSplitter(directory);
    splitters.set(directory, splitter);
  }
  return splitter(text);
}
