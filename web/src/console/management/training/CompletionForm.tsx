import { type FormEvent, useState } from 'react';
import { useI18n } from '../../../shared/i18n.tsx';
import { Field } from '../../forms/Field.tsx';
import { InputField } from '../../forms/inputs.tsx';
import { useSubmit } from '../../forms/use-submit.ts';
import { ProblemSummary } from '../ProblemSummary.tsx';
import type { TrainingStatus } from '../types.ts';

/** Records one person's completion with the comprehension check's score. */
export function CompletionForm({
  courseId,
  staff,
  onDone,
}: {
  readonly courseId: string;
  readonly staff: readonly TrainingStatus[];
  readonly onDone: () => void;
}) {
  const { t } = useI18n();
  const submit = useSubmit();
  const [staffId, setStaffId] = useState('');
  const [completedOn, setCompletedOn] = useState('');
  const [score, setScore] = useState('');
  const [recorded, setRecorded] = useState(false);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setRecorded(false);
    const result = await submit.run<{ recorded: number }>(
      'POST',
      `/api/v1/training/courses/${encodeURIComponent(courseId)}/completions`,
      {
        completions: [{ staffId: staffId.trim(), completedOn, score: score.trim() === '' ? undefined : Number(score) }],
      },
    );
    if (result) {
      setRecorded(true);
      setStaffId('');
      setScore('');
      onDone();
    }
  };
  // The API names the fields of the first (only) completion.
  const fields = {
    'completions.0.staffId': { id: 'completion-staff', label: t('mgmt.training.col.staff') },
    'completions.0.completedOn': { id: 'completion-date', label: t('mgmt.training.completion.date') },
    'completions.0.score': { id: 'completion-score', label: t('mgmt.training.col.score') },
  };
  return (
    <form className="card mgmt-form" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="completion-title">
      <h3 id="completion-title">{t('mgmt.training.completion.title')}</h3>
      <ProblemSummary error={submit.error} fields={fields} />
      <div className="mgmt-row">
        <Field {...fields['completions.0.staffId']} field="completions.0.staffId" error={submit.error}>
          {(control) => (
            <>
              <input
                {...control}
                list="completion-staff-list"
                value={staffId}
                onChange={(e) => setStaffId(e.currentTarget.value)}
                autoComplete="off"
              />
              <datalist id="completion-staff-list">
                {staff
                  .filter((s) => s.state !== 'passed')
                  .map((s) => (
                    <option key={s.staffId} value={s.staffId} />
                  ))}
              </datalist>
            </>
          )}
        </Field>
        <InputField
          {...fields['completions.0.completedOn']}
          field="completions.0.completedOn"
          error={submit.error}
          type="date"
          value={completedOn}
          onChange={setCompletedOn}
        />
        <InputField
          {...fields['completions.0.score']}
          field="completions.0.score"
          error={submit.error}
          type="number"
          min={0}
          max={100}
          value={score}
          onChange={setScore}
        />
      </div>
      <button type="submit" disabled={submit.busy}>
        {t('mgmt.training.completion.submit')}
      </button>
      {recorded ? (
        <p className="notice-ok" role="status">
          {t('mgmt.training.completion.done')}
        </p>
      ) : null}
    </form>
  );
}
