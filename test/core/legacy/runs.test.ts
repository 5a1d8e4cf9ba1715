/**
 * repairLegacyRuns: the one rule for legacy text in rich cells (the .xlsx writer's runs, Office.js
 * textRuns). Each run decoded alone; a run in a legacy font gets Times New Roman; the runs must
 * make exactly the text the check verified, or nothing is repaired.
 */
import { repairLegacyRuns, type LegacyRun } from '../../../src/core/legacy';
import { encodeTCVN3 as T, encodeVNI as V } from '../../helpers/legacy';

type Legacy = { encoding: 'TCVN3' | 'VNI'; font?: string };

const good: Array<[string, LegacyRun[], Legacy, string]> = [
  ['TCVN3 runs in .VnTime', [{ text: T('Ban hành'), font: '.VnTime' }, { text: T(' kế hoạch'), font: '.VnTime' }], { encoding: 'TCVN3', font: '.VnTime' }, 'Ban hành kế hoạch'],
  ['a .VnTimeH run is capitals, an Arial run keeps Arial', [{ text: T('sở'), font: '.VnTimeH' }, { text: T(' nội vụ'), font: 'Arial' }], { encoding: 'TCVN3' }, 'SỞ nội vụ'],
  ['runs without a font take the cell font', [{ text: T('Văn phòng ') }, { text: T('Sở') }], { encoding: 'TCVN3', font: '.VnTime' }, 'Văn phòng Sở'],
  ['VNI whole syllables per run', [{ text: V('Văn'), font: 'VNI-Times' }, { text: V(' phòng'), font: 'VNI-Times' }], { encoding: 'VNI' }, 'Văn phòng'],
  ['an empty run stays empty', [{ text: T('Sở'), font: '.VnTime' }, { text: '', font: '.VnTime' }], { encoding: 'TCVN3' }, 'Sở'],
];

describe.each(good)('%s', (_name, runs, legacy, expected) => {
  const out = repairLegacyRuns(runs, legacy, expected);
  it('gives one run per run, joining to the verified text', () => {
    expect(out).toBeDefined();
    expect(out!.length).toBe(runs.length);
    expect(out!.map((r) => r.text).join('').normalize('NFC')).toBe(expected.normalize('NFC'));
  });
  it('renames legacy run fonts only', () => {
    out!.forEach((r, i) => {
      const own = runs[i]!.font;
      const legacyFont = own !== undefined && /^(\.vn|vni[-\s])/i.test(own);
      expect({ run: i, font: r.font }).toEqual({ run: i, font: legacyFont ? 'Times New Roman' : undefined });
    });
  });
});

const stored = V('Văn'); // "Vaên": the tone mark byte follows its vowel
const bad: Array<[string, LegacyRun[], Legacy, string]> = [
  ['no runs', [], { encoding: 'TCVN3' }, ''],
  ['a VNI mark cut from its vowel by a run boundary', [{ text: stored.slice(0, 2), font: 'VNI-Times' }, { text: stored.slice(2), font: 'VNI-Times' }], { encoding: 'VNI' }, 'Văn'],
  ['runs that make another text than the verified one', [{ text: T('Sở'), font: '.VnTime' }], { encoding: 'TCVN3' }, 'Sở Nội vụ'],
  ['the wrong encoding for the runs', [{ text: T('Văn phòng'), font: '.VnTime' }], { encoding: 'VNI' }, 'Văn phòng'],
];

test.each(bad)('refused: %s', (_name, runs, legacy, expected) => {
  expect(repairLegacyRuns(runs, legacy, expected)).toBeUndefined();
});
