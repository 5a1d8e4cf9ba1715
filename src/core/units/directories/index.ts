/**
 * The built-in directories, one per kind of body whose plans phuluc checks, each in the format
 * users write (units/schema.ts: `{ id, name, units: [...], funding: [...] }`), and the choice of
 * one for a sheet from its title and its plan's date.
 */
import type { CheckOptions, DirectoryEntry, DirectoryId } from '../../config';
import type { DirectoryChoice } from '../../report';
import { mergeDirectory } from '../merge';
import { DEFAULT_FUNDING, FUNDING_2025 } from '../../funding/defaults';
import { DEFAULT_UNITS } from '../defaults';
import { COMMUNE_2025 } from './commune';
import { DEPARTMENT_COMMON, HOME_AFFAIRS_2025 } from './department';
import { DEPARTMENT_INSPECTORATE, LEGACY_COMMUNE, LEGACY_DEPARTMENTS, LEGACY_DISTRICT, LEGACY_LABOUR_ROOMS } from './legacy';
import { planReferenceDate } from '../../check/plan-date';
import { pickDirectory, type LocalKind } from './pick';
import type { ProvinceKind } from './places';
import { cityEntries } from './level';
import { COLLECTIVE, COMMUNE_LEVEL, DEPARTMENTS_2025, PROVINCE_BODIES, PROVINCIAL_CENTRE, STAFF } from './province';

/** A built-in directory: what the report names, the units and the funding categories. */
export interface BuiltInDirectory {
  id: DirectoryId;
  /** Vietnamese, shown in the report and in Cài đặt. */
  name: string;
  units: readonly DirectoryEntry[];
  funding: readonly DirectoryEntry[];
}

/** The same entry with more accepted spellings (a body called otherwise in another kind of plan). */
function withAliases(entry: DirectoryEntry, extra: string[]): DirectoryEntry {
  return { ...entry, aliases: [...entry.aliases, ...extra] };
}

function departments(extraInspectorate: string[] = []): DirectoryEntry[] {
  return DEPARTMENTS_2025.map((e) => (e.name === 'Thanh tra tỉnh' ? withAliases(e, extraInspectorate) : e));
}

export const BUILT_IN_DIRECTORIES: Readonly<Record<DirectoryId, BuiltInDirectory>> = {
  'so-2025': {
    id: 'so-2025',
    name: 'Sở, từ năm 2025 (gồm các phòng của Sở Nội vụ sau hợp nhất)',
    units: [
      ...DEPARTMENT_COMMON,
      ...HOME_AFFAIRS_2025,
      DEPARTMENT_INSPECTORATE,
      ...departments(),
      ...PROVINCE_BODIES,
      ...COMMUNE_LEVEL,
      ...COLLECTIVE,
      STAFF,
      ...LEGACY_DEPARTMENTS,
      ...LEGACY_LABOUR_ROOMS,
      ...LEGACY_DISTRICT,
    ],
    funding: FUNDING_2025,
  },
  'xa-2025': {
    id: 'xa-2025',
    name: 'Xã, phường, đặc khu, từ 01/07/2025 (Nghị định 150/2025/NĐ-CP)',
    units: [
      ...COMMUNE_2025,
      ...departments(['Thanh tra']),
      ...PROVINCE_BODIES,
      PROVINCIAL_CENTRE,
      ...COLLECTIVE,
      ...LEGACY_DEPARTMENTS,
      ...LEGACY_DISTRICT,
      ...LEGACY_COMMUNE,
    ],
    funding: FUNDING_2025,
  },
  'ubnd-tinh-2025': {
    id: 'ubnd-tinh-2025',
    name: 'UBND tỉnh, từ năm 2025 (các sở theo Nghị định 45/2025/NĐ-CP)',
    units: [
      ...departments(['Thanh tra']),
      ...PROVINCE_BODIES,
      PROVINCIAL_CENTRE,
      ...COMMUNE_LEVEL,
      ...COLLECTIVE,
      STAFF,
      ...LEGACY_DEPARTMENTS,
      ...LEGACY_DISTRICT,
    ],
    funding: FUNDING_2025,
  },
  'so-truoc-2025': {
    id: 'so-truoc-2025',
    name: 'Sở, trước năm 2025 (mẫu Sở Lao động - Thương binh và Xã hội)',
    units: [...DEFAULT_UNITS, ...[...LEGACY_DEPARTMENTS, ...LEGACY_DISTRICT].filter((e) => !DEFAULT_UNITS.some((d) => d.name === e.name))],
    funding: DEFAULT_FUNDING,
  },
};

export const DIRECTORY_IDS = Object.keys(BUILT_IN_DIRECTORIES) as DirectoryId[];

export { isIssuingBody, pickDirectory } from './pick';
export { UNIT_ROLES, unitForRole, unitRole, type UnitRole } from './roles';
export type { DirectorySource, LocalKind } from './pick';
export { cityEntries, LEVEL_WORDS, levelText, levelWord, type LevelOf, type LevelWord } from './level';
export { PLACES, placesNamed, type Place, type ProvinceKind } from './places';
export { bodyProblem, type BodyProblem } from './body';

/** What a sheet is checked against: the directory chosen, how, and the lists to use. */
export interface ResolvedDirectory {
  choice: DirectoryChoice;
  /** A commune-level plan's own kind of commune (a ward's units are `… phường`), from its titles. */
  local?: LocalKind;
  /** Whether the plan's province is a province or a centrally-run city, when its titles say. */
  region?: ProvinceKind;
  units: readonly DirectoryEntry[];
  funding: readonly DirectoryEntry[];
}

const merged = new WeakMap<readonly DirectoryEntry[], WeakMap<readonly DirectoryEntry[], Map<string, DirectoryEntry[]>>>();

/** The built-in list combined with the user's (cached: the same two lists give the same array). */
function combine(builtIn: readonly DirectoryEntry[], user: readonly DirectoryEntry[] | undefined, mode: 'replace' | 'extend'): readonly DirectoryEntry[] {
  if (!user) return builtIn;
  let byUser = merged.get(builtIn);
  if (!byUser) merged.set(builtIn, (byUser = new WeakMap()));
  let byMode = byUser.get(user);
  if (!byMode) byUser.set(user, (byMode = new Map()));
  let out = byMode.get(mode);
  if (!out) byMode.set(mode, (out = mergeDirectory(builtIn, user, mode)));
  return out;
}

const cities = new Map<DirectoryId, BuiltInDirectory>();

/** A built-in directory as a centrally-run city's plans name its entries (cityEntries), built once. */
function forCity(id: DirectoryId): BuiltInDirectory {
  let d = cities.get(id);
  if (!d) {
    const dir = BUILT_IN_DIRECTORIES[id];
    cities.set(id, (d = { ...dir, units: cityEntries(dir.units), funding: cityEntries(dir.funding) }));
  }
  return d;
}

/**
 * The directory a sheet is checked against: the one the options name, or the one its title and
 * date point to (pickDirectory), with the user's own units and funding added (`extend`) or put in
 * their place (`replace`, the default when lists are given without a mode). In a centrally-run
 * city's plan its entries are also accepted as the city names them (`UBND thành phố`: cityEntries).
 */
export function resolveDirectory(
  options: CheckOptions,
  titles: readonly string[],
  otherTitles: readonly string[],
  asOf: string | undefined,
): ResolvedDirectory {
  const chosen = options.directory !== undefined && options.directory !== 'auto' ? options.directory : undefined;
  const auto = pickDirectory(titles, otherTitles, asOf);
  const picked = chosen ? { id: chosen, source: 'config' as const, local: auto.local, region: auto.region } : auto;
  const dir = picked.region === 'thành phố' ? forCity(picked.id) : BUILT_IN_DIRECTORIES[picked.id];
  const mode = options.mode ?? 'replace';
  const choice: DirectoryChoice = { id: dir.id, name: dir.name, source: picked.source };
  if (asOf !== undefined) choice.asOf = asOf;
  if (options.units || options.funding) choice.custom = mode;
  if (picked.local !== undefined && dir.id === 'xa-2025') choice.local = picked.local;
  if (picked.region !== undefined) choice.region = picked.region;
  const resolved: ResolvedDirectory = { choice, units: combine(dir.units, options.units, mode), funding: combine(dir.funding, options.funding, mode) };
  if (picked.local !== undefined) resolved.local = picked.local;
  if (picked.region !== undefined) resolved.region = picked.region;
  return resolved;
}

/**
 * The built-in directory a plan with these title lines (`… CỦA UBND XÃ TÂN LẬP`) and plan year is
 * checked against, as the engine picks it (pickDirectory at the plan's reference date), or the one
 * the user chose; with the commune's own kind (xã, phường, đặc khu) for a commune-level body, and
 * whether its province is a province or a centrally-run city when the titles name it.
 */
export function directoryOfPlan(
  titles: readonly string[],
  planYear: number,
  chosen?: DirectoryId | 'auto',
): { id: DirectoryId; name: string; local?: LocalKind; region?: ProvinceKind } {
  const auto = pickDirectory(titles, [], planReferenceDate(titles, planYear));
  const id = chosen !== undefined && chosen !== 'auto' ? chosen : auto.id;
  const out: { id: DirectoryId; name: string; local?: LocalKind; region?: ProvinceKind } = { id, name: BUILT_IN_DIRECTORIES[id].name };
  if (auto.local !== undefined) out.local = auto.local;
  if (auto.region !== undefined) out.region = auto.region;
  return out;
}
