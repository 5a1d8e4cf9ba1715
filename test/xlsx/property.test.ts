/* eslint-disable no-control-regex -- these tests are about control characters */
/**
 * Property: random cell contents, written as XML the way Excel writes them (a small generator
 * below: shared, inline, rich and formula strings with `_xHHHH_` escapes for what XML cannot
 * carry, numbers, booleans, error values; with and without the optional r), read back by the
 * reader give exactly the same values.
 */
import fc from 'fast-check';
import { readWorkbook } from '../../src/xlsx/read';
import { buildXlsx, esc } from './build';

type Value = { kind: 'number'; v: number } | { kind: 'string'; v: string; as: 's' | 'inline' | 'rich' | 'str' } | { kind: 'bool'; v: boolean } | { kind: 'error'; v: string };

/** Excel's ST_Xstring encoding: `_x` sequences that look like escapes get their underscore escaped; characters XML cannot carry (and CR, which XML would turn into LF) become _xHHHH_. */
function xstring(s: string): string {
  let out = s.replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_');
  out = out.replace(/[\u0000-\u0008\u000b\u000c\u000d\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
  return esc(out);
}
const t = (s: string) => `<t xml:space="preserve">${xstring(s)}</t>`;

const value: fc.Arbitrary<Value> = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((v) => ({ kind: 'number' as const, v: Object.is(v, -0) ? 0 : v })),
  fc.record({ v: fc.string({ unit: 'binary', maxLength: 12 }), as: fc.constantFrom('s' as const, 'inline' as const, 'rich' as const, 'str' as const) }).map((r) => ({ kind: 'string' as const, ...r })),
  fc.string({ unit: fc.constantFrom('a', '_', 'x', '0', '0', 'D', '\r', '\n', 'ệ', '\u0001'), maxLength: 14 }).map((v) => ({ kind: 'string' as const, v, as: 'inline' as const })),
  fc.boolean().map((v) => ({ kind: 'bool' as const, v })),
  fc.constantFrom('#N/A', '#DIV/0!', '#REF!', '#VALUE!', '#NAME?', '#NUM!', '#NULL!').map((v) => ({ kind: 'error' as const, v })),
);

/** Rows of optional values; a cell's r is written or left out at random (left out only where the position follows on). */
const sheet = fc.array(fc.array(fc.option(value, { nil: undefined, freq: 3 }), { maxLength: 6 }), { minLength: 1, maxLength: 8 });

function write(rows: Array<Array<Value | undefined>>, withR: boolean[]): { data: string; strings: string[] } {
  const strings: string[] = [];
  let k = 0;
  const data = rows
    .map((cells, r) => {
      let prev = -1;
      const xml = cells
        .map((v, c) => {
          if (!v) return '';
          const ref = withR[k++ % withR.length] || c !== prev + 1 ? ` r="${String.fromCharCode(65 + c)}${r + 1}"` : '';
          prev = c;
          switch (v.kind) {
            case 'number':
              return `<c${ref}><v>${String(v.v)}</v></c>`;
            case 'bool':
              return `<c${ref} t="b"><v>${v.v ? 1 : 0}</v></c>`;
            case 'error':
              return `<c${ref} t="e"><v>${esc(v.v)}</v></c>`;
            case 'string':
              if (v.as === 's') {
                strings.push(t(v.v));
                return `<c${ref} t="s"><v>${strings.length - 1}</v></c>`;
              }
              if (v.as === 'str') return `<c${ref} t="str"><f>"x"</f><v>${xstring(v.v)}</v></c>`;
              if (v.as === 'rich') {
                const h = Math.floor(v.v.length / 2);
                return `<c${ref} t="inlineStr"><is><r><rPr><b/></rPr>${t(v.v.slice(0, h))}</r><r>${t(v.v.slice(h))}</r></is></c>`;
              }
              return `<c${ref} t="inlineStr"><is>${t(v.v)}</is></c>`;
          }
        })
        .join('');
      return `<row r="${r + 1}">${xml}</row>`;
    })
    .join('');
  return { data, strings };
}

const expected = (v: Value | undefined) => {
  if (!v) return undefined;
  if (v.kind === 'error') return { value: null, error: v.v };
  return v.kind === 'string' && v.as === 'str' ? v.v : v.v;
};
const actual = (c: { value: unknown; error?: string } | undefined) => (c === undefined ? undefined : c.error !== undefined ? { value: c.value, error: c.error } : c.value);

it('cells written as XML read back as the same values', () => {
  fc.assert(
    fc.property(sheet, fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }), (rows, withR) => {
      const { data, strings } = write(rows, withR);
      const g = readWorkbook(buildXlsx({ sheets: [{ name: 'S', data }], rawStrings: strings })).grids[0]!;
      rows.forEach((cells, r) => {
        cells.forEach((v, c) => {
          expect(actual(g.rows[r]?.[c])).toEqual(expected(v));
        });
        // Nothing beyond the written cells.
        expect((g.rows[r] ?? []).length).toBeLessThanOrEqual(cells.length);
      });
    }),
    { numRuns: 300 },
  );
}, 60000);
