import * as z from 'zod/mini';
import type { DirectoryEntry } from '../config';
import { fold, nfc } from '../text';
import { UNIT_ROLES, unitRole, type UnitRole } from './directories/roles';

/**
 * A directory (of units, or of funding categories) as users write it in JSON: an array whose
 * items are `{ "name": "...", "aliases": [...] }`, or just the name as a string.
 */
const nameSchema = z
  .pipe(
    z.string({ error: 'phải là chuỗi ký tự' }),
    z.transform((s: string) => nfc(s)),
  )
  .check(z.refine((s) => s !== '', { message: 'không được để trống' }));

/** A calendar date written `YYYY-MM-DD` (ISO 8601), as directories date their units. */
const isoDate = z.string({ error: 'phải là ngày viết năm-tháng-ngày, ví dụ "2025-06-30"' }).check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'phải là ngày viết năm-tháng-ngày, ví dụ "2025-06-30"' }),
  z.refine(
    (s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
    },
    { message: 'không phải ngày có thật' },
  ),
);

/** A role the unit plays in the standard tasks (directories/roles.ts): `văn phòng`, `tài chính` …. */
const roleSchema = z.pipe(
  z
    .string({ error: 'phải là chuỗi ký tự' })
    .check(z.refine((s) => unitRole(s) !== undefined, { message: `không phải vai trò nào; các vai trò: ${UNIT_ROLES.map((x) => `"${x}"`).join(', ')}` })),
  z.transform((s: string): UnitRole => unitRole(s) ?? 'văn phòng'),
);

const ENTRY_SHAPE = 'phải là tên hoặc đối tượng { "name": ..., "aliases": [...] }';

const entryObject = z.pipe(
  z
    .object(
      {
        name: nameSchema,
        aliases: z._default(z.optional(z.array(nameSchema, { error: 'phải là danh sách tên gọi khác' })), []),
        validFrom: z.optional(isoDate),
        validUntil: z.optional(isoDate),
        successors: z.optional(z.array(nameSchema, { error: 'phải là danh sách tên đơn vị thay thế' })),
        roles: z.optional(z.array(roleSchema, { error: 'phải là danh sách vai trò' })),
      },
      { error: ENTRY_SHAPE },
    )
    .check(
      z.refine((e) => e.validFrom === undefined || e.validUntil === undefined || e.validFrom <= e.validUntil, {
        message: 'validFrom phải trước validUntil',
        path: ['validUntil'],
      }),
    ),
  z.transform((e): DirectoryEntry => {
    const out: DirectoryEntry = { name: e.name, aliases: e.aliases };
    if (e.validFrom !== undefined) out.validFrom = e.validFrom;
    if (e.validUntil !== undefined) out.validUntil = e.validUntil;
    if (e.successors !== undefined) out.successors = e.successors;
    if (e.roles !== undefined && e.roles.length) out.roles = e.roles;
    return out;
  }),
);

/**
 * One entry: a bare name, or `{ "name", "aliases"?, "validFrom"?, "validUntil"?, "successors"?,
 * "roles"? }` (dates `YYYY-MM-DD`; successors are the names of the units that took over its work;
 * roles, for a unit, the parts it plays in the standard tasks, which then name it: `"roles":
 * ["văn phòng"]`; ignored in a funding list).
 */
const entrySchema = z.union([z.pipe(nameSchema, z.transform((name: string): DirectoryEntry => ({ name, aliases: [] }))), entryObject], { error: ENTRY_SHAPE });

export const directorySchema = z.array(entrySchema, { error: 'danh mục phải là một danh sách (mảng JSON)' });
/** The units directory: the same shape as every directory. */
export const unitDirectorySchema = directorySchema;

export type ParseDirectoryResult = { ok: true; entries: DirectoryEntry[] } | { ok: false; errors: string[] };

function pathText(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : `.${String(p)}`;
  return out.replace(/^\./, '');
}

/**
 * Validates a directory read from JSON. Errors are in Vietnamese and name the path of the bad
 * field (`[2].aliases[0]: không được để trống`); a name or alias claimed by two entries is an error too,
 * since a unit could then resolve to either.
 */
export function parseDirectoryJson(json: unknown): ParseDirectoryResult {
  const parsed = directorySchema.safeParse(json);
  if (!parsed.success) {
    // a union reports each branch; keep the deepest path per item so the message points at the field
    const errors = parsed.error.issues.flatMap((issue) => {
      if (issue.code === 'invalid_union') {
        const inner = issue.errors.flat().filter((e) => e.path.length > 0);
        if (inner.length > 0) return inner.map((e) => `${pathText([...issue.path, ...e.path])}: ${e.message}`);
      }
      return [issue.path.length === 0 ? issue.message : `${pathText(issue.path)}: ${issue.message}`];
    });
    return { ok: false, errors: [...new Set(errors)] };
  }
  const owner = new Map<string, number>();
  const errors: string[] = [];
  parsed.data.forEach((entry, i) => {
    const names = [entry.name, ...entry.aliases];
    names.forEach((n, j) => {
      const key = fold(n);
      const first = owner.get(key);
      const where = j === 0 ? `[${i}].name` : `[${i}].aliases[${j - 1}]`;
      if (first !== undefined && first !== i) errors.push(`${where}: "${n}" trùng với mục [${first}]`);
      else owner.set(key, i);
    });
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, entries: parsed.data };
}

// The merge itself has no schema in it: it lives in merge.ts, so the engine can use it without zod.
export { mergeDirectory } from './merge';
