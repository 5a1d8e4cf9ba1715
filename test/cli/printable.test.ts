/**
 * How text from a workbook reaches a terminal: printable() for one-line things (file and sheet
 * names, system reasons), printableText() for messages, labels and suggestions that may quote a
 * cell's value, the one helper `check` and `fix` both print values with.
 */
import { printable, printableText } from '../../src/cli/printable';

describe('printableText: line breaks in a value continue, indented; control characters escaped', () => {
  it.each<[string, string, number, string]>([
    ['a line break (Alt+Enter)', 'Quý I\nQuý II', 4, 'Quý I\n    Quý II'],
    ['CR LF is one break (Word paste, _x000D_)', 'Thanh tra Sở\r\nPhòng Pháp chế', 2, 'Thanh tra Sở\n  Phòng Pháp chế'],
    ['two breaks: an empty line kept', 'a\n\nb', 1, 'a\n \n b'],
    ['no break: unchanged', 'Tháng 06/2024', 8, 'Tháng 06/2024'],
    ['empty', '', 3, ''],
    ['a negative indent is none', 'a\nb', -3, 'a\nb'],
  ])('%s', (_what, text, indent, out) => {
    expect(printableText(text, indent)).toBe(out);
  });

  it.each<[string, string, string]>([
    ['a lone CR would overwrite the line', 'a\rb', 'a\\x0db'],
    ['ESC starts a terminal sequence', '\x1b[31mđỏ', '\\x1b[31mđỏ'],
    ['a tab', 'a\tb', 'a\\x09b'],
    ['DEL and a C1 control', 'a\x7fb\x9bc', 'a\\x7fb\\x9bc'],
    ['a right-to-left override', 'x\u202ey', 'x\\u202ey'],
    ['escaped on every line', 'a\x1b\nb\x07', 'a\\x1b\n  b\\x07'],
  ])('%s', (_what, text, out) => {
    expect(printableText(text, 2)).toBe(out);
  });
});

describe('printable: one line, every control character escaped', () => {
  it.each<[string, string, string]>([
    ['a file name with a line break', 'a\nb.xlsx', 'a\\x0ab.xlsx'],
    ['CR LF', 'a\r\nb', 'a\\x0d\\x0ab'],
    ['ESC', '\x1b]0;title\x07', '\\x1b]0;title\\x07'],
    ['Vietnamese letters untouched', 'Phụ lục – Đề xuất', 'Phụ lục – Đề xuất'],
  ])('%s', (_what, text, out) => {
    expect(printable(text)).toBe(out);
  });
});
