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

/** The renumbering every STT issue shares: "Đánh số lại (12 ô)". */
export function renumberLabel(cells: number): string {
  return `Đánh số lại (${cells} ô)`;
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
      if (sets.length === 1 && first && deletes.length === 0) return `Sửa ${first.address} thành "${String(first.value)}"`;
      return `Sửa ${sets.length} ô${deletes.length ? `, xóa ${deletes.length} dòng` : ''}`;
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
  return `Sửa dự toán cho khớp (${parts.length} ô): ${parts.join('; ')}`;
}

/** "Chuyển ô F12 thành số 20.500.000" (an amount stored as text). */
export function toNumberLabel(address: string, value: number): string {
  return `Chuyển ô ${address} thành số ${formatAmount(value)}`;
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
