import type { Cell, Grid, MergeRange } from '../grid';
import { cellDate } from '../grid/date';
import { cellText } from '../grid/read';

/**
 * Read access to a Grid with merged areas resolved. Built once per sheet; lookups are O(1).
 * Only cells inside merges are indexed, so a sheet without merges costs nothing extra.
 */
export class SheetView {
  readonly height: number;
  readonly width: number;
  private readonly mergeIndex = new Map<number, MergeRange>();
  /** 1 for rows that touch a merged area: most rows don't, and skip the lookup. */
  private readonly mergedRows: Uint8Array;

  /** The grid's date system (Grid.date1904). */
  readonly date1904: boolean;

  constructor(readonly grid: Grid) {
    this.date1904 = grid.date1904 === true;
    this.height = grid.rows.length;
    let w = 0;
    for (const row of grid.rows) if (row && row.length > w) w = row.length;
    for (const m of grid.merges) if (m.right + 1 > w) w = m.right + 1;
    this.width = w;
    this.mergedRows = new Uint8Array(Math.max(this.height, 1));
    for (const m of grid.merges) {
      for (let r = m.top; r <= m.bottom; r++) {
        if (r < this.height) this.mergedRows[r] = 1;
        for (let c = m.left; c <= m.right; c++) this.mergeIndex.set(r * 16384 + c, m);
      }
    }
  }

  cell(r: number, c: number): Cell | undefined {
    return this.grid.rows[r]?.[c];
  }

  /** The merged area containing (r, c), master included. */
  mergeAt(r: number, c: number): MergeRange | undefined {
    return this.mergedRows[r] === 1 ? this.mergeIndex.get(r * 16384 + c) : undefined;
  }

  /** The cell's own text, trimmed; '' for non-master merged cells. */
  text(r: number, c: number): string {
    const cell = this.grid.rows[r]?.[c];
    if (!cell) return '';
    if (this.mergedRows[r] === 1) {
      const m = this.mergeIndex.get(r * 16384 + c);
      if (m && (m.top !== r || m.left !== c)) return '';
    }
    // Strings are nearly every cell: skip the general formatting path for them.
    const v = cell.value;
    return typeof v === 'string' ? v.trim() : cellText(cell, this.date1904).trim();
  }

  /**
   * The date the cell holds by the one date rule (grid/date.ts: a number under a date format, or
   * a Date), undefined otherwise and for non-master merged cells.
   */
  date(r: number, c: number): Date | undefined {
    const cell = this.grid.rows[r]?.[c];
    if (!cell || typeof cell.value === 'string' || cell.value === null) return undefined;
    if (this.mergedRows[r] === 1) {
      const m = this.mergeIndex.get(r * 16384 + c);
      if (m && (m.top !== r || m.left !== c)) return undefined;
    }
    return cellDate(cell, this.date1904);
  }

  /**
   * The text a reader sees at (r, c): its own, or the master's when the cell is covered by a
   * vertical merge from a row above (a lead unit merged down over a task's activities).
   */
  seenText(r: number, c: number): string {
    const own = this.text(r, c);
    if (own) return own;
    const m = this.mergeAt(r, c);
    if (m && m.top < r && m.left === c) return this.text(m.top, m.left);
    return '';
  }

  /** True when the cell is a non-master part of a merge whose master is in an earlier row. */
  coveredFromAbove(r: number, c: number): boolean {
    const m = this.mergeAt(r, c);
    return !!m && m.top < r;
  }

  /** A merged area spanning most of the row's width starting at column c (a title or section row). */
  wideMergeAt(r: number, c: number): MergeRange | undefined {
    const m = this.mergeAt(r, c);
    if (m && m.top === r && m.left === c && m.right - m.left >= 2) return m;
    return undefined;
  }

  /** Non-empty own texts of a row, with their columns. */
  rowTexts(r: number): { col: number; text: string }[] {
    const out: { col: number; text: string }[] = [];
    const row = this.grid.rows[r];
    if (!row) return out;
    for (let c = 0; c < row.length; c++) {
      if (!row[c]) continue;
      const t = this.text(r, c);
      if (t) out.push({ col: c, text: t });
    }
    return out;
  }
}
