/**
 * The SpreadsheetML package over its zip (ECMA-376 Part 2, Open Packaging Conventions):
 * content types, relationships, the workbook part and its sheets, shared strings and styles.
 * Parts are found by following relationships — `_rels/.rels` → officeDocument →
 * `xl/_rels/workbook.xml.rels` → each sheet's r:id — never by assuming part names, because
 * producers name them freely (`xl/worksheets/sheet.xml`, `xl/Sheet1.xml`, absolute targets).
 * Transitional and Strict OOXML (purl.oclc.org namespaces) are both read.
 *
 * Pure: bytes in, data out; runs in a browser.
 *
 * API
 *   openPackage(bytes, options?)   → XlsxPackage   (throws XlsxError)
 *   readSharedStrings(pkg)         → string[]      (plain and rich strings, phonetic runs left out, _xHHHH_ decoded)
 *   readStyles(pkg)                → Styles        (cellXfs → numFmtId → format code)
 *   builtinNumberFormat(id)        → format code of a built-in numFmtId (locale ids mapped to the shared ones)
 *   parseRelationships(xml, sourcePart), relsPartFor(part), resolveTarget(sourcePart, target)
 *   parseContentTypes(xml)         → ContentTypes
 *   parseBoolean(value)            → boolean | undefined (xsd:boolean and the spellings producers use)
 *   xsdBoolean(value)              → boolean | undefined (xsd:boolean only: date1904)
 */
import { DAMAGED, XlsxError, corrupt } from './errors';
import { classifyBrokenZip, sniff } from './sniff';
import { attr, childNamed, childrenNamed, decodeEscapes, parseXmlTree, refuseDoctype } from './xml';
import { DEFAULT_ZIP_LIMITS, inflateEntry, inflateEntryChunks, openZip } from './zip';
import type { ZipArchive, ZipEntry, ZipLimits } from './zip';
import { SaxesParser } from 'saxes';
import { builtinFormatCode } from '../core/grid/date';
import { XS } from './strings';

/** The namespaces of relationship attributes (r:id), Transitional and Strict. */
export const REL_NS = [
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  'http://purl.oclc.org/ooxml/officeDocument/relationships',
] as const;

/** SpreadsheetML's main namespace, Transitional and Strict. */
export const MAIN_NS = {
  transitional: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  strict: 'http://purl.oclc.org/ooxml/spreadsheetml/main',
} as const;

export interface Relationship {
  id: string;
  /** The full relationship type URI. */
  type: string;
  /** The last segment of the type ("worksheet", "officeDocument", "xlMacrosheet"...). */
  kind: string;
  /** Target as written. */
  target: string;
  /** TargetMode="External" (a URL or another file: no part in this package). */
  external: boolean;
  /** The target part's name in the zip (no leading "/"), for internal targets. */
  part?: string;
}

export interface ContentTypes {
  /** Default content types by lower-case extension. */
  defaults: ReadonlyMap<string, string>;
  /** Overrides by lower-case part name without the leading "/". */
  overrides: ReadonlyMap<string, string>;
  /** The content type of a part (override, else default by extension). */
  typeOf(part: string): string | undefined;
}

export type SheetKind = 'worksheet' | 'chartsheet' | 'dialogsheet' | 'macrosheet' | 'unknown';

export interface SheetInfo {
  /** The tab name. */
  name: string;
  sheetId: string;
  /** The r:id in workbook.xml. */
  rId: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  /** From the relationship type (content type as a fallback). */
  kind: SheetKind;
  /** The part in the zip; undefined when the relationship is missing. */
  part?: string;
  /** False when the relationship or the part itself is missing from the zip. */
  present: boolean;
}

export interface DefinedName {
  name: string;
  /** The formula text (a reference such as 'Phụ lục'!$A$1:$H$90). */
  formula: string;
  /** 0-based index into `sheets` for a sheet-local name. */
  localSheetId?: number;
  hidden: boolean;
}

export interface WorkbookInfo {
  /** The workbook part, e.g. "xl/workbook.xml". */
  part: string;
  /** True for Strict OOXML (purl.oclc.org namespaces). */
  strict: boolean;
  /** workbookPr/@date1904: serial dates count from 1904-01-01 (ECMA-376 Part 1, 18.2.28). */
  date1904: boolean;
  /** calcPr/@fullCalcOnLoad: Excel recalculates every formula on open, so cached values are not trusted. */
  fullCalcOnLoad: boolean;
  /**
   * calcPr as written (ECMA-376 Part 1, 18.2.2), absent when the workbook has none: `calcId`
   * (the engine that last calculated; Excel always writes it), `calcMode` ("auto", "manual",
   * "autoNoTable") and `calcOnSave` (default true). Evidence for src/xlsx/cached-values.ts.
   */
  calcPr?: { calcId?: string; calcMode?: string; calcOnSave?: boolean };
  sheets: SheetInfo[];
  definedNames: DefinedName[];
  /** The workbook part's relationships. */
  relationships: Relationship[];
  sharedStringsPart?: string;
  stylesPart?: string;
}

export interface XlsxPackage {
  zip: ZipArchive;
  contentTypes: ContentTypes;
  workbook: WorkbookInfo;
  /** Whether a part exists (OPC part names are ASCII case-insensitive). */
  has(part: string): boolean;
  /** A part's bytes (inflated, CRC checked), or undefined when absent. */
  part(part: string): Uint8Array | undefined;
  /** Streams a part's bytes; false when absent. */
  partChunks(part: string, onChunk: (chunk: Uint8Array) => void): boolean;
  /** The relationships of a part (its `_rels/*.rels`), empty when none. */
  relationshipsOf(part: string): Relationship[];
}

export interface PackageOptions {
  limits?: Partial<ZipLimits>;
  /** The file's extension (".xlsx", lower case), for messages only. */
  extension?: string;
}

/**
 * Opens an .xlsx (or .xlsm, .xltx) from its bytes: sniffs what the file is, opens the zip with
 * its limits checked before any inflation, and reads the workbook part. Throws XlsxError:
 * not-xlsx (no workbook in the package, another kind of file), encrypted, corrupt (broken zip,
 * unreadable XML, a workbook listing no sheet), too-large, unsupported.
 */
export function openPackage(bytes: Uint8Array, options: PackageOptions = {}): XlsxPackage {
  sniff(bytes, options.extension);
  let zip: ZipArchive;
  try {
    zip = openZip(bytes, { ...DEFAULT_ZIP_LIMITS, ...options.limits });
  } catch (e) {
    // A directory that cannot be read is told apart by what the bytes hold (cut-off download,
    // a .docx…); a damage the zip names (two parts of one name) keeps its own reason.
    if (e instanceof XlsxError && e.kind === 'corrupt' && e.reason === DAMAGED) throw classifyBrokenZip(bytes);
    throw e;
  }

  const entry = (name: string): ZipEntry | undefined => {
    const e = zip.get(name);
    return e && !e.isDirectory ? e : undefined;
  };
  const part = (name: string) => {
    const e = entry(name);
    return e ? inflateEntry(e) : undefined;
  };
  const relsCache = new Map<string, Relationship[]>();
  const relationshipsOf = (source: string): Relationship[] => {
    const key = source.toLowerCase();
    let rels = relsCache.get(key);
    if (!rels) {
      const relsPart = relsPartFor(source);
      const xml = part(relsPart);
      rels = xml ? parseRelationships(xml, source, relsPart) : [];
      relsCache.set(key, rels);
    }
    return rels;
  };

  const ctBytes = part('[Content_Types].xml');
  const contentTypes = ctBytes ? parseContentTypes(ctBytes) : parseContentTypes(new TextEncoder().encode('<Types/>'));

  // The workbook: the package's officeDocument relationship; else the content type Excel
  // gives it; else the usual name. A package with none of these is not a workbook.
  let workbookPart = relationshipsOf('').find((r) => r.kind === 'officeDocument' && !r.external && r.part && entry(r.part))?.part;
  if (!workbookPart) {
    for (const [name, type] of contentTypes.overrides) {
      if (/spreadsheetml\.(sheet|template)\.main\+xml$|ms-excel\.(sheet|template)\.macroEnabled\.main\+xml$/i.test(type) && entry(name)) {
        workbookPart = entry(name)?.name;
        break;
      }
    }
  }
  if (!workbookPart && entry('xl/workbook.xml')) workbookPart = entry('xl/workbook.xml')?.name;
  if (!workbookPart) throw notAWorkbook(zip);

  const workbook = readWorkbookPart(part(workbookPart) as Uint8Array, workbookPart, relationshipsOf(workbookPart), contentTypes, (n) => entry(n) !== undefined);

  return {
    zip,
    contentTypes,
    workbook,
    has: (n) => entry(n) !== undefined,
    part,
    partChunks: (n, onChunk) => {
      const e = entry(n);
      if (!e) return false;
      inflateEntryChunks(e, onChunk);
      return true;
    },
    relationshipsOf,
  };
}

function notAWorkbook(zip: ZipArchive): XlsxError {
  const names = zip.entries.map((e) => e.name);
  if (names.length === 0) return new XlsxError('not-xlsx', XS.emptyZip);
  if (names.some((n) => n.toLowerCase() === 'word/document.xml')) {
    return new XlsxError('not-xlsx', XS.isDocx);
  }
  if (names.some((n) => n.toLowerCase().startsWith('ppt/'))) {
    return new XlsxError('not-xlsx', XS.isPptx);
  }
  const mimetype = zip.get('mimetype');
  if (mimetype && new TextDecoder().decode(inflateEntry(mimetype)).includes('opendocument.spreadsheet')) {
    return new XlsxError('not-xlsx', XS.isOds);
  }
  return new XlsxError('not-xlsx', XS.zipNotXlsx);
}

/** "xl/workbook.xml" → "xl/_rels/workbook.xml.rels"; "" (the package) → "_rels/.rels". */
export function relsPartFor(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/**
 * Resolves a relationship target against its source part (OPC Part 2, 9.3): an absolute
 * target ("/xl/worksheets/sheet1.xml") is from the package root; a relative one from the
 * source part's folder; "." and ".." segments are folded and %-escapes decoded. Returns the
 * zip name without the leading "/".
 */
export function resolveTarget(sourcePart: string, target: string): string {
  let t = target.replace(/\\/g, '/');
  const hash = t.indexOf('#');
  if (hash >= 0) t = t.slice(0, hash);
  const base = t.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  const segs = [...base];
  for (const s of t.split('/')) {
    if (s === '' || s === '.') continue;
    if (s === '..') segs.pop();
    else segs.push(s);
  }
  const joined = segs.join('/');
  try {
    return decodeURIComponent(joined);
  } catch {
    return joined;
  }
}

/** Parses a .rels part. `sourcePart` is "" for the package's own `_rels/.rels`. */
export function parseRelationships(xml: Uint8Array | string, sourcePart: string, relsPart = relsPartFor(sourcePart)): Relationship[] {
  const root = parseXmlTree(xml, relsPart);
  const out: Relationship[] = [];
  for (const r of childrenNamed(root, 'Relationship')) {
    const id = attr(r, 'Id') ?? '';
    const type = attr(r, 'Type') ?? '';
    const target = attr(r, 'Target') ?? '';
    const external = (attr(r, 'TargetMode') ?? '').toLowerCase() === 'external';
    const rel: Relationship = { id, type, kind: type.slice(type.lastIndexOf('/') + 1), target, external };
    if (!external && target !== '') rel.part = resolveTarget(sourcePart, target);
    out.push(rel);
  }
  return out;
}

export function parseContentTypes(xml: Uint8Array | string): ContentTypes {
  const root = parseXmlTree(xml, '[Content_Types].xml');
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  for (const d of childrenNamed(root, 'Default')) {
    const ext = attr(d, 'Extension');
    const type = attr(d, 'ContentType');
    if (ext && type) defaults.set(ext.toLowerCase(), type);
  }
  for (const o of childrenNamed(root, 'Override')) {
    const name = attr(o, 'PartName');
    const type = attr(o, 'ContentType');
    if (name && type) overrides.set(resolveTarget('', name).toLowerCase(), type);
  }
  return {
    defaults,
    overrides,
    typeOf(part: string) {
      const key = part.replace(/^\//, '').toLowerCase();
      const o = overrides.get(key);
      if (o) return o;
      const dot = key.lastIndexOf('.');
      return dot >= 0 ? defaults.get(key.slice(dot + 1)) : undefined;
    },
  };
}

/**
 * An xsd:boolean exactly as XML Schema Part 2, 3.2.2 defines it (ECMA-376 uses xsd:boolean for
 * every boolean attribute): "true", "false", "1", "0", surrounding whitespace collapsed; case
 * matters. undefined for anything else ("on", "yes", "TRUE"), which Excel's schema does not accept.
 */
export function xsdBoolean(v: string): boolean | undefined {
  switch (v.trim()) {
    case '1':
    case 'true':
      return true;
    case '0':
    case 'false':
      return false;
    default:
      return undefined;
  }
}

function printableValue(s: string): string {
  // eslint-disable-next-line no-control-regex
  const t = s.replace(/[\x00-\x1f\x7f-\x9f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  return t.length > 20 ? `${t.slice(0, 20)}…` : t;
}

/**
 * An xsd:double as a number (W3C XML Schema 1.0 Part 2, 3.2.5: digits with an optional point,
 * sign and exponent; surrounding whitespace collapsed). NaN for anything else, so "0x10",
 * "0b1", "1,5" or "" are not read as numbers the way JavaScript's Number() would read them.
 */
export function parseXsdDouble(v: string): number {
  return /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?\s*$/.test(v) ? Number(v) : NaN;
}

/** An xsd:unsignedInt (digits, an optional "+", whitespace collapsed) as a number; NaN for anything else ("0x12", "1e1", "-1"). */
export function parseXsdUnsignedInt(v: string): number {
  return /^\s*\+?\d+\s*$/.test(v) ? Number(v) : NaN;
}

/**
 * An xsd:boolean attribute ("1", "0", "true", "false") and the spellings some producers write
 * instead ("on", "off", "yes", "no", any case). undefined for anything else.
 */
export function parseBoolean(v: string | undefined): boolean | undefined {
  if (v === undefined) return undefined;
  switch (v.trim().toLowerCase()) {
    case '1':
    case 'true':
    case 'on':
    case 'yes':
      return true;
    case '0':
    case 'false':
    case 'off':
    case 'no':
      return false;
    default:
      return undefined;
  }
}

const SHEET_KINDS: Record<string, SheetKind> = {
  worksheet: 'worksheet',
  chartsheet: 'chartsheet',
  dialogsheet: 'dialogsheet',
  xlmacrosheet: 'macrosheet',
  xlintlmacrosheet: 'macrosheet',
};

function kindFromContentType(type: string | undefined): SheetKind {
  if (!type) return 'unknown';
  if (/\.worksheet\+xml$/i.test(type)) return 'worksheet';
  if (/\.chartsheet\+xml$/i.test(type)) return 'chartsheet';
  if (/\.dialogsheet\+xml$/i.test(type)) return 'dialogsheet';
  if (/macrosheet\+xml$/i.test(type)) return 'macrosheet';
  return 'unknown';
}

function readWorkbookPart(
  xml: Uint8Array,
  part: string,
  rels: Relationship[],
  contentTypes: ContentTypes,
  exists: (part: string) => boolean,
): WorkbookInfo {
  const root = parseXmlTree(xml, part);
  if (root.local !== 'workbook') throw corrupt(XS.partNotWorkbook(part));
  const strict = root.uri === MAIN_NS.strict;
  const relById = new Map(rels.map((r) => [r.id, r]));

  const pr = childNamed(root, 'workbookPr');
  // The date system decides every date of the workbook: an invalid spelling is not guessed
  // (a wrong guess moves every date by 1,462 days), it is refused as Excel's schema refuses it.
  const date1904Text = pr && attr(pr, 'date1904');
  const date1904 = date1904Text === undefined ? false : xsdBoolean(date1904Text);
  if (date1904 === undefined) {
    throw corrupt(
      XS.badDate1904(printableValue(date1904Text as string)),
    );
  }
  const calc = childNamed(root, 'calcPr');
  const fullCalcOnLoad = (calc && parseBoolean(attr(calc, 'fullCalcOnLoad'))) ?? false;
  let calcPr: WorkbookInfo['calcPr'];
  if (calc) {
    calcPr = {};
    const calcId = attr(calc, 'calcId');
    if (calcId !== undefined) calcPr.calcId = calcId;
    const calcMode = attr(calc, 'calcMode');
    if (calcMode !== undefined) calcPr.calcMode = calcMode;
    const calcOnSave = parseBoolean(attr(calc, 'calcOnSave'));
    if (calcOnSave !== undefined) calcPr.calcOnSave = calcOnSave;
  }

  const sheets: SheetInfo[] = [];
  const sheetsEl = childNamed(root, 'sheets');
  for (const s of sheetsEl ? childrenNamed(sheetsEl, 'sheet') : []) {
    const rId = attr(s, 'id', REL_NS) ?? '';
    const rel = relById.get(rId);
    const state = attr(s, 'state');
    const info: SheetInfo = {
      name: attr(s, 'name') ?? '',
      sheetId: attr(s, 'sheetId') ?? '',
      rId,
      state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
      kind: 'unknown',
      present: false,
    };
    if (rel && !rel.external && rel.part) {
      info.part = rel.part;
      info.present = exists(rel.part);
      info.kind = SHEET_KINDS[rel.kind.toLowerCase()] ?? kindFromContentType(contentTypes.typeOf(rel.part));
    }
    sheets.push(info);
  }

  const definedNames: DefinedName[] = [];
  const namesEl = childNamed(root, 'definedNames');
  for (const d of namesEl ? childrenNamed(namesEl, 'definedName') : []) {
    const n: DefinedName = { name: attr(d, 'name') ?? '', formula: d.text, hidden: parseBoolean(attr(d, 'hidden')) ?? false };
    const local = attr(d, 'localSheetId');
    if (local !== undefined && /^\d+$/.test(local)) n.localSheetId = Number(local);
    definedNames.push(n);
  }

  const info: WorkbookInfo = { part, strict, date1904, fullCalcOnLoad, sheets, definedNames, relationships: rels };
  if (calcPr) info.calcPr = calcPr;
  const sst = rels.find((r) => r.kind === 'sharedStrings' && r.part);
  if (sst?.part) info.sharedStringsPart = sst.part;
  const styles = rels.find((r) => r.kind === 'styles' && r.part);
  if (styles?.part) info.stylesPart = styles.part;
  return info;
}

/**
 * The shared-string table (`xl/sharedStrings.xml` or wherever the workbook's relationship
 * points): each `<si>` as the text Excel shows — a plain `<t>`, or the `<t>` of every rich run
 * `<r>` concatenated; phonetic runs (`<rPh>`) are not part of the text; `_xHHHH_` decoded.
 * Streams the part (tables of 100,000 strings are common). Returns undefined when the
 * workbook has no shared-string part (or the part is absent from the zip). `rich`, when given,
 * receives the index of every `<si>` made of runs (rich text: ECMA-376 Part 1, 18.4.4 `r`).
 */
export function readSharedStrings(pkg: XlsxPackage, rich?: Set<number>): string[] | undefined {
  const partName = pkg.workbook.sharedStringsPart;
  if (!partName || !pkg.has(partName)) return undefined;
  const out: string[] = [];
  const parser = new SaxesParser({ position: false });
  let inSi = false;
  let inT = false;
  let phonetic = 0;
  let text = '';
  parser.on('opentag', (tag) => {
    const name = localName(tag.name);
    if (name === 'si') {
      inSi = true;
      text = '';
    } else if (name === 'rPh') phonetic++;
    else if (name === 'r' && inSi && phonetic === 0) rich?.add(out.length);
    else if (name === 't' && inSi && phonetic === 0) inT = true;
  });
  parser.on('text', (t) => {
    if (inT) text += t;
  });
  parser.on('cdata', (t) => {
    if (inT) text += t;
  });
  parser.on('closetag', (tag) => {
    const name = localName(tag.name);
    if (name === 't') inT = false;
    else if (name === 'rPh') phonetic--;
    else if (name === 'si') {
      out.push(decodeEscapes(text));
      inSi = false;
    }
  });
  streamXml(pkg, partName, parser);
  return out;
}

/** The local part of a qualified name ("x:row" → "row"). */
export function localName(qname: string): string {
  const i = qname.indexOf(':');
  return i < 0 ? qname : qname.slice(i + 1);
}

/**
 * Feeds a part to a saxes parser chunk by chunk (UTF-8 decoded in streaming mode), so a large
 * part is never one string. Throws XlsxError 'corrupt' naming the part when it is not XML.
 */
export function streamXml(pkg: XlsxPackage, partName: string, parser: SaxesParser): void {
  const decoder = new TextDecoder('utf-8');
  refuseDoctype(parser, partName);
  let first = true;
  let utf16: TextDecoder | undefined;
  try {
    pkg.partChunks(partName, (chunk) => {
      if (first) {
        first = false;
        if (chunk.length >= 2 && ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff))) {
          utf16 = new TextDecoder(chunk[0] === 0xff ? 'utf-16le' : 'utf-16be');
        }
      }
      parser.write((utf16 ?? decoder).decode(chunk, { stream: true }));
    });
    parser.write((utf16 ?? decoder).decode());
    parser.close();
  } catch (e) {
    if (e instanceof XlsxError) throw e;
    throw corrupt(XS.partNotXml(partName));
  }
}

/**
 * Built-in ids that have no code shared by every locale (ECMA-376 Part 1, 18.8.30): currency
 * 5–8 and the East Asian and Thai formats 23–36, 50–81, mapped to the shared id they stand for
 * (as SheetJS's SSF does), so that a date stays a date and a number a number.
 */
const BUILTIN_ALIASES: Readonly<Record<number, number>> = Object.freeze({
  5: 37, 6: 38, 7: 39, 8: 40,
  23: 0, 24: 0, 25: 0, 26: 0,
  27: 14, 28: 14, 29: 14, 30: 14, 31: 14, 32: 21, 33: 21, 34: 21, 35: 21, 36: 14,
  50: 14, 51: 14, 52: 14, 53: 14, 54: 14, 55: 14, 56: 14, 57: 14, 58: 14,
  59: 1, 60: 2, 61: 3, 62: 4, 67: 9, 68: 10, 69: 12, 70: 13,
  71: 14, 72: 14, 73: 15, 74: 16, 75: 17, 76: 20, 77: 21, 78: 22, 79: 45, 80: 46, 81: 47,
});

/**
 * The format code of a built-in number format id: the codes shared by every locale come from
 * the core (src/core/grid/date.ts `builtinFormatCode`, Excel's own codes); locale-specific ids
 * map to their shared equivalent. undefined for an id that is not built in.
 */
export function builtinNumberFormat(id: number): string | undefined {
  return builtinFormatCode(id) ?? (BUILTIN_ALIASES[id] !== undefined ? builtinFormatCode(BUILTIN_ALIASES[id] as number) : undefined);
}

export interface Styles {
  /** numFmtId of each cellXfs entry (a cell's s attribute indexes this). */
  readonly cellXfNumFmtIds: readonly number[];
  /** Custom formats (numFmts) by id. */
  readonly numFmts: ReadonlyMap<number, string>;
  /**
   * The number format code of a cell style index, or undefined for General (and for an index
   * or id that does not exist, which Excel shows as General).
   */
  numFmtOf(styleIndex: number): string | undefined;
  /** fontId of each cellXfs entry. */
  readonly cellXfFontIds: readonly number[];
  /** The `<name val>` of each `<font>` in `<fonts>`, by index (undefined when a font has none). */
  readonly fontNames: readonly (string | undefined)[];
  /**
   * The font name of a cell style index (cellXfs → fontId → fonts), or undefined when the
   * styles part does not say (ECMA-376 Part 1, §18.8.10 cellXfs, §18.8.22 font).
   */
  fontOf(styleIndex: number): string | undefined;
}

/** Reads the styles part's numFmts and cellXfs. A workbook without styles: everything General. */
export function readStyles(pkg: XlsxPackage): Styles {
  const partName = pkg.workbook.stylesPart;
  const xml = partName ? pkg.part(partName) : undefined;
  const numFmts = new Map<number, string>();
  const ids: number[] = [];
  const fontIds: number[] = [];
  const fontNames: (string | undefined)[] = [];
  if (xml && partName) {
    const root = parseXmlTree(xml, partName);
    const fmts = childNamed(root, 'numFmts');
    for (const f of fmts ? childrenNamed(fmts, 'numFmt') : []) {
      const id = Number(attr(f, 'numFmtId'));
      const code = attr(f, 'formatCode');
      if (Number.isInteger(id) && code !== undefined) numFmts.set(id, code);
    }
    const xfs = childNamed(root, 'cellXfs');
    for (const xf of xfs ? childrenNamed(xfs, 'xf') : []) {
      const id = Number(attr(xf, 'numFmtId') ?? '0');
      ids.push(Number.isInteger(id) ? id : 0);
      const fontId = Number(attr(xf, 'fontId') ?? '0');
      fontIds.push(Number.isInteger(fontId) ? fontId : 0);
    }
    const fonts = childNamed(root, 'fonts');
    for (const font of fonts ? childrenNamed(fonts, 'font') : []) {
      const name = childNamed(font, 'name');
      fontNames.push(name ? attr(name, 'val') : undefined);
    }
  }
  const cache = new Map<number, string | undefined>();
  return {
    cellXfNumFmtIds: ids,
    numFmts,
    cellXfFontIds: fontIds,
    fontNames,
    fontOf(styleIndex: number) {
      return fontNames[fontIds[styleIndex] ?? 0];
    },
    numFmtOf(styleIndex: number) {
      if (cache.has(styleIndex)) return cache.get(styleIndex);
      const id = ids[styleIndex] ?? 0;
      const code = numFmts.get(id) ?? builtinNumberFormat(id);
      const out = code === undefined || code.toLowerCase() === 'general' ? undefined : code;
      cache.set(styleIndex, out);
      return out;
    },
  };
}
