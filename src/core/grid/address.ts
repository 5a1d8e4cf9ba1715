/** A1 addresses. Columns and rows are 0-based in code, 1-based/lettered in Excel. */
export function columnLetter(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "H12" for row 11, col 7 (0-based). */
export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}
