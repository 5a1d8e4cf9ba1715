/** Reads --config FILE: file and JSON problems here; the schema is the engine's (parseConfigJson). */
import { promises as fsp } from 'fs';
import type { CheckOptions } from '../core/config';

export type ParseConfig = (
  json: unknown,
) => { ok: true; options: Partial<CheckOptions> } | { ok: false; errors: string[] };

export type ConfigResult = { ok: true; options: Partial<CheckOptions> } | { ok: false; errors: string[] };

export async function loadConfig(file: string, parse: ParseConfig): Promise<ConfigResult> {
  let text: string;
  try {
    text = await fsp.readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'không tìm thấy tệp' : code === 'EISDIR' ? 'đây là một thư mục' : `không đọc được (${code ?? 'lỗi không rõ'})`;
    return { ok: false, errors: [`Tệp cấu hình ${file}: ${why}.`] };
  }
  let json: unknown;
  try {
    // A BOM is common in files saved by Notepad on Windows.
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, errors: [`Tệp cấu hình ${file} không phải JSON hợp lệ: ${(e as Error).message}`] };
  }
  const r = parse(json);
  if (!r.ok) return { ok: false, errors: r.errors.map((m) => `Tệp cấu hình ${file}: ${m}`) };
  return r;
}
