/** `phuluc report` as readable text: the counts, then what is overdue. */
import { instalmentDeadline, reportNotes, stateLabel, viDate } from '../../core/messages';
import { itemText, type PeriodReport, type ProgressItem } from '../../core/progress';
import { C } from '../strings';

const R = C.periodText;

function itemLine(it: ProgressItem): string {
  // One line per task: a cell's line breaks become spaces.
  const what = [it.stt ? `${it.stt}.` : '-', itemText(it).replace(/\s*\n\s*/g, ' ')].join(' ').trim();
  const parts = [what, it.lead.join(', ') || R.noLead, it.openDue !== undefined && it.openDue !== it.due ? instalmentDeadline(it.deadline?.text ?? '', it.openDue) : (it.deadline?.text ?? '')];
  if (it.status) parts.push(it.status.text);
  return `    ${R.row(String(it.row).padEnd(5))} ${parts.filter(Boolean).join(' — ')}`;
}

export function renderPeriodText(file: string, reports: readonly PeriodReport[]): string {
  const out: string[] = [];
  for (const r of reports) {
    const owner = r.body ? ` — ${r.body}` : '';
    out.push(R.title(r.period.label, owner, file, r.sheet, viDate(r.asOf)));
    const n = r.counts;
    out.push(R.due(viDate(r.period.end), n.total));
    out.push(R.state(stateLabel('done-on-time'), n.doneOnTime));
    out.push(R.state(stateLabel('done-late'), n.doneLate));
    out.push(R.inProgress(n.inProgress));
    out.push(R.notStarted(n.notStarted));
    out.push(R.state(stateLabel('overdue'), n.overdue));
    const o = r.ongoing.counts;
    out.push(R.ongoing(o.total, o.doneOnTime + o.doneLate, o.inProgress, o.notStarted));
    out.push(R.later(r.notYetDue, r.undated.length));
    for (const note of reportNotes(r)) out.push(`  ${C.fix.note(note)}`);
    const overdue = r.sections.flatMap((s) => s.items).filter((i) => i.state === 'overdue');
    if (overdue.length) {
      out.push(R.overdue);
      for (const it of overdue) out.push(itemLine(it));
    }
    out.push('');
  }
  return out.join('\n');
}
