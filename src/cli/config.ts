/**
 * Reads --config FILE: file problems here; the format and its parsing are the engine's
 * (core/config-parse.ts), the same as the pane's Cài đặt import and export.
 */
import { C } from './strings';
import { promises as fsp } from 'fs';
import type { CheckOptions } from '../core/config';

export type ConfigResult = { ok: true; options: Partial<CheckOptions> } | { ok: false; errors: string[] };

export async function loadConfig(file: string): Promise<ConfigResult> {
  let text: string;
  try {
    // A device (/dev/zero, a terminal) never ends: refused before reading. A pipe is read.
    const st = await fsp.stat(file);
    if (!st.isFile() && !st.isFIFO() && !st.isDirectory()) return { ok: false, errors: [C.config.error(file, `${C.config.notAFile}.`)] };
    text = await fsp.readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? C.config.missing
        : code === 'EISDIR'
          ? C.config.folder
          : code === 'EACCES' || code === 'EPERM'
            ? C.config.denied
            : C.config.unreadable(code);
    return { ok: false, errors: [C.config.error(file, `${why}.`)] };
  }
  // zod (the settings schema) is loaded only when --config is given.
  const { parseSettingsText, settingsToOptions } = await import('../core/config-parse');
  const r = parseSettingsText(text);
  if (!r.ok) return { ok: false, errors: r.errors.map((m) => C.config.error(file, m)) };
  return { ok: true, options: settingsToOptions(r.settings) };
}
