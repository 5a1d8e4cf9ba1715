/**
 * Text from outside (file names, sheet names, cell text quoted in messages) made safe to print
 * on a terminal: control characters (C0, DEL, C1 — ESC starts the sequences a terminal
 * executes) and the Unicode bidirectional overrides that reorder what is shown are written as
 * visible escapes (\x1b, \u202e). Line breaks are kept only where `keepNewlines` says so.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const UNSAFE_WITH_NL = /[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function escape(c: string): string {
  const n = c.charCodeAt(0);
  return n <= 0xff ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16).padStart(4, '0')}`;
}

export function printable(text: string, keepNewlines = false): string {
  return text.replace(keepNewlines ? UNSAFE : UNSAFE_WITH_NL, escape);
}
