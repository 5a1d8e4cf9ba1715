/**
 * The batch report as one self-contained HTML file (no server, no network: styles and the sorting
 * script are inline): a sortable summary of every file (body, plan year, tasks, errors, warnings,
 * unreadable files with their reason), then each file's issues with their cells, grouped by kind
 * as the pane groups them (errors first). Prints cleanly: every group open, each file on a new page.
 */
import { codeTitle, renderSuggestion } from '../../core/messages';
import { groupIssues, type Severity } from '../../core/issues';
import type { SheetReport } from '../../core/report';
import type { CheckedFile, Render, SkippedFile, UnreadableFile } from './json';
import { addSummaries } from './json';
import { KIND_LABEL, SEVERITY_LABEL, SEVERITY_ORDER, summaryLine } from './text';
import { C } from '../strings';
import { printableKeepBreaks } from '../printable';

const H = C.html;

/** Text made safe for the page: markup escaped, and control characters and bidirectional overrides (from file names) shown as printable() shows them. */
export function escapeHtml(s: string): string {
  return printableKeepBreaks(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** What the summary table says of one file. */
export interface FileSummary {
  body: string;
  planYear: string;
  tasks: number;
}

export function summariseFile(sheets: readonly SheetReport[]): FileSummary {
  const tasksSheets = sheets.filter((s) => s.kind === 'tasks');
  const bodies = [...new Set(tasksSheets.map((s) => s.body).filter((b): b is string => !!b))];
  const years = [...new Set(tasksSheets.map((s) => s.planYear).filter((y): y is number => y !== undefined))];
  let tasks = 0;
  for (const s of tasksSheets) for (const r of s.rows) if (r.kind === 'task') tasks++;
  return { body: bodies.join('; '), planYear: years.join(', '), tasks };
}

const STYLE = `
:root { --err: #a4262c; --warn: #8a5d00; --info: #0f6cbd; --line: #d1d1d1; --muted: #616161; }
* { box-sizing: border-box; }
body { font-family: "Segoe UI", "Times New Roman", system-ui, sans-serif; margin: 24px; color: #242424; line-height: 1.45; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 28px 0 8px; }
h3 { font-size: 15px; margin: 16px 0 6px; }
.lead { color: var(--muted); margin: 0 0 16px; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; }
thead th { background: #f5f5f5; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
th button { all: unset; cursor: pointer; display: inline-flex; gap: 4px; align-items: center; font-weight: 600; }
th button:focus-visible { outline: 2px solid var(--info); outline-offset: 2px; }
th .arrow { font-size: 10px; min-width: 10px; }
tr.unreadable td { background: #fdf3f4; }
.err { color: var(--err); font-weight: 600; }
.warn { color: var(--warn); font-weight: 600; }
.info { color: var(--info); }
.ok { color: #0e700e; }
.sev { display: inline-block; min-width: 70px; font-weight: 600; }
details { border: 1px solid var(--line); border-left: 4px solid var(--line); border-radius: 4px; margin: 8px 0; padding: 4px 10px; }
details.error { border-left-color: var(--err); }
details.warning { border-left-color: #c19c00; }
details.info { border-left-color: var(--info); }
summary { cursor: pointer; padding: 4px 0; }
.cell { font-family: Consolas, "Courier New", monospace; white-space: nowrap; background: #f0f0f0; border-radius: 3px; padding: 0 4px; }
.suggest { color: var(--muted); }
.issues td:first-child { width: 80px; }
a { color: var(--info); }
@media print {
  body { margin: 0; font-size: 11pt; }
  th .arrow { display: none; }
  section.file { break-before: page; }
  details { break-inside: avoid-page; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
}
`;

// Sorts a table by the clicked column: numbers by data-value, text in Vietnamese order. Rows that
// are not a checked file (data-rank 1: unreadable, 2: skipped as phuluc's own output) have no
// figures to sort by: they stay together after the checked files, in the order the page listed
// them, whatever the column and direction. Ties keep the page's order too.
const SCRIPT = `
document.querySelectorAll('table.sortable').forEach(function (table) {
  var heads = table.querySelectorAll('thead th');
  var body = table.tBodies[0];
  Array.prototype.forEach.call(body.rows, function (r, i) { r.setAttribute('data-order', String(i)); });
  var rank = function (r) { return Number(r.getAttribute('data-rank')) || 0; };
  var order = function (r) { return Number(r.getAttribute('data-order')); };
  heads.forEach(function (th, col) {
    var button = th.querySelector('button');
    if (!button) return;
    button.addEventListener('click', function () {
      var asc = th.getAttribute('aria-sort') !== 'ascending';
      heads.forEach(function (h) {
        h.removeAttribute('aria-sort');
        var a = h.querySelector('.arrow');
        if (a) a.textContent = '';
      });
      th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
      th.querySelector('.arrow').textContent = asc ? '▲' : '▼';
      var numeric = th.classList.contains('num');
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var ra = rank(a), rb = rank(b);
        if (ra !== rb) return ra - rb;
        if (ra !== 0) return order(a) - order(b);
        var x = a.cells[col], y = b.cells[col];
        var p = Number(x.getAttribute('data-value')) || 0, q = Number(y.getAttribute('data-value')) || 0;
        var d = numeric ? (p < q ? -1 : p > q ? 1 : 0) : x.textContent.localeCompare(y.textContent, 'vi');
        return (asc ? d : -d) || order(a) - order(b);
      });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
});
window.addEventListener('beforeprint', function () {
  document.querySelectorAll('details').forEach(function (d) { d.open = true; });
});
`;

const SEVERITY_CLASS: Record<Severity, string> = { error: 'err', warning: 'warn', info: 'info' };

export interface HtmlOptions {
  /** When the report was made, as shown ("10/04/2026 15:30"). */
  generatedAt: string;
  /** Files found in a folder and left out as phuluc's own outputs, listed with their reason. */
  skipped?: readonly SkippedFile[];
}

export function renderHtml(checked: readonly CheckedFile[], unreadable: readonly UnreadableFile[], render: Render, opts: HtmlOptions): string {
  const e = escapeHtml;
  const total = addSummaries(checked.map((f) => f.summary));
  const count = checked.length + unreadable.length;
  const num = (n: number, cls = '') => `<td class="num${cls ? ` ${cls}` : ''}" data-value="${n}">${H.count(n)}</td>`;

  const rows: string[] = [];
  checked.forEach((f, i) => {
    const s = summariseFile(f.sheets);
    const state = f.summary.errors > 0 ? `<span class="err">${H.hasErrors}</span>` : `<span class="ok">${H.noErrors}</span>`;
    rows.push(
      `<tr><td><a href="#tep-${i + 1}">${e(f.file)}</a></td><td>${e(s.body)}</td>` +
        `<td class="num" data-value="${s.planYear ? Number(s.planYear.split(',')[0]) : 0}">${e(s.planYear)}</td>` +
        num(s.tasks) +
        num(f.summary.errors, f.summary.errors ? 'err' : '') +
        num(f.summary.warnings, f.summary.warnings ? 'warn' : '') +
        num(f.summary.infos) +
        `<td>${state}</td></tr>`,
    );
  });
  for (const u of unreadable) {
    rows.push(
      // No figures to sort by: kept after the checked files by the script (data-rank), reason shown.
      `<tr class="unreadable" data-rank="1"><td>${e(u.file)}</td><td></td>${'<td class="num"></td>'.repeat(5)}` +
        `<td><span class="err">${H.unreadable}</span> ${e(u.message)}</td></tr>`,
    );
  }
  const skipped = opts.skipped ?? [];
  for (const f of skipped) {
    rows.push(`<tr class="skipped" data-rank="2"><td>${e(f.file)}</td><td></td>${'<td class="num"></td>'.repeat(5)}<td>${H.skippedRow} ${e(f.message)}</td></tr>`);
  }

  const sections = checked.map((f, i) => {
    const parts = [`<section class="file" id="tep-${i + 1}"><h2>${e(f.file)}</h2>`];
    parts.push(`<p class="lead">${e(summaryLine(f.summary))}</p>`);
    if (f.sheets.length === 0) parts.push(`<p>${H.noSheets}</p>`);
    for (const sheet of f.sheets) {
      const about = [sheet.ownOutput ? C.text.ownReport : KIND_LABEL[sheet.kind]];
      if (sheet.body) about.push(sheet.body);
      if (sheet.planYear !== undefined) about.push(C.text.planYear(sheet.planYear, ''));
      parts.push(`<h3>${e(C.text.sheet(sheet.name))}: ${e(about.join('; '))}</h3>`);
      if (sheet.issues.length === 0) {
        parts.push(`<p class="ok">${sheet.kind === 'none' ? H.skipped : H.noIssues}</p>`);
        continue;
      }
      for (const g of groupIssues(sheet.issues)) {
        const items = g.issues
          .map((issue) => {
            const where = issue.cell ?? C.fix.row(issue.row);
            // The suggested value as the sheet shows it (20.500.000), worded as the text report words it.
            const shown = renderSuggestion(issue);
            const suggestion = shown === undefined ? '' : `<div class="suggest">${e(C.text.suggestion)} ${e(shown)}</div>`;
            return `<tr><td><span class="cell">${e(where)}</span></td><td>${e(render(issue))}${suggestion}</td></tr>`;
          })
          .join('');
        parts.push(
          `<details class="${g.severity}" open><summary><span class="sev ${SEVERITY_CLASS[g.severity]}">${SEVERITY_LABEL[g.severity]}</span> ` +
            `${e(H.group(codeTitle(g.code), g.issues.length))}</summary>` +
            `<table class="issues"><tbody>${items}</tbody></table></details>`,
        );
      }
    }
    parts.push('</section>');
    return parts.join('\n');
  });

  const head = [...H.columnsBefore, ...SEVERITY_ORDER.map((s) => SEVERITY_LABEL[s]), ...H.columnsAfter];
  const numeric = new Set([2, 3, 4, 5, 6]);
  const thead = head.map((h, i) => `<th scope="col"${numeric.has(i) ? ' class="num"' : ''}><button type="button">${h}<span class="arrow" aria-hidden="true"></span></button></th>`).join('');
  const bad = (unreadable.length ? H.unreadableCount(unreadable.length) : '') + (skipped.length ? H.skippedCount(skipped.length) : '');

  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${H.title(count)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${H.heading}</h1>
<p class="lead">${e(H.lead(checked.length, summaryLine(total), bad, opts.generatedAt))}</p>
<section id="tong-hop">
<h2>${H.overview}</h2>
<p class="lead">${H.sortHint}</p>
<table class="sortable" id="bang-tong-hop">
<thead><tr>${thead}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</section>
${sections.join('\n')}
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
