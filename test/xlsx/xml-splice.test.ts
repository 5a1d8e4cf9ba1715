/**
 * The position-keeping XML walk: the fast scanner must give exactly saxes' events (names,
 * attributes, positions, texts) on every part of every fixture and on tricky XML, and give up
 * (FastScanError) rather than guess on what it does not handle.
 */
import { readFileSync, readdirSync } from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { openPackage } from '../../src/xlsx/package';
import { decodeXml } from '../../src/xlsx/xml';
import { FastScanError, Splicer, attributeSpan, encodeXstring, walkXml, XmlSyntaxError } from '../../src/xlsx/xml-splice';
import type { WalkMode } from '../../src/xlsx/xml-splice';
import { inflateEntry } from '../../src/xlsx/zip';
import { FIXTURES } from '../cli/helpers';

function events(xml: string, mode: WalkMode): string[] {
  const out: string[] = [];
  walkXml(
    xml,
    {
      wantText: () => true,
      open: (el) => void out.push(`open ${el.name} ${el.uri} ${el.start}-${el.openEnd} ${el.depth} ${JSON.stringify(el.attributes)}`),
      close: (el) => void out.push(`close ${el.name} ${el.closeStart}-${el.end} ${JSON.stringify(el.text)}`),
    },
    mode,
  );
  return out;
}

const parts: Array<[string, string]> = [];
for (const f of readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' }).filter((x) => /\.(xlsx|xlsm)$/.test(x))) {
  const pkg = openPackage(new Uint8Array(readFileSync(path.join(FIXTURES, f))));
  for (const e of pkg.zip.entries) if (/\.(xml|rels|vml)$/.test(e.name)) parts.push([`${f}:${e.name}`, decodeXml(inflateEntry(e))]);
}

describe('fast scan = saxes', () => {
  it.each(parts)('%s', (_name, xml) => {
    expect(events(xml, 'fast')).toEqual(events(xml, 'strict'));
  });

  it.each([
    ['comments, PIs and CDATA', '<?xml version="1.0"?><!-- a --><a><?pi x?><b><![CDATA[<c r="1">&amp;]]></b><!-- <c/> --></a>'],
    ['entities and character references', `<a x="&lt;&#65;&#x42;&quot;'"><f>A1&amp;"&gt;"&#13;</f></a>`],
    ['single quotes, spaces around =, line breaks in values', "<a x = 'q\"r'\n y=\"1\r\n2\"><b\r\n/></a>"],
    ['line ends in text', '<a><f>1\r\n2\r3</f></a>'],
    ['prefixes and default namespaces', '<x:a xmlns:x="u" xmlns="d"><b/><x:c xmlns:x="v"/></x:a>'],
  ])('%s', (_what, xml) => {
    expect(events(xml, 'fast')).toEqual(events(xml, 'strict'));
  });

  it.each([
    ['a DOCTYPE', '<!DOCTYPE a><a/>'],
    ['unbalanced tags', '<a><b></a>'],
    ['an unknown entity', '<a><f>&nbsp;</f></a>'],
    ['text after the root', '<a/>x'],
  ])('gives up on %s', (_what, xml) => {
    expect(() => events(xml, 'fast')).toThrow(FastScanError);
  });

  it('saxes refuses what is not XML', () => {
    expect(() => events('<a><b></a>', 'strict')).toThrow(XmlSyntaxError);
  });
});

describe('attributeSpan and Splicer', () => {
  it('finds the value of an attribute however it is written', () => {
    const xml = `<c t='s' r = "B7" s="3"/>`;
    walkXml(xml, {
      open(el) {
        const a = attributeSpan(xml, el, 'r')!;
        expect(xml.slice(a.start, a.end)).toBe('B7');
        expect(xml.slice(attributeSpan(xml, el, 't')!.start, attributeSpan(xml, el, 't')!.end)).toBe('s');
        expect(attributeSpan(xml, el, 'x')).toBeUndefined();
      },
    });
  });

  it('applies replacements in any order, and refuses overlapping ones', () => {
    const s = new Splicer();
    s.replace(6, 7, 'X');
    s.insert(0, '<');
    s.replace(2, 4, '');
    expect(s.apply('abcdefgh')).toBe('<abefXh');
    const bad = new Splicer();
    bad.replace(0, 3, '');
    bad.replace(2, 4, '');
    expect(() => bad.apply('abcdef')).toThrow(/overlapping/);
  });
});

describe('encodeXstring (ST_Xstring escapes)', () => {
  it.each([
    ['a\rb', 'a_x000D_b'],
    ['\u0001', '_x0001_'],
    ['_x000D_', '_x005F_x000D_'],
    ['tab\tand\nline', 'tab\tand\nline'],
    ['Phụ lục', 'Phụ lục'],
  ])('%j → %j', (text, encoded) => expect(encodeXstring(text)).toBe(encoded));

  it('decodes back to the same text (the reader decodes _xHHHH_)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }).map((s) => s.replace(/[\uD800-\uDFFF]/g, '')), (s) => {
        const decoded = encodeXstring(s).replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
        expect(decoded).toBe(s);
      }),
    );
  });
});

describe('the namespace of each element (reviewer r8: resolved in one lookup, however deep)', () => {
  const uris = (xml: string, mode: WalkMode): string[] => {
    const out: string[] = [];
    walkXml(xml, { open: (el) => void out.push(`${el.name}=${el.uri}`) }, mode);
    return out;
  };
  it.each<[string, string, string[]]>([
    ['a default namespace', '<a xmlns="d"><b/></a>', ['a=d', 'b=d']],
    ['a prefix rebound inside, back after its element', '<x:a xmlns:x="u"><x:b xmlns:x="v"><x:c/></x:b><x:d/></x:a>', ['x:a=u', 'x:b=v', 'x:c=v', 'x:d=u']],
    ['a self-closing element declaring a namespace, then a sibling', '<a xmlns="d"><b xmlns="e"/><c/></a>', ['a=d', 'b=e', 'c=d']],
    ['the default namespace undeclared', '<a xmlns="d"><b xmlns=""><c/></b><e/></a>', ['a=d', 'b=', 'c=', 'e=d']],
    ['the xml prefix, and an undeclared one', '<a><xml:b/><y:c/></a>', ['a=', 'xml:b=http://www.w3.org/XML/1998/namespace', 'y:c=']],
    ['a namespace declared after its use in the same tag', '<x:a y="1" xmlns:x="u"/>', ['x:a=u']],
  ])('%s', (_what, xml, expected) => {
    expect(uris(xml, 'strict')).toEqual(expected);
    expect(uris(xml, 'fast')).toEqual(expected);
  });

  it.each<WalkMode>(['strict', 'fast'])('100,000 nested elements (%s): every one in its namespace', (mode) => {
    const n = 100000;
    const xml = `<x:a xmlns:x="u">${'<b>'.repeat(n)}<x:c/>${'</b>'.repeat(n)}</x:a>`;
    const got = uris(xml, mode);
    expect(got).toHaveLength(n + 2);
    expect(got[n + 1]).toBe('x:c=u');
    expect(got[n]).toBe('b=');
  });
});
