import { mkdtempSync } from 'fs';
import * as os from 'os';
import * as path from 'path';

export const FIXTURES = path.join(__dirname, '..', 'fixtures');
export const fixture = (name: string): string => path.join(FIXTURES, name);

export function tempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'phuluc-cli-'));
}

/** An Io that records what main() prints. */
export function captureIo(color = false) {
  const io = { stdout: '', stderr: '', color, out: (s: string) => void (io.stdout += s), err: (s: string) => void (io.stderr += s) };
  return io;
}
