/**
 * XML helpers over saxes for the package's small parts (content types, relationships, the
 * workbook, styles): a lightweight element tree with namespaces resolved, the decoding of part
 * bytes (UTF-8, or UTF-16 with a BOM), and the OOXML `_xHHHH_` escape.
 */
import { SaxesParser } from 'saxes';
import { corrupt } from './errors';

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
 * Parses a whole (small) part into an element tree with namespaces resolved. Throws XlsxError
 * 'corrupt' naming the part when the XML is not well-formed.
 */
export function parseXmlTree(xml: Uint8Array | string, partName: string): XmlElement {
  const text = typeof xml === 'string' ? xml : decodeXml(xml);
  const parser = new SaxesParser({ xmlns: true, position: false });
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
  } catch {
    throw corrupt(`phần ${partName} không phải XML hợp lệ`);
  }
  if (!root) throw corrupt(`phần ${partName} rỗng`);
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
