/**
 * What a written unit name says about itself, without a directory: its comparison key, its kind
 * (the head word: Phòng, Trung tâm, UBND ...), its level (province, district, commune, village)
 * and whether it is well formed as a Vietnamese administrative unit's name.
 *
 * Every comparison of two written unit names goes through `unitKey`.
 */
import { foldKeepTones, isVietnameseSyllable, memoize, nfc } from '../text';

/** Leading bullets and numbering, trailing punctuation: not part of a name. */
export function cleanUnitName(s: string): string {
  return nfc(s)
    .replace(/^(?:[-+•*–—‑]+\s*|\d{1,2}[.)]\s+|[a-zđ]\)\s+)+/u, '')
    .replace(/[\s.;:,]+$/u, '')
    .replace(/^[\s,.;:]+/u, '');
}

/**
 * An `&` written for "và" between words (`Sở Kế hoạch & Đầu tư`, `Thể thao &Du lịch`); without
 * this the key would drop the word and the name would no longer be the unit it names. An `&`
 * inside an abbreviation (`KH&ĐT`) is part of the abbreviation and stays as it is.
 */
const SPACED_AMPERSAND = /\s+&\s*|\s*&\s+/gu;

/** The name with each `&` written for "và" between words spelt out (`Sở Kế hoạch và Đầu tư`). */
export function ampersandAsAnd(name: string): string {
  return name.replace(SPACED_AMPERSAND, ' và ');
}

/**
 * The one key under which two written unit names are the same unit: NFC/NFD, case, tone placement
 * (`hóa`/`hoá`), dash kind and spacing (`-`, `–`, `—`), leading bullets and trailing punctuation do
 * not count; letters and tones do (`Phòng`/`Phỏng` differ). Shape: foldKeepTones of the cleaned name.
 */
export const unitKey: (name: string) => string = memoize((name: string) =>
  foldKeepTones(ampersandAsAnd(cleanUnitName(name))),
);

/**
 * Head words of unit names, as unitKey writes them (tones as digits after the syllable), longest
 * first so `văn phòng` wins over `phòng`. The value is the kind reported for near-miss checks:
 * a near miss is only suggested between names of the same kind.
 */
const HEADS: readonly [string, string][] = (
  [
    ['ban chỉ huy quân sự', 'ban chỉ huy quân sự'],
    ['ban chỉ huy', 'ban chỉ huy'],
    ['ban chỉ đạo', 'ban chỉ đạo'],
    ['ban quản lý', 'ban quản lý'],
    ['ban giám đốc', 'lãnh đạo'],
    ['ban thường trực', 'ban'],
    ['văn phòng', 'văn phòng'],
    ['phòng', 'phòng'],
    ['ban', 'ban'],
    ['trung tâm', 'trung tâm'],
    ['chi cục', 'chi cục'],
    ['tổng cục', 'cục'],
    ['cục', 'cục'],
    ['công an', 'công an'],
    ['ủy ban mặt trận tổ quốc', 'mặt trận'],
    ['mặt trận tổ quốc', 'mặt trận'],
    ['ubmttq', 'mặt trận'],
    ['ủy ban mttq', 'mặt trận'],
    ['mttq', 'mặt trận'],
    ['ủy ban nhân dân', 'ubnd'],
    ['ubnd', 'ubnd'],
    ['ủy ban', 'ủy ban'],
    ['hội đồng nhân dân', 'hđnd'],
    ['hđnd', 'hđnd'],
    ['thường trực', 'lãnh đạo'],
    ['hội đồng', 'hội đồng'],
    ['hội', 'hội'],
    ['đoàn thanh niên', 'đoàn'],
    ['đoàn', 'đoàn'],
    ['công đoàn', 'công đoàn'],
    ['chi đoàn', 'đoàn'],
    ['đảng ủy', 'đảng'],
    ['đảng bộ', 'đảng'],
    ['chi bộ', 'đảng'],
    ['sở', 'sở'],
    ['thanh tra', 'thanh tra'],
    ['bộ phận', 'bộ phận'],
    ['tổ dân phố', 'thôn'],
    ['tổ công tác', 'tổ'],
    ['tổ giúp việc', 'tổ'],
    ['tổ', 'tổ'],
    ['đội', 'đội'],
    ['trạm', 'trạm'],
    ['trường', 'trường'],
    ['bệnh viện', 'bệnh viện'],
    ['kho bạc', 'kho bạc'],
    ['bảo hiểm xã hội', 'bảo hiểm'],
    ['bhxh', 'bảo hiểm'],
    ['ngân hàng', 'ngân hàng'],
    // the press, the post, branches, companies, libraries: units a plan names as partners
    ['báo', 'báo chí'],
    ['đài phát thanh', 'báo chí'],
    ['đài truyền hình', 'báo chí'],
    ['đài truyền thanh', 'báo chí'],
    ['đài', 'báo chí'],
    ['bưu điện', 'bưu điện'],
    ['chi nhánh', 'chi nhánh'],
    ['tổng công ty', 'doanh nghiệp'],
    ['công ty', 'doanh nghiệp'],
    ['điện lực', 'doanh nghiệp'],
    ['thư viện', 'thư viện'],
    ['bảo tàng', 'bảo tàng'],
    ['nhà văn hóa', 'nhà văn hóa'],
    ['hạt kiểm lâm', 'hạt'],
    ['quỹ', 'quỹ'],
    ['viện', 'viện'],
    ['lãnh đạo', 'lãnh đạo'],
    ['giám đốc', 'lãnh đạo'],
    ['phó giám đốc', 'lãnh đạo'],
    ['chủ tịch', 'lãnh đạo'],
    ['phó chủ tịch', 'lãnh đạo'],
    ['chánh văn phòng', 'lãnh đạo'],
    ['chánh thanh tra', 'lãnh đạo'],
    ['trưởng phòng', 'lãnh đạo'],
    ['trưởng ban', 'lãnh đạo'],
    ['trưởng thôn', 'lãnh đạo'],
    ['tổ trưởng', 'lãnh đạo'],
    ['cán bộ', 'người'],
    ['công chức', 'người'],
    ['người lao động', 'người'],
    ['thôn', 'thôn'],
    ['khu phố', 'thôn'],
    ['ấp', 'thôn'],
    ['bản', 'thôn'],
    ['buôn', 'thôn'],
    ['xã', 'xã'],
    ['phường', 'xã'],
    ['đặc khu', 'xã'],
    ['thị trấn', 'xã'],
    ['huyện', 'huyện'],
    ['tỉnh', 'tỉnh'],
    ['bộ', 'bộ'],
    ['ttpvhcc', 'trung tâm'],
    ['tt pvhcc', 'trung tâm'],
    ['vp', 'văn phòng'],
  ] as [string, string][]
)
  .map(([h, k]): [string, string] => [foldKeepTones(h), k])
  .sort((a, b) => b[0].length - a[0].length);

/** Words after a head that mean it is not a unit at all: `tổ chức` (organising), `bản` `kế hoạch`. */
const NOT_A_HEAD = ['báo cáo', 'báo chí', 'đài thọ', 'tổ chức', 'bản kế', 'bàn giao', 'hội nghị', 'hội thao', 'hội thi', 'bản tin', 'trường hợp', 'đội ngũ', 'bộ thủ tục'].map((w) => foldKeepTones(w));

/** Plural openings: `Các phòng, đơn vị`, `Toàn thể cán bộ`, `Những cơ quan`, `Mọi`. */
const PLURAL = new RegExp(`^(${['các', 'toàn thể', 'những', 'mọi', 'tất cả các'].map((w) => foldKeepTones(w)).join('|')}) `);

/** Words that name kinds of body after a plural opening (`Các đơn vị`, `Các cơ quan`). */
const BODY_WORDS = [
  'đơn vị',
  'cơ quan',
  'tổ chức',
  'địa phương',
  'ngành',
  'đoàn thể',
  'doanh nghiệp',
  'cá nhân',
  'thành viên',
  'cấp',
  'chi cục',
  'nhà trường',
].map((w) => foldKeepTones(w));

function headOf(key: string): { head: string; kind: string } | undefined {
  for (const [h, kind] of HEADS) {
    if (key === h || key.startsWith(h + ' ') || key.startsWith(h + ',') || key.startsWith(h + '-')) {
      for (const n of NOT_A_HEAD) if (key === n || key.startsWith(n + ' ')) return undefined;
      return { head: h, kind };
    }
  }
  return undefined;
}

/**
 * The kind of unit a name is: its head word's kind (`phòng`, `trung tâm`, `ubnd` ...), plural
 * names prefixed `các ` (`các phòng`, `các thôn`), or undefined when no head is recognised (a
 * typo in the head word, or not a unit).
 */
export const unitKind: (name: string) => string | undefined = memoize((name: string) => {
  const key = unitKey(name);
  const plural = PLURAL.exec(key);
  if (plural) {
    const rest = key.slice(plural[0].length);
    const h = headOf(rest);
    if (h) return `các ${h.kind}`;
    for (const w of BODY_WORDS) if (rest === w || rest.startsWith(w + ' ') || rest.startsWith(w + ',')) return 'các đơn vị';
    return undefined;
  }
  return headOf(key)?.kind;
});

export type UnitLevel = 'province' | 'district' | 'commune' | 'village';

const levelWords = (words: string[], not = '') =>
  new RegExp(`(^| )(?:${words.map((w) => foldKeepTones(w)).join('|')})${not}(?= |,|$)`);
const THI_XA = new RegExp(foldKeepTones('thị xã'), 'g');
const LEVEL_WORDS: readonly [RegExp, UnitLevel][] = [
  [levelWords(['huyện', 'quận', 'thị xã']), 'district'],
  [levelWords(['thôn', 'tổ dân phố', 'khu phố', 'ấp', 'buôn']), 'village'],
  // `xã hội` is society, not a commune
  [levelWords(['xã', 'phường', 'thị trấn', 'đặc khu'], `(?! ${foldKeepTones('hội')})`), 'commune'],
  [levelWords(['tỉnh']), 'province'],
];

/**
 * The administrative levels a name names (`Trung tâm Phục vụ hành chính công xã` → commune,
 * `Phòng Nội vụ huyện` → district, `UBND huyện, xã` → district+commune), as a sorted `+`-joined
 * string; '' when it names none (`Văn phòng Sở`). `xã hội` and `thị xã` are not communes.
 */
export const unitLevel: (name: string) => string = memoize((name: string) => {
  let key = unitKey(name);
  const found = new Set<UnitLevel>();
  for (const [re, level] of LEVEL_WORDS) {
    if (re.test(key)) {
      found.add(level);
      // district first: `thị xã` is a district, not a commune
      if (level === 'district') key = key.replace(THI_XA, ' ');
    }
  }
  return [...found].sort().join('+');
});

const ABBREVIATION = /^[A-ZĐ][A-ZĐ0-9&.\-/]{1,11}$/u;

/**
 * Whether a name is well formed as a Vietnamese administrative unit's name: it opens with a unit's
 * head word (Phòng, Ban, Trung tâm, Chi cục, Văn phòng, Công an, Đoàn, Hội, UBND, Sở, Thanh tra,
 * Bộ phận, Thôn, Tổ dân phố …) or a plural of one (Các phòng, Các thôn, tổ dân phố, Các đơn vị …),
 * is at most 16 words and 120 characters, and its words are Vietnamese syllables, abbreviations
 * (UBND, HĐND, PVHCC) or numbers, with at most one other word (a proper name such as `Viettel`).
 * A typo in the head word (`Phònh`) makes it not well formed. Never throws; cost linear in the name.
 */
export const isWellFormedUnit: (name: string) => boolean = memoize((name: string) => {
  if (name.length > 160) return false;
  const clean = cleanUnitName(name);
  if (clean.length === 0 || clean.length > 120) return false;
  if (!/^\p{L}/u.test(clean)) return false;
  if (unitKind(clean) === undefined) return false;
  const words = clean.split(/[\s,;/()]+|\s[-–—]\s/u).filter((w) => w !== '' && !/^[-–—&]$/.test(w));
  if (words.length > 16) return false;
  // a place name at the end in a minority language (`Trường THCS Ea Kar`, `Công an xã Cư M'gar`):
  // up to four capitalised syllables after the name proper, each shaped like a syllable
  let place = words.length;
  while (place > 2 && words.length - place < 4 && isPlaceSyllable(words[place - 1]!)) place--;
  let odd = 0;
  for (let i = 0; i < place; i++) {
    for (const w of words[i]!.split(/[-–—]/)) {
      if (w === '' || /^\d{1,4}[a-z]?$/i.test(w) || ABBREVIATION.test(w) || isVietnameseSyllable(w)) continue;
      odd++;
    }
  }
  return odd <= (words.length >= 3 ? 1 : 0);
});

/**
 * A capitalised syllable of a place name written in Latin letters, Vietnamese or not (Ê Đê, Jrai,
 * M'Nông names of communes: `Ea`, `Kar`, `Krông`, `H'Leo`, `M'gar`, `Kbang`): an onset of at most
 * three consonants (an apostrophe may follow the first), one to three vowels, and at most a
 * common coda. `Xyzq`, `Abcd` are not.
 */
function isPlaceSyllable(word: string): boolean {
  if (word.length > 8 || !/^[A-ZĐ\p{Lu}]/u.test(word)) return false;
  const base = word.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
  return PLACE_SYLLABLE.test(base);
}

const PLACE_SYLLABLE = /^[bcdfghjklmnpqrstvwxz]?['’]?[bcdfghjklmnpqrstvwxz]{0,2}[aeiouy]{1,3}(?:ch|nh|ng|[cklmnprst])?$/;

const HEAD_WORDS = new Set(HEADS.map(([h]) => h));

/**
 * A bare kind word and nothing more (`buôn`, `bản`, `tổ dân phố`, `phòng`): after a plural it
 * names one more kind of the same unit (`Các thôn, buôn`), not a unit of its own.
 */
export function isBareKind(name: string): boolean {
  return name.length <= 40 && HEAD_WORDS.has(unitKey(name));
}

/** A name that opens like a unit (its head word is recognised), whatever follows. */
export function startsLikeUnit(name: string): boolean {
  return unitKind(name) !== undefined;
}
