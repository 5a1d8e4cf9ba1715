import type * as ExcelJS from 'exceljs';

// exceljs keeps merges by master address; there is no public accessor short of ws.model,
// which serialises every row (too slow for 100,000 rows). Type-only import: no exceljs load.
interface RangeLike {
  top: number;
  left: number;
  bottom: number;
  right: number;
}
export function mergesOf(ws: ExcelJS.Worksheet): RangeLike[] {
  const m = (ws as unknown as { _merges?: Record<string, RangeLike> })._merges ?? {};
  return Object.values(m).map((r) => ({ top: r.top, left: r.left, bottom: r.bottom, right: r.right }));
}
