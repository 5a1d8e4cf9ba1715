/**
 * Legacy text in rich cells (a bold word inside a .VnTime cell): `fix` keeps each run's
 * formatting, decoding run by run and renaming a legacy run font; what it cannot keep it refuses.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { fixWorkbook } from '../../src/xlsx/fix-workbook';
import { readWorkbook } from '../../src/xlsx/read';
import { rebuildLegacyRuns } from '../../src/xlsx/sheet-edit';
import { encodeTCVN3 as T, encodeVNI as V } from '../helpers/legacy';

const run = (text: string, pr = '') => `<r>${pr ? `<rPr>${pr}</rPr>` : ''}<t xml:space="preserve">${text}</t></r>`;
const B = '<b/><sz val="13"/><rFont val=".VnTime"/>';
const N = '<sz val="13"/><rFont val=".VnTime"/>';

describe('rebuildLegacyRuns', () => {
  test('TCVN3: each run decoded, bold kept, .VnTime renamed', () => {
    const out = rebuildLegacyRuns(run(T('Ban hành'), B) + run(T(' kế hoạch'), N), { encoding: 'TCVN3', font: '.VnTime' }, 'Ban hành kế hoạch');
    expect(out).toBe(
      '<r><rPr><b/><sz val="13"/><rFont val="Times New Roman"/></rPr><t>Ban hành</t></r>' +
        '<r><rPr><sz val="13"/><rFont val="Times New Roman"/></rPr><t xml:space="preserve"> kế hoạch</t></r>',
    );
  });

  test('a run in .VnTimeH is upper-cased, a run in Arial keeps its font', () => {
    const out = rebuildLegacyRuns(run(T('sở'), '<rFont val=".VnTimeH"/>') + run(T(' nội vụ'), '<i/><rFont val="Arial"/>'), { encoding: 'TCVN3' }, 'SỞ nội vụ');
    expect(out).toContain('<t>SỞ</t>');
    expect(out).toContain('<i/><rFont val="Arial"/>');
  });

  test('runs without rPr take the cell font; entities are read and written back', () => {
    const out = rebuildLegacyRuns(run(`${T('Văn phòng')} &amp; `) + run(T('Sở'), '<b/>'), { encoding: 'TCVN3', font: '.VnTime' }, 'Văn phòng & Sở');
    expect(out).toBe('<r><t xml:space="preserve">Văn phòng &amp; </t></r><r><rPr><b/></rPr><t>Sở</t></r>');
  });

  test('VNI split between a vowel and its mark byte: the runs do not make the text, refused', () => {
    const stored = V('Văn'); // "Vaên": the mark byte after the a
    expect(rebuildLegacyRuns(run(stored.slice(0, 2), B) + run(stored.slice(2), N), { encoding: 'VNI', font: 'VNI-Times' }, 'Văn')).toBeUndefined();
  });

  test('VNI whole syllables per run: decoded', () => {
    const out = rebuildLegacyRuns(run(V('Văn'), '<b/><rFont val="VNI-Times"/>') + run(V(' phòng'), '<rFont val="VNI-Times"/>'), { encoding: 'VNI' }, 'Văn phòng');
    expect(out).toBe('<r><rPr><b/><rFont val="Times New Roman"/></rPr><t>Văn</t></r><r><rPr><rFont val="Times New Roman"/></rPr><t xml:space="preserve"> phòng</t></r>');
  });

  test('a text other than the verified one, no runs, or a run without text: refused', () => {
    expect(rebuildLegacyRuns(run(T('Sở'), B), { encoding: 'TCVN3' }, 'Sở Nội vụ')).toBeUndefined();
    expect(rebuildLegacyRuns(`<t>${T('Sở')}</t>`, { encoding: 'TCVN3' }, 'Sở')).toBeUndefined();
    expect(rebuildLegacyRuns('<r><rPr><b/></rPr></r>', { encoding: 'TCVN3' }, '')).toBeUndefined();
  });
});

test('fix on an openpyxl workbook with a bold word in a .VnTime cell keeps the bold run', () => {
  const bytes = new Uint8Array(readFileSync(path.join(__dirname, '..', 'fixtures', 'legacy', 'rich-tcvn3.xlsx')));
  const done = fixWorkbook(readWorkbook(bytes));
  const again = readWorkbook(done.outcome.bytes);
  expect(again.grids[0]!.rows[6]![1]!.value).toBe('Ban hành kế hoạch năm 2026');
  const files = unzipSync(done.outcome.bytes);
  const sst = strFromU8(files['xl/sharedStrings.xml']!);
  expect(sst).toContain(
    '<si><r><rPr><b/><sz val="13"/><color theme="1"/><rFont val="Times New Roman"/><family val="2"/></rPr><t>Ban hành</t></r>' +
      '<r><rPr><sz val="13"/><color theme="1"/><rFont val="Times New Roman"/><family val="2"/></rPr><t xml:space="preserve"> kế hoạch năm 2026</t></r></si>',
  );
});
