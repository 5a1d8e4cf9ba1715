/** Data-validation drop-downs on the lead and funding columns, from the directories. */
import { columnIndex } from '../core/grid';
import type { DirectoryEntry } from '../core/config';
import { roleLabel } from '../core/messages';
import type { SheetReport } from '../core/report';
import type { ListValidation } from '../excel/types';
import { S } from './strings';

/**
 * The rules, with the headers of the columns they cover ("Chủ trì", "Kinh phí": what the pane
 * says it did), or a Vietnamese reason why there are none.
 */
export function listRules(
  report: SheetReport,
  units: readonly DirectoryEntry[],
  funding: readonly DirectoryEntry[],
): { rules: ListValidation[]; columns: string[]; problem?: string } {
  if (report.kind !== 'tasks') return { rules: [], columns: [], problem: S.listsNotTasks };
  // The table's rows as the engine delimits them (header excluded, notes after the table too).
  const firstRow = report.layout?.firstRow ?? Math.max(0, ...report.headerRows) + 1;
  const lastRow = Math.max(firstRow, report.layout?.lastRow ?? firstRow);
  const rules: ListValidation[] = [];
  const columns: string[] = [];
  const unique = (xs: readonly DirectoryEntry[]) => [...new Set(xs.map((x) => x.name))];
  if (report.columns.lead && units.length) {
    rules.push({ col: columnIndex(report.columns.lead), firstRow, lastRow, items: unique(units) });
    columns.push(roleLabel('lead'));
  }
  if (report.columns.funding && funding.length) {
    rules.push({ col: columnIndex(report.columns.funding), firstRow, lastRow, items: unique(funding) });
    columns.push(roleLabel('funding'));
  }
  if (!rules.length) return { rules, columns, problem: S.listsNoColumns };
  return { rules, columns };
}
