/** Roman numerals as used for sections (I … XX), and STT numbers as clerks type them. */
const ROMAN = /^(X{0,3})(IX|IV|V?I{0,3})$/;

export function romanToInt(s: string): number | null {
  if (!s || !ROMAN.test(s)) return null;
  const values: Record<string, number> = { I: 1, V: 5, X: 10 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = values[s[i]!]!;
    const next = i + 1 < s.length ? values[s[i + 1]!]! : 0;
    total += v < next ? -v : v;
  }
  return total > 0 ? total : null;
}

export function intToRoman(n: number): string {
  const table: [number, string][] = [
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  let rest = n;
  for (const [v, s] of table) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}

/** "I", "II.", "IV)" → the numeral without its punctuation, or null. */
export function sectionNumeral(text: string): string | null {
  const m = /^([IVX]{1,5})\s*[.)]?$/.exec(text.trim());
  return m && romanToInt(m[1]!) !== null ? m[1]! : null;
}

const STT = /^(\d{1,6}(?:\.\d{1,3})*)\s*[.)]?$/;
const sttCache = new Map<string, number[] | null>();

/** "1", "1.", "3.2", "3.2." → its parts [3, 2]; anything else → null. Shared arrays: do not mutate. */
export function sttParts(text: string): number[] | null {
  let parts = sttCache.get(text);
  if (parts !== undefined) return parts;
  const m = STT.exec(text.trim());
  parts = m ? m[1]!.split('.').map(Number) : null;
  if (sttCache.size > 100_000) sttCache.clear();
  sttCache.set(text, parts);
  return parts;
}
