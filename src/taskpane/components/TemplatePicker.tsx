/**
 * Choosing a standard task and where it goes. Search is accent-insensitive ("ke hoach" finds
 * "Kế hoạch"). The library is a listbox with one Tab stop (roving tab index): ↑/↓, Home/End move
 * between templates, Enter or Space chooses one. The texts show the year that will be written:
 * the plan year once the sheet is read, "[năm]" before.
 */
import {
  Button, Caption1, Field, Radio, RadioGroup, SearchBox, Select, Text, makeStyles, tokens,
} from '@fluentui/react-components';
import { useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Grid } from '../../core/grid';
import type { SheetReport } from '../../core/report';
import type { DirectoryId } from '../../core/config';
import { fillTemplate, searchTemplates, unitsOfSheet, type TaskTemplate, type UnitsOf } from '../../templates';
import { bestSectionFor, layoutOf, planInsert } from '../insert';
import { S } from '../strings';
import type { InsertWhere } from '../state/usePane';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '8px', minWidth: 0 },
  // A native select grows to its longest option (long section titles): keep it inside the 320 px pane.
  select: { width: '100%', minWidth: 0, maxWidth: '100%' },
  selectControl: { width: '100%', minWidth: 0, textOverflow: 'ellipsis' },
  list: { maxHeight: '300px', overflowY: 'auto', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  area: { padding: '4px 8px', backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200 },
  item: {
    display: 'block', width: '100%', textAlign: 'left', border: 'none', background: 'none', padding: '6px 8px', cursor: 'pointer',
    fontFamily: 'inherit', fontSize: tokens.fontSizeBase200, borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  selected: { backgroundColor: tokens.colorBrandBackground2, ':hover': { backgroundColor: tokens.colorBrandBackground2Hover } },
  preview: { padding: '6px 8px', backgroundColor: tokens.colorNeutralBackground2, borderRadius: tokens.borderRadiusMedium, fontSize: tokens.fontSizeBase200 },
});

export interface TemplatePickerProps {
  library: readonly TaskTemplate[];
  /** The sheet as last checked: the preview of the renumbering an insert at a section's end needs. */
  grid: Grid | null;
  report: SheetReport | null;
  planYear: number | undefined;
  busy: boolean;
  /** The directory chosen in Cài đặt: the units the preview names (as the insert writes them). */
  directory?: DirectoryId | 'auto' | undefined;
  /** The department's own units from Cài đặt (an entry's `roles` name it in the tasks), as the insert uses them. */
  own?: UnitsOf['own'] | undefined;
  /** `shownRenumbering`: how many renumbered STT cells the clerk was told of (section end only). */
  onInsert: (t: TaskTemplate, where: InsertWhere, shownRenumbering?: number) => void;
}

export function TemplatePicker({ library, grid, report, planYear, busy, directory, own, onInsert }: TemplatePickerProps) {
  const styles = useStyles();
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<TaskTemplate | null>(null);
  const [mode, setMode] = useState<'section-end' | 'below-selection'>('section-end');
  const [sectionRow, setSectionRow] = useState<number | null>(null);
  const groups = useMemo(() => searchTemplates(library, query), [library, query]);
  const layout = useMemo(() => (report ? layoutOf(report) : null), [report]);
  const sections = layout?.sections ?? [];
  // The year an insert writes (the plan year; the current year on a sheet that gives none); unknown before a check.
  const year = planYear ?? report?.planYear ?? (report ? new Date().getFullYear() : undefined);
  const flat = useMemo(() => groups.flatMap((g) => g.templates), [groups]);
  const [activeId, setActiveId] = useState<string | null>(null);
  const active = flat.find((t) => t.id === activeId) ?? flat.find((t) => t.id === chosen?.id) ?? flat[0];
  const optionRefs = useRef(new Map<string, HTMLElement>());
  const focusPending = useRef(false);
  useLayoutEffect(() => {
    if (!focusPending.current || !active) return;
    focusPending.current = false;
    const el = optionRefs.current.get(active.id);
    el?.focus();
    el?.scrollIntoView?.({ block: 'nearest' });
  });
  const onListKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!active) return;
    const i = flat.indexOf(active);
    const to = ({ ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: flat.length - 1 } as Record<string, number>)[e.key];
    if (to === undefined) return;
    e.preventDefault();
    const next = flat[Math.max(0, Math.min(flat.length - 1, to))];
    if (!next) return;
    focusPending.current = true;
    setActiveId(next.id);
  };
  const units = useMemo(() => unitsOfSheet(directory, report?.directory, year, own), [directory, report, year, own]);
  const filled = useMemo(() => (chosen ? fillTemplate(chosen, year, units) : null), [chosen, year, units]);

  const choose = (t: TaskTemplate) => {
    setChosen(t);
    const best = bestSectionFor(sections, t.area);
    if (best) setSectionRow(best.row);
  };
  const effectiveSection = sectionRow ?? sections[0]?.row ?? null;
  const canInsert = !!chosen && !busy && (mode === 'below-selection' || effectiveSection !== null);
  // What inserting at the chosen section's end renumbers, said before anything is written.
  const preview = useMemo(() => {
    if (!filled || !grid || !report || !layout || mode !== 'section-end' || effectiveSection === null) return null;
    const section = layout.sections.find((s) => s.row === effectiveSection);
    if (!section) return null;
    const plan = planInsert(grid, report, layout, filled, { kind: 'section-end', section });
    return plan.ok ? plan.renumbering.length : null;
  }, [filled, grid, report, layout, mode, effectiveSection]);

  return (
    <section className={styles.root} aria-label={S.insertTab} data-testid="template-picker">
      <SearchBox
        placeholder={S.templateSearchPlaceholder}
        aria-label={S.templateSearch}
        data-testid="template-search"
        value={query}
        onChange={(_, d) => setQuery(d.value)}
        dismiss={{ 'aria-label': S.searchClear, title: S.searchClear }}
      />
      {year === undefined && <Caption1 data-testid="template-year-note">{S.templateYearUnknown}</Caption1>}
      <div className={styles.list} role="listbox" aria-label={S.templateLibrary} onKeyDown={onListKey}>
        {groups.length === 0 && <Text style={{ padding: 8 }}>{S.templateNone}</Text>}
        {groups.map((g) => (
          <div key={g.area} role="group" aria-label={g.area}>
            <div className={styles.area}>{g.area}</div>
            {g.templates.map((t) => (
              <button
                type="button"
                role="option"
                aria-selected={chosen?.id === t.id}
                key={t.id}
                id={`template-option-${t.id}`}
                data-testid={`template-${t.id}`}
                tabIndex={active?.id === t.id ? 0 : -1}
                ref={(el) => {
                  if (el) optionRefs.current.set(t.id, el);
                  else optionRefs.current.delete(t.id);
                }}
                className={`${styles.item} ${chosen?.id === t.id ? styles.selected : ''}`}
                onFocus={() => setActiveId(t.id)}
                onClick={() => choose(t)}
              >
                {fillTemplate(t, year, units).task}
              </button>
            ))}
          </div>
        ))}
      </div>
      {filled && (
        <div className={styles.preview} data-testid="template-preview">
          <div><b>{S.templateProduct}</b> {filled.product}</div>
          <div><b>{S.templateLead}</b> {filled.lead}{filled.partners ? <>; <b>{S.templatePartners}</b> {filled.partners}</> : null}</div>
          <div><b>{S.templateDeadline}</b> {filled.deadline}; <b>{S.templateFunding}</b> {filled.funding}</div>
        </div>
      )}
      <RadioGroup value={mode} onChange={(_, d) => setMode(d.value as typeof mode)} aria-label={S.templateWhere}>
        <Radio value="section-end" label={S.templateAtSectionEnd} data-testid="template-where-section" />
        <Radio value="below-selection" label={S.templateBelowSelection} data-testid="template-where-selection" />
      </RadioGroup>
      {mode === 'section-end' && (
        <Field label={S.templateSection}>
          {sections.length ? (
            <Select
              className={styles.select}
              select={{ className: styles.selectControl }}
              data-testid="template-section"
              value={effectiveSection !== null ? String(effectiveSection) : ''}
              onChange={(_, d) => setSectionRow(Number(d.value))}
            >
              {sections.map((s) => (
                <option key={s.row} value={s.row}>
                  {s.label} {s.title}
                </option>
              ))}
            </Select>
          ) : (
            <Caption1>{report ? S.templateNoSections : S.templateNeedsCheck}</Caption1>
          )}
        </Field>
      )}
      {preview !== null && (
        <Caption1 data-testid="template-renumber-preview">{S.insertWillRenumber(preview)}</Caption1>
      )}
      <Button
        appearance="primary"
        data-testid="template-insert"
        disabled={!canInsert}
        onClick={() =>
          chosen &&
          onInsert(
            chosen,
            mode === 'below-selection' ? { kind: 'below-selection' } : { kind: 'section-end', sectionRow: effectiveSection! },
            preview ?? undefined,
          )
        }
      >
        {S.templateInsert}
      </Button>
    </section>
  );
}
