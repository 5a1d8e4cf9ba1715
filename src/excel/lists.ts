/**
 * Danh sách chọn: drop-down lists (data validation, ExcelApi 1.8) on an appendix's lead and
 * funding columns. A list too long or too comma-laden for an inline source (255 characters, no
 * commas) lives on a sheet phuluc adds and makes VeryHidden (a clerk cannot unhide or delete it
 * from Excel's menus), one column per appendix column, keyed by the appendix sheet's id in row 1,
 * so two appendix sheets keep their own lists. Validation the user set is never replaced unless
 * asked: the result names those cells first. phuluc marks its own rules by their alert title.
 * Everything is on the undo stack; undo puts the user's own rules back exactly.
 */
import { columnLetter, type MergeRange } from '../core/grid';
import { BYTES_PER_RANGE, jsonSize, flushAndReadBack, Runner, statesOf, validationRegions } from './journal';
import { textInput, type ExcelApi } from './office-api';
import type { ListResult, ListValidation, OwnValidation } from './types';
import type { CellRecord, UndoEntry, UndoStep, ValidationRegion } from './undo';
import { protectedError, rollback, runnerOptions, runWrite, syncSheet } from './write';
import { ES } from './strings';

/** The sheet that holds drop-down lists too long or too comma-laden for an inline list. */
export const LISTS_SHEET = 'phuluc_lists';
/** The error-alert title that marks a rule phuluc set. */
export const LIST_MARK = 'phuluc';

/** An inline list source is comma-separated and at most 255 characters. */
export function canInline(items: string[]): boolean {
  return items.every((s) => !s.includes(',') && !s.includes('"')) && items.join(',').length <= 255;
}

function a1(r: MergeRange): string {
  const a = `${columnLetter(r.left)}${r.top + 1}`;
  const b = `${columnLetter(r.right)}${r.bottom + 1}`;
  return a === b ? a : `${a}:${b}`;
}

function isOurs(g: ValidationRegion): boolean {
  return g.type === 'List' && (g.errorAlert as { title?: unknown } | undefined)?.title === LIST_MARK;
}



export async function listValidation(
  api: ExcelApi,
  sheetId: string,
  rules: ListValidation[],
  replaceOwnRules: boolean,
): Promise<{ result: ListResult; entry?: UndoEntry }> {
  const options = runnerOptions(api);
  return runWrite(api, async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetId);
    sheet.load('name');
    const protection = api.isSetSupported('1.2') ? sheet.protection : null;
    protection?.load('protected');
    const lists = context.workbook.worksheets.getItemOrNullObject(LISTS_SHEET);
    lists.load('name,visibility');
    await syncSheet(context);
    if (protection?.protected) throw protectedError(sheet.name);

    const rects: MergeRange[] = rules.map((r) => ({ top: r.firstRow - 1, left: r.col, bottom: r.lastRow - 1, right: r.col }));
    const regions = await validationRegions(context, sheet, rects);
    // The user's own rules (not phuluc's, which it replaces freely).
    const own: OwnValidation[] = regions
      .flat()
      .filter((g) => g.type !== 'None' && !isOurs(g))
      .map((g) => ({ col: g.rect.left, address: a1(g.rect), type: g.type }));
    if (own.length && !replaceOwnRules) return { result: { status: 'has-own-rules', cells: own } };

    // Which column of the lists sheet holds each list: row 1 names the appendix column it serves.
    const onSheet = rules.map((r) => !canInline(r.items));
    const keys: string[] = [];
    let height = 0;
    if (onSheet.some(Boolean) && !lists.isNullObject) {
      const used = lists.getUsedRangeOrNullObject(true);
      used.load('rowIndex,rowCount,columnIndex,columnCount');
      await context.sync();
      if (!used.isNullObject) {
        height = used.rowIndex + used.rowCount;
        const header = lists.getRangeByIndexes(0, 0, 1, used.columnIndex + used.columnCount);
        header.load('values');
        await context.sync();
        for (const v of header.values[0] ?? []) keys.push(String(v ?? ''));
      }
    }
    const columns = rules.map((rule, i) => {
      if (!onSheet[i]) return -1;
      const key = `${sheetId}!${columnLetter(rule.col)}`;
      let c = keys.indexOf(key);
      if (c < 0) {
        c = keys.indexOf('') >= 0 ? keys.indexOf('') : keys.length;
        keys[c] = key;
      }
      return c;
    });
    // What those columns hold now (to put back on undo).
    const blockRows = (i: number) => Math.max(height, (rules[i]?.items.length ?? 0) + 1, 1);
    const befores = lists.isNullObject
      ? rules.map(() => null)
      : columns.map((c, i) => {
          if (c < 0) return null;
          const r = lists.getRangeByIndexes(0, c, blockRows(i), 1);
          r.load('values,formulas,valueTypes,numberFormat');
          return r;
        });
    if (befores.some(Boolean)) await context.sync();

    const steps: UndoStep[] = [];
    const runner = new Runner(context, sheet, options);
    const base = { label: ES.listTitle, sheetId, sheetName: sheet.name, kind: 'lists' as const };
    try {
      if (onSheet.some(Boolean)) {
        if (lists.isNullObject) {
          // Alone in its sync: undo deletes the sheet only if Excel confirmed adding it.
          context.workbook.worksheets.add(LISTS_SHEET);
          await context.sync();
          steps.push({ kind: 'added-sheet', sheet: LISTS_SHEET });
        }
        const target = context.workbook.worksheets.getItem(LISTS_SHEET);
        if (lists.isNullObject || lists.visibility !== 'VeryHidden')
          await runner.queue(BYTES_PER_RANGE, () => (target.visibility = 'VeryHidden'));
        for (let i = 0; i < rules.length; i++) {
          const c = columns[i]!;
          if (c < 0) continue;
          const n = blockRows(i);
          const snap = befores[i];
          const cells: CellRecord[] = [];
          if (snap) statesOf(snap).forEach((line, r) => line[0] && cells.push({ row: r + 1, col: c, before: line[0] }));
          else for (let r = 0; r < n; r++) cells.push({ row: r + 1, col: c, before: { value: '', formula: '', type: 'Empty', numberFormat: 'General' } });
          steps.push({ kind: 'sheet-cells', sheet: LISTS_SHEET, cells });
          const items = rules[i]!.items;
          const data = Array.from({ length: n }, (_, r) => [r === 0 ? (keys[c] ?? '') : r - 1 < items.length ? textInput(items[r - 1]!) : '']);
          await runner.queue(BYTES_PER_RANGE + jsonSize(data), () => {
            const range = target.getRangeByIndexes(0, c, n, 1);
            range.numberFormat = data.map(() => ['@']);
            range.values = data;
          });
        }
      }
      for (let i = 0; i < rules.length; i++) {
        const rule = rules[i]!;
        const rect = rects[i]!;
        const c = columns[i]!;
        const source =
          c < 0 ? rule.items.join(',') : `='${LISTS_SHEET}'!$${columnLetter(c)}$2:$${columnLetter(c)}$${Math.max(2, rule.items.length + 1)}`;
        const dvRule = { list: { inCellDropDown: true, source } };
        steps.push({ kind: 'validation', rect, before: regions[i]!, rule: dvRule });
        await runner.queue(BYTES_PER_RANGE * 3 + source.length * 3, () => {
          const dv = sheet.getRangeByIndexes(rect.top, rect.left, rect.bottom - rect.top + 1, 1).dataValidation;
          dv.clear();
          dv.rule = dvRule;
          dv.errorAlert = { showAlert: true, style: 'Warning', title: LIST_MARK, message: ES.notInList };
        });
      }
      const after = await flushAndReadBack(runner, steps);
      return { result: { status: 'done', columns: rules.length }, entry: { ...base, steps, after } };
    } catch (e) {
      throw await rollback(runner, steps, e, base);
    }
  });
}
