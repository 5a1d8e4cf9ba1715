import { z } from 'zod';
import type { CheckOptions, DirectoryId } from './config';
import { DIRECTORY_IDS, parseDirectoryJson } from './units';

/**
 * A user's configuration file: which built-in directory to use (`directory`: one of
 * units/directories, or `auto` to pick it from each sheet's title and plan year), their own units
 * and funding categories (the directory format of units/schema.ts, with optional `validFrom`,
 * `validUntil`, `successors`), added to the directory's (`mode: extend`, the default) or in place
 * of them (`replace`), and optionally the plan year.
 */
const configSchema = z
  .object(
    {
      mode: z.enum(['replace', 'extend'], { error: 'chỉ nhận "replace" hoặc "extend"' }).default('extend'),
      directory: z
        .enum(['auto', ...DIRECTORY_IDS] as [string, ...string[]], { error: `chỉ nhận "auto" hoặc một trong: ${DIRECTORY_IDS.map((d) => `"${d}"`).join(', ')}` })
        .optional(),
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
  // The user's lists are combined with the directory chosen for each sheet (units/directories).
  const options: CheckOptions = { mode: c.mode };
  if (units) options.units = units;
  if (funding) options.funding = funding;
  if (c.directory !== undefined) options.directory = c.directory as DirectoryId | 'auto';
  if (c.planYear !== undefined) options.planYear = c.planYear;
  return { ok: true, options };
}
