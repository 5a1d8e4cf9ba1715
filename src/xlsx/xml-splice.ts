/**
 * XML for surgery: saxes parses (well-formedness, entities, CDATA, comments), this module adds
 * where each element lies in the text, so a writer can replace exactly one attribute value or one
 * element and copy every other character as it was. Pure; strings in, strings out.
 */
import { SaxesParser } from 'saxes';

/** SpreadsheetML main namespace, transitional and strict (ECMA-376 Part 1 and its Strict variant). */
export const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const NS_MAIN_STRICT = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
export const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const NS_REL_STRICT = 'http://purl.oclc.org/ooxml/officeDocument/relationships';
export const NS_X14 = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main';
export const NS_XM = 'http://schemas.microsoft.com/office/excel/2006/main';
export const NS_XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
export const NS_XDR_STRICT = 'http://purl.oclc.org/ooxml/drawingml/spreadsheetDrawing';

export const isMain = (uri: string | undefined): boolean => uri === NS_MAIN || uri === NS_MAIN_STRICT;

/** An element as met while walking: where its start tag is, its names, its attributes (decoded). */
export interface XmlOpen {
  /** Qualified name as written (`x14:dataValidation`). */
  name: string;
  /** Local name (`dataValidation`). */
  local: string;
  /** Namespace URI of the element, '' when none. */
  uri: string;
  attributes: Readonly<Record<string, string>>;
  /** Index of `<` of the start tag. */
  start: number;
  /** Index just after the `>` of the start tag. */
  openEnd: number;
  selfClosing: boolean;
  /** 0 for the root. */
  depth: number;
}

/** The same element when it closes. */
export interface XmlElement extends XmlOpen {
  /** Index of `<` of the end tag (= openEnd for a self-closing element). */
  closeStart: number;
  /** Index just after the element. */
  end: number;
  /** Decoded text directly inside the element, when `wantText` asked for it. */
  text?: string;
}

export interface XmlHandlers {
  open?(el: XmlOpen, parents: readonly XmlOpen[]): void;
  close?(el: XmlElement, parents: readonly XmlOpen[]): void;
  /** Whether to collect the text of this element (checked at its start tag). */
  wantText?(el: XmlOpen, parents: readonly XmlOpen[]): boolean;
}

/** Thrown for text that is not well-formed XML; callers turn it into a refusal. */
export class XmlSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XmlSyntaxError';
  }
}

interface Frame extends XmlOpen {
  ns: Map<string, string> | undefined;
  text?: string;
}

/**
 * Walks an XML document once, in document order, with each element's exact position.
 * Namespace prefixes are resolved from the document's own declarations.
 */
export function walkXml(xml: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const stack: Frame[] = [];
  let error: Error | undefined;
  const rootNs = new Map<string, string>([['xml', 'http://www.w3.org/XML/1998/namespace']]);

  const lookup = (prefix: string): string => {
    for (let i = stack.length - 1; i >= 0; i--) {
      const v = (stack[i] as Frame).ns?.get(prefix);
      if (v !== undefined) return v;
    }
    return rootNs.get(prefix) ?? '';
  };

  parser.on('opentag', (tag) => {
    const openEnd = parser.position;
    // Attribute values cannot hold '<', so the nearest one before the '>' opens this tag.
    const start = xml.lastIndexOf('<', openEnd - 1);
    let ns: Map<string, string> | undefined;
    const attributes = tag.attributes as Record<string, string>;
    for (const k in attributes) {
      if (k === 'xmlns') (ns ??= new Map()).set('', attributes[k] as string);
      else if (k.startsWith('xmlns:')) (ns ??= new Map()).set(k.slice(6), attributes[k] as string);
    }
    const colon = tag.name.indexOf(':');
    const prefix = colon < 0 ? '' : tag.name.slice(0, colon);
    const frame: Frame = {
      name: tag.name,
      local: colon < 0 ? tag.name : tag.name.slice(colon + 1),
      uri: '',
      attributes,
      start,
      openEnd,
      selfClosing: tag.isSelfClosing,
      depth: stack.length,
      ns,
    };
    stack.push(frame);
    frame.uri = lookup(prefix);
    stack.pop();
    const parents = stack;
    handlers.open?.(frame, parents);
    if (handlers.wantText?.(frame, parents)) frame.text = '';
    stack.push(frame);
  });
  parser.on('text', (t) => {
    const top = stack[stack.length - 1];
    if (top && top.text !== undefined) top.text += t;
  });
  parser.on('cdata', (t) => {
    const top = stack[stack.length - 1];
    if (top && top.text !== undefined) top.text += t;
  });
  parser.on('closetag', () => {
    const frame = stack.pop();
    if (!frame) return;
    const end = parser.position;
    const closeStart = frame.selfClosing ? frame.openEnd : xml.lastIndexOf('</', end - 1);
    const el: XmlElement = { ...frame, closeStart, end };
    if (frame.text === undefined) delete el.text;
    delete (el as Partial<Frame>).ns;
    handlers.close?.(el, stack);
  });
  parser.on('error', (e) => {
    error ??= e;
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    error ??= e as Error;
  }
  if (error) throw new XmlSyntaxError(error.message);
}

/** Where an attribute's value lies in the text (inside the quotes). */
export interface AttrSpan {
  name: string;
  /** Index of the first character of the value. */
  start: number;
  /** Index of the closing quote. */
  end: number;
}

/** Attributes of a start tag with the exact positions of their values. */
export function attributeSpans(xml: string, el: XmlOpen): AttrSpan[] {
  const out: AttrSpan[] = [];
  const re = /\s([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  re.lastIndex = el.start + 1 + el.name.length;
  const stop = el.openEnd;
  for (;;) {
    const m = re.exec(xml);
    if (!m || m.index >= stop) break;
    const quoteAt = m.index + m[0].length - 1;
    const len = (m[2] ?? m[3] ?? '').length;
    out.push({ name: m[1] as string, start: quoteAt - len, end: quoteAt });
  }
  return out;
}

export function attributeSpan(xml: string, el: XmlOpen, name: string): AttrSpan | undefined {
  return attributeSpans(xml, el).find((a) => a.name === name);
}

/** Escapes text for element content (`\r` kept as a character reference, as XML would drop it). */
export function escapeText(s: string): string {
  return s.replace(/[&<>\r]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#13;'));
}

/** Escapes an attribute value written between double quotes. */
export function escapeAttr(s: string): string {
  return s.replace(/[&<>"\r\n\t]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : c === '\r' ? '&#13;' : c === '\n' ? '&#10;' : '&#9;',
  );
}

/**
 * Encodes a cell string the way Excel writes it (ECMA-376 Part 1, 22.9.2.19 ST_Xstring):
 * characters XML cannot carry become `_xHHHH_`, and a literal `_xHHHH_` in the text gets its
 * underscore escaped (`_x005F_`) so that readers do not decode it.
 */
export function encodeXstring(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/_(?=x[0-9A-Fa-f]{4}_)|[\x00-\x08\x0b\x0c\x0e-\x1f\r\ufffe\uffff]/g, (c) =>
    c === '_' ? '_x005F_' : `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
  );
}

/**
 * Replacements over one text, recorded in document order and applied in one pass. A slot may be
 * reserved when an element opens and filled when it closes, so the order holds.
 */
export class Splicer {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly texts: (string | undefined)[] = [];

  get size(): number {
    return this.starts.length;
  }

  /** Replaces text[start, end) with `text`. */
  replace(start: number, end: number, text: string): void {
    this.starts.push(start);
    this.ends.push(end);
    this.texts.push(text);
  }

  insert(at: number, text: string): void {
    this.replace(at, at, text);
  }

  /** Reserves a replacement starting at `start`, filled (or dropped) later. */
  reserve(start: number): number {
    this.starts.push(start);
    this.ends.push(start);
    this.texts.push(undefined);
    return this.starts.length - 1;
  }

  fill(slot: number, end: number, text: string): void {
    this.ends[slot] = end;
    this.texts[slot] = text;
  }

  /** The edited text. Throws when replacements overlap (a bug in the caller, never a user's file). */
  apply(source: string): string {
    return this.applyRange(source, 0, source.length);
  }

  /** The edited text of source[from, to); every replacement must lie inside that range. */
  applyRange(source: string, from: number, to: number): string {
    const order = this.starts.map((_, i) => i);
    if (!this.starts.every((s, i) => i === 0 || s >= (this.starts[i - 1] as number))) {
      order.sort((a, b) => (this.starts[a] as number) - (this.starts[b] as number) || a - b);
    }
    const parts: string[] = [];
    let at = from;
    for (const i of order) {
      const text = this.texts[i];
      if (text === undefined) continue;
      const s = this.starts[i] as number;
      const e = this.ends[i] as number;
      if (s < at || e > to) throw new Error(`Splicer: overlapping replacement at ${s}`);
      parts.push(source.slice(at, s), text);
      at = e;
    }
    parts.push(source.slice(at, to));
    return parts.join('');
  }
}
