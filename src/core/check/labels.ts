import type { Edit } from '../fix';
import type { Issue } from '../issues';

/** A short Vietnamese label for a fix, naming what it writes (for the pane's button and the CLI log). */
export function fixLabel(issue: Issue, edits: Edit[]): string {
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
      return `Đánh số lại (${sets.length} ô)`;
    default: {
      const first = sets[0];
      if (sets.length === 1 && first) return `Sửa ${first.address} thành "${String(first.value)}"`;
      return `Sửa ${sets.length} ô${deletes.length ? `, xóa ${deletes.length} dòng` : ''}`;
    }
  }
}
