/** `phuluc report` as readable text: the counts, then what is overdue. */
import { reportNotes, stateLabel, viDate } from '../../core/messages';
import type { PeriodReport, ProgressItem } from '../../core/progress';

function itemLine(it: ProgressItem): string {
  // One line per task: a cell's line breaks become spaces.
  const what = [it.stt ? `${it.stt}.` : '-', (it.text ?? '').replace(/\s*\n\s*/g, ' ')].join(' ').trim();
  const parts = [what, it.lead.join(', ') || '(chưa có đơn vị chủ trì)', it.openDue !== undefined && it.openDue !== it.due ? `${it.deadline?.text ?? ''} (đợt ${viDate(it.openDue)})` : (it.deadline?.text ?? '')];
  if (it.status) parts.push(it.status.text);
  return `    Dòng ${String(it.row).padEnd(5)} ${parts.filter(Boolean).join(' — ')}`;
}

export function renderPeriodText(file: string, reports: readonly PeriodReport[]): string {
  const out: string[] = [];
  for (const r of reports) {
    const owner = r.body ? ` — ${r.body}` : '';
    out.push(`Báo cáo ${r.period.label}${owner} (tệp ${file}, trang tính "${r.sheet}"), số liệu đến ngày ${viDate(r.asOf)}`);
    const n = r.counts;
    out.push(`  Nhiệm vụ đến hạn (đến hết ngày ${viDate(r.period.end)}): ${n.total}`);
    out.push(`    ${stateLabel('done-on-time')}: ${n.doneOnTime}`);
    out.push(`    ${stateLabel('done-late')}: ${n.doneLate}`);
    out.push(`    Đang thực hiện, chưa đến hạn: ${n.inProgress}`);
    out.push(`    Chưa thực hiện, chưa đến hạn: ${n.notStarted}`);
    out.push(`    ${stateLabel('overdue')}: ${n.overdue}`);
    const o = r.ongoing.counts;
    out.push(
      `  Nhiệm vụ thường xuyên, theo yêu cầu: ${o.total} (đã hoàn thành ${o.doneOnTime + o.doneLate}, đang thực hiện ${o.inProgress}, chưa thực hiện ${o.notStarted})`,
    );
    out.push(`  Chưa đến hạn (sau kỳ báo cáo): ${r.notYetDue}; chưa có thời hạn: ${r.undated.length}`);
    for (const note of reportNotes(r)) out.push(`  Lưu ý: ${note}`);
    const overdue = r.sections.flatMap((s) => s.items).filter((i) => i.state === 'overdue');
    if (overdue.length) {
      out.push('  Quá hạn, chưa hoàn thành:');
      for (const it of overdue) out.push(itemLine(it));
    }
    out.push('');
  }
  return out.join('\n');
}
