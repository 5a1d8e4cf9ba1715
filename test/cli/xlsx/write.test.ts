/**
 * The CLI's file writer: never the input (by device and inode), never a half-written file,
 * Vietnamese reasons for every failure, and a previous output left whole when a write fails.
 */
import { chmodSync, chownSync, existsSync, linkSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'fs';
import { execFileSync } from 'child_process';
import * as path from 'path';
import { main } from '../../../src/cli/main';
import { WriteError } from '../../../src/cli/xlsx/errors';
import { checkTarget, writeFailureReason, writeFileSafely } from '../../../src/cli/xlsx/write';
import { captureIo, fixture, tempDir } from '../helpers';

const dir = tempDir();
const input = path.join(dir, 'input.xlsx');
const existing = path.join(dir, 'existing.xlsx');

beforeAll(() => {
  writeFileSync(input, 'gốc');
  writeFileSync(existing, 'cũ');
  symlinkSync(input, path.join(dir, 'link.xlsx'));
  linkSync(input, path.join(dir, 'hardlink.xlsx'));
  mkdirSync(path.join(dir, 'thư mục.xlsx'));
  execFileSync('mkfifo', [path.join(dir, 'fifo.xlsx')]);
});

const errorOf = async (p: Promise<unknown>): Promise<WriteError | null> =>
  p.then(
    () => null,
    (e: unknown) => {
      if (e instanceof WriteError) return e;
      throw e;
    },
  );

describe('checkTarget', () => {
  it.each<[string, string, boolean, string | null]>([
    ['the input itself', input, true, 'same-as-input'],
    ['the input through a relative path', path.relative(process.cwd(), input), true, 'same-as-input'],
    ['a symlink to the input', path.join(dir, 'link.xlsx'), true, 'same-as-input'],
    ['a hard link to the input, even with --force', path.join(dir, 'hardlink.xlsx'), true, 'same-as-input'],
    ['an existing file', existing, false, 'exists'],
    ['an existing file with --force', existing, true, null],
    ['a folder', path.join(dir, 'thư mục.xlsx'), true, 'unwritable'],
    ['a named pipe, even with --force', path.join(dir, 'fifo.xlsx'), true, 'unwritable'],
    ['a new file', path.join(dir, 'new.xlsx'), false, null],
  ])('%s', async (_what, out, force, kind) => {
    const e = await errorOf(checkTarget(out, { input, force }));
    if (kind === null) expect(e).toBeNull();
    else {
      expect(e?.kind).toBe(kind);
      expect(e?.reason).toMatch(/^[^\n]+$/);
    }
  });
});

describe('writeFileSafely', () => {
  const leftovers = () => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

  it('writes through a temporary file and leaves none behind', async () => {
    const out = path.join(dir, 'mới.xlsx');
    await writeFileSafely(out, new Uint8Array([1, 2, 3]), { input, force: false });
    expect([...readFileSync(out)]).toEqual([1, 2, 3]);
    expect(leftovers()).toEqual([]);
  });

  it('never writes through a hard link to the input, even with --force', async () => {
    const e = await errorOf(writeFileSafely(path.join(dir, 'hardlink.xlsx'), new Uint8Array([9]), { input, force: true }));
    expect(e?.kind).toBe('same-as-input');
    expect(readFileSync(input, 'utf8')).toBe('gốc');
  });

  it('a full disk: one Vietnamese line, the previous output intact (with --force), no temporary file', async () => {
    const out = path.join(dir, 'đầy.xlsx');
    writeFileSync(out, 'bản trước');
    const full = Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    const e = await errorOf(
      writeFileSafely(out, new Uint8Array(1000), { input, force: true }, {
        async write(handle, bytes) {
          await handle.write(bytes.subarray(0, 100)); // part of the file reaches the disk, then it is full
          throw full;
        },
      }),
    );
    expect(e?.kind).toBe('unwritable');
    expect(e?.reason).toBe(writeFailureReason('ENOSPC'));
    expect(e?.reason).toMatch(/ổ đĩa đã đầy/);
    expect(e?.reason).not.toMatch(/ENOSPC/);
    expect(readFileSync(out, 'utf8')).toBe('bản trước');
    expect(leftovers()).toEqual([]);
  });

  it('a folder that does not exist', async () => {
    const e = await errorOf(writeFileSafely(path.join(dir, 'không-có', 'out.xlsx'), new Uint8Array([1]), { input, force: false }));
    expect(e?.reason).toBe('thư mục chứa tệp không tồn tại.');
  });

  it.each([
    ['EROFS', /chỉ cho đọc/],
    ['EACCES', /không có quyền ghi/],
    ['EDQUOT', /hết dung lượng/],
    ['EIO', /lỗi đọc ghi/],
    ['EWHATEVER', /không ghi được tệp \(EWHATEVER\)/],
  ])('%s has a Vietnamese reason', (code, re) => {
    expect(writeFailureReason(code)).toMatch(re);
  });

  it('a read-only file system (simulated at the rename): the previous output stays', async () => {
    const out = path.join(dir, 'ro-fs.xlsx');
    writeFileSync(out, 'bản trước');
    const e = await errorOf(
      writeFileSafely(out, new Uint8Array(10), { input, force: true }, {
        async write() {
          throw Object.assign(new Error('EROFS'), { code: 'EROFS' });
        },
      }),
    );
    expect(e?.reason).toMatch(/chỉ cho đọc/);
    expect(readFileSync(out, 'utf8')).toBe('bản trước');
    expect(existsSync(out)).toBe(true);
    expect(leftovers()).toEqual([]);
  });
});

describe('a replaced output keeps its mode (and its owner where the system allows)', () => {
  const modeOf = (p: string) => statSync(p).mode & 0o7777;
  // The new file is made 0666 less the umask; these modes are none of what that gives (0644 here).
  it.each<[string, number]>([
    ['read-only for everyone (0444)', 0o444],
    ['read-only for its owner alone (0400)', 0o400],
    ['private (0600)', 0o600],
    ['group-writable (0664)', 0o664],
    ['executable, kept as it was (0755)', 0o755],
  ])('%s', async (_what, mode) => {
    const out = path.join(dir, `chế-độ-${mode.toString(8)}.xlsx`);
    writeFileSync(out, 'bản trước');
    chmodSync(out, mode);
    await writeFileSafely(out, new Uint8Array([7, 8]), { input, force: true });
    expect([...readFileSync(out)]).toEqual([7, 8]);
    expect(modeOf(out)).toBe(mode);
  });

  it('setuid and setgid bits are not carried over to the new file', async () => {
    const out = path.join(dir, 'setuid.xlsx');
    writeFileSync(out, 'bản trước');
    chmodSync(out, 0o6644);
    await writeFileSafely(out, new Uint8Array([1]), { input, force: true });
    expect(modeOf(out)).toBe(0o644);
  });

  it('a new output gets the usual mode (0666 less the umask), not one copied from elsewhere', async () => {
    const out = path.join(dir, 'mới-hẳn.xlsx');
    await writeFileSafely(out, new Uint8Array([1]), { input, force: false });
    const umask = process.umask();
    expect(modeOf(out)).toBe(0o666 & ~umask);
  });

  const root = process.getuid?.() === 0;
  (root ? it : it.skip)('as root, the owner and group of the replaced file stay (not root\'s)', async () => {
    const out = path.join(dir, 'chủ-sở-hữu.xlsx');
    writeFileSync(out, 'bản trước');
    chownSync(out, 4321, 4322);
    chmodSync(out, 0o440);
    await writeFileSafely(out, new Uint8Array([1]), { input, force: true });
    const st = statSync(out);
    expect([st.uid, st.gid, st.mode & 0o7777]).toEqual([4321, 4322, 0o440]);
  });

  it('phuluc fix --force over a read-only output: written, still read-only', async () => {
    const out = path.join(dir, 'đã-sửa-chỉ-đọc.xlsx');
    writeFileSync(out, 'bản trước');
    chmodSync(out, 0o444);
    const io = captureIo();
    expect(await main(['fix', fixture('cases/delete-row-references.xlsx'), '--out', out, '--force'], io)).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    expect(modeOf(out)).toBe(0o444);
  }, 60_000);
});
