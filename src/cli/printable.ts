/**
 * Text from outside (file names, sheet names, cell text quoted in messages) made safe to print
 * on a terminal: control characters (C0, DEL, C1 — ESC starts the sequences a terminal
 * executes) and the Unicode bidirectional overrides that reorder what is shown are written as
 * visible escapes (\x1b, \u202e).
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The same characters, for a test (not global: no lastIndex to carry between calls). */
const UNSAFE_ANY = new RegExp(UNSAFE.source);

function escape(c: string): string {
  const n = c.charCodeAt(0);
  return n <= 0xff ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16).padStart(4, '0')}`;
}

/** One line: every control character escaped, line breaks included (names, paths, reasons from the system). */
export function printable(text: string): string {
  return text.replace(UNSAFE, escape);
}

/**
 * Text for a page (the HTML report): as printable(), but tabs and line breaks are kept (a
 * message quoting a cell may hold Alt+Enter breaks; HTML shows them as spaces).
 */
export function printableKeepBreaks(text: string): string {
  return text.replace(UNSAFE, (c) => (c === '\t' || c === '\n' || c === '\r' ? c : escape(c)));
}

/**
 * A message, label or suggestion that may quote a cell's value, as every text report prints it
 * (`check`'s issues and suggestions, `fix`'s fixes, refusals and notes): a line break inside the
 * value (Alt+Enter in Excel; CR LF counts as one) starts a new line indented by `indent` spaces,
 * under the text's first character, so the report's columns hold; every other control character
 * is escaped as printable() does (a lone CR too: it would overwrite the line on a terminal).
 */
export function printableText(text: string, indent: number): string {
  // Most texts hold no control character at all (`fix` prints tens of thousands of labels): as they are.
  if (!UNSAFE_ANY.test(text)) return text;
  return text
    .split(/\r\n|\n/)
    .map((line) => printable(line))
    .join('\n' + ' '.repeat(Math.max(0, indent)));
}
