/**
 * Real .xlsx files for the reading benchmark, made once and kept in the OS temp folder:
 * a synthetic appendix of N rows written by exceljs's streaming writer (shared strings, as
 * Excel writes them), and a sheet whose appendix is followed by a million empty rows (styled
 * empty cells, as a sheet formatted down to the bottom carries).
 */
import { existsSync, renameSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { writeZip } from '../src/xlsx/zip';
import { synthesize } from './synthetic';

const cached = (name: string) => path.join(os.tmpdir(), `phuluc-bench-${name}.xlsx`);

/** Options of the files: a repeated header pasted at a page break near the top (so that `fix` deletes a row and every row below moves). */
export interface FileOptions {
  pageBreakHeader?: boolean;
}

/** The synthetic appendix, with a copy of its header after the fifth data row when asked. */
function appendix(rows: number, opts: FileOptions) {
  const syn = synthesize({ rows });
  if (opts.pageBreakHeader) {
    const header = syn.grid.rows[syn.headerRow - 1] ?? [];
    const rowsWith = [...syn.grid.rows];
    rowsWith.splice(syn.headerRow + 5, 0, header.map((c) => (c ? { ...c } : c)));
    const merges = syn.grid.merges.map((m) => (m.top >= syn.headerRow + 5 ? { ...m, top: m.top + 1, bottom: m.bottom + 1 } : m));
    return { ...syn, grid: { ...syn.grid, rows: rowsWith, merges } };
  }
  return syn;
}

/** An appendix of `rows` synthetic rows (bench/synthetic.ts) as an .xlsx; the path. */
export async function appendixFile(rows: number, opts: FileOptions = {}): Promise<string> {
  const file = cached(`appendix-${rows}${opts.pageBreakHeader ? '-break' : ''}`);
  if (existsSync(file)) return file;
  const syn = appendix(rows, opts);
  const tmp = `${file}.${process.pid}.tmp`;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useSharedStrings: true, useStyles: false });
  const ws = wb.addWorksheet(syn.grid.name);
  const mergeAt = new Map(syn.grid.merges.map((m) => [m.top, m]));
  syn.grid.rows.forEach((cells, r) => {
    const row = ws.addRow((cells ?? []).map((c) => (c ? c.value : null)));
    const m = mergeAt.get(r);
    if (m) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    row.commit();
  });
  ws.commit();
  await wb.commit();
  renameSync(tmp, file);
  return file;
}

const enc = new TextEncoder();

/**
 * A 200-row appendix followed by empty rows down to row `lastRow` (default 1,000,000), each
 * `<row … ht="15" customHeight="1">` with two styled empty cells; the path.
 */
export function emptyRowsFile(lastRow = 1_000_000, opts: FileOptions = {}): string {
  const file = cached(`empty-rows-${lastRow}${opts.pageBreakHeader ? '-break' : ''}`);
  if (existsSync(file)) return file;
  const syn = appendix(200, opts);
  const strings: string[] = [];
  const index = new Map<string, number>();
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const col = (c: number) => String.fromCharCode(65 + c);
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>',
  ];
  syn.grid.rows.forEach((cells, r) => {
    let xml = `<row r="${r + 1}">`;
    (cells ?? []).forEach((c, k) => {
      if (!c || c.value === null) return;
      if (typeof c.value === 'number') xml += `<c r="${col(k)}${r + 1}"><v>${c.value}</v></c>`;
      else {
        const s = String(c.value);
        let i = index.get(s);
        if (i === undefined) {
          i = strings.length;
          strings.push(s);
          index.set(s, i);
        }
        xml += `<c r="${col(k)}${r + 1}" t="s"><v>${i}</v></c>`;
      }
    });
    parts.push(xml + '</row>');
  });
  for (let r = syn.grid.rows.length + 1; r <= lastRow; r++) {
    parts.push(`<row r="${r}" spans="1:8" ht="15" customHeight="1"><c r="A${r}" s="1"/><c r="E${r}" s="1"/></row>`);
  }
  parts.push('</sheetData></worksheet>');
  const sheet = enc.encode(parts.join(''));
  const sst = enc.encode(
    `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('')}</sst>`,
  );
  const text = (name: string, s: string) => ({ name, data: enc.encode(s) });
  const zip = writeZip([
    text('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'),
    text('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
    text('xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${esc(syn.grid.name)}" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    text('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>'),
    text('xl/styles.xml', '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="0" applyBorder="1"/></cellXfs></styleSheet>'),
    { name: 'xl/sharedStrings.xml', data: sst },
    { name: 'xl/worksheets/sheet1.xml', data: sheet },
  ]);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, zip);
  renameSync(tmp, file);
  return file;
}
