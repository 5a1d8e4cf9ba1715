import type { DirectoryEntry } from '../config';
import { DEPARTMENT_COMMON } from './directories/department';
import { DEPARTMENT_INSPECTORATE, LEGACY_DEPARTMENTS, LEGACY_DISTRICT } from './directories/legacy';
import { COLLECTIVE, COMMUNE_LEVEL, DEPARTMENTS_2025, PROVINCE_BODIES, STAFF } from './directories/province';

/**
 * The units a provincial department (Sở) named before the 2025 reorganisation, in the order the
 * seed plans and fixture appendices (a 2024 labour department) list them: the base of the
 * directory `so-truoc-2025` (directories/index.ts has the others) and the default list for
 * splitting a cell. Each is an entry of the built-in directories (directories/*.ts), taken whole
 * with its aliases and dates, so a spelling or a validity is written once: Thanh tra Sở ended on
 * 30/6/2025 (Luật Thanh tra số 84/2025/QH15), the district level on 30/6/2025, the merged
 * departments on 28/02/2025 (Nghị định 45/2025/NĐ-CP), as legacy.ts says.
 */
const NAMES = [
  'Văn phòng Sở',
  'Thanh tra Sở',
  'Phòng Kế hoạch - Tài chính',
  'Phòng Tổ chức - Cán bộ',
  'Phòng Pháp chế',
  'Phòng Hành chính - Tổng hợp',
  'Các phòng, đơn vị thuộc Sở',
  'Trung tâm Phục vụ hành chính công',
  'Bộ phận một cửa',
  'Lãnh đạo Sở',
  'Giám đốc Sở',
  'UBND tỉnh',
  'Văn phòng UBND tỉnh',
  'UBND cấp huyện',
  'UBND cấp xã',
  'Sở Nội vụ',
  'Sở Tư pháp',
  'Sở Tài chính',
  'Sở Thông tin và Truyền thông',
  'Sở Khoa học và Công nghệ',
  'Sở Kế hoạch và Đầu tư',
  'Sở Lao động - Thương binh và Xã hội',
  'Sở Giáo dục và Đào tạo',
  'Sở Y tế',
  'Bảo hiểm xã hội tỉnh',
  'Kho bạc Nhà nước',
  'Công an tỉnh',
  'Các sở, ban, ngành',
  'Các cơ quan, đơn vị liên quan',
  'Các đơn vị được kiểm tra',
  'Cán bộ, công chức, viên chức',
  'Công đoàn cơ sở',
  'Đoàn Thanh niên',
] as const;

const SOURCES: readonly DirectoryEntry[] = [
  ...DEPARTMENT_COMMON,
  DEPARTMENT_INSPECTORATE,
  ...DEPARTMENTS_2025,
  ...PROVINCE_BODIES,
  ...COMMUNE_LEVEL,
  ...COLLECTIVE,
  STAFF,
  ...LEGACY_DEPARTMENTS,
  ...LEGACY_DISTRICT,
];

function entry(name: string): DirectoryEntry {
  const e = SOURCES.find((s) => s.name === name);
  // a renamed directory entry fails loudly at load (and in every unit test), never silently shrinks the list
  if (!e) throw new Error(`DEFAULT_UNITS: no directory entry named "${name}"`);
  return e;
}

/**
 * The built-in directory for a provincial department before the 2025 reorganisation. Generous on
 * purpose: every way the real appendices write a unit is listed, so a real appendix raises no
 * unit warning except for genuine typos. Departments edit their own copy (config), which replaces
 * or extends this one. Spellings that differ only in case, dash spacing or tone placement need
 * not be listed: they match anyway (as non-standard variants). Listed aliases are accepted spellings.
 */
export const DEFAULT_UNITS: readonly DirectoryEntry[] = NAMES.map(entry);
