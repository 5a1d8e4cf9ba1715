/** XML text for SpreadsheetML parts: escaping, and Excel's `_xHHHH_` form for control characters. */

/**
 * Escapes text for an element or attribute. Characters XML 1.0 cannot carry (C0 controls other
 * than tab, line feed and carriage return) are written as Excel does, `_x0001_`; a literal
 * `_xHHHH_` in the text is protected as `_x005F_xHHHH_` so readers do not turn it into a
 * character (ECMA-376 Part 1, 22.9.2.19 ST_Xstring).
 */
export function xmlText(s: string): string {
  return s
    .replace(/_x([0-9A-Fa-f]{4})_/g, '_x005F_x$1_')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // eslint-disable-next-line no-control-regex -- these are exactly the characters to escape
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

/** A sheet name quoted for a formula or defined name: 'Báo cáo Quý I năm 2026'. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
