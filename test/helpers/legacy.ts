/**
 * Unicode Vietnamese → the bytes a TCVN3 (.VnTime) or VNI font stores, read back as Latin-1: how
 * old workbooks arrive. Built by inverting the decoder over every single byte (TCVN3) and every
 * vowel + mark byte pair (VNI); the decoder itself is pinned by hand-written strings in
 * test/core/text/encoding.test.ts, so these inputs stand on those.
 */
import { decodeTCVN3, decodeVNI } from '../../src/core/text';

const LETTERS = [...'aăâeêioôơuưyđ'].flatMap((v) => {
  const base = v.normalize('NFD');
  return ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'].map((t) => (base + t).normalize('NFC'));
});
const ALL = [...new Set([...LETTERS, ...LETTERS.map((l) => l.toUpperCase())])];

const tcvn3 = new Map<string, string>();
for (let b = 0xa1; b <= 0xff; b++) {
  const ch = String.fromCharCode(b);
  const d = decodeTCVN3(ch);
  if ((d !== ch || ALL.includes(d)) && !tcvn3.has(d)) tcvn3.set(d, ch);
}

const vni = new Map<string, string>();
// Lower-case letters take the lower-case mark bytes (0xE0–0xFF), capitals the upper-case ones.
const LOWER_HIGHS = Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(0xe0 + i));
const UPPER_HIGHS = Array.from({ length: 0x3f }, (_, i) => String.fromCharCode(0xa1 + i));
const HIGHS = [...LOWER_HIGHS, ...UPPER_HIGHS];
const highsFor = (c: string) => (c === c.toLowerCase() ? LOWER_HIGHS : UPPER_HIGHS);
// i and ỵ have single bytes of their own in VNI (í ì æ ó ò, î), used below.
for (const v of 'aeouyAEOUY') {
  for (const ch of highsFor(v)) {
    const d = decodeVNI(v + ch);
    if (d.length === 1 && d !== v && d !== 'ỵ' && d !== 'Ỵ' && !vni.has(d)) vni.set(d, v + ch);
  }
}
// ơ ư with a tone: the single-byte letter, then the tone byte.
const HORN: Record<string, string> = { ơ: 'ô', ư: 'ö', Ơ: 'Ô', Ư: 'Ö' };
for (const base of ['ơ', 'ư', 'Ơ', 'Ư']) {
  const b = HORN[base]!;
  for (const ch of highsFor(base)) {
    const d = decodeVNI(b + ch);
    if (d.length === 1 && d !== base && !vni.has(d)) vni.set(d, b + ch);
  }
}

// Then the single-byte letters (ơ ư đ, and ỉ ĩ ị ỵ í ì): vowel + mark pairs come first, as VNI types them.
for (const ch of HIGHS) {
  const d = decodeVNI(ch);
  if (ALL.includes(d) && !vni.has(d)) vni.set(d, ch);
}

function encodeWith(map: Map<string, string>, s: string, name: string): string {
  let out = '';
  for (const c of s.normalize('NFC')) {
    if (c.charCodeAt(0) < 0x80) out += c;
    else {
      const e = map.get(c);
      if (e === undefined) throw new Error(`${name} cannot encode ${JSON.stringify(c)}`);
      out += e;
    }
  }
  return out;
}

/** TCVN3 has no accented capitals: upper-case text is typed lower-case in a capitals font (.VnTimeH). */
export function encodeTCVN3(s: string): string {
  return encodeWith(tcvn3, s, 'TCVN3');
}

export function encodeVNI(s: string): string {
  return encodeWith(vni, s, 'VNI');
}
