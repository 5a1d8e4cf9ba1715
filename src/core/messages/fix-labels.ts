/**
 * Every fix label the user reads (the pane's Sửa button, the CLI's fix log), in one place. A
 * label names what the fix writes: the cell and its new value, or how many cells it changes.
 */
import type { Edit } from '../fix';
import type { Issue } from '../issues';
import { formatAmount } from '../money';

/** A value as the label shows it: amounts as the sheet prints them (20.500.000), text quoted. */
function shown(value: unknown): string {
  return typeof value === 'number' ? formatAmount(value) : `"${String(value)}"`;
}

/** A count of cells or rows as a clerk writes numbers: 1.240. */
function count(n: number): string {
  return n.toLocaleString('vi-VN');
}

/** The renumbering every STT issue shares: "Đánh số lại (12 ô)", "Đánh số lại (1.240 ô)". */
export function renumberLabel(cells: number): string {
  return `Đánh số lại (${count(cells)} ô)`;
}

/** The label of a row check's fix, from its issue and its edits. */
export function fixLabel(issue: Issue, edits: readonly Edit[]): string {
  const sets = edits.filter((e): e is Extract<Edit, { kind: 'set' }> => e.kind === 'set');
  const deletes = edits.filter((e) => e.kind === 'delete-row');
  switch (issue.code) {
    case 'row.repeated-header':
      return `Xóa dòng ${issue.row} (tiêu đề bảng lặp lại)`;
    case 'row.fragment':
      return `Nối dòng ${issue.row} vào dòng ${issue.data.targetRow} rồi xóa dòng ${issue.row}`;
    case 'stt.gap':
    case 'stt.duplicate':
    case 'stt.missing':
    case 'section.numbering':
      return renumberLabel(sets.length);
    default: {
      const first = sets[0];
      // "Sửa ô H12 thành ...", as the budget's repair and the number conversion say it.
      if (sets.length === 1 && first && deletes.length === 0) return `Sửa ô ${first.address} thành ${issue.code.startsWith('budget.') ? shown(first.value) : `"${String(first.value)}"`}`;
      return `Sửa ${count(sets.length)} ô${deletes.length ? `, xóa ${count(deletes.length)} dòng` : ''}`;
    }
  }
}

/** One cell of the budget's repair: its A1 address and the value written there. */
export interface BudgetRepairCell {
  address: string;
  value: string | number;
}

/** The budget's one repair: "Sửa ô F12 thành 20.500.000", or every cell when several. */
export function budgetRepairLabel(cells: readonly BudgetRepairCell[]): string {
  const parts = cells.map((c) => `${c.address} thành ${shown(c.value)}`);
  if (parts.length === 1) return `Sửa ô ${parts[0]}`;
  return `Sửa dự toán cho khớp (${count(parts.length)} ô): ${parts.join('; ')}`;
}

/** "Chuyển ô F12 thành số 20.500.000" (an amount stored as text). */
export function toNumberLabel(address: string, value: number): string {
  return `Chuyển ô ${address} thành số ${formatAmount(value)}`;
}

/** A cell's text on one line, cut when long, for a label. */
function oneLine(s: string): string {
  const t = s.replace(/\s*\r?\n\s*/g, '; ').trim();
  return t.length > 60 ? `${t.slice(0, 59).trimEnd()}…` : t;
}

/** "Chuyển ô C6 sang Unicode: "V¨n phßng Së" → "Văn phòng Sở"" (text typed in TCVN3 or VNI). */
export function legacyLabel(address: string, original: string, decoded: string): string {
  return `Chuyển ô ${address} sang Unicode: "${oneLine(original)}" → "${oneLine(decoded)}"`;
}

/** "Đổi phông ô C6 từ .VnTime sang Times New Roman, giữ nguyên chữ" (Unicode text in a TCVN3/VNI font). */
export function legacyFontLabel(address: string, font: string): string {
  return `Đổi phông ô ${address} từ ${font} sang Times New Roman, giữ nguyên chữ`;
}

/**
 * What was done, once a fix is written: "Đã sửa ô H8 thành "Quý I/2024"", "Đã đánh số lại (5
 * ô)", "Đã xóa dòng 14 (tiêu đề bảng lặp lại)". Every label here is an instruction that opens
 * with its verb (Sửa, Xóa, Nối, Đánh số lại, Chuyển), so the done form is *Đã* and the label,
 * never "Đã sửa: Sửa …".
 */
export function fixDone(label: string): string {
  return `Đã ${label.charAt(0).toLocaleLowerCase('vi-VN')}${label.slice(1)}.`;
}

/**
 * The value an issue suggests, as the sheet would show it (amounts 20.500.000), or undefined
 * when it suggests none. The pane and the CLI print this, never the raw `suggestion`.
 */
export function renderSuggestion(issue: Issue): string | undefined {
  const s = issue.suggestion;
  if (s === undefined || s === '') return undefined;
  if (typeof s !== 'number') return s;
  // Amounts as the sheet prints them; other numbers (a section's number) as they are.
  return issue.code.startsWith('budget.') ? formatAmount(s) : String(s);
}

/** At most this many cells are listed one by one in a preview; beyond it, only their count. */
export const PREVIEW_CELLS = 5;

/**
 * What a fix will write, said before it is pressed, whole (never cut): "Sẽ ghi vào H12:
 * Quý II/2024"; for several cells "Sẽ ghi 3 ô: F12: 20.500.000; F13: …", or beyond
 * PREVIEW_CELLS only how many ("Sẽ đánh lại số thứ tự của 240 ô"), except a budget repair, whose
 * every amount is listed; rows it deletes, by number.
 * Amounts of a budget fix as the sheet prints them (20.500.000).
 */
export function fixPreview(fix: { issue: Issue; edits: readonly Edit[] }): string {
  const sets = fix.edits.filter((e): e is Extract<Edit, { kind: 'set' }> => e.kind === 'set');
  const deletes = fix.edits.filter((e) => e.kind === 'delete-row').map((e) => e.row);
  const budget = fix.issue.code.startsWith('budget.');
  const value = (v: string | number | null): string => (v === null ? '(để trống)' : typeof v === 'number' && budget ? formatAmount(v) : String(v));
  const parts: string[] = [];
  const renumber = ['stt.gap', 'stt.duplicate', 'stt.missing', 'section.numbering'].includes(fix.issue.code);
  if (sets.length === 1 && sets[0]) parts.push(`Sẽ ghi vào ${sets[0].address}: ${value(sets[0].value)}`);
  else if (sets.length > 0 && renumber && sets.length > PREVIEW_CELLS) parts.push(`Sẽ đánh lại số thứ tự của ${count(sets.length)} ô`);
  // A budget repair lists every cell whatever their number: each is an amount (a savings line or
  // a total the clerk may not have been told of) or the words, and a budget block is a page long.
  else if (sets.length > PREVIEW_CELLS && !budget) parts.push(`Sẽ ghi ${count(sets.length)} ô, từ ${sets[0]!.address} đến ${sets[sets.length - 1]!.address}`);
  else if (sets.length > 0) parts.push(`Sẽ ghi ${count(sets.length)} ô: ${sets.map((e) => `${e.address}: ${value(e.value)}`).join('; ')}`);
  if (deletes.length === 1) parts.push(`${parts.length ? 'rồi xóa' : 'Sẽ xóa'} dòng ${deletes[0]}`);
  else if (deletes.length > 1) parts.push(`${parts.length ? 'rồi xóa' : 'Sẽ xóa'} ${count(deletes.length)} dòng (${deletes.join(', ')})`);
  return parts.length ? `${parts.join(', ')}.` : 'Không ghi gì.';
}
