/**
 * The provincial-level units (tỉnh, thành phố trực thuộc trung ương) whose bodies issue plans, as
 * data: which are provinces and which centrally-run cities, and which ended in the 2025 mergers
 * with the one that took them over. A body's kind decides its words (`UBND tỉnh` / `UBND thành
 * phố`, `Ngân sách tỉnh` / `Ngân sách thành phố`), see level.ts.
 *
 * Sources: Nghị quyết 202/2025/QH15 ngày 12/6/2025 về việc sắp xếp đơn vị hành chính cấp tỉnh
 * (63 → 34: 28 provinces and 6 centrally-run cities; the new local governments took office on
 * 01/7/2025, so the merged-away ones last until 30/6/2025); Nghị quyết 1314/NQ-UBTVQH15 ngày
 * 30/11/2024 (Thừa Thiên Huế became the centrally-run city of Huế from 01/01/2025).
 */
import { fold } from '../../text';

/** What a provincial-level unit is called: a province, or a centrally-run city. */
export type ProvinceKind = 'tỉnh' | 'thành phố';

export interface Place {
  /** As written after `tỉnh` / `thành phố`: `Quảng Trị`, `Hồ Chí Minh`. */
  name: string;
  kind: ProvinceKind;
  /** Other spellings of the name (`Hồ Chí Minh`: `HCM`), compared folded. */
  aliases?: readonly string[];
  /** The first day it existed as such (YYYY-MM-DD), when after 2020: Huế became a city on 01/01/2025. */
  from?: string;
  /** The last day it existed (YYYY-MM-DD), for the ones that ended. */
  until?: string;
  /** The unit that took it over (an ended one): `tỉnh Quảng Trị`. */
  successor?: { name: string; kind: ProvinceKind };
}

/** The 34 provincial-level units from 01/7/2025 (and, unchanged or enlarged, before). */
const CITIES_2025 = ['Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế'];
const PROVINCES_2025 = [
  'Lai Châu', 'Điện Biên', 'Sơn La', 'Lạng Sơn', 'Quảng Ninh', 'Thanh Hóa', 'Nghệ An', 'Hà Tĩnh', 'Cao Bằng',
  'Tuyên Quang', 'Lào Cai', 'Thái Nguyên', 'Phú Thọ', 'Bắc Ninh', 'Hưng Yên', 'Ninh Bình', 'Quảng Trị',
  'Quảng Ngãi', 'Gia Lai', 'Khánh Hòa', 'Lâm Đồng', 'Đắk Lắk', 'Đồng Nai', 'Tây Ninh', 'Vĩnh Long',
  'Đồng Tháp', 'Cà Mau', 'An Giang',
];

/** Merged away by Nghị quyết 202/2025/QH15, each with the unit it joined. */
const MERGED_2025: ReadonlyArray<[string, string, ProvinceKind]> = [
  ['Hà Giang', 'Tuyên Quang', 'tỉnh'],
  ['Yên Bái', 'Lào Cai', 'tỉnh'],
  ['Bắc Kạn', 'Thái Nguyên', 'tỉnh'],
  ['Vĩnh Phúc', 'Phú Thọ', 'tỉnh'],
  ['Hòa Bình', 'Phú Thọ', 'tỉnh'],
  ['Bắc Giang', 'Bắc Ninh', 'tỉnh'],
  ['Thái Bình', 'Hưng Yên', 'tỉnh'],
  ['Hải Dương', 'Hải Phòng', 'thành phố'],
  ['Hà Nam', 'Ninh Bình', 'tỉnh'],
  ['Nam Định', 'Ninh Bình', 'tỉnh'],
  ['Quảng Bình', 'Quảng Trị', 'tỉnh'],
  ['Quảng Nam', 'Đà Nẵng', 'thành phố'],
  ['Kon Tum', 'Quảng Ngãi', 'tỉnh'],
  ['Bình Định', 'Gia Lai', 'tỉnh'],
  ['Ninh Thuận', 'Khánh Hòa', 'tỉnh'],
  ['Đắk Nông', 'Lâm Đồng', 'tỉnh'],
  ['Bình Thuận', 'Lâm Đồng', 'tỉnh'],
  ['Phú Yên', 'Đắk Lắk', 'tỉnh'],
  ['Bình Dương', 'Hồ Chí Minh', 'thành phố'],
  ['Bà Rịa - Vũng Tàu', 'Hồ Chí Minh', 'thành phố'],
  ['Bình Phước', 'Đồng Nai', 'tỉnh'],
  ['Long An', 'Tây Ninh', 'tỉnh'],
  ['Sóc Trăng', 'Cần Thơ', 'thành phố'],
  ['Hậu Giang', 'Cần Thơ', 'thành phố'],
  ['Bến Tre', 'Vĩnh Long', 'tỉnh'],
  ['Trà Vinh', 'Vĩnh Long', 'tỉnh'],
  ['Tiền Giang', 'Đồng Tháp', 'tỉnh'],
  ['Bạc Liêu', 'Cà Mau', 'tỉnh'],
  ['Kiên Giang', 'An Giang', 'tỉnh'],
];

/** Every provincial-level unit a plan from 2020 on may be issued in. */
export const PLACES: readonly Place[] = [
  ...CITIES_2025.map((name): Place =>
    name === 'Hồ Chí Minh' ? { name, kind: 'thành phố', aliases: ['HCM'] } : name === 'Huế' ? { name, kind: 'thành phố', from: '2025-01-01' } : { name, kind: 'thành phố' },
  ),
  ...PROVINCES_2025.map((name): Place => ({ name, kind: 'tỉnh' })),
  ...MERGED_2025.map(([name, to, kind]): Place => ({ name, kind: 'tỉnh', aliases: name.includes(' - ') ? [name.replace(' - ', '-')] : [], until: '2025-06-30', successor: { name: to, kind } })),
  { name: 'Thừa Thiên Huế', kind: 'tỉnh', until: '2024-12-31', successor: { name: 'Huế', kind: 'thành phố' } },
];

/** A provincial-level unit named in a text: `tỉnh Quảng Trị`, `thành phố Hà Nội`, `TP. Hồ Chí Minh`. */
export interface PlaceMention {
  /** The word written before the name. */
  written: ProvinceKind;
  /** The name as folded from the text (`quang tri`). */
  name: string;
  /** The unit of that name, whatever its dates; undefined when there is none. */
  place?: Place;
}

/** `tỉnh`, `thành phố`, `TP` in a folded text (core/text fold: `.` `(` `)` are spaces), and the words after it up to a `,`. */
const MENTION = /(?:^|[\s,])(tinh|thanh pho|tp)\s+([^,]+)/g;
/** The longest name (`Bà Rịa - Vũng Tàu`: `ba ria-vung tau`, 3 words; `Thừa Thiên Huế` 3). */
const MAX_WORDS = 4;

let byName: Map<string, Place[]> | undefined;

/** The units a folded name may be (`ba ria-vung tau`, `hcm`). */
function placesCalled(name: string): Place[] {
  if (!byName) {
    byName = new Map();
    for (const p of PLACES) {
      for (const n of [p.name, ...(p.aliases ?? [])]) {
        const key = fold(n);
        byName.set(key, [...(byName.get(key) ?? []), p]);
      }
    }
  }
  return byName.get(name) ?? [];
}

/**
 * The provincial-level units a folded text names, in order: after each `tỉnh` / `thành phố` /
 * `TP`, the longest run of up to MAX_WORDS words that is a unit's name; when none is, the words up
 * to the next `,` (at most MAX_WORDS) as an unknown name. A name that fits both an ended and a
 * current unit is the one existing at `asOf`, else the current one.
 */
export function placesNamed(folded: string, asOf?: string): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const m of folded.matchAll(MENTION)) {
    const written: ProvinceKind = m[1] === 'tinh' ? 'tỉnh' : 'thành phố';
    const words = (m[2] ?? '').trim().split(/\s+/).filter(Boolean).slice(0, MAX_WORDS);
    if (words.length === 0 || !/^[a-z]/.test(words[0]!)) continue;
    let found: { name: string; all: Place[] } | undefined;
    for (let n = words.length; n > 0 && !found; n--) {
      const name = words.slice(0, n).join(' ');
      const all = placesCalled(name);
      if (all.length) found = { name, all };
    }
    if (!found) {
      out.push({ written, name: words.join(' ') });
      continue;
    }
    const place = found.all.find((p) => existsAt(p, asOf)) ?? found.all.find((p) => p.until === undefined) ?? found.all[0]!;
    out.push({ written, name: found.name, place });
  }
  return out;
}

/** Whether a unit existed on a date (YYYY-MM-DD); any unit when the date is unknown. */
export function existsAt(p: Place, asOf: string | undefined): boolean {
  if (asOf === undefined) return true;
  return (p.from === undefined || asOf >= p.from) && (p.until === undefined || asOf <= p.until);
}
