/**
 * The department's settings: unit directory, funding categories and its own task templates.
 * Kept in the workbook (adapter.saveSettings) so everyone who opens the file shares them.
 * Parsing never throws: bad input gives Vietnamese errors and the current settings stay as they are.
 */
import { z } from 'zod';
import type { DirectoryEntry, DirectoryId } from '../../core/config';
import { DIRECTORY_IDS } from '../../core/units';
import { parseUserTemplates, type TaskTemplate, type ValidationResult } from '../../templates';

export interface AppSettings {
  /** Empty means "use the engine's defaults". */
  units: DirectoryEntry[];
  funding: DirectoryEntry[];
  templates: TaskTemplate[];
  /** The built-in directory (units/directories); absent or `auto`: picked from the title and plan year. */
  directory?: DirectoryId | 'auto';
}

export const EMPTY_SETTINGS: AppSettings = { units: [], funding: [], templates: [] };

function parseDirectoryChoice(value: unknown): ValidationResult<DirectoryId | 'auto' | undefined> {
  if (value === undefined || value === null || value === 'auto') return { ok: true, value: value === 'auto' ? 'auto' : undefined };
  if (typeof value === 'string' && (DIRECTORY_IDS as string[]).includes(value)) return { ok: true, value: value as DirectoryId };
  return { ok: false, errors: [`Mục “Danh mục có sẵn” (directory) chỉ nhận "auto" hoặc một trong: ${DIRECTORY_IDS.join(', ')}.`] };
}

export const SETTINGS_VERSION = 1;

const entrySchema = z.object({
  name: z.string().trim().min(1),
  aliases: z.array(z.string().trim().min(1)).default([]),
});

const LIST_NAMES = { units: 'Đơn vị', funding: 'Nguồn kinh phí' } as const;

function parseEntries(value: unknown, list: keyof typeof LIST_NAMES): ValidationResult<DirectoryEntry[]> {
  const what = LIST_NAMES[list];
  if (value === undefined || value === null) return { ok: true, value: [] };
  if (!Array.isArray(value)) return { ok: false, errors: [`Mục “${what}” (${list}) phải là một danh sách ([...]).`] };
  const errors: string[] = [];
  const out: DirectoryEntry[] = [];
  value.forEach((raw, i) => {
    const v = typeof raw === 'string' ? { name: raw } : raw;
    const r = entrySchema.safeParse(v);
    if (r.success) {
      out.push(r.data);
      return;
    }
    for (const issue of r.error.issues) {
      const field = issue.path[0];
      if (field === 'name') errors.push(`${what} thứ ${i + 1}: trường “Tên” (name) bị thiếu hoặc để trống.`);
      else if (field === 'aliases') errors.push(`${what} thứ ${i + 1}: trường “Tên khác” (aliases) phải là danh sách chữ.`);
      else errors.push(`${what} thứ ${i + 1} phải là một đối tượng {"name": ..., "aliases": [...]}.`);
    }
  });
  return errors.length ? { ok: false, errors: [...new Set(errors)] } : { ok: true, value: out };
}

/** Validates settings read from the workbook or imported. */
export function parseSettings(value: unknown): ValidationResult<AppSettings> {
  if (value === undefined || value === null) return { ok: true, value: EMPTY_SETTINGS };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, errors: ['Cài đặt phải là một đối tượng JSON ({...}) có các mục units, funding, templates.'] };
  }
  const v = value as Record<string, unknown>;
  const units = parseEntries(v.units, 'units');
  const funding = parseEntries(v.funding, 'funding');
  const templates = parseUserTemplates(v.templates);
  const directory = parseDirectoryChoice(v.directory);
  const errors = [
    ...(units.ok ? [] : units.errors),
    ...(funding.ok ? [] : funding.errors),
    ...(templates.ok ? [] : templates.errors),
    ...(directory.ok ? [] : directory.errors),
  ];
  if (!units.ok || !funding.ok || !templates.ok || !directory.ok) return { ok: false, errors };
  const out: AppSettings = { units: units.value, funding: funding.value, templates: templates.value };
  if (directory.value !== undefined) out.directory = directory.value;
  return { ok: true, value: out };
}

/** Parses JSON text (an import or a paste) into settings, with Vietnamese errors. */
export function parseSettingsJson(text: string): ValidationResult<AppSettings> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof SyntaxError ? positionOf(e.message, text) : '';
    return { ok: false, errors: [`Tệp không phải JSON hợp lệ${detail}. Cài đặt hiện tại được giữ nguyên.`] };
  }
  return parseSettings(data);
}

function positionOf(message: string, text: string): string {
  const m = /position (\d+)/.exec(message);
  if (!m) return '';
  const pos = Number(m[1]);
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  const col = pos - before.lastIndexOf('\n');
  return ` (lỗi ở dòng ${line}, cột ${col})`;
}

/** The JSON saved in the workbook and exported. */
export function settingsToJson(s: AppSettings): { version: number } & AppSettings {
  const out: { version: number } & AppSettings = { version: SETTINGS_VERSION, units: s.units, funding: s.funding, templates: s.templates };
  if (s.directory !== undefined) out.directory = s.directory;
  return out;
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
