/** Tạo phụ lục mới: a new sheet in the Nghị định 30/2020 house style, optionally with the standard tasks. */
import { Caption1, Checkbox, Field, Input, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { newPlanYears } from '../../layout';
import { bodyProblem, bodyProblemMessage } from '../engine';
import { S } from '../strings';
import { Action } from './Action';

const N = S.newAppendix;

const useStyles = makeStyles({
  root: {
    display: 'flex', flexDirection: 'column', gap: '8px', padding: '10px', minWidth: 0,
    border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium,
  },
  year: { width: '96px' },
});

export interface NewAppendixFormProps {
  /** Default year: the year after the open plan's, else next year. */
  defaultYear: number;
  /** The current year: the years offered are newPlanYears(thisYear), as `phuluc new` takes them. */
  thisYear: number;
  /** Default body: as the open plan names it. */
  defaultBody?: string;
  templateCount: number;
  busy: boolean;
  onCreate: (opts: { year: number; body: string; withTasks: boolean }) => void;
}

export function NewAppendixForm({ defaultYear, thisYear, defaultBody, templateCount, busy, onCreate }: NewAppendixFormProps) {
  const styles = useStyles();
  const [year, setYear] = useState(String(defaultYear));
  const [body, setBody] = useState(defaultBody ?? '');
  const [withTasks, setWithTasks] = useState(true);
  const y = Number(year);
  const { first, last } = newPlanYears(thisYear);
  const yearOk = /^\d{4}$/.test(year) && y >= first && y <= last;
  // a province merged away, a district after 30/6/2025, a city called a province: said before creating
  const wrong = yearOk && body.trim() ? bodyProblem(body.trim(), `${y}-01-01`) : undefined;
  const bodyOk = body.trim().length > 0 && wrong === undefined;
  return (
    <section className={styles.root} aria-label={N.create} data-testid="new-appendix">
      <Subtitle2 as="h3">{N.title}</Subtitle2>
      <Field label={S.planYear} size="small" validationMessage={yearOk ? undefined : N.badYear(first, last)}>
        <Input size="small" className={styles.year} inputMode="numeric" value={year} onChange={(_, d) => setYear(d.value)} data-testid="new-year" />
      </Field>
      <Field label={N.body} size="small" validationMessage={wrong ? bodyProblemMessage(body.trim(), wrong) : bodyOk ? undefined : N.noBody}>
        <Input size="small" value={body} placeholder={N.bodyExample} onChange={(_, d) => setBody(d.value)} data-testid="new-body" />
      </Field>
      <Checkbox
        checked={withTasks}
        onChange={(_, d) => setWithTasks(d.checked === true)}
        label={N.withTasks(templateCount)}
        data-testid="new-with-tasks"
      />
      <Caption1>
        {N.hint}
      </Caption1>
      <Action
        id="btn-new-appendix"
        tip={N.tip}
        disabled={busy || !yearOk || !bodyOk}
        onClick={() => onCreate({ year: y, body: body.trim(), withTasks })}
      >
        {N.create}
      </Action>
    </section>
  );
}
