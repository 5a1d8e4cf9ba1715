import { z } from 'zod';
import type { CheckOptions, DirectoryEntry } from './config';
import { DEFAULT_FUNDING } from './funding';
import { DEFAULT_UNITS } from './units';

const entry = z.object({
  name: z.string().trim().min(1, 'tên không được để trống'),
  aliases: z.array(z.string().trim().min(1, 'tên gọi khác không được để trống')).default([]),
});

/** A user's configuration file: their units and funding categories, replacing or extending ours. */
const configSchema = z
  .object({
    mode: z.enum(['replace', 'extend']).default('extend'),
    units: z.array(entry).optional(),
    funding: z.array(entry).optional(),
    planYear: z.number().int().min(1990).max(2100).optional(),
  })
  .strict();

export type ConfigResult = { ok: true; options: CheckOptions } | { ok: false; errors: string[] };

const FIELD_NAMES: Record<string, string> = {
  mode: 'mode',
  units: 'units (danh mục đơn vị)',
  funding: 'funding (nguồn kinh phí)',
  planYear: 'planYear (năm kế hoạch)',
};

/** Validates a parsed JSON configuration; every problem is one Vietnamese line naming its path. */
export function parseConfigJson(json: unknown): ConfigResult {
  const parsed = configSchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((i) => {
        const path = i.path.map(String).join('.');
        const head = FIELD_NAMES[String(i.path[0])] ?? String(i.path[0] ?? '');
        const where = path ? `${path}${head && head !== path ? ` — ${head}` : ''}` : 'tệp cấu hình';
        return `${where}: ${vietnamese(i)}`;
      }),
    };
  }
  const c = parsed.data;
  const merge = (defaults: readonly DirectoryEntry[], mine: DirectoryEntry[] | undefined): readonly DirectoryEntry[] =>
    !mine ? defaults : c.mode === 'replace' ? mine : [...defaults, ...mine];
  const options: CheckOptions = {
    units: merge(DEFAULT_UNITS, c.units),
    funding: merge(DEFAULT_FUNDING, c.funding),
  };
  if (c.planYear !== undefined) options.planYear = c.planYear;
  return { ok: true, options };
}

function vietnamese(i: z.core.$ZodIssue): string {
  switch (i.code) {
    case 'invalid_type':
      return `sai kiểu dữ liệu (cần ${typeName(String(i.expected))})`;
    case 'unrecognized_keys':
      return `khóa không được hỗ trợ: ${i.keys.join(', ')}`;
    case 'invalid_value':
      return `giá trị không hợp lệ (chỉ nhận: ${i.values.map(String).join(', ')})`;
    case 'too_small':
    case 'too_big':
      return i.message && /[à-ỹ]/.test(i.message) ? i.message : 'giá trị nằm ngoài khoảng cho phép';
    default:
      return 'giá trị không hợp lệ';
  }
}

function typeName(t: string): string {
  return ({ string: 'chuỗi', number: 'số', array: 'danh sách', object: 'đối tượng' } as Record<string, string>)[t] ?? t;
}
