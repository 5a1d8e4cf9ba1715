/**
 * The structure of a task table, for tools that add rows to it (the pane's template insert): where
 * each section starts and ends, each task with the activity rows under it, and how STT counts.
 * Derived from the row classification, so the pane never re-derives sections or numbering.
 */
import type { NumberingMode } from '../check/numbering';
import type { SectionExtent, TableLayout, TaskExtent } from '../report/types';
import type { TaskRow } from './classify';

/** Row kinds that belong to the task above them (its activities, and paste debris cut from it). */
const BELONGS = new Set(['continuation', 'fragment']);

/**
 * The layout of a classified task table. `sectionLabels[i]` is the label of section i (as in
 * RowReport.section). Rows in the result are 1-based Excel rows.
 */
export function tableLayout(rows: readonly TaskRow[], mode: NumberingMode, sectionLabels: readonly string[]): TableLayout {
  const leading: TaskExtent[] = [];
  const sections: SectionExtent[] = [];
  let section: SectionExtent | undefined;
  let sectionIndex = -1;
  /** The task the next activity rows belong to, and the group over sub-tasks. */
  let task: TaskExtent | undefined;
  let group: TaskExtent | undefined;
  let first: number | undefined;
  let last: number | undefined;

  const extend = (row: number) => {
    if (task) task.lastRow = Math.max(task.lastRow, row);
    if (group && group !== task) group.lastRow = Math.max(group.lastRow, row);
    if (section) section.lastRow = Math.max(section.lastRow, row);
    last = Math.max(last ?? row, row);
  };

  for (const r of rows) {
    const row = r.r + 1;
    if (r.kind === 'after') break;
    if (r.kind === 'blank' || r.kind === 'repeated-header') continue;
    first ??= row;
    if (r.kind === 'section') {
      sectionIndex++;
      section = {
        row,
        label: sectionLabels[sectionIndex] ?? r.numeral ?? '',
        title: r.title ?? '',
        numbering: r.numbering ?? 'plain',
        lastRow: row,
        tasks: [],
      };
      sections.push(section);
      task = undefined;
      group = undefined;
      extend(row);
      continue;
    }
    if (r.kind === 'task' || r.kind === 'group') {
      const level = r.sttParts && r.sttParts.length > 1 ? 2 : 1;
      // One shape for every task, absent fields undefined (left out of JSON): added afterwards,
      // they would make three shapes and a second allocation per task of a 100,000-row sheet.
      const t: TaskExtent = { row, kind: r.kind, level, lastRow: row, stt: r.stt, number: r.sttParts?.[0] };
      (section ? section.tasks : leading).push(t);
      if (level === 1) group = r.kind === 'group' ? t : undefined;
      else if (group && r.sttParts?.[0] !== group.number) group = undefined;
      task = t;
      extend(row);
      continue;
    }
    if (BELONGS.has(r.kind)) extend(row);
  }
  const layout: TableLayout = { numbering: mode, sections, leading };
  if (first !== undefined && last !== undefined) {
    layout.firstRow = first;
    layout.lastRow = last;
  }
  return layout;
}
