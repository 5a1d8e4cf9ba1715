import type { UnitRole } from '../units/directories/roles';

/**
 * A standard task whose units the body's directory does not have, in Vietnamese: left out (no
 * lead) or written without the partner. `directory` is the directory's Vietnamese name.
 */
export function missingUnitsMessage(task: string, missing: readonly UnitRole[], written: boolean, directory: string): string {
  const roles = [...new Set(missing)].map((r) => `"${r}"`).join(', ');
  return written
    ? `Nhiệm vụ mẫu "${task}" được ghi không có đơn vị phối hợp ${roles}: danh mục "${directory}" không có đơn vị này.`
    : `Bỏ qua nhiệm vụ mẫu "${task}": danh mục "${directory}" không có đơn vị chủ trì ${roles}.`;
}
