/**
 * Row heights for wrapped text, estimated from the text and the column widths, so that a new
 * workbook prints and shows right where nothing autofits rows (LibreOffice, Excel opening a file
 * whose rows carry no height, Excel on the web): without them wrapped lines overlap or are cut.
 *
 * Deterministic and conservative (a row a little too tall is harmless; one too short hides text):
 * - a column width unit is the width of the workbook default font's digit (ECMA-376 Part 1,
 *   18.3.1.13 `col@width`); a Times New Roman digit is half an em, and so is a generous average
 *   Vietnamese lower-case letter, so one unit holds `defaultSize / size` letters of a cell's font;
 *   capitals count 1.4 letters, a space 0.5, bold text 1.08 times as wide; about 0.8 unit is
 *   the cell's padding;
 * - lines are wrapped word by word (greedy, as Excel and LibreOffice do); "\n" starts a line;
 * - a line is 1.3 × the font size in points (the sheet's default row height uses the same rule).
 * A merged cell spanning columns wraps in their total width; a merge spanning rows is left alone.
 */
import type { FontSpec, SheetSpec } from './spec';

/** Excel's default column width (characters) when a sheet names none. */
const DEFAULT_WIDTH = 8.43;
const PADDING = 0.8;

/** Line height in points for a font size (points). */
export const lineHeight = (size: number): number => Math.round(size * 1.3 * 4) / 4;

/** The width of a text in "letters" of its font (see the module comment). */
function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += ch === ' ' ? 0.5 : ch !== ch.toLowerCase() ? 1.4 : 1;
  return w;
}

/** How many lines `text` takes in `room` letters, wrapped word by word. */
export function wrappedLines(text: string, room: number): number {
  let lines = 0;
  for (const para of text.split(/\r?\n/)) {
    lines++;
    let used = 0;
    for (const word of para.split(' ').filter((w) => w !== '')) {
      const w = textWidth(word);
      if (used > 0 && used + 0.5 + w > room) {
        lines++;
        used = 0;
      }
      // a word longer than the line breaks across lines
      if (used === 0 && w > room && room > 0) {
        lines += Math.ceil(w / room) - 1;
        used = w % room || room;
      } else used += (used > 0 ? 0.5 : 0) + w;
    }
  }
  return lines;
}

/**
 * Each row's height in points where its wrapped text needs more than one line, else undefined
 * (the sheet's default height). `workbookFont` is the font column widths are measured in.
 */
export function estimateRowHeights(s: SheetSpec, workbookFont: FontSpec): (number | undefined)[] {
  const font = { ...workbookFont, ...s.defaultFont };
  const baseSize = workbookFont.size ?? 11;
  const widthOf = (c: number) => s.widths?.[c] ?? DEFAULT_WIDTH;
  const span = new Map<string, number>();
  const skip = new Set<string>();
  for (const m of s.merges ?? []) {
    if (m.bottom > m.top) {
      skip.add(`${m.top},${m.left}`);
      continue;
    }
    let w = 0;
    for (let c = m.left; c <= m.right; c++) w += widthOf(c);
    span.set(`${m.top},${m.left}`, w);
  }
  const defaultHeight = lineHeight(font.size ?? 11);
  return s.rows.map((row, r) => {
    let height = 0;
    row.forEach((cell, c) => {
      if (!cell?.style?.wrap || typeof cell.value !== 'string' || cell.value === '' || skip.has(`${r},${c}`)) return;
      const f = { ...font, ...cell.style.font };
      const size = f.size ?? 11;
      const width = span.get(`${r},${c}`) ?? widthOf(c);
      const room = (Math.max(1, width - PADDING) * baseSize) / (size * (f.bold ? 1.08 : 1));
      const lines = wrappedLines(cell.value, room);
      if (lines > 1) height = Math.max(height, lines * lineHeight(size) + 2);
    });
    return height > defaultHeight ? Math.ceil(height * 4) / 4 : undefined;
  });
}
