import type { BudgetRole, TaskRole } from '../issues';
import { fold, memoize } from '../text';

/**
 * Header text → column role. Headers differ by province; the roles do not. Text is folded
 * (case, diacritics, Unicode form, punctuation) and abbreviations are expanded before matching.
 */
type AnyRole = TaskRole | BudgetRole;

const ABBREVIATIONS: [RegExp, string][] = [
  [/\bt\s*\.?\s*gian\b/g, 'thoi gian'],
  [/\bd\s*\.?\s*vi\b/g, 'don vi'],
  [/\bc\s*\.?\s*quan\b/g, 'co quan'],
  [/\bn\s*\.?\s*vu\b/g, 'nhiem vu'],
  [/\bk\s*\.?\s*phi\b/g, 'kinh phi'],
  [/\bs\s*\.?\s*pham\b/g, 'san pham'],
  [/\bdvt\b/g, 'don vi tinh'],
];

/** The folded, abbreviation-expanded form of a header cell (cached: rows repeat their texts). */
export const headerKey: (text: string) => string = memoize((text: string): string => {
  let s = fold(text).replace(/[()[\]:*"'“”]/g, ' ');
  for (const [re, to] of ABBREVIATIONS) s = s.replace(re, to);
  return s.replace(/\s+/g, ' ').trim();
});

// Order matters: the first rule whose pattern matches wins, so specific phrases come first.
const TASK_RULES: [RegExp, TaskRole][] = [
  [/^(stt|so tt|so thu tu|thu tu|tt|s tt|so)$/, 'stt'],
  [/^muc tieu/, 'objective'],
  // Progress, not a deadline or a product ("Sản phẩm/kết quả thực hiện" stays a product). A bare
  // "Tiến độ" is settled by the column's values (table/status-column.ts).
  // Both words together ("Tiến độ, kết quả thực hiện", "Tình hình và kết quả thực hiện") are progress too.
  [
    /^(?!.*san pham)(tinh hinh (thuc hien|trien khai)|ket qua (thuc hien|trien khai)|(tinh hinh|tien do),? (va )?ket qua (thuc hien|trien khai)|ket qua,? (va )?(tinh hinh|tien do) (thuc hien|trien khai)|trang thai|tinh trang( thuc hien)?$|muc do hoan thanh|danh gia ket qua)/,
    'status',
  ],
  [/phoi hop/, 'partners'],
  [/chu tri|(don vi|co quan|bo phan|ca nhan)[ ,a-z]{0,24}(thuc hien|phu trach)|don vi tham muu/, 'lead'],
  [/thoi gian|thoi han|thoi diem|tien do|moc thoi gian|^han( |$)|han hoan thanh/, 'deadline'],
  [/kinh phi|nguon von/, 'funding'],
  [/san pham|ket qua/, 'product'],
  [/^hoat dong/, 'activity'],
  [/nhiem vu|noi dung|ten nhiem vu|cong viec/, 'task'],
];

const BUDGET_RULES: [RegExp, BudgetRole][] = [
  [/^(stt|so tt|so thu tu|tt)$/, 'stt'],
  [/don vi tinh/, 'unit'],
  [/so luong|khoi luong/, 'quantity'],
  [/dinh muc|don gia|muc chi/, 'rate'],
  [/so tien|thanh tien|tong kinh phi|kinh phi|du toan|tong cong/, 'amount'],
  [/noi dung|dien giai|hang muc|ten hoat dong|cong viec/, 'item'],
];

/** Header cells are short; longer text is data and is not even folded. */
const MAX_HEADER = 60;

export const taskRoleOf: (text: string) => TaskRole | null = memoize((text: string) => {
  if (text.length > MAX_HEADER * 2) return null;
  const key = headerKey(text);
  if (!key || key.length > MAX_HEADER) return null;
  for (const [re, role] of TASK_RULES) if (re.test(key)) return role;
  return null;
});

export const budgetRoleOf: (text: string) => BudgetRole | null = memoize((text: string) => {
  if (text.length > MAX_HEADER * 2) return null;
  const key = headerKey(text);
  if (!key || key.length > MAX_HEADER) return null;
  for (const [re, role] of BUDGET_RULES) if (re.test(key)) return role;
  return null;
});

/** True when any role matches: used to spot header-like rows (and repeated headers). */
export function anyRoleOf(text: string): AnyRole | null {
  return taskRoleOf(text) ?? budgetRoleOf(text);
}
