/**
 * XML helpers over saxes for the package's small parts (content types, relationships, the
 * workbook, styles): a lightweight element tree with namespaces resolved, the decoding of part
 * bytes (UTF-8, or UTF-16 with a BOM), and the OOXML `_xHHHH_` escape.
 */
import { SaxesParser } from 'saxes';
import { XlsxError, corrupt } from './errors';
import { XS } from './strings';

export interface XmlElement {
  /** Local name ("sheet" for <x:sheet>). */
  readonly local: string;
  /** Namespace URI ("" when none). */
  readonly uri: string;
  /** Attributes by local name when they have no namespace, else by "{uri}local". */
  readonly attrs: ReadonlyMap<string, string>;
  readonly children: XmlElement[];
  /** Text directly inside the element (concatenated, CDATA included). */
  text: string;
}

const utf8 = new TextDecoder('utf-8');

/** A part's bytes as text: UTF-8 by default (BOM dropped), UTF-16 when it starts with a UTF-16 BOM. */
export function decodeXml(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return utf8.decode(bytes); // TextDecoder drops a UTF-8 BOM itself
}

/**
 * A part that declares a document type (`<!DOCTYPE …>`, with or without entity declarations).
 * ECMA-376 Part 2 (OPC), 8.1.4 [M1.18]: DTDs "enable Denial of Service attacks, typically
 * through the use of an internal entity expansion technique", so they "shall not be used" in
 * package XML and consumers "shall treat the presence of DTD declarations as an error". Excel
 * never writes one; a file that holds one was made or altered by something else (an entity
 * bomb, an external entity reading local files). Refused before any entity is read.
 */
export function doctypeRefusal(partName: string): XlsxError {
  return new XlsxError(
    'unsupported',
    XS.doctypeRefused(printable(partName)),
  );
}

/**
 * Makes `parser` refuse a DOCTYPE (doctypeRefusal) as soon as it meets one, before the root
 * element: saxes reports the declaration and would otherwise go on to fail on its entities.
 */
export function refuseDoctype(parser: SaxesParser, partName: string): void {
  parser.on('doctype', () => {
    throw doctypeRefusal(partName);
  });
}

function printable(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\x00-\x1f\x7f-\x9f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/**
 * Parses a whole (small) part into an element tree with namespaces resolved. Throws XlsxError
 * 'corrupt' naming the part when the XML is not well-formed.
 */
export function parseXmlTree(xml: Uint8Array | string, partName: string): XmlElement {
  const text = typeof xml === 'string' ? xml : decodeXml(xml);
  const parser = new SaxesParser({ xmlns: true, position: false });
  refuseDoctype(parser, partName);
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on('opentag', (tag) => {
    const attrs = new Map<string, string>();
    for (const a of Object.values(tag.attributes)) {
      if (a.prefix === 'xmlns' || a.name === 'xmlns') continue;
      attrs.set(a.uri ? `{${a.uri}}${a.local}` : a.local, a.value);
    }
    const el: XmlElement = { local: tag.local, uri: tag.uri, attrs, children: [], text: '' };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(el);
    else root ??= el;
    stack.push(el);
  });
  parser.on('text', (t) => {
    const top = stack[stack.length - 1];
    if (top) top.text += t;
  });
  parser.on('cdata', (t) => {
    const top = stack[stack.length - 1];
    if (top) top.text += t;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  try {
    parser.write(text).close();
  } catch (e) {
    if (e instanceof XlsxError) throw e;
    throw corrupt(XS.partNotXml(partName));
  }
  if (!root) throw corrupt(XS.partEmpty(partName));
  return root;
}

/** Children with this local name (any namespace). */
export function childrenNamed(el: XmlElement, local: string): XmlElement[] {
  return el.children.filter((c) => c.local === local);
}

export function childNamed(el: XmlElement, local: string): XmlElement | undefined {
  return el.children.find((c) => c.local === local);
}

/** An attribute without namespace, or with one of the given namespaces. */
export function attr(el: XmlElement, local: string, uris: readonly string[] = []): string | undefined {
  const plain = el.attrs.get(local);
  if (plain !== undefined) return plain;
  for (const u of uris) {
    const v = el.attrs.get(`{${u}}${local}`);
    if (v !== undefined) return v;
  }
  return undefined;
}

const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/**
 * Decodes the OOXML escape `_xHHHH_` (ECMA-376 Part 1, 22.9.2.19 ST_Xstring): the UTF-16 code
 * unit HHHH. `_x005F_` is the underscore itself, so `_x005F_x000D_` is the literal text
 * "_x000D_". Excel writes these for characters XML cannot carry (carriage returns from Word
 * pastes, control characters); producers such as XlsxWriter write them too.
 */
export function decodeEscapes(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(ESCAPE, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
