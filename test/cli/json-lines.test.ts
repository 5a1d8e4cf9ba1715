import { writeJson } from '../../src/cli/report/json';

/** writeJson at depth 0: every value is one line, which must be JSON.stringify's text exactly. */
function line(v: unknown): string {
  let s = '';
  writeJson(v, (x) => void (s += x), 0);
  return s;
}

class Box {
  constructor(readonly n: number) {}
  get twice(): number {
    return this.n * 2;
  }
}

const shared = { text: 'Quý I/2024', kind: 'quarter', due: '2024-03-31' };
const units = ['Văn phòng Sở', 'Thanh tra Sở'];
const long = 'Nhiệm vụ "dài" \n\t\u2028'.repeat(40);

describe('writeJson one-line values', () => {
  const cases: [string, unknown][] = [
    ['a row with absent fields', { row: 3, kind: 'task', lastRow: undefined, stt: '1', title: undefined }],
    ['shared nested objects', { row: 4, deadline: shared, lead: units, partners: units }],
    ['the same nested object again', { row: 5, deadline: shared, lead: units }],
    ['numbers JSON writes as null', { a: NaN, b: Infinity, c: -Infinity, d: -0, e: 1e21, f: 0.1 }],
    ['functions and symbols left out', { a: () => 1, b: Symbol('x'), c: 'kept' }],
    ['booleans and null', { a: true, b: false, c: null }],
    ['a Date and toJSON', { at: new Date(Date.UTC(2024, 2, 31)), j: { toJSON: () => 'x' }, u: { toJSON: () => undefined } }],
    ['escapes in keys and values', { 'k"ey\n': 'v"al\\ue', '\u0001': '\u001f' }],
    ['a long string met twice', { a: long, b: long }],
    ['integer-like keys first', { b: 1, 2: 'two', a: 3, 1: 'one' }],
    ['an empty object', {}],
    ['only absent fields', { a: undefined }],
    ['an array', [1, undefined, () => 1, 'x', shared]],
    ['a class instance', new Box(2)],
    ['an object without prototype', Object.assign(Object.create(null) as object, { a: 1 })],
    ['nested shared inside arrays', { list: [shared, shared], obj: { inner: shared } }],
  ];
  it.each(cases)('%s: as JSON.stringify', (_, v) => {
    expect(line(v)).toBe(JSON.stringify(v));
  });

  it('rows written one per line, each as JSON.stringify writes it', () => {
    const rows = [1, 2, 3].map((row) => ({ row, kind: 'task', deadline: shared, lead: row === 2 ? undefined : units, text: row === 3 ? long : 'x' }));
    let s = '';
    writeJson({ rows }, (x) => void (s += x), 2);
    expect(s).toBe(`{\n  "rows": [\n    ${rows.map((r) => JSON.stringify(r)).join(',\n    ')}\n  ]\n}`);
    expect(JSON.parse(s)).toEqual(JSON.parse(JSON.stringify({ rows })));
  });
});
