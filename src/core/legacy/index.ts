/**
 * Text typed in the old Vietnamese font encodings (TCVN3 .VnTime, VNI-Times), repaired before
 * anything reads the sheet: the engine finds the table, classifies rows and checks units and
 * deadlines on the decoded text, so a workbook typed entirely in TCVN3 (header included) is
 * checked like any other, and each decoded cell is reported once, with its Unicode form as the
 * suggestion and a fix that writes it (and a Unicode font where the cell had a legacy one).
 */
import type { Edit, Fix, SharedRepair, SourceCell } from '../fix';
import { seenOf, seenRowOf } from '../fix/seen';
import type { Cell, Grid } from '../grid';
import { a1 } from '../grid';
import type { ColumnRole, Issue } from '../issues';
import { makeIssue } from '../issues';
import { legacyFontLabel, legacyLabel } from '../messages/fix-labels';
import {
  decodeLegacyText,
  drawnAsStored,
  hasUnicodeVietnamese,
  detectLegacyEncoding,
  legacyFontEncoding,
  legacyVerdict,
  memoize,
  UNICODE_FONT,
  type LegacyEncoding,
  type LegacyReason,
} from '../text';

export { repairLegacyRuns, type LegacyRun, type RepairedRun } from './runs';

/** One cell whose text was decoded (0-based row and column). */
export interface DecodedCell {
  r: number;
  c: number;
  /** The text as stored (legacy bytes read as Latin-1). */
  original: string;
  /** The Unicode (NFC) text the clerk saw on screen. */
  decoded: string;
  encoding: LegacyEncoding;
  /** The cell's font, when the adapter gave it. */
  font?: string;
}

export interface DecodedGrid {
  /** The grid with decoded text (the input itself when nothing was decoded). */
  grid: Grid;
  cells: DecodedCell[];
  /** r * 16384 + c → the decoded cell. */
  at: Map<number, DecodedCell>;
  /** Whether a text cell of the input has a TCVN3/VNI font, when decoding had to find out (else unknown). */
  legacyFont?: boolean;
  /** The encoding most of the sheet's legacy text is in (`legacyVerdict`'s `sheetEncoding`), when it was sampled. */
  sheetEncoding?: LegacyEncoding | null;
}

const detect = memoize(detectLegacyEncoding);
/** `legacyVerdict` memoised on "sheet encoding \0 font \0 text". */
const verdict = memoize((k: string): LegacyEncoding | null => {
  const [sheet = '', font = '', ...text] = k.split('\u0000');
  return legacyVerdict(text.join('\u0000'), font === '' ? undefined : font, sheet === '' ? null : (sheet as LegacyEncoding)).encoding;
});
const fontEncoding = memoize((f: string) => legacyFontEncoding(f));
const HIGH = /[\u00A1-\u00FF]/;
const key = (r: number, c: number) => r * 16384 + c;

/**
 * Decodes every legacy-encoded text cell, as `legacyVerdict` decides from the text (the font is
 * a hint only: Unicode text left in a .VnTime font is never decoded); `sheetEncoding` (a sample
 * of the sheet, strictly detected) settles short and ambiguous cells. Formulas are left alone (their text is computed).
 * O(cells) only when a sample of the sheet or a cell's font says there is legacy text.
 */
export function decodeLegacyGrid(grid: Grid): DecodedGrid {
  const { found, dominant: sheetEncoding } = sampleEncoding(grid);
  if (!found && !hasLegacyFont(grid)) return { grid, cells: [], at: new Map(), legacyFont: false };
  const cells: DecodedCell[] = [];
  const at = new Map<number, DecodedCell>();
  let rows: (readonly (Cell | undefined)[] | undefined)[] | undefined;
  grid.rows.forEach((row, r) => {
    if (!row) return;
    let copy: (Cell | undefined)[] | undefined;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (!cell || typeof cell.value !== 'string' || cell.formula !== undefined || !HIGH.test(cell.value)) continue;
      const encoding = encodingOf(cell, sheetEncoding);
      if (!encoding) continue;
      const decoded = decodeLegacyText(cell.value, encoding, cell.font);
      if (decoded === cell.value) continue;
      const d: DecodedCell = { r, c, original: cell.value, decoded, encoding };
      if (cell.font !== undefined) d.font = cell.font;
      cells.push(d);
      at.set(key(r, c), d);
      copy ??= row.slice();
      copy[c] = { ...cell, value: decoded };
    }
    if (copy) (rows ??= grid.rows.slice())[r] = copy;
  });
  return { grid: rows ? { ...grid, rows } : grid, cells, at, sheetEncoding };
}

function encodingOf(cell: Cell, sheetEncoding: LegacyEncoding | null): LegacyEncoding | null {
  return verdict(`${sheetEncoding ?? ''}\u0000${cell.font ?? ''}\u0000${cell.value as string}`);
}

/**
 * A sample of up to ~400 text cells spread over the sheet: whether any is legacy (`found`), and
 * (`dominant`) the encoding most of its legacy cells are in, when they outnumber its cells that are
 * clearly Unicode (letters no legacy byte gives). A sheet converted to Unicode keeps no say for a
 * legacy font over its ambiguous cells.
 */
function sampleEncoding(grid: Grid): { found: boolean; dominant: LegacyEncoding | null } {
  const step = Math.max(1, Math.floor(grid.rows.length / 100));
  const votes = { TCVN3: 0, VNI: 0, unicode: 0 };
  for (let r = 0; r < grid.rows.length; r += step) {
    const row = grid.rows[r];
    if (!row) continue;
    for (const cell of row) {
      if (!cell || typeof cell.value !== 'string' || cell.value.length <= 3) continue;
      if (hasUnicodeVietnamese(cell.value)) votes.unicode++;
      const enc = detect(cell.value);
      if (enc) votes[enc]++;
    }
  }
  const found = votes.TCVN3 + votes.VNI > 0;
  if (votes.TCVN3 + votes.VNI <= votes.unicode) return { found, dominant: null };
  return { found, dominant: votes.TCVN3 >= votes.VNI ? 'TCVN3' : 'VNI' };
}

function hasLegacyFont(grid: Grid): boolean {
  // Runs of cells share a font: the one just judged not legacy is skipped without a lookup.
  let plain: string | undefined;
  for (const row of grid.rows) {
    if (!row) continue;
    for (const cell of row) {
      if (!cell) continue;
      const font = cell.font;
      if (font === undefined || font === plain || typeof cell.value !== 'string') continue;
      if (fontEncoding(font)) return true;
      plain = font;
    }
  }
  return false;
}

/** The font a write to this cell must also set, if any: Unicode text in a TCVN3/VNI font is garbage. */
export function fontForWrite(original: Cell | undefined, decodedHere: boolean): string | undefined {
  if (original?.font !== undefined) return fontEncoding(original.font) ? UNICODE_FONT : undefined;
  // Font unknown: a cell whose legacy text we decoded was shown in a legacy font.
  return decodedHere ? UNICODE_FONT : undefined;
}

/**
 * One `text.legacy-encoding` issue per decoded cell, each with a safe fix writing its Unicode
 * text (and Times New Roman where the cell's font is a legacy one or unknown).
 * `roleAt` names the column's role in the table, for the issue's location.
 */
export function legacyIssues(
  sheet: string,
  decoded: DecodedGrid,
  original: Grid,
  roleAt: (col: number) => ColumnRole | undefined,
): { issues: Issue[]; fixes: Fix[] } {
  const issues: Issue[] = [];
  const fixes: Fix[] = [];
  for (const d of decoded.cells) {
    const address = a1(d.r, d.c);
    const data: { text: string; encoding: LegacyEncoding; decoded: string; font?: string } = {
      text: d.original,
      encoding: d.encoding,
      decoded: d.decoded,
    };
    if (d.font !== undefined) data.font = d.font;
    const issue = makeIssue('text.legacy-encoding', { sheet, row: d.r + 1, column: roleAt(d.c), cell: address }, data, d.decoded);
    issues.push(issue);
    // What the check saw is the cell as stored (its legacy bytes), not its decoded text.
    const edit: Edit = { kind: 'set', row: d.r + 1, col: d.c, address, value: d.decoded, seen: seenOf(original.rows[d.r]?.[d.c], original.date1904) };
    const font = fontForWrite(original.rows[d.r]?.[d.c], true);
    if (font) edit.font = font;
    edit.legacy = d.font !== undefined ? { encoding: d.encoding, font: d.font } : { encoding: d.encoding };
    fixes.push({ issue, label: legacyLabel(address, d.original, d.decoded), safe: true, edits: [edit] });
  }
  return { issues, fixes };
}

/** Why a text left as it is (not decoded) still shows as garbage in its legacy font. */
const GARBLED: ReadonlySet<LegacyReason> = new Set<LegacyReason>(['unicode-letters', 'reads-better-as-is', 'common-as-is']);
/**
 * Text that decoding leaves as it is (nothing to decode) but that its font still draws as other
 * letters: Unicode "Báo cáo" in VNI-Times, whose á is a VNI mark byte.
 */
function garbledAsIs(text: string, font: string): boolean {
  const encoding = fontEncoding(font);
  return !!encoding && decodeLegacyText(text, encoding, font) === text && !drawnAsStored(text, encoding);
}
/** `legacyVerdict`'s reason memoised on "sheet encoding \0 font \0 text". */
const reasonOf = memoize((k: string): LegacyReason => {
  const [sheet = '', font = '', ...text] = k.split('\u0000');
  return legacyVerdict(text.join('\u0000'), font, sheet === '' ? null : (sheet as LegacyEncoding)).reason;
});

/**
 * One `text.legacy-font` issue per text cell whose text is Unicode already (converted with
 * Unikey, or typed anew) but whose font is still a TCVN3/VNI one (.VnTime, .VnTimeH, VNI-Times),
 * which draws its letters as other letters on screen and in print. Each has a safe fix that
 * changes only the font to Times New Roman: the text is written back as it is, marked
 * `legacy: { encoding: 'unicode' }`, so writers that keep runs keep every run's text and style
 * and give runs in a legacy font Times New Roman too. Left alone: cells the legacy step decoded
 * (their `text.legacy-encoding` repair sets the font already), plain ASCII text ("2024", "UBND":
 * a TCVN3/VNI font draws ASCII as ASCII), text as likely legacy as Unicode (`ambiguous`), numbers
 * and dates (digits are ASCII), and formulas (their text is computed; a font-only edit would write
 * over the formula).
 */
export function legacyFontIssues(
  sheet: string,
  decoded: DecodedGrid,
  original: Grid,
  roleAt: (col: number) => ColumnRole | undefined,
): { issues: Issue[]; fixes: Fix[] } {
  const issues: Issue[] = [];
  const fixes: Fix[] = [];
  if (decoded.legacyFont === false) return { issues, fixes };
  const sheetEncoding = decoded.sheetEncoding ?? null;
  original.rows.forEach((row, r) => {
    if (!row) return;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (!cell || cell.font === undefined || typeof cell.value !== 'string' || cell.formula !== undefined) continue;
      if (!fontEncoding(cell.font) || decoded.at.has(key(r, c))) continue;
      if (!GARBLED.has(reasonOf(`${sheetEncoding ?? ''}\u0000${cell.font}\u0000${cell.value}`)) && !garbledAsIs(cell.value, cell.font)) continue;
      const address = a1(r, c);
      const issue = makeIssue('text.legacy-font', { sheet, row: r + 1, column: roleAt(c), cell: address }, { text: cell.value, font: cell.font });
      issues.push(issue);
      const edit: Edit = {
        kind: 'set',
        row: r + 1,
        col: c,
        address,
        value: cell.value,
        seen: seenOf(cell, original.date1904),
        font: UNICODE_FONT,
        legacy: { encoding: 'unicode', font: cell.font },
      };
      fixes.push({ issue, label: legacyFontLabel(address, cell.font), safe: true, edits: [edit] });
    }
  });
  return { issues, fixes };
}

/**
 * Other fixes are built on the decoded text. Each of their edits must still say what the sheet
 * holds (`seen`: the legacy bytes where a cell was decoded, so a writer's stale check compares
 * like with like), and a write of text into a cell that had a legacy font must set a Unicode font
 * too. Edits that need neither are passed through unchanged (the same objects).
 */
export function forOriginal(edits: Edit[], decoded: DecodedGrid, original: Grid): Edit[] {
  let changed = false;
  const out = edits.map((e): Edit => {
    if (e.kind === 'delete-row') {
      const row = original.rows[e.row - 1];
      if (!row || !row.some((_, c) => decoded.at.has(key(e.row - 1, c)))) return e;
      changed = true;
      return { ...e, seen: seenRowOf(original, e.row - 1) };
    }
    const wasDecoded = decoded.at.has(key(e.row - 1, e.col));
    const font = e.font === undefined && typeof e.value === 'string' ? fontForWrite(original.rows[e.row - 1]?.[e.col], wasDecoded) : undefined;
    if (!wasDecoded && !font) return e;
    changed = true;
    const next = { ...e };
    if (wasDecoded) next.seen = seenOf(original.rows[e.row - 1]?.[e.col], original.date1904);
    if (font) next.font = font;
    return next;
  });
  return changed ? out : edits;
}

/** The fixes with their edits passed through `forOriginal`, lazily (each shared edit list once). */
export function withUnicodeFonts(fixes: Fix[], decoded: DecodedGrid, original: Grid): Fix[] {
  // `decoded` was made from `original`: its answer about legacy fonts saves a second pass over the cells.
  if (decoded.cells.length === 0 && !(decoded.legacyFont ?? hasLegacyFont(original))) return fixes;
  // Fixes share edit arrays (one renumbering for every STT issue): patch each array once.
  const done = new WeakMap<Edit[], Edit[]>();
  const patch = (edits: Edit[]): Edit[] => {
    let out = done.get(edits);
    if (!out) done.set(edits, (out = forOriginal(edits, decoded, original)));
    return out;
  };
  // Sources say what the sheet holds too: the stored bytes where a cell was decoded.
  const sources = (list: readonly SourceCell[] | undefined): readonly SourceCell[] | undefined =>
    list?.map((s) => (decoded.at.has(key(s.row - 1, s.col)) ? { ...s, seen: seenOf(original.rows[s.row - 1]?.[s.col], original.date1904) } : s));
  return fixes.map((f) => new PatchedFix(f, patch, sources));
}

/** A fix whose edits are patched on first use (keeps lazy fixes lazy). */
class PatchedFix implements Fix {
  private built: Edit[] | undefined;
  constructor(
    private readonly inner: Fix,
    private readonly patch: (edits: Edit[]) => Edit[],
    private readonly patchSources: (s: readonly SourceCell[] | undefined) => readonly SourceCell[] | undefined,
  ) {}
  get issue(): Issue {
    return this.inner.issue;
  }
  get safe(): boolean {
    return this.inner.safe;
  }
  get label(): string {
    return this.inner.label;
  }
  get repair(): SharedRepair | undefined {
    return this.inner.repair;
  }
  get edits(): Edit[] {
    return (this.built ??= this.patch(this.inner.edits));
  }
  private from: { v: readonly SourceCell[] | undefined } | undefined;
  get sources(): readonly SourceCell[] | undefined {
    return (this.from ??= { v: this.patchSources(this.inner.sources) }).v;
  }
}
