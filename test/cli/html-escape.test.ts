/**
 * File names in the batch HTML report come from the disk: control characters (a name copied
 * with an ESC or U+0001 in it) are invalid in HTML and bidirectional overrides (U+202E) reorder
 * what the reviewer reads. The page shows them as the text report does (\x01, \u202e), and keeps
 * every ordinary name, Vietnamese, quotes and markup included, escaped but whole.
 */
import { renderHtml } from '../../src/cli/report/html';
import { renderMessage } from '../../src/core';

const page = (file: string): string =>
  renderHtml([{ file, sheets: [], summary: { errors: 0, warnings: 0, infos: 0 } }], [], renderMessage, { generatedAt: '' });

// eslint-disable-next-line no-control-regex
const RAW = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

const hostile: { name: string; file: string; shown: string }[] = [
  { name: 'U+0001 and ESC', file: 'a\u0001\u001bb.xlsx', shown: 'a\\x01\\x1bb.xlsx' },
  { name: 'a right-to-left override', file: 'bao-cao\u202excod.xlsx', shown: 'bao-cao\\u202excod.xlsx' },
  { name: 'DEL and a C1 control', file: 'x\u007f\u0085y.xlsx', shown: 'x\\x7f\\x85y.xlsx' },
  { name: 'a control character with markup', file: '<b>\u0007</b>.xlsx', shown: '&lt;b&gt;\\x07&lt;/b&gt;.xlsx' },
];
const ordinary: { name: string; file: string; shown: string }[] = [
  { name: 'Vietnamese', file: 'Kế hoạch Sở Y tế.xlsx', shown: 'Kế hoạch Sở Y tế.xlsx' },
  { name: 'quotes and an ampersand', file: `"Sở" KH&ĐT 'x'.xlsx`, shown: '&quot;Sở&quot; KH&amp;ĐT &#39;x&#39;.xlsx' },
  { name: 'markup', file: '<img src=x onerror=alert(1)>.xlsx', shown: '&lt;img src=x onerror=alert(1)&gt;.xlsx' },
];

test.each([...hostile, ...ordinary])('$name: shown as $shown, no raw control character', ({ file, shown }) => {
  const html = page(file);
  expect(html).toContain(shown);
  expect(html).not.toMatch(RAW);
});
