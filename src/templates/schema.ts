/**
 * The task-template library is data: a zod schema, the standard reform areas, and validation of a
 * department's own templates with Vietnamese errors that name the offending field.
 * Pure (no React, no Excel): the pane and the CLI both use it.
 */
import * as z from 'zod/mini';
import { STANDARD_AREAS } from '../core/areas';
import { foldKeepPunctuation } from '../core/text';
import { roleLabel } from '../core/messages';
import { CONFIG_MESSAGES } from '../core/messages/config';

const M = CONFIG_MESSAGES.template;

/** The standard reform areas, in the order plans usually list them: the engine's list (section titles, upper case). */
export const REFORM_AREAS: readonly string[] = STANDARD_AREAS.map((a) => a.title);

export type ReformArea = string;

const text = z.string().check(z.trim(), z.minLength(1));
const trimmed = z.string().check(z.trim());

/**
 * One standard task. Text fields may contain `{năm}` (the plan year), `{năm-1}` and `{năm+1}`,
 * substituted by fillTemplate.
 */
export const taskTemplateSchema = z.object({
  /** Stable id; a department template with a default's id replaces that default. */
  id: text,
  /** The reform area (section title), usually one of REFORM_AREAS. */
  area: text,
  /** Mục tiêu (only sheets with an objective column use it). */
  objective: z.optional(trimmed),
  /** Nhiệm vụ. */
  task: text,
  /** Hoạt động (only sheets with an activity column use it). */
  activity: z.optional(trimmed),
  /** Sản phẩm. */
  product: text,
  /** Đơn vị chủ trì. */
  lead: text,
  /** Đơn vị phối hợp (may be empty). */
  partners: z._default(trimmed, ''),
  /** Thời gian thực hiện, e.g. `Quý I/{năm}` or `Thường xuyên`. */
  deadline: text,
  /** Kinh phí. */
  funding: text,
  /** Extra search words (abbreviations: TTHC, VBQPPL...). */
  keywords: z.optional(z.array(z.string())),
});

export type TaskTemplate = z.infer<typeof taskTemplateSchema>;
/** What a department writes: the id may be left out (one is made up). */
export type TaskTemplateInput = z.input<typeof taskTemplateSchema>;

/** Vietnamese names of the template fields, for error messages and labels. */
export const FIELD_LABELS: Record<keyof TaskTemplate, string> = {
  id: M.fields.id,
  area: M.fields.area,
  // The columns a template fills are named as the engine names them in messages.
  objective: roleLabel('objective'),
  task: roleLabel('task'),
  activity: roleLabel('activity'),
  product: roleLabel('product'),
  lead: roleLabel('lead'),
  partners: roleLabel('partners'),
  deadline: roleLabel('deadline'),
  funding: roleLabel('funding'),
  keywords: M.fields.keywords,
};

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

function describeProblem(issue: z.core.$ZodIssue, root: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (valueAt(root, issue.path) === undefined) return M.missing;
      return issue.expected === 'array' ? M.notList : issue.expected === 'object' ? M.notObject : M.notText;
    case 'too_small':
      return M.empty;
    case 'unrecognized_keys':
      return M.unknownFields(issue.keys);
    default:
      return M.invalid;
  }
}

/**
 * A zod issue as a Vietnamese sentence naming the template (by position) and the field.
 * `root` is the value that was parsed (to tell a missing field from a wrong one).
 */
export function templateIssueMessage(
  issue: z.core.$ZodIssue,
  root: unknown,
  pathPrefix: (string | number)[] = [],
): string {
  const path = [...pathPrefix, ...issue.path].filter((p): p is string | number => typeof p !== 'symbol');
  const problem = describeProblem(issue, root);
  const indexPos = path.findIndex((p) => typeof p === 'number');
  const index = indexPos >= 0 ? (path[indexPos] as number) : undefined;
  const field = indexPos >= 0 ? path[indexPos + 1] : path[0];
  const where = M.which(index);
  if (typeof field === 'string' && field in FIELD_LABELS) {
    return M.keyed(where, FIELD_LABELS[field as keyof TaskTemplate], field, problem);
  }
  if (field === undefined) return M.whole(where, problem);
  return M.field(where, String(field), problem);
}

function makeId(t: Record<string, unknown>, index: number): string {
  const base = typeof t.task === 'string' ? slug(t.task).slice(0, 40) : 'nhiem-vu';
  return `rieng-${base || 'nhiem-vu'}-${index + 1}`;
}

/** An ASCII slug of Vietnamese text, for ids. */
export function slug(s: string): string {
  return foldKeepPunctuation(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Validates a department's own templates (from settings or an imported JSON). Every invalid template
 * gives one or more Vietnamese errors naming its position and field; nothing is half-accepted.
 */
export function parseUserTemplates(input: unknown): ValidationResult<TaskTemplate[]> {
  if (input === undefined || input === null) return { ok: true, value: [] };
  if (!Array.isArray(input)) return { ok: false, errors: [M.notArray] };
  const errors: string[] = [];
  const out: TaskTemplate[] = [];
  const seen = new Set<string>();
  input.forEach((raw, i) => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      errors.push(M.itemNotObject(i));
      return;
    }
    const withId = { ...(raw as Record<string, unknown>) };
    if (withId.id === undefined || withId.id === '') withId.id = makeId(withId, i);
    const r = taskTemplateSchema.safeParse(withId);
    if (!r.success) {
      for (const issue of r.error.issues) errors.push(templateIssueMessage(issue, withId, [i]));
      return;
    }
    if (seen.has(r.data.id)) {
      errors.push(M.duplicateId(i, FIELD_LABELS.id, r.data.id));
      return;
    }
    seen.add(r.data.id);
    out.push(r.data);
  });
  return errors.length ? { ok: false, errors } : { ok: true, value: out };
}
