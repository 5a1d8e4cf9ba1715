/**
 * The parts of a cell that spells an amount: "(Bằng chữ: " + "Hai mươi triệu đồng" + " chẵn)".
 * Keeping prefix and suffix lets a repair change the words and nothing of the clerk's layout.
 */
export interface WordsCell {
  /** The label and opening bracket as written, e.g. "(Bằng chữ: ", "Số tiền bằng chữ: ", or "". */
  prefix: string;
  /** The words themselves, usually ending in "đồng". */
  body: string;
  /** What follows the words: " chẵn)", ")./.", "." or "". */
  suffix: string;
}

/** The words line a repair writes under a budget's total: "(Bằng chữ: Hai mươi triệu đồng)". */
export function wordsCellText(words: string): string {
  return `(Bằng chữ: ${words})`;
}

const LABEL = /^\s*\(?\s*(?:số\s+tiền\s+)?(?:viết\s+)?bằng\s+chữ\s*[:：]?\s*/iu;
const TAIL = /(?:\s*chẵn|\s*chẳn)?[\s.)/;]*$/iu;

/** Splits a words cell (any Unicode normalisation; the parts come back NFC). */
export function splitWordsCell(text: string): WordsCell {
  const s = text.normalize('NFC');
  const label = LABEL.exec(s);
  const prefix = label ? label[0] : '';
  const rest = s.slice(prefix.length);
  const tail = TAIL.exec(rest);
  const suffix = tail ? tail[0] : '';
  return { prefix, body: rest.slice(0, rest.length - suffix.length), suffix };
}

/** True when the text carries a "bằng chữ" label: the words row of a budget table. */
export function hasWordsLabel(text: string): boolean {
  return LABEL.test(text.normalize('NFC'));
}
