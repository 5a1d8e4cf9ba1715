/**
 * Legacy text repaired run by run: a cell with per-run formatting (a bold word, an italic note,
 * a run in its own font) keeps every run, each decoded on its own. The one rule every writer
 * that keeps rich text uses (the .xlsx writer's `<r>` runs, Office.js `textRuns`), so the cell
 * reads the same whichever adapter repaired it.
 */
import { decodeLegacyText, legacyFontEncoding, UNICODE_FONT, type LegacyEncoding } from '../text';

/** One run of a rich cell: its text and the font name it carries (absent: the cell's font). */
export interface LegacyRun {
  text: string;
  font?: string;
}

/** A run repaired: its Unicode text, and its new font name when it had a legacy one. */
export interface RepairedRun {
  text: string;
  /** UNICODE_FONT where the run's own font was a TCVN3/VNI font; absent: keep the run's font. */
  font?: string;
}

/**
 * Decodes each run with `legacy.encoding` (capitals per the run's own font, else `legacy.font`,
 * the cell's; `unicode`: each run's text kept as it is) and gives runs in a TCVN3/VNI font
 * Times New Roman. Returns one repaired run per
 * input run, in order, or undefined (refuse: writing would not give the text the check verified)
 * when there are no runs or the runs decoded one by one do not make `expected` (compared in NFC):
 * a VNI tone mark cut from its vowel by a run boundary decodes differently alone.
 */
export function repairLegacyRuns(
  runs: readonly LegacyRun[],
  legacy: { encoding: LegacyEncoding | 'unicode'; font?: string },
  expected: string,
): RepairedRun[] | undefined {
  if (runs.length === 0) return undefined;
  let joined = '';
  const out: RepairedRun[] = [];
  for (const run of runs) {
    const font = run.font ?? legacy.font;
    const text = run.text === '' || legacy.encoding === 'unicode' ? run.text : decodeLegacyText(run.text, legacy.encoding, font);
    joined += text;
    const repaired: RepairedRun = { text };
    if (run.font !== undefined && legacyFontEncoding(run.font)) repaired.font = UNICODE_FONT;
    out.push(repaired);
  }
  return joined.normalize('NFC') === expected.normalize('NFC') ? out : undefined;
}
