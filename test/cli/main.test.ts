import { execFile } from 'child_process';
import { copyFileSync, existsSync, writeFileSync } from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
// The engine module itself: the CLI imports it directly (not the core index, which loads zod).
import * as core from '../../src/core/engine';
import { captureIo, fixture, tempDir } from './helpers';

const ROOT = path.join(__dirname, '..', '..');
const BINH_DINH = fixture('binh-dinh-2022.xlsx');
const QUANG_TRI = fixture('quang-tri-2024.xlsx');
const PASTED = fixture('quang-tri-2024-pasted.xlsx');

async function run(argv: string[]) {
  const io = captureIo();
  const code = await main(argv, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

/** The whole of stdout must be one JSON document. */
function parseOne(stdout: string) {
  expect(stdout.trim().startsWith('{')).toBe(true);
  return JSON.parse(stdout);
}

/** A workbook with no appendix in it: nothing to report whatever the engine's heuristics. */
async function plainWorkbook(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Ghi chú').getCell('A1').value = 'Danh sách liên hệ';
  const file = path.join(tempDir(), 'ghi-chú.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

describe('phuluc check --json', () => {
  it.each([BINH_DINH, QUANG_TRI, PASTED])('%s: one document {file, sheets, summary}, exit 1 exactly when errors', async (file) => {
    const r = await run(['check', file, '--json']);
    expect(r.stderr).toBe('');
    const doc = parseOne(r.stdout);
    const exit = doc.summary.errors > 0 ? 1 : 0;
    expect(r.code).toBe(exit);
    expect(Object.keys(doc)).toEqual(['file', 'sheets', 'summary']);
    expect(doc.file).toBe(file);
    expect(Object.keys(doc.summary).sort()).toEqual(['errors', 'infos', 'warnings']);
    for (const s of doc.sheets) {
      expect(typeof s.name).toBe('string');
      expect(['tasks', 'budget', 'none']).toContain(s.kind);
      for (const i of s.issues) {
        expect(typeof i.message).toBe('string');
        expect(i.message.length).toBeGreaterThan(0);
        expect(typeof i.row).toBe('number');
      }
    }
    const counted = { errors: 0, warnings: 0, infos: 0 };
    for (const sh of doc.sheets) for (const i of sh.issues) counted[i.severity === 'error' ? 'errors' : i.severity === 'warning' ? 'warnings' : 'infos']++;
    expect(doc.summary).toEqual(counted);
  });

  it('exits 0 when nothing is wrong', async () => {
    const file = await plainWorkbook();
    const r = await run(['check', file, '--json']);
    expect(r.code).toBe(0);
    expect(parseOne(r.stdout).summary).toEqual({ errors: 0, warnings: 0, infos: 0 });
  });

  it('finds the stt gap in quang-tri-2024 and reads the plan year', async () => {
    const doc = parseOne((await run(['check', QUANG_TRI, '--json'])).stdout);
    const s = doc.sheets.find((x: { name: string }) => x.name === 'Phụ lục');
    expect(s.kind).toBe('tasks');
    expect(s.planYear).toBe(2024);
    expect(s.issues.some((i: { code: string; row: number }) => i.code === 'stt.gap' && (i.row === 56 || i.row === 57))).toBe(true);
  });

  it('--year overrides the plan year and turns deadlines of 2024 into year errors', async () => {
    const r = await run(['check', QUANG_TRI, '--json', '--year', '2030']);
    const doc = parseOne(r.stdout);
    const s = doc.sheets.find((x: { kind: string }) => x.kind === 'tasks');
    expect(s.planYear).toBe(2030);
    expect(s.planYearSource).toBe('override');
    expect(s.issues.some((i: { code: string }) => i.code === 'deadline.year-mismatch')).toBe(true);
    expect(r.code).toBe(1);
  });

  it('several files: {files, summary}, the summary adds them up', async () => {
    const r = await run(['check', BINH_DINH, QUANG_TRI, '--json']);
    const doc = parseOne(r.stdout);
    expect(Object.keys(doc)).toEqual(['files', 'summary']);
    expect(doc.files.map((f: { file: string }) => f.file)).toEqual([BINH_DINH, QUANG_TRI]);
    const sum = (k: string) => doc.files.reduce((n: number, f: { summary: Record<string, number> }) => n + (f.summary[k] ?? 0), 0);
    expect(doc.summary).toEqual({ errors: sum('errors'), warnings: sum('warnings'), infos: sum('infos') });
    expect(r.code).toBe(1);
  });

  it('several files with one unreadable: reports the others, one line on stderr, exit 2', async () => {
    const missing = path.join(tempDir(), 'không-có.xlsx');
    const r = await run(['check', BINH_DINH, missing, '--json']);
    expect(r.code).toBe(2);
    const doc = parseOne(r.stdout);
    expect(doc.files).toHaveLength(1);
    expect(doc.errors).toEqual([{ file: missing, kind: 'missing', message: expect.stringMatching(/không tìm thấy/) }]);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(missing);
  });

  it('a file whose check throws (a bug) loses only its own report in a folder run', async () => {
    const dir = tempDir();
    copyFileSync(BINH_DINH, path.join(dir, 'a.xlsx'));
    copyFileSync(QUANG_TRI, path.join(dir, 'b.xlsx'));
    copyFileSync(PASTED, path.join(dir, 'c.xlsx'));
    const real = core.checkWorkbook;
    // the second file's check throws, as a stack overflow or any engine bug would
    const spy = jest.spyOn(core, 'checkWorkbook').mockImplementation((grids, options) => {
      if (spy.mock.calls.length === 2) throw new RangeError('Maximum call stack size exceeded');
      return real(grids, options);
    });
    try {
      const r = await run(['check', dir, '--json']);
      expect(r.code).toBe(2);
      const doc = parseOne(r.stdout);
      expect(doc.files.map((f: { file: string }) => path.basename(f.file))).toEqual(['a.xlsx', 'c.xlsx']);
      expect(doc.errors).toEqual([{ file: path.join(dir, 'b.xlsx'), kind: 'internal', message: expect.stringMatching(/không mong đợi.*Maximum call stack/) }]);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    } finally {
      spy.mockRestore();
    }
  });

  it('one unreadable file: the folder run\'s document with its entry, one Vietnamese line on stderr, exit 2', async () => {
    const dir = tempDir();
    const txt = path.join(dir, 'ghi-chú.xlsx');
    writeFileSync(txt, 'không phải bảng tính');
    const r = await run(['check', txt, '--json']);
    expect(r).toEqual({ code: 2, stdout: expect.any(String), stderr: expect.stringMatching(/^phuluc: .*văn bản.*\n$/) });
    expect(JSON.parse(r.stdout)).toEqual({
      files: [],
      summary: { errors: 0, warnings: 0, infos: 0 },
      errors: [{ file: txt, kind: 'not-xlsx', message: expect.stringMatching(/văn bản/) }],
    });
  });
});

describe('phuluc check (text)', () => {
  it('groups by file and sheet and ends with the summary line', async () => {
    const r = await run(['check', QUANG_TRI]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`Tệp ${QUANG_TRI}`);
    expect(r.stdout).toMatch(/Trang tính "Phụ lục": bảng nhiệm vụ; dòng tiêu đề cột: \d+; năm kế hoạch 2024/);
    expect(r.stdout).toMatch(/\d+ vấn đề: \d+ lỗi, \d+ cảnh báo, \d+ gợi ý|Không có vấn đề nào/);
    expect(r.stdout).toMatch(/A5[67]\s+Lỗi/);
    // errors come first, under their heading, before any warning or hint
    const errorsAt = r.stdout.indexOf('    Lỗi (');
    expect(errorsAt).toBeGreaterThan(0);
    for (const other of ['    Cảnh báo (', '    Gợi ý (']) {
      const at = r.stdout.indexOf(other);
      if (at >= 0) expect(at).toBeGreaterThan(errorsAt);
    }
    expect(r.stdout).not.toMatch(/[«»]/);
    expect(r.stdout).not.toContain('\x1b[');
  });
});

describe('arguments and configuration', () => {
  it.each([
    [['check'], /^phuluc: Thiếu tên tệp/],
    [['kiểm-tra', BINH_DINH], /^phuluc: .*"kiểm-tra"/],
    [['check', BINH_DINH, '--year', '24'], /^phuluc: Năm không hợp lệ: "24"/],
    [['check', BINH_DINH, '--bogus'], /^phuluc: Tùy chọn không hợp lệ cho lệnh check: "--bogus"\./],
  ])('%j → the reason and where the usage is, on stderr, exit 2', async (argv, reason) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(reason);
    // two lines: the reason, then the pointer to --help (not 70 lines of usage burying the reason)
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(2);
    expect(r.stderr.trimEnd().split('\n')[1]).toBe('Xem cách dùng và ví dụ: phuluc --help');
  });

  it('no arguments → the whole usage on stderr, exit 2', async () => {
    const r = await run([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Cách dùng');
    expect(r.stderr).toContain('phuluc new');
  });

  it.each([[['help']], [['--help']]])('%j → usage on stdout, exit 0', async (argv) => {
    const r = await run(argv);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('phuluc check');
    expect(r.stdout).toContain('phuluc fix');
  });

  // One name for the settings file in every command's line; the progress line's default said as it is.
  it('--help names the settings file one way and says when progress shows without --progress', async () => {
    const r = await run(['--help']);
    const names = [...r.stdout.matchAll(/\[--config ([^\]\s]+)\]/gu)].map((m) => m[1]);
    expect(names.length).toBeGreaterThanOrEqual(3);
    expect(new Set(names)).toEqual(new Set(['CÀI_ĐẶT.json']));
    expect(r.stdout).toMatch(/chỉ hiện trên cửa sổ dòng lệnh, khi kiểm tra lâu hơn 1 giây, và không hiện khi --json in ra ống dẫn hay tệp/u);
  });

  const dir = tempDir();
  const cfg = (name: string, text: string) => {
    const p = path.join(dir, name);
    writeFileSync(p, text);
    return p;
  };

  it.each([
    ['a missing config file', () => path.join(dir, 'không-có.json'), /không tìm thấy/],
    ['a config that is not JSON', () => cfg('bad.json', '{units: [}'), /JSON không hợp lệ ở dòng 1, cột 2: /],
    ['an unknown key', () => cfg('key.json', '{"donvi": []}'), /donvi/],
    ['a wrong mode', () => cfg('mode.json', '{"mode": "merge"}'), /mode/],
    ['a unit without a name', () => cfg('unit.json', '{"units": [{"name": ""}]}'), /units/],
  ])('%s → each error on stderr, exit 2', async (_what, make, message) => {
    const r = await run(['check', BINH_DINH, '--json', '--config', make()]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it("the pane's exported settings (version, templates, no mode) are accepted, and extend the built-in units", async () => {
    const exported = {
      version: 1,
      units: [{ name: 'Phòng Cải cách hành chính', aliases: [] }],
      funding: [],
      templates: [{ id: 'rieng', area: 'CẢI CÁCH THỂ CHẾ', task: 'Rà soát', lead: 'Văn phòng Sở', deadline: 'Quý I/{year}' }],
    };
    const plain = parseOne((await run(['check', QUANG_TRI, '--json'])).stdout);
    const r = await run(['check', QUANG_TRI, '--json', '--config', cfg('pane.json', JSON.stringify(exported, null, 2))]);
    expect(r.stderr).toBe('');
    const withCfg = parseOne(r.stdout);
    // Extend, not replace: the built-in units still count, so no new unknown-unit warnings.
    expect(withCfg.summary).toEqual(plain.summary);
  });

  it('a valid config is used (its plan year), and --year wins over it', async () => {
    const p = cfg('ok.json', '\uFEFF{"mode": "extend", "units": [{"name": "Phòng Tổ chức", "aliases": ["TC"]}], "planYear": 2022}');
    const withCfg = parseOne((await run(['check', QUANG_TRI, '--json', '--config', p])).stdout);
    expect(withCfg.sheets.find((s: { kind: string }) => s.kind === 'tasks').planYear).toBe(2022);
    const both = parseOne((await run(['check', QUANG_TRI, '--json', '--config', p, '--year', '2024'])).stdout);
    expect(both.sheets.find((s: { kind: string }) => s.kind === 'tasks').planYear).toBe(2024);
  });
});

describe('bin/phuluc.js end to end', () => {
  const spawn = (args: string[], env: Record<string, string> = {}) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile('node', [path.join(ROOT, 'bin', 'phuluc.js'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } }, (err, stdout, stderr) => {
        resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
      });
    });

  it('check --json prints exactly one JSON document and exits 1 on errors', async () => {
    const r = await spawn(['check', QUANG_TRI, '--json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(parseOne(r.stdout).file).toBe(QUANG_TRI);
  }, 30000);

  it('exits 2 with one line for a missing file', async () => {
    const r = await spawn(['check', 'không-có.xlsx']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  }, 30000);

  it('exits 0 on a workbook with nothing wrong', async () => {
    expect((await spawn(['check', await plainWorkbook(), '--json'])).code).toBe(0);
  }, 30000);

  // Running the sources through tsx (no dist-cli/, or PHULUC_FROM_SOURCE=1): the commands main.ts
  // loads lazily with import() (`new`; config-parse under --config) are found as in the build.
  it('runs from source: new, and check --config, load their lazy modules', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'mới.xlsx');
    const made = await spawn(['new', '--year', '2027', '--body', 'UBND xã Tân Lập', '--tasks', '--out', out], { PHULUC_FROM_SOURCE: '1' });
    expect(made.stderr).toBe('');
    expect([made.code, made.stdout]).toEqual([0, expect.stringContaining('Đã tạo phụ lục năm 2027 của UBND xã Tân Lập')]);
    const cfg = path.join(dir, 'cai-dat.json');
    writeFileSync(cfg, '{"mode": "extend", "units": ["Tổ công nghệ số cộng đồng"]}');
    const checked = await spawn(['check', out, '--json', '--config', cfg], { PHULUC_FROM_SOURCE: '1' });
    expect(checked.stderr).toBe('');
    expect(checked.code).toBe(0);
    expect(parseOne(checked.stdout).sheets[0]).toMatchObject({ planYear: 2027, directory: { id: 'xa-2025', custom: 'extend' }, issues: [] });
  }, 120_000);
});

describe('phuluc fix: refusals', () => {
  it('refuses to write over its input', async () => {
    const r = await run(['fix', PASTED, '--out', PASTED]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/không ghi đè lên tệp gốc/);
  });

  it('refuses an existing --out without --force, and writes with it', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'đã-có.xlsx');
    writeFileSync(out, 'cũ');
    const refused = await run(['fix', PASTED, '--out', out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/--force/);
    const forced = await run(['fix', PASTED, '--out', out, '--force']);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain(`Đã ghi tệp ${out}`);
  });

  it('writes nothing when the input cannot be read', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'out.xlsx');
    const r = await run(['fix', path.join(dir, 'không-có.xlsx'), '--out', out]);
    expect(r.code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });
});
