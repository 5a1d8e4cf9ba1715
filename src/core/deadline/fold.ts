/**
 * Text clean-up and folding for matching deadlines. `fold` maps each UTF-16 unit of an NFC string
 * to one unit (lower-case ASCII letter for Vietnamese letters), so indexes in the folded string
 * are indexes in the original: matches found on the folded text slice the original directly.
 */

const FOLD: Record<number, string> = buildFoldTable();

function buildFoldTable(): Record<number, string> {
  const table: Record<number, string> = {};
  const ranges: Array<[number, number]> = [
    [0x00c0, 0x024f], // Latin-1 supplement, extended A and B (ơ, ư)
    [0x1e00, 0x1eff], // Latin extended additional (ạ, ả, ấ ...)
  ];
  for (const [from, to] of ranges) {
    for (let c = from; c <= to; c++) {
      const base = String.fromCharCode(c).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
      if (base.length === 1 && base >= 'a' && base <= 'z') table[c] = base;
    }
  }
  table[0x0110] = 'd'; // Đ does not decompose
  table[0x0111] = 'd';
  for (const dash of [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212]) table[dash] = '-';
  table[0xff0f] = '/';
  table[0x2044] = '/';
  return table;
}

/** Lower-cases and strips diacritics, one unit for one unit. Unknown characters stay as they are. */
export function fold(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : s[i];
    else out += FOLD[c] ?? s[i];
  }
  return out;
}

// Spaces Excel and PDFs put in text (NBSP, thin, ideographic) and invisible marks (zero-width, BOM).
const ODD_SPACE = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/** NFC lines with odd spaces made plain, runs of spaces collapsed, empty lines dropped. */
export function cleanLines(raw: string): string[] {
  const s = raw.normalize('NFC').replace(INVISIBLE, '').replace(ODD_SPACE, ' ');
  const out: string[] = [];
  for (const line of s.split(/\r\n|\r|\n|\u2028|\u2029/)) {
    const t = line.replace(/ {2,}/g, ' ').trim();
    if (t !== '') out.push(t);
  }
  return out;
}
