/**
 * New workbooks from sheet descriptions (SheetSpec): bytes out, no fs, runs in the browser too.
 * Used for what phuluc creates from nothing (a report, an issue list, a new appendix); editing an
 * existing workbook is the writer's job (src/xlsx). Zip by fflate; the XML parts are few and are
 * written here (ECMA-376 Part 1: element order in CT_Worksheet matters to Excel).
 */
import { strToU8, zipSync } from 'fflate';
import { columnLetter } from '../../core/grid';
import { estimateRowHeights } from './row-heights';
import type { CellSpec, FontSpec, MergeSpec, SheetSpec } from './spec';
import { isValidSheetName } from './spec';
import { StyleTable } from './styles';
import { quoteSheet, xmlText } from './xml';
import { CUSTOM_PROPERTIES_PART, CUSTOM_PROPERTIES_REL, CUSTOM_PROPERTIES_TYPE, customPropertiesXml } from '../custom-properties';

export { estimateRowHeights, wrappedLines } from './row-heights';
export type { CellSpec, CellStyleSpec, CellValueSpec, FontSpec, ListValidationSpec, MergeSpec, PageSpec, SheetSpec } from './spec';
export { isValidSheetName } from './spec';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const ref = (r: number, c: number) => `${columnLetter(c)}${r + 1}`;
const absRange = (m: MergeSpec) => `$${columnLetter(m.left)}$${m.top + 1}:$${columnLetter(m.right)}$${m.bottom + 1}`;
const range = (m: MergeSpec) => `${ref(m.top, m.left)}:${ref(m.bottom, m.right)}`;
const CM_PER_INCH = 2.54;

/** Thrown for a description Excel would refuse (a bad or repeated sheet name). */
export class SheetSpecError extends Error {}

export interface WorkbookOptions {
  /** Custom document properties (text), e.g. the mark phuluc puts on what it creates. */
  properties?: Readonly<Record<string, string>>;
}

/** A new .xlsx holding the given sheets, the first one active. */
export function createWorkbook(sheets: readonly SheetSpec[], options: WorkbookOptions = {}): Uint8Array {
  if (sheets.length === 0) throw new SheetSpecError('A workbook needs at least one sheet.');
  const names = new Set<string>();
  for (const s of sheets) {
    if (!isValidSheetName(s.name)) throw new SheetSpecError(`Invalid sheet name: ${JSON.stringify(s.name)}`);
    const key = s.name.toLowerCase();
    if (names.has(key)) throw new SheetSpecError(`Repeated sheet name: ${JSON.stringify(s.name)}`);
    names.add(key);
  }
  const workbookFont: FontSpec = { name: 'Calibri', size: 11, ...sheets[0]!.defaultFont };
  const styles = new StyleTable(workbookFont);
  const strings = new Map<string, number>();
  const sheetXml = sheets.map((s) => worksheet(s, styles, strings, workbookFont));

  const props = options.properties && Object.keys(options.properties).length > 0 ? options.properties : undefined;
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(contentTypes(sheets.length, props !== undefined)),
    '_rels/.rels': strToU8(
      `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
        (props ? `<Relationship Id="rId2" Type="${CUSTOM_PROPERTIES_REL}" Target="${CUSTOM_PROPERTIES_PART}"/>` : '') +
        '</Relationships>',
    ),
    'xl/workbook.xml': strToU8(workbook(sheets)),
    'xl/_rels/workbook.xml.rels': strToU8(workbookRels(sheets.length)),
    'xl/styles.xml': strToU8(styles.xml()),
    'xl/sharedStrings.xml': strToU8(sharedStrings(strings)),
  };
  sheetXml.forEach((xml, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(xml)));
  if (props) files[CUSTOM_PROPERTIES_PART] = strToU8(customPropertiesXml(props));
  return zipSync(files, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') });
}

function contentTypes(n: number, custom: boolean): string {
  let sheets = '';
  for (let i = 1; i <= n; i++) {
    sheets += `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`;
  }
  return (
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
    sheets +
    (custom ? `<Override PartName="/${CUSTOM_PROPERTIES_PART}" ContentType="${CUSTOM_PROPERTIES_TYPE}"/>` : '') +
    '</Types>'
  );
}

function workbook(sheets: readonly SheetSpec[]): string {
  let list = '';
  let defined = '';
  sheets.forEach((s, i) => {
    list += `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`;
    if (s.autoFilter) {
      defined += `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${xmlText(quoteSheet(s.name))}!${absRange(s.autoFilter)}</definedName>`;
    }
    if (s.printTitleRows) {
      defined += `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xmlText(quoteSheet(s.name))}!$${s.printTitleRows.first + 1}:$${s.printTitleRows.last + 1}</definedName>`;
    }
  });
  return (
    `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
    '<bookViews><workbookView activeTab="0"/></bookViews>' +
    `<sheets>${list}</sheets>` +
    (defined ? `<definedNames>${defined}</definedNames>` : '') +
    '<calcPr calcId="191029"/>' +
    '</workbook>'
  );
}

function workbookRels(n: number): string {
  let rels = '';
  for (let i = 1; i <= n; i++) {
    rels += `<Relationship Id="rId${i}" Type="${REL}/worksheet" Target="worksheets/sheet${i}.xml"/>`;
  }
  rels += `<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/>`;
  rels += `<Relationship Id="rId${n + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`;
  return `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`;
}

function sharedStrings(strings: Map<string, number>): string {
  let items = '';
  for (const s of strings.keys()) {
    const space = /^\s|\s$|\n/.test(s) ? ' xml:space="preserve"' : '';
    items += `<si><t${space}>${xmlText(s)}</t></si>`;
  }
  return `${HEAD}<sst xmlns="${MAIN}" count="${strings.size}" uniqueCount="${strings.size}">${items}</sst>`;
}

function worksheet(s: SheetSpec, styles: StyleTable, strings: Map<string, number>, workbookFont: FontSpec): string {
  const font = { ...workbookFont, ...s.defaultFont };
  let width = 0;
  for (const row of s.rows) width = Math.max(width, row.length);
  for (const m of s.merges ?? []) width = Math.max(width, m.right + 1);
  const height = Math.max(s.rows.length, ...(s.merges ?? []).map((m) => m.bottom + 1));

  // Cells inside a merge but not its top-left take the master's style, so borders print whole.
  const mergedStyle = new Map<string, CellSpec['style']>();
  for (const m of s.merges ?? []) {
    const style = s.rows[m.top]?.[m.left]?.style;
    if (!style) continue;
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) mergedStyle.set(`${r},${c}`, style);
  }

  // Wrapped rows get a height from their text (nothing autofits them in LibreOffice or on open).
  const estimated = estimateRowHeights(s, workbookFont);
  let data = '';
  const numbersAsText: string[] = [];
  for (let r = 0; r < height; r++) {
    const row = s.rows[r] ?? [];
    let cells = '';
    for (let c = 0; c < width; c++) {
      const cell = row[c];
      const style = cell?.style ?? mergedStyle.get(`${r},${c}`);
      const xf = styles.index(style, font);
      const v = cell?.value ?? null;
      const at = ref(r, c);
      if (v === null || v === '') {
        if (xf !== 0) cells += `<c r="${at}" s="${xf}"/>`;
      } else if (typeof v === 'number') {
        if (!Number.isFinite(v)) throw new SheetSpecError(`Not a finite number at ${at}`);
        cells += `<c r="${at}" s="${xf}"><v>${v}</v></c>`;
      } else if (typeof v === 'boolean') {
        cells += `<c r="${at}" s="${xf}" t="b"><v>${v ? 1 : 0}</v></c>`;
      } else {
        let i = strings.get(v);
        if (i === undefined) strings.set(v, (i = strings.size));
        cells += `<c r="${at}" s="${xf}" t="s"><v>${i}</v></c>`;
        if (cell?.numberAsText) numbersAsText.push(at);
      }
    }
    const ht = s.heights?.[r] ?? estimated[r];
    if (ht !== undefined && !(ht > 0 && ht <= 409)) throw new SheetSpecError(`Row height out of range at row ${r + 1}: ${ht}`);
    if (cells || ht !== undefined) data += `<row r="${r + 1}"${ht !== undefined ? ` ht="${ht}" customHeight="1"` : ''}>${cells}</row>`;
  }

  const fit = s.page?.fitToWidth ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '';
  const dim = width > 0 && height > 0 ? `<dimension ref="A1:${ref(height - 1, width - 1)}"/>` : '<dimension ref="A1"/>';
  let view = '<sheetView workbookViewId="0"';
  if (s.freeze && (s.freeze.rows > 0 || s.freeze.cols > 0)) {
    const { rows, cols } = s.freeze;
    const pane = rows > 0 && cols > 0 ? 'bottomRight' : rows > 0 ? 'bottomLeft' : 'topRight';
    const tl = ref(rows, cols);
    view +=
      '>' +
      `<pane${cols > 0 ? ` xSplit="${cols}"` : ''}${rows > 0 ? ` ySplit="${rows}"` : ''} topLeftCell="${tl}" activePane="${pane}" state="frozen"/>` +
      `<selection pane="${pane}" activeCell="${tl}" sqref="${tl}"/></sheetView>`;
  } else view += '/>';
  const cols = (s.widths ?? [])
    .map((w, i) => (w > 0 ? `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>` : ''))
    .join('');
  const merges = (s.merges ?? []).filter((m) => m.bottom > m.top || m.right > m.left);
  const validations = s.validations ?? [];
  const listFormula = (items: string[]) => `"${items.join(',').replace(/"/g, '""')}"`;
  for (const v of validations) {
    if (listFormula(v.items).length > 257) throw new SheetSpecError('A drop-down list longer than 255 characters needs a range.');
  }
  const m = s.page?.margins;
  const inches = (cm: number) => (cm / CM_PER_INCH).toFixed(3);

  return (
    `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    fit +
    dim +
    `<sheetViews>${view}</sheetViews>` +
    `<sheetFormatPr defaultRowHeight="${Math.round((font.size ?? 11) * 1.3 * 4) / 4}"/>` +
    (cols ? `<cols>${cols}</cols>` : '') +
    `<sheetData>${data}</sheetData>` +
    (s.autoFilter ? `<autoFilter ref="${range(s.autoFilter)}"/>` : '') +
    (merges.length ? `<mergeCells count="${merges.length}">${merges.map((x) => `<mergeCell ref="${range(x)}"/>`).join('')}</mergeCells>` : '') +
    (validations.length
      ? `<dataValidations count="${validations.length}">` +
        validations
          .map(
            (v) =>
              `<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="${ref(v.firstRow, v.col)}:${ref(v.lastRow, v.col)}">` +
              `<formula1>${xmlText(listFormula(v.items))}</formula1></dataValidation>`,
          )
          .join('') +
        '</dataValidations>'
      : '') +
    (s.page ? '<printOptions horizontalCentered="1"/>' : '') +
    (m
      ? `<pageMargins left="${inches(m.left)}" right="${inches(m.right)}" top="${inches(m.top)}" bottom="${inches(m.bottom)}" header="0.3" footer="0.3"/>`
      : '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>') +
    (s.page
      ? `<pageSetup paperSize="9" orientation="${s.page.orientation}"${s.page.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : ''}/>`
      : '') +
    (s.page?.pageNumbers ? '<headerFooter><oddFooter>&amp;CTrang &amp;P/&amp;N</oddFooter></headerFooter>' : '') +
    // After headerFooter, as CT_Worksheet orders it.
    (numbersAsText.length ? `<ignoredErrors><ignoredError sqref="${numbersAsText.join(' ')}" numberStoredAsText="1"/></ignoredErrors>` : '') +
    '</worksheet>'
  );
}
