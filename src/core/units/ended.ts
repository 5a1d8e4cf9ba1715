/**
 * Units that ended in 2025 recognised by the shape of their name, not by a list: any room, office,
 * centre or committee of a district (`Phòng Nội vụ thị xã`, `Phòng Lao động - TB&XH huyện`,
 * `Trung tâm Văn hóa - Thể thao huyện`, `Các phòng chuyên môn thuộc UBND cấp huyện`), a room of a
 * district-level city (`Phòng Nội vụ thành phố`, `Văn phòng HĐND và UBND thành phố`), and a
 * department's inspectorate (`Thanh tra Sở Y tế`).
 *
 * Sources: Luật Tổ chức chính quyền địa phương ngày 16/6/2025 (hiệu lực 01/7/2025): the district
 * level ends on 30/6/2025. Luật Thanh tra số 84/2025/QH15 (hiệu lực 01/7/2025): inspectorates only
 * at the Government and the province; Thanh tra sở and Thanh tra huyện end on 30/6/2025.
 *
 * Not fired on what may be a province-level body: `UBND thành phố Đông Hà` (a centrally-run city
 * has a People's Committee too), `Văn phòng UBND thành phố`, `Thanh tra thành phố`, `Trung tâm …
 * thành phố` (Hà Nội's own); nor on bodies that went on under another level's name (schools,
 * health centres, police, tax, treasury, social insurance).
 */
import { fold } from '../text';
import { cleanUnitName, unitKind, unitLevel } from './name';

export const DISTRICT_END = '2025-06-30';

export interface Ended {
  /** The last day the unit existed (ISO). */
  validUntil: string;
  /** Who took over its work, as the directory names them; [] when it depends on the task. */
  successors: string[];
}

/** Kinds of district body that ended with the district level (a district's administration). */
const DISTRICT_KINDS = new Set([
  'phòng',
  'văn phòng',
  'ubnd',
  'hđnd',
  'thanh tra',
  'trung tâm',
  'ban quản lý',
  'lãnh đạo',
  'các phòng',
  'các văn phòng',
  'các ubnd',
  'các trung tâm',
  'các đơn vị',
  'các thanh tra',
]);

/** Centres that went on under the province (regional health centres): not ended. */
const KEPT_CENTRE = /^(cac )?trung tam (y te|kiem soat benh tat)/;
/** `… thành phố`: a city the name's owner (`Phòng Nội vụ thành phố`, `… thành phố Đông Hà`). */
const CITY = /(^| )thanh pho( |$)/;
/** The joint office of council and committee exists only at district and commune level. */
const JOINT_OFFICE = /^(cac )?van phong (hdnd|hoi dong nhan dan) ?(va|-|,) ?(ubnd|uy ban nhan dan)/;
/** `Thanh tra Sở Nội vụ`, `Thanh tra Sở`, `Chánh Thanh tra Sở Y tế`, `Thanh tra các sở`. */
const DEPARTMENT_INSPECTORATE = /^(chanh )?thanh tra (cac )?so( |$)/;

/**
 * Whether a unit's name says it is one that ended in 2025, and when; undefined otherwise. Pure,
 * never throws, linear in the name (names over 200 characters are not read).
 */
export function endedByName(name: string): Ended | undefined {
  if (name.length > 200) return undefined;
  const clean = cleanUnitName(name);
  const f = fold(clean);
  if (DEPARTMENT_INSPECTORATE.test(f)) return { validUntil: DISTRICT_END, successors: ['Thanh tra tỉnh'] };
  const kind = unitKind(clean);
  if (kind === undefined || !DISTRICT_KINDS.has(kind) || KEPT_CENTRE.test(f)) return undefined;
  if (unitLevel(clean).split('+').includes('district')) return { validUntil: DISTRICT_END, successors: successorsOf(f) };
  // a room of a city is a district-level city's: a centrally-run city has departments (Sở), not rooms
  const room = kind === 'phòng' || kind === 'các phòng' || JOINT_OFFICE.test(f);
  if (room && CITY.test(f) && !/(^| )(so|cong an)( |$)/.test(f)) return { validUntil: DISTRICT_END, successors: successorsOf(f) };
  return undefined;
}

/** The commune-level bodies that took over a district body's work, where the name says which. */
function successorsOf(f: string): string[] {
  if (/^(cac )?(ubnd|uy ban nhan dan)( |$)/.test(f)) return ['UBND cấp xã'];
  if (JOINT_OFFICE.test(f) || /^phong tu phap/.test(f)) return ['Văn phòng HĐND và UBND cấp xã'];
  if (/^thanh tra/.test(f)) return ['Thanh tra tỉnh'];
  if (/^phong (noi vu|lao dong|ld|van hoa|giao duc|y te|dan toc)/.test(f)) return ['Phòng Văn hóa - Xã hội cấp xã'];
  if (/^phong (tai chinh|kinh te|nong nghiep|tai nguyen)/.test(f) && !/(ha tang|do thi)/.test(f)) return ['Phòng Kinh tế cấp xã'];
  if (/^phong (quan ly do thi|kinh te)/.test(f)) return ['Phòng Kinh tế, Hạ tầng và Đô thị cấp xã'];
  return [];
}
