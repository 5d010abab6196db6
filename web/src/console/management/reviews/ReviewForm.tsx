import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../../../shared/api.ts';
import { useI18n } from '../../../shared/i18n.tsx';
import { InputField, SelectField, TextAreaField } from '../../forms/inputs.tsx';
import { japanToday } from '../../forms/japan-time.ts';
import { useSubmit } from '../../forms/use-submit.ts';
import { ProblemSummary } from '../ProblemSummary.tsx';
import type { ManagementReview, ReviewInputs } from '../types.ts';
import type { OperatorChoice } from '../use-operators.ts';
import { ReviewInputsView } from './ReviewInputsView.tsx';

/** People named one per line (or separated by commas). */
const namesOf = (text: string) => [...new Set(text.split(/[\n,、]/).map((s) => s.trim()))].filter((s) => s !== '');

/**
 * Holds a management review: operator, period, date and participants. Its inputs are gathered by the API from the
 * records; "Preview the inputs" shows them before the review is recorded with them.
 */
export function ReviewForm({ operators }: { readonly operators: readonly OperatorChoice[] }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const submit = useSubmit();
  const today = japanToday(new Date());
  const [operator, setOperator] = useState('');
  const [from, setFrom] = useState(`${today.slice(0, 4)}-01-01`);
  const [to, setTo] = useState(today);
  const [heldOn, setHeldOn] = useState(today);
  const [participants, setParticipants] = useState('');
  const [preview, setPreview] = useState<{ inputs?: ReviewInputs; error?: unknown; busy?: boolean }>({});
  const chosen = operator || operators[0]?.id || '';
  const showPreview = async () => {
    setPreview({ busy: true });
    try {
      const query = new URLSearchParams({ operator: chosen, from, to });
      setPreview({ inputs: await api<ReviewInputs>('GET', `/api/v1/management-reviews/inputs?${query}`) });
    } catch (error) {
      setPreview({ error });
    }
  };
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const review = await submit.run<ManagementReview>('POST', '/api/v1/management-reviews', {
      operator: chosen,
      from,
      to,
      heldOn,
      participants: namesOf(participants),
    });
    if (review) navigate(`/management/reviews/${review.id}`);
  };
  const error = submit.error ?? preview.error;
  const fields = {
    operator: { id: 'review-operator', label: t('mgmt.col.operator') },
    from: { id: 'review-from', label: t('mgmt.reviews.from') },
    to: { id: 'review-to', label: t('mgmt.reviews.to') },
    heldOn: { id: 'review-held', label: t('mgmt.reviews.heldOn') },
    participants: { id: 'review-participants', label: t('mgmt.reviews.participants') },
  };
  return (
    <form className="card mgmt-form" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="review-form-title">
      <h3 id="review-form-title">{t('mgmt.reviews.new')}</h3>
      <ProblemSummary error={error} fields={fields} />
      <SelectField
        {...fields.operator}
        field="operator"
        error={error}
        value={chosen}
        onChange={setOperator}
        options={operators.map((o) => [o.id, o.name] as const)}
      />
      <div className="mgmt-row">
        <InputField {...fields.from} field="from" error={error} type="date" value={from} onChange={setFrom} />
        <InputField {...fields.to} field="to" error={error} type="date" value={to} onChange={setTo} />
        <InputField {...fields.heldOn} field="heldOn" error={error} type="date" value={heldOn} onChange={setHeldOn} />
      </div>
      <TextAreaField
        {...fields.participants}
        field="participants"
        error={error}
        hint={t('mgmt.reviews.participantsHint')}
        rows={3}
        value={participants}
        onChange={setParticipants}
      />
      <div className="actions">
        <button type="button" className="secondary" disabled={preview.busy} onClick={() => void showPreview()}>
          {t('mgmt.reviews.preview')}
        </button>
        <button type="submit" disabled={submit.busy}>
          {t('mgmt.reviews.create')}
        </button>
      </div>
      {preview.inputs ? (
        <section aria-labelledby="review-preview-title">
          <h4 id="review-preview-title">{t('mgmt.reviews.previewTitle')}</h4>
          <ReviewInputsView inputs={preview.inputs} />
        </section>
      ) : null}
    </form>
  );
}
