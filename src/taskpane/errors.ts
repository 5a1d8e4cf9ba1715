import { WorkbookError, type CellChange, type WorkbookErrorDetail } from '../excel/types';
import { S } from './strings';

/** What the user reads when the workbook refuses: one Vietnamese sentence per kind. */
const MESSAGES: Record<WorkbookError['kind'], string> = { ...S.errors.messages, 'sheet-changed': S.sheetChanged([], 0) };

export const ERROR_TITLES: Record<WorkbookError['kind'], string> = {
  ...S.errors.titles,
  'sheet-changed': S.sheetChangedTitle,
  'undo-stale': S.undoneTitle,
};

export interface PaneError {
  title: string;
  message: string;
  /** A one-click way out shown with the message: 'recheck' reads and checks the sheet again. */
  action?: 'recheck';
}

/** Where the error happened, for messages that name it (the undo entry's label). */
export interface ErrorContext {
  undoLabel?: string | null;
}

function isWorkbookError(e: unknown): e is WorkbookError {
  return e instanceof WorkbookError || (e instanceof Error && e.name === 'WorkbookError' && 'kind' in e);
}

/**
 * The changed cells to name (at most five, each once, in the order reported) and how many
 * distinct cells changed. A cell may be reported more than once (its value and its formula, or
 * before and after rows moved); `changeCount` may exceed the listed changes when the list was
 * cut, and those unlisted changes are counted as they come.
 */
export function changedCells(d: WorkbookErrorDetail): { cells: string[]; count: number } {
  return distinctCells(d.changes ?? [], d.changeCount);
}

function distinctCells(changes: readonly { address: string }[], changeCount?: number): { cells: string[]; count: number } {
  const unique = [...new Set(changes.map((c) => c.address))];
  const unlisted = Math.max(0, (changeCount ?? 0) - changes.length);
  return { cells: unique.slice(0, 5), count: unique.length + unlisted };
}

/** The cells that only moved, counting the unlisted changes among them (they are listed last). */
function movedCells(changes: readonly CellChange[], changeCount?: number): { cells: string[]; count: number } {
  const moved = changes.filter((c) => c.moved);
  return distinctCells(moved, moved.length + Math.max(0, (changeCount ?? 0) - changes.length));
}

/** Any thrown value as a Vietnamese title and message (and a way out); never throws. */
export function describeError(e: unknown, context: ErrorContext = {}): PaneError {
  if (isWorkbookError(e)) {
    const kind = e.kind;
    const detail: WorkbookErrorDetail = e.detail ?? {};
    if (kind === 'sheet-changed') {
      const all = detail.changes ?? [];
      const message =
        detail.reason === 'sheet-gone'
          ? S.sheetGone
          : detail.rowsMoved
            ? // Rows inserted or deleted since the check: each cell where it is now, or said to be unknown.
              S.sheetMoved(
                detail.rowsMoved,
                // Changes past the listed ones are cells that only moved (they are listed last).
                movedCells(all, detail.changeCount),
                distinctCells(all.filter((c) => !c.moved && !c.unplaced)),
                distinctCells(all.filter((c) => c.unplaced)),
              )
            : detail.lastRowMoved
              ? S.sheetMaybeMoved(detail.lastRowMoved, changedCells(detail))
              : S.sheetChanged(changedCells(detail).cells, changedCells(detail).count);
      return { title: ERROR_TITLES[kind], message, action: 'recheck' };
    }
    if (kind === 'undo-stale' && context.undoLabel) {
      const { cells, count } = changedCells(detail);
      if (detail.rowsMoved) {
        // Cells typed over are named first (where they are now); else the cells that only moved.
        const typed = (detail.changes ?? []).filter((c) => !c.moved);
        if (typed.length) {
          const t = distinctCells(typed);
          return { title: ERROR_TITLES[kind], message: S.undoStale(context.undoLabel, t.cells, t.count) };
        }
        return { title: ERROR_TITLES[kind], message: S.undoMoved(context.undoLabel, detail.rowsMoved, cells, count) };
      }
      return { title: ERROR_TITLES[kind], message: S.undoStale(context.undoLabel, cells, count) };
    }
    if (kind === 'table-formula' && detail.cells?.length) {
      const unique = [...new Set(detail.cells)];
      return { title: ERROR_TITLES[kind], message: S.tableFormula(unique.slice(0, 5), unique.length, detail.table) };
    }
    if (kind === 'unsupported' && detail.userMessage) return { title: S.notOnThisPage, message: detail.userMessage };
    if (kind === 'no-sheet' && e.message === S.noCheckYet) return { title: ERROR_TITLES[kind], message: S.noCheckYet };
    if (kind in MESSAGES) return { title: ERROR_TITLES[kind], message: MESSAGES[kind] };
  }
  return { title: S.errors.unexpectedTitle, message: S.errors.unexpected };
}
