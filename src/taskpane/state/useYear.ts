/**
 * The pane's actions for following the plan through the year: select a task's row, add the status
 * column, write a quarterly report or a new appendix as a new sheet. Its own busy flag, notice and
 * error (shown in the Tiến độ and Công cụ tabs); everything it writes comes from the engine's report.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Grid } from '../../core/grid';
import { periodReport, type Period } from '../../core/progress';
import type { SheetReport } from '../../core/report';
import { STATUS_VALUES } from '../../core/status';
import { columnIndex, columnLetter } from '../../core/grid';
import type { WorkbookAdapter } from '../../excel/types';
import { SheetRefusal, type StatusColumnRequest } from '../../excel/sheets';
import type { DirectoryId } from '../../core/config';
import { missingUnitsMessage, unlistedFundingMessage } from '../engine';
import { newAppendix, periodReportSheet, type NewAppendixOptions } from '../../layout';
import type { TaskTemplate } from '../../templates';
import { describeError, type PaneError } from '../errors';
import { S } from '../strings';
import type { Notice } from './usePane';

const Y = S.sheets;

/** The local date, ISO yyyy-mm-dd. */
export function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The address of a row's cells in the table (first to last column the report names). */
export function rowAddress(report: SheetReport, row: number): string {
  const cols = Object.values(report.columns).filter((c): c is string => !!c).map(columnIndex);
  if (cols.length === 0) return `A${row}`;
  return `${columnLetter(Math.min(...cols))}${row}:${columnLetter(Math.max(...cols))}${row}`;
}

/**
 * Where the status column goes: right of the header's last non-empty cell (a "Ghi chú" column
 * without a role included), over the table's rows.
 */
export function statusColumnRequest(report: SheetReport, grid: Grid): StatusColumnRequest {
  let last = -1;
  for (const r of report.headerRows) {
    const row = grid.rows[r - 1] ?? [];
    for (let c = 0; c < row.length; c++) {
      const v = row[c]?.value;
      if (v !== null && v !== undefined && String(v).trim() !== '') last = Math.max(last, c);
    }
  }
  for (const m of grid.merges) if (report.headerRows.includes(m.top + 1)) last = Math.max(last, m.right);
  const headerBottom = report.headerRows[report.headerRows.length - 1] ?? 1;
  let lastRow = headerBottom;
  for (const r of report.rows) if (r.kind !== 'after' && r.kind !== 'blank') lastRow = Math.max(lastRow, r.row);
  return {
    headerRows: [...report.headerRows],
    col: last + 1,
    formatLike: Math.max(last, 0),
    title: Y.statusColumnTitle,
    firstRow: headerBottom + 1,
    lastRow,
    items: Object.values(STATUS_VALUES),
  };
}

function describe(e: unknown): PaneError {
  if (e instanceof SheetRefusal) return { title: Y.notWritten, message: e.message };
  return describeError(e);
}

export function useYear(adapter: WorkbookAdapter, recheck: () => Promise<void> | void) {
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [error, setError] = useState<PaneError | null>(null);
  const running = useRef(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(async (label: string, fn: () => Promise<Notice | null>) => {
    if (running.current) return;
    running.current = true;
    setBusy(label);
    setError(null);
    setNotice(null);
    try {
      const n = await fn();
      if (mounted.current) setNotice(n);
    } catch (e) {
      if (mounted.current) setError(describe(e));
    } finally {
      running.current = false;
      if (mounted.current) setBusy(null);
    }
  }, []);

  const selectRow = useCallback(
    (report: SheetReport, row: number) => void run('', async () => (await adapter.selectCell(rowAddress(report, row)), null)),
    [adapter, run],
  );

  const addStatusColumn = useCallback(
    (report: SheetReport, grid: Grid) =>
      run(Y.busyAddingColumn, async () => {
        if (!adapter.addStatusColumn) throw new SheetRefusal(Y.cannotAddColumn);
        const req = statusColumnRequest(report, grid);
        await adapter.addStatusColumn(req);
        await recheck();
        return {
          intent: 'success',
          text: Y.columnAdded(columnLetter(req.col), req.items),
        };
      }),
    [adapter, recheck, run],
  );

  const addSheet = useCallback(
    async (spec: Parameters<NonNullable<WorkbookAdapter['addSheet']>>[0], what: string): Promise<Notice> => {
      if (!adapter.addSheet) throw new SheetRefusal(Y.cannotAddSheet);
      const res = await adapter.addSheet(spec);
      const skipped = res.skipped.length ? Y.skipped(res.skipped) : '';
      return {
        intent: res.skipped.length ? 'warning' : 'success',
        text: Y.sheetCreated(res.name, what, skipped),
      };
    },
    [adapter],
  );

  const createReport = useCallback(
    (report: SheetReport, period: Period, asOf: string) =>
      run(Y.busyReport, () =>
        addSheet(periodReportSheet(periodReport(report, period, asOf), { source: Y.reportSource(report.name) }), Y.reportWhat(period.label)),
      ),
    [addSheet, run],
  );

  const createAppendix = useCallback(
    (opts: { year: number; body: string; templates: readonly TaskTemplate[]; directory?: DirectoryId | 'auto'; config?: NewAppendixOptions['config'] }) =>
      run(Y.busyAppendix, async () => {
        // the tasks name the units of the body's own directory (or the one chosen in Cài đặt)
        const made = newAppendix({ year: opts.year, body: opts.body, templates: opts.templates, ...(opts.directory ? { directory: opts.directory } : {}), ...(opts.config ? { config: opts.config } : {}) });
        const written = made.sheet.rows.filter((r) => typeof r[0]?.value === 'number').length;
        const done = await addSheet(made.sheet, Y.appendixWhat(opts.year, written));
        if (made.incomplete.length === 0 && made.unlistedFunding.length === 0) return done;
        const told = [
          ...made.incomplete.map((t) => missingUnitsMessage(t.task, t.missing, t.written, made.unitsList)),
          ...(made.unlistedFunding.length ? [unlistedFundingMessage(made.unlistedFunding)] : []),
        ].join(' ');
        return { intent: 'warning', text: `${done.text} ${told}` };
      }),
    [addSheet, run],
  );

  return {
    busy,
    notice,
    error,
    dismiss: () => {
      setNotice(null);
      setError(null);
    },
    selectRow,
    addStatusColumn,
    createReport,
    createAppendix,
  };
}
