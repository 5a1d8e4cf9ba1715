/**
 * Reads --config FILE: file problems here; the format and its parsing are the engine's
 * (core/config-parse.ts), the same as the pane's Cài đặt import and export.
 */
import { promises as fsp } from 'fs';
import type { CheckOptions } from '../core/config';

export type ConfigResult = { ok: true; options: Partial<CheckOptions> } | { ok: false; errors: string[] };

export async function loadConfig(file: string): Promise<ConfigResult> {
  let text: string;
  try {
    text = await fsp.readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'không tìm thấy tệp' : code === 'EISDIR' ? 'đây là một thư mục' : `không đọc được (${code ?? 'lỗi không rõ'})`;
    return { ok: false, errors: [`Tệp cấu hình ${file}: ${why}.`] };
  }
  // zod (the settings schema) is loaded only when --config is given.
  const { parseSettingsText, settingsToOptions } = await import('../core/config-parse');
  const r = parseSettingsText(text);
  if (!r.ok) return { ok: false, errors: r.errors.map((m) => `Tệp cấu hình ${file}: ${m}`) };
  return { ok: true, options: settingsToOptions(r.settings) };
}
