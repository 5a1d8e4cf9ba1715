import { fold } from '../../text';
import { ampersandAsAnd } from '../name';
import { LEGACY_DEPARTMENTS } from './legacy';
import { existsAt, placesNamed, type ProvinceKind } from './places';

/** The day the district level ended and the merged provinces' governments took office (Nghị quyết 202/2025/QH15). */
const TWO_LEVELS = '2025-07-01';

/**
 * Why a body's name cannot issue a plan dated `asOf`, as data (core/messages renders it):
 * - `body.unknown-place`: it names a province or centrally-run city that never existed
 *   (`UBND tỉnh Atlantis`), or, from 01/7/2025, a `thành phố` that is no centrally-run city (the
 *   provincial cities of district level ended then);
 * - `body.ended-place`: a province merged away before the plan's date, with the one that took it
 *   over (`UBND tỉnh Quảng Bình` in 2026 → tỉnh Quảng Trị, from 01/7/2025);
 * - `body.wrong-kind`: a centrally-run city called a province (`UBND tỉnh Hà Nội`), or, from
 *   01/7/2025, a province called a city (`Sở Y tế thành phố Quảng Trị`);
 * - `body.ended-district`: a district, town or district-level city (`UBND huyện Cam Lộ`, `…, quận
 *   Ba Đình`) in a plan dated from 01/7/2025, when that level ended;
 * - `body.ended-department`: a provincial department or board merged away on 01/3/2025 (Nghị định
 *   45/2025/NĐ-CP; legacy.ts), by its name or abbreviation (`Sở LĐ-TB&XH`), with who took over;
 * - `body.no-name`: a committee followed by its level word and no name (`UBND xã`, `UBND tỉnh`),
 *   whatever the date. `level` is the word as folded (`xa`, `thanh pho`, `tp`).
 */
export type BodyProblem =
  | { code: 'body.unknown-place'; written: ProvinceKind; name: string }
  | { code: 'body.ended-place'; written: ProvinceKind; name: string; until: string; successor: { name: string; kind: ProvinceKind } }
  | { code: 'body.wrong-kind'; written: ProvinceKind; name: string; kind: ProvinceKind }
  | { code: 'body.ended-district'; until: string }
  | { code: 'body.ended-department'; name: string; until: string; successors: string[] }
  | { code: 'body.no-name'; level: string };

/** `UBND xã`, `Ủy ban nhân dân các phường`, `UBND TP.` (folded): a level word with no name after it. */
const NAMELESS = /^(?:ubnd|uy ban nhan dan) (?:cac )?(xa|phuong|dac khu|thi tran|tinh|thanh pho|tp)\.?$/;

/** A body's name folded for comparison, an `&` between words read as "và" (`Sở Kế hoạch & Đầu tư`). */
function foldedBody(name: string): string {
  return fold(ampersandAsAnd(name)).replace(/\s+/g, ' ').trim();
}

/** The departments that ended on 01/3/2025, each with its folded name and abbreviations. */
const ENDED_DEPARTMENTS = LEGACY_DEPARTMENTS.map((e) => ({ entry: e, names: [e.name, ...e.aliases].map(foldedBody) }));

/** The ended department a folded body names first (`so gtvt tinh quang tri`), or undefined. */
function endedDepartment(f: string): (typeof ENDED_DEPARTMENTS)[number]['entry'] | undefined {
  return ENDED_DEPARTMENTS.find((d) => d.names.some((n) => f === n || f.startsWith(`${n} `) || f.startsWith(`${n},`)))?.entry;
}

/** `UBND huyện …`, `…, quận …`, `Ủy ban nhân dân thị xã …` (folded): a district-level body or place. */
const DISTRICT = /(?:^(?:ubnd|uy ban nhan dan) |,\s*|^)(huyen|quan|thi xa) [a-z]/;

/**
 * What is wrong with a body's name (already one isIssuingBody accepts) for a plan dated `asOf`
 * (YYYY-MM-DD; the plan's reference date), checked against the provincial-level units of
 * places.ts; undefined when nothing is. A commune's own name cannot be checked (thousands, no
 * list here); the province written after it (`UBND xã Cam Lộ, tỉnh Quảng Trị`) is.
 */
export function bodyProblem(name: string, asOf: string): BodyProblem | undefined {
  const f = foldedBody(name);
  const nameless = NAMELESS.exec(f);
  if (nameless?.[1] !== undefined) return { code: 'body.no-name', level: nameless[1] };
  const dept = endedDepartment(f);
  if (dept?.validUntil !== undefined && asOf > dept.validUntil) {
    return { code: 'body.ended-department', name: dept.name, until: dept.validUntil, successors: [...(dept.successors ?? [])] };
  }
  const twoLevels = asOf >= TWO_LEVELS;
  if (twoLevels && DISTRICT.test(f)) return { code: 'body.ended-district', until: '2025-06-30' };
  for (const m of placesNamed(f, asOf)) {
    const p = m.place;
    if (!p) {
      // before 01/7/2025 a `thành phố` not of provincial level was a district-level city
      if (m.written === 'tỉnh' || twoLevels) return { code: 'body.unknown-place', written: m.written, name: m.name };
      continue;
    }
    if (p.until !== undefined && asOf > p.until && p.successor) {
      return { code: 'body.ended-place', written: p.kind, name: p.name, until: p.until, successor: p.successor };
    }
    if (!existsAt(p, asOf)) continue; // Huế before 2025: a city of district level
    if (p.kind !== m.written && (m.written === 'tỉnh' || twoLevels)) return { code: 'body.wrong-kind', written: m.written, name: p.name, kind: p.kind };
  }
  return undefined;
}
