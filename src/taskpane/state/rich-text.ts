/**
 * Legacy-text repairs on a host that cannot keep per-run formatting. A repair of TCVN3/VNI text
 * (`text.legacy-encoding`, edits with `legacy`), and the font change of Unicode text left in such
 * a font (`text.legacy-font`, written back run by run too), writes a rich cell's runs one by one where the
 * workbook can (Excel with ExcelApi 1.18, the web page's workbook: `keepsTextRuns`). Elsewhere
 * the pane cannot tell a bold word from plain text, so it refuses those repairs at check time,
 * with why under their issue, rather than write plain text over the formatting.
 */
import type { Fix } from '../../core/fix';
import { a1 } from '../../core/grid';
import type { RefusedFix } from '../../core/verify';

/**
 * The check's fixes and refusals as this host can apply them: with `keepsRuns` unchanged; else
 * every fix that writes a legacy repair moves to `refused` ('rich-text-unsupported', naming the
 * cells). Other fixes are untouched (their edits are not built: big sheets' fixes are lazy).
 */
export function refuseFlatteningRepairs<T extends { fixes: Fix[]; refused: RefusedFix[] }>(result: T, keepsRuns: boolean): T {
  if (keepsRuns) return result;
  const fixes: Fix[] = [];
  const refused: RefusedFix[] = [...result.refused];
  for (const fix of result.fixes) {
    const cells =
      fix.issue.code === 'text.legacy-encoding' || fix.issue.code === 'text.legacy-font'
        ? fix.edits.flatMap((e) => (e.kind === 'set' && e.legacy !== undefined ? [a1(e.row - 1, e.col)] : []))
        : [];
    if (cells.length) refused.push({ fix, refusal: { reason: 'rich-text-unsupported', cells } });
    else fixes.push(fix);
  }
  return fixes.length === result.fixes.length ? result : { ...result, fixes, refused };
}
