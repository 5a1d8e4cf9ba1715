/**
 * What the STT and item cells of a budget row say about the row: a total, a subtotal, the
 * savings line, a sub-heading, or a line at some depth of the numbering.
 */

export type TotalLabel = { kind: 'grand' } | { kind: 'subtotal'; id: string };

function fold(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Grand-total wordings once a trailing "(I+II)" and punctuation are dropped. */
const GRAND = new Set([
  'tổng',
  'cộng',
  'tổng cộng',
  'tổng số',
  'tổng số tiền',
  'tổng kinh phí',
  'tổng cộng kinh phí',
  'tổng cộng số tiền',
]);
const GROUP_WORDS = new Set(['mục', 'phần', 'nhóm']);
const GROUP_ID = /^(?:[ivxlc]+|[a-zđ]|\d+)\.?$/;

/**
 * "TỔNG CỘNG", "Tổng cộng (I+II)", "Cộng:" are the grand total; "Cộng mục I", "Cộng I",
 * "Tổng cộng phần A" total one group. "Cộng tác viên" is neither.
 */
export function totalLabel(text: string): TotalLabel | null {
  const t = fold(text)
    .replace(/\(.*\)\s*$/, '')
    .replace(/[:.\s]+$/, '')
    .trim();
  if (GRAND.has(t)) return { kind: 'grand' };
  const words = t.split(/[\s:]+/);
  let j: number;
  if (words[0] === 'cộng') j = 1;
  else if (words[0] === 'tổng' && words[1] === 'cộng') j = 2;
  else return null;
  if (GROUP_WORDS.has(words[j] ?? '')) j += 1;
  const id = words[j];
  if (id === undefined || j !== words.length - 1 || !GROUP_ID.test(id)) return null;
  return { kind: 'subtotal', id: id.replace(/\.$/, '').toUpperCase() };
}

/** The N of "Tiết kiệm chi 10%", "Tiết kiệm 10% chi thường xuyên", "Tiết kiệm chi 2,5%"; else null. */
export function savingsPercent(text: string): number | null {
  const t = fold(text);
  if (!t.includes('tiết kiệm')) return null;
  const m = /(\d+(?:[.,]\d+)?)\s*%/.exec(t);
  if (!m) return null;
  const n = Number((m[1] ?? '').replace(',', '.'));
  return Number.isFinite(n) && n > 0 && n < 100 ? n : null;
}

/**
 * Where a row sits in the numbering. Sub-headings: letters A, B (level 0) above Roman numerals
 * (level 1). Lines: 1, 2 (level 2); 1.1 (3); 1.1.1 (4); a, b (10); bullets or no STT (11),
 * which are details of the line above.
 */
export type SttLevel = { kind: 'heading'; level: 0 | 1 } | { kind: 'line'; level: number };

export function sttLevel(stt: string): SttLevel {
  const s = stt.normalize('NFC').trim().replace(/[.)]$/, '');
  // I, V, X read as Roman numerals; other capitals (A, B, C, D) as letter headings.
  if (/^[IVX]+$/.test(s)) return { kind: 'heading', level: 1 };
  if (/^[A-ZĐ]$/.test(s)) return { kind: 'heading', level: 0 };
  if (/^\d+$/.test(s)) return { kind: 'line', level: 2 };
  if (/^\d+(?:\.\d+)+$/.test(s)) return { kind: 'line', level: 2 + (s.split('.').length - 1) };
  if (/^[a-zđ]$/.test(s)) return { kind: 'line', level: 10 };
  return { kind: 'line', level: 11 };
}
