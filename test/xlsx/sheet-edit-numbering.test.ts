/**
 * A sheet whose rows or cells leave out their r= is refused whole (sheet-edit.ts UNNUMBERED),
 * wherever r= stands among the attributes; a sheet that numbers every row and cell is edited.
 */
import { editSheet } from '../../src/xlsx/sheet-edit';
import type { SheetEditInput } from '../../src/xlsx/sheet-edit';
import { RowDeletion } from '../../src/xlsx/row-deletion';

const sheet = (rows: string) => `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;

const input = (): SheetEditInput => {
  const del = new RowDeletion([1]);
  return { name: 'S', deletionOf: (s) => (s === 'S' ? del : undefined), anyDeletion: true, writes: [], strings: { add: () => undefined } };
};

const refused = (rows: string) => editSheet(sheet(rows), input()).refusals.some((r) => 'deletionOf' in r && /thuộc tính r/.test(r.reason));

describe('rows and cells without r=', () => {
  it.each([
    ['a row without r', '<row><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row>'],
    ['a self-closing row without r', '<row r="1"><c r="A1"><v>1</v></c></row><row spans="1:2"/>'],
    ['a cell without r', '<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c><v>2</v></c></row>'],
    ['a cell with only other attributes', '<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c s="3" t="n"><v>2</v></c></row>'],
    ['a cell whose value mentions r=', '<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c s="1"><v>r=2</v></c></row>'],
    ['an attribute ending in r', '<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c xr="B2"><v>2</v></c></row>'],
  ])('%s: refused whole', (_what, rows) => {
    expect(refused(rows)).toBe(true);
  });

  it.each([
    ['r first', '<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row>'],
    ['r last', '<row spans="1:1" r="1"><c s="1" t="n" r="A1"><v>1</v></c></row><row spans="1:1" r="2"><c s="1" r="A2"/></row>'],
    ['r after a tab and spaces around =', '<row\tr = "1"><c\nr="A1"><v>1</v></c></row><row r="2"><c s="2"  r="A2"><v>2</v></c></row>'],
    ['cells named like c in another element', '<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><is><t>&lt;c&gt;</t></is></c></row>'],
  ])('%s: edited', (_what, rows) => {
    expect(refused(rows)).toBe(false);
    expect(editSheet(sheet(rows), input()).changed).toBe(true);
  });
});
