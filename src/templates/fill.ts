/** Filling a template for a plan year and a body's units, and accent-insensitive search over the library. */
import type { DirectoryId } from '../core/config';
import { foldKeepPunctuation } from '../core/text';
import type { LocalKind } from '../core/units/directories/pick';
import { bodyWord, unitForRole, unitRole, type UnitRole } from '../core/units/directories/roles';
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
  /**
   * Roles the template's lead or partners name that the body has no unit for (a commune has no
   * inspectorate): the lead is then empty and the partner left out. Callers say so (the task is
   * not written, or written with the clerk told what is missing), never write another body's unit.
   */
  missing: UnitRole[];
}

/** Whose units a template's roles resolve to: a built-in directory, and a commune's own kind. */
export interface UnitsOf {
  directory: DirectoryId;
  /** xã, phường or đặc khu: how a commune-level body names its units (`… phường`). */
  local?: LocalKind;
}

/** The directory a plan year points to when none is given: the library was written for a Sở. */
export function defaultUnitsOf(planYear: number | undefined): UnitsOf {
  return { directory: planYear !== undefined && planYear < 2025 ? 'so-truoc-2025' : 'so-2025' };
}

const DIRECTORY_IDS: readonly string[] = ['so-2025', 'xa-2025', 'ubnd-tinh-2025', 'so-truoc-2025'] satisfies DirectoryId[];

/**
 * Whose units an inserted template names in a sheet already checked: the directory chosen in
 * Cài đặt (`chosen`, unless `auto`), else the one the sheet was checked against (`checked`, the
 * report's directory, with its commune kind), else a department's for the plan year.
 */
export function unitsOfSheet(
  chosen: DirectoryId | 'auto' | undefined,
  checked: { id: string; local?: LocalKind } | undefined,
  planYear: number | undefined,
): UnitsOf {
  const id = chosen !== undefined && chosen !== 'auto' ? chosen : checked !== undefined && DIRECTORY_IDS.includes(checked.id) ? (checked.id as DirectoryId) : undefined;
  if (id === undefined) return defaultUnitsOf(planYear);
  return checked?.local !== undefined ? { directory: id, local: checked.local } : { directory: id };
}

/**
 * `{văn phòng}`, `{thanh tra|văn phòng}`: a unit named by its role (core/units/directories/roles.ts),
 * the first role of the list the body has a unit for. Other braces are left as written.
 */
const ROLE = /\{([^{}]+)\}/gu;

/**
 * Resolves the role placeholders of a lead or partner text to the body's units. A placeholder
 * whose roles all miss is dropped with one `,`/`;` separator next to it, and its first role
 * reported; literal names and braces that name no role are kept as written.
 */
export function fillUnits(text: string, units: UnitsOf): { text: string; missing: UnitRole[] } {
  const missing: UnitRole[] = [];
  const resolved = text.normalize('NFC').replace(ROLE, (whole, inner: string) => {
    const roles = inner.split('|').map(unitRole);
    if (roles.some((r) => r === undefined)) return whole;
    for (const r of roles as UnitRole[]) {
      const name = unitForRole(units.directory, r, units.local);
      if (name !== undefined) return name;
    }
    missing.push(roles[0]!);
    return '\uE000'; // a private-use mark, removed below with its separator
  });
  if (missing.length === 0) return { text: resolved, missing };
  // drop the items that resolved to nothing, with one separator each
  const kept = resolved.replace(/\s*[,;]\s*\uE000|\uE000\s*[,;]\s*|\uE000/gu, '').trim();
  return { text: kept, missing };
}

/** `{cơ quan}`: the body itself, as its texts name it (`Sở`, `UBND tỉnh`, `UBND xã`). */
const BODY = /\{\s*cơ quan\s*\}/giu;

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

/**
 * The template's texts with the plan year filled in, and its units named by role resolved to the
 * units of `units` (default: a department's directory for that year, defaultUnitsOf).
 */
export function fillTemplate(t: TaskTemplate, planYear: number | undefined, units: UnitsOf = defaultUnitsOf(planYear)): FilledTask {
  const f = (s: string | undefined) => fillYear(s ?? '', planYear).replace(BODY, () => bodyWord(units.directory, units.local));
  const lead = fillUnits(f(t.lead), units);
  const partners = fillUnits(f(t.partners), units);
  return {
    id: t.id,
    area: t.area,
    objective: f(t.objective),
    task: f(t.task),
    activity: f(t.activity),
    product: f(t.product),
    lead: lead.text,
    partners: partners.text,
    deadline: f(t.deadline),
    funding: f(t.funding),
    missing: [...lead.missing, ...partners.missing],
  };
}

/** Lower case, no diacritics, đ → d, single spaces: "Quý I" and "quy i" compare equal (core/text). */
export const fold = foldKeepPunctuation;

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
