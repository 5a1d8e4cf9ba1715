/**
 * Whether a word is a well-formed Vietnamese syllable: onset, a vowel nucleus from the closed
 * list Vietnamese allows, a coda, at most one tone, on a vowel. A nucleus that ends in a glide
 * (ai, ao, au, ơi, ươu …) or an open diphthong (ia, ua, ưa) takes no final consonant: "tháung"
 * is no syllable (it is VNI for "tháng"). Loose (it accepts some non-words such as `chớnh`), but
 * strict enough to tell real text from legacy-font garbage (`phßng`, `vaên`, `Ñôn`).
 */
const ONSET = '(?:ngh|ch|gh|gi|kh|ng|nh|ph|qu|th|tr|[bcdđghklmnprstvx])?';
/** Nuclei that may be followed by a final consonant. */
const CLOSABLE = [
  'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y',
  'iê', 'oa', 'oă', 'oe', 'oo', 'uâ', 'uê', 'uô', 'uơ', 'uy', 'ươ', 'yê', 'uyê',
];
/** Nuclei that end the syllable (a glide or an open diphthong last). */
const OPEN = [
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iu', 'oi', 'ôi', 'ơi', 'ua', 'ui', 'ưa', 'ưi', 'ưu',
  'iêu', 'yêu', 'oai', 'oay', 'oao', 'oeo', 'uây', 'uôi', 'ươi', 'ươu', 'uya', 'uyu', 'uêu',
];
const CODA = '(?:ch|ng|nh|[cmnpt])?';
const alternatives = (list: string[]) => list.slice().sort((a, b) => b.length - a.length).join('|');
const SYLLABLE = new RegExp(`^${ONSET}(?:(?:${alternatives(CLOSABLE)})${CODA}|(?:${alternatives(OPEN)}))$`);
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
const TONE_MARKS = '\u0300\u0301\u0303\u0309\u0323';
/** What a tone mark may follow (in NFD): a vowel, or a vowel's own mark (circumflex, breve, horn). */
const TONE_BEARERS = 'aeiouy\u0302\u0306\u031b';

/** A tone mark (in NFD) on anything but a vowel: `ñ` is no Vietnamese letter. */
function toneOnConsonant(nfd: string): boolean {
  for (let i = 0; i < nfd.length; i++) {
    if (TONE_MARKS.includes(nfd[i]!) && (i === 0 || !TONE_BEARERS.includes(nfd[i - 1]!))) return true;
  }
  return false;
}

export function isVietnameseSyllable(word: string): boolean {
  const nfd = word.normalize('NFD').toLowerCase();
  const tones = nfd.match(TONES);
  if (tones && tones.length > 1) return false;
  if (tones && toneOnConsonant(nfd)) return false;
  const base = nfd.replace(TONES, '').normalize('NFC');
  return SYLLABLE.test(base);
}
