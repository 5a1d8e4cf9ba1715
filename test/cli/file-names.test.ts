/**
 * Files whose names are not UTF-8 (TCVN3, CP1258, VNI, Latin-1 bytes copied from old Windows
 * machines or zip archives; Linux allows any bytes but '/' and NUL): a folder's walk finds and
 * reads every one of them, whatever its bytes, and every report names it readably and safely
 * (invalid bytes as \xEA, control characters escaped; in --json `file` is valid Unicode and
 * `fileBase64` has the exact bytes). A name typed on the command line that Node could not
 * decode is either recovered from the system's copy of the arguments or explained, never
 * "không tìm thấy tệp" alone. The names are data: test/fixtures/file-names/*.json.
 */
import { spawnSync } from 'child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'fs';
import * as path from 'path';
import { argvBytes, childPath, nameText } from '../../src/cli/file-name';
import { expandInputs } from '../../src/cli/inputs';
import { main } from '../../src/cli/main';
import { printable, printableKeepBreaks } from '../../src/cli/printable';
import { C } from '../../src/cli/strings';
import { captureIo, fixture, tempDir } from './helpers';

interface NameCase {
  case: string;
  /** The name's bytes on disk. */
  hex: string;
  /** How reports name it (before printable() escapes its control characters). */
  shown: string;
  utf8: boolean;
}

const NAMES_DIR = fixture('file-names');
const CASES: NameCase[] = readdirSync(NAMES_DIR)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => JSON.parse(readFileSync(path.join(NAMES_DIR, f), 'utf8')) as NameCase[]);
const BINH_DINH = fixture('binh-dinh-2022.xlsx');
const ROOT = path.join(__dirname, '..', '..');

const bytesOf = (c: NameCase): Buffer => Buffer.from(c.hex, 'hex');

/** A folder holding a copy of the fixture under each name (in `sub`, a folder of its own bytes, if given). */
function folderWith(cases: readonly NameCase[], sub?: Buffer): { root: string; dir: string | Buffer } {
  const root = tempDir();
  const dir = sub ? childPath(root, sub) : root;
  if (sub) mkdirSync(dir);
  for (const c of cases) copyFileSync(BINH_DINH, childPath(dir, bytesOf(c)));
  return { root, dir };
}

async function run(argv: string[]) {
  const io = captureIo();
  const code = await main(argv, io, new Map());
  return { code, stdout: io.stdout, stderr: io.stderr };
}

/** Valid Unicode: no lone surrogate (UTF-8 encoding would turn one into U+FFFD). */
const wellFormed = (s: string): boolean => Buffer.from(s, 'utf8').toString('utf8') === s;

// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202e]/;

it('finds its name cases by glob, invalid and valid ones among them', () => {
  expect(CASES.filter((c) => !c.utf8).length).toBeGreaterThanOrEqual(8);
  expect(CASES.filter((c) => c.utf8).length).toBeGreaterThanOrEqual(2);
});

describe('nameText: UTF-8 decoded, every other byte as \\xHH', () => {
  it.each(CASES)('$case', (c) => {
    const text = nameText(bytesOf(c));
    expect(text).toBe(c.shown);
    expect(wellFormed(text)).toBe(true);
    if (!c.utf8) expect(text).not.toContain('\uFFFD');
  });
});

describe('a folder walk finds every file, opened by its bytes', () => {
  it.each(CASES)('$case', async (c) => {
    const { root } = folderWith([c]);
    const r = await expandInputs([root]);
    expect(r.files.map((f) => f.name)).toEqual([path.join(root, c.shown)]);
    const p = r.files[0]!.path;
    // A valid name stays a string path, as before; any other is its exact bytes.
    if (c.utf8) expect(p).toBe(path.join(root, c.shown));
    else expect(Buffer.compare(p as Buffer, Buffer.concat([Buffer.from(root + path.sep), bytesOf(c)]))).toBe(0);
  });

  it('in a folder whose own name is not UTF-8, and sorted by the names shown', async () => {
    const folder = Buffer.from('Th\xb0 m\xe1c', 'latin1');
    const all = CASES;
    const { root } = folderWith(all, folder);
    const r = await expandInputs([root]);
    const names = all.map((c) => path.join(root, nameText(folder), c.shown)).sort((a, b) => path.basename(a).localeCompare(path.basename(b), 'vi'));
    expect(r.files.map((f) => f.name)).toEqual(names);
    expect(r.folders[0]).toMatchObject({ files: all.length, subfolders: 1 });
  });
});

describe('phuluc check DIR checks every file whatever its name', () => {
  const { root } = folderWith(CASES);
  let text: Awaited<ReturnType<typeof run>>;
  let json: { files: { file: string; fileBase64?: string; summary: unknown }[]; errors?: unknown[] };
  let html: string;
  let alone: number;
  beforeAll(async () => {
    alone = (await run(['check', BINH_DINH])).code;
    text = await run(['check', root]);
    const out = path.join(tempDir(), 'bao-cao.html');
    const j = await run(['check', root, '--json', '--html', out]);
    json = JSON.parse(j.stdout);
    html = readFileSync(out, 'utf8');
  });

  it('reads them all: none missing, exit code as for the workbook', () => {
    expect(text.stderr).toBe('');
    expect(text.stdout).not.toContain(C.read.missing);
    expect(json.errors).toBeUndefined();
    expect(json.files).toHaveLength(CASES.length);
    expect(text.code).toBe(alone);
  });

  it.each(CASES)('text: $case', (c) => {
    expect(text.stdout).toContain(`${C.text.file(printable(path.join(root, c.shown)))}\n`);
  });

  it.each(CASES)('json: $case', (c) => {
    const entry = json.files.find((f) => f.file === path.join(root, c.shown));
    expect(entry).toBeDefined();
    expect(wellFormed(entry!.file)).toBe(true);
    if (c.utf8) expect(entry!.fileBase64).toBeUndefined();
    else expect(Buffer.from(entry!.fileBase64!, 'base64').equals(Buffer.concat([Buffer.from(root + path.sep), bytesOf(c)]))).toBe(true);
  });

  it.each(CASES)('html: $case', (c) => {
    const shown = printableKeepBreaks(c.shown).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    expect(html).toContain(shown);
  });

  it('never prints a raw control character, nor U+FFFD for a byte', () => {
    const lines = text.stdout.split('\n');
    // The ANSI-free report has no control character but its line breaks.
    expect(lines.filter((l) => RAW_CONTROL.test(l))).toEqual([]);
    const invalid = CASES.filter((c) => !c.utf8);
    for (const c of invalid) expect(text.stdout).not.toContain(bytesOf(c).toString('utf8'));
    expect(html).not.toMatch(RAW_CONTROL);
  });

  it('--xlsx in the folder: the issue list is written, the inputs untouched', async () => {
    const before = CASES.map((c) => readFileSync(childPath(root, bytesOf(c))));
    const r = await run(['check', root, '--xlsx', path.join(root, 'danh-sach.xlsx')]);
    expect(r.stderr).toContain(C.check.xlsxWritten(path.join(root, 'danh-sach.xlsx')));
    CASES.forEach((c, i) => expect(readFileSync(childPath(root, bytesOf(c))).equals(before[i]!)).toBe(true));
  });
});

describe('an unreadable file with such a name is named the same way', () => {
  it.each(CASES.filter((c) => !c.utf8))('$case', async (c) => {
    const root = tempDir();
    writeFileSync(childPath(root, bytesOf(c)), 'not a workbook');
    const r = await run(['check', root, '--json']);
    const doc = JSON.parse(r.stdout) as { errors: { file: string; fileBase64: string; kind: string }[] };
    expect(doc.errors).toEqual([expect.objectContaining({ file: path.join(root, c.shown), kind: 'not-xlsx' })]);
    expect(Buffer.from(doc.errors[0]!.fileBase64, 'base64').equals(Buffer.concat([Buffer.from(root + path.sep), bytesOf(c)]))).toBe(true);
    expect(r.stderr).toContain(`phuluc: ${printable(path.join(root, c.shown))}: `);
  });
});

describe('a name typed on the command line that Node decoded with U+FFFD', () => {
  const invalid = CASES.filter((c) => !c.utf8);

  it.each(invalid)('without its bytes, says why instead of "not found" alone: $case', async (c) => {
    const { root } = folderWith([c]);
    const lossy = path.join(root, bytesOf(c).toString('utf8'));
    for (const argv of [
      ['check', lossy],
      ['fix', lossy, '--out', path.join(root, 'ra.xlsx')],
      ['report', lossy, '--period', 'Quý I/2026'],
    ]) {
      const r = await run(argv);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(C.read.missingNotUtf8);
    }
    expect(existsSync(path.join(root, 'ra.xlsx'))).toBe(false);
  });

  it.each<{ name: string; cmdline: Buffer; argv: string[]; found: Record<string, string> }>([
    { name: 'the arguments at the end of the command line', cmdline: Buffer.from('node\0phuluc.js\0check\0K\xea.xlsx\0', 'latin1'), argv: ['check', 'K\uFFFD.xlsx'], found: { 'K\uFFFD.xlsx': '4bea2e786c7378' } },
    { name: 'node options before the script', cmdline: Buffer.from('node\0--cpu-prof\0phuluc.js\0check\0\xb8\0', 'latin1'), argv: ['check', '\uFFFD'], found: { '\uFFFD': 'b8' } },
    { name: 'not this command line (a test runner)', cmdline: Buffer.from('node\0jest\0--ci\0', 'latin1'), argv: ['check', 'K\uFFFD.xlsx'], found: {} },
    { name: 'a UTF-8 argument needs nothing', cmdline: Buffer.from('node\0p.js\0check\0K\xe1\xba\xbf.xlsx\0', 'latin1'), argv: ['check', 'Kế.xlsx'], found: {} },
    { name: 'two byte strings read the same: which is meant cannot be told', cmdline: Buffer.from('node\0p.js\0check\0\xea\0\xeb\0', 'latin1'), argv: ['check', '\uFFFD', '\uFFFD'], found: {} },
    { name: 'the same bytes twice', cmdline: Buffer.from('node\0p.js\0check\0\xea\0\xea\0', 'latin1'), argv: ['check', '\uFFFD', '\uFFFD'], found: { '\uFFFD': 'ea' } },
    { name: 'no copy of the command line (not Linux)', cmdline: undefined as unknown as Buffer, argv: ['check', '\uFFFD'], found: {} },
  ])('argvBytes: $name', ({ cmdline, argv, found }) => {
    const map = argvBytes(argv, cmdline);
    expect(Object.fromEntries([...map].map(([k, v]) => [k, v.toString('hex')]))).toEqual(found);
  });
});

/**
 * The real command line, through a shell that passes the bytes as they are (as a clerk's
 * terminal does): the file is found by the bytes Linux keeps, or the output refused by name.
 */
const cli = (script: string, env: NodeJS.ProcessEnv = {}) =>
  spawnSync('sh', ['-c', script], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', ...env }, encoding: 'buffer', timeout: 60_000 });
const built = existsSync(path.join(ROOT, 'dist-cli', 'phuluc.js'));
const onLinux = process.platform === 'linux' && built ? describe : describe.skip;

onLinux('the built CLI, given the bytes on its command line', () => {
  const invalid = CASES.filter((c) => !c.utf8);
  const sh = (b: Buffer) => `"$(printf '${[...b].map((x) => `\\${x.toString(8).padStart(3, '0')}`).join('')}')"`;

  it.each(invalid)('check FILE: $case', (c) => {
    const { root } = folderWith([c]);
    const r = cli(`node bin/phuluc.js check ${sh(Buffer.concat([Buffer.from(root + path.sep), bytesOf(c)]))} --json`);
    const doc = JSON.parse(r.stdout.toString('utf8')) as { file: string; fileBase64: string };
    expect(r.stderr.toString('utf8')).toBe('');
    expect(doc.file).toBe(path.join(root, c.shown));
    expect(Buffer.from(doc.fileBase64, 'base64').equals(Buffer.concat([Buffer.from(root + path.sep), bytesOf(c)]))).toBe(true);
  });

  it('fix FILE --out NEW: the input read by its bytes and left as it was; an output so named is refused', () => {
    const c = invalid[0]!;
    const { root } = folderWith([c]);
    const input = Buffer.concat([Buffer.from(root + path.sep), bytesOf(c)]);
    const before = readFileSync(input);
    const out = path.join(root, 'da-sua.xlsx');
    const ok = cli(`node bin/phuluc.js fix ${sh(input)} --out '${out}'`);
    expect(ok.stderr.toString('utf8')).toBe('');
    expect(ok.status).toBe(0);
    expect(existsSync(out)).toBe(true);
    const same = cli(`node bin/phuluc.js fix ${sh(input)} --out ${sh(input)} --force`);
    expect(same.status).toBe(2);
    expect(same.stderr.toString('utf8')).toContain(C.write.nameNotUtf8);
    expect(readFileSync(input).equals(before)).toBe(true);
  });
});
