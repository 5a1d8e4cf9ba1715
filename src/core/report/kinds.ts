import type { RowKind, RowReport } from './types';

/**
 * The kind of each 1-based row a report's rows name, with runs (RowReport.lastRow) expanded:
 * `kindAt(row)` is the kind of the record whose rows include `row`, undefined for rows the
 * report does not list (above the table). Runs are looked up by binary search, never expanded
 * row by row: a run may span a million rows.
 */
export function rowKinds(rows: readonly RowReport[]): (row: number) => RowKind | undefined {
  const single = new Map<number, RowKind>();
  const runs: RowReport[] = [];
  for (const r of rows) {
    if (r.lastRow !== undefined && r.lastRow > r.row) runs.push(r);
    else single.set(r.row, r.kind);
  }
  runs.sort((a, b) => a.row - b.row);
  return (row) => {
    const k = single.get(row);
    if (k !== undefined) return k;
    let lo = 0;
    let hi = runs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const run = runs[mid]!;
      if (row < run.row) hi = mid - 1;
      else if (row > run.lastRow!) lo = mid + 1;
      else return run.kind;
    }
    return undefined;
  };
}
