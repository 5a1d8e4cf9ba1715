/**
 * A very small formula evaluator for the emulator: numbers, strings, cell references,
 * + - * / & and parentheses, SUM/ROUND over ranges. Anything else is #NAME?, as in Excel
 * when text such as "- Tờ trình" is mistaken for a formula.
 */
export type Lookup = (row: number, col: number) => { value: string | number | boolean | null } | { error: string };
export type Result = { value: string | number | boolean | null } | { error: string };

class FormulaError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

type Tok = { t: 'num'; v: number } | { t: 'str'; v: string } | { t: 'ref'; v: string } | { t: 'id'; v: string } | { t: 'op'; v: string };

function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i] ?? '';
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const rest = src.slice(i);
    let m: RegExpExecArray | null;
    if ((m = /^\d+(\.\d+)?/.exec(rest))) {
      out.push({ t: 'num', v: Number(m[0]) });
      i += m[0].length;
    } else if ((m = /^"((?:[^"]|"")*)"/.exec(rest))) {
      out.push({ t: 'str', v: (m[1] ?? '').replace(/""/g, '"') });
      i += m[0].length;
    } else if ((m = /^\$?[A-Za-z]{1,3}\$?\d+(:\$?[A-Za-z]{1,3}\$?\d+)?(?![A-Za-z0-9_(])/.exec(rest))) {
      out.push({ t: 'ref', v: m[0].replace(/\$/g, '').toUpperCase() });
      i += m[0].length;
    } else if ((m = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(rest))) {
      out.push({ t: 'id', v: m[0].toUpperCase() });
      i += m[0].length;
    } else if ('+-*/&(),^'.includes(ch)) {
      out.push({ t: 'op', v: ch });
      i++;
    } else {
      throw new FormulaError('#NAME?');
    }
  }
  return out;
}

function refToRC(ref: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) throw new FormulaError('#REF!');
  let c = 0;
  for (const ch of m[1] ?? '') c = c * 26 + ch.charCodeAt(0) - 64;
  return [Number(m[2]) - 1, c - 1];
}

type Val = string | number | boolean | null | Val[];

export function evaluateFormula(formula: string, lookup: Lookup): Result {
  if (formula.includes('#REF!')) return { error: '#REF!' };
  try {
    const toks = tokenize(formula.replace(/^=/, ''));
    let pos = 0;
    const peek = (): Tok | undefined => toks[pos];
    const take = (): Tok => {
      const t = toks[pos++];
      if (!t) throw new FormulaError('#NAME?');
      return t;
    };
    const cellValue = (r: number, c: number): Val => {
      const got = lookup(r, c);
      if ('error' in got) throw new FormulaError(got.error);
      return got.value;
    };
    const num = (v: Val): number => {
      if (Array.isArray(v)) throw new FormulaError('#VALUE!');
      if (v === null || v === '') return 0;
      if (typeof v === 'number') return v;
      if (typeof v === 'boolean') return v ? 1 : 0;
      const n = Number(v);
      if (Number.isNaN(n)) throw new FormulaError('#VALUE!');
      return n;
    };
    const primary = (): Val => {
      const t = take();
      if (t.t === 'num' || t.t === 'str') return t.v;
      if (t.t === 'ref') {
        if (t.v.includes(':')) {
          const [a = '', b = ''] = t.v.split(':');
          const [r1, c1] = refToRC(a);
          const [r2, c2] = refToRC(b);
          const vals: Val[] = [];
          for (let r = Math.min(r1, r2); r <= Math.max(r1, r2); r++)
            for (let c = Math.min(c1, c2); c <= Math.max(c1, c2); c++) vals.push(cellValue(r, c));
          return vals;
        }
        const [r, c] = refToRC(t.v);
        return cellValue(r, c);
      }
      if (t.t === 'op' && t.v === '(') {
        const v = expr();
        if (take().v !== ')') throw new FormulaError('#NAME?');
        return v;
      }
      if (t.t === 'op' && (t.v === '-' || t.v === '+')) {
        const v = num(primary());
        return t.v === '-' ? -v : v;
      }
      if (t.t === 'id' && peek()?.v === '(') {
        take();
        const args: Val[] = [];
        if (peek()?.v !== ')') {
          args.push(expr());
          while (peek()?.v === ',') {
            take();
            args.push(expr());
          }
        }
        if (take().v !== ')') throw new FormulaError('#NAME?');
        const flat = (args as Val[]).flat(2) as Val[];
        if (t.v === 'SUM') return flat.reduce<number>((s, v) => s + (typeof v === 'number' ? v : 0), 0);
        if (t.v === 'ROUND') return Number(num(args[0] ?? 0).toFixed(num(args[1] ?? 0)));
        throw new FormulaError('#NAME?');
      }
      throw new FormulaError('#NAME?');
    };
    const power = (): Val => {
      let v = primary();
      while (peek()?.v === '^') {
        take();
        v = Math.pow(num(v), num(primary()));
      }
      return v;
    };
    const term = (): Val => {
      let v = power();
      while (peek()?.v === '*' || peek()?.v === '/') {
        const op = take().v;
        const rhs = num(power());
        if (op === '/' && rhs === 0) throw new FormulaError('#DIV/0!');
        v = op === '*' ? num(v) * rhs : num(v) / rhs;
      }
      return v;
    };
    const sum = (): Val => {
      let v = term();
      while (peek()?.v === '+' || peek()?.v === '-') {
        const op = take().v;
        const rhs = num(term());
        v = op === '+' ? num(v) + rhs : num(v) - rhs;
      }
      return v;
    };
    const expr = (): Val => {
      let v = sum();
      while (peek()?.v === '&') {
        take();
        const rhs = sum();
        v = String(v ?? '') + String(rhs ?? '');
      }
      return v;
    };
    const v = expr();
    if (pos !== toks.length) throw new FormulaError('#NAME?');
    if (Array.isArray(v)) throw new FormulaError('#VALUE!');
    return { value: v === null ? 0 : v };
  } catch (e) {
    if (e instanceof FormulaError) return { error: e.code };
    return { error: '#NAME?' };
  }
}

const REF = /(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?::(\$?)([A-Za-z]{1,3})(\$?)(\d+))?(?![A-Za-z0-9_(!])/g;

/** Applies `f` to every A1 reference outside string literals (cell or range, 1-based rows). */
function mapRefs(formula: string, f: (r1: number, r2: number | null, abs1: boolean, abs2: boolean) => [number, number | null] | null): string {
  const parts = formula.split(/("(?:[^"]|"")*")/);
  return parts
    .map((part, i) => {
      if (i % 2 === 1) return part; // a string literal
      return part.replace(REF, (whole, d1: string, c1: string, d2: string, r1: string, d3?: string, c2?: string, d4?: string, r2?: string) => {
        const out = f(Number(r1), r2 !== undefined ? Number(r2) : null, d2 === '$', d4 === '$');
        if (!out) return '#REF!';
        const [n1, n2] = out;
        const a = `${d1}${c1}${d2}${n1}`;
        return n2 === null ? a : `${a}:${d3 ?? ''}${c2 ?? ''}${d4 ?? ''}${n2}`;
      });
    })
    .join('');
}

/**
 * What Excel does to a formula's references when rows move: `count` rows inserted before 1-based
 * row `at` (count > 0) or deleted from row `at` (count < 0). A reference to a deleted cell becomes
 * #REF!; a range loses its deleted rows, and becomes #REF! only when all of them go.
 */
export function shiftFormulaRows(formula: string, at: number, count: number): string {
  if (count > 0) return mapRefs(formula, (r1, r2) => [r1 >= at ? r1 + count : r1, r2 === null ? null : r2 >= at ? r2 + count : r2]);
  const n = -count;
  const end = at + n - 1;
  const move = (r: number): number => (r > end ? r - n : r);
  return mapRefs(formula, (r1, r2) => {
    if (r2 === null) return r1 >= at && r1 <= end ? null : [move(r1), null];
    const top = Math.min(r1, r2);
    const bottom = Math.max(r1, r2);
    if (top >= at && bottom <= end) return null;
    const newTop = top >= at && top <= end ? at : move(top);
    const newBottom = bottom >= at && bottom <= end ? at - 1 : move(bottom);
    return [newTop, newBottom];
  });
}

/** The formula copied `dr` rows down (relative row references move, `$` rows stay), as a fill does. */
export function offsetFormulaRows(formula: string, dr: number): string {
  return mapRefs(formula, (r1, r2, abs1, abs2) => {
    const a = abs1 ? r1 : r1 + dr;
    const b = r2 === null ? null : abs2 ? r2 : r2 + dr;
    if (a < 1 || (b !== null && b < 1)) return null;
    return [a, b];
  });
}
