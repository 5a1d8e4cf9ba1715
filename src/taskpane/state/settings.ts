/**
 * The department's settings in the pane: unit directory, funding categories, plan year and its own
 * task templates. One format with the CLI's `--config` (src/core/config-parse.ts: `mode`
 * extend/replace, `planYear`, `version`, `templates`); this module only adds the template
 * validation (src/templates) and turns the settings into what the pane needs. Kept in the
 * workbook (adapter.saveSettings) so everyone who opens the file shares them. Parsing never
 * throws: bad input gives Vietnamese errors and the current settings stay as they are.
 */
import type { CheckOptions, DirectoryEntry, DirectoryId } from '../../core/config';
import { DEFAULT_FUNDING } from '../../core/funding';
import { BUILT_IN_DIRECTORIES, DEFAULT_UNITS, mergeDirectory, parseDirectoryJson } from '../../core/units';
import { isoText, parseTypedDay, viDate } from '../../core/grid/date';
import { foldKeepPunctuation } from '../../core/text';
import { S } from '../strings';
import {
  parseSettings as parseCoreSettings,
  parseSettingsText,
  settingsToJson as coreSettingsToJson,
  settingsToOptions,
  type Settings,
  type SettingsJson,
} from '../../core/config-parse';
import { parseUserTemplates, type TaskTemplate, type ValidationResult } from '../../templates';

/** Settings as the pane holds them: the core's, with the templates validated. */
export interface AppSettings extends Omit<Settings, 'templates'> {
  templates: TaskTemplate[];
}

export const EMPTY_SETTINGS: AppSettings = { mode: 'extend', templates: [] };

function withTemplates(r: ReturnType<typeof parseCoreSettings>): ValidationResult<AppSettings> {
  if (!r.ok) return { ok: false, errors: r.errors };
  const t = parseUserTemplates(r.settings.templates);
  if (!t.ok) return { ok: false, errors: t.errors };
  return { ok: true, value: { ...r.settings, templates: t.value } };
}

/**
 * Validates settings read from the workbook (null: none saved). Settings the pane saved before
 * the format had `mode` (`{ version: 1, units, funding, templates }`) meant their lists replaced
 * the built-in ones: read without a `mode`, they keep that meaning. (Every save now writes `mode`;
 * an imported file without one extends, as the format says.)
 */
export function parseSettings(value: unknown): ValidationResult<AppSettings> {
  if (value === undefined || value === null) return { ok: true, value: EMPTY_SETTINGS };
  const saved = value as Record<string, unknown>;
  const legacy =
    typeof value === 'object' && !Array.isArray(value) && saved.version === 1 && saved.mode === undefined &&
    (Array.isArray(saved.units) && saved.units.length > 0 || Array.isArray(saved.funding) && saved.funding.length > 0);
  return withTemplates(parseCoreSettings(legacy ? { ...saved, mode: 'replace' } : value));
}

/** Parses the text of an import (a file or a paste): the pane's export or a `--config` file. */
export function parseSettingsJson(text: string): ValidationResult<AppSettings> {
  return withTemplates(parseSettingsText(text));
}

/** The JSON saved in the workbook and exported: the same file `phuluc check --config` reads. */
export function settingsToJson(s: AppSettings): SettingsJson {
  return coreSettingsToJson(s);
}

/**
 * What the engine checks with: the department's lists merged with the built-in ones per `mode`
 * (extend adds, replace uses theirs), and the plan year the clerk typed, else the settings' one.
 */
export function checkOptions(s: AppSettings, planYear: number | undefined): CheckOptions {
  const o = settingsToOptions(s);
  if (planYear !== undefined) o.planYear = planYear;
  return o;
}

/** The lists a new appendix is written and checked with (layout's NewAppendixOptions.config). */
export function appendixConfig(s: AppSettings): { units?: DirectoryEntry[]; funding?: DirectoryEntry[]; mode: 'extend' | 'replace' } {
  const out: { units?: DirectoryEntry[]; funding?: DirectoryEntry[]; mode: 'extend' | 'replace' } = { mode: s.mode };
  if (s.units !== undefined) out.units = s.units;
  if (s.funding !== undefined) out.funding = s.funding;
  return out;
}

/** The department's own units for the standard tasks (fillTemplate's `own`), or undefined when Cài đặt gives none. */
export function ownUnits(s: AppSettings): { units: DirectoryEntry[]; mode: 'extend' | 'replace' } | undefined {
  return s.units !== undefined ? { units: s.units, mode: s.mode } : undefined;
}

/**
 * The units and funding categories in use (for drop-down lists and the settings panel): the
 * directory chosen in the settings, else the one the sheet was checked against (`checkedWith`,
 * the report's `directory.id`), else the default; with the department's lists added (`extend`) or
 * in their place (`replace`), as the engine combines them (units/directories resolveDirectory).
 */
export function directories(
  s: AppSettings,
  checkedWith?: DirectoryId,
): { units: DirectoryEntry[]; funding: DirectoryEntry[] } {
  const chosen = s.directory !== undefined && s.directory !== 'auto' ? s.directory : checkedWith;
  const builtIn = chosen ? BUILT_IN_DIRECTORIES[chosen] : undefined;
  const baseUnits = builtIn?.units ?? DEFAULT_UNITS;
  const baseFunding = builtIn?.funding ?? DEFAULT_FUNDING;
  return {
    units: s.units ? mergeDirectory(baseUnits, s.units, s.mode) : [...baseUnits],
    funding: s.funding ? mergeDirectory(baseFunding, s.funding, s.mode) : [...baseFunding],
  };
}

/** The fields a directory line carries after its names, with the word the pane writes for each (strings). */
const FIELDS = ['roles', 'validFrom', 'validUntil', 'successors'] as const;
type Field = (typeof FIELDS)[number];
const F = S.settingsPanel;
/** A list field's items are separated by `;` (a unit's name may hold a comma: Phòng Kinh tế, Hạ tầng và Đô thị). */
const ITEMS = ';';

/** The field a `word: value` part names (`vai trò`, `Từ ngày` …, compared folded), or undefined: then the part is a name. */
function fieldOf(word: string): Field | undefined {
  const w = foldKeepPunctuation(word);
  return FIELDS.find((f) => foldKeepPunctuation(F.fields[f]) === w);
}

/**
 * A directory as editable lines, one entry a line, every field the settings format knows kept:
 * `Tên | tên khác | vai trò: văn phòng; tài chính | từ ngày: 01/03/2025 | đến ngày: 30/06/2025 |
 * thay bằng: Sở Nội vụ; Sở Tài chính` (the fields only when the entry has them; dates in the one
 * date form, dd/mm/yyyy). textToEntries reads it back to the same entries.
 */
export function entriesToText(entries: readonly DirectoryEntry[]): string {
  return entries
    .map((e) => {
      const parts = [e.name, ...e.aliases];
      if (e.roles?.length) parts.push(`${F.fields.roles}: ${e.roles.join(`${ITEMS} `)}`);
      if (e.validFrom !== undefined) parts.push(`${F.fields.validFrom}: ${viDate(e.validFrom)}`);
      if (e.validUntil !== undefined) parts.push(`${F.fields.validUntil}: ${viDate(e.validUntil)}`);
      if (e.successors?.length) parts.push(`${F.fields.successors}: ${e.successors.join(`${ITEMS} `)}`);
      return parts.join(' | ');
    })
    .join('\n');
}

/** `01/03/2025`, `1/3/2025` or `2025-03-01` as ISO `2025-03-01` (the schema then says whether the day exists); else undefined. */
function isoOf(text: string): string | undefined {
  const d = parseTypedDay(text);
  return d && isoText(d);
}

export type EntriesResult = { ok: true; entries: DirectoryEntry[] } | { ok: false; errors: string[] };

/**
 * Reads the lines of entriesToText back, validated as the settings format validates a list
 * (core/units/schema: roles that exist, real dates, from before until, a name claimed once). Every
 * problem is one Vietnamese line naming the list (`list`, its label), the line and the field.
 */
export function textToEntries(text: string, list: string): EntriesResult {
  const errors: string[] = [];
  const json: Record<string, unknown>[] = [];
  const lineOf: number[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const parts = raw.split('|').map((p) => p.trim()).filter(Boolean);
    if (parts.length === 0) return;
    const names: string[] = [];
    const entry: Record<string, unknown> = {};
    const seen = new Set<Field>();
    for (const part of parts) {
      const m = /^([^:]+):(.*)$/su.exec(part);
      const field = m ? fieldOf(m[1]!) : undefined;
      if (!m || field === undefined) {
        names.push(part);
        continue;
      }
      const label = F.fields[field];
      if (seen.has(field)) errors.push(F.lineError(list, line, label, F.twice));
      seen.add(field);
      const value = m[2]!.trim();
      if (field === 'roles' || field === 'successors') {
        entry[field] = value.split(ITEMS).map((v) => v.trim()).filter(Boolean);
      } else {
        const iso = isoOf(value);
        if (iso === undefined) errors.push(F.lineError(list, line, label, F.badDate(value)));
        else entry[field] = iso;
      }
    }
    if (names.length === 0) {
      errors.push(F.lineError(list, line, undefined, F.noName));
      return;
    }
    json.push({ name: names[0], aliases: names.slice(1), ...entry });
    lineOf.push(line);
  });
  if (errors.length) return { ok: false, errors };
  const r = parseDirectoryJson(json);
  if (r.ok) return r;
  return { ok: false, errors: r.errors.map((e) => lineError(e, list, lineOf)) };
}

/** A schema error (`[2].roles[0]: …`, `[3].name: "X" trùng với mục [1]`) said by the line and field of the text. */
function lineError(error: string, list: string, lineOf: readonly number[]): string {
  const m = /^\[(\d+)\](?:\.(\w+))?[^:]*: (.*)$/su.exec(error);
  if (!m) return error;
  const line = lineOf[Number(m[1])] ?? Number(m[1]) + 1;
  const key = m[2];
  const field = key === 'name' || key === 'aliases' ? F.fieldNames[key] : FIELDS.find((f) => f === key) ? F.fields[key as Field] : undefined;
  const message = key === 'validUntil' && /validFrom/u.test(m[3]!) ? F.fromBeforeUntil : m[3]!.replace(/mục \[(\d+)\]/gu, (_all, k: string) => F.sameAs(lineOf[Number(k)] ?? Number(k) + 1));
  return F.lineError(list, line, field, message);
}
