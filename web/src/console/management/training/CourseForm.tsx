import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { useI18n } from '../../../shared/i18n.tsx';
import { InputField, SelectField } from '../../forms/inputs.tsx';
import { useSubmit } from '../../forms/use-submit.ts';
import { ProblemSummary } from '../ProblemSummary.tsx';
import type { Course } from '../types.ts';
import type { OperatorChoice } from '../use-operators.ts';

/** A new course in the year's training: operator, title, due date and the comprehension check's pass mark. */
export function CourseForm({
  year,
  operators,
  defaultOperator,
}: {
  readonly year: number;
  readonly operators: readonly OperatorChoice[];
  readonly defaultOperator: string | undefined;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const submit = useSubmit();
  const [operator, setOperator] = useState(defaultOperator ?? '');
  const [title, setTitle] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [passScore, setPassScore] = useState('70');
  const chosen = operator || operators[0]?.id || '';
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const course = await submit.run<Course>('POST', '/api/v1/training/courses', {
      operator: chosen,
      year,
      title,
      dueOn,
      passScore: passScore.trim() === '' ? undefined : Number(passScore),
    });
    if (course) navigate(`/management/training/${course.id}`);
  };
  const fields = {
    operator: { id: 'course-operator', label: t('mgmt.col.operator') },
    title: { id: 'course-title', label: t('mgmt.training.col.title') },
    dueOn: { id: 'course-due', label: t('mgmt.training.col.due') },
    passScore: { id: 'course-pass', label: t('mgmt.training.col.passScore') },
  };
  return (
    <form className="card mgmt-form" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="course-form-title">
      <h3 id="course-form-title">{t('mgmt.training.new', { year })}</h3>
      <ProblemSummary error={submit.error} fields={fields} />
      <SelectField
        {...fields.operator}
        field="operator"
        error={submit.error}
        value={chosen}
        onChange={setOperator}
        options={operators.map((o) => [o.id, o.name] as const)}
      />
      <InputField {...fields.title} field="title" error={submit.error} value={title} onChange={setTitle} />
      <div className="mgmt-row">
        <InputField
          {...fields.dueOn}
          field="dueOn"
          error={submit.error}
          type="date"
          value={dueOn}
          onChange={setDueOn}
        />
        <InputField
          {...fields.passScore}
          field="passScore"
          error={submit.error}
          hint={t('mgmt.training.passHint')}
          type="number"
          min={0}
          max={100}
          value={passScore}
          onChange={setPassScore}
        />
      </div>
      <button type="submit" disabled={submit.busy}>
        {t('mgmt.training.create')}
      </button>
    </form>
  );
}
