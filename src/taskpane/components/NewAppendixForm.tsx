/** Tạo phụ lục mới: a new sheet in the Nghị định 30/2020 house style, optionally with the standard tasks. */
import { Caption1, Checkbox, Field, Input, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { Action } from './Action';

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
  /** Default body: as the open plan names it. */
  defaultBody?: string;
  templateCount: number;
  busy: boolean;
  onCreate: (opts: { year: number; body: string; withTasks: boolean }) => void;
}

export function NewAppendixForm({ defaultYear, defaultBody, templateCount, busy, onCreate }: NewAppendixFormProps) {
  const styles = useStyles();
  const [year, setYear] = useState(String(defaultYear));
  const [body, setBody] = useState(defaultBody ?? '');
  const [withTasks, setWithTasks] = useState(true);
  const y = Number(year);
  const yearOk = /^\d{4}$/.test(year) && y >= 2000 && y <= 2100;
  const bodyOk = body.trim().length > 0;
  return (
    <section className={styles.root} aria-label="Tạo phụ lục mới" data-testid="new-appendix">
      <Subtitle2 as="h3">Phụ lục mới</Subtitle2>
      <Field label="Năm kế hoạch" size="small" validationMessage={yearOk ? undefined : 'Nhập năm 4 chữ số.'}>
        <Input size="small" className={styles.year} inputMode="numeric" value={year} onChange={(_, d) => setYear(d.value)} data-testid="new-year" />
      </Field>
      <Field label="Cơ quan ban hành" size="small" validationMessage={bodyOk ? undefined : 'Nhập tên cơ quan, ví dụ Sở Nội vụ.'}>
        <Input size="small" value={body} placeholder="Sở Nội vụ" onChange={(_, d) => setBody(d.value)} data-testid="new-body" />
      </Field>
      <Checkbox
        checked={withTasks}
        onChange={(_, d) => setWithTasks(d.checked === true)}
        label={`Điền sẵn ${templateCount} nhiệm vụ mẫu của năm`}
        data-testid="new-with-tasks"
      />
      <Caption1>
        Trang tính mới theo thể thức Nghị định 30/2020: nhãn “Phụ lục”, tên in hoa, dòng “(Kèm theo …)” in nghiêng, các lĩnh vực cải cách
        làm mục; Times New Roman 13, khổ A4 ngang, in lặp dòng tiêu đề.
      </Caption1>
      <Action
        id="btn-new-appendix"
        tip="Tạo trang tính phụ lục nhiệm vụ mới, đúng thể thức, để nhập nhiệm vụ mà không phải kẻ lại bảng."
        disabled={busy || !yearOk || !bodyOk}
        onClick={() => onCreate({ year: y, body: body.trim(), withTasks })}
      >
        Tạo phụ lục mới
      </Action>
    </section>
  );
}
