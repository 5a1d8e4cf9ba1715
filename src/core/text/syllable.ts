/**
 * Whether a word is a well-formed Vietnamese syllable: onset, a vowel nucleus from the closed
 * list Vietnamese allows, a coda, at most one tone. Loose (it accepts some non-words such as
 * `chớnh`), but strict enough to tell real text from legacy-font garbage (`phßng`, `vaên`).
 */
const ONSET = '(?:ngh|ch|gh|gi|kh|ng|nh|ph|qu|th|tr|[bcdđghklmnprstvx])?';
const NUCLEI = [
  'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y',
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iê', 'iu', 'oa', 'oă', 'oe', 'oi', 'oo',
  'ôi', 'ơi', 'ua', 'uâ', 'uê', 'ui', 'uô', 'uơ', 'uy', 'ưa', 'ưi', 'ưu', 'ươ', 'yê',
  'iêu', 'yêu', 'oai', 'oay', 'oao', 'oeo', 'uây', 'uôi', 'ươi', 'ươu', 'uya', 'uyê', 'uyu', 'uêu',
];
const CODA = '(?:ch|ng|nh|[cmnpt])?';
const SYLLABLE = new RegExp(`^${ONSET}(?:${NUCLEI.sort((a, b) => b.length - a.length).join('|')})${CODA}$`);
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

export function isVietnameseSyllable(word: string): boolean {
  const nfd = word.normalize('NFD').toLowerCase();
  const tones = nfd.match(TONES);
  if (tones && tones.length > 1) return false;
  const base = nfd.replace(TONES, '').normalize('NFC');
  return SYLLABLE.test(base);
}
