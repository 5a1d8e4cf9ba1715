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
import { BUILT_IN_DIRECTORIES, DEFAULT_UNITS, mergeDirectory } from '../../core/units';
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

/** A directory as editable lines: `Tên | tên khác | tên khác`. */
export function entriesToText(entries: readonly DirectoryEntry[]): string {
  return entries.map((e) => [e.name, ...e.aliases].join(' | ')).join('\n');
}

export function textToEntries(text: string): DirectoryEntry[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.split('|').map((p) => p.trim()).filter(Boolean))
    .filter((parts) => parts.length > 0)
    .map(([name, ...aliases]) => ({ name: name!, aliases }));
}
