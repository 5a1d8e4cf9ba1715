import type { DirectoryId } from '../../config';
import type { LocalKind } from './pick';
import type { ProvinceKind } from './places';

/**
 * The part a unit plays in a reform plan, whatever the body calls it: the standard task library
 * names its lead and partner units by role (`{văn phòng}`, `{tài chính}`), and each built-in
 * directory says which of its units plays each role. A role a body has no unit for is absent
 * (a commune has no inspectorate after 01/7/2025): the caller says so instead of writing a unit
 * the body does not have.
 *
 * Roles, by the work the plans give them:
 * - `cải cách hành chính`: the unit that coordinates the reform plan (drafts it, reports on it,
 *   checks the units). A department: its Văn phòng; a province: the Sở Nội vụ (Nghị định
 *   45/2025/NĐ-CP gives it cải cách hành chính); a commune: the Phòng Văn hóa - Xã hội (Nghị định
 *   150/2025/NĐ-CP gives it nội vụ, of which cải cách hành chính is part).
 * - `thủ tục hành chính`: control of administrative procedures and the one-stop shop. A department:
 *   its Văn phòng; a province: the Văn phòng UBND tỉnh; a commune: the Văn phòng HĐND và UBND.
 * - `tư pháp`: legal work (legal documents, their review). A department: its Văn phòng (the library
 *   was written for departments without a Phòng Pháp chế); a province: the Sở Tư pháp; a commune:
 *   the Văn phòng HĐND và UBND (Nghị định 150/2025 gives it tư pháp).
 * - `văn phòng`: the body's office (documents, website, e-office).
 * - `tài chính`: finance and planning. A department: Phòng Kế hoạch - Tài chính; a province: the Sở
 *   Tài chính; a commune: the Phòng Kinh tế (a ward, Phòng Kinh tế, Hạ tầng và Đô thị), which
 *   Nghị định 150/2025 gives tài chính - kế hoạch.
 * - `thanh tra`: an inspectorate of the body's own. Only a province (Thanh tra tỉnh) and a
 *   department before 01/7/2025 (Thanh tra Sở; Luật Thanh tra số 84/2025/QH15) have one.
 * - `các đơn vị`: every unit of the body (the usual partner).
 * - `đơn vị được kiểm tra`: the units a check visits.
 * - `trung tâm phục vụ hành chính công`: the public-service centre the body works with.
 */
export const UNIT_ROLES = [
  'cải cách hành chính',
  'thủ tục hành chính',
  'tư pháp',
  'văn phòng',
  'tài chính',
  'thanh tra',
  'các đơn vị',
  'đơn vị được kiểm tra',
  'trung tâm phục vụ hành chính công',
] as const;

export type UnitRole = (typeof UNIT_ROLES)[number];

type RoleUnits = Partial<Record<UnitRole, string>>;

const DEPARTMENT: RoleUnits = {
  'cải cách hành chính': 'Văn phòng Sở',
  'thủ tục hành chính': 'Văn phòng Sở',
  'tư pháp': 'Văn phòng Sở',
  'văn phòng': 'Văn phòng Sở',
  'tài chính': 'Phòng Kế hoạch - Tài chính',
  'các đơn vị': 'Các phòng, đơn vị thuộc Sở',
  'đơn vị được kiểm tra': 'Các phòng, đơn vị được kiểm tra',
  'trung tâm phục vụ hành chính công': 'Trung tâm Phục vụ hành chính công',
};

/** A commune's units, as a commune (`xã`), a ward (`phường`) or a special zone (`đặc khu`) writes them. */
function commune(local: LocalKind): RoleUnits {
  return {
    'cải cách hành chính': 'Phòng Văn hóa - Xã hội',
    'thủ tục hành chính': `Văn phòng HĐND và UBND ${local}`,
    'tư pháp': `Văn phòng HĐND và UBND ${local}`,
    'văn phòng': `Văn phòng HĐND và UBND ${local}`,
    // a ward's economic room is Phòng Kinh tế, Hạ tầng và Đô thị (Nghị định 150/2025, Điều 4)
    'tài chính': local === 'phường' ? 'Phòng Kinh tế, Hạ tầng và Đô thị' : 'Phòng Kinh tế',
    // (the directory has no `… thuộc UBND đặc khu`: a special zone writes the short form)
    'các đơn vị': local === 'đặc khu' ? 'Các phòng, ban, đơn vị' : `Các phòng, ban, đơn vị thuộc UBND ${local}`,
    'đơn vị được kiểm tra': 'Các đơn vị được kiểm tra',
    'trung tâm phục vụ hành chính công': `Trung tâm Phục vụ hành chính công ${local}`,
  };
}

/**
 * A province's units, as a province (`tỉnh`) or a centrally-run city (`thành phố`: Văn phòng UBND
 * thành phố, Thanh tra thành phố) writes them; the departments are named alike in both.
 */
function provincial(region: ProvinceKind): RoleUnits {
  return {
    'cải cách hành chính': 'Sở Nội vụ',
    'thủ tục hành chính': `Văn phòng UBND ${region}`,
    'tư pháp': 'Sở Tư pháp',
    'văn phòng': `Văn phòng UBND ${region}`,
    'tài chính': 'Sở Tài chính',
    'thanh tra': `Thanh tra ${region}`,
    'các đơn vị': 'Các sở, ban, ngành',
    'đơn vị được kiểm tra': 'Các đơn vị được kiểm tra',
    'trung tâm phục vụ hành chính công': `Trung tâm Phục vụ hành chính công ${region}`,
  };
}

const ROLE_UNITS: Readonly<Record<'so-truoc-2025' | 'so-2025', RoleUnits>> = {
  'so-truoc-2025': { ...DEPARTMENT, 'thanh tra': 'Thanh tra Sở' },
  'so-2025': DEPARTMENT,
};

/**
 * The unit of a built-in directory that plays a role, named as that body writes it (a ward's
 * `Văn phòng HĐND và UBND phường`, a city's `Văn phòng UBND thành phố`); undefined when the body
 * has no such unit. Every name returned is a name or alias of the directory (tested).
 */
export function unitForRole(directory: DirectoryId, role: UnitRole, local: LocalKind = 'xã', region: ProvinceKind = 'tỉnh'): string | undefined {
  if (directory === 'xa-2025') return commune(local)[role];
  if (directory === 'ubnd-tinh-2025') return provincial(region)[role];
  return ROLE_UNITS[directory][role];
}

/** The role a (folded or not) role word names, or undefined: `Văn phòng` → `văn phòng`. */
export function unitRole(word: string): UnitRole | undefined {
  const w = word.normalize('NFC').trim().toLocaleLowerCase('vi').replace(/\s+/g, ' ');
  return (UNIT_ROLES as readonly string[]).includes(w) ? (w as UnitRole) : undefined;
}

/**
 * How a plan's texts name the body itself (`thuộc thẩm quyền quản lý của Sở`, `… của UBND xã`):
 * `Sở` for a department, `UBND tỉnh` for a province, `UBND thành phố` for a centrally-run city,
 * `UBND xã` / `UBND phường` / `UBND đặc khu`.
 */
export function bodyWord(directory: DirectoryId, local: LocalKind = 'xã', region: ProvinceKind = 'tỉnh'): string {
  if (directory === 'xa-2025') return `UBND ${local}`;
  return directory === 'ubnd-tinh-2025' ? `UBND ${region}` : 'Sở';
}
