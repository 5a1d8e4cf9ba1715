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
  /**
   * Where the value of attribute `r` starts in the text, when the fast scanner read it and it
   * is written as it reads (no reference, no line end to normalise: the value is
   * text[rAt, rAt + attributes.r.length)); -1 or absent otherwise.
   */
  rAt?: number;
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
  /**
   * An element starts. Returning true asks not to be told about its content (a hint the fast
   * scanner honours when it can skip it safely: then `close` comes next, without `text`).
   */
  open?(el: XmlOpen, parents: readonly XmlOpen[]): boolean | void;
  close?(el: XmlElement, parents: readonly XmlOpen[]): void;
  /** Whether to collect the text of this element (checked at its start tag). */
  wantText?(el: XmlOpen, parents: readonly XmlOpen[]): boolean;
}

/** Thrown for text that is not well-formed XML; callers turn it into a refusal. */
export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    /** The text declares a document type (<!DOCTYPE>): OPC forbids it (src/xlsx/xml.ts doctypeRefusal). */
    readonly doctype = false,
  ) {
    super(message);
    this.name = 'XmlSyntaxError';
  }
}

/** One object per element, from its start tag to its end (no copies: sheets have millions). */
interface Frame extends XmlElement {
  ns: Map<string, string> | undefined;
}

/** How walkXml reads: 'strict' is saxes (any XML, validated); 'fast' is a plain scanner for
 * large well-formed parts, which throws FastScanError at anything it does not expect. */
export type WalkMode = 'strict' | 'fast';

/** The fast scanner met something it does not handle: read the part again in 'strict' mode. */
export class FastScanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FastScanError';
  }
}

/**
 * Walks an XML document once, in document order, with each element's exact position.
 * Namespace prefixes are resolved from the document's own declarations. Both modes give the
 * same events for well-formed XML; only 'strict' validates.
 */
export function walkXml(xml: string, handlers: XmlHandlers, mode: WalkMode = 'strict'): void {
  const w = new Walker(xml, handlers);
  if (mode === 'fast') return scan(xml, w);
  const parser = new SaxesParser({ xmlns: false, position: true });
  let error: Error | undefined;
  let doctype = false;
  parser.on('doctype', () => {
    doctype = true;
    throw new Error('DOCTYPE');
  });
  parser.on('opentag', (tag) => {
    const openEnd = parser.position;
    // Attribute values cannot hold '<', so the nearest one before the '>' opens this tag.
    w.open(tag.name, tag.attributes as Record<string, string>, xml.lastIndexOf('<', openEnd - 1), openEnd, tag.isSelfClosing);
  });
  parser.on('text', (t) => w.text(t));
  parser.on('cdata', (t) => w.text(t));
  parser.on('closetag', () => w.close(parser.position));
  parser.on('error', (e) => {
    error ??= e;
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    error ??= e as Error;
  }
  if (error) throw new XmlSyntaxError(error.message, doctype);
}

/**
 * Runs `fn` with the fast scanner and, if the scanner gives up (FastScanError), again with
 * saxes: for large parts that are nearly always plain, never at the cost of a wrong reading.
 */
export function withFastScan<T>(fn: (mode: WalkMode) => T): T {
  try {
    return fn('fast');
  } catch (e) {
    if (e instanceof FastScanError) return fn('strict');
    throw e;
  }
}

/** Builds the elements from open/text/close events, whoever parses. */
class Walker {
  private readonly stack: Frame[] = [];
  /**
   * The namespace prefixes in scope at each open element, parallel to `stack` (its first entry
   * the document's): a new map only where an element declares some, so finding an element's
   * namespace takes one lookup however deep it is (walking the stack made 100,000 nested
   * elements take a minute).
   */
  private readonly scopes: Map<string, string>[] = [new Map([['xml', 'http://www.w3.org/XML/1998/namespace']])];

  constructor(
    private readonly xml: string,
    private readonly handlers: XmlHandlers,
  ) {}

  get depth(): number {
    return this.stack.length;
  }

  topName(): string | undefined {
    return this.stack[this.stack.length - 1]?.name;
  }

  wantsText(): boolean {
    const top = this.stack[this.stack.length - 1];
    return top !== undefined && top.text !== undefined;
  }


  /** Returns true when the handler asked to skip the element's content. */
  open(name: string, attributes: Record<string, string>, start: number, openEnd: number, selfClosing: boolean, rAt = -1): boolean {
    let ns: Map<string, string> | undefined;
    for (const k in attributes) {
      if (k === 'xmlns') (ns ??= new Map()).set('', attributes[k] as string);
      else if (k.startsWith('xmlns:')) (ns ??= new Map()).set(k.slice(6), attributes[k] as string);
    }
    const colon = name.indexOf(':');
    const frame: Frame = {
      name,
      local: colon < 0 ? name : name.slice(colon + 1),
      uri: '',
      attributes,
      start,
      openEnd,
      selfClosing,
      depth: this.stack.length,
      rAt,
      closeStart: -1,
      end: -1,
      text: undefined,
      ns,
    };
    let scope = this.scopes[this.scopes.length - 1] as Map<string, string>;
    if (ns) {
      scope = new Map(scope);
      for (const [k, v] of ns) scope.set(k, v);
    }
    frame.uri = scope.get(colon < 0 ? '' : name.slice(0, colon)) ?? '';
    const skip = this.handlers.open?.(frame, this.stack) === true;
    if (!skip && this.handlers.wantText?.(frame, this.stack)) frame.text = '';
    this.stack.push(frame);
    this.scopes.push(scope);
    return skip;
  }

  text(t: string): void {
    const top = this.stack[this.stack.length - 1];
    if (top !== undefined && top.text !== undefined) top.text += t;
  }

  /** `closeStart`: where the end tag starts, when the parser knows (else looked for back from `end`). */
  close(end: number, closeStart?: number): void {
    const frame = this.stack.pop();
    if (!frame) return;
    this.scopes.pop();
    frame.end = end;
    frame.closeStart = frame.selfClosing ? frame.openEnd : (closeStart ?? this.xml.lastIndexOf('</', end - 1));
    this.handlers.close?.(frame, this.stack);
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Character and entity references of a text or attribute value (after line-end normalisation). */
function decodeRefs(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&([^;&]*);?/g, (m, body: string) => {
    if (!m.endsWith(';')) throw new FastScanError('bare &');
    if (body[0] === '#') {
      const code = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (!Number.isFinite(code) || code < 0 || code > 0x10ffff) throw new FastScanError(`bad reference &${body};`);
      return String.fromCodePoint(code);
    }
    const e = ENTITIES[body];
    if (e === undefined) throw new FastScanError(`unknown entity &${body};`);
    return e;
  });
}

/** No comment, CDATA or element of the same name between `from` and `to` (which could hide or fake its end tag). */
function plainContent(xml: string, from: number, to: number, name: string): boolean {
  for (let j = xml.indexOf('<', from); j >= 0 && j < to; j = xml.indexOf('<', j + 1)) {
    const c = xml.charCodeAt(j + 1);
    if (c === 0x21) return false;
    if (xml.startsWith(name, j + 1)) {
      const after = xml.charCodeAt(j + 1 + name.length);
      if (isSpace(after) || after === 0x3e || after === 0x2f) return false;
    }
  }
  return true;
}

const BAD_NAME = /[\s<>"'/=]/;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/**
 * The fast scanner: start and end tags, attributes in either quote, character and entity
 * references, comments, CDATA sections and processing instructions, with positions that match
 * saxes'. A DOCTYPE, a malformed tag or unbalanced tags throw FastScanError.
 */
function scan(xml: string, w: Walker): void {
  const n = xml.length;
  let i = 0;
  let rootSeen = false;
  // Made once, not per tag: the end tag of the last element whose content was skipped, and
  // the attribute names already found well-formed.
  let skipName = '';
  let skipEndTag = '';
  const goodNames = new Set<string>();
  /** A start tag's attributes as found, reused from tag to tag. */
  const names: string[] = [];
  const values: string[] = [];
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) {
      if (w.depth === 0) {
        for (let k = i; k < textEnd; k++) if (!isSpace(xml.charCodeAt(k))) throw new FastScanError('text outside the root');
      } else if (w.wantsText()) {
        w.text(decodeRefs(xml.slice(i, textEnd).replace(/\r\n?/g, '\n')));
      }
    }
    if (lt < 0) break;
    const c = xml.charCodeAt(lt + 1);
    if (c === 0x2f) {
      // </name>
      const gt = xml.indexOf('>', lt);
      if (gt < 0) throw new FastScanError('unclosed end tag');
      const name = xml.slice(lt + 2, gt).trimEnd();
      if (name !== w.topName()) throw new FastScanError(`</${name}> does not close <${w.topName() ?? ''}>`);
      w.close(gt + 1, lt);
      i = gt + 1;
      continue;
    }
    if (c === 0x21) {
      if (xml.startsWith('<!--', lt)) {
        const e = xml.indexOf('-->', lt + 4);
        if (e < 0) throw new FastScanError('unclosed comment');
        i = e + 3;
        continue;
      }
      if (xml.startsWith('<![CDATA[', lt)) {
        if (w.depth === 0) throw new FastScanError('CDATA outside the root');
        const e = xml.indexOf(']]>', lt + 9);
        if (e < 0) throw new FastScanError('unclosed CDATA');
        if (w.wantsText()) w.text(xml.slice(lt + 9, e).replace(/\r\n?/g, '\n'));
        i = e + 3;
        continue;
      }
      throw new FastScanError('DOCTYPE or declaration');
    }
    if (c === 0x3f) {
      const e = xml.indexOf('?>', lt + 2);
      if (e < 0) throw new FastScanError('unclosed processing instruction');
      i = e + 2;
      continue;
    }
    // A start tag: its name, then attributes.
    let k = lt + 1;
    while (k < n) {
      const ch = xml.charCodeAt(k);
      if (isSpace(ch) || ch === 0x2f || ch === 0x3e) break;
      k++;
    }
    const name = xml.slice(lt + 1, k);
    if (name === '') throw new FastScanError('empty tag name');
    let count = 0;
    let rAt = -1;
    for (;;) {
      while (k < n && isSpace(xml.charCodeAt(k))) k++;
      const ch = xml.charCodeAt(k);
      if (ch === 0x3e) {
        k++;
        break;
      }
      if (ch === 0x2f) {
        if (xml.charCodeAt(k + 1) !== 0x3e) throw new FastScanError('malformed empty tag');
        k += 2;
        break;
      }
      const eq = xml.indexOf('=', k);
      if (eq < 0) throw new FastScanError('attribute without a value');
      let ae = eq;
      while (ae > k && isSpace(xml.charCodeAt(ae - 1))) ae--;
      const an = xml.slice(k, ae);
      const a0 = an.length === 1 ? an.charCodeAt(0) : 0;
      if (!(a0 >= 0x61 && a0 <= 0x7a) && !goodNames.has(an)) {
        if (an === '' || BAD_NAME.test(an)) throw new FastScanError('malformed attribute');
        goodNames.add(an);
      }
      let q = eq + 1;
      while (q < n && isSpace(xml.charCodeAt(q))) q++;
      const quote = xml[q];
      if (quote !== '"' && quote !== "'") throw new FastScanError('unquoted attribute');
      const close = xml.indexOf(quote, q + 1);
      if (close < 0) throw new FastScanError('unclosed attribute value');
      // '<' is refused; & \t \n \r (SPECIAL_IN_VALUE) need decoding.
      let special = false;
      for (let j = q + 1; j < close; j++) {
        const v = xml.charCodeAt(j);
        if (v === 0x3c) throw new FastScanError('< in an attribute value');
        if (v === 0x26 || v === 0x09 || v === 0x0a || v === 0x0d) special = true;
      }
      const raw = xml.slice(q + 1, close);
      if (!special && an === 'r') rAt = q + 1;
      names[count] = an;
      values[count++] = special ? decodeRefs(raw.replace(/\r\n?/g, '\n').replace(/[\t\n]/g, ' ')) : raw;
      k = close + 1;
      if (k < n && !isSpace(xml.charCodeAt(k)) && xml.charCodeAt(k) !== 0x3e && xml.charCodeAt(k) !== 0x2f) throw new FastScanError('attributes not separated');
    }
    if (k > n) throw new FastScanError('unclosed start tag');
    const attributes = attributesOf(names, values, count);
    if (w.depth === 0) {
      if (rootSeen) throw new FastScanError('two roots');
      rootSeen = true;
    }
    const selfClosing = xml.charCodeAt(k - 2) === 0x2f;
    const skip = w.open(name, attributes, lt, k, selfClosing, rAt);
    if (selfClosing) w.close(k);
    else if (skip) {
      // The content up to the first end tag of this name, if nothing in it could hide one.
      if (name !== skipName) {
        skipName = name;
        skipEndTag = `</${name}>`;
      }
      const endTag = skipEndTag;
      const e = xml.indexOf(endTag, k);
      if (e >= 0 && plainContent(xml, k, e, name)) {
        w.close(e + endTag.length, e);
        i = e + endTag.length;
        continue;
      }
    }
    i = k;
  }
  if (w.depth !== 0 || !rootSeen) throw new FastScanError('unbalanced document');
}

/**
 * The attributes of a start tag as an object, in their order. A cell's usual sets (r; r and t;
 * r and s; r, s and t) are made as literals, much cheaper than adding keys one by one.
 */
function attributesOf(names: readonly string[], values: readonly string[], count: number): Record<string, string> {
  const n0 = names[0];
  if (count === 1 && n0 === 'r') return { r: values[0] as string };
  if (count === 2 && n0 === 'r') {
    const n1 = names[1];
    if (n1 === 't') return { r: values[0] as string, t: values[1] as string };
    if (n1 === 's') return { r: values[0] as string, s: values[1] as string };
  }
  if (count === 3 && n0 === 'r' && names[1] === 's' && names[2] === 't') return { r: values[0] as string, s: values[1] as string, t: values[2] as string };
  const attributes: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const an = names[i] as string;
    if (an in attributes) throw new FastScanError('repeated attribute');
    attributes[an] = values[i] as string;
  }
  return attributes;
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
  // The usual spelling first (` r="A1"`), confirmed against the parsed value; else every attribute.
  const value = el.attributes[name];
  if (value === undefined) return undefined;
  const at = xml.indexOf(` ${name}="`, el.start);
  if (at >= 0 && at < el.openEnd) {
    const start = at + name.length + 3;
    const end = start + value.length;
    if (xml.charCodeAt(end) === 0x22 && xml.startsWith(value, start)) return { name, start, end };
  }
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
 * reserved when an element opens and filled when it closes, so the order holds. Over a long
 * text (a sheet of a million rows), `settle` writes out what can no longer change, so that
 * millions of small replacements are never held at once.
 */
export class Splicer {
  private starts: number[] = [];
  private ends: number[] = [];
  private texts: (string | undefined)[] = [];
  /** Entries already written out (slot ids count them). */
  private offset = 0;
  /** The source position written out up to, and what was written. */
  private at = 0;
  private readonly done: string[] = [];

  /** `source`: the text the replacements apply to, when `settle` is used. */
  constructor(private readonly source?: string) {}

  /** Replacements recorded so far (written out or not). */
  get size(): number {
    return this.offset + this.starts.length;
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

  /** Reserves a replacement starting at `start`, filled later (left unfilled: the text stays). */
  reserve(start: number): number {
    this.starts.push(start);
    this.ends.push(start);
    this.texts.push(undefined);
    return this.offset + this.starts.length - 1;
  }

  fill(slot: number, end: number, text: string): void {
    const i = slot - this.offset;
    if (i < 0) throw new Error('Splicer: slot already written out');
    this.ends[i] = end;
    this.texts[i] = text;
  }

  /**
   * The caller's promise that no replacement recorded from now on starts before `pos`: the
   * filled replacements that end by then are written out (a few thousand at a time).
   */
  settle(pos: number): void {
    const n = this.starts.length;
    if (this.source === undefined || n < 4096) return;
    this.sortPending();
    const parts: string[] = [];
    let k = 0;
    for (; k < n; k++) {
      const text = this.texts[k];
      const e = this.ends[k] as number;
      if (text === undefined || e > pos) break;
      const s = this.starts[k] as number;
      if (s < this.at) throw new Error(`Splicer: overlapping replacement at ${s}`);
      parts.push(this.source.slice(this.at, s), text);
      this.at = e;
    }
    if (k === 0) return;
    this.done.push(parts.join(''));
    this.starts = this.starts.slice(k);
    this.ends = this.ends.slice(k);
    this.texts = this.texts.slice(k);
    this.offset += k;
  }

  private sortPending(): void {
    const n = this.starts.length;
    let sorted = true;
    for (let i = 1; i < n && sorted; i++) if ((this.starts[i] as number) < (this.starts[i - 1] as number)) sorted = false;
    if (sorted) return;
    const order = this.starts.map((_, i) => i).sort((a, b) => (this.starts[a] as number) - (this.starts[b] as number) || a - b);
    if (order.some((x, i) => x !== i && (this.texts[x] === undefined || this.texts[i] === undefined))) {
      // Unfilled slots keep their ids only in place: leave the order, apply sorts what is left.
      return;
    }
    this.starts = order.map((i) => this.starts[i] as number);
    this.ends = order.map((i) => this.ends[i] as number);
    this.texts = order.map((i) => this.texts[i]);
  }

  /** The edited text. Throws when replacements overlap (a bug in the caller, never a user's file). */
  apply(source: string): string {
    return this.applyRange(source, 0, source.length);
  }

  /** The edited text in pieces (what `settle` wrote out, then the rest), never joined into one string. */
  applyChunks(source: string): string[] {
    if (this.done.length === 0) return [this.applyRange(source, 0, source.length)];
    const done = this.done.splice(0);
    const rest = this.applyRange(source, 0, source.length);
    return [...done, rest];
  }

  /** The edited text of source[from, to); every replacement must lie inside that range. */
  applyRange(source: string, from: number, to: number): string {
    if (this.done.length > 0 && (source !== this.source || from !== 0)) throw new Error('Splicer: part of the text was written out already');
    const order = this.starts.map((_, i) => i);
    if (!this.starts.every((s, i) => i === 0 || s >= (this.starts[i - 1] as number))) {
      order.sort((a, b) => (this.starts[a] as number) - (this.starts[b] as number) || a - b);
    }
    const parts: string[] = [];
    let at = Math.max(from, this.at);
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
    if (this.done.length === 0) return parts.join('');
    return [...this.done, parts.join('')].join('');
  }
}
