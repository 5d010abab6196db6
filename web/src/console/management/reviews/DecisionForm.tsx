import { type FormEvent, useState } from 'react';
import { type MessageKey, useI18n } from '../../../shared/i18n.tsx';
import { Field } from '../../forms/Field.tsx';
import { InputField, TextAreaField } from '../../forms/inputs.tsx';
import { useSubmit } from '../../forms/use-submit.ts';
import { ProblemSummary } from '../ProblemSummary.tsx';
import type { DecisionCategory } from '../types.ts';

const CATEGORIES: readonly DecisionCategory[] = ['improvement', 'resources', 'policy', 'objectives', 'other'];

/** Records a decision of the review: what is to change, of which kind, by whom and by when. */
export function DecisionForm({ reviewPath, onDone }: { readonly reviewPath: string; readonly onDone: () => void }) {
  const { t } = useI18n();
  const submit = useSubmit();
  const [decision, setDecision] = useState('');
  const [category, setCategory] = useState<DecisionCategory>('improvement');
  const [owner, setOwner] = useState('');
  const [dueOn, setDueOn] = useState('');
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const done = await submit.run('POST', `${reviewPath}/decisions`, {
      decision,
      category,
      ...(owner.trim() ? { owner: owner.trim() } : {}),
      ...(dueOn ? { dueOn } : {}),
    });
    if (done) {
      setDecision('');
      setOwner('');
      setDueOn('');
      onDone();
    }
  };
  const fields = {
    decision: { id: 'decision-text', label: t('mgmt.reviews.decision') },
    category: { id: 'decision-category', label: t('mgmt.reviews.category') },
    owner: { id: 'decision-owner', label: t('mgmt.col.owner') },
    dueOn: { id: 'decision-due', label: t('mgmt.col.due') },
  };
  return (
    <form className="card mgmt-form" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="decision-title">
      <h3 id="decision-title">{t('mgmt.reviews.addDecision')}</h3>
      <ProblemSummary error={submit.error} fields={fields} />
      <TextAreaField
        {...fields.decision}
        field="decision"
        error={submit.error}
        rows={3}
        value={decision}
        onChange={setDecision}
      />
      <div className="mgmt-row">
        <Field {...fields.category} field="category" error={submit.error}>
          {(control) => (
            <select
              {...control}
              value={category}
              onChange={(e) => setCategory(e.currentTarget.value as DecisionCategory)}
            >
              {CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {t(`mgmt.category.${c}` as MessageKey)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <InputField {...fields.owner} field="owner" error={submit.error} value={owner} onChange={setOwner} />
        <InputField
          {...fields.dueOn}
          field="dueOn"
          error={submit.error}
          type="date"
          value={dueOn}
          onChange={setDueOn}
        />
      </div>
      <button type="submit" disabled={submit.busy}>
        {t('mgmt.reviews.addDecision')}
      </button>
    </form>
  );
}
