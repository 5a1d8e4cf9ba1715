/**
 * Joining the tail of a row cut by a page break (a fragment) back onto the cell it was cut from.
 * Text pasted from a PDF or Word repeats what sits at the seam: a cell that wrapped
 * "UBND huyện, TX," / "TP" arrives whole in the row above *and* as the tail "TP" below. A plain
 * "above + space + tail" then writes "… TX, TP TP", a new fault. The join here removes the
 * repeated words, keeps punctuation tight, and puts a list item on its own line.
 */

/** What starts a new item of a list in a cell: a bullet, "1." / "2)", "a)" / "b.". */
const LIST_ITEM = /^(?:[-+•*–—·]\s|\d{1,2}[.)]\s|[a-zđ][.)]\s)/u;
/** Punctuation that hugs the word before it. */
const CLOSING = /^[,.;:!?)\]}”’…]/u;
/** Punctuation that hugs the word after it. */
const OPENING = /[([{“‘]$/u;

/**
 * The cell text after appending a page-break tail to the text it was cut from:
 * - words repeated at the seam are written once: a tail that the text above already ends with is
 *   dropped ("…TX, TP" + "TP"), and an overlap of two words or more is merged ("…khi có thay" +
 *   "khi có thay đổi" → "…khi có thay đổi"); a single shared word that is not the whole tail is
 *   kept, since Vietnamese repeats words ("dần dần");
 * - a tail that starts a list item (`- `, `+ `, `• `, `2. `, `b) `) goes on a new line;
 * - a tail that starts with closing punctuation (`, ; . )`) joins without a space, and the same
 *   mark is not doubled ("a," + ", b" → "a, b"); after an opening bracket no space either;
 * - otherwise one space.
 * Empty sides give the other side. Pure; never throws.
 */
export function joinFragment(above: string, tail: string): string {
  const a = above.replace(/\s+$/u, '');
  const t = tail.replace(/^\s+/u, '');
  if (!a) return t;
  if (!t) return a;

  const merged = mergeOverlap(a, t);
  return merged !== undefined ? merged : joinAtSeam(a, t);
}

/** Two non-empty, trimmed texts joined by the punctuation and list rules (no overlap check). */
function joinAtSeam(a: string, t: string): string {
  if (LIST_ITEM.test(t)) return `${a}\n${t}`;
  if (CLOSING.test(t)) {
    const mark = t[0]!;
    return a.endsWith(mark) ? a + t.slice(1) : a + t;
  }
  if (OPENING.test(a)) return a + t;
  return `${a} ${t}`;
}

interface Token {
  key: string;
  /** Offset just past the token in its string. */
  end: number;
}

function tokens(s: string): Token[] {
  const out: Token[] = [];
  const re = /\S+/gu;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const key = m[0].normalize('NFC').toLowerCase().replace(/^[,.;:!?()[\]"“”'‘’…-]+|[,.;:!?()[\]"“”'‘’…-]+$/gu, '');
    // Punctuation alone ("-", "…") is no word: it neither starts nor breaks an overlap.
    if (key) out.push({ key, end: m.index + m[0].length });
  }
  return out;
}

/**
 * The joined text when the tail repeats the words at the end of the text above (the whole tail,
 * or two words or more of it), else undefined.
 */
function mergeOverlap(a: string, t: string): string | undefined {
  const T = tokens(t);
  // Only the end of the text above can overlap: as many words as the tail has (and their punctuation).
  const from = Math.max(0, a.length - t.length - 16 * T.length);
  const A = tokens(from > 0 ? a.slice(a.lastIndexOf(' ', from) + 1) : a);
  if (A.length === 0 || T.length === 0) return undefined;
  const max = Math.min(A.length, T.length);
  for (let k = max; k >= 1; k--) {
    let same = true;
    for (let i = 0; i < k && same; i++) {
      const x = A[A.length - k + i]!.key;
      same = x !== '' && x === T[i]!.key;
    }
    if (!same) continue;
    if (k === T.length) return a;
    if (k < 2) return undefined;
    const rest = t.slice(T[k - 1]!.end).replace(/^\s+/u, '');
    return rest ? joinAtSeam(a, rest) : a;
  }
  return undefined;
}
