/**
 * The command line as a clerk meets it: folders read with their subfolders (and said how many
 * files), bad --config files explained once in Vietnamese with their place, --version, and a
 * progress line on stderr only when a batch is slow and nobody pipes JSON.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { main } from '../../src/cli/main';
import type { Io } from '../../src/cli/main';
import { captureIo, fixture, tempDir } from './helpers';

const QUANG_TRI = fixture('quang-tri-2024.xlsx');
const BINH_DINH = fixture('binh-dinh-2022.xlsx');

async function run(argv: string[], extra: Partial<Io> = {}) {
  const io = Object.assign(captureIo(), extra);
  const code = await main(argv, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

/** A folder tree: each path relative to the root gets a copy of `source` (a trailing / an empty folder). */
function tree(paths: readonly string[], source = BINH_DINH): string {
  const root = tempDir();
  for (const p of paths) {
    const full = path.join(root, ...p.split('/'));
    if (p.endsWith('/')) mkdirSync(full, { recursive: true });
    else {
      mkdirSync(path.dirname(full), { recursive: true });
      copyFileSync(source, full);
    }
  }
  return root;
}

describe('phuluc check FOLDER reads its subfolders and says how many files', () => {
  it.each<{ name: string; paths: string[]; files: number; subfolders: number }>([
    { name: 'files in subfolders only', paths: ['Quý 1/a.xlsx', 'Quý 2/Xã/b.xlsx'], files: 2, subfolders: 3 },
    { name: 'files at the top and below', paths: ['a.xlsx', 'con/b.xlsx', 'con/chau/c.xlsx'], files: 3, subfolders: 2 },
    { name: 'one file deep down', paths: ['2024/01/a.xlsx', '2024/02/'], files: 1, subfolders: 3 },
  ])('$name', async ({ paths, files, subfolders }) => {
    const root = tree(paths);
    const r = await run(['check', root]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(`Thư mục ${root}: ${files} tệp bảng tính (tìm cả trong ${subfolders} thư mục con).`);
    expect(r.stdout).toContain(`Tổng cộng đã đọc ${files} tệp:`);
    for (const p of paths.filter((x) => !x.endsWith('/'))) expect(r.stdout).toContain(`Tệp ${path.join(root, ...p.split('/'))}`);

    const json = await run(['check', root, '--json']);
    const doc = JSON.parse(json.stdout);
    expect(doc.files).toHaveLength(files);
    expect(doc.folders).toEqual([{ folder: root, files, subfolders, unreadable: [] }]);
  });
});

describe('a folder with nothing to check says so, without contradicting itself', () => {
  it.each<{ name: string; paths: string[]; message: RegExp }>([
    { name: 'empty', paths: [], message: /: thư mục không có tệp bảng tính \(\.xlsx\) nào\.$/ },
    { name: 'only empty subfolders', paths: ['a/', 'b/c/'], message: /: thư mục không có tệp bảng tính \(\.xlsx\) nào, kể cả trong 3 thư mục con\.$/ },
    { name: 'subfolders with other files', paths: [], message: /kể cả trong 1 thư mục con\.$/ },
  ])('$name', async ({ name, paths, message }) => {
    const root = tree(paths);
    if (name === 'subfolders with other files') {
      mkdirSync(path.join(root, 'van-ban'));
      writeFileSync(path.join(root, 'van-ban', 'ke-hoach.docx'), 'x');
    }
    const r = await run(['check', root]);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(r.stderr).not.toMatch(/không phải tệp|đây là một thư mục/);
    const json = await run(['check', root, '--json']);
    expect(JSON.parse(json.stdout).errors).toEqual([{ file: root, kind: 'empty-folder', message: expect.stringMatching(/^thư mục không có tệp bảng tính \(\.xlsx\) nào/) }]);
  });

  it('an empty folder next to a good file: the file is still reported', async () => {
    const root = tree([]);
    const r = await run(['check', root, QUANG_TRI]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(`Tệp ${QUANG_TRI}`);
    expect(r.stdout).toContain('1 tệp hoặc thư mục không đọc được');
  });
});

describe('a bad --config is explained once, in Vietnamese, with its line and column', () => {
  it.each<{ name: string; text: string; message: RegExp }>([
    { name: 'a trailing comma', text: '{"units": [1, 2,]}', message: /JSON không hợp lệ ở dòng 1, cột 17: thiếu giá trị \(hoặc thừa dấu phẩy\)\.$/ },
    { name: 'single quotes', text: "{'mode': 'extend'}", message: /JSON không hợp lệ ở dòng 1, cột 2: ký tự không hợp lệ\.$/ },
    { name: 'a missing brace on line 3', text: '{\n  "mode": "extend",\n  "units": [\n', message: /JSON không hợp lệ ở dòng 4, cột 1: / },
    { name: 'a comment', text: '{ // đơn vị\n "mode": "extend" }', message: /JSON không hợp lệ ở dòng 1, cột 3: JSON không được có chú thích\.$/ },
    { name: 'an unclosed string', text: '{"mode": "extend}', message: /JSON không hợp lệ ở dòng 1, cột 10: chuỗi chưa đóng dấu nháy kép\.$/ },
    { name: 'empty', text: '', message: /Tệp rỗng/ },
    { name: 'a list instead of an object', text: '[1]', message: /: cài đặt phải là một đối tượng JSON/ },
    { name: 'an unknown key', text: '{"donvi": []}', message: /: khóa "donvi" \(dòng 1, cột 2\) không được hỗ trợ; các khóa được nhận: version, mode, /u },
    { name: 'a bad mode', text: '{\n  "mode": "merge"\n}', message: /: mode \(dòng 2, cột 11\): chỉ nhận "replace" hoặc "extend"$/ },
    { name: 'a unit name as a number', text: '{"units": [\n  {"name": 3}\n]}', message: /: units\[0\]\.name \(dòng 2, cột 12\): / },
    { name: 'a year as text', text: '{"planYear": "2024"}', message: /: planYear \(dòng 1, cột 14\): / },
  ])('$name', async ({ text, message }) => {
    const file = path.join(tempDir(), 'cai-dat.json');
    writeFileSync(file, text);
    const r = await run(['check', QUANG_TRI, '--config', file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    for (const l of lines) {
      expect(l.startsWith(`phuluc: Tệp cài đặt ${file}: `)).toBe(true);
      // the file is named once; no English from the JSON parser or zod
      expect(l.match(/[Tt]ệp cài đặt|cài đặt:/g) ?? []).toHaveLength(1);
      expect(l).not.toMatch(/Unexpected|JSON at position|Expected|Invalid|token|property/);
    }
    expect(lines.some((l) => message.test(l))).toBe(true);
  });

  it.each([
    ['a missing file', (dir: string) => path.join(dir, 'khong-co.json'), /không tìm thấy tệp\.\n$/],
    ['a folder', (dir: string) => dir, /đây là một thư mục\.\n$/],
    // a device never ends (/dev/zero) or is always empty (/dev/null): refused before reading
    ['an endless device', () => '/dev/zero', /thiết bị.*không phải tệp cài đặt trên đĩa\.\n$/],
    ['an empty device', () => '/dev/null', /thiết bị.*không phải tệp cài đặt trên đĩa\.\n$/],
  ])('%s', async (_name, where, message) => {
    const r = await run(['check', QUANG_TRI, '--config', where(tempDir())]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe('--version and --help', () => {
  it('--version prints the package version on stdout, exit 0', async () => {
    const { version } = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
    for (const argv of [['--version'], ['-v']]) {
      const r = await run(argv);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(`phuluc ${version}\n`);
    }
  });
  it('--help lists every option with an example', async () => {
    const r = await run(['--help']);
    for (const o of ['--json', '--year', '--config', '--out', '--force', '--progress', '--help', '--version']) expect(r.stdout).toContain(o);
    expect(r.stdout.match(/Ví dụ:/g)!.length).toBeGreaterThanOrEqual(8);
  });
});

describe('progress on stderr', () => {
  /** A clock that advances `step` ms each time it is read. */
  const ticking = (step: number) => {
    let t = 0;
    return () => (t += step);
  };
  const three = () => tree(['a.xlsx', 'b.xlsx', 'c.xlsx']);

  it('a slow batch on a terminal shows "files done/total", then clears the line', async () => {
    const r = await run(['check', three()], { errTTY: true, outTTY: true, columns: 100, clock: ticking(600) });
    expect(r.stderr).toMatch(/\rĐang kiểm tra 1\/3 tệp: .*b\.xlsx/);
    expect(r.stderr).toMatch(/\rĐang kiểm tra 2\/3 tệp: .*c\.xlsx/);
    expect(r.stderr.endsWith('\r')).toBe(true);
    expect(r.stdout).toContain('Tổng cộng đã đọc 3 tệp');
  });

  it('a quick batch shows nothing', async () => {
    const r = await run(['check', three()], { errTTY: true, outTTY: true, clock: ticking(1) });
    expect(r.stderr).toBe('');
  });

  it('--json to a pipe stays silent, unless --progress asks', async () => {
    const quiet = await run(['check', three(), '--json'], { errTTY: true, outTTY: false, clock: ticking(600) });
    expect(quiet.stderr).toBe('');
    JSON.parse(quiet.stdout);
    const asked = await run(['check', three(), '--json', '--progress'], { errTTY: false, outTTY: false, clock: ticking(600) });
    expect(asked.stderr).toMatch(/^Đang kiểm tra \d\/3 tệp: .*\n/m);
    JSON.parse(asked.stdout);
  });

  it('stderr that is not a terminal gets no progress unless asked', async () => {
    const r = await run(['check', three()], { errTTY: false, outTTY: true, clock: ticking(600) });
    expect(r.stderr).toBe('');
  });
});
