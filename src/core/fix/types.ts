import type { Issue } from '../issues';

/**
 * A repair as data: the exact writes, nothing else. Rows are 1-based, columns 0-based,
 * `address` is the A1 form of the same cell. Row deletions are applied after all sets,
 * bottom-up, so set edits always name rows as they are before the fix.
 */
export type Edit =
  | {
      kind: 'set';
      row: number;
      col: number;
      address: string;
      value: string | number | null;
      /**
       * Also set the cell's font name (keeping its size and style): a cell typed in a TCVN3/VNI
       * font (.VnTime) shows Unicode text as garbage, so its repaired text needs a Unicode font.
       */
      font?: string;
    }
  | { kind: 'delete-row'; row: number };

export interface Fix {
  /** The issue this fix repairs. */
  issue: Issue;
  /** Vietnamese, for the pane's button and the CLI's log: "Sửa H12 thành Quý II/2024". */
  label: string;
  /** Safe fixes are applied by "Sửa tất cả" and `phuluc fix`; others need a person's eye. */
  safe: boolean;
  edits: Edit[];
}
