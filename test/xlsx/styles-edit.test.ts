/**
 * StylesEditor: a fix's font change adds (or reuses) one font and one xf and changes nothing
 * else in styles.xml; a styles part it cannot read is a refusal (undefined), never a guess.
 */
import { StylesEditor } from '../../src/xlsx/styles-edit';

const STYLES = (prefix = '') =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
  `<${prefix}styleSheet xmlns${prefix ? ':' + prefix.slice(0, -1) : ''}="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
  `<${prefix}fonts count="3">` +
  `<${prefix}font><${prefix}sz val="11"/><${prefix}name val="Calibri"/></${prefix}font>` +
  `<${prefix}font><${prefix}b/><${prefix}sz val="13"/><${prefix}name val=".VnTime"/></${prefix}font>` +
  `<${prefix}font><${prefix}sz val="13"/><${prefix}name val="Times New Roman"/></${prefix}font>` +
  `</${prefix}fonts>` +
  `<${prefix}cellXfs count="3">` +
  `<${prefix}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
  `<${prefix}xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1"><${prefix}alignment wrapText="1"/></${prefix}xf>` +
  `<${prefix}xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0"/>` +
  `</${prefix}cellXfs></${prefix}styleSheet>`;

test('a .VnTime style gets a copy with Times New Roman; size, bold, borders and alignment kept', () => {
  const ed = new StylesEditor(STYLES());
  expect(ed.restyle(1, 'Times New Roman')).toBe('3');
  // The same request again reuses what was added.
  expect(ed.restyle(1, 'Times New Roman')).toBe('3');
  const xml = ed.xml()!;
  expect(xml).toContain('<fonts count="4">');
  expect(xml).toContain('<font><b/><sz val="13"/><name val="Times New Roman"/></font></fonts>');
  expect(xml).toContain('<cellXfs count="4">');
  expect(xml).toContain('<xf numFmtId="0" fontId="3" fillId="0" borderId="1" xfId="0" applyFont="1"><alignment wrapText="1"/></xf></cellXfs>');
  // Everything that was there is still there, in place.
  const before = STYLES();
  for (const piece of before.split(/(?=<)/)) if (!/count=/.test(piece)) expect(xml).toContain(piece);
});

test('a style whose font already has the name is kept as it is; nothing is added', () => {
  const ed = new StylesEditor(STYLES());
  expect(ed.restyle(2, 'Times New Roman')).toBe('2');
  expect(ed.xml()).toBeUndefined();
});

test('an identical existing font is reused rather than added', () => {
  // A plain 13-point .VnTime font: with Times New Roman it is font 2, already there.
  const xml = STYLES()
    .replace('<fonts count="3">', '<fonts count="4">')
    .replace('</fonts>', '<font><sz val="13"/><name val=".VnTime"/></font></fonts>')
    .replace('<cellXfs count="3">', '<cellXfs count="4">')
    .replace('</cellXfs>', '<xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>');
  const ed = new StylesEditor(xml);
  expect(ed.restyle(3, 'Times New Roman')).toBe('4');
  const out = ed.xml()!;
  expect(out).toContain('<fonts count="4">');
  expect(out).toContain('<cellXfs count="5">');
  expect(out).toContain('<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>');
});

test('prefixed SpreadsheetML (x:) is edited with its prefix', () => {
  const ed = new StylesEditor(STYLES('x:'));
  expect(ed.restyle(1, 'Times New Roman')).toBe('3');
  const xml = ed.xml()!;
  expect(xml).toContain('<x:fonts count="4">');
  expect(xml).toContain('<x:font><x:b/><x:sz val="13"/><x:name val="Times New Roman"/></x:font></x:fonts>');
});

test('a font without a name element gets one', () => {
  const xml = STYLES().replace('<font><sz val="11"/><name val="Calibri"/></font>', '<font><sz val="11"/></font>');
  const ed = new StylesEditor(xml);
  expect(ed.restyle(0, 'Times New Roman')).toBe('3');
  expect(ed.xml()).toContain('<font><sz val="11"/><name val="Times New Roman"/></font></fonts>');
});

test.each([
  ['no cellXfs', STYLES().replace(/<cellXfs[\s\S]*<\/cellXfs>/, '')],
  ['no fonts', STYLES().replace(/<fonts[\s\S]*<\/fonts>/, '')],
  ['a comment inside fonts', STYLES().replace('<fonts count="3">', '<fonts count="3"><!-- x -->')],
])('refused (undefined) when the part has %s', (_what, xml) => {
  const ed = new StylesEditor(xml);
  expect(ed.restyle(1, 'Times New Roman')).toBeUndefined();
  expect(ed.xml()).toBeUndefined();
});

test('a style index out of range is refused', () => {
  const ed = new StylesEditor(STYLES());
  expect(ed.restyle(9, 'Times New Roman')).toBeUndefined();
});
