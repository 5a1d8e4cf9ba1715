import { splitWordsCell } from './words-cell';

/**
 * Reads an amount written in Vietnamese words back to a number, accepting the regional
 * variants (linh/lẻ, nghìn/ngàn, tư/bốn, mốt, lăm/năm/nhăm, tỷ/tỉ, bảy/bẩy), any case, NFC or
 * NFD, a trailing "đồng"/"chẵn" and a "(Bằng chữ: ...)" wrapper. Returns null for anything that
 * is not a well-formed amount (including "một trăm năm", which is 150 to some and 105 to others).
 */
export function parseWords(text: string): number | null {
  if (typeof text !== 'string') return null;
  const { body, suffix } = splitWordsCell(text);
  const tokens = (body + suffix)
    .toLowerCase()
    .replace(/[,;:()"“”'‘’\-–—.!/]/g, ' ')
    .split(/\s+/)
    .filter((t) => t !== '');
  while (tokens.length > 0 && TRAILING.has(tokens[tokens.length - 1] ?? '')) tokens.pop();
  if (tokens.length === 0) return null;
  return readTokens(tokens);
}

/** True when the words spell exactly this total. */
export function wordsMatch(text: string, total: number): boolean {
  return parseWords(text) === total;
}

const TRAILING = new Set(['đồng', 'đ', 'vnđ', 'vnd', 'chẵn', 'chẳn']);

/** Digit words as they stand alone, after "linh", or before "trăm"/"mươi". */
const DIGITS: Record<string, number> = {
  không: 0, một: 1, hai: 2, ba: 3, bốn: 4, năm: 5, sáu: 6, bảy: 7, bẩy: 7, tám: 8, chín: 9,
};
/** Units after "mười" (11..19). */
const AFTER_MUOI_10: Record<string, number> = {
  một: 1, hai: 2, ba: 3, bốn: 4, lăm: 5, năm: 5, sáu: 6, bảy: 7, bẩy: 7, tám: 8, chín: 9,
};
/** Units after "X mươi" (21..99). */
const AFTER_MUOI: Record<string, number> = {
  mốt: 1, một: 1, hai: 2, ba: 3, tư: 4, bốn: 4, lăm: 5, năm: 5, nhăm: 5, sáu: 6, bảy: 7, bẩy: 7, tám: 8, chín: 9,
};
/** Units after "linh"/"lẻ" (x01..x09); "linh tư" is common for 4. */
const AFTER_LINH: Record<string, number> = {
  một: 1, hai: 2, ba: 3, bốn: 4, tư: 4, năm: 5, sáu: 6, bảy: 7, bẩy: 7, tám: 8, chín: 9,
};
const MULTIPLIERS: Record<string, number> = { nghìn: 1e3, ngàn: 1e3, triệu: 1e6, tỷ: 1e9, tỉ: 1e9 };
const BILLION = 1e9;

function lookup(table: Record<string, number>, key: string | undefined): number | undefined {
  return key !== undefined && Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

type Group = { value: number; next: number } | null | 'bad';

/** One group below a thousand: [d trăm] [linh d | mười [u] | d mươi [u] | d]. */
function readGroup(t: readonly string[], start: number): Group {
  let i = start;
  let hundreds: number | undefined;
  const first = lookup(DIGITS, t[i]);
  if (first !== undefined && t[i + 1] === 'trăm') {
    hundreds = first;
    i += 2;
  }
  let rest: number | undefined;
  const word = t[i];
  if (word === 'linh' || word === 'lẻ') {
    const u = lookup(AFTER_LINH, t[i + 1]);
    if (u === undefined) return 'bad';
    rest = u;
    i += 2;
  } else if (word === 'mười') {
    rest = 10;
    i += 1;
    const u = lookup(AFTER_MUOI_10, t[i]);
    if (u !== undefined) {
      rest += u;
      i += 1;
    }
  } else {
    const d = lookup(DIGITS, word);
    if (d !== undefined && d >= 2 && t[i + 1] === 'mươi') {
      rest = d * 10;
      i += 2;
      const u = lookup(AFTER_MUOI, t[i]);
      if (u !== undefined) {
        rest += u;
        i += 1;
      }
    } else if (d !== undefined) {
      // "một trăm năm" is ambiguous (105 or 150): refuse rather than guess.
      if (hundreds !== undefined) return 'bad';
      rest = d;
      i += 1;
    }
  }
  if (hundreds === undefined && rest === undefined) return null;
  return { value: (hundreds ?? 0) * 100 + (rest ?? 0), next: i };
}

interface Chunk {
  value: number;
  /** The place value the chunk was multiplied by: 1e3, 1e6, 1e9, 1e12 ("nghìn tỷ")... */
  scale: number;
}

function readTokens(t: readonly string[]): number | null {
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < t.length) {
    const group = readGroup(t, i);
    if (group === 'bad') return null;
    if (group) i = group.next;
    let chunk: Chunk;
    if (i >= t.length) {
      if (!group) return null;
      chunk = { value: group.value, scale: 1 };
    } else {
      const m = lookup(MULTIPLIERS, t[i]);
      if (m === undefined) return null;
      i += 1;
      if (m === BILLION) {
        // Tỷ is the largest unit, so it applies to everything since the last tỷ:
        // "một nghìn không trăm linh một tỷ" = 1001 tỷ, "một triệu tỷ" = 10^15.
        let count = group ? group.value : 0;
        let inner = 1;
        let popped = false;
        while (chunks.length > 0 && (chunks[chunks.length - 1] as Chunk).scale < BILLION) {
          const c = chunks.pop() as Chunk;
          count += c.value;
          inner = Math.max(inner, c.scale);
          popped = true;
        }
        if (!popped && !group) {
          const c = chunks.pop(); // "một tỷ tỷ"
          if (!c) return null;
          count = c.value;
          inner = c.scale;
        }
        chunk = { value: count * BILLION, scale: inner * BILLION };
      } else {
        if (!group) return null; // "nghìn" with no number before it
        chunk = { value: group.value * m, scale: m };
      }
    }
    // Place values must fall: "hai triệu ba triệu" is not an amount.
    const prev = chunks[chunks.length - 1];
    if (prev && prev.scale <= chunk.scale) return null;
    chunks.push(chunk);
  }
  if (chunks.length === 0) return null;
  const total = chunks.reduce((s, c) => s + c.value, 0);
  return Number.isSafeInteger(total) ? total : null;
}
