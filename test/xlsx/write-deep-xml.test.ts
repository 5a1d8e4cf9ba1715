/**
 * A sheet whose extLst holds 100,000 nested elements (a 17 KB file; reviewer r8): the writer's
 * walk looked up namespaces and the sheetViews ancestor through the whole stack for every
 * element, so `fix` took 53 s on it, and hours at a million. Each element now costs one lookup.
 */
import { readFileSync } from 'fs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { openPackage } from '../../src/xlsx/package';
import { fixPackage } from '../../src/xlsx/write';
import { decodeXml } from '../../src/xlsx/xml';
import { inflateEntry } from '../../src/xlsx/zip';
import { fixture } from '../cli/helpers';

const BASE = new Uint8Array(readFileSync(fixture('cases/delete-row-references.xlsx')));
const part = (bytes: Uint8Array, name: string) => decodeXml(inflateEntry(openPackage(bytes).zip.get(name)!));

it.each([
  ['in an extension', (n: number) => `<extLst><ext uri="{00000000-0000-0000-0000-000000000000}">${'<a>'.repeat(n)}${'</a>'.repeat(n)}</ext></extLst>`],
])('100,000 nested elements %s: the row deletion is written, the nesting kept', (_where, nest) => {
  const files = unzipSync(BASE);
  const deep = nest(100000);
  files['xl/worksheets/sheet1.xml'] = strToU8(part(BASE, 'xl/worksheets/sheet1.xml').replace('</worksheet>', `${deep}</worksheet>`));
  const out = fixPackage(zipSync(files), [{ sheet: 'Phụ lục', fixes: [{ id: 1, edits: [{ kind: 'delete-row', row: 9 }] }] }]);
  expect(out.refused).toEqual([]);
  expect(out.applied).toEqual([1]);
  const sheet = part(out.bytes, 'xl/worksheets/sheet1.xml');
  expect(sheet).toContain(deep);
  expect(sheet).toContain('<dimension ref="A1:G12"/>');
});
