import { COMMON_SYLLABLES } from './common-syllables';
import { isVietnameseSyllable } from './syllable';

export type LegacyEncoding = 'TCVN3' | 'VNI';

/**
 * TCVN3 (ABC, the .VnTime fonts): one byte per Vietnamese letter in 0xA1–0xFE. Read as
 * Windows-1252/Latin-1 it shows as `Phßng KÕ ho¹ch`. Upper-case accented letters do not exist in
 * TCVN3 (the .VnTimeH fonts draw the lower-case codes as capitals).
 */
const TCVN3_TABLE =
  // code: letter, in ascending code order
  '¡Ă¢Â£Ê¤Ô¥Ơ¦Ư§Đ¨ă©âªê«ô¬ơ\u00ADư®đµà¶ả·ã¸á¹ạ»ằ¼ẳ½ẵ¾ắÆặÇầÈẩÉẫÊấËậÌèÎẻÏẽÐéÑẹÒềÓểÔễÕếÖệ×ìØỉÜĩÝíÞịßòáỏâõãóäọåồæổçỗèốéộêờëởìỡíớîợïùñủòũóúôụõừöử÷ữøứùựúỳûỷüỹýýþỵ';
const TCVN3 = new Map<string, string>();
for (let i = 0; i + 1 < TCVN3_TABLE.length; i += 2) TCVN3.set(TCVN3_TABLE[i] as string, TCVN3_TABLE[i + 1] as string);

/**
 * VNI (VNI-Windows fonts): a plain vowel followed by a mark byte, e.g. `Vaên phoøng` = Văn phòng.
 * Each mark byte stands for combining marks applied to the vowel before it.
 */
const VNI_MARKS: Readonly<Record<string, { marks: string; on: RegExp }>> = (() => {
  const tone = /[aeiouyăâêôơưAEIOUYĂÂÊÔƠƯ]$/u;
  const hat = /[aeoAEO]$/;
  const breve = /[aA]$/;
  const m: Record<string, { marks: string; on: RegExp }> = {};
  const add = (chars: string, marks: string, on: RegExp): void => {
    for (const c of chars) m[c] = { marks, on };
  };
  add('ùÙ', '\u0301', tone);
  add('øØ', '\u0300', tone);
  add('ûÛ', '\u0309', tone);
  add('õÕ', '\u0303', tone);
  add('ïÏ', '\u0323', tone);
  add('âÂ', '\u0302', hat);
  add('áÁ', '\u0302\u0301', hat);
  add('àÀ', '\u0302\u0300', hat);
  add('åÅ', '\u0302\u0309', hat);
  add('ãÃ', '\u0302\u0303', hat);
  add('äÄ', '\u0302\u0323', hat);
  add('êÊ', '\u0306', breve);
  add('éÉ', '\u0306\u0301', breve);
  add('èÈ', '\u0306\u0300', breve);
  add('úÚ', '\u0306\u0309', breve);
  add('üÜ', '\u0306\u0303', breve);
  add('ëË', '\u0306\u0323', breve);
  return m;
})();
/** VNI single-byte letters: ơ ư đ and the toned i / ỵ. */
const VNI_LETTERS: Readonly<Record<string, string>> = {
  'ô': 'ơ', 'Ô': 'Ơ', 'ö': 'ư', 'Ö': 'Ư', 'ñ': 'đ', 'Ñ': 'Đ',
  'í': 'í', 'Í': 'Í', 'ì': 'ì', 'Ì': 'Ì', 'æ': 'ỉ', 'Æ': 'Ỉ', 'ó': 'ĩ', 'Ó': 'Ĩ', 'ò': 'ị', 'Ò': 'Ị', 'î': 'ỵ', 'Î': 'Ỵ',
};

/**
 * Whether a legacy font draws every character of the text as the letter it is in Unicode. A VNI
 * font draws its mark bytes (á à â ê é … ) as floating marks and ô ö ñ as ơ ư đ, even where
 * `decodeVNI` leaves them (no vowel before), so Unicode "Báo cáo" in VNI-Times prints as garbage
 * although decoding it changes nothing; a TCVN3 font draws each byte of its table as another letter.
 */
export function drawnAsStored(s: string, encoding: LegacyEncoding): boolean {
  for (const c of s) {
    if (encoding === 'TCVN3' ? (TCVN3.get(c) ?? c) !== c : c in VNI_MARKS || (VNI_LETTERS[c] ?? c) !== c) return false;
  }
  return true;
}

/** Text in TCVN3 read as Latin-1, turned back into Unicode Vietnamese (NFC). */
export function decodeTCVN3(s: string): string {
  let out = '';
  for (const c of s) out += TCVN3.get(c) ?? c;
  return out.normalize('NFC');
}

const VNI_TONE = /[\u0300\u0301\u0303\u0309\u0323]/;

/** Text in VNI read as Latin-1, turned back into Unicode Vietnamese (NFC). */
export function decodeVNI(s: string): string {
  let out = '';
  for (const c of s.normalize('NFC')) {
    const mark = VNI_MARKS[c];
    if (mark && out.length > 0) {
      // a mark byte after an untoned vowel composes with it; anywhere else it is just the letter
      const last = (out[out.length - 1] as string).normalize('NFD');
      if (!VNI_TONE.test(last) && mark.on.test(last.normalize('NFC'))) {
        out = out.slice(0, -1) + (last + mark.marks).normalize('NFC');
        continue;
      }
    }
    out += VNI_LETTERS[c] ?? c;
  }
  return out.normalize('NFC');
}

export function decodeLegacy(s: string, encoding: LegacyEncoding): string {
  return encoding === 'TCVN3' ? decodeTCVN3(s) : decodeVNI(s);
}

/** Letters only Unicode Vietnamese has (ă đ ơ ư ĩ ũ and the precomposed toned block): real text. */
const UNICODE_VIETNAMESE = /[ĂăĐđĨĩŨũƠơƯư\u1EA0-\u1EF9]|[\u0300-\u036F]/;
const HIGH = /[\u00A1-\u00FF]/;

/** Whether the text has a letter only Unicode Vietnamese has (no TCVN3/VNI byte reads as it). */
export function hasUnicodeVietnamese(s: string): boolean {
  return UNICODE_VIETNAMESE.test(s) || UNICODE_VIETNAMESE.test(s.normalize('NFC'));
}
const WORD = /[A-Za-z\u00A1-\u00FF]+/g;
const CAPITAL_INSIDE = /[a-z\u00DF-\u00FF][\u00C0-\u00DE]/;

/**
 * Which legacy encoding the text was typed in, or null. Strict on purpose: a word counts as
 * evidence only when it is not Vietnamese as written and becomes a Vietnamese syllable once
 * decoded; a word that decodes to nonsense counts against. Any Unicode-only Vietnamese letter
 * (ơ, ư, ạ...) means the text is already Unicode.
 */
export function detectLegacyEncoding(s: string): LegacyEncoding | null {
  if (!HIGH.test(s) || UNICODE_VIETNAMESE.test(s)) return null;
  const words = (s.normalize('NFC').match(WORD) ?? []).filter((w) => HIGH.test(w) && /[A-Za-z]/.test(w));
  if (words.length === 0) return null;
  let best: { encoding: LegacyEncoding; score: number } | null = null;
  for (const encoding of ['TCVN3', 'VNI'] as const) {
    let evidence = 0;
    let against = 0;
    for (const w of words) {
      // Already a real syllable (`Chính`) says nothing, unless a capital follows a small letter
      // (`phÝ`: TCVN3 codes some small letters with Latin-1 capitals), which no one types.
      if (isVietnameseSyllable(w) && !CAPITAL_INSIDE.test(w)) continue;
      if (isVietnameseSyllable(decodeLegacy(w, encoding))) evidence++;
      else against++;
    }
    if (evidence === 0 || against * 4 > evidence) continue;
    const score = evidence - against;
    if (!best || score > best.score) best = { encoding, score };
  }
  return best?.encoding ?? null;
}

/**
 * The legacy encoding a font's name implies, or null. TCVN3 (ABC) fonts are named with a leading
 * dot and "Vn" (.VnTime, .VnTimeH, .VnArial, .VnCentury Schoolbook); VNI fonts start "VNI-"
 * (VNI-Times, VNI-Helve). Text in such a font is stored as the legacy bytes read as Latin-1.
 */
export function legacyFontEncoding(font: string | undefined): LegacyEncoding | null {
  if (!font) return null;
  const f = font.trim();
  if (/^\.vn/i.test(f)) return 'TCVN3';
  if (/^vni[-\s]/i.test(f)) return 'VNI';
  return null;
}

/** Why a text cell is, or is not, read as legacy bytes (`legacyVerdict`). */
export type LegacyReason =
  /** No byte a legacy encoding gives meaning to (plain ASCII): nothing to decode. */
  | 'no-legacy-bytes'
  /** Letters only Unicode has (ă ơ ư đ, precomposed ạ ả ấ …): the text is Unicode already. */
  | 'unicode-letters'
  /** Decoding makes fewer Vietnamese syllables than the text as it is. */
  | 'reads-better-as-is'
  /** As Vietnamese-like either way, and nothing else on the sheet says legacy. */
  | 'ambiguous'
  /** No legacy font, and the text alone is not recognised as legacy. */
  | 'not-detected'
  /** Legacy bytes: decoded because the text reads better decoded (font a hint at most). */
  | 'decodes-better'
  /** As Vietnamese-like either way; the font and the sheet's other text agree on legacy. */
  | 'font-and-sheet'
  /** As many syllables either way, but more of them common (`COMMON_SYLLABLES`) as stored. */
  | 'common-as-is'
  /** As many syllables either way, but more of them common (`COMMON_SYLLABLES`) decoded. */
  | 'common-decoded'
  /** Recognised by `detectLegacyEncoding` (no legacy font). */
  | 'detected';

export interface LegacyVerdict {
  /** The encoding to decode with, or null to leave the text alone. */
  encoding: LegacyEncoding | null;
  reason: LegacyReason;
}

/** Words with a byte above 0xA0, and how many of them are Vietnamese syllables. */
function syllableScore(s: string, original: boolean): number {
  let n = 0;
  for (const w of s.normalize('NFC').match(/[\p{L}\p{M}]+/gu) ?? []) {
    if (!/[\u0080-\uFFFF]/.test(w)) continue;
    if (isVietnameseSyllable(w) && !(original && CAPITAL_INSIDE.test(w))) n++;
  }
  return n;
}

/** How many words of the text are among the common Vietnamese syllables (case ignored). */
function commonScore(s: string): number {
  let n = 0;
  for (const w of s.normalize('NFC').match(/[\p{L}\p{M}]+/gu) ?? []) if (COMMON_SYLLABLES.has(w.toLocaleLowerCase('vi'))) n++;
  return n;
}

/**
 * Whether one text cell holds legacy bytes, decided by the text; the cell's font is a hint only.
 * A clerk may convert a sheet's text to Unicode (Unikey) and keep the .VnTime font, so the font
 * cannot decide alone. In order:
 * 1. no byte above 0x7F → leave (`no-legacy-bytes`);
 * 2. any letter TCVN3/VNI bytes never produce (ă đ ơ ư ĩ ũ, U+1EA0–U+1EF9, combining marks) →
 *    leave, whatever the font (`unicode-letters`): such text is Unicode, or a mix no decoder can
 *    repair;
 * 3. a TCVN3/VNI font (`legacyFontEncoding`): decode in its encoding when the decoded text has
 *    more Vietnamese syllables than the text as stored (`decodes-better`); fewer → leave
 *    (`reads-better-as-is`); as many → the one with more common syllables (`COMMON_SYLLABLES`:
 *    Unicode "Công tác" stays, `common-as-is`; TCVN3 "Bé mét sè" becomes "Bộ một số",
 *    `common-decoded`), and with as many of those, decode only when `sheetEncoding` (the strict
 *    detection of the sheet's other text) agrees (`font-and-sheet`), else leave (`ambiguous`);
 * 4. no legacy font: `detectLegacyEncoding` (`detected` / `not-detected`); texts of three
 *    characters or fewer ("Së") only when it agrees with `sheetEncoding`.
 */
export function legacyVerdict(text: string, font: string | undefined, sheetEncoding: LegacyEncoding | null): LegacyVerdict {
  if (!/[\u0080-\uFFFF]/.test(text)) return { encoding: null, reason: 'no-legacy-bytes' };
  if (hasUnicodeVietnamese(text)) return { encoding: null, reason: 'unicode-letters' };
  const byFont = legacyFontEncoding(font);
  if (byFont) {
    const before = syllableScore(text, true);
    const decoded = decodeLegacyText(text, byFont, font);
    const after = syllableScore(decoded, false);
    if (after > before) return { encoding: byFont, reason: 'decodes-better' };
    if (after < before) return { encoding: null, reason: 'reads-better-as-is' };
    const commonBefore = commonScore(text);
    const commonAfter = commonScore(decoded);
    if (commonBefore > commonAfter) return { encoding: null, reason: 'common-as-is' };
    if (commonAfter > commonBefore) return { encoding: byFont, reason: 'common-decoded' };
    return sheetEncoding === byFont ? { encoding: byFont, reason: 'font-and-sheet' } : { encoding: null, reason: 'ambiguous' };
  }
  const detected = detectLegacyEncoding(text);
  if (detected && (text.length > 3 || detected === sheetEncoding)) return { encoding: detected, reason: 'detected' };
  return { encoding: null, reason: 'not-detected' };
}

/**
 * TCVN3 capital fonts (.VnTimeH, .VnArialH: the name ends in "H") draw the lower-case codes as
 * capitals, because TCVN3 has no code for most accented capitals. Text typed in them shows in
 * capitals, so its Unicode form must be upper-cased to look the same.
 */
export function isCapitalsFont(font: string | undefined): boolean {
  return !!font && /^\.vn.*h$/i.test(font.trim());
}

/**
 * The Unicode (NFC) text a clerk saw on screen: the legacy bytes decoded, in capitals when the
 * font draws capitals.
 */
export function decodeLegacyText(s: string, encoding: LegacyEncoding, font?: string): string {
  const decoded = decodeLegacy(s, encoding);
  return isCapitalsFont(font) ? decoded.toLocaleUpperCase('vi') : decoded;
}

/** The font a repaired legacy cell is given (Nghị định 30/2020: Times New Roman). */
export const UNICODE_FONT = 'Times New Roman';
