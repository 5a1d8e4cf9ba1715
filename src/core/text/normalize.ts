import { memoize } from './memo';

/** Zero-width and BOM characters that Word and PDF paste leave inside words. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** Every dash and hyphen a clerk's keyboard, Word's autocorrect or a PDF can produce. */
const DASHES = /[\p{Pd}\u2212]/gu;
/** The five Vietnamese tone marks (NFD combining): sắc, huyền, hỏi, ngã, nặng. */
const TONE_DIGIT: Readonly<Record<string, string>> = {
  '\u0301': '1',
  '\u0300': '2',
  '\u0309': '3',
  '\u0303': '4',
  '\u0323': '5',
};
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** NFC, invisible characters removed, all whitespace (new lines too) collapsed to one space, trimmed. */
export function nfc(s: string): string {
  return s.replace(INVISIBLE, '').normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Like nfc but keeps line breaks: spaces collapse within each line, blank lines and edges go. */
export function collapseSpaces(s: string): string {
  return s
    .replace(INVISIBLE, '')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

/** Punctuation, spacing and dash rules shared by both keys: only letters, digits, `-` and `,` remain. */
function tidyKey(t: string): string {
  return t
    .replace(DASHES, '-')
    .replace(/[^\p{L}\p{M}\p{N}\s,-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .replace(/ ?- ?/g, '-')
    .replace(/ ?, ?/g, ', ')
    .trim();
}

/**
 * The comparison key: case, diacritics (đ too), tone placement, Unicode form, dash spacing
 * and punctuation other than `-` and `,` do not count. `Kế hoạch – Tài chính` and
 * `ke hoach-tai chinh.` fold to the same key. Never shown to users.
 */
export const fold: (s: string) => string = memoize((s: string): string => {
  // per character through a cache: the slow Unicode work is done once per distinct character
  let t = '';
  for (const c of s.normalize('NFC')) {
    let f = foldedChar.get(c);
    if (f === undefined) {
      f = foldChar(c);
      foldedChar.set(c, f);
    }
    t += f;
  }
  return tidyKey(t);
});

const foldedChar = new Map<string, string>();

function foldChar(c: string): string {
  const t = c
    .replace(INVISIBLE, '')
    .normalize('NFD')
    .toLowerCase()
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(DASHES, '-');
  return t.replace(/[^\p{L}\p{N}\s,-]/gu, ' ');
}

/**
 * A key that keeps the letters' marks (ă, â, ơ...) and each syllable's tone, but not where the
 * tone sits: `hòa`/`hoà`, `thủy`/`thuỷ` and `Qúy`/`Quý` are equal, `phòng`/`phỏng` and
 * `Cải`/`Cái` are not. The tone becomes a digit after the syllable (`phòng` → `phong2`, with ô kept
 * as a letter), so an edit distance on this key counts a wrong tone as one edit.
 */
export const foldKeepTones: (s: string) => string = memoize((s: string): string => {
  const t = s
    .replace(INVISIBLE, '')
    .normalize('NFD')
    .toLowerCase()
    .replace(/[\p{L}\p{M}]+/gu, (word) => {
      let tones = '';
      const base = word.replace(TONES, (m) => {
        tones += TONE_DIGIT[m] ?? '';
        return '';
      });
      return base.normalize('NFC') + tones;
    });
  return tidyKey(t);
});

/** True when the text carries no Vietnamese diacritics at all (typed without a Vietnamese keyboard). */
export function isUnaccented(s: string): boolean {
  return !/[\u0300-\u036f]|đ|Đ/.test(s.normalize('NFD'));
}

/** Lower-cases the first character only: `các phòng` after a semicolon is the same name as `Các phòng`. */
export function lowerFirst(s: string): string {
  return s.length === 0 ? s : s.charAt(0).toLowerCase() + s.slice(1);
}

/**
 * Lower case, no diacritics (đ → d, and Ð, the look-alike Icelandic eth some converters and
 * keyboards put for Đ), single spaces, trimmed; punctuation and digits kept
 * ("Đã hoàn thành 100%" → "da hoan thanh 100%", "Quý I/2026" → "quy i/2026"). For matching words
 * a clerk types where the punctuation carries meaning (periods, percentages, dates), unlike
 * `fold`, which turns punctuation into spaces.
 */
export function foldKeepPunctuation(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐðÐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
