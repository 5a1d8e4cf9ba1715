/** Filling a template for a plan year, and accent-insensitive search over the library. */
import type { TaskTemplate } from './schema';

/** A template with its placeholders filled: the texts a row receives. */
export interface FilledTask {
  id: string;
  area: string;
  objective: string;
  task: string;
  activity: string;
  product: string;
  lead: string;
  partners: string;
  deadline: string;
  funding: string;
}

/** `{năm}`, `{năm+1}`, `{năm-1}` (also written without diacritics, `{nam}`, or `{year}`). */
const PLACEHOLDER = /\{\s*(năm|nam|year)\s*(?:([+-])\s*(\d+))?\s*\}/giu;

/**
 * Substitutes the plan year into one text. Without a year (none read yet) each placeholder
 * shows as "[năm]", "[năm + 1]": a preview never shows a year that will not be written.
 */
export function fillYear(text: string, planYear: number | undefined): string {
  return text.normalize('NFC').replace(PLACEHOLDER, (_m, _w: string, sign?: string, n?: string) => {
    const d = n ? Number(n) : 0;
    if (planYear === undefined) return d ? `[năm ${sign} ${d}]` : '[năm]';
    return String(sign === '-' ? planYear - d : planYear + d);
  });
}

/** The template's texts with the plan year filled in. */
export function fillTemplate(t: TaskTemplate, planYear: number | undefined): FilledTask {
  const f = (s: string | undefined) => fillYear(s ?? '', planYear);
  return {
    id: t.id,
    area: t.area,
    objective: f(t.objective),
    task: f(t.task),
    activity: f(t.activity),
    product: f(t.product),
    lead: f(t.lead),
    partners: f(t.partners),
    deadline: f(t.deadline),
    funding: f(t.funding),
  };
}

/** Lower case, no diacritics, đ → d, single spaces: "Quý I" and "quy i" compare equal. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when every word of the query occurs (accent-insensitively) in the template's texts. */
export function matchesQuery(t: TaskTemplate, query: string): boolean {
  const words = fold(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const hay = fold(
    [t.area, t.objective, t.task, t.activity, t.product, t.lead, t.partners, t.deadline, t.funding, ...(t.keywords ?? [])]
      .filter(Boolean)
      .join(' '),
  );
  return words.every((w) => hay.includes(w));
}
