/**
 * Unit directory, funding categories and the department's own templates: edited as text, imported
 * and exported as JSON, saved in the workbook. Bad input is reported in Vietnamese and nothing
 * already entered is thrown away.
 */
import {
  Button, Caption1, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Radio, RadioGroup, Select, Textarea, makeStyles,
} from '@fluentui/react-components';
import { useRef, useState, type ChangeEvent } from 'react';
import type { DirectoryEntry, DirectoryId } from '../../core/config';
import { BUILT_IN_DIRECTORIES, DIRECTORY_IDS, PLAN_YEAR_MAX, PLAN_YEAR_MIN } from '../engine';
import { parseUserTemplates } from '../../templates';
import {
  entriesToText, parseSettingsJson, settingsToJson, textToEntries, type AppSettings,
} from '../state/settings';
import { S } from '../strings';

const G = S.settingsPanel;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '8px' },
  row: { display: 'flex', gap: '6px', flexWrap: 'wrap' },
  hidden: { display: 'none' },
});

export interface SettingsPanelProps {
  settings: AppSettings;
  /** The built-in directories (what `extend` adds to, and `replace` replaces). */
  defaultUnits: readonly DirectoryEntry[];
  defaultFunding: readonly DirectoryEntry[];
  busy: boolean;
  onSave: (s: AppSettings) => void;
}

interface Drafts {
  mode: AppSettings['mode'];
  units: string;
  funding: string;
  planYear: string;
  templates: string;
  directory: DirectoryId | 'auto';
}

/**
 * The settings as editable text. In `extend` mode the lists hold only the department's own
 * additions; in `replace` mode the whole list (the built-in one to start from, when it has none).
 */
function draftsOf(s: AppSettings, units: readonly DirectoryEntry[], funding: readonly DirectoryEntry[]): Drafts {
  const list = (own: readonly DirectoryEntry[] | undefined, builtIn: readonly DirectoryEntry[]) =>
    entriesToText(own ?? (s.mode === 'replace' ? builtIn : []));
  return {
    mode: s.mode,
    units: list(s.units, units),
    funding: list(s.funding, funding),
    planYear: s.planYear !== undefined ? String(s.planYear) : '',
    templates: JSON.stringify(s.templates, null, 2),
    directory: s.directory ?? 'auto',
  };
}

export function SettingsPanel({ settings, defaultUnits, defaultFunding, busy, onSave }: SettingsPanelProps) {
  const styles = useStyles();
  const [drafts, setDrafts] = useState<Drafts>(() => draftsOf(settings, defaultUnits, defaultFunding));
  const [errors, setErrors] = useState<string[]>([]);
  const [info, setInfo] = useState<string | null>(null);
  const [importText, setImportText] = useState('');
  const [exported, setExported] = useState('');
  const fileRef = useRef<HTMLInputElement>(null);

  /** The drafts as settings, or the Vietnamese reasons they are not. */
  const collect = (): AppSettings | null => {
    let templatesJson: unknown = [];
    if (drafts.templates.trim()) {
      try {
        templatesJson = JSON.parse(drafts.templates);
      } catch {
        setErrors([G.templatesNotJson]);
        return null;
      }
    }
    const t = parseUserTemplates(templatesJson);
    if (!t.ok) {
      setErrors(t.errors);
      return null;
    }
    const year = drafts.planYear.trim();
    // The range the settings format takes: a year saved outside it would make the whole copy in
    // the workbook invalid when it is read back (units and funding lists with it).
    if (year && (!/^\d{4}$/.test(year) || Number(year) < PLAN_YEAR_MIN || Number(year) > PLAN_YEAR_MAX)) {
      setErrors([S.settingsBadYear(PLAN_YEAR_MIN, PLAN_YEAR_MAX)]);
      return null;
    }
    // Every field of a line is kept (roles, dates, successors); a bad one is said with its line.
    const units = textToEntries(drafts.units, drafts.mode === 'extend' ? S.settingsUnitsExtend : G.units);
    const funding = textToEntries(drafts.funding, drafts.mode === 'extend' ? S.settingsFundingExtend : G.funding);
    if (!units.ok || !funding.ok) {
      setErrors([...(units.ok ? [] : units.errors), ...(funding.ok ? [] : funding.errors)]);
      return null;
    }
    // A list left empty keeps the built-in one (the settings format's rule).
    const out: AppSettings = { mode: drafts.mode, templates: t.value };
    if (units.entries.length) out.units = units.entries;
    if (funding.entries.length) out.funding = funding.entries;
    if (year) out.planYear = Number(year);
    if (drafts.directory !== 'auto') out.directory = drafts.directory;
    return out;
  };

  const save = () => {
    setInfo(null);
    const s = collect();
    if (!s) return;
    setErrors([]);
    onSave(s);
  };

  const importJson = (text: string) => {
    setInfo(null);
    const r = parseSettingsJson(text);
    if (!r.ok) {
      setErrors(r.errors);
      return;
    }
    setErrors([]);
    setDrafts(draftsOf(r.value, defaultUnits, defaultFunding));
    setInfo(S.settingsImported(r.value.mode, r.value.units?.length ?? 0, r.value.funding?.length ?? 0, r.value.planYear));
  };

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    try {
      importJson(await file.text());
    } catch {
      setErrors([G.fileUnreadable]);
    }
  };

  const exportJson = () => {
    setInfo(null);
    const s = collect();
    if (!s) return;
    setErrors([]);
    const text = JSON.stringify(settingsToJson(s), null, 2);
    setExported(text);
    try {
      if (typeof URL.createObjectURL === 'function') {
        const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
        const a = document.createElement('a');
        a.href = url;
        a.download = 'phuluc-cai-dat.json';
        a.click();
        setTimeout(() => URL.revokeObjectURL(url), 1000);
      }
    } catch {
      // Some Excel hosts block downloads from the pane: the JSON below can be copied instead.
    }
    setInfo(G.exported);
  };

  return (
    <section className={styles.root} aria-label={S.settingsButton} data-testid="settings-panel">
      {errors.length > 0 && (
        <MessageBar layout="multiline" intent="error" data-testid="settings-errors">
          <MessageBarBody>
            <MessageBarTitle>{G.invalidTitle}</MessageBarTitle>
            {errors.map((e, i) => (
              <div key={i}>{e}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {info && (
        <MessageBar layout="multiline" intent="success" data-testid="settings-info">
          <MessageBarBody>{info}</MessageBarBody>
        </MessageBar>
      )}
      <Field label={G.directory} hint={G.directoryHint}>
        <Select
          data-testid="settings-directory"
          root={{ style: { minWidth: 0, maxWidth: '100%' } }}
          style={{ minWidth: 0, maxWidth: '100%' }}
          value={drafts.directory}
          onChange={(_, d) => setDrafts((x) => ({ ...x, directory: d.value as DirectoryId | 'auto' }))}
        >
          <option value="auto">{G.directoryAuto}</option>
          {DIRECTORY_IDS.map((id) => (
            <option key={id} value={id}>
              {BUILT_IN_DIRECTORIES[id].name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={S.settingsModeLabel}>
        <RadioGroup
          value={drafts.mode}
          onChange={(_, d) => setDrafts((x) => ({ ...x, mode: d.value as AppSettings['mode'] }))}
          data-testid="settings-mode"
        >
          <Radio value="extend" label={S.settingsExtend} data-testid="settings-mode-extend" />
          <Radio value="replace" label={S.settingsReplace} data-testid="settings-mode-replace" />
        </RadioGroup>
      </Field>
      {drafts.mode === 'replace' && (
        <MessageBar layout="multiline" intent="warning" data-testid="settings-replace-warning">
          <MessageBarBody>{S.settingsReplaceWarning}</MessageBarBody>
        </MessageBar>
      )}
      <Caption1 data-testid="settings-built-in">{S.settingsBuiltIn(defaultUnits.length, defaultFunding.length)}</Caption1>
      <Field
        label={drafts.mode === 'extend' ? S.settingsUnitsExtend : G.units}
        hint={G.unitsHint}
      >
        <Textarea
          data-testid="settings-units"
          rows={6}
          value={drafts.units}
          onChange={(_, d) => setDrafts((x) => ({ ...x, units: d.value }))}
        />
      </Field>
      <Field label={drafts.mode === 'extend' ? S.settingsFundingExtend : G.funding} hint={G.fundingHint}>
        <Textarea
          data-testid="settings-funding"
          rows={4}
          value={drafts.funding}
          onChange={(_, d) => setDrafts((x) => ({ ...x, funding: d.value }))}
        />
      </Field>
      <Field label={S.settingsPlanYear} hint={S.settingsPlanYearHint}>
        <Input
          data-testid="settings-plan-year"
          inputMode="numeric"
          value={drafts.planYear}
          onChange={(_, d) => setDrafts((x) => ({ ...x, planYear: d.value }))}
        />
      </Field>
      <Field
        label={G.templates}
        hint={G.templatesHint}
      >
        <Textarea
          data-testid="settings-templates"
          rows={5}
          value={drafts.templates}
          onChange={(_, d) => setDrafts((x) => ({ ...x, templates: d.value }))}
        />
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy} onClick={save} data-testid="settings-save">
          {G.save}
        </Button>
        <Button onClick={exportJson} data-testid="settings-export">
          {G.export}
        </Button>
      </div>
      <Field label={G.import} hint={G.importHint}>
        <Textarea
          data-testid="settings-import-text"
          rows={3}
          value={importText}
          onChange={(_, d) => setImportText(d.value)}
        />
      </Field>
      <div className={styles.row}>
        <Button onClick={() => importJson(importText)} data-testid="settings-import" disabled={!importText.trim()}>
          {G.importButton}
        </Button>
        <Button onClick={() => fileRef.current?.click()} data-testid="settings-import-file">
          {G.pickFile}
        </Button>
        <input ref={fileRef} type="file" accept=".json,application/json" className={styles.hidden} onChange={onFile} aria-label={G.fileLabel} />
      </div>
      {exported && (
        <Field label={G.exportedLabel}>
          <Textarea data-testid="settings-export-text" readOnly rows={4} value={exported} />
        </Field>
      )}
      <Caption1>{G.savedInFile}</Caption1>
    </section>
  );
}
