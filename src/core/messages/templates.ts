import { viDate } from '../grid/date';
import type { UnitRole } from '../units/directories/roles';
import type { BodyProblem, ProvinceKind } from '../units/directories';

/**
 * The list a standard task's units were looked up in: the built-in directory alone; the body's
 * own units (Cài đặt, `--config`) in its place (`mode` replace: only what that list names is
 * written); or the directory with the own units added (`mode` extend). `directory` is the built-in
 * directory's Vietnamese name.
 */
export type UnitsList =
  | { kind: 'directory'; directory: string }
  | { kind: 'own'; directory: string }
  | { kind: 'own-and-directory'; directory: string };

/** The list as a message names it: the one the clerk has to add the unit to. */
function listName(list: UnitsList): string {
  switch (list.kind) {
    case 'directory':
      return `danh mục "${list.directory}"`;
    case 'own':
      return `danh sách đơn vị riêng trong cài đặt (dùng thay danh mục "${list.directory}")`;
    case 'own-and-directory':
      return `cả danh mục "${list.directory}" lẫn danh sách đơn vị riêng trong cài đặt`;
  }
}

/**
 * A standard task whose units the body's list does not have, in Vietnamese: left out (no lead)
 * or written without the partner. The list named is the one in effect (UnitsList): with the
 * body's own units in place of the directory, theirs, and the clerk is told how to add the unit.
 */
export function missingUnitsMessage(task: string, missing: readonly UnitRole[], written: boolean, list: UnitsList): string {
  const unique = [...new Set(missing)];
  const roles = unique.map((r) => `"${r}"`).join(', ');
  const where = listName(list);
  const add = list.kind === 'directory' ? '' : ` Hãy thêm đơn vị đảm nhận việc này vào danh sách đơn vị riêng, với vai trò ${roles}.`;
  return written
    ? `Nhiệm vụ mẫu "${task}" được ghi không có đơn vị phối hợp ${roles}: ${where} không có đơn vị này.${add}`
    : `Bỏ qua nhiệm vụ mẫu "${task}": ${where} không có đơn vị chủ trì ${roles}.${add}`;
}

/**
 * Funding the standard tasks write that the body's own list (given in place of the directory's)
 * does not name, in Vietnamese: written anyway, and the check will say so against that list.
 */
export function unlistedFundingMessage(names: readonly string[]): string {
  return `Nguồn kinh phí ${names.map((n) => `"${n}"`).join(', ')} của nhiệm vụ mẫu không có trong danh mục nguồn kinh phí đã thay thế (mode "replace"); vẫn được ghi, hãy sửa nhiệm vụ hoặc thêm vào danh mục.`;
}


/** `tỉnh Quảng Trị`, `thành phố Hà Nội`. */
function place(kind: ProvinceKind, name: string): string {
  return `${kind} ${name}`;
}

/**
 * Why a body cannot issue the plan (core/units/directories/body.ts), in Vietnamese, one sentence;
 * `body` is the name as given.
 */
export function bodyProblemMessage(body: string, p: BodyProblem): string {
  switch (p.code) {
    case 'body.unknown-place':
      // (p.name is folded, without its tone marks: the body is quoted as written instead)
      return p.written === 'tỉnh'
        ? `"${body}": không có tỉnh hay thành phố trực thuộc trung ương nào mang tên này.`
        : `"${body}": không có thành phố trực thuộc trung ương nào mang tên này (các thành phố thuộc tỉnh, cấp huyện, đã kết thúc từ 01/07/2025).`;
    case 'body.ended-place':
      return `"${body}": ${place(p.written, p.name)} đã sáp nhập vào ${place(p.successor.kind, p.successor.name)} từ ${viDate(nextDay(p.until))}; hãy ghi cơ quan của ${place(p.successor.kind, p.successor.name)}.`;
    case 'body.wrong-kind':
      return p.kind === 'thành phố'
        ? `"${body}": ${p.name} là thành phố trực thuộc trung ương, không phải tỉnh; hãy ghi "thành phố ${p.name}".`
        : `"${body}": ${p.name} là tỉnh, không phải thành phố trực thuộc trung ương; hãy ghi "tỉnh ${p.name}".`;
    case 'body.ended-district':
      return `"${body}": cấp huyện (huyện, quận, thị xã, thành phố thuộc tỉnh) đã kết thúc ngày ${viDate(p.until)}; kế hoạch từ ngày đó do UBND tỉnh, thành phố hoặc UBND xã, phường, đặc khu ban hành.`;
    case 'body.ended-department':
      return `"${body}": ${p.name} đã kết thúc ngày ${viDate(p.until)} (Nghị định 45/2025/NĐ-CP), nhiệm vụ chuyển sang ${p.successors.join(', ')}; hãy ghi tên cơ quan hiện nay (${p.successors[0] ?? ''}).`;
    case 'body.no-name':
      return `"${body}": chưa ghi tên ${LEVEL_WORDS[p.level] ?? p.level}; hãy ghi đầy đủ tên cơ quan, ví dụ "${EXAMPLES[p.level] ?? 'UBND tỉnh Quảng Trị'}".`;
  }
}

/** A folded level word (body.no-name) as written in Vietnamese. */
const LEVEL_WORDS: Readonly<Record<string, string>> = {
  xa: 'xã',
  phuong: 'phường',
  'dac khu': 'đặc khu',
  'thi tran': 'thị trấn',
  tinh: 'tỉnh',
  'thanh pho': 'thành phố',
  tp: 'thành phố',
};

/** A full name for each level, shown after a nameless body. */
const EXAMPLES: Readonly<Record<string, string>> = {
  xa: 'UBND xã Cam Lộ',
  phuong: 'UBND phường Đông Hà',
  'dac khu': 'UBND đặc khu Côn Cỏ',
  'thi tran': 'UBND thị trấn Cam Lộ',
  tinh: 'UBND tỉnh Quảng Trị',
  'thanh pho': 'UBND thành phố Hà Nội',
  tp: 'UBND thành phố Hà Nội',
};

/** The day after a YYYY-MM-DD date. */
function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
