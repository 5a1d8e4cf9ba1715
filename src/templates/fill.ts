/** Filling a template for a plan year and a body's units, and accent-insensitive search over the library. */
import type { DirectoryEntry, DirectoryId } from '../core/config';
import type { UnitsList } from '../core/messages/templates';
import { foldKeepPunctuation } from '../core/text';
import { levelText, levelWord } from '../core/units/directories/level';
import type { LocalKind } from '../core/units/directories/pick';
import type { ProvinceKind } from '../core/units/directories/places';
import { unitKey } from '../core/units/name';
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

/** Whose units a template's roles resolve to: a built-in directory, a commune's own kind, a province's. */
export interface UnitsOf {
  directory: DirectoryId;
  /** xã, phường or đặc khu: how a commune-level body names its units (`… phường`). */
  local?: LocalKind;
  /** tỉnh or thành phố (centrally-run): how a province-level body and its departments name their level; default tỉnh. */
  region?: ProvinceKind;
  /**
   * The body's own units (Cài đặt, `--config`): an entry with `roles` is named for them first; with
   * `mode` `replace` (the default when units are given, as for the check) a built-in unit the list
   * does not name is not written, as for a role the body has none for.
   */
  own?: { units?: readonly DirectoryEntry[]; mode?: 'replace' | 'extend' };
}

/**
 * The list a role is looked up in for these units, as the missing-units message names it
 * (core/messages UnitsList): the body's own units in the directory's place when Cài đặt /
 * `--config` gives them with `mode` replace (UnitsOf.own's default), the two together with
 * `extend`, else the built-in directory (`directory`: its Vietnamese name).
 */
export function unitsListOf(units: UnitsOf, directory: string): UnitsList {
  if (units.own?.units === undefined) return { kind: 'directory', directory };
  return (units.own.mode ?? 'replace') === 'extend' ? { kind: 'own-and-directory', directory } : { kind: 'own', directory };
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
  checked: { id: string; local?: LocalKind; region?: ProvinceKind } | undefined,
  planYear: number | undefined,
  own?: UnitsOf['own'],
): UnitsOf {
  const id = chosen !== undefined && chosen !== 'auto' ? chosen : checked !== undefined && DIRECTORY_IDS.includes(checked.id) ? (checked.id as DirectoryId) : undefined;
  const base = id === undefined ? defaultUnitsOf(planYear) : { directory: id };
  const out: UnitsOf = { ...base };
  if (id !== undefined && checked?.local !== undefined) out.local = checked.local;
  // the sheet's province or city holds whichever directory is chosen
  if (checked?.region !== undefined) out.region = checked.region;
  if (own?.units !== undefined) out.own = own;
  return out;
}

/**
 * `{văn phòng}`, `{thanh tra|văn phòng}`: a unit named by its role (core/units/directories/roles.ts),
 * the first role of the list the body has a unit for. Other braces are left as written.
 */
const ROLE = /\{([^{}]+)\}/gu;

/** Whether a list names a unit (its name or an alias, compared as units are: core/units/name.ts). */
function listed(list: readonly DirectoryEntry[], name: string): boolean {
  const key = unitKey(name);
  return list.some((e) => [e.name, ...e.aliases].some((n) => unitKey(n) === key));
}

/** The unit that plays a role for the body: its own entry with the role, else the directory's (if its list allows). */
function unitFor(units: UnitsOf, r: UnitRole): string | undefined {
  const list = units.own?.units;
  const mine = list?.find((e) => e.roles?.includes(r));
  if (mine) return mine.name;
  const built = unitForRole(units.directory, r, units.local, units.region);
  if (built === undefined || list === undefined || (units.own?.mode ?? 'replace') === 'extend') return built;
  return listed(list, built) ? built : undefined;
}

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
      const name = unitFor(units, r);
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

/** `{ubnd}`, `{ngân sách}`, `{cấp}` …: a word of the body's level (core/units/directories/level.ts). */
const LEVEL = /\{([^{}|]+)\}/gu;

/**
 * Fills the words of the body's level into one text (`Trình {ubnd}` → `Trình UBND thành phố`) and
 * the body itself (`{cơ quan}`); braces that name neither are left as written (a unit's role is
 * filled by fillUnits).
 */
export function fillLevel(text: string, units: UnitsOf): string {
  return text
    .replace(BODY, () => bodyWord(units.directory, units.local, units.region))
    .replace(LEVEL, (whole, inner: string) => {
      const w = levelWord(inner);
      return w === undefined ? whole : levelText(w, units);
    });
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

/**
 * The template's texts with the plan year filled in, the words of the body's level (`{ubnd}`,
 * `{ngân sách}`, `{cơ quan}` …) as that body writes them, and its units named by role resolved to
 * the units of `units` (default: a department's directory for that year, defaultUnitsOf).
 */
export function fillTemplate(t: TaskTemplate, planYear: number | undefined, units: UnitsOf = defaultUnitsOf(planYear)): FilledTask {
  const f = (s: string | undefined) => fillLevel(fillYear(s ?? '', planYear), units);
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
