/**
 * The one settings format, shared by the pane's Cài đặt (import, export, the copy kept in the
 * workbook) and the CLI's `--config FILE`:
 *
 * ```json
 * { "version": 1,
 *   "mode": "extend",
 *   "units": [ { "name": "Phòng Lao động - Việc làm", "aliases": ["P. LĐVL"] }, "Thanh tra Sở" ],
 *   "funding": [ "Chương trình mục tiêu" ],
 *   "planYear": 2025,
 *   "templates": [ … ] }
 * ```
 *
 * Every key is optional. `directory`: one of the built-in directories (units/directories), or
 * `auto` (the default) to pick it from each sheet's title and date. `mode`: `extend` (the
 * default) adds the user's units and funding categories to the directory's (a user entry naming
 * a built-in one merges into it), `replace` uses the user's lists instead (a list left out keeps
 * the directory's). `planYear`
 * overrides the year read from the sheet. `templates` are the pane's own task templates: carried
 * as written, validated by src/templates (the CLI does not use them). `version` is 1.
 * Errors are Vietnamese lines naming the field (`units[2].name: không được để trống`) or, for
 * broken JSON, its line and column.
 */
import * as z from 'zod/mini';
import { findNodeAtLocation, parse as parseJsonc, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { PLAN_YEAR_MAX, PLAN_YEAR_MIN, type CheckOptions, type DirectoryEntry, type DirectoryId } from './config';
import { DIRECTORY_IDS, parseDirectoryJson } from './units';
import { CONFIG_MESSAGES as M } from './messages/config';

export const SETTINGS_VERSION = 1;

// zod/mini (functions, not methods): the same checks and messages in a smaller bundle for the pane.
const settingsSchema = z.strictObject(
  {
    version: z.optional(z.literal(SETTINGS_VERSION, { error: M.version(SETTINGS_VERSION) })),
    mode: z._default(z.enum(['replace', 'extend'], { error: M.mode }), 'extend'),
    directory: z.optional(z.enum(['auto', ...DIRECTORY_IDS] as [string, ...string[]], { error: M.directory(DIRECTORY_IDS) })),
    units: z.optional(z.unknown()),
    funding: z.optional(z.unknown()),
    planYear: z.optional(
      z
        .number({ error: M.yearNotNumber })
        .check(
          z.int({ error: M.yearNotInteger }),
          z.gte(PLAN_YEAR_MIN, { error: M.yearRange(PLAN_YEAR_MIN, PLAN_YEAR_MAX) }),
          z.lte(PLAN_YEAR_MAX, { error: M.yearRange(PLAN_YEAR_MIN, PLAN_YEAR_MAX) }),
        ),
    ),
    templates: z.optional(z.array(z.unknown(), { error: M.templates })),
  },
  { error: M.notObject },
);

/** A settings file as read: the user's own lists (not yet merged with the built-in ones). */
export interface Settings {
  mode: 'extend' | 'replace';
  /** The built-in directory (units/directories); undefined or `auto`: picked per sheet from its title and date. */
  directory?: DirectoryId | 'auto';
  /** The user's units; undefined when the file gives none (the built-in list applies). */
  units?: DirectoryEntry[];
  /** The user's funding categories; undefined when the file gives none. */
  funding?: DirectoryEntry[];
  planYear?: number;
  /** The pane's task templates as written (validate with src/templates); [] when none. */
  templates: unknown[];
}

/** The settings as JSON: what the pane exports and keeps in the workbook, and the CLI reads. */
export interface SettingsJson {
  version: typeof SETTINGS_VERSION;
  mode: 'extend' | 'replace';
  directory?: DirectoryId | 'auto';
  units?: DirectoryEntry[];
  funding?: DirectoryEntry[];
  planYear?: number;
  templates?: unknown[];
}

export type SettingsResult = { ok: true; settings: Settings } | { ok: false; errors: string[] };
export type ConfigResult = { ok: true; options: CheckOptions } | { ok: false; errors: string[] };

/** The keys a settings file may have. */
const SETTINGS_KEYS: readonly string[] = Object.keys(settingsSchema.shape);

/**
 * Validates parsed JSON as settings; every problem is one Vietnamese line naming its path.
 * `keyPlace` gives where a top-level key is in the text (line and column), when there is one.
 */
export function parseSettings(json: unknown, keyPlace?: (key: string) => string | undefined): SettingsResult {
  const parsed = settingsSchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.flatMap((i) => {
        // The file's top level has no path: the caller already names the file.
        const path = i.path.map(String).join('.');
        // An unknown key only at the top level: the lists inside are read by their own parser.
        if (i.code === 'unrecognized_keys') return i.keys.map((k) => M.unknownKey(k, SETTINGS_KEYS, path ? undefined : keyPlace?.(k)));
        return [path ? `${path}: ${i.message}` : i.message];
      }),
    };
  }
  const c = parsed.data;
  const errors: string[] = [];
  const directory = (key: 'units' | 'funding') => {
    if (c[key] === undefined || c[key] === null) return undefined;
    const r = parseDirectoryJson(c[key]);
    if (r.ok) return r.entries;
    for (const e of r.errors) errors.push(`${key}${e.startsWith('[') ? '' : ': '}${e}`);
    return undefined;
  };
  const units = directory('units');
  const funding = directory('funding');
  if (errors.length) return { ok: false, errors };
  const settings: Settings = { mode: c.mode, templates: c.templates ?? [] };
  if (c.directory !== undefined) settings.directory = c.directory as DirectoryId | 'auto';
  if (units) settings.units = units;
  if (funding) settings.funding = funding;
  if (c.planYear !== undefined) settings.planYear = c.planYear;
  return { ok: true, settings };
}

/**
 * Parses the text of a settings file (a byte-order mark is allowed). Broken JSON gets one
 * Vietnamese line with its line and column: `JSON không hợp lệ ở dòng 3, cột 9: thiếu giá trị.`
 */
export function parseSettingsText(text: string): SettingsResult {
  const src = text.replace(/^\uFEFF/, '');
  // UTF-16 read as UTF-8 has a NUL beside every ASCII character (and its BOM turns into U+FFFD);
  // a Windows code page's accented bytes are not UTF-8 at all: U+FFFD where each was.
  const nul = src.indexOf('\u0000');
  const bad = [nul, src.indexOf('\uFFFD')].filter((i) => i >= 0);
  if (bad.length > 0) return { ok: false, errors: [M.notUtf8(place(src, Math.min(...bad)), nul >= 0)] };
  if (src.trim() === '') return { ok: false, errors: [M.empty] };
  let json: unknown;
  try {
    json = JSON.parse(src);
  } catch {
    return { ok: false, errors: [jsonError(src)] };
  }
  let tree: ReturnType<typeof parseTree> | null = null;
  const r = parseSettings(json, (key) => {
    // parsed once, and only when a key is to be placed
    tree ??= parseTree(src);
    const prop = tree?.children?.find((p) => p.children?.[0]?.value === key);
    return prop ? place(src, prop.offset) : undefined;
  });
  return r.ok ? r : { ok: false, errors: r.errors.map((e) => withPlace(src, e)) };
}

/** Line and column (1-based) of an offset in the text. */
function place(text: string, offset: number): string {
  const before = text.slice(0, offset);
  return M.place(before.split('\n').length, offset - before.lastIndexOf('\n'));
}

/**
 * A schema error "units[0].name: phải là chuỗi ký tự" with where its value is in the text:
 * "units[0].name (dòng 3, cột 14): phải là chuỗi ký tự". Left as it is when the path is not found.
 */
function withPlace(text: string, error: string): string {
  const m = /^([A-Za-z_][\w]*(?:\[\d+\]|\.[A-Za-z_]\w*)*|\[\d+\](?:\[\d+\]|\.[A-Za-z_]\w*)*): /.exec(error);
  if (!m || !m[1]) return error;
  const segments = [...m[1].matchAll(/\[(\d+)\]|\.?([A-Za-z_]\w*)/g)].map((s) => (s[1] !== undefined ? Number(s[1]) : (s[2] as string)));
  const root = parseTree(text);
  const node = root && findNodeAtLocation(root, segments);
  if (!node) return error;
  return `${m[1]} (${place(text, node.offset)})${error.slice(m[1].length)}`;
}

/**
 * The check options the settings give: the user's lists with their `mode` and the chosen
 * directory (the engine combines them with the directory picked for each sheet:
 * units/directories), and the plan year.
 */
export function settingsToOptions(s: Settings): CheckOptions {
  const options: CheckOptions = { mode: s.mode };
  if (s.units) options.units = s.units;
  if (s.funding) options.funding = s.funding;
  if (s.directory !== undefined) options.directory = s.directory;
  if (s.planYear !== undefined) options.planYear = s.planYear;
  return options;
}

/** The settings as the JSON the pane exports (and parseSettings reads back unchanged). */
export function settingsToJson(s: Settings): SettingsJson {
  const out: SettingsJson = { version: SETTINGS_VERSION, mode: s.mode };
  if (s.directory !== undefined) out.directory = s.directory;
  if (s.units) out.units = s.units;
  if (s.funding) out.funding = s.funding;
  if (s.planYear !== undefined) out.planYear = s.planYear;
  if (s.templates.length > 0) out.templates = s.templates;
  return out;
}

/** Validates a parsed JSON configuration (the CLI's --config) straight into check options. */
export function parseConfigJson(json: unknown): ConfigResult {
  const r = parseSettings(json);
  return r.ok ? { ok: true, options: settingsToOptions(r.settings) } : r;
}


/** Where and why JSON.parse refused the text, found by jsonc-parser in strict mode. */
function jsonError(text: string): string {
  const errors: ParseError[] = [];
  parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  // Single quotes and other characters JSON.parse refuses show up as an invalid symbol.
  const first = errors[0];
  const offset = first ? first.offset : text.length;
  const code = first ? printParseErrorCode(first.error) : '';
  const why = Object.prototype.hasOwnProperty.call(M.json, code) ? (M.json[code] ?? M.syntax) : M.syntax;
  return M.invalidJson(place(text, offset), why);
}
