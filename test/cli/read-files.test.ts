/* eslint-disable no-control-regex -- these tests are about control characters */
/**
 * `phuluc check` on files that used to be refused, passed silently, or printed raw: every one
 * gets the right report or exit 2 with one Vietnamese line.
 */
import { execFile } from 'child_process';
import { readdirSync, readFileSync, truncateSync, writeFileSync } from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { main } from '../../src/cli/main';
import { fileJson, renderJson, writeJson, type CheckedFile } from '../../src/cli/report/json';
import { checkWorkbook } from '../../src/core/engine';
import { makeIssue, type Issue } from '../../src/core/issues';
import { renderMessage, renderSuggestion } from '../../src/core/messages';
import { readWorkbook } from '../../src/xlsx/read';
import { buildXlsx } from '../xlsx/build';
import type { BookSpec } from '../xlsx/build';
import { captureIo, FIXTURES, tempDir } from './helpers';

async function run(argv: string[]) {
  const io = captureIo();
  const code = await main(argv, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}
const dir = tempDir();
const file = (name: string, bytes: Uint8Array) => {
  const p = path.join(dir, name);
  writeFileSync(p, bytes);
  return p;
};
const book = (spec: BookSpec) => buildXlsx(spec);
const TASKS = '<row r="5"><c r="A5" t="inlineStr"><is><t>STT</t></is></c><c r="B5" t="inlineStr"><is><t>Nhiệm vụ</t></is></c><c r="C5" t="inlineStr"><is><t>Đơn vị chủ trì</t></is></c><c r="D5" t="inlineStr"><is><t>Thời gian thực hiện</t></is></c></row>';

describe('files that must be refused with one line, exit 2', () => {
  it.each<[string, () => Uint8Array, RegExp]>([
    ['a sheet listed in workbook.xml but absent', () => book({ sheets: [{ name: 'Phụ lục', omit: true }] }), /trang "Phụ lục".*không có dữ liệu/],
    ['a missing sharedStrings.xml that cells use', () => book({ sheets: [{ name: 'S', data: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }], strings: ['x'], omitStrings: true }), /sharedStrings\.xml/],
    ['a workbook listing no sheet', () => book({ sheets: [] }), /không liệt kê trang tính/],
    ['only chart sheets', () => book({ sheets: [{ name: 'Biểu đồ', kind: 'chartsheet', xml: '<chartsheet/>' }] }), /biểu đồ/],
    [
      'a zip bomb (a part declaring 4 GB)',
      () => {
        const b = book({ sheets: [{ name: 'S', data: '<row r="1"><c r="A1"><v>1</v></c></row>' }] });
        // Patch the sheet's declared uncompressed size in the central directory.
        const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
        for (let i = b.length - 22; i >= 0; i--) {
          if (v.getUint32(i, true) !== 0x02014b50) continue;
          const n = v.getUint16(i + 28, true);
          if (new TextDecoder().decode(b.subarray(i + 46, i + 46 + n)) === 'xl/worksheets/sheet1.xml') v.setUint32(i + 24, 0xfffffff0, true);
        }
        return b;
      },
      /^tệp quá lớn: .*vượt giới hạn 512 MB/,
    ],
  ])('%s', async (_what, make, reason) => {
    const p = file('hỏng.xlsx', make());
    const r = await run(['check', p]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^phuluc: .*hỏng\.xlsx: /);
    expect(lines[0]!.replace(/^phuluc: .*hỏng\.xlsx: /, '')).toMatch(reason);
  });

  it('the JSON kind of a zip bomb is too-large', async () => {
    const ok = file('ok.xlsx', book({ sheets: [{ name: 'S', data: TASKS }] }));
    const big = file('big.xlsx', book({ sheets: [{ name: 'S', data: '<row r="1"><c r="A1"><v>1</v></c></row>' }] }));
    const bytes = readFileSync(big);
    const at = bytes.lastIndexOf(Buffer.from('xl/worksheets/sheet1.xml')) - 46;
    bytes.writeUInt32LE(0xfffffff0, at + 24);
    writeFileSync(big, bytes);
    const r = await run(['check', ok, big, '--json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).errors).toEqual([{ file: big, kind: 'too-large', message: expect.stringMatching(/^tệp quá lớn/) }]);
  });
});

describe('files that must be read', () => {
  it('a merge over a whole sheet (J1:XFD1048576) is checked at once', async () => {
    const p = file('gộp.xlsx', book({ sheets: [{ name: 'Phụ lục', data: TASKS, after: '<mergeCells><mergeCell ref="J1:XFD1048576"/><mergeCell ref="A:A"/></mergeCells>' }] }));
    const r = await run(['check', p, '--json']);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).sheets).toHaveLength(1);
  });

  it('rows and cells without r', async () => {
    const p = file('không-r.xlsx', book({ sheets: [{ name: 'Phụ lục', data: '<row><c t="inlineStr"><is><t>Phụ lục</t></is></c></row>' }] }));
    const r = await run(['check', p, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).sheets[0].name).toBe('Phụ lục');
  });

  it.each(readdirSync(path.join(FIXTURES, 'producers')).filter((f) => f.endsWith('.xlsx')))('%s (another producer) is read and checked, never refused', async (name) => {
    const r = await run(['check', path.join(FIXTURES, 'producers', name), '--json']);
    expect(r.stderr).toBe('');
    expect([0, 1]).toContain(r.code);
    expect(JSON.parse(r.stdout).sheets.length).toBeGreaterThan(0);
  });
});

describe('a file too large to read is refused before it is read', () => {
  it('a 600 MB file (sparse: no disk used)', async () => {
    const p = path.join(dir, 'khổng-lồ.xlsx');
    writeFileSync(p, '');
    truncateSync(p, 600 * 1024 * 1024);
    const r = await run(['check', p, '--json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/tệp quá lớn: 600 MB, vượt giới hạn 512 MB/);
  });
});

describe('names are printed with control characters escaped', () => {
  it('in argument and config errors', async () => {
    const bad = await run(['check', 'a.xlsx', '--b\u001b[2Jx']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--b\\x1b[2Jx');
    expect(bad.stderr).not.toContain('\u001b');
    const cfg = await run(['check', 'a.xlsx', '--config', path.join(dir, 'c\u001b[2J.json')]);
    expect(cfg.stderr).toContain('c\\x1b[2J.json');
    expect(cfg.stderr).not.toContain('\u001b');
  });

  const evil = 'a\u001b]0;owned\u0007\u001b[31mb\u202e.xlsx';
  it('a missing file', async () => {
    const r = await run(['check', path.join(dir, evil)]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/[\u001b\u0007\u202e]/);
    expect(r.stderr).toContain('a\\x1b]0;owned\\x07\\x1b[31mb\\u202e.xlsx');
  });

  it('the text report of a file so named', async () => {
    const p = file(evil, book({ sheets: [{ name: 'S', data: TASKS }] }));
    const r = await run(['check', p]);
    expect(r.stdout).toContain('Tệp ');
    expect(r.stdout).not.toMatch(/[\u001b\u0007\u202e]/);
    // JSON carries the name as it is (JSON escapes control characters itself).
    const j = await run(['check', p, '--json']);
    expect(JSON.parse(j.stdout).file).toBe(p);
    expect(j.stdout).not.toMatch(/[\u001b\u0007]/);
  });
});

describe('JSON reports are written in chunks', () => {
  const json = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small' }, fc.string(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null), fc.constant(undefined), tie('array'), tie('object')),
    array: fc.array(tie('value'), { maxLength: 5 }),
    object: fc.dictionary(fc.string({ maxLength: 6 }), tie('value'), { maxKeys: 5 }),
  }));
  const written = (v: unknown, depth: number) => {
    let out = '';
    writeJson(v, (s) => void (out += s), depth);
    return out;
  };
  it('deep enough, byte for byte as JSON.stringify(v, null, 2); at any depth, the same document', () => {
    fc.assert(
      fc.property(json.value.filter((v) => v !== undefined), fc.integer({ min: 0, max: 6 }), (v, depth) => {
        expect(written(v, 100)).toBe(JSON.stringify(v, null, 2));
        expect(JSON.parse(written(v, depth))).toEqual(JSON.parse(JSON.stringify(v)));
      }),
      { numRuns: 300 },
    );
  });

  it('a report: one row and one issue per line', () => {
    const doc = { file: 'a.xlsx', sheets: [{ name: 'S', rows: [{ row: 7, kind: 'task' }, { row: 8, kind: 'task' }], issues: [{ code: 'x', row: 7 }] }], summary: { errors: 1 } };
    const lines = written(doc, 4).split('\n');
    expect(lines).toContain('        {"row":7,"kind":"task"},');
    expect(lines).toContain('        {"code":"x","row":7}');
  });

  it('several files: the same document as before streaming', () => {
    const f = (n: string) => ({ file: n, sheets: [], summary: { errors: 1, warnings: 0, infos: 2 } });
    const unreadable = [{ file: 'x.xlsx', kind: 'missing', message: 'không tìm thấy tệp.' }];
    const text = renderJson([f('a.xlsx'), f('b.xlsx')], unreadable, () => '', true);
    const doc = { files: [f('a.xlsx'), f('b.xlsx')], summary: { errors: 2, warnings: 0, infos: 4 }, errors: unreadable };
    expect(JSON.parse(text)).toEqual(doc);
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(renderJson([], unreadable, () => '', true))).toEqual({ files: [], summary: { errors: 0, warnings: 0, infos: 0 }, errors: unreadable });
  });
});

describe('issues are written as they are serialised, not copied first', () => {
  // The document before issues were streamed: every issue copied with its message (fileJson).
  const before = (f: CheckedFile) => {
    let out = '';
    writeJson(fileJson(f, renderMessage), (s) => void (out += s));
    return out + '\n';
  };
  const checked = (name: string): CheckedFile => {
    const { sheets, summary } = checkWorkbook(readWorkbook(new Uint8Array(readFileSync(path.join(FIXTURES, name)))).grids);
    return { file: name, sheets, summary };
  };
  const names = ['quang-tri-2024.xlsx', 'quang-tri-2024-pasted.xlsx', 'binh-dinh-2022.xlsx'];
  it.each(names)('%s: byte for byte the document of fileJson', (name) => {
    const f = checked(name);
    expect(renderJson([f], [], renderMessage, false)).toBe(before(f));
  });
  it('those files hold issues with a suggested value and without (both tails are spliced)', () => {
    const issues = names.flatMap((n) => checked(n).sheets.flatMap((s) => s.issues));
    expect(issues.some((i) => renderSuggestion(i) !== undefined)).toBe(true);
    expect(issues.some((i) => renderSuggestion(i) === undefined)).toBe(true);
  });
  it('issues repeating a message: each still gets its own, made once per code, data and suggestion', () => {
    const at = (row: number) => ({ sheet: 'S', row, column: 'deadline' as const, cell: `H${row}` });
    const data = { text: 'Quý 1/2024', canonical: 'Quý I/2024' };
    const issues: Issue[] = [
      makeIssue('deadline.nonstandard', at(3), data, 'Quý I/2024'),
      makeIssue('deadline.nonstandard', at(4), { ...data }, 'Quý I/2024'),
      makeIssue('deadline.nonstandard', at(5), { text: 'Quý 2/2024', canonical: 'Quý II/2024' }, 'Quý II/2024'),
      makeIssue('deadline.unrecognized', at(6), { text: 'Quý 1/2024' }),
      makeIssue('deadline.unrecognized', at(7), { text: 'Quý 1/2024' }),
      makeIssue('funding.unknown', at(8), { text: 'Ngân sách X', nearest: 'Ngân sách tỉnh' }, 'Ngân sách tỉnh'),
      makeIssue('funding.unknown', at(9), { text: 'Ngân sách X', nearest: 'Ngân sách tỉnh' }),
      makeIssue('deadline.missing', at(10), {}),
      makeIssue('deadline.missing', at(11), {}),
      makeIssue('deadline.invalid', at(12), { text: 'x'.repeat(600), reason: 'day' }),
      makeIssue('deadline.invalid', at(13), { text: 'x'.repeat(600), reason: 'day' }),
    ];
    const f: CheckedFile = { file: 'a.xlsx', sheets: [{ name: 'S', kind: 'tasks', headerRows: [], columns: {}, rows: [], issues }], summary: { errors: 0, warnings: 0, infos: 0 } };
    const written = JSON.parse(renderJson([f], [], renderMessage, false)).sheets[0].issues;
    expect(written).toEqual(fileJson(f, renderMessage).sheets[0]!.issues);
    const calls: number[] = [];
    renderJson([f], [], (i) => (calls.push(i.row), renderMessage(i)), false);
    // Rows 4, 7, 11 repeat an earlier issue's code, data and suggestion; 9 differs in its suggestion, 13 is too long to keep.
    expect(calls).toEqual([3, 5, 6, 8, 9, 10, 12, 13]);
  });
  it('an issue with no field of its own still gets its message', () => {
    const f: CheckedFile = { file: 'a.xlsx', sheets: [{ name: 'S', kind: 'none', headerRows: [], columns: {}, rows: [], issues: [{} as Issue] }], summary: { errors: 0, warnings: 0, infos: 0 } };
    expect(JSON.parse(renderJson([f], [], () => 'm', false)).sheets[0].issues).toEqual([{ message: 'm' }]);
  });
});

describe('only what a command needs is loaded', () => {
  const tracer = path.join(dir, 'trace-load.js');
  writeFileSync(
    tracer,
    `const Module = require('module'); const orig = Module._load; const seen = new Set();
     Module._load = function (req, ...rest) { seen.add(req); return orig.call(this, req, ...rest); };
     process.on('exit', () => require('fs').writeSync(2, '\\nLOADED ' + JSON.stringify([...seen]) + '\\n'));`,
  );
  const loaded = (args: string[]) =>
    new Promise<string[]>((resolve) => {
      execFile(process.execPath, ['-r', tracer, path.join(__dirname, '..', '..', 'bin', 'phuluc.js'), ...args], { encoding: 'utf8' }, (_err, _out, stderr) => {
        const m = /LOADED (.*)/.exec(stderr);
        resolve(m ? (JSON.parse(m[1]!) as string[]) : []);
      });
    });
  const QT = path.join(FIXTURES, 'quang-tri-2024.xlsx');
  // zod itself or one of its entry points (the settings schemas use `zod/mini`)
  const zod = (modules: string[]) => modules.some((m) => m === 'zod' || m.startsWith('zod/'));

  it('check and fix load neither exceljs nor zod; --config loads zod', async () => {
    const check = await loaded(['check', QT, '--json']);
    expect(check).toContain('saxes');
    expect(check).not.toContain('exceljs');
    expect(zod(check)).toBe(false);
    const cfg = path.join(dir, 'cfg.json');
    writeFileSync(cfg, '{"mode": "extend"}');
    expect(zod(await loaded(['check', QT, '--json', '--config', cfg]))).toBe(true);
    const fix = await loaded(['fix', QT, '--out', path.join(dir, 'out.xlsx')]);
    expect(fix).toContain('saxes');
    expect(fix).not.toContain('exceljs');
    expect(zod(fix)).toBe(false);
  }, 60000);
});
