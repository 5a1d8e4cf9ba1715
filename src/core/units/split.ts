import type { DirectoryEntry } from '../config';
import { collapseSpaces, fold } from '../text';
import { DEFAULT_UNITS } from './defaults';
import { createUnitMatcher, type UnitMatcher } from './match';
import { cleanUnitName, isBareKind, isWellFormedUnit, startsLikeUnit, unitKind } from './name';
import { meter } from './work';

/** After `Các ...`, a lower-case piece naming more kinds of body continues the same unit: `Các phòng, đơn vị`. */
const BODY =
  /^(don vi|phong|ban|nganh|co quan|dia phuong|to chuc|doan the|ca nhan|chi cuc|trung tam|so|nghiep vu|chuyen mon|doanh nghiep|hoi|cap|thon|to dan pho|khu pho|ban|ap|truong)( |,|$)/;
const PLURAL = /^(cac|toan the|nhung) /;
/** After a name ending in a local level, the other local levels continue it: `UBND huyện, TX, TP`. */
const LOCAL = /^(cac )?(tx|tp|thi xa|thanh pho|quan|huyen|xa|phuong|thi tran|dac khu|cap xa|cap huyen)$/;
const ENDS_LOCAL = /(^|\s)(ubnd|uy ban nhan dan|huyen|xa|phuong|quan|thi xa|thanh pho|cap xa|cap huyen|tinh)$/;
/** School levels, after a school's name: `Trường Mầm non, Tiểu học, THCS` is one school (or one kind of school). */
const SCHOOL_LEVEL = /^(mam non|mau giao|nha tre|tieu hoc|thcs|thpt|trung hoc( co so| pho thong)?|pho thong|lien cap|ptdtbt|ptdtnt|pt dtbt|pt dtnt|dan toc ban tru|dan toc noi tru)( |$)/;
/** Heads after which an upper-case piece that is no unit of its own continues the name: `Phòng Kinh tế, Hạ tầng và Đô thị`. */
const NAMED_HEAD = new Set(['phòng', 'sở', 'ban', 'trung tâm', 'chi cục', 'cục', 'hội']);
/** `HĐND và UBND` is one office's name, never two units. */
const COUNCIL_END = /(hđnd|hội đồng nhân dân)$/iu;
const COMMITTEE_START = /^(ubnd|ủy ban nhân dân|uỷ ban nhân dân)/iu;
/** Pieces longer than this are not names: they are not joined to look them up. */
const MAX_JOINED = 200;
/** How much of a joined unit's opening (head word, plural) and end (local level) `continues` reads. */
const HEAD_CHARS = 48;
const TAIL_CHARS = 24;

/** A separator inside one line: a comma (with or without a following `và`) or the word `và`. */
const SEPARATOR = /\s*,\s*(?:và\s+)?|\s+và\s+/giu;

interface Piece {
  text: string;
  /** The separator before the next piece: ',' or 'và' (the last piece's is unused). */
  next: ',' | 'và';
}

export type UnitSplitter = ((text: string) => string[]) & {
  /** The matcher whose directory decides what is one unit. */
  readonly matcher: UnitMatcher;
};

/**
 * A splitter bound to one directory, with its own cache (the same cell text recurs thousands of
 * times). Cost linear in the cell's length: every piece is joined with at most `maxPieces` others
 * (the longest directory name's pieces) and joins stop at 200 characters.
 */
export function createUnitSplitter(directory: readonly DirectoryEntry[] | UnitMatcher): UnitSplitter {
  const matcher = Array.isArray(directory) ? createUnitMatcher(directory as readonly DirectoryEntry[]) : (directory as UnitMatcher);
  const K = Math.min(matcher.maxPieces, 12);

  const known = (s: string) => s.length <= MAX_JOINED && matcher.knows(s);
  /** A unit of its own: known, a typo of a known one, or well formed. */
  const isUnit = (s: string) => s.length <= MAX_JOINED && (known(s) || isWellFormedUnit(s) || matcher.match(s).kind === 'near');

  /**
   * Whether `next` (after a comma) continues `unit` rather than naming another unit. Only the
   * unit's opening (its head word, a plural) and its end (a local level) are read, so the cost
   * does not grow with a unit already joined from many pieces. `hasComma`: the unit holds a comma.
   */
  function continues(unit: string, next: string, hasComma: boolean): boolean {
    if (next.length > MAX_JOINED || unit.length > MAX_JOINED * 2) return false;
    const head = unit.length <= HEAD_CHARS ? unit : unit.slice(0, HEAD_CHARS);
    const u = fold(head);
    const tail = unit.length <= HEAD_CHARS ? u : fold(unit.slice(-TAIL_CHARS));
    const n = fold(next);
    meter.chars += head.length + Math.min(unit.length, TAIL_CHARS) + next.length;
    if (LOCAL.test(n) && ENDS_LOCAL.test(tail)) return true;
    const first = next.charAt(0);
    const lower = first !== first.toUpperCase();
    // `Các phòng, đơn vị`, `Các thôn, buôn`: a plural goes on with bare kind words in lower case
    if (PLURAL.test(u) && lower && (BODY.test(n) || isBareKind(next))) return true;
    const kind = unitKind(head);
    if ((kind === 'trường' || kind === 'các trường') && SCHOOL_LEVEL.test(n)) return true;
    if (known(next) || startsLikeUnit(next) || PLURAL.test(n)) return false;
    // `Phòng Tổ chức, biên chế và …`, `Phòng Công chức, viên chức`: lower-case words are no new unit
    if (lower) return true;
    // `Phòng Kinh tế, Hạ tầng và Đô thị`, `Sở Văn hóa, Thể thao và Du lịch`
    return kind !== undefined && NAMED_HEAD.has(kind) && !hasComma && next.split(' ').length <= 6;
  }

  /**
   * Whether ` và ` between `unit` and `next` joins two units (split) or belongs to one name. A side
   * longer than any name is no unit: joined at once, without reading it.
   */
  function splitsAtAnd(unit: string, next: string): boolean {
    if (unit.length > MAX_JOINED || next.length > MAX_JOINED) return false;
    meter.chars += unit.length + next.length;
    if (COUNCIL_END.test(unit) && COMMITTEE_START.test(next)) return false;
    return isUnit(unit) && isUnit(next);
  }

  function group(pieces: Piece[]): string[] {
    const out: string[] = [];
    let i = 0;
    while (i < pieces.length) {
      // the longest run of pieces that is a directory name (`UBND huyện, TX, TP`, `Văn phòng HĐND và UBND xã`)
      let end = i;
      let unit = pieces[i]!.text;
      let acc = unit;
      const opens = matcher.opensLongerName(unit);
      for (let j = i + 1; opens && j < pieces.length && j < i + K && acc.length <= MAX_JOINED; j++) {
        acc += (pieces[j - 1]!.next === ',' ? ', ' : ' và ') + pieces[j]!.text;
        meter.chars += acc.length;
        if (known(acc)) {
          end = j;
          unit = acc;
        }
      }
      let hasComma = unit.includes(',');
      while (end + 1 < pieces.length) {
        const sep = pieces[end]!.next;
        const next = pieces[end + 1]!.text;
        const joins = sep === ',' ? continues(unit, next, hasComma) : !splitsAtAnd(unit, next);
        if (!joins) break;
        end++;
        if (sep === ',') hasComma = true;
        if (unit.length <= MAX_JOINED * 4) unit += (sep === ',' ? ', ' : ' và ') + next;
      }
      out.push(unit);
      i = end + 1;
    }
    return out;
  }

  /** A line's pieces between commas and ` và `, in one pass. */
  function piecesOf(line: string): Piece[] {
    const pieces: Piece[] = [];
    let start = 0;
    SEPARATOR.lastIndex = 0;
    for (let m = SEPARATOR.exec(line); m; m = SEPARATOR.exec(line)) {
      if (m[0].length === 0) {
        SEPARATOR.lastIndex++;
        continue;
      }
      const text = line.slice(start, m.index).trim();
      if (text) pieces.push({ text, next: m[0].includes(',') ? ',' : 'và' });
      else if (pieces.length && m[0].includes(',')) pieces[pieces.length - 1]!.next = ',';
      start = m.index + m[0].length;
    }
    const last = line.slice(start).trim();
    if (last) pieces.push({ text: last, next: ',' });
    meter.chars += line.length;
    return pieces;
  }

  function split(text: string): string[] {
    const units: string[] = [];
    const lines = collapseSpaces(text).split(/[\n;•]/);
    meter.chars += text.length;
    for (let li = 0; li < lines.length; li++) {
      let line = cleanUnitName(lines[li]!);
      // a name wrapped onto the next line (Alt+Enter in the middle): the next line starts lower-case
      while (
        li + 1 < lines.length &&
        lines[li + 1]!.length <= MAX_JOINED &&
        /^\s*\p{Ll}/u.test(lines[li + 1]!) &&
        !startsLikeUnit(lines[li + 1]!) &&
        !/^\s*(các|toàn thể|những)\s/iu.test(lines[li + 1]!) &&
        !/[.:]$/.test(line)
      ) {
        line += ' ' + cleanUnitName(lines[++li]!);
      }
      for (const unit of group(piecesOf(line))) {
        const clean = cleanUnitName(unit);
        if (/\p{L}/u.test(clean)) units.push(clean);
      }
    }
    return units;
  }

  const cache = new Map<string, string[]>();
  const splitter = (text: string): string[] => {
    let hit = cache.get(text);
    if (!hit) {
      hit = split(text);
      if (cache.size >= 50_000) cache.clear();
      cache.set(text, hit);
    }
    return hit.slice();
  };
  return Object.assign(splitter, { matcher });
}

const splitters = new WeakMap<readonly DirectoryEntry[] | UnitMatcher, UnitSplitter>();

/**
 * The units named in a lead or partner cell, split by meaning: at line breaks, semicolons and
 * bullets always; at commas unless what follows continues the name (`Các phòng, đơn vị`,
 * `UBND huyện, TX, TP`, `Phòng Tổ chức, biên chế và tổ chức phi chính phủ`, any name the directory
 * knows); at ` và ` only where each side is a unit (known or well formed: `Phòng Văn hóa - Xã hội
 * và Trung tâm Phục vụ hành chính công xã` is two, `Sở Khoa học và Công nghệ` and `Văn phòng HĐND
 * và UBND xã` are one). Trimmed, bullets and trailing punctuation dropped. Never throws; an empty
 * cell gives []. Linear in the cell's length.
 */
export function splitUnits(text: string, directory: readonly DirectoryEntry[] | UnitMatcher = DEFAULT_UNITS): string[] {
  let splitter = splitters.get(directory);
  if (!splitter) {
    splitter = createUnitSplitter(directory);
    splitters.set(directory, splitter);
  }
  return splitter(text);
}
