import { distance, fold, foldKeepTones, nfc } from '../text';

export type AreaId =
  | 'chi-dao-dieu-hanh'
  | 'the-che'
  | 'thu-tuc-hanh-chinh'
  | 'to-chuc-bo-may'
  | 'che-do-cong-vu'
  | 'tai-chinh-cong'
  | 'chinh-phu-so'
  | 'thong-tin-tuyen-truyen'
  | 'chi-so';

/** A standard reform area: the section titles plans use for it, the first being the standard one. */
export interface ReformArea {
  id: AreaId;
  title: string;
  variants: readonly string[];
}

export const STANDARD_AREAS: readonly ReformArea[] = [
  {
    id: 'chi-dao-dieu-hanh',
    title: 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH',
    variants: ['CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CÔNG TÁC CẢI CÁCH HÀNH CHÍNH', 'CHỈ ĐẠO, ĐIỀU HÀNH', 'CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, ĐIỀU HÀNH'],
  },
  { id: 'the-che', title: 'CẢI CÁCH THỂ CHẾ', variants: ['CẢI CÁCH THỂ CHẾ HÀNH CHÍNH', 'XÂY DỰNG VÀ HOÀN THIỆN THỂ CHẾ', 'HOÀN THIỆN THỂ CHẾ'] },
  { id: 'thu-tuc-hanh-chinh', title: 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH', variants: ['CẢI CÁCH TTHC'] },
  {
    id: 'to-chuc-bo-may',
    title: 'CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC',
    variants: ['CẢI CÁCH TỔ CHỨC BỘ MÁY', 'CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH', 'CẢI CÁCH TỔ CHỨC BỘ MÁY NHÀ NƯỚC'],
  },
  {
    id: 'che-do-cong-vu',
    title: 'CẢI CÁCH CHẾ ĐỘ CÔNG VỤ',
    variants: [
      'XÂY DỰNG VÀ NÂNG CAO CHẤT LƯỢNG ĐỘI NGŨ CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC',
      'CẢI CÁCH CHẾ ĐỘ CÔNG VỤ, CÔNG CHỨC',
      'XÂY DỰNG, NÂNG CAO CHẤT LƯỢNG ĐỘI NGŨ CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC',
      'NÂNG CAO CHẤT LƯỢNG ĐỘI NGŨ CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC',
    ],
  },
  { id: 'tai-chinh-cong', title: 'CẢI CÁCH TÀI CHÍNH CÔNG', variants: ['CẢI CÁCH TÀI CHÍNH', 'CẢI CÁCH QUẢN LÝ TÀI CHÍNH CÔNG'] },
  {
    id: 'chinh-phu-so',
    title: 'XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH PHỦ ĐIỆN TỬ, CHÍNH PHỦ SỐ',
    variants: [
      'XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ',
      'XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ',
      'XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN SỐ',
      'XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH PHỦ ĐIỆN TỬ',
      'XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH PHỦ SỐ',
      'XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ',
      'XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ',
      'XÂY DỰNG CHÍNH QUYỀN SỐ',
      'XÂY DỰNG CHÍNH PHỦ ĐIỆN TỬ, CHÍNH PHỦ SỐ',
      'XÂY DỰNG CHÍNH PHỦ ĐIỆN TỬ',
      'HIỆN ĐẠI HÓA HÀNH CHÍNH',
      'HIỆN ĐẠI HÓA NỀN HÀNH CHÍNH',
      'XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, HIỆN ĐẠI HÓA HÀNH CHÍNH',
    ],
  },
  {
    id: 'thong-tin-tuyen-truyen',
    title: 'THÔNG TIN, TUYÊN TRUYỀN',
    variants: ['CÔNG TÁC THÔNG TIN, TUYÊN TRUYỀN', 'CÔNG TÁC TUYÊN TRUYỀN', 'TUYÊN TRUYỀN', 'THÔNG TIN TUYÊN TRUYỀN'],
  },
  {
    id: 'chi-so',
    title: 'NÂNG CAO CÁC CHỈ SỐ PAR INDEX, SIPAS, PAPI, PCI',
    variants: [
      'DUY TRÌ VÀ NÂNG CAO CHỈ SỐ PAR INDEX, SIPAS, PAPI, PCI',
      'DUY TRÌ VÀ NÂNG CAO CÁC CHỈ SỐ PAR INDEX, SIPAS, PAPI, PCI',
      'NÂNG CAO CHỈ SỐ PAR INDEX, SIPAS, PAPI, PCI',
      'CẢI THIỆN VÀ NÂNG CAO CÁC CHỈ SỐ PAR INDEX, SIPAS, PAPI, PCI',
    ],
  },
];

export type AreaMatch = { kind: 'standard'; area: ReformArea } | { kind: 'near'; area: ReformArea } | { kind: 'other' };

/** `Nội dung 3:`, `Phần II.`, `I -`, `3)`: numbering before the title, not part of it. */
const PREFIX = /^(?:(?:nội dung|phần|mục|lĩnh vực|nhiệm vụ)\s+(?:\d+|[ivxlc]+)\b\s*[:.)\-–—]?|(?:[ivxlc]+|\d+|[a-z])\s*[:.)\-–—])\s*/iu;
/** `(CCHC)`, `CẢI CÁCH HÀNH CHÍNH`: what area a title is about, which every area shares. */
const SUFFIX = /\s*(?:\((?:cchc|cải cách hành chính)\)|cchc|cải cách hành chính)$/iu;
/** The index names in any order count as the same title. */
const INDICES = /\b(par index|sipas|papi|pci)\b/g;

/** The comparison key: tones kept (placement ignored), commas and dashes as spaces, index list sorted. */
function areaKey(title: string, keepTones: boolean): string {
  const k = (keepTones ? foldKeepTones(title) : fold(title)).replace(/[,-]/g, ' ').replace(/\s+/g, ' ').trim();
  const indices = k.match(INDICES);
  if (!indices || indices.length < 2) return k;
  const sorted = [...indices].sort();
  let i = 0;
  return k.replace(INDICES, () => sorted[i++] as string);
}

/** The title without numbering, a trailing `(CCHC)` / `cải cách hành chính` or punctuation. */
export function bareTitle(title: string): string {
  let t = nfc(title).replace(PREFIX, '');
  for (let previous = ''; previous !== t; ) {
    previous = t;
    t = t.replace(/[\s.:;,]+$/u, '');
    const cut = t.replace(SUFFIX, '');
    if (cut.trim() !== '') t = cut;
  }
  return t.trim();
}

const toned = new Map<string, ReformArea>();
const plain = new Map<string, ReformArea>();
const variantKeys: Array<{ key: string; area: ReformArea }> = [];
for (const area of STANDARD_AREAS)
  for (const v of [area.title, ...area.variants]) {
    // keyed as matchArea reads titles, so a variant ending in `cải cách hành chính` still matches
    const key = areaKey(bareTitle(v), true);
    toned.set(key, area);
    plain.set(areaKey(bareTitle(v), false), area);
    variantKeys.push({ key, area });
  }

const cache = new Map<string, AreaMatch>();

/**
 * Which standard reform area a section title names. `standard`: one of its usual titles, in any
 * case, with numbering, `(CCHC)` or punctuation around it. `near`: a misspelling of one (a wrong
 * tone, as in `CÁI CÁCH TÀI CHÍNH CÔNG`, or one or two wrong letters): the engine reports
 * section.nonstandard with area.title. `other`: a different title, legitimately.
 */
export function matchArea(title: string): AreaMatch {
  const hit = cache.get(title);
  if (hit) return hit;
  const result = computeArea(title);
  if (cache.size >= 10_000) cache.clear();
  cache.set(title, result);
  return result;
}

function computeArea(title: string): AreaMatch {
  const bare = bareTitle(title);
  if (bare === '') return { kind: 'other' };
  const key = areaKey(bare, true);
  const exact = toned.get(key);
  if (exact) return { kind: 'standard', area: exact };
  // same letters, other tones: a misspelling, since no two areas differ only in tones
  const sameLetters = plain.get(areaKey(bare, false));
  if (sameLetters) return { kind: 'near', area: sameLetters };
  // a tone digit counts as a character, so a wrong tone is one edit
  const max = key.length < 12 ? 0 : key.length < 30 ? 1 : 2;
  let best = max + 1;
  const winners = new Set<ReformArea>();
  for (const v of variantKeys) {
    const d = distance(key, v.key, Math.min(best, max));
    if (d < best) {
      best = d;
      winners.clear();
    }
    if (d === best && d <= max) winners.add(v.area);
  }
  if (best <= max && winners.size === 1) return { kind: 'near', area: [...winners][0] as ReformArea };
  return { kind: 'other' };
}
