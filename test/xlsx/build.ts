/**
 * Small .xlsx packages written from XML text, for tests of the reader: each test shows the XML
 * a producer writes next to what must be read from it. Zipped with fflate's own zipSync (not
 * our writer), so the reader is tested against an independent zip.
 */
import { strToU8, zipSync } from 'fflate';

export const NS = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  rel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  strictMain: 'http://purl.oclc.org/ooxml/spreadsheetml/main',
  strictRel: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
  pkgRel: 'http://schemas.openxmlformats.org/package/2006/relationships',
};

export interface SheetSpec {
  name: string;
  /** The worksheet part's content (whole XML), or just what goes inside <sheetData>. */
  xml?: string;
  data?: string;
  /** Extra worksheet content after sheetData (mergeCells...). */
  after?: string;
  /** Part name in the zip (default xl/worksheets/sheetN.xml). */
  part?: string;
  /** Target as written in workbook.xml.rels (default: relative to xl/). */
  target?: string;
  /** Relationship type's last segment (default worksheet). */
  kind?: string;
  state?: string;
  /** Leave the part out of the zip (a damaged package). */
  omit?: boolean;
}

export interface BookSpec {
  sheets: SheetSpec[];
  /** Shared strings, each the inside of an <si> (or plain text, escaped here). */
  strings?: string[];
  /** Raw <si> contents, not escaped. */
  rawStrings?: string[];
  /** Leave sharedStrings.xml out of the zip while the rels still point to it. */
  omitStrings?: boolean;
  /** workbookPr attributes, e.g. 'date1904="true"'. */
  workbookPr?: string;
  /**
   * calcPr attributes. Default `calcId="191029"`, as Excel writes it on every save (so cached
   * values are trusted, src/xlsx/cached-values.ts); null for none, as libraries write.
   */
  calcPr?: string | null;
  /** <numFmts> and <cellXfs> inner XML. */
  numFmts?: string;
  cellXfs?: string;
  strict?: boolean;
  /** Extra zip entries. */
  extra?: Record<string, string>;
}

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Builds the package. */
export function buildXlsx(spec: BookSpec): Uint8Array {
  const main = spec.strict ? NS.strictMain : NS.main;
  const rel = spec.strict ? NS.strictRel : NS.rel;
  const relType = (k: string) =>
    spec.strict ? `http://purl.oclc.org/ooxml/officeDocument/relationships/${k}` : k.startsWith('xl') ? `http://schemas.microsoft.com/office/2006/relationships/${k}` : `${NS.rel}/${k}`;
  const files: Record<string, Uint8Array> = {};
  const put = (name: string, text: string) => (files[name] = strToU8(text));

  const overrides: string[] = [];
  const wbRels: string[] = [];
  const sheets: string[] = [];
  spec.sheets.forEach((s, i) => {
    const part = s.part ?? `xl/worksheets/sheet${i + 1}.xml`;
    const target = s.target ?? part.replace(/^xl\//, '');
    const kind = s.kind ?? 'worksheet';
    wbRels.push(`<Relationship Id="rId${i + 1}" Type="${relType(kind)}" Target="${esc(target)}"/>`);
    sheets.push(`<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`);
    overrides.push(`<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.${kind}+xml"/>`);
    if (s.omit) return;
    const xml =
      s.xml ??
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${main}" xmlns:r="${rel}"><sheetData>${s.data ?? ''}</sheetData>${s.after ?? ''}</worksheet>`;
    put(part, xml);
  });
  const n = spec.sheets.length;
  const strings = spec.rawStrings ?? spec.strings?.map((t) => `<t xml:space="preserve">${esc(t)}</t>`);
  if (strings) {
    wbRels.push(`<Relationship Id="rId${n + 1}" Type="${relType('sharedStrings')}" Target="sharedStrings.xml"/>`);
    if (!spec.omitStrings) {
      put('xl/sharedStrings.xml', `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${main}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si>${s}</si>`).join('')}</sst>`);
    }
  }
  wbRels.push(`<Relationship Id="rId${n + 2}" Type="${relType('styles')}" Target="styles.xml"/>`);
  put(
    'xl/styles.xml',
    `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${main}">${spec.numFmts ? `<numFmts>${spec.numFmts}</numFmts>` : ''}<cellXfs>${spec.cellXfs ?? '<xf numFmtId="0"/>'}</cellXfs></styleSheet>`,
  );
  put(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${main}" xmlns:r="${rel}">${spec.workbookPr !== undefined ? `<workbookPr ${spec.workbookPr}/>` : ''}<sheets>${sheets.join('')}</sheets>${spec.calcPr === null ? '' : `<calcPr ${spec.calcPr ?? 'calcId="191029"'}/>`}</workbook>`,
  );
  put('xl/_rels/workbook.xml.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${NS.pkgRel}">${wbRels.join('')}</Relationships>`);
  put(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${NS.pkgRel}"><Relationship Id="rId1" Type="${relType('officeDocument')}" Target="xl/workbook.xml"/></Relationships>`,
  );
  put(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides.join('')}</Types>`,
  );
  for (const [k, v] of Object.entries(spec.extra ?? {})) put(k, v);
  return zipSync(files);
}

/** One worksheet's sheetData inner XML from rows of raw <c> XML. */
export const rowsXml = (rows: Array<[number | undefined, string]>) => rows.map(([r, cells]) => `<row${r === undefined ? '' : ` r="${r}"`}>${cells}</row>`).join('');
