/**
 * The task-template library: defaults drawn from real plans, extended by a department's own
 * templates (settings), searchable and grouped by reform area.
 */
import { DEFAULT_TEMPLATES } from './defaults';
import { fold, matchesQuery } from './fill';
import { REFORM_AREAS, taskTemplateSchema, type TaskTemplate } from './schema';

export { DEFAULT_TEMPLATES } from './defaults';
export { defaultUnitsOf, fillLevel, fillTemplate, fillUnits, fillYear, fold, matchesQuery, unitsListOf, unitsOfSheet, type FilledTask, type UnitsOf } from './fill';
export {
  FIELD_LABELS,
  REFORM_AREAS,
  parseUserTemplates,
  slug,
  taskTemplateSchema,
  templateIssueMessage,
  type ReformArea,
  type TaskTemplate,
  type TaskTemplateInput,
  type ValidationResult,
} from './schema';

let parsedDefaults: TaskTemplate[] | undefined;

/** The standard templates, validated against the schema (a broken default fails loudly in tests). */
export function defaultTemplates(): TaskTemplate[] {
  if (!parsedDefaults) parsedDefaults = DEFAULT_TEMPLATES.map((t) => taskTemplateSchema.parse(t));
  return parsedDefaults;
}

/**
 * The library a department sees: the defaults, with its own templates added (a user template whose
 * id is a default's replaces that default in place).
 */
export function buildLibrary(userTemplates: readonly TaskTemplate[] = []): TaskTemplate[] {
  const byId = new Map(userTemplates.map((t) => [t.id, t]));
  const out = defaultTemplates().map((t) => byId.get(t.id) ?? t);
  const defaultIds = new Set(out.map((t) => t.id));
  for (const t of userTemplates) if (!defaultIds.has(t.id)) out.push(t);
  return out;
}

export interface TemplateGroup {
  area: string;
  templates: TaskTemplate[];
}

/** The order of an area: standard areas first in plan order, then others alphabetically. */
function areaRank(area: string): number {
  const i = REFORM_AREAS.findIndex((a) => fold(a) === fold(area));
  return i < 0 ? REFORM_AREAS.length : i;
}

/** Templates matching the query (accent-insensitive), grouped by reform area. */
export function searchTemplates(library: readonly TaskTemplate[], query: string): TemplateGroup[] {
  const groups = new Map<string, TemplateGroup>();
  for (const t of library) {
    if (!matchesQuery(t, query)) continue;
    const key = fold(t.area);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { area: t.area, templates: [] }));
    g.templates.push(t);
  }
  return [...groups.values()].sort(
    (a, b) => areaRank(a.area) - areaRank(b.area) || a.area.localeCompare(b.area, 'vi'),
  );
}
