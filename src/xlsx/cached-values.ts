/**
 * Whether the values a workbook caches for its formulas (`<c><f>…</f><v>…</v></c>`) were
 * computed by a spreadsheet application, and so can be read as the formulas' values.
 *
 * Only applications that calculate write true results. Libraries write whatever they are
 * given: openpyxl and exceljs write no `<v>` (or the caller's guess), XlsxWriter writes `<v>0</v>`
 * for every formula, other writers (SheetJS, excelize, PhpSpreadsheet without pre-calculation)
 * write 0 or nothing. Such a 0 read as the budget total is a silent, wrong pass. The evidence,
 * in order:
 *   1. `calcPr/@fullCalcOnLoad` true: the producer asks Excel to recalculate on open (XlsxWriter,
 *      openpyxl write it): not trusted.
 *   2. `calcPr/@calcMode="manual"` with `calcOnSave="0"`: Excel saved without calculating
 *      (ECMA-376 Part 1, 18.2.2: calcOnSave, default true): values may be stale, not trusted.
 *   3. `calcPr/@calcId` present: the workbook was last calculated by that calculation engine
 *      (ECMA-376 Part 1, 18.2.2; Excel writes it on every save): trusted.
 *   4. Otherwise (no calcPr, or one without calcId): not trusted, whatever docProps/app.xml's
 *      `Application` says. That name is no evidence: openpyxl, XlsxWriter and exceljs all write
 *      "Microsoft Excel", and LibreOffice (which writes a calcPr without calcId) keeps the cached
 *      values it loaded from an .xlsx without recalculating them (its default for Excel 2007+
 *      files, "never recalculate"): an XlsxWriter file saved by LibreOffice 7.4 still caches 0
 *      for SUM (test/fixtures/cached-values/libreoffice.xlsx).
 * Untrusted formulas are evaluated by the core's one evaluator (src/core/formula), and what it
 * cannot evaluate is marked `uncomputed`, never read as 0 (src/xlsx/read.ts).
 */
import type { WorkbookInfo } from './package';

export type CachedValuesVerdict = 'trusted' | 'untrusted';

/** The verdict for a workbook's cached formula values, from its calcPr and producer (rules above). */
export function cachedValuesVerdict(wb: Pick<WorkbookInfo, 'fullCalcOnLoad' | 'calcPr'>): CachedValuesVerdict {
  if (wb.fullCalcOnLoad) return 'untrusted';
  const calc = wb.calcPr;
  if (calc && calc.calcMode === 'manual' && calc.calcOnSave === false) return 'untrusted';
  return calc?.calcId !== undefined && calc.calcId.trim() !== '' ? 'trusted' : 'untrusted';
}
