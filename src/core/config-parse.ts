import { z } from 'zod';
import type { CheckOptions } from './config';
import { DEFAULT_FUNDING } from './funding';
import { DEFAULT_UNITS, mergeDirectory, parseDirectoryJson } from './units';

/**
 * A user's configuration file: their units and funding categories (the directory format of
 * units/schema.ts), replacing or extending ours, and optionally the plan year.
 */
const configSchema = z
  .object(
    {
      mode: z.enum(['replace', 'extend'], { error: 'chỉ nhận "replace" hoặc "extend"' }).default('extend'),
      units: z.unknown().optional(),
      funding: z.unknown().optional(),
      planYear: z.number({ error: 'phải là một số' }).int().min(1990).max(2100, { error: 'phải là năm từ 1990 đến 2100' }).optional(),
    },
    { error: 'tệp cấu hình phải là một đối tượng JSON { ... }' },
  )
  .strict();

export type ConfigResult = { ok: true; options: CheckOptions } | { ok: false; errors: string[] };

/** Validates a parsed JSON configuration; every problem is one Vietnamese line naming its path. */
export function parseConfigJson(json: unknown): ConfigResult {
  const parsed = configSchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((i) => {
        const path = i.path.map(String).join('.') || 'tệp cấu hình';
        const message = i.code === 'unrecognized_keys' ? `khóa không được hỗ trợ: ${i.keys.join(', ')}` : i.message;
        return `${path}: ${message}`;
      }),
    };
  }
  const c = parsed.data;
  const errors: string[] = [];
  const directory = (key: 'units' | 'funding') => {
    if (c[key] === undefined) return undefined;
    const r = parseDirectoryJson(c[key]);
    if (r.ok) return r.entries;
    for (const e of r.errors) errors.push(`${key}${e.startsWith('[') ? '' : ': '}${e}`);
    return undefined;
  };
  const units = directory('units');
  const funding = directory('funding');
  if (errors.length) return { ok: false, errors };
  const options: CheckOptions = {
    units: units ? mergeDirectory(DEFAULT_UNITS, units, c.mode) : DEFAULT_UNITS,
    funding: funding ? mergeDirectory(DEFAULT_FUNDING, funding, c.mode) : DEFAULT_FUNDING,
  };
  if (c.planYear !== undefined) options.planYear = c.planYear;
  return { ok: true, options };
}
