/** Writing what the CLI creates (reports, issue lists, new appendices): never over an input. */
import { promises as fsp } from 'fs';
import * as path from 'path';
import { WriteError } from './xlsx/errors';
import { checkTarget } from './xlsx/write';

/**
 * Writes `data` to `out`, refusing to overwrite any of `inputs` (after resolving links) or, unless
 * `force`, an existing file. Throws only WriteError (with a Vietnamese reason).
 */
export async function writeOutput(out: string, data: Uint8Array | string, opts: { inputs: readonly string[]; force: boolean }): Promise<void> {
  let abs = path.resolve(out);
  // An input first (that is never allowed, --force or not), then an existing file.
  for (const input of opts.inputs) abs = await checkTarget(out, { input, force: true });
  if (!opts.force && (await fsp.stat(abs).then(() => true, () => false))) {
    throw new WriteError('exists', out, 'tệp đã tồn tại; thêm --force để ghi đè.');
  }
  try {
    await fsp.writeFile(abs, data);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'thư mục không tồn tại' : code === 'EACCES' ? 'không có quyền ghi' : code === 'EISDIR' ? 'đây là một thư mục' : (code ?? 'lỗi không rõ');
    throw new WriteError('unwritable', out, `không ghi được tệp (${why}).`);
  }
}
